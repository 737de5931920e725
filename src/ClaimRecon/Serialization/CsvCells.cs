using System;
using ClaimRecon.Quantities;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>Parsing of single CSV cells (numbers, units, times) shared by the row and directive readers.</summary>
    internal static class CsvCells
    {
        /// <summary>The message for a cell that is not a number.</summary>
        public const string NotANumber = "is not a number: write digits with an optional sign and \".\", without thousands separators or exponent";

        /// <summary>
        /// Parses digits with an optional sign and decimal point, in the invariant culture, exactly: a figure a decimal
        /// would round (digits below 1e-28, more than 28–29 significant digits) is refused, never rounded.
        /// </summary>
        /// <param name="text">The cell, trimmed.</param>
        /// <param name="value">The figure.</param>
        /// <param name="why">Why the cell was refused: <see cref="NotANumber"/> or the rounding it would need.</param>
        /// <returns>Whether the cell holds a figure a decimal holds exactly.</returns>
        public static bool TryNumber(string text, out decimal value, out string why)
        {
            value = 0m;
            why = NotANumber;
            if (!IsPlainNumber(text))
            {
                return false;
            }

            // Not decimal.TryParse: it rounds what a decimal cannot hold (1e-32 becomes 0) and calls an overflow "not a number".
            var canonical = Canonical(text);
            if (!ExactNumber.TryParse(canonical, out value, out var reason))
            {
                why = reason.Replace(canonical, text);
                return false;
            }

            return true;
        }

        /// <summary>An optional sign, digits and at most one decimal point with a digit on one side of it at least.</summary>
        private static bool IsPlainNumber(string text)
        {
            var i = text.Length > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
            var digits = 0;
            var dots = 0;
            for (; i < text.Length; i++)
            {
                if (text[i] == '.')
                {
                    dots++;
                }
                else if (text[i] >= '0' && text[i] <= '9')
                {
                    digits++;
                }
                else
                {
                    return false;
                }
            }

            return digits > 0 && dots <= 1;
        }

        /// <summary>The grammar decimal.TryParse allowed ("+5", "007", ".5", "5.") in the plain form the exact reader takes.</summary>
        private static string Canonical(string text)
        {
            var sign = text.StartsWith("-", StringComparison.Ordinal) ? "-" : string.Empty;
            var body = text.TrimStart('+', '-');
            var dot = body.IndexOf('.');
            var whole = (dot < 0 ? body : body.Substring(0, dot)).TrimStart('0');
            var fraction = dot < 0 ? string.Empty : body.Substring(dot + 1);
            return sign + (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
        }

        /// <summary>Returns null for an empty cell, otherwise the cell.</summary>
        public static string? Optional(string cell) => cell.Length == 0 ? null : cell;

        /// <summary>The message for a row or directive that contradicts an earlier unit, kind or domain of its quantity.</summary>
        public static string Disagreement(QuantityKey key, string column) =>
            $"differs from the {column} given earlier for quantity \"{ProblemText.Shorten(key.ToString())}\"; give each quantity one {column}";

        /// <summary>Parses a unit; false with no error for an empty cell, false with the parser's reason for a bad one.</summary>
        public static bool TryUnit(string text, out Unit? unit, out string? error)
        {
            unit = null;
            error = null;
            if (text.Length == 0)
            {
                return false;
            }

            try
            {
                unit = Unit.Parse(text);
                return true;
            }
            catch (FormatException e)
            {
                error = e.Message;
                return false;
            }
        }

        /// <summary>Parses an optional time cell; a bad one is reported through <paramref name="bad"/>.</summary>
        public static TimeReference? Time(string column, string text, Action<string, string> bad)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (TimeReference.TryParse(text, out var time))
            {
                return time;
            }

            bad(column, "is not a time: write 2026-02-07, 2026-W06, 2026-02, 2026-Q1, 2026, 2026-01-21/2026-01-31 or 2026-02-07T11:00:00+03");
            return null;
        }
    }
}

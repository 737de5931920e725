using System;
using System.Globalization;
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

        /// <summary>Parses digits with an optional sign and decimal point, in the invariant culture.</summary>
        public static bool TryNumber(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

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

using System;
using System.Globalization;

namespace ClaimRecon.Ranges
{
    /// <summary>Invariant-culture decimal text used by every text form in the library.</summary>
    internal static class NumberText
    {
        private const string Pattern = "0.############################";
        private static readonly char[] ExponentMarks = { 'e', 'E' };

        private const int MaxDigits = 28;

        /// <summary>Formats without exponent, grouping or trailing zeros: 5000, 2100000, 0.3, -12.5.</summary>
        /// <remarks>Whole numbers other than zero (whose sign the pattern keeps) take the faster integer formatting, which writes them the same way.</remarks>
        public static string Format(decimal value) =>
            value != 0 && value == decimal.Truncate(value) && value > -1_000_000_000_000_000_000m && value < 1_000_000_000_000_000_000m
                ? ((long)value).ToString(CultureInfo.InvariantCulture)
                : value.ToString(Pattern, CultureInfo.InvariantCulture);

        /// <summary>
        /// Parses a plain invariant-culture number: optional sign, digits, optional fraction. Refuses exponents and numbers
        /// with more significant digits than a decimal holds, so nothing is rounded silently ("1e-29" would become 0).
        /// </summary>
        public static bool TryParse(string text, out decimal value)
        {
            value = 0m;
            if (SignificantDigits(text) > MaxDigits)
            {
                return false;
            }

            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>Describes why <paramref name="text"/> is not a number, for error messages.</summary>
        public static string WhyNotANumber(string text)
        {
            var t = text.Trim();
            if (SignificantDigits(t) > MaxDigits)
            {
                return $"\"{text}\" has more than {MaxDigits} significant digits, more than a decimal holds exactly";
            }

            if (t.IndexOfAny(ExponentMarks) > 0 && decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return $"\"{text}\" uses an exponent; write the number out in full (2100000, not 2.1e6)";
            }

            if (t.Equals("NaN", StringComparison.OrdinalIgnoreCase))
            {
                return $"\"{text}\" is not a finite number (NaN is never a valid bound)";
            }

            if (t.TrimStart('+', '-').StartsWith("inf", StringComparison.OrdinalIgnoreCase) || t.Contains("\u221E"))
            {
                return $"\"{text}\" is not a finite number (write an unbounded end instead of infinity)";
            }

            if (t.IndexOf(',') >= 0)
            {
                return $"\"{text}\" is not a number (no thousands separators: write 5000, not 5,000)";
            }

            return $"\"{text}\" is not a number";
        }

        /// <summary>Counts the digits a decimal must hold to keep the text exactly: integer digits without leading zeros plus every fraction digit.</summary>
        private static int SignificantDigits(string text)
        {
            var digits = text.Trim().TrimStart('+', '-');
            var point = digits.IndexOf('.');
            var whole = (point < 0 ? digits : digits.Substring(0, point)).TrimStart('0');
            var fraction = point < 0 ? string.Empty : digits.Substring(point + 1);
            return whole.Length + fraction.Length;
        }
    }
}

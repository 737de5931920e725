using System;
using System.Globalization;

namespace ClaimRecon.Ranges
{
    /// <summary>Invariant-culture decimal text used by every text form in the library.</summary>
    internal static class NumberText
    {
        private const string Pattern = "0.############################";

        /// <summary>Formats without exponent, grouping or trailing zeros: 5000, 2100000, 0.3, -12.5.</summary>
        public static string Format(decimal value) => value.ToString(Pattern, CultureInfo.InvariantCulture);

        /// <summary>Parses a plain invariant-culture number (optional sign, digits, optional fraction, optional exponent).</summary>
        public static bool TryParse(string text, out decimal value) =>
            decimal.TryParse(
                text,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out value);

        /// <summary>Describes why <paramref name="text"/> is not a number, for error messages.</summary>
        public static string WhyNotANumber(string text)
        {
            var t = text.Trim();
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
    }
}

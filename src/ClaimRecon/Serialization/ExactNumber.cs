using System.Globalization;
using System.Numerics;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// JSON number text (optional minus, digits, optional fraction and exponent) to a <see cref="decimal"/>, exactly or not
    /// at all: a number a decimal cannot hold without rounding (1e-400, 31 significant digits, 8e28) is refused with the
    /// reason, never rounded. Numbers in JSON and numbers written as JSON strings follow this one rule.
    /// </summary>
    internal static class ExactNumber
    {
        private static readonly BigInteger MaxMantissa = new(decimal.MaxValue);

        public static bool TryParse(string text, out decimal value, out string why)
        {
            value = 0m;
            why = string.Empty;
            if (!Split(text, out var negative, out var digits, out var exponent))
            {
                why = Ranges.NumberText.WhyNotANumber(text);
                return false;
            }

            // Fast path: at most 28 significant digits and no exponent is always exact.
            if (digits.Length <= 28 && exponent <= 0 && exponent >= -28)
            {
                value = decimal.Parse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
                return true;
            }

            var mantissa = BigInteger.Parse("0" + digits, CultureInfo.InvariantCulture);
            if (mantissa.IsZero)
            {
                value = 0m;
                return true;
            }

            while (exponent < 0 && mantissa % 10 == 0)
            {
                mantissa /= 10;
                exponent++;
            }

            if (exponent > 0)
            {
                if (exponent > 29)
                {
                    why = $"\"{ProblemText.Shorten(text)}\" is too large (a decimal holds about ±7.9e28)";
                    return false;
                }

                mantissa *= BigInteger.Pow(10, (int)exponent);
                exponent = 0;
            }

            if (mantissa > MaxMantissa)
            {
                why = exponent == 0
                    ? $"\"{ProblemText.Shorten(text)}\" is too large (a decimal holds about ±7.9e28)"
                    : $"\"{ProblemText.Shorten(text)}\" has more significant digits than a decimal holds exactly (28 to 29); it would be rounded";
                return false;
            }

            if (exponent < -28)
            {
                why = $"\"{ProblemText.Shorten(text)}\" has digits below 1e-28, the smallest step a decimal holds; it would be rounded";
                return false;
            }

            var bytes = mantissa.ToByteArray();
            var parts = new int[3];
            for (var i = 0; i < bytes.Length && i < 12; i++)
            {
                parts[i / 4] |= bytes[i] << (8 * (i % 4));
            }

            value = new decimal(parts[0], parts[1], parts[2], negative, (byte)-exponent);
            return true;
        }

        /// <summary>Splits JSON number text into sign, significant digits (no leading zeros) and a power of ten.</summary>
        private static bool Split(string text, out bool negative, out string digits, out long exponent)
        {
            negative = false;
            digits = string.Empty;
            exponent = 0;
            var t = text.Trim();
            var i = 0;
            if (i < t.Length && t[i] == '-')
            {
                negative = true;
                i++;
            }

            var start = i;
            while (i < t.Length && t[i] >= '0' && t[i] <= '9')
            {
                i++;
            }

            var whole = t.Substring(start, i - start);
            if (whole.Length == 0 || (whole.Length > 1 && whole[0] == '0'))
            {
                return false;
            }

            var fraction = string.Empty;
            if (i < t.Length && t[i] == '.')
            {
                var f = ++i;
                while (i < t.Length && t[i] >= '0' && t[i] <= '9')
                {
                    i++;
                }

                fraction = t.Substring(f, i - f);
                if (fraction.Length == 0)
                {
                    return false;
                }
            }

            if (i < t.Length && (t[i] == 'e' || t[i] == 'E'))
            {
                i++;
                var sign = 1;
                if (i < t.Length && (t[i] == '+' || t[i] == '-'))
                {
                    sign = t[i] == '-' ? -1 : 1;
                    i++;
                }

                var e = i;
                while (i < t.Length && t[i] >= '0' && t[i] <= '9')
                {
                    i++;
                }

                if (i == e)
                {
                    return false;
                }

                // Exponents past ±10^9 are refused as too large or too small below; clamp before they overflow.
                var text9 = t.Substring(e, i - e).TrimStart('0');
                exponent = text9.Length == 0 ? 0 : text9.Length > 9 ? 1_000_000_000 : long.Parse(text9, CultureInfo.InvariantCulture);
                exponent *= sign;
            }

            if (i != t.Length)
            {
                return false;
            }

            digits = (whole + fraction).TrimStart('0');
            exponent -= fraction.Length;
            return true;
        }
    }
}

using System;
using System.Numerics;

namespace ClaimRecon.Internal
{
    /// <summary>
    /// Exact rational arithmetic on decimals with one directed rounding at the end, so interval ends can be rounded
    /// outwards (down for a lower end, up for an upper end) and an interval result always encloses the true one.
    /// </summary>
    internal readonly struct ExactDecimal
    {
        private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

        private ExactDecimal(BigInteger numerator, BigInteger denominator)
        {
            // Invariant: denominator > 0.
            Numerator = numerator;
            Denominator = denominator;
        }

        public BigInteger Numerator { get; }

        public BigInteger Denominator { get; }

        public int Sign => Numerator.Sign;

        public static ExactDecimal From(decimal value)
        {
            var bits = decimal.GetBits(value);
            var mantissa = new BigInteger(unchecked((uint)bits[0]))
                | (new BigInteger(unchecked((uint)bits[1])) << 32)
                | (new BigInteger(unchecked((uint)bits[2])) << 64);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[3] < 0)
            {
                mantissa = -mantissa;
            }

            return new ExactDecimal(mantissa, BigInteger.Pow(10, scale));
        }

        public static ExactDecimal Multiply(ExactDecimal a, ExactDecimal b) =>
            new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static ExactDecimal Add(ExactDecimal a, ExactDecimal b) =>
            new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static ExactDecimal Negate(ExactDecimal a) => new(-a.Numerator, a.Denominator);

        /// <summary>Divides; <paramref name="b"/> must not be zero.</summary>
        public static ExactDecimal Divide(ExactDecimal a, ExactDecimal b)
        {
            var numerator = a.Numerator * b.Denominator;
            var denominator = a.Denominator * b.Numerator;
            return denominator.Sign < 0 ? new ExactDecimal(-numerator, -denominator) : new ExactDecimal(numerator, denominator);
        }

        public int CompareTo(ExactDecimal other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

        /// <summary>
        /// Rounds to the nearest decimal in the given direction (towards +inf when <paramref name="up"/>, else towards
        /// -inf), with as many fractional digits as a decimal can carry, and trailing zeros removed.
        /// </summary>
        /// <param name="up">Round up rather than down.</param>
        /// <param name="exact">Set to whether no rounding was needed.</param>
        /// <returns>The rounded value.</returns>
        /// <exception cref="OverflowException">The value lies beyond what a decimal holds.</exception>
        public decimal Round(bool up, out bool exact)
        {
            var power = BigInteger.One;
            BigInteger bestMantissa = BigInteger.Zero;
            var bestScale = -1;
            var bestExact = false;
            for (var scale = 0; scale <= 28; scale++)
            {
                var scaled = Numerator * power;
                var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
                if (!remainder.IsZero)
                {
                    // BigInteger division truncates towards zero; step outwards where the direction asks for it.
                    if (up && scaled.Sign > 0)
                    {
                        quotient += 1;
                    }
                    else if (!up && scaled.Sign < 0)
                    {
                        quotient -= 1;
                    }
                }

                if (BigInteger.Abs(quotient) > MaxMantissa)
                {
                    break;
                }

                bestMantissa = quotient;
                bestScale = scale;
                bestExact = remainder.IsZero;
                if (bestExact)
                {
                    break;
                }

                power *= 10;
            }

            if (bestScale < 0)
            {
                throw new OverflowException(
                    $"The exact value {Numerator}/{Denominator} lies beyond what a decimal holds (about \u00B17.9e28).");
            }

            exact = bestExact;
            var negative = bestMantissa.Sign < 0;
            var magnitude = BigInteger.Abs(bestMantissa);
            var lo = unchecked((int)(uint)(magnitude & uint.MaxValue));
            var mid = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
            var hi = unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue));
            return new decimal(lo, mid, hi, negative, (byte)bestScale);
        }
    }
}

using System;
using System.Numerics;

namespace ClaimRecon.Hedging
{
    /// <summary>
    /// The ends of a hedged reading, x − t·|x| and x + t·|x|, rounded outward: the lower end down and the upper end up, to
    /// the finest decimal that holds them, so a range never sits inside the policy's bounds by a last-place rounding.
    /// </summary>
    /// <remarks>
    /// Decimal arithmetic is exact whenever its result keeps the scale of its operands (up to 28 places and 96 bits);
    /// only when it is not are the ends recomputed exactly with integers and rounded outward. Stateless and thread-safe.
    /// </remarks>
    internal static class OutwardRounding
    {
        private const int MaxScale = 28;

        private static readonly BigInteger DecimalLimit = BigInteger.One << 96;

        /// <summary>Returns x − t·|x| rounded down.</summary>
        /// <exception cref="OverflowException">The end lies beyond what a decimal holds.</exception>
        public static decimal Lower(decimal x, decimal tolerance)
        {
            var half = tolerance * Math.Abs(x);
            var lower = x - half;
            return Exact(x, tolerance, half, lower) ? lower : Round(x, tolerance, -1, down: true);
        }

        /// <summary>Returns x + t·|x| rounded up.</summary>
        /// <exception cref="OverflowException">The end lies beyond what a decimal holds.</exception>
        public static decimal Upper(decimal x, decimal tolerance)
        {
            var half = tolerance * Math.Abs(x);
            var upper = x + half;
            return Exact(x, tolerance, half, upper) ? upper : Round(x, tolerance, 1, down: false);
        }

        /// <summary>Whether t·|x| and x ± it were computed without rounding: each kept the scale exact arithmetic gives.</summary>
        private static bool Exact(decimal x, decimal tolerance, decimal half, decimal end)
        {
            var productScale = Scale(tolerance) + Scale(x);
            return productScale <= MaxScale && Scale(half) == productScale && Scale(end) == productScale;
        }

        /// <summary>x + sign·t·|x| computed exactly over 10^(scale of t + scale of x), then rounded to a decimal, down or up.</summary>
        private static decimal Round(decimal x, decimal tolerance, int sign, bool down)
        {
            var (mx, sx) = Parts(x);
            var (mt, st) = Parts(tolerance);
            var total = sx + st;
            var value = (mx * BigInteger.Pow(10, st)) + (sign * mt * BigInteger.Abs(mx));
            for (var scale = Math.Min(total, MaxScale); scale >= 0; scale--)
            {
                var divisor = BigInteger.Pow(10, total - scale);
                var quotient = BigInteger.DivRem(value, divisor, out var remainder);
                if (remainder != 0 && (remainder.Sign < 0) == down)
                {
                    quotient += down ? -1 : 1;
                }

                if (BigInteger.Abs(quotient) < DecimalLimit)
                {
                    return ToDecimal(quotient, scale);
                }
            }

            throw new OverflowException("A hedged range's end lies beyond what a decimal holds.");
        }

        private static (BigInteger Mantissa, int Scale) Parts(decimal value)
        {
            var bits = decimal.GetBits(value);
            var mantissa = unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
            return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
        }

        private static decimal ToDecimal(BigInteger mantissa, int scale)
        {
            var negative = mantissa.Sign < 0;
            var magnitude = BigInteger.Abs(mantissa);
            var lo = unchecked((int)(uint)(magnitude & uint.MaxValue));
            var mid = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
            var hi = unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue));
            return new decimal(lo, mid, hi, negative, (byte)scale);
        }

        private static int Scale(decimal value) =>
#if NET8_0_OR_GREATER
            value.Scale;
#else
            (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }
}

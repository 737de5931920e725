using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Hedging
{
    /// <summary>
    /// The ends of a hedged reading, x − t·|x| and x + t·|x|, rounded outward: the lower end down and the upper end up, to
    /// the finest decimal that holds them, so a range never sits inside the policy's bounds by a last-place rounding.
    /// </summary>
    /// <remarks>
    /// Decimal arithmetic is exact whenever its result keeps the scale of its operands (up to 28 places and 96 bits);
    /// only when it is not are the ends recomputed exactly (<see cref="ExactDecimal"/>, which interval arithmetic uses
    /// too) and rounded outward. Stateless and thread-safe.
    /// </remarks>
    internal static class OutwardRounding
    {
        private const int MaxScale = 28;

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

        /// <summary>x + sign·t·|x| computed exactly, then rounded to the finest decimal below (down) or above it.</summary>
        private static decimal Round(decimal x, decimal tolerance, int sign, bool down)
        {
            var half = ExactDecimal.Multiply(ExactDecimal.From(tolerance), ExactDecimal.From(Math.Abs(x)));
            var end = ExactDecimal.Add(ExactDecimal.From(x), sign < 0 ? ExactDecimal.Negate(half) : half);
            return end.Round(up: !down, out _);
        }

        private static int Scale(decimal value) =>
#if NET8_0_OR_GREATER
            value.Scale;
#else
            (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }
}

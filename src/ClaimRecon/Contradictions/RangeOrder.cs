using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>Range comparisons and small helpers the finding rules share.</summary>
    internal static class RangeOrder
    {
        public static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

        /// <summary>The claims without repeats, in first-seen order. Claims of one detection have unique ids, so a repeat is the same object: compared by reference, which is much cheaper than a claim's value equality.</summary>
        public static Claim[] Distinct(IEnumerable<Claim> claims) => claims.Distinct(SameClaim.Instance).ToArray();

        /// <summary>Reference equality for claims.</summary>
        private sealed class SameClaim : IEqualityComparer<Claim>
        {
            public static readonly SameClaim Instance = new();

            public bool Equals(Claim? x, Claim? y) => ReferenceEquals(x, y);

            public int GetHashCode(Claim obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        public static NumericRange Intersection(IEnumerable<Claim> claims)
        {
            var range = NumericRange.All;
            foreach (var c in claims)
            {
                range = range.Intersect(c.Range);
            }

            return range;
        }

        public static decimal Clamp(decimal value) => value < 0 ? 0 : value > 1 ? 1 : value;

        /// <summary>The gap divided by the larger magnitude at its two edges; 1 when both edges are zero or unbounded.</summary>
        public static decimal Relative(NumericRange a, NumericRange b, decimal gap)
        {
            if (gap == 0)
            {
                return 0;
            }

            var (low, high) = WhollyBelow(a, b) ? (a, b) : (b, a);
            var edge = Math.Max(low.Upper.IsUnbounded ? 0 : Math.Abs(low.Upper.Value), high.Lower.IsUnbounded ? 0 : Math.Abs(high.Lower.Value));
            return edge == 0 ? 1 : Clamp(gap / edge);
        }

        /// <summary>Whether every value of <paramref name="a"/> lies below every value of <paramref name="b"/>.</summary>
        public static bool WhollyBelow(NumericRange a, NumericRange b) =>
            !a.IsEmpty && !b.IsEmpty && EndpointOrder.CompareLowerToUpper(b.Lower, a.Upper) > 0;

        /// <summary>Orders ranges by upper end (open before closed at one value, unbounded last), empty ranges last.</summary>
        public static int CompareUpper(NumericRange a, NumericRange b) =>
            a.IsEmpty || b.IsEmpty ? a.IsEmpty.CompareTo(b.IsEmpty) : EndpointOrder.CompareUpper(a.Upper, b.Upper);

        public static int CompareLower(NumericRange a, NumericRange b) => EndpointOrder.CompareLower(a.Lower, b.Lower);
    }
}

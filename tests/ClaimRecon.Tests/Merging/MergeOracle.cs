using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Brute-force answers for merge laws, computed from the claims without the engine: witnesses by origin, denying
    /// origins, and sample values that hit every piece of the number line the ranges cut out.
    /// </summary>
    public static class MergeOracle
    {
        /// <summary>
        /// One witness per origin (ordinal order) whose non-denying claims admit a common value: the intersection of their ranges.
        /// </summary>
        /// <param name="claims">The claims of one period.</param>
        /// <returns>The witnesses.</returns>
        public static List<(string Origin, NumericRange Range)> Witnesses(IEnumerable<Claim> claims) =>
            ByOrigin(claims).Where(w => !w.Range.IsEmpty).ToList();

        /// <summary>The origins whose non-denying claims admit no common value, in ordinal order.</summary>
        /// <param name="claims">The claims of one period.</param>
        /// <returns>The origins.</returns>
        public static List<string> SelfContradictory(IEnumerable<Claim> claims) =>
            ByOrigin(claims).Where(w => w.Range.IsEmpty).Select(w => w.Origin).ToList();

        /// <summary>Each denying origin with the ranges it denies.</summary>
        /// <param name="claims">The claims of one period.</param>
        /// <returns>The denials by origin.</returns>
        public static Dictionary<string, List<NumericRange>> Denials(IEnumerable<Claim> claims) =>
            claims.Where(c => c.Stance == Stance.Denies)
                .GroupBy(c => c.Attribution.Origin, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(c => c.Range).ToList(), StringComparer.Ordinal);

        /// <summary>
        /// Sample values for the ranges: every finite end, one value strictly between each two neighbouring ends, and one
        /// value beyond each extreme. Membership in any of the ranges (or in any range made of the pieces they cut) is
        /// constant between neighbouring ends, so these values see every piece.
        /// </summary>
        /// <param name="ranges">The ranges.</param>
        /// <returns>The samples in ascending order.</returns>
        public static List<Sample> Samples(IEnumerable<NumericRange> ranges)
        {
            var ends = new List<decimal>();
            foreach (var r in ranges.Where(r => !r.IsEmpty))
            {
                if (!r.Lower.IsUnbounded)
                {
                    ends.Add(r.Lower.Value);
                }

                if (!r.Upper.IsUnbounded)
                {
                    ends.Add(r.Upper.Value);
                }
            }

            var values = ends.Distinct().OrderBy(v => v).ToList();
            var samples = new List<Sample>();
            if (values.Count == 0)
            {
                samples.Add(new Sample(0m, RangeBound.Unbounded, RangeBound.Unbounded));
                return samples;
            }

            samples.Add(new Sample(values[0] - 1m, RangeBound.Unbounded, RangeBound.Open(values[0])));
            for (var i = 0; i < values.Count; i++)
            {
                samples.Add(new Sample(values[i], RangeBound.Closed(values[i]), RangeBound.Closed(values[i])));
                samples.Add(i + 1 < values.Count
                    ? new Sample((values[i] + values[i + 1]) / 2m, RangeBound.Open(values[i]), RangeBound.Open(values[i + 1]))
                    : new Sample(values[i] + 1m, RangeBound.Open(values[i]), RangeBound.Unbounded));
            }

            return samples;
        }

        /// <summary>The smallest range holding every sample in <paramref name="kept"/> (ascending), built from the pieces the samples stand for.</summary>
        /// <param name="kept">Samples in ascending order; empty for the empty range.</param>
        /// <returns>The hull.</returns>
        public static NumericRange HullOf(IReadOnlyList<Sample> kept) =>
            kept.Count == 0 ? NumericRange.Empty : new NumericRange(kept[0].PieceLower, kept[kept.Count - 1].PieceUpper);

        private static IEnumerable<(string Origin, NumericRange Range)> ByOrigin(IEnumerable<Claim> claims) =>
            claims.Where(c => c.Stance != Stance.Denies)
                .GroupBy(c => c.Attribution.Origin, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Aggregate(NumericRange.All, (range, c) => range.Intersect(c.Range))));
    }

    /// <summary>A sample value and the ends of the piece of the number line it stands for.</summary>
    public readonly struct Sample
    {
        /// <summary>Creates a sample.</summary>
        /// <param name="value">The value.</param>
        /// <param name="pieceLower">The lower end of its piece.</param>
        /// <param name="pieceUpper">The upper end of its piece.</param>
        public Sample(decimal value, RangeBound pieceLower, RangeBound pieceUpper)
        {
            Value = value;
            PieceLower = pieceLower;
            PieceUpper = pieceUpper;
        }

        /// <summary>Gets the value.</summary>
        public decimal Value { get; }

        /// <summary>Gets the lower end of the piece: closed for an end value, open for a gap, unbounded below every end.</summary>
        public RangeBound PieceLower { get; }

        /// <summary>Gets the upper end of the piece.</summary>
        public RangeBound PieceUpper { get; }

        /// <inheritdoc />
        public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

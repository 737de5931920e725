using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// The one-pass sweep of a small unweighted merge without denials (<c>CoverageSweep.TryCountRuns</c>) gives what the
    /// general sweep (<c>Build</c> then <c>TopRuns</c>) gives: the same pieces, each range's first and last piece, the
    /// same runs and top, and every run's range with the same digits (5, 5.0 and 5.00 are one value, kept with the digits
    /// the general sweep keeps). Ranges are drawn from a few figures at several scales, with open, closed and unbounded
    /// ends, so ends coincide often.
    /// </summary>
    public sealed class CoverageSweepCountsTests
    {
        private static readonly decimal[] Figures = { -7m, -0.5m, 0m, 1m, 2m, 2.0m, 2.25m, 5m, 5.0m, 5.00m, 10m, 10.0m, 1234.5678m };

        [Fact]
        public void OnePass_GivesTheGeneralSweepsPiecesRunsAndDigits()
        {
            var random = new Random(20261203);
            var compared = 0;
            var ties = 0;
            for (var test = 0; test < 4000; test++)
            {
                var count = 1 + random.Next(CoverageSweep.SmallCount);
                var ranges = new List<NumericRange>(count);
                while (ranges.Count < count)
                {
                    var range = RandomRange(random);
                    if (!range.IsEmpty)
                    {
                        ranges.Add(range);
                    }
                }

                var general = new CoverageSweep();
                general.Build(new Witness[count], ranges, new List<NumericRange>(), new List<decimal>(), weighted: false, scores: true);
                var generalRuns = new List<(int First, int Last)>();
                general.TopRuns(generalRuns, out var generalTop);

                var onePass = new CoverageSweep();
                var onePassRuns = new List<(int First, int Last)> { (7, 7) }; // Left over from an earlier merge: must be cleared.
                onePass.TryCountRuns(count, ranges, onePassRuns, out var top).Should().BeTrue("every figure's digits fit the packed records");

                Describe(onePass, count, onePassRuns, top).Should().Be(Describe(general, count, generalRuns, generalTop), "ranges {0}", string.Join(" ", ranges));
                compared++;
                ties += generalRuns.Count > 1 ? 1 : 0;
            }

            compared.Should().Be(4000);
            ties.Should().BeGreaterThan(100, "the corpus must hold ties (several runs) too");
        }

        [Fact]
        public void EndsWhoseDigitsDoNotFit_AreLeftToTheGeneralSweep()
        {
            var ranges = new List<NumericRange> { NumericRange.Closed(1m, decimal.MaxValue), NumericRange.Closed(2m, 3m) };
            new CoverageSweep().TryCountRuns(2, ranges, new List<(int First, int Last)>(), out _).Should().BeFalse();
        }

        private static NumericRange RandomRange(Random random)
        {
            var a = Figures[random.Next(Figures.Length)];
            var b = Figures[random.Next(Figures.Length)];
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lower = random.Next(5) switch
            {
                0 => RangeBound.Unbounded,
                1 or 2 => RangeBound.Open(low),
                _ => RangeBound.Closed(low),
            };
            var upper = random.Next(5) switch
            {
                0 => RangeBound.Unbounded,
                1 or 2 => RangeBound.Open(high),
                _ => RangeBound.Closed(high),
            };
            if (random.Next(6) == 0)
            {
                return NumericRange.Point(a); // A point: both ends the same digits.
            }

            return !lower.IsUnbounded && !upper.IsUnbounded && EmptyBetween(lower, upper) ? NumericRange.Empty : new NumericRange(lower, upper);
        }

        private static bool EmptyBetween(RangeBound lower, RangeBound upper) =>
            lower.Value > upper.Value || (lower.Value == upper.Value && (lower.IsOpen || upper.IsOpen));

        private static string Describe(CoverageSweep sweep, int count, List<(int First, int Last)> runs, decimal top)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"pieces {sweep.PieceCount} top {Digits(top)}\n");
            for (var w = 0; w < count; w++)
            {
                text.Append(CultureInfo.InvariantCulture, $"w{w} {sweep.WitnessStart[w]}..{sweep.WitnessEnd[w]}\n");
            }

            foreach (var (first, last) in runs)
            {
                var range = sweep.RangeOf(first, last);
                text.Append(CultureInfo.InvariantCulture, $"run {first}..{last} {Bound(range.Lower)} {Bound(range.Upper)}\n");
            }

            return text.ToString();
        }

        private static string Bound(RangeBound bound) => bound.IsUnbounded ? "inf" : (bound.IsClosed ? "c" : "o") + Digits(bound.Value);

        private static string Digits(decimal value) =>
            value.ToString(CultureInfo.InvariantCulture) + "~" + string.Join(",", decimal.GetBits(value).Select(b => b.ToString("x", CultureInfo.InvariantCulture)));
    }
}

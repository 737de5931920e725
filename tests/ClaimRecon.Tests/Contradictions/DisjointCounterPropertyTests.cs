using System;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The counter over witnesses scans them for its first counts and sorts their ends only for later ones; every count,
    /// before and after, must be the number of non-empty witness ranges that share no value with the range asked about
    /// (the oracle: <see cref="NumericRange.Overlaps"/> on each witness).
    /// </summary>
    public sealed class DisjointCounterPropertyTests
    {
        private static readonly decimal[] Ends = { -5m, 0m, 1m, 2m, 3m, 5m, 8m };

        [Fact]
        public void EveryCount_ScannedOrSorted_IsTheNumberOfWitnessesSharingNoValue()
        {
            var sorted = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var random = new Random(seed);
                var witnesses = Enumerable.Range(0, random.Next(0, 25)).Select(i => Witness("s" + i.ToString(CultureInfo.InvariantCulture), Range(random))).ToArray();
                var counter = new DisjointCounter(witnesses);
                counter.Count.Should().Be(witnesses.Count(w => !w.Range.IsEmpty), "seed {0}", seed);

                var queries = random.Next(0, 30);
                for (var q = 0; q < queries; q++)
                {
                    var range = Range(random);
                    var expected = range.IsEmpty ? 0 : witnesses.Count(w => !w.Range.IsEmpty && !w.Range.Overlaps(range));
                    counter.Disjoint(range).Should().Be(expected, "seed {0}, count {1} for {2}", seed, q, range);
                }

                sorted += queries > 8 ? 1 : 0;
            }, 1_000);

            sorted.Should().BeGreaterThan(300, "most runs must reach the counts made after sorting");
        }

        [Fact]
        public void CountsForEveryOutlierAtOnce_AreTheNumbersOfWitnessesSharingNoValue()
        {
            var many = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var random = new Random(seed);
                var witnesses = Enumerable.Range(0, random.Next(0, 40)).Select(i => Witness("s" + i.ToString(CultureInfo.InvariantCulture), Range(random))).ToArray();
                // Outliers are witnesses of the period, or (as a tie's may be) ranges of their own; some empty, some repeated.
                var outliers = Enumerable.Range(0, random.Next(0, 30)).Select(i => new Outlier(
                    witnesses.Length > 0 && random.Next(2) == 0 ? witnesses[random.Next(witnesses.Length)] : Witness("o" + i.ToString(CultureInfo.InvariantCulture), Range(random)),
                    OutlierReason.OutsideConsensus, 0m, Array.Empty<Denial>())).ToArray();

                var counts = DisjointCounter.DisjointFromEach(witnesses, outliers, out var count);

                count.Should().Be(witnesses.Count(w => !w.Range.IsEmpty), "seed {0}", seed);
                counts.Should().HaveCount(outliers.Length);
                for (var i = 0; i < outliers.Length; i++)
                {
                    var range = outliers[i].Witness.Range;
                    var expected = range.IsEmpty ? 0 : witnesses.Count(w => !w.Range.IsEmpty && !w.Range.Overlaps(range));
                    counts[i].Should().Be(expected, "seed {0}, outlier {1}: {2}", seed, i, range);
                }

                many += outliers.Length > 16 ? 1 : 0;
            }, 1_000);

            many.Should().BeGreaterThan(300, "many runs must sort more outliers than insertion sort takes");
        }

        [Fact]
        public void CountsForEveryOutlierAtOnce_TellAnEndThatOneRangeExcludesFromOneBothHold()
        {
            var witnesses = new[]
            {
                Witness("a", NumericRange.Closed(1, 2)), Witness("b", new NumericRange(RangeBound.Open(2), RangeBound.Closed(3))),
                Witness("c", NumericRange.Closed(2, 4)), Witness("d", NumericRange.Empty), Witness("e", NumericRange.AtLeast(10)),
            };
            var outliers = new[] { Point(2), new Outlier(witnesses[3], OutlierReason.SelfContradictory, 0m, Array.Empty<Denial>()), new Outlier(Witness("f", NumericRange.Closed(5, 6)), OutlierReason.OutsideConsensus, 0m, Array.Empty<Denial>()) };

            DisjointCounter.DisjointFromEach(witnesses, outliers, out var count).Should().Equal(2, 0, 4);
            count.Should().Be(4);

            static Outlier Point(decimal x) => new(Witness("p", NumericRange.Point(x)), OutlierReason.OutsideConsensus, 0m, Array.Empty<Denial>());
        }

        [Fact]
        public void AWitnessTouchingAtAnExcludedEnd_IsDisjoint_AndOneSharingAnEnd_IsNot()
        {
            var witnesses = new[]
            {
                Witness("a", NumericRange.Closed(1, 2)), Witness("b", new NumericRange(RangeBound.Open(2), RangeBound.Closed(3))),
                Witness("c", NumericRange.Closed(2, 4)), Witness("d", NumericRange.Empty), Witness("e", NumericRange.AtLeast(10)),
            };
            var counter = new DisjointCounter(witnesses);

            counter.Count.Should().Be(4);
            counter.Disjoint(NumericRange.Point(2)).Should().Be(2, "(2, 3] excludes 2 and at least 10 lies above; [1, 2] and [2, 4] hold it");
            counter.Disjoint(NumericRange.Empty).Should().Be(0);
            for (var i = 0; i < 10; i++)
            {
                counter.Disjoint(NumericRange.Point(2)).Should().Be(2, "count {0} must not change once the ends are sorted", i);
            }

            counter.Disjoint(NumericRange.Closed(5, 6)).Should().Be(4);
        }

        private static NumericRange Range(Random random)
        {
            if (random.Next(12) == 0)
            {
                return NumericRange.Empty;
            }

            RangeBound Bound(decimal value) => random.Next(6) == 0 ? RangeBound.Unbounded : random.Next(2) == 0 ? RangeBound.Closed(value) : RangeBound.Open(value);
            var a = Ends[random.Next(Ends.Length)];
            var b = Ends[random.Next(Ends.Length)];
            if (a == b)
            {
                return NumericRange.Point(a);
            }

            var lower = Bound(Math.Min(a, b));
            var upper = Bound(Math.Max(a, b));
            return lower.IsUnbounded && upper.IsUnbounded ? NumericRange.All : new NumericRange(lower, upper);
        }

        private static Witness Witness(string origin, NumericRange range)
        {
            var claim = new Claim(origin + "-1", Count, HedgedFigure.Of(Hedge.None, 1m), AttributionChain.Direct(origin), Stance.Asserts);
            return new Witness(origin, origin, new[] { claim }, range, 1m);
        }
    }
}

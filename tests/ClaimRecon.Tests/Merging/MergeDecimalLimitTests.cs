using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>Merging claims at the ends of the decimal range: valid claims never make a merge overflow.</summary>
    public sealed class MergeDecimalLimitTests
    {
        private static readonly Quantity Held = new(MergeGenerators.Key, ClaimRecon.Units.Unit.UsDollar, QuantityKind.Level, ValueDomain.Real);

        private static Claim Bare(string origin, decimal value) =>
            new(origin, Held.Key, HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(origin), Stance.Asserts);

        private static MergeResult Merge(MergeStrategy strategy, params Claim[] claims) =>
            new MergeEngine(new[] { Held }, null, new MergeOptions(strategy)).MergeQuantity(claims).Periods.Single();

        [Fact]
        public void AnOutlierFartherThanADecimalHolds_IsReportedAtTheLargestDistance()
        {
            var result = Merge(MergeStrategy.MaxAgreement, Bare("a", decimal.MinValue), Bare("b", decimal.MinValue), Bare("c", decimal.MaxValue));

            result.Consensus.Should().Be(NumericRange.Point(decimal.MinValue));
            var outlier = result.Outliers.Should().ContainSingle().Subject;
            outlier.Witness.OriginId.Should().Be("c");
            outlier.Distance.Should().Be(decimal.MaxValue, "the true distance, 2 × decimal.MaxValue, does not fit");
            result.Explanation.Should().Contain("c [");
        }

        [Fact]
        public void FaultTolerantEstimate_OfFiguresNearTheLimit_DoesNotOverflow()
        {
            var top = decimal.MaxValue;
            var result = Merge(MergeStrategy.FaultTolerant(0), Bare("a", top), Bare("b", top), Bare("c", top));

            result.Consensus.Should().Be(NumericRange.Point(top));
            result.Estimate.Should().Be(top);
        }

        [Fact]
        public void FaultTolerantEstimate_OfASinglePoint_IsThatPointExactly()
        {
            // 28 significant digits and one decimal place: halving it needs a 30th digit, so "half plus half" rounds.
            var figure = 7922816251426433759354395033.5m;

            var result = Merge(MergeStrategy.FaultTolerant(0), Bare("a", figure), Bare("b", figure));

            result.Consensus.Should().Be(NumericRange.Point(figure));
            result.Estimate.Should().Be(figure);
        }

        [Fact]
        public void FaultTolerantEstimate_OfRegionsAtOppositeLimits_IsTheirWeightedMean()
        {
            var claims = new[] { Bare("a", decimal.MaxValue), Bare("b", decimal.MaxValue), Bare("c", decimal.MinValue), Bare("d", decimal.MinValue) };

            // Two of four admit each limit: a budget of 2 keeps both points, a budget of 1 (three needed) keeps nothing.
            var result = Merge(MergeStrategy.FaultTolerant(2), claims);
            Merge(MergeStrategy.FaultTolerant(1), claims).Status.Should().Be(MergeStatus.NoAgreement);

            result.Consensus.Should().Be(NumericRange.Closed(decimal.MinValue, decimal.MaxValue));
            result.Estimate.Should().Be(0m);
        }

        [Fact]
        public void EveryStrategy_MergesFiguresAtBothLimits()
        {
            var claims = new[] { Bare("a", decimal.MinValue), Bare("b", decimal.MaxValue), Bare("c", 0) };
            foreach (var strategy in new[]
            {
                MergeStrategy.Intersection, MergeStrategy.Hull, MergeStrategy.MaxAgreement, MergeStrategy.FaultTolerant(1),
                MergeStrategy.ReliabilityWeighted(new System.Collections.Generic.Dictionary<string, double> { ["a"] = 1, ["b"] = 0.5, ["c"] = 0.25 }),
            })
            {
                var result = Merge(strategy, claims);
                result.Explanation.Should().NotBeNullOrEmpty();
            }
        }
    }
}

using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>How claims become independent witnesses: one per origin, their ranges intersected, self-contradiction left out.</summary>
    public sealed class WitnessTests
    {
        private static readonly Quantity Held = MergeGenerators.QuantityOf(QuantityKind.Level);
        private static readonly TimeReference Day = TimeReference.Parse("2026-02-10");

        private static Claim Between(string id, string origin, decimal low, decimal high, string outlet = "k24") =>
            new(id, Held.Key, HedgedFigure.Between(low, high), AttributionChain.Direct(outlet).Citing(origin), Stance.Asserts, describes: Day);

        public static TheoryData<MergeStrategy> Strategies() => new()
        {
            MergeStrategy.Intersection, MergeStrategy.Hull, MergeStrategy.MaxAgreement, MergeStrategy.FaultTolerant(0),
            MergeStrategy.ReliabilityWeighted(new System.Collections.Generic.Dictionary<string, double> { ["joc"] = 1, ["smc"] = 1, ["sdf"] = 1 }),
        };

        [Theory]
        [MemberData(nameof(Strategies))]
        public void AnOriginContradictingItself_IsASelfContradictoryOutlier_AndDoesNotVote(MergeStrategy strategy)
        {
            var claims = new[]
            {
                Between("sdf-low", "sdf", 1, 2, "rudaw"), Between("sdf-high", "sdf", 5, 6, "k24"),
                Between("joc", "joc", 1, 2), Between("smc", "smc", 1, 3),
            };

            var result = new MergeEngine(new[] { Held }, null, new MergeOptions(strategy)).MergeQuantity(claims).Periods.Single();

            result.Witnesses.Select(w => w.OriginId).Should().Equal("joc", "smc");
            var outlier = result.Outliers.Should().ContainSingle().Subject;
            outlier.Reason.Should().Be(OutlierReason.SelfContradictory);
            outlier.Witness.OriginId.Should().Be("sdf");
            outlier.Witness.Range.IsEmpty.Should().BeTrue();
            outlier.Witness.Claims.Select(c => c.Id).Should().Equal("sdf-high", "sdf-low");
            outlier.Distance.Should().Be(0);
            result.Supporters.Select(w => w.OriginId).Should().NotContain("sdf");
            result.Consensus.Should().Be(strategy.Kind == MergeStrategyKind.Hull ? NumericRange.Closed(1, 3) : NumericRange.Closed(1, 2), "sdf's [1, 2] would otherwise count");
            result.Explanation.Should().Contain("whose own claims admit no common value");
        }

        [Fact]
        public void UnderMaxAgreement_TheSelfContradictoryOriginWouldHaveBrokenATie()
        {
            // joc [1, 2] against smc [5, 6] is a tie; sdf's [1, 2] and [5, 6] must not pick either side.
            var claims = new[] { Between("sdf-low", "sdf", 1, 2), Between("sdf-high", "sdf", 5, 6), Between("joc", "joc", 1, 2), Between("smc", "smc", 5, 6) };

            var result = new MergeEngine(new[] { Held }).MergeQuantity(claims).Periods.Single();

            result.Status.Should().Be(MergeStatus.Tie);
            result.Candidates.Select(c => (c.Range, c.Score)).Should().Equal((NumericRange.Closed(1, 2), 1m), (NumericRange.Closed(5, 6), 1m));
        }

        [Fact]
        public void ClaimsOfOneOriginThroughSeveralOutlets_AreOneWitnessForTheIntersection()
        {
            var claims = new[]
            {
                new Claim("lead", Held.Key, HedgedFigure.Of(Hedge.MoreThan, 5000), AttributionChain.Direct("k24").Citing("joc-source").SpeakingFor("joc"), Stance.Asserts, describes: Day),
                new Claim("repeat", Held.Key, HedgedFigure.Of(Hedge.MoreThan, 5000), AttributionChain.Direct("rudaw").Citing("joc"), Stance.Relays, describes: Day),
                new Claim("range", Held.Key, HedgedFigure.Between(5000, 6000), AttributionChain.Direct("joc"), Stance.Asserts, describes: Day),
                new Claim("other", Held.Key, HedgedFigure.Of(Hedge.None, 7000), AttributionChain.Direct("circulating"), Stance.Asserts, describes: Day),
            };

            var result = new MergeEngine(new[] { Held }).MergeQuantity(claims).Periods.Single();

            var joc = result.Witnesses.Single(w => w.OriginId == "joc");
            joc.Range.Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)));
            joc.Claims.Select(c => c.Id).Should().Equal("lead", "range", "repeat");
            result.Status.Should().Be(MergeStatus.Tie, "joc's three claims are one vote against circulating's one");
        }

        [Fact]
        public void DenialsOfOneOriginCountOnce_AndAnOriginMayDenyWhatItsEchoesSaid()
        {
            var claims = new[]
            {
                Between("joc", "joc", 1, 10), Between("smc", "smc", 1, 10), Between("sdf", "sdf", 4, 6),
                new Claim("deny-5", Held.Key, HedgedFigure.Of(Hedge.None, 5), AttributionChain.Direct("centcom"), Stance.Denies, describes: Day),
                new Claim("deny-4-6", Held.Key, HedgedFigure.Between(4, 6), AttributionChain.Direct("ap").Citing("centcom"), Stance.Denies, describes: Day),
            };

            var result = new MergeEngine(new[] { Held }).MergeQuantity(claims).Periods.Single();

            // Scores: [1, 4) and (6, 10] have 2; [4, 6] has 3 − 1 (centcom counts once, though it denied twice) = 2: a three-way tie.
            result.Status.Should().Be(MergeStatus.Tie);
            result.Candidates.Select(c => c.Range).Should().Equal(
                new NumericRange(RangeBound.Closed(1), RangeBound.Open(4)), NumericRange.Closed(4, 6), new NumericRange(RangeBound.Open(6), RangeBound.Closed(10)));
            result.Candidates.Should().OnlyContain(c => c.Score == 2);
            result.Denials.Select(d => d.OriginId).Should().Equal("centcom", "centcom");
        }
    }
}

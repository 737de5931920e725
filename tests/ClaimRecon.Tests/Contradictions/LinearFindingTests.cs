using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Findings stay linear in the claims: an outlying witness once against the consensus, a split once, a broken step
    /// once; pairwise detail only on request, limited, with the limit reported. Expected values worked out by hand.
    /// </summary>
    public sealed class LinearFindingTests
    {
        private readonly ITestOutputHelper _output;

        public LinearFindingTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void AnOutlyingWitness_IsReportedOnce_AgainstTheConsensus_WithHowManyItDisagreesWith()
        {
            // [90, 110], [95, 120], 100 and [98, 105] all hold 100; 200 holds none of them; 150 lies between.
            var report = Run(Detect(
                Quantity(Count),
                Claim("a", Count, Between(90, 110), "s1"),
                Claim("b", Count, Between(95, 120), "s2"),
                Claim("c", Count, Bare(100), "s3"),
                Claim("d", Count, Between(98, 105), "s4"),
                Claim("e", Count, Bare(200), "s5"),
                Claim("f", Count, Between(100, 150), "s6")));

            report.Findings.Should().ContainSingle("only 200 shares no value with the consensus 100; pairwise it would be 5 pairs");
            var f = report.Findings[0];
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.DisagreeingWitnesses.Should().Be(5, "200 shares no value with any of the other five");
            f.Gap.Should().Be(100m, "the consensus is exactly 100");
            f.RelativeGap.Should().Be(0.5m, "100 / 200");
            f.Ids().Should().Contain("e").And.HaveCount(2, "the outlier and the witness that bounds the consensus on its side");
            f.Explanation.Should().Contain("consensus 100").And.Contain("held by 5 witnesses").And.Contain("5 of the 5 other witnesses");
        }

        [Fact]
        public void MutuallyDisjointFigures_AreOneSplitFinding_NamingEveryClaim()
        {
            var claims = Enumerable.Range(1, 6).Select(i => Claim("c" + i, Count, Bare(i * 100), "s" + i)).ToArray();
            var report = Run(Detect(Quantity(Count), claims));

            var f = report.Findings.Should().ContainSingle("6 disjoint figures are one split, not 15 pairs").Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.Ids().Should().BeEquivalentTo("c1", "c2", "c3", "c4", "c5", "c6");
            f.Gap.Should().Be(500m, "from 100 to 600");
            f.RelativeGap.Should().Be(500m / 600m);
            f.Explanation.Should().Contain("split between 6 ranges").And.Contain("and 3 more");
        }

        [Fact]
        public void PairwiseDetail_ReportsEveryPair_UpToTheLimit_AndCountsTheRest()
        {
            var claims = Enumerable.Range(1, 5).Select(i => Claim("c" + i, Count, Bare(i * 100), "s" + i)).ToArray();

            var all = Run(new ContradictionDetector(new[] { Quantity(Count) }, options: ContradictionOptions.Pairwise()).Detect(claims));
            all.Findings.Should().HaveCount(10, "5 disjoint figures make 5 × 4 / 2 pairs");
            all.OmittedPairs.Should().BeEmpty();

            var limited = Run(new ContradictionDetector(new[] { Quantity(Count) }, options: ContradictionOptions.Pairwise(3)).Detect(claims));
            limited.Findings.Should().HaveCount(3);
            var omitted = limited.OmittedPairs.Should().ContainSingle().Subject;
            omitted.Listed.Should().Be(3);
            omitted.Omitted.Should().Be(7);
            omitted.Quantity.Should().Be(Count);
            limited.ToString().Should().Contain("3 pairs listed, 7 more not listed");
        }

        [Fact]
        public void PairLimit_BelowOne_IsRejectedByName()
        {
            var act = () => new ContradictionOptions(true, 0);
            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pairLimit");
        }

        [Fact]
        public void AConsensusThatHoldsOnlyOnAWideReading_IsOneHedgeDependentFinding()
        {
            // Read literally, "about 100" and "about 105" share no value; at t they meet when 100(1 + t) ≥ 105(1 − t): t ≥ 5/205.
            var report = Run(Detect(
                Quantity(Count),
                Claim("a", Count, About(100), "s1"),
                Claim("b", Count, About(105), "s2"),
                Claim("c", Count, Between(95, 110), "s3")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.HedgeDependent);
            f.FlipTolerance.Should().Be(0.0244m);
            f.Severity.Should().Be(0.0244m);
            f.Ids().Should().BeEquivalentTo("a", "b", "c");
            f.Explanation.Should().Contain("2.4%").And.Contain("\"about 100\"").And.Contain("\"about 105\"");
        }

        [Fact]
        public void AnOutliersFlipTolerance_IsWhereItMeetsEverySupporter()
        {
            // Consensus [99, 101] from three witnesses; "about 80" reaches 99 when 80(1 + t) ≥ 99: t ≥ 19/80 = 0.2375.
            var report = Run(Detect(
                Quantity(Count),
                Claim("a", Count, Between(95, 101), "s1"),
                Claim("b", Count, Between(99, 105), "s2"),
                Claim("c", Count, Between(90, 110), "s3"),
                Claim("d", Count, About(80), "s4")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.FlipTolerance.Should().Be(0.2375m);
            f.DisagreeingWitnesses.Should().Be(3, "[72, 88] lies below all three: 88 < 90");
        }

        [Fact]
        public void AFallingRunningTotal_IsOneFindingPerBrokenStep_AgainstTheHighestEarlierFigure()
        {
            var cumulative = Quantity(Count, QuantityKind.Cumulative);
            var report = Run(Detect(
                cumulative,
                Claim("a", Count, Bare(100), "s1", day: "2026-02-07"),
                Claim("b", Count, Bare(120), "s2", day: "2026-02-07"),
                Claim("c", Count, Bare(110), "s3", day: "2026-02-08"),
                Claim("d", Count, Bare(90), "s4", day: "2026-02-10")));

            // 90 on the 10th lies below 100 and 120 (7th) and 110 (8th): one finding, against 120. 110 on the 8th lies below
            // 120: one more. 100 and 120 on the 7th split (one range conflict finding for that day).
            var broken = report.Findings.Where(f => f.Kind == FindingKind.BrokenProgression).ToArray();
            broken.Should().HaveCount(2);
            var d = broken.Single(f => f.Ids().Contains("d"));
            d.Ids().Should().BeEquivalentTo("b", "d");
            d.DisagreeingWitnesses.Should().Be(3);
            d.Gap.Should().Be(30m);
            d.Explanation.Should().Contain("and below 2 more earlier witnesses");
            broken.Single(f => f.Ids().Contains("c")).Ids().Should().BeEquivalentTo("b", "c");
        }

        [Fact]
        public void ARunningTotalLoweredByItsOwnOrigin_IsOneRevision_BesideOneBrokenStep()
        {
            var cumulative = Quantity(Count, QuantityKind.Cumulative);
            var report = Run(Detect(
                cumulative,
                Claim("a", Count, Bare(100), "s1", day: "2026-02-07"),
                Claim("b", Count, Bare(95), "s2", day: "2026-02-07", stance: Stance.Asserts),
                Claim("c", Count, Bare(80), "s1", day: "2026-02-10")));

            report.Findings.Where(f => f.Kind == FindingKind.Revision).Should().ContainSingle().Which.Ids().Should().BeEquivalentTo("a", "c");
            report.Findings.Where(f => f.Kind == FindingKind.BrokenProgression).Should().ContainSingle().Which.Ids().Should().BeEquivalentTo("b", "c");
        }

        private ContradictionReport Run(ContradictionReport report)
        {
            _output.WriteLine(report.ToString());
            return report;
        }

        private static ClaimRecon.Hedging.HedgedFigure Between(decimal low, decimal high) => ClaimRecon.Hedging.HedgedFigure.Between(low, high);
    }
}

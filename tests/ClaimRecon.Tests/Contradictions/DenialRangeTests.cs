using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>Denials compare ranges and respect the direction of the hedge and of the denial.</summary>
    public sealed class DenialRangeTests
    {
        [Fact]
        public void DenyingMoreThan5000_DoesNotContradictFewerThan5000()
        {
            var report = Detect(Quantity(Count),
                Claim("a", Count, HedgedFigure.Of(Hedge.FewerThan, 5000), "s1"),
                Claim("d", Count, HedgedFigure.Of(Hedge.MoreThan, 5000), "s2", stance: Stance.Denies));

            report.Findings.Should().NotContain(f => f.Kind == FindingKind.Denial);
        }

        [Fact]
        public void DenyingAtLeast2000_DoesNotContradictNearly2000()
        {
            var report = Detect(Quantity(Count),
                Claim("a", Count, Nearly(2000), "s1"),
                Claim("d", Count, HedgedFigure.Of(Hedge.AtLeast, 2000), "s2", stance: Stance.Denies));

            report.Findings.Should().NotContain(f => f.Kind == FindingKind.Denial);
        }

        [Fact]
        public void FarLowerThanReported_ContradictsTheReportAndFiguresAboveIt_NotFiguresBelowIt()
        {
            var claims = new[]
            {
                Claim("reported", Count, Bare(3000), "paper"),
                Claim("higher", Count, Bare(4000), "radio"),
                Claim("lower", Count, About(1000), "tv"),
                ClaimRecon.Claims.Claim.Denying("far-lower", Count, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(new[] { "reported" }, DenialDirection.Lower), describes: TimeReference.Parse("2026-02-10")),
            };

            var report = Detect(Quantity(Count), claims);

            var denied = report.Findings.Where(f => f.Kind == FindingKind.Denial).SelectMany(f => f.Ids()).ToArray();
            denied.Should().Contain(new[] { "reported", "higher", "far-lower" }).And.NotContain("lower");
            report.Findings.Where(f => f.Kind == FindingKind.Denial).Should().OnlyContain(f => f.Severity == 1m);
        }

        [Fact]
        public void ADirectedDenial_TakesSupportOnlyFromTheDeniedSideInMerging()
        {
            var claims = new[]
            {
                Claim("reported", Count, Bare(3000), "paper"),
                Claim("lower", Count, Bare(1000), "tv"),
                Claim("far-lower", Count, Bare(3000), "ministry", stance: Stance.Denies),
            };
            var directed = claims.Take(2).Append(new Claim("far-lower", Count, Bare(3000), AttributionChain.Direct("ministry"), Stance.Denies,
                describes: TimeReference.Parse("2026-02-10"), denies: DenialTarget.OwnFigure(DenialDirection.Higher))).ToArray();

            var engine = new MergeEngine(new[] { Quantity(Count) }, null, new MergeOptions(MergeStrategy.MaxAgreement));
            var plain = engine.Merge(claims).Single().Periods.Single();
            var up = engine.Merge(directed).Single().Periods.Single();

            plain.Consensus.Should().Be(NumericRange.Point(1000), "the plain denial takes support from 3,000 only");
            up.Status.Should().Be(MergeStatus.NoAgreement, "'the truth is higher than 3,000' rules out 1,000 too, and leaves only values nobody claims");
        }

        [Fact]
        public void ANumberlessDenialOfASource_ContradictsItsFigures()
        {
            var report = Detect(Quantity(Count),
                Claim("a", Count, Bare(700), "rumour-mill"),
                Claim("b", Count, Bare(500), "agency"),
                ClaimRecon.Claims.Claim.Denying("d", Count, AttributionChain.Direct("agency"), DenialTarget.OfSource("rumour-mill"), describes: TimeReference.Parse("2026-02-10")));

            var denial = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Subject;
            denial.Ids().Should().Contain(new[] { "a", "d" });
            denial.Explanation.Should().Contain("the figures of rumour-mill");
        }

        /// <summary>
        /// A denial never contradicts a claim whose range lies wholly in what the denial leaves possible, and always does when
        /// the claim lies wholly in what it rules out. The oracle writes the ruled-out set as a predicate on values and
        /// probes every half-step of the value pool, independently of <see cref="DenialTarget.RuledOut"/>.
        /// </summary>
        [Fact]
        public void ADenialContradictsExactlyTheClaimsItRulesOut_AsFarAsWhollyInsideAndWhollyOutsideGo()
        {
            var values = new decimal[] { 10, 20, 30, 40, 50 };
            var hedges = new[] { Hedge.None, Hedge.MoreThan, Hedge.AtLeast, Hedge.FewerThan, Hedge.AtMost, Hedge.Between, Hedge.Range, Hedge.Nearly, Hedge.About };
            var gen =
                from dh in Gen.Elements(hedges)
                from da in Gen.Elements(values)
                from db in Gen.Elements(values)
                from direction in Gen.Elements(DenialDirection.None, DenialDirection.Lower, DenialDirection.Higher)
                from ch in Gen.Elements(hedges)
                from ca in Gen.Elements(values)
                from cb in Gen.Elements(values)
                select (Denied: Hedging.HedgingGenerators.Make(dh, da, db), direction, Claimed: Hedging.HedgingGenerators.Make(ch, ca, cb));
            PropertyRunner.ForAll(gen, c =>
            {
                var denial = new Claim("d", Count, c.Denied, AttributionChain.Direct("denier"), Stance.Denies, describes: TimeReference.Parse("2026-02-10"),
                    denies: DenialTarget.OwnFigure(c.direction));
                var claim = Claim("c", Count, c.Claimed, "claimant");
                var d = denial.Range;
                bool RuledOut(decimal x) => c.direction switch
                {
                    DenialDirection.Lower => d.Lower.IsUnbounded || x > d.Lower.Value || (x == d.Lower.Value && d.Lower.IsClosed),
                    DenialDirection.Higher => d.Upper.IsUnbounded || x < d.Upper.Value || (x == d.Upper.Value && d.Upper.IsClosed),
                    _ => d.Contains(x),
                };
                var probes = Enumerable.Range(-20, 160).Select(i => i / 2m).Concat(new[] { -1e9m, 1e9m }).Where(claim.Range.Contains).ToArray();
                var whollyIn = claim.Range.IsBounded && probes.Length > 0 && probes.All(RuledOut);
                var whollyOut = claim.Range.IsBounded && probes.All(x => !RuledOut(x)) && !TouchesEdge(claim.Range, d);

                var denied = Detect(Quantity(Count), claim, denial).Findings.Any(f => f.Kind == FindingKind.Denial && f.Ids().Contains("c"));

                if (whollyIn)
                {
                    denied.Should().BeTrue($"{claim.Range} lies in what denying {d} ({c.direction}) rules out");
                }

                if (whollyOut)
                {
                    denied.Should().BeFalse($"{claim.Range} lies in what denying {d} ({c.direction}) leaves possible");
                }
            }, 2000);
        }

        /// <summary>Probing on a half-step grid cannot tell (a, b) from [a, b]: the property leaves ranges that meet the denied one at an end undecided.</summary>
        private static bool TouchesEdge(NumericRange claim, NumericRange denied)
        {
            var ends = new[] { denied.Lower, denied.Upper }.Where(b => !b.IsUnbounded).Select(b => b.Value);
            var own = new[] { claim.Lower, claim.Upper }.Where(b => !b.IsUnbounded).Select(b => b.Value);
            return ends.Intersect(own).Any() || ends.Any(e => claim.Contains(e));
        }
    }
}

using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Contradictions;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// A denial without a figure that names claims bears on them in the period where they were merged, whatever period
    /// it gives itself (a month-dated "far lower than reported" against a figure of 10 February).
    /// </summary>
    public sealed class DenialAcrossPeriodsTests
    {
        private static readonly Quantity Held = MergeGenerators.QuantityOf(QuantityKind.Level);

        private static Claim Figure(string id, decimal value, string origin, string day) =>
            new(id, Held.Key, HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(origin), Stance.Asserts, describes: TimeReference.Parse(day));

        private static Claim Denying(string id, string day, params string[] named) =>
            Claim.Denying(id, Held.Key, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(named), describes: TimeReference.Parse(day));

        [Fact]
        public void AMonthDatedDenial_TakesSupportFromTheDayItNames()
        {
            // Without the denial, 7,000 and 5,500 tie on 10 February (one vote each); the denial takes 7,000's vote away.
            var merge = new MergeEngine(new[] { Held }).MergeQuantity(new[]
            {
                Figure("seven", 7000, "paper", "2026-02-10"), Figure("five", 5500, "radio", "2026-02-10"), Denying("inaccurate", "2026-02", "seven"),
            });

            var tenth = merge.Periods.Should().ContainSingle("the denial's own month holds nothing else, so it is not a period of its own").Subject;
            tenth.Period!.ToString().Should().Be("2026-02-10");
            tenth.Status.Should().Be(MergeStatus.Consensus);
            tenth.Consensus.Should().Be(NumericRange.Point(5500));
            tenth.Denials.Select(d => d.Claim.Id).Should().Equal("inaccurate");
        }

        [Fact]
        public void ADenialNamingClaimsOfTwoDays_StandsBesideEach_AndIsReportedOncePerDeniedWitness()
        {
            var claims = new[]
            {
                Figure("seventh", 3000, "paper", "2026-02-07"), Figure("tenth", 7000, "paper2", "2026-02-10"), Figure("other", 100, "radio", "2026-02-10"),
                Denying("both-wrong", "2026-02", "seventh", "tenth"),
            };

            var merge = new MergeEngine(new[] { Held }).MergeQuantity(claims);
            var report = new ContradictionDetector(new[] { Held }).Detect(claims);

            merge.Periods.Select(p => p.Period!.ToString()).Should().Equal("2026-02-07", "2026-02-10");
            merge.Periods.Should().OnlyContain(p => p.Denials.Count == 1 && p.Denials[0].Claim.Id == "both-wrong");
            var denials = report.Findings.Where(f => f.Kind == FindingKind.Denial).ToArray();
            denials.Select(f => string.Join("+", f.Ids().OrderBy(i => i))).Should().BeEquivalentTo("both-wrong+seventh", "both-wrong+tenth");
        }

        [Fact]
        public void ADenialThatOnlySaysWhenItWasSaid_IsDatedByThatDay_NotAtNoStatedTime()
        {
            var said = TimeReference.Parse("2026-03-05");
            var claims = new[]
            {
                new Claim("paper-figure", Held.Key, HedgedFigure.Of(Hedge.None, 900), AttributionChain.Direct("paper"), Stance.Asserts, statedAt: said),
                Claim.Denying("too-high", Held.Key, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(new[] { "paper-figure" }, DenialDirection.Lower), statedAt: said),
            };

            var denial = new ContradictionDetector(new[] { Held }).Detect(claims).Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Subject;

            denial.Explanation.Should().Contain("on 5 March 2026").And.NotContain("no stated time");
        }
    }
}

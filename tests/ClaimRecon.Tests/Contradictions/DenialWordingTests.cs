using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The wording of denial findings where a denial has a direction or several denials hit one figure, written out by
    /// hand: the quantity and time belong to the denied figure, never to the end of "saying the truth is lower".
    /// </summary>
    public sealed class DenialWordingTests
    {
        private static readonly TimeReference Day = TimeReference.Parse("2026-02-10");

        [Fact]
        public void ADirectedDenial_NamesQuantityAndTimeBeforeItsDirection_AndTheFigureItRulesOutAfter()
        {
            var report = Detect(Quantity(Count),
                Claim("paper-3000", Count, Bare(3000), "paper"),
                ClaimRecon.Claims.Claim.Denying("ministry-lower", Count, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(new[] { "paper-3000" }, DenialDirection.Lower), describes: Day));

            report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Which.Explanation.Should().Be(
                "ministry denies the figure \"3000\" that paper gave for story/count on 10 February 2026, saying the truth is lower; " +
                "paper asserts it (\"3000\").");
        }

        [Fact]
        public void ADirectedDenialByAWitnessWithFiguresOfItsOwn_SaysHowFarItsOwnFiguresLie()
        {
            var report = Detect(Quantity(Count),
                Claim("paper-3000", Count, Bare(3000), "paper"),
                Claim("ministry-1200", Count, Bare(1200), "ministry"),
                ClaimRecon.Claims.Claim.Denying("ministry-lower", Count, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(new[] { "paper-3000" }, DenialDirection.Lower), describes: Day));

            report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Which.Explanation.Should().Be(
                "ministry denies the figure \"3000\" that paper gave for story/count on 10 February 2026, saying the truth is lower; " +
                "paper asserts it (\"3000\"); ministry gives 1,200 itself (\"1200\"), 1,800 (60%) away.");
        }

        [Fact]
        public void TwoDenialsOfOneFigure_NameTheFigureFirst_ThenEachDenial()
        {
            var report = Detect(Quantity(Count),
                Claim("paper-3000", Count, Bare(3000), "paper"),
                Claim("agency-no", Count, Bare(3000), "agency", stance: Stance.Denies),
                ClaimRecon.Claims.Claim.Denying("ministry-lower", Count, AttributionChain.Direct("ministry"), DenialTarget.OfClaims(new[] { "paper-3000" }, DenialDirection.Lower), describes: Day));

            report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Which.Explanation.Should().Be(
                "For story/count on 10 February 2026, paper asserts (\"3000\"), which 2 denials rule out: " +
                "agency denies the figure \"3000\"; ministry denies the figure \"3000\" that paper gave, saying the truth is lower.");
        }

        [Fact]
        public void SourcesNamedInThePlural_TakeTheirVerbsInThePlural()
        {
            var sources = new[]
            {
                new Source("rumour", "circulating claims", SourceKind.Unattributed),
                new Source("crowd", "protest organisers", SourceKind.AnonymousOfficial),
                new Source("paper", "Harbour Times", SourceKind.NewsOutlet),
            };
            var detector = new ContradictionDetector(new[] { Quantity(Count) }, sources);

            var rumour = detector.Detect(new[]
            {
                Claim("rumour-3000", Count, Bare(3000), "rumour"),
                ClaimRecon.Claims.Claim.Denying("paper-lower", Count, AttributionChain.Direct("paper"), DenialTarget.OfClaims(new[] { "rumour-3000" }, DenialDirection.Lower), describes: Day),
            });
            var organisers = detector.Detect(new[]
            {
                Claim("paper-3000", Count, Bare(3000), "paper"),
                Claim("crowd-1200", Count, Bare(1200), "crowd"),
                ClaimRecon.Claims.Claim.Denying("crowd-lower", Count, AttributionChain.Direct("crowd"), DenialTarget.OfClaims(new[] { "paper-3000" }, DenialDirection.Lower), describes: Day),
            });

            rumour.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Which.Explanation.Should().Be(
                "Harbour Times denies the figure \"3000\" that circulating claims gave for story/count on 10 February 2026, saying the truth is lower; " +
                "circulating claims assert it (\"3000\").");
            organisers.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial).Which.Explanation.Should().Be(
                "protest organisers deny the figure \"3000\" that Harbour Times gave for story/count on 10 February 2026, saying the truth is lower; " +
                "Harbour Times asserts it (\"3000\"); protest organisers give 1,200 themselves (\"1200\"), 1,800 (60%) away.");
        }

        [Fact]
        public void WitnessesThatTouchAtAnExcludedEnd_AreSaidToLieJustBelow_NotZeroBelow()
        {
            // "fewer than 100" and "at least 100" from two origins, each also denied: no value keeps any support, and the two
            // meet at 100, which the lower one excludes.
            var report = Detect(Quantity(Count),
                Claim("low", Count, HedgedFigure.Of(Hedge.FewerThan, 100), "north"),
                Claim("high", Count, HedgedFigure.Of(Hedge.AtLeast, 100), "south"),
                Claim("no-low", Count, HedgedFigure.Of(Hedge.FewerThan, 100), "east", stance: Stance.Denies),
                Claim("no-high", Count, HedgedFigure.Of(Hedge.AtLeast, 100), "west", stance: Stance.Denies));

            report.Findings.Should().ContainSingle(f => f.Rule == RangeConflictRule.SplitRule).Which.Explanation.Should().Be(
                "The 2 witnesses for story/count on 10 February 2026 share no value, and denials outweigh every value they claim: " +
                "the lowest, north's \"fewer than 100\", lies just below the highest, south's \"at least 100\", touching at an end that one of them excludes.");
        }
    }
}

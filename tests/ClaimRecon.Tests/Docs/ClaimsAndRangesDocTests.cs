using System;
using System.IO;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Docs
{
    /// <summary>docs/claims-and-ranges.md: its range example, line for line, with the values its comments print asserted.</summary>
    public sealed class ClaimsAndRangesDocTests
    {
        [Fact]
        public void RangeExamplePrintsWhatThePageSays()
        {
            var moreThan = NumericRange.GreaterThan(5000);
            var between = NumericRange.Closed(5000, 6000);

            moreThan.ToString().Should().Be("(5000, +inf)");
            between.ToString().Should().Be("[5000, 6000]");
            moreThan.Intersect(between).ToString().Should().Be("(5000, 6000]");
            NumericRange.Point(7000).Hull(between).ToString().Should().Be("[5000, 7000]");
            between.Gap(NumericRange.Point(7000)).ToString().Should().Be("(6000, 7000)");
            between.DistanceTo(NumericRange.Point(7000)).Should().Be(1000m);
            (NumericRange.Parse("(5000, +inf)") == moreThan).Should().BeTrue();
            moreThan.ToCanonical(ValueDomain.NonNegativeInteger).ToString().Should().Be("[5001, +inf)");
        }

        [Fact]
        public void DenialExamplePrintsWhatThePageSays()
        {
            var boats = new QuantityKey("harbour", "boats-seized");
            var reported = new Claim("radio-boats", boats, HedgedFigure.Vague(NumericRange.Parse("[12, 100)"), "dozens"),
                AttributionChain.Direct("radio"), Stance.Asserts, describes: TimeReference.Parse("2026-02"));
            var farLower = Claim.Denying("coastguard-far-lower", boats, AttributionChain.Direct("coastguard"),
                DenialTarget.OfClaims(new[] { "radio-boats" }, DenialDirection.Lower), statedAt: TimeReference.Parse("2026-02-07"), describes: TimeReference.Parse("2026-02"));

            reported.Range.ToString().Should().Be("[12, 100)");
            (farLower.Figure is null).Should().BeTrue();
            farLower.Denies!.RuledOut(reported.Range).ToString().Should().Be("[12, +inf)");
            DocPages.Read("claims-and-ranges.md").Should()
                .Contain("var farLower = Claim.Denying(\"coastguard-far-lower\", boats, AttributionChain.Direct(\"coastguard\"),")
                .And.Contain("Console.WriteLine(farLower.Denies!.RuledOut(reported.Range));                        // [12, +inf)")
                .And.Contain("Console.WriteLine(reported.Range);                                                   // [12, 100)");
        }

        [Fact]
        public void ThePageShowsTheCodeOfThisTest()
        {
            var page = DocPages.Read("claims-and-ranges.md");

            page.Should().Contain("var moreThan = NumericRange.GreaterThan(5000);                         // (5000, +inf)")
                .And.Contain("Console.WriteLine(moreThan.Intersect(between));                        // (5000, 6000]")
                .And.Contain("Console.WriteLine(NumericRange.Point(7000).Hull(between));             // [5000, 7000]")
                .And.Contain("Console.WriteLine(between.Gap(NumericRange.Point(7000)));              // (6000, 7000)")
                .And.Contain("Console.WriteLine(between.DistanceTo(NumericRange.Point(7000)));       // 1000")
                .And.Contain("Console.WriteLine(NumericRange.Parse(\"(5000, +inf)\") == moreThan);     // True")
                .And.Contain("Console.WriteLine(moreThan.ToCanonical(ValueDomain.NonNegativeInteger)); // [5001, +inf)");
        }
    }
}

using System;
using System.Globalization;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// <see cref="Finding"/>'s optional values (gap, relative gap, flip tolerance, disagreeing witnesses) read back exactly as
    /// given: null as null, zero as zero, and every decimal with its own digits, also where it equals the severity in value
    /// only (a finding keeps a value that repeats the severity as a flag, so the digits are what decides).
    /// </summary>
    public class FindingOptionalValuesTests
    {
        private static readonly Claim[] OneClaim =
        {
            new("c1", Count, HedgedFigure.Of(Hedge.None, 1m), AttributionChain.Direct("s1"), Stance.Asserts),
        };

        [Theory]
        [InlineData("0.5", "0.5")]
        [InlineData("0.5", "0.50")]
        [InlineData("0.50", "0.5")]
        [InlineData("1", "1.0000")]
        [InlineData("0.25", "0.75")]
        public void RelativeGap_EqualToTheSeverityOrNot_KeepsItsOwnDigits(string severity, string relative)
        {
            var finding = Make(Parse(severity), gap: 3m, relativeGap: Parse(relative), flip: null, disagreeing: null);

            Text(finding.RelativeGap).Should().Be(relative);
            Text(finding.Severity).Should().Be(severity);
            Text(finding.Gap).Should().Be("3");
        }

        [Theory]
        [InlineData("0.3", "0.3")]
        [InlineData("0.3", "0.30")]
        [InlineData("1", "1.0")]
        [InlineData("0.4", "0.1")]
        public void FlipTolerance_GivenEqualToTheSeverityOrNot_KeepsItsOwnDigits(string severity, string flip)
        {
            var finding = Make(Parse(severity), gap: null, relativeGap: null, flip: Parse(flip), disagreeing: null);

            Text(finding.FlipTolerance).Should().Be(flip);
        }

        [Fact]
        public void OptionalValues_NotGiven_AreNull()
        {
            var finding = Make(0.5m, gap: null, relativeGap: null, flip: null, disagreeing: null);

            finding.Gap.Should().BeNull();
            finding.RelativeGap.Should().BeNull();
            finding.FlipTolerance.Should().BeNull();
            finding.DisagreeingWitnesses.Should().BeNull();
        }

        [Fact]
        public void OptionalValues_GivenAsZero_AreZeroNotNull()
        {
            var finding = Make(0m, gap: 0m, relativeGap: 0m, flip: 0m, disagreeing: 0);

            finding.Gap.Should().Be(0m);
            finding.RelativeGap.Should().Be(0m);
            finding.FlipTolerance.Should().Be(0m);
            finding.DisagreeingWitnesses.Should().Be(0);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("0.0123")]
        [InlineData("0.5")]
        public void FlipTolerance_ComputedWhenFirstRead_IsTheComputersAnswerEveryTime(string? answer)
        {
            var flipper = new CountingFlip(answer is null ? null : Parse(answer));
            var finding = Finding.FlippingLazily(FindingKind.RangeConflict, 0.5m, Count, null, OneClaim, "a rule", "text".AsMemory(), flipper, 1m, 0.5m, 2);

            Text(finding.FlipTolerance).Should().Be(answer);
            Text(finding.FlipTolerance).Should().Be(answer);
            flipper.Calls.Should().Be(1);
            finding.DisagreeingWitnesses.Should().Be(2);
            Text(finding.RelativeGap).Should().Be("0.5");
        }

        private static Finding Make(decimal severity, decimal? gap, decimal? relativeGap, decimal? flip, int? disagreeing) =>
            new(FindingKind.RangeConflict, severity, Count, null, OneClaim, "a rule", "text", gap, relativeGap, flip, null, disagreeing);

        private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

        private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

        private sealed class CountingFlip : LazyFlip
        {
            private readonly decimal? _answer;

            public CountingFlip(decimal? answer) => _answer = answer;

            public int Calls { get; private set; }

            public override decimal? Flip()
            {
                Calls++;
                return _answer;
            }
        }
    }
}

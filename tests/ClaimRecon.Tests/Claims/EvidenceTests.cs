using System;
using System.Globalization;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Claims
{
    public sealed class EvidenceTests
    {
        private static readonly Uri Story = new("https://www.kurdistan24.net/en/story/1");

        [Theory]
        [InlineData(10, null, "end")]
        [InlineData(null, 22, "start")]
        public void OnlyOneOffsetThrows(int? start, int? end, string missing)
        {
            FluentActions.Invoking(() => new Evidence(Story, "nearly 7,000", start, end))
                .Should().Throw<ArgumentException>()
                .WithMessage($"Give both start and end or neither; got start = {(start?.ToString(CultureInfo.InvariantCulture) ?? "none")}, end = {(end?.ToString(CultureInfo.InvariantCulture) ?? "none")}.*")
                .Which.ParamName.Should().Be(missing);
        }

        [Fact]
        public void SpanLengthThatDiffersFromTheQuoteThrowsWithBothLengths()
        {
            FluentActions.Invoking(() => new Evidence(Story, "nearly 7,000", 10, 20))
                .Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("The span [10, 20) is 10 characters long but the quote has 12.*")
                .Which.ParamName.Should().Be("end");
        }

        [Fact]
        public void SpanCountsUtf16Units()
        {
            var quote = "\U0001F600 7,000";

            new Evidence(null, quote, 0, 8).End.Should().Be(8);
            FluentActions.Invoking(() => new Evidence(null, quote, 0, 7)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*quote has 8*");
        }

        [Fact]
        public void OtherInvalidEvidenceIsRefused()
        {
            FluentActions.Invoking(() => new Evidence(null)).Should().Throw<ArgumentException>().WithMessage("*needs a url, a quote, or both*");
            FluentActions.Invoking(() => new Evidence(new Uri("story.html", UriKind.Relative))).Should().Throw<ArgumentException>().WithMessage("*absolute*story.html*");
            FluentActions.Invoking(() => new Evidence(Story, null, -1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*got -1*");
            FluentActions.Invoking(() => new Evidence(Story, null, 5, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("end (3) must not be before start (5)*");
            FluentActions.Invoking(() => new Evidence(Story, "  ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("quote");
        }

        [Fact]
        public void ValidEvidenceKeepsWhatItWasGiven()
        {
            var evidence = new Evidence(Story, "nearly 7,000", 10, 22);

            (evidence.Url, evidence.Quote, evidence.Start, evidence.End).Should().Be((Story, "nearly 7,000", 10, 22));
            evidence.ToString().Should().Be("\u201Cnearly 7,000\u201D https://www.kurdistan24.net/en/story/1");
        }
    }
}

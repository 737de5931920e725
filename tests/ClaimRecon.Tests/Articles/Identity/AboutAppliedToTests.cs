using System;
using System.Linq;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>What a figure is about (<see cref="MentionIdentity.About"/>), session 15's rules, read from sentences of our own.</summary>
    public sealed class AboutAppliedToTests
    {
        private static MentionIdentity At(string text, string figure) =>
            QuantityReaderTests.Read(text).Single(m => m.Mention.Text.StartsWith(figure, StringComparison.Ordinal) || m.Mention.Text.EndsWith(figure, StringComparison.Ordinal));

        [Theory]
        [InlineData("In the south, the ferry pass will be priced at AU $45 per month.", "$45", "ferry pass")]
        [InlineData("At the port, the harbour levy was set at SG $12 per tonne.", "$12", "harbour levy")]
        public void ACurrencyCodeBeforeTheMoneyIsNoName(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }
    }
}

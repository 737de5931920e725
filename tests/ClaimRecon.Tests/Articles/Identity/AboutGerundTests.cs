using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>) when an -ing noun is the
    /// subject ("Spending on new roads rose 4%"), session 18. Sentences of our own.
    /// </summary>
    public sealed class AboutGerundTests
    {
        [Theory]
        [InlineData("Spending on new roads rose 4% last year.", "4%", "Spending on new roads")]
        [InlineData("Borrowing by households fell to 2.1 billion euros in May.", "2.1 billion euros", "Borrowing by households")]
        [InlineData("Government lending to small firms grew 3 percent.", "3 percent", "Government lending to small firms")]
        public void AnIngNounBeforeAPrepositionIsWhatChanged(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AnIngNounAfterAnOpeningPhraseIsTheSubject()
        {
            AboutTests.At("In the north, sampling during the spring came back at 6 ppb.", "6").About.Should().Be("sampling");
        }

        [Theory]
        [InlineData("In the north, excluding one-offs, profit rose 4%.", "4%", "profit")]
        [InlineData("Ferry fares are expected to increase by 5% in May.", "5%", "Ferry fares")]
        public void AnAsideOrAVerbInIngIsNoSubject(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }
    }
}

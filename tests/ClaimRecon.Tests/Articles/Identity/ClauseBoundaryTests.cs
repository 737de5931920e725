using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Where a clause and its subject end: "and" before an article and a participle adjective starts no clause; a cost word
    /// before a colon or semicolon is in another clause; a subject that is a figure before "of" stands for what follows
    /// "of"; a period joined to its article by a hyphen ("a-year") is no noun the figure describes. Sentences of our own.
    /// </summary>
    public sealed class ClauseBoundaryTests
    {
        [Fact]
        public void AndBeforeAnArticleAndAParticipleAdjectiveStartsNoClause()
        {
            AboutTests.At("The Harbour Inn has a garden and a heated pool of 20 metres.", "20 metres").About.Should().Be("heated pool, Harbour Inn");
        }

        [Theory]
        [InlineData("The costs were clear; Lena Park's ticket is $40.", "$40", "Lena Park's ticket")]
        [InlineData("The costs rose: this year's ticket is $40.", "$40", "year's ticket")]
        public void ACostWordBeforeAColonOrSemicolonIsInAnotherClause(string sentence, string figure, string thing)
        {
            AboutTests.At(sentence, figure).Thing.Should().Be(thing);
        }

        [Theory]
        [InlineData("A third of those surveyed were over 65.", "over 65", "those surveyed")]
        [InlineData("Half of the drivers earn $400 a week.", "$400", "drivers")]
        [InlineData("Two-thirds of the combined 900 bottles were sold.", "900", "Two-thirds")]
        public void ASubjectThatIsAFigureBeforeOfStandsForWhatFollowsOf(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void APeriodJoinedToItsArticleIsNoDescribedNoun()
        {
            AboutTests.At("The club charges £30 a-year.", "£30").About.Should().Be("club");
        }
    }
}

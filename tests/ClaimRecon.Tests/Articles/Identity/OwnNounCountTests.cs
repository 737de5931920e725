using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>) when it only counts its
    /// own noun: nothing more (NewsQuant's "-"), its noun staying its thing. Sentences of our own.
    /// </summary>
    public sealed class OwnNounCountTests
    {
        [Theory]
        [InlineData("We counted 14 herons on the lake.", "14", "herons")]
        [InlineData("There were 40 stalls at the fair.", "40", "stalls")]
        [InlineData("They planted 300 young oaks.", "300", "young oaks")]
        [InlineData("It has one answer.", "one", "answer")]
        public void ACountOfItsOwnNounWithNothingElseToBeAboutIsAboutNothingMore(string sentence, string figure, string thing)
        {
            var m = AboutTests.At(sentence, figure);
            m.About.Should().BeNull();
            m.Thing.Should().Be(thing);
        }

        [Theory]
        [InlineData("Harbour Mills employs 400 workers.", "400", "Harbour Mills")]
        [InlineData("They saw about 20 visitors a day.", "about 20", "visitors")]
        [InlineData("They use a 40 megapixel sensor.", "40", "megapixel sensor")]
        public void ACountWithASubjectAPeriodOrASingularNounKeepsItsReading(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }
    }
}

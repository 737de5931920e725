using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>) and what it measures,
    /// session 18's rules: a count of portions, kinds or containers is about what they are of, and a noun phrase ends
    /// before a word that opens a subordinate clause. Sentences of our own.
    /// </summary>
    public sealed class AboutPortionsAndPhraseEndsTests
    {
        [Theory]
        [InlineData("The broadcaster ordered five new seasons of the quiz programme.", "five", "quiz programme", "new seasons")]
        [InlineData("Inspectors found 12 kinds of mould in the cellar.", "12", "mould", "kinds")]
        [InlineData("The cidery sold 3 million bottles of dry cider last year.", "3 million", "dry cider", "bottles")]
        [InlineData("Guests ate 300 slices of the birthday cake.", "300", "birthday cake", "slices")]
        public void ACountOfPortionsKindsOrContainersIsAboutWhatTheyAreOf(string sentence, string figure, string about, string thing)
        {
            var m = AboutTests.At(sentence, figure);
            m.About.Should().Be(about);
            m.Thing.Should().Be(thing);
        }

        [Theory]
        [InlineData("The studio made 12 episodes in a year.", "12", "studio")]
        [InlineData("The team signed 14 players of the academy.", "14", "team")]
        public void ACountOfOtherNounsKeepsTheClausesSubject(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The navy bought $40 million worth of timber.", "$40 million", "timber")]
        [InlineData("The archive holds 50 more years worth of radio plays.", "50", "radio plays")]
        public void AWorthIsAboutWhatItIsAWorthOf(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("They have in the past month filed 14 complaints.", "14", "complaints")]
        [InlineData("They have this year opened 12 new branches.", "12", "new branches")]
        public void ATimePhraseIsNoSubject(string sentence, string figure, string thing)
        {
            // With a pronoun for its subject the count is about nothing more than its own noun (ComparedAndOwnCountTests).
            var m = AboutTests.At(sentence, figure);
            m.About.Should().BeNull();
            m.Thing.Should().Be(thing);
        }

        [Fact]
        public void ANounPhraseEndsAtAScaleWordOrAPrepositionLikeAgainst()
        {
            var first = AboutTests.At("The fund raised 40 million euros against 35 million a year earlier.", "40 million euros");
            var second = AboutTests.At("The fund raised 40 million euros against 35 million a year earlier.", "35 million");

            (first.About ?? string.Empty).Should().NotContain("against");
            (second.Thing ?? string.Empty).Should().NotContainAny("million", "against");
        }

        [Fact]
        public void ANounPhraseAfterTheFigureEndsBeforeWhile()
        {
            AboutTests.At("The fund trades at 12 times earnings while paying a steady dividend.", "12 times").Thing.Should().Be("earnings");
        }

        [Theory]
        [InlineData("The shares dipped although they had traded above 180 pence.", "180 pence")]
        [InlineData("She took 9 rebounds whilst shooting 45% from the floor.", "45%")]
        public void AWordOpeningASubordinateClauseIsNoThing(string sentence, string figure)
        {
            var m = AboutTests.At(sentence, figure);
            (m.Thing ?? string.Empty).Should().NotContainAny("although", "whilst");
            (m.About ?? string.Empty).Should().NotContainAny("although", "whilst");
        }
    }
}

using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>), session 17's rules: a
    /// list that leaves out its change verb, an object set to a figure, and a number that is part of a name, read from
    /// sentences of our own.
    /// </summary>
    public sealed class AboutListsAndObjectsTests
    {
        [Theory]
        [InlineData("Ferry shares rose 4% and rail shares 2%.", "2%", "rail shares")]
        [InlineData("Harbour Mills fell 3%, Lakeside by 2% and Dana Foods was down 1%.", "2%", "Lakeside")]
        public void AListThatLeavesOutItsChangeVerbIsAboutTheNounBeforeEachFigure(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AFigureAfterATimeInAListKeepsTheChangesSubject()
        {
            AboutTests.At("Sales rose 4% in May and 2% in June.", "2%").About.Should().Be("Sales");
        }

        [Theory]
        [InlineData("The lender cut its mortgage rate to 4.2 percent.", "4.2 percent", "mortgage rate, lender")]
        [InlineData("The council kept its parking fee at about $3.", "about $3", "parking fee, council")]
        [InlineData("Lakeside Bank raised its prime rate to 6 percent.", "6 percent", "prime rate, Lakeside Bank")]
        public void AnObjectSetToAFigureIsWhatItIsAbout_WithTheSubjectThatHasIt(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void WhatAFigureIsComparedAgainstIsNotWhatItIsAbout()
        {
            AboutTests.At("The pound slipped against the euro to 1.15 on Friday.", "1.15").About.Should().Be("pound");
        }

        [Theory]
        [InlineData("Over 40% of the Fortune 500 use the software.", "Over 40%", "Fortune 500")]
        [InlineData("The base Lumia 11 has 64 GB of storage.", "64 GB", "storage, base Lumia 11")]
        public void ANumberWrittenRightAfterANameIsPartOfIt(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Some 40,000 pupils under the age of 7 years were screened.", "under the age of 7 years", "pupils")]
        [InlineData("The league lists 300 runners over the age of 60.", "over the age of 60", "runners")]
        public void AnAgeBoundIsAboutTheNounBeforeIt(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Lakeside Motors, which has 900 workers in Ohio, has estimated that a strike would cost it $80 million this year.", "$80 million", "strike")]
        [InlineData("Harbour Mills said that the new kiln will cut its gas use by 12%.", "12%", "new kiln")]
        public void AFigureAfterSaidThatOrEstimatedThatIsInTheClauseAfterThat(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Lakeside Motors has estimated that a disorderly shutdown would cost it $80 million.", "$80 million", "disorderly shutdown")]
        [InlineData("The elderly residents of the home pay $900 a month.", "$900 a month", "elderly residents of the home")]
        public void AnAdjectiveEndingInLyIsNoAdverb(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AThatAfterANounOpensNoClause()
        {
            AboutTests.At("Lakeside Motors built a plant that has 900 workers.", "900").About.Should().Be("plant");
        }

        [Fact]
        public void AnAgeAfterAPersonsTwoWordNameIsNotPartOfIt()
        {
            AboutTests.At("Dana Okafor 44 has run 12 marathons.", "12").About.Should().Be("Dana Okafor");
        }
    }
}

using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Where a name or a noun phrase a figure is about begins and ends (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>),
    /// session 20's rules. Sentences of our own.
    /// </summary>
    public sealed class AboutNameEdgesTests
    {
        [Theory]
        [InlineData("The self-styled Pepper Queen grew 40 kg of chillies.", "40 kg", "chillies, self-styled Pepper Queen")]
        [InlineData("Last year the state-owned Harbour Bank employed 3,000 people.", "3,000", "state-owned Harbour Bank")]
        public void AHyphenatedParticipleBeforeANameIsAnAdjectiveOfIt(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("new york stock exchange shares jumped 2% on Friday.", "2%", "new york stock exchange shares")]
        [InlineData("The New York Stock Exchange Composite fell 0.5% on Monday.", "0.5%", "New York Stock Exchange Composite")]
        [InlineData("In Oslo, large new ferry ticket prices rose 4%.", "4%", "large new ferry ticket prices")]
        public void ANounPhraseThatOpensItsClauseIsReadWholePastFourWords(string sentence, string figure, string thing)
        {
            var m = AboutTests.At(sentence, figure);
            m.Thing.Should().Be(thing);
            m.About.Should().Be(thing);
        }

        [Theory]
        [InlineData("from 4 to 6 per cent")]
        [InlineData("2 to 3 per cent")]
        public void AnObjectChangedFromOneRangeToAnotherIsWhatBothAreAbout(string figure)
        {
            var m = AboutTests.At("Kestrel Air has revised its fleet growth forecast from 4 to 6 per cent to 2 to 3 per cent.", figure);
            m.About.Should().Be("fleet growth forecast, Kestrel Air");
        }

        [Fact]
        public void AnEdWordAfterAPrepositionDescribesTheNounAfterIt()
        {
            AboutTests.At("The grocer widened its range of dried apple slices priced at under $4 a bag.", "$4").About.Should().Be("dried apple slices");
        }

        [Theory]
        [InlineData("The length of the new ferry pier will be roughly 300 meters.", "300 meters", "length of the new ferry pier")]
        [InlineData("The span of the rail bridge is 400 metres.", "400 metres", "span of the rail bridge")]
        public void ALengthWordBetweenAnArticleAndOfNamesTheMeasure(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Harbour Bank in Norway announced on Tuesday that it will start charging a 0.4 per cent fee.", "0.4 per cent", "fee, Harbour Bank in Norway")]
        [InlineData("The water stored in the tank was 40 litres.", "40 litres", "water stored in the tank")]
        [InlineData("The fee for members is $40.", "$40", "fee for members")]
        public void ASubjectRunsUpToItsVerbPastWhereItIsOrWhatItIsIn(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void ATimeAfterTheSubjectIsNoPartOfIt()
        {
            AboutTests.At("Harbour Bank on Monday cut 300 jobs.", "300").About.Should().Be("Harbour Bank");
        }

        [Theory]
        [InlineData("Previously the firm offered a 30Mbps plan.", "30Mbps", "plan, firm")]
        [InlineData("The ferry line reported a 4% rise in fares.", "4%", "rise in fares, ferry line")]
        public void AWordAfterAFigureThatAnArticleOpensIsANounThoughItLooksLikeAVerb(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }
    }
}

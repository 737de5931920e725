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
        [InlineData("The self-appointed Harbour Guardians logged 40 kg of litter.", "40 kg", "litter, self-appointed Harbour Guardians")]
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
            var m = AboutTests.At("The port lowered its cargo outlook from 4 to 6 per cent to 2 to 3 per cent.", figure);
            m.About.Should().Be("cargo outlook, port");
        }

        [Fact]
        public void AnEdWordAfterAPrepositionDescribesTheNounAfterIt()
        {
            AboutTests.At("The deli widened its range of pickled beets priced at $6 a jar.", "$6").About.Should().Be("pickled beets");
        }

        [Theory]
        [InlineData("The length of the harbour wall is 300 metres.", "300 metres", "length of the harbour wall")]
        [InlineData("The span of the rail bridge is 400 metres.", "400 metres", "span of the rail bridge")]
        public void ALengthWordBetweenAnArticleAndOfNamesTheMeasure(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Harbour Bank in Norway plans a 0.4 per cent levy on large deposits.", "0.4 per cent", "levy on large deposits, Harbour Bank in Norway")]
        [InlineData("The fuel loaded on the ship was 40 tonnes.", "40 tonnes", "fuel loaded on the ship")]
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
        [InlineData("The carrier launched a 20GB plan.", "20GB", "plan, carrier")]
        [InlineData("The ferry line reported a 4% rise in fares.", "4%", "rise in fares, ferry line")]
        public void AWordAfterAFigureThatAnArticleOpensIsANounThoughItLooksLikeAVerb(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The bond trades at barely 9 times earnings.", "9 times", "earnings, bond")]
        [InlineData("The bond trades on 9 times earnings and 2.1 times book value.", "2.1 times", "book value, bond")]
        public void APresentTenseInSAfterOneSingularNounIsAVerbBeforeAPrepositionAndAFigure(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("It will keep the cruising range at 400 km.", "400 km", "cruising range")]
        [InlineData("The bus fares at $2 were the lowest.", "$2", "bus fares")]
        public void ANounBeforeAPrepositionAndAFigureStaysANoun(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AModelNumberAfterANameWithACapitalInsideIsPartOfTheName()
        {
            AboutTests.At("The entry-level xPad 9 has just 32GB of storage.", "32GB").About.Should().Be("storage, entry-level xPad 9");
        }

        [Theory]
        [InlineData("A 30 year-old might withdraw 4% each year.", "4%", "30 year-old")]
        [InlineData("By then a 50-year-old would save 6% a year.", "6%", "50-year-old")]
        [InlineData("The 45-year-old earns $80,000 a year.", "$80,000", "45-year-old")]
        public void AnAgeBeforeTheSubjectIsPartOfIt(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AScaleWordAfterAPossessiveIsANoun()
        {
            AboutTests.At("A sailor's dozen is exactly 14 knots.", "exactly 14").About.Should().Be("sailor's dozen");
        }

        [Fact]
        public void MoneyPaidForAThingAFigureDescribesIsAboutTheThingNotTheFiguresUnit()
        {
            AboutTests.At("Last year I paid $9,000 for a 4.5 kW heat pump.", "$9,000").About.Should().Be("heat pump");
        }
    }
}

using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Numbers that belong to names, addresses and clock or lap times are rejected, not read as quantities.</summary>
    public sealed class NameAndTimeTrapTests
    {
        [Theory]
        [InlineData("In the S&P 500 energy stocks slipped.", "S&P 500")]
        [InlineData("Energy names in the S P 500 slid.", "S P 500")]
        [InlineData("The Stoxx 600 index closed flat.", "Stoxx 600")]
        [InlineData("The Nasdaq 100 futures were quiet.", "Nasdaq 100")]
        [InlineData("The office at 49 Elm Tree Road was sold.", "49 Elm Tree Road")]
        [InlineData("The shop at 12 W 54th St was sold.", "12 W 54th St")]
        [InlineData("The depot at 16-18 Mill Lane was sold.", "16-18 Mill Lane")]
        [InlineData("Trading resumes at 0815 GMT on Monday.", "0815 GMT")]
        [InlineData("She ran a lap of 1:42.3 on the new track.", "1:42.3")]
        [InlineData("The forecast warns of a category 3 storm.", "category 3")]
        public void NumbersInNamesAndTimesAreRejected(string sentence, string rejected)
        {
            var result = Extract.All(sentence);

            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => r.Text).Should().Contain(rejected);
        }

        [Theory]
        [InlineData("The ferry bill passed the Senate 61-39 late on Tuesday.", "61", "39")]
        [InlineData("The budget cleared the House 218-210 after a long night.", "218", "210")]
        [InlineData("The measure was approved by the Assembly 44-12.", "44", "12")]
        public void ATallyAfterAVotingBodyIsTwoCountsNotTheBodysNumber(string sentence, string ayes, string noes)
        {
            var result = Extract.All(sentence);

            result.Mentions.Select(m => m.Text).Should().Equal(ayes, noes);
            result.Rejections.Should().BeEmpty();
        }

        [Fact]
        public void ANumberAfterANameWithNoTallyIsStillTheNamesNumber()
        {
            Extract.All("She chairs Committee 4, which meets weekly.").Rejections.Select(r => r.Text).Should().Contain("Committee 4");
        }

        [Theory]
        [InlineData("Members of Council 7 met on Monday.", "Council 7")]
        [InlineData("Sales of the Orbit Watch 5 sold out in a day.", "Watch 5")]
        public void AnIrregularPastTenseAfterANamesNumberIsItsVerbNotItsNoun(string sentence, string rejected)
        {
            var result = Extract.All(sentence);

            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => r.Text).Should().Contain(rejected);
        }

        [Theory]
        [InlineData("The shelter has 40 paid staff and many volunteers.", "paid staff")]
        [InlineData("The pond holds 40 spent fuel rods.", "spent fuel rods")]
        public void AnIrregularPastTenseBeforeANounDescribesIt(string sentence, string noun)
        {
            Extract.Single(sentence).CountedNoun.Should().Be(noun);
        }

        [Fact]
        public void TheSecondsOfATimestampAreNotAQuantity()
        {
            Extract.All("The log says 2021-03-04T10:38:07 for the entry.").Mentions.Should().BeEmpty();
        }

        [Fact]
        public void AMoveAfterAnIndexNameKeepsItsSign()
        {
            var mention = Extract.Single("Markets: Stoxx 50 -2.4% at the close.");

            mention.Value.Should().Be(-2.4m);
            mention.Change.Should().Be(ChangeDirection.Down);
        }

        [Fact]
        public void AHouseCountBeforeAPlainNounIsStillAQuantity()
        {
            Extract.Single("The council built 49 new homes on the road.").Value.Should().Be(49);
        }
    }
}

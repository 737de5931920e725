using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// Changes and counts as news words them: a level reached that is named a record or a new high, doubling and halving,
    /// people counted by the state of their body; and the readings those rules must leave alone.
    /// </summary>
    public sealed class ChangeAndCountWordingTests
    {
        [Theory]
        [InlineData("Pothole complaints rose to a record 4,300 last winter.", "4,300", "Up")]
        [InlineData("Ticket sales climbed 8% to a record $61m.", "$61m", "Up")]
        [InlineData("The lake dropped to a new low of 2.1 metres.", "2.1 metres", "Down")]
        [InlineData("Mortgage rates fell to a low of 3.9% in June.", "3.9%", "Down")]
        [InlineData("The shares rose 5% to a new high of 340 pence.", "340 pence", "Up")]
        public void ALevelReachedAfterARecordOrANewHighIsTheLevelOfTheChange(string sentence, string text, string change)
        {
            var mention = Extract.All(sentence).Mentions.Single(m => m.Text == text);

            mention.Change.ToString().Should().Be(change);
            mention.IsChangeAmount.Should().BeFalse();
        }

        [Theory]
        [InlineData("The record 45 goals came in one season.", "45")]
        [InlineData("A new 300 homes will be built by the river.", "300")]
        public void ARecordOrNewWithNoChangeBeforeItIsNoChange(string sentence, string text)
        {
            Extract.All(sentence).Mentions.Single(m => m.Text == text).Change.Should().Be(ChangeDirection.None);
        }

        [Theory]
        [InlineData("The ward's budget has tripled to $90 million.", "$90 million", "Up")]
        [InlineData("Ticket sales doubled to 8,000 this spring.", "8,000", "Up")]
        [InlineData("The grant was halved to 20,000 euros.", "20,000 euros", "Down")]
        public void DoublingTriplingAndHalvingAreChanges(string sentence, string text, string change)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Change.ToString().Should().Be(change);
            mention.IsChangeAmount.Should().BeFalse();
        }

        [Theory]
        [InlineData("Of the 31 dead, nine were crew.", "31")]
        [InlineData("Over 200 wounded were taken to the field hospital.", "Over 200")]
        public void PeopleCountedByTheirStateArePersons(string sentence, string text)
        {
            Extract.All(sentence).Mentions.Single(m => m.Text == text).Unit.Should().Be(ClaimRecon.Units.Unit.Person);
        }

        [Theory]
        [InlineData("Ridership rose 6% at a new 2,000-seat arena.", "2,000")]
        [InlineData("Cases fell at a new clinic of 40 beds.", "40")]
        public void NewAloneBeforeAFigureNamesNoLevelReached(string sentence, string text)
        {
            Extract.All(sentence).Mentions.Single(m => m.Text == text).Change.Should().Be(ChangeDirection.None);
        }

        [Fact]
        public void AFigureRightAfterADoublingIsNoAmountOfIt()
        {
            var mention = Extract.All("Orders doubled 12 months after the redesign.").Mentions.Single();

            mention.Change.Should().Be(ChangeDirection.None);
            mention.IsChangeAmount.Should().BeFalse();
        }

        [Theory]
        [InlineData("Of the 500 geese tested, 30 infected were culled.", "30")]
        [InlineData("Of 200 barns inspected, 80 insured were rebuilt.", "80")]
        public void OtherStatesThanABodysCountNoPersons(string sentence, string text)
        {
            Extract.All(sentence).Mentions.Single(m => m.Text == text).Unit.Should().BeNull();
        }

        [Theory]
        [InlineData("The hall opens by about a quarter to nine.")]
        [InlineData("Talks were followed by nearly a third round of votes.")]
        public void AFractionAfterByThatTellsTheTimeOrCountsARoundIsNoChange(string sentence)
        {
            Extract.All(sentence).Mentions.Should().NotContain(m => m.IsChangeAmount);
        }
    }
}

using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Readings that went wrong on a second wildfire story of our own: money "in" what it is made of, "another N" with no
    /// noun of its own, a cost said with "was costing", and homes "have been destroyed" kept apart from homes destroyed
    /// "so far" in the other report (a count of an event that cannot be undone is now a running total in any tense).
    /// Sentences of our own.
    /// </summary>
    public sealed class MoneyInAndMoreOfTests
    {
        private static MentionIdentity One(string text, string figure) => Read(text).Single(m => m.Mention.Text == figure);

        [Theory]
        [InlineData("The mayor asked the province for $12 million in flood aid.", "$12 million", "aid")]
        [InlineData("The bank approved $3 billion in new loans last year.", "$3 billion", "loan")]
        [InlineData("The festival brought in $800,000 in ticket sales.", "$800,000", "sale")]
        public void MoneyInWhatItIsMadeOfMeasuresThat(string sentence, string figure, string head)
        {
            One(sentence, figure).Head.Should().Be(head);
        }

        [Theory]
        [InlineData("The shop earned $40,000 in March.", "$40,000", "march")]
        [InlineData("The charity raised $2 million in total.", "$2 million", "total")]
        [InlineData("The chain paid $5 million in cash for the site.", "$5 million", "cash")]
        [InlineData("The firm invested $9 million in the first quarter.", "$9 million", "quarter")]
        public void MoneyInATimeOrAMannerIsNotWhatItMeasures(string sentence, string figure, string notHead)
        {
            One(sentence, figure).Head.Should().NotBe(notHead);
        }

        [Theory]
        [InlineData("Some 600 nurses are on duty, and another 150 will start on Monday.", "150")]
        [InlineData("About 600 nurses are on duty, and a further 150 are expected next week.", "150")]
        public void AnotherNCountsWhatTheCountBeforeItCounts(string sentence, string figure)
        {
            One(sentence, figure).Head.Should().Be("nurse");
        }

        [Fact]
        public void AnotherNWithNoCountBeforeItTakesNothingFromElsewhere()
        {
            One("The council said another 150 would follow.", "150").Head.Should().NotBe("another");
        }

        [Fact]
        public void ACostSaidWithWasCostingIsTheCostOfItsSubject()
        {
            var m = One("The cleanup was costing the city $80,000 a day, officials said.", "$80,000 a day");

            m.Key.ToString().Should().Be("cleanup/cost-per-day");
        }

        [Fact]
        public void ThingsAnEventHasBeenDoneToAreARunningTotal_AndAlignWithOnesSaidSoFar()
        {
            var a = Read("Crews said 35 barns had been destroyed so far.", "a");
            var b = Read("At least 40 barns have been destroyed, the county said.", "b");

            b.Single().Kind.Should().Be(QuantityKind.Cumulative);
            var alignment = QuantityAlignment.Align(a.Concat(b));
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Theory]
        [InlineData("Eleven people were killed when the bridge fell.", "Eleven")]
        [InlineData("The death toll from the storm rose to 11.", "11")]
        [InlineData("Some 40 barns were damaged by the hail.", "Some 40")]
        public void ACountOfAnEventThatCannotBeUndoneIsARunningTotalInAnyTense(string sentence, string figure)
        {
            One(sentence, figure).Kind.Should().Be(QuantityKind.Cumulative);
        }

        [Theory]
        [InlineData("About 3,000 people were displaced by the floods.", "About 3,000")]
        [InlineData("Some 600 homes were without power.", "Some 600")]
        [InlineData("About 900 staff were sent home on full pay.", "About 900")]
        [InlineData("Nearly 20,000 people marched through the city.", "Nearly 20,000")]
        public void ACountOfAStateOrOfACrowdStaysALevel(string sentence, string figure)
        {
            One(sentence, figure).Kind.Should().Be(QuantityKind.Level);
        }

        [Fact]
        public void PeopleWhoHaveBeenHeldAreStillALevel()
        {
            One("About 200 people have been held at the camp.", "About 200").Kind.Should().Be(QuantityKind.Level);
        }

        [Fact]
        public void AFigureReferringBackToARunningTotalIsOneToo()
        {
            var read = Read("At least 40 barns have been destroyed, the county said. A farmers' group put the number at 70.");

            read[1].Kind.Should().Be(QuantityKind.Cumulative);
            read[1].Key.Should().Be(read[0].Key);
        }
    }
}

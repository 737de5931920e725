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
        [InlineData("The gale caused $9 million in damage across the county.", "$9 million", "damage")]
        [InlineData("The stadium took $2 million in parking fees throughout the season.", "$2 million", "fee")]
        [InlineData("The chain reported $14 million in annual sales.", "$14 million", "sale")]
        public void MoneyInWhatItIsMadeOfEndsBeforeAPlaceOrAPeriod(string sentence, string figure, string head)
        {
            One(sentence, figure).Head.Should().Be(head);
        }

        [Theory]
        [InlineData("The county set aside $6 million in response to the storm.", "$6 million", "response")]
        [InlineData("The guild gave $1 million in memory of its founder.", "$1 million", "memory")]
        [InlineData("The union received $3 million in late April.", "$3 million", "late")]
        [InlineData("The agency handed out $4 million in early 2025 to growers.", "$4 million", "early")]
        [InlineData("The state raised $70 million in fiscal 2025 from fees.", "$70 million", "fiscal")]
        [InlineData("The charity raised $4 million in real terms over the decade.", "$4 million", "term")]
        [InlineData("The club earned $5 million in one season.", "$5 million", "season")]
        [InlineData("The trust moved $3 million in secret to a shell firm.", "$3 million", "secret")]
        [InlineData("Backers gave $2 million in support of the strike.", "$2 million", "support")]
        [InlineData("The governor promised $8 million in new spending for roads.", "$8 million", "new")]
        public void MoneyInAWhenAMannerOrAPrepositionalPhraseIsNotWhatItMeasures(string sentence, string figure, string notHead)
        {
            One(sentence, figure).Head.Should().NotBe(notHead);
        }

        [Fact]
        public void AnotherNIsANumberAdded_NeverTheCountBeforeIt()
        {
            var read = Read("The school has 800 students, and an extra 60 are on the waiting list.");

            read[1].Head.Should().Be("student");
            read[1].Key.Should().NotBe(read[0].Key, "60 are added to the 800, not another reading of how many there are");
        }

        [Fact]
        public void AnotherNWithANounOfItsOwnIsANumberAddedToo()
        {
            var a = Read("Rescuers have found 120 people alive, officials said.", "a");
            var b = Read("Another 40 people were found alive on Tuesday.", "b");

            b.Single().Key.Should().NotBe(a.Single().Key);
        }

        [Fact]
        public void AnotherRiseIsStillAChange()
        {
            // A guard of the rule above (it held before the rule): a change is a change whatever came before it.
            One("The index fell 40 points on Monday and could fall another 25 points.", "25").Measure.Should().NotEndWith("-more");
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

        [Theory]
        [InlineData("The 14 injured climbers remain in hospital.", "14")]
        [InlineData("Some 30 damaged houses are still empty.", "Some 30")]
        public void ACountOfThingsAnEventBefellThatAreStillInAStateIsALevel(string sentence, string figure)
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

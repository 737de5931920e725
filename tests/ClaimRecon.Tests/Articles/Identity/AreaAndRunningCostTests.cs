using System.Linq;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>The area a fire burned and a running cost's purpose, read from sentences of our own, and aligned across two articles.</summary>
    public sealed class AreaAndRunningCostTests
    {
        private static MentionIdentity One(string text, string figure, string id = "t") => Read(text, id).Single(m => m.Mention.Text == figure);

        [Theory]
        [InlineData("A grass fire east of Millbrook has burned about 3,000 acres since Friday.", "about 3,000 acres", "grass fire")]
        [InlineData("The Cedar Hollow blaze has grown to between 9,000 and 10,000 hectares, rangers said.", "between 9,000 and 10,000 hectares", "Cedar Hollow blaze")]
        [InlineData("Crews said the fire, which has scorched 400 hectares, was moving north.", "400 hectares", "fire")]
        public void AnAreaAfterAVerbOfBurningOrSpreadingIsTheAreaOfItsSubject(string sentence, string figure, string thing)
        {
            var m = One(sentence, figure);

            m.Thing.Should().Be(thing);
            m.Head.Should().Be("fire", "wildfire, blaze and fire are one class");
            m.Measure.Should().Be("area");
            m.IsRecognised.Should().BeTrue();
        }

        [Fact]
        public void AFireGrowingByAnAreaIsAChangeNotItsArea()
        {
            One("The fire grew by 2,000 hectares overnight.", "2,000 hectares").Measure.Should().NotBe("area");
        }

        [Fact]
        public void TheAreaBurnedAndTheAreaGrownToAlignAcrossArticles()
        {
            var a = Read("A wildfire west of Cedar Hollow has burned more than 8,000 hectares, the forestry office said.", "a");
            var b = Read("The Cedar Hollow fire has grown to 9,500 hectares, officials said on Thursday.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
            alignment.KeyOf(a[0].Id).ToString().Should().Be("fire/area");
        }

        [Theory]
        [InlineData("Fighting the Cedar Hollow fire costs about $2 million a day, the state says.", "about $2 million a day")]
        [InlineData("The state has spent $2 million for each day of the fire.", "$2 million for each day")]
        [InlineData("The state has spent $2 million for each day the fire has burned.", "$2 million for each day")]
        public void ARunningCostIsTheCostOfWhatItsClauseSaysItPaysFor(string sentence, string figure)
        {
            var m = One(sentence, figure);

            m.Head.Should().Be("fire");
            m.Measure.Should().Be("cost-per-day");
        }

        [Theory]
        [InlineData("Running the night ferry will cost $40,000 a week for the next six weeks.", "$40,000 a week", "ferry/cost-per-week")]
        [InlineData("Guarding the bridge costs $3,000 a day for 12 days, the council said.", "$3,000 a day", "bridge/cost-per-day")]
        [InlineData("Repairs to the pier alone will cost $9,000 a week for the next month.", "$9,000 a week", "pier/cost-per-week")]
        public void HowLongARunningCostIsPaidIsNotWhatItPaysFor(string sentence, string figure, string key)
        {
            var m = One(sentence, figure);

            m.Key.ToString().Should().Be(key, "\"for six weeks\" says how long, the subject says what for");
            m.About.Should().NotContain("week").And.NotContain("days").And.NotContain("next");
        }

        [Theory]
        [InlineData("The insurer estimated the damage at about $45 million.", "about $45 million", "damage/cost")]
        [InlineData("Growers put their losses at more than $8 million.", "more than $8 million", "loss/cost")]
        public void MoneyAnEstimatePutsOnALossIsItsCost(string sentence, string figure, string key)
        {
            var m = One(sentence, figure);

            m.IsRecognised.Should().BeTrue();
            m.Key.ToString().Should().Be(key);
        }

        [Fact]
        public void TheDamageEstimatedAtAFigureAndTheCostOfTheDamageAlignAcrossArticles()
        {
            var a = Read("The insurer estimated the damage at about $45 million.", "a");
            var b = Read("Officials put the cost of the damage at $60 million.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Fact]
        public void MoneyAnEstimatePutsOnSomethingElseIsNoLossCost()
        {
            One("Analysts put the deficit at $3 billion.", "$3 billion").Key.ToString().Should().NotBe("deficit/cost");
        }

        [Fact]
        public void ARunningCostSaidWithCostAndWithSpentAlignsAcrossArticles()
        {
            var a = Read("About 400 firefighters are on the lines, and the state says fighting the fire costs $2 million a day.", "a");
            var b = Read("The state has spent $2 million for each day the fire has burned, a spokesman said.", "b");
            var costA = a.Single(m => m.Mention.Text.StartsWith("$", System.StringComparison.Ordinal));
            var costB = b.Single();

            costA.Head.Should().Be("fire", "the cost is of fighting the fire, not of the firefighters counted before it");
            QuantityAlignment.Align(a.Concat(b)).KeyOf(costA.Id).Should().Be(QuantityAlignment.Align(a.Concat(b)).KeyOf(costB.Id));
        }

        [Fact]
        public void ACostVerbWithNothingToSayWhatItPaysForIsACost()
        {
            One("The agency has spent $3 million a week.", "$3 million a week").Head.Should().Be("cost");
        }

        [Fact]
        public void ARunningCostForTheirUpkeepIsStillTheCostOfTheGroupCountedBefore()
        {
            One("The shelter houses 300 pilgrims and spends $1,200 a day for their meals.", "$1,200 a day").Head.Should().Be("pilgrim");
        }

        [Fact]
        public void TheVerbOfALaterClauseIsNotTheFiguresPredicate()
        {
            var m = One("Nearly 500 firefighters are on the fire line, and about 2,000 people have been evacuated.", "Nearly 500");

            m.Event.Should().NotBe("transfer", "the people were evacuated, not the firefighters");
        }
    }
}

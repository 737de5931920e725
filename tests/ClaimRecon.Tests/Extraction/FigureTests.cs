using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Scales, word numbers, vague amounts, money, percentages, rates and changes.</summary>
    public sealed class FigureTests
    {
        [Theory]
        [InlineData("The project needs 3 to 4 million volunteers.", "3 to 4 million", "[3000000, 4000000]", "million")]
        [InlineData("The plan costs $2-3bn over a decade.", "$2-3bn", "[2000000000, 3000000000]", "bn")]
        [InlineData("Between 1.5 and 2 billion people lack it.", "Between 1.5 and 2 billion", "[1500000000, 2000000000]", "billion")]
        [InlineData("The fund holds $4.5 million in cash.", "$4.5 million", "[4500000, 4500000]", "million")]
        [InlineData("The fund holds $7m in cash.", "$7m", "[7000000, 7000000]", "m")]
        [InlineData("The fund holds 5k in cash.", "5k", "[5000, 5000]", "k")]
        public void ScaleAppliesToEveryEnd(string sentence, string text, string range, string scale)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Range.ToString().Should().Be(range);
            mention.ScaleText.Should().Be(scale);
        }

        [Fact]
        public void ANumberBelowTheUpperEndDoesNotBorrowItsScale()
        {
            Extract.Single("Estimates ran from 500 to 2 million.").Range.ToString().Should().Be("[500, 2000000]");
        }

        [Theory]
        [InlineData("Two thousand marchers gathered.", "Two thousand", 2000)]
        [InlineData("The team hired twenty-five nurses.", "twenty-five", 25)]
        [InlineData("A hundred and twenty boats sailed.", "A hundred and twenty", 120)]
        [InlineData("Half a million people watched.", "Half a million", 500000)]
        [InlineData("The village has three hundred homes.", "three hundred", 300)]
        public void WordNumbersAreRead(string sentence, string text, int value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be(value);
        }

        [Theory]
        [InlineData("Dozens of families fled.", "Dozens", "[24, 100)")]
        [InlineData("Hundreds of families fled.", "Hundreds", "[200, 1000)")]
        [InlineData("Thousands of families fled.", "Thousands", "[2000, 10000)")]
        [InlineData("Tens of thousands of families fled.", "Tens of thousands", "[20000, 100000)")]
        [InlineData("Hundreds of thousands of families fled.", "Hundreds of thousands", "[200000, 1000000)")]
        [InlineData("Only a few hundred families stayed.", "a few hundred", "[200, 1000)")]
        [InlineData("Several thousand families stayed.", "Several thousand", "[2000, 10000)")]
        public void VagueAmountsAreDocumentedRanges(string sentence, string text, string range)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Range.ToString().Should().Be(range);
            mention.IsVague.Should().BeTrue();
            mention.Figure.Should().BeNull();
            mention.Value.Should().BeNull();
            mention.CountedNoun.Should().Be("families");
        }

        [Theory]
        [InlineData("The grant was \u20AC40 million.", "EUR", 40000000)]
        [InlineData("The grant was \u00A340 million.", "GBP", 40000000)]
        [InlineData("The grant was US$40 million.", "USD", 40000000)]
        [InlineData("The grant was HK$40 million.", "HKD", 40000000)]
        [InlineData("The grant was 40 million euros.", "EUR", 40000000)]
        [InlineData("The grant was 40 million Canadian dollars.", "CAD", 40000000)]
        [InlineData("The grant was 40 million Iraqi dinars.", "IQD", 40000000)]
        [InlineData("The grant was USD 40 million.", "USD", 40000000)]
        public void MoneyHasItsIsoCode(string sentence, string code, int value)
        {
            var mention = Extract.Single(sentence);

            mention.Unit.Should().Be(Unit.Currency(code));
            mention.Value.Should().Be(value);
        }

        [Fact]
        public void PercentAndPercentagePointsDiffer()
        {
            Extract.Single("Turnout was 62 percent.").Unit.Should().Be(Unit.Percent);
            Extract.Single("Turnout was 62%.").Unit.Should().Be(Unit.Percent);
            Extract.Single("Turnout was 62 per cent.").Unit.Should().Be(Unit.Percent);
            Extract.Single("Turnout rose 4 percentage points.").Unit.Should().Be(Unit.PercentagePoint);
        }

        [Fact]
        public void RatesKeepEveryDenominator()
        {
            var mention = Extract.Single("Each camp receives $15 per refugee per week from the fund.");

            mention.Text.Should().Be("$15 per refugee per week");
            mention.Per.Should().Equal("refugee", "week");
            mention.Unit.Should().Be(Unit.UsDollar.Divide(Unit.Person).Divide(Unit.Parse("week")));
        }

        [Fact]
        public void ARateCanBeWrittenWithAOrDaily()
        {
            Extract.Single("The ministry pays 3 million dollars a month.").Unit.Should().Be(Unit.UsDollar.Divide(Unit.Month));
            Extract.Single("The pump moves 200 litres per hour.").Per.Should().Equal("hour");
        }

        [Fact]
        public void ACostSaidToBeDailyForEachPersonIsARate()
        {
            var mention = Extract.Single("The daily cost of feeding each detainee is about $4.");

            mention.Unit.Should().Be(Unit.UsDollar.Divide(Unit.Person).Divide(Unit.Day));
            mention.Per.Should().Equal("detainee", "daily");
        }

        [Fact]
        public void ChangeAmountsAreNotValues()
        {
            var up = Extract.Single("Food prices rose 12% in March.");
            up.Change.Should().Be(ChangeDirection.Up);
            up.IsChangeAmount.Should().BeTrue();
            up.Value.Should().Be(12m);

            var down = Extract.Single("Exports fell by 300 tonnes.");
            down.Change.Should().Be(ChangeDirection.Down);
            down.IsChangeAmount.Should().BeTrue();
        }

        [Fact]
        public void UpOrDownFromALevelStatesTheLevelBeforeTheChange()
        {
            var down = Extract.Single("Arrivals were down from 3,000 last year.");

            down.Text.Should().Be("down from 3,000");
            down.Change.Should().Be(ChangeDirection.Down);
            down.IsChangeAmount.Should().BeFalse();
            down.PriorValue.Should().Be(3000m);
            down.Value.Should().Be(3000m, "a news reader means the earlier level was 3,000");
            down.Range.ToString().Should().Be("[3000, 3000]");

            var up = Extract.Single("Arrivals are up from 3,000.");
            up.Range.ToString().Should().Be("[3000, 3000]");
            up.Change.Should().Be(ChangeDirection.Up);
            up.HedgeText.Should().BeNull("\"up from\" says which way the level moved, not a bound on the figure");
        }

        [Fact]
        public void AChangeFromOneLevelToAnotherIsNotARange()
        {
            var change = Extract.Single("Enrolment climbed from 5,000 to 7,000 this year.");

            change.Text.Should().Be("from 5,000 to 7,000");
            change.Change.Should().Be(ChangeDirection.Up);
            change.PriorValue.Should().Be(5000m);
            change.Range.ToString().Should().Be("[7000, 7000]");

            var range = Extract.Single("Estimates ranged from 5,000 to 7,000 this year.");
            range.Change.Should().Be(ChangeDirection.None);
            range.Range.ToString().Should().Be("[5000, 7000]");
        }

        [Fact]
        public void TheCountedNounIsKept()
        {
            var mention = Extract.Single("Police detained 45 young protesters overnight.");

            mention.CountedNoun.Should().Be("young protesters");
            mention.Unit.Should().Be(Unit.Person);
            Extract.Single("The convoy had 45 trucks.").Unit.Should().BeNull("trucks have no unit in the catalogue; the noun says what is counted");
        }

        [Fact]
        public void ACountWithNoNounOfItsOwnCountsThePluralAfterWereOrAre()
        {
            var parts = Extract.All("Of the 60 volunteers, 45 were students and 15 were retirees.").Mentions;

            parts.Select(m => m.CountedNoun).Should().Equal("volunteers", "students", "retirees");
            Extract.All("Of 12 wards, 5 are clinics.").Mentions[1].CountedNoun.Should().Be("clinics");
        }

        [Theory]
        [InlineData("Of the 30 detained, 12 were homeless.")]
        [InlineData("Of the 30 cases, 12 were serious.")]
        [InlineData("Of the 30 cases, 12 were Canadians living abroad.")]
        [InlineData("Of the 30 cases, 12 were patients admitted late.")]
        public void AnAdjectiveOrALongerPhraseAfterWereIsNotACountedNoun(string sentence)
        {
            Extract.All(sentence).Mentions.Should().Contain(m => m.Text == "12").Which.CountedNoun.Should().BeNull();
        }

        [Fact]
        public void MentionsComeInTextOrder()
        {
            var result = Extract.All("First 10 buses came, then 20 trucks, then about 30 vans.");

            result.Mentions.Select(m => m.Value).Should().Equal(10m, 20m, 30m);
            result.Mentions.Select(m => m.Start).Should().BeInAscendingOrder();
        }
    }
}

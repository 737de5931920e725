using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Proportions, multiples, sub-ranges and the phrases around a figure that news text uses.</summary>
    public sealed class ProportionAndPhraseTests
    {
        [Theory]
        [InlineData("Roughly a quarter of the harvest was lost to frost.", "Roughly a quarter", 0.25)]
        [InlineData("Fewer than half of the members voted.", "Fewer than half", 0.5)]
        [InlineData("Two-thirds of the clinics reopened by March.", "Two-thirds", 0.6666666666666666666666666667)]
        [InlineData("One in five drivers admitted speeding.", "One in five", 0.2)]
        [InlineData("Only 1 out of 8 bids was accepted.", "1 out of 8", 0.125)]
        [InlineData("A gallon holds 1⁄16 of a bushel of grain.", "1⁄16", 0.0625)]
        public void AFractionInWordsIsOneProportion(string sentence, string text, double value)
        {
            var mention = Extract.Single(sentence);
            mention.Text.Should().Be(text);
            ((double)mention.Figure!.Value).Should().BeApproximately(value, 1e-12);
        }

        [Fact]
        public void AFractionBoundedByAHedgeKeepsTheBound()
        {
            var fewer = Extract.Single("Fewer than half of the members voted.");
            fewer.Range.ToString().Should().Be("(-inf, 0.5)");
            fewer.CountedNoun.Should().Be("members");

            var third = Extract.Single("Close to a third of its nurses quit.");
            third.Figure!.Hedge.Should().Be(Hedge.Nearly);
            third.CountedNoun.Should().Be("nurses");
        }

        [Theory]
        [InlineData("Half the workers signed the letter.", "workers")]
        [InlineData("Three quarters of the passengers backed the deal.", "passengers")]
        [InlineData("Fewer than half of the residents were consulted.", "residents")]
        [InlineData("Almost a quarter of the staff resigned in spring.", "staff")]
        [InlineData("One in six voters stayed home.", "voters")]
        public void APartOfAGroupOfPeopleIsAShare_NotANumberOfPersons(string sentence, string noun)
        {
            var mention = Extract.Single(sentence);

            mention.Unit.Should().BeNull("0.5 of the workers is no count of 0.5 persons");
            mention.IsProportion.Should().BeTrue();
            mention.CountedNoun.Should().Be(noun);
        }

        [Fact]
        public void ACountOfPeopleStillCountsPersons_AndIsNoProportion()
        {
            var mention = Extract.Single("About 300 workers signed the letter.");

            mention.Unit.Should().Be(Unit.Person);
            mention.IsProportion.Should().BeFalse();
        }

        [Fact]
        public void AFractionOfAScaleIsAnAmount()
        {
            Extract.Single("The repair bill came to a quarter million euros.").Value.Should().Be(250_000m);
            Extract.Single("The grant is worth three quarters billion dollars.").Value.Should().Be(750_000_000m);
        }

        [Fact]
        public void AnOrdinalIsNotAFraction()
        {
            var result = Extract.All("The third ferry left at dawn.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.Ordinal && r.Text == "third");
        }

        [Fact]
        public void AMultipleOfAFigureIsThatFigureTimesTheMultiple()
        {
            var mention = Extract.Single("The fair drew four times as many stalls as the 75 last spring.");
            mention.Text.Should().Be("four times as many stalls as the 75");
            mention.Value.Should().Be(300m);
            mention.PriorValue.Should().Be(75m);
        }

        [Theory]
        [InlineData("The ferry carried twice as many cars as the 140 of the first trip.", "twice as many cars as the 140", 280, 140)]
        [InlineData("Ticket sales were twice as many as the 3,500 of opening night.", "twice as many as the 3,500", 7000, 3500)]
        [InlineData("The new hall seats thrice as many as the 90 of the old one.", "thrice as many as the 90", 270, 90)]
        [InlineData("Repairs cost twice as much as the $60 the owners had set aside.", "twice as much as the $60", 120, 60)]
        [InlineData("Rainfall this month was twice more than the 45 of last month.", "twice more than the 45", 90, 45)]
        public void TwiceOrThriceAFigureIsThatFigureMultiplied(string sentence, string text, int value, int prior)
        {
            var mention = Extract.Single(sentence);
            mention.Text.Should().Be(text);
            mention.Value.Should().Be(value);
            mention.PriorValue.Should().Be(prior);
        }

        [Fact]
        public void AHedgedTwiceKeepsItsHedgeOnTheProduct()
        {
            var mention = Extract.Single("The orchard gave nearly twice as many crates as the 400 of the year before.");
            mention.Text.Should().Be("nearly twice as many crates as the 400");
            mention.Figure!.Hedge.Should().Be(Hedge.Nearly);
            mention.Value.Should().Be(800m);
        }

        [Theory]
        [InlineData("The bus stops here twice a day.")]
        [InlineData("She checked the figures twice before signing.")]
        [InlineData("He rang the bell thrice and left.")]
        public void TwiceWithoutAComparisonIsNoFigure(string sentence)
        {
            NumericMentionExtractor.Extract(sentence).Mentions.Should().BeEmpty();
        }

        [Fact]
        public void TwiceWithNoFigureComparedIsAMultiple()
        {
            var mention = Extract.Single("The league pays twice as much as the rival league does.");
            mention.Text.Should().Be("twice");
            mention.Value.Should().Be(2m);
            mention.Unit!.Symbol.Should().Contain("times");
        }

        [Theory]
        [InlineData("Almost 40 staff resigned in spring.", "staff")]
        [InlineData("Some 120 personnel stayed home on Friday.", "personnel")]
        public void StaffEndsTheCountedNounAndCountsPeople(string sentence, string noun)
        {
            var mention = Extract.Single(sentence);
            mention.CountedNoun.Should().Be(noun);
            mention.Unit.Should().Be(Unit.Person);
        }

        [Fact]
        public void AFoldWordIsAMultipleAndARiseByItIsAChange()
        {
            var rise = Extract.Single("Inspectors reported a sevenfold rise in leaks.");
            rise.Value.Should().Be(7m);
            rise.Unit!.Symbol.Should().Contain("times");
            rise.Change.Should().Be(ChangeDirection.Up);
            rise.IsChangeAmount.Should().BeTrue();

            Extract.Single("Demand grew 4-fold in a year.").Value.Should().Be(4m);
        }

        [Fact]
        public void WithinIsAnUpperBound()
        {
            var mention = Extract.Single("Claims are settled within 45 days.");
            mention.Range.ToString().Should().Be("(-inf, 45]");
            mention.Figure!.Hedge.Should().Be(Hedge.AtMost);
        }

        [Theory]
        [InlineData("Rents rose 6% over 18 months.", 1, "18 months", "[18, 18]")]
        [InlineData("The bridge will cost $40 million over four years.", 1, "four years", "[4, 4]")]
        [InlineData("The shelter spends $900 a day over 60 days.", 1, "60 days", "[60, 60]")]
        [InlineData("Over 15 years, the orchard doubled its harvest.", 0, "15 years", "[15, 15]")]
        [InlineData("The nurses want a 7 percent raise over three years.", 1, "three years", "[3, 3]")]
        [InlineData("The mill will shed 300 jobs over two years.", 1, "two years", "[2, 2]")]
        public void OverAfterAFigureOrOpeningASentenceIsTheSpanItRunsOver(string sentence, int index, string span, string range)
        {
            var mention = Extract.All(sentence).Mentions[index];

            mention.Text.Should().Be(span);
            mention.Figure!.Hedge.Should().Be(Hedge.None);
            mention.Range.ToString().Should().Be(range);
        }

        [Theory]
        [InlineData("The mill has stood for over 90 years.", "over 90 years")]
        [InlineData("Over 40 days have passed since the storm.", "Over 40 days")]
        [InlineData("They found 3 wrecks over 70 years old.", "over 70 years")]
        [InlineData("The queue was over 5 hours long.", "over 5 hours")]
        [InlineData("The court held 3 men for over two years.", "over two years")]
        public void OverIsStillMoreThanWhereItBoundsTheTime(string sentence, string span)
        {
            var mention = Extract.All(sentence).Mentions.Should().Contain(m => m.Text == span).Subject;

            mention.Figure!.Hedge.Should().Be(Hedge.MoreThan);
        }

        [Theory]
        [InlineData("Attendance was in the high thousands.", "[7000, 10000)")]
        [InlineData("Bids came in the low hundreds.", "[100, 400)")]
        [InlineData("The deal is worth the mid-billions.", "[4000000000, 7000000000)")]
        public void LowMidAndHighArePartsOfAVagueAmount(string sentence, string range)
        {
            Extract.Single(sentence).Range.ToString().Should().Be(range);
        }

        [Fact]
        public void ARateDenominatorComesFromTheSubject()
        {
            var mention = Extract.Single("Each student costs roughly $6 a day to feed.");
            mention.Unit!.Symbol.Should().Be("USD/day/person");
        }

        [Fact]
        public void ATimePhraseAfterAFigureIsNotPartOfIt()
        {
            var result = Extract.All("Visits fell to 640, against 910 a month earlier.");
            result.Mentions.Should().HaveCount(2);
            result.Mentions[1].Text.Should().Be("910");
            result.Mentions[1].Per.Should().BeEmpty();
        }

        [Fact]
        public void AMetreSignBeforeASizeAdjectiveIsALength()
        {
            var result = Extract.All("Crews lifted a 3m-tall beam onto a 6m-wide deck.");
            result.Mentions.Should().HaveCount(2);
            result.Mentions[0].Unit!.Symbol.Should().Be("m");
            result.Mentions[0].Value.Should().Be(3m);
            result.Mentions[1].Value.Should().Be(6m);
        }

        [Fact]
        public void MoneyRaisedIsAnAmountNotARise()
        {
            var mention = Extract.Single("The choir raised $12k for the roof.");
            mention.Change.Should().Be(ChangeDirection.None);
            mention.Value.Should().Be(12_000m);
        }

        [Fact]
        public void AScaleWordAfterAWordRangeAppliesToBothEnds()
        {
            Extract.Single("Between six and eight thousand fans waited.").Range.ToString().Should().Be("[6000, 8000]");
        }
    }
}

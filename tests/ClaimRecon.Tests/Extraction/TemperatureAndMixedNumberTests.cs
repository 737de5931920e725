using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// Readings news needs that the reader missed: temperatures ("41.2C", "39°C"), ratios in digits ("1 in 5 children"),
    /// fractions of a scale ("a quarter of a million"), mixed numbers ("two and a half miles") and "scores of".
    /// </summary>
    public sealed class TemperatureAndMixedNumberTests
    {
        [Theory]
        [InlineData("Thermometers in the valley showed 43.6C by noon.", "43.6C", "{degC}", 43.6)]
        [InlineData("Forecasters expect highs of 97F across the plains.", "97F", "{degF}", 97)]
        [InlineData("Overnight the town dropped to -14C.", "-14C", "{degC}", -14)]
        [InlineData("The pass sat at minus 8C at dawn.", "minus 8C", "{degC}", -8)]
        [InlineData("Inland it reached 38°C on Friday.", "38°C", "{degC}", 38)]
        [InlineData("Inland it reached 38 °F on Friday.", "38 °F", "{degF}", 38)]
        [InlineData("The lake warmed to 19 degrees C this week.", "19 degrees C", "{degC}", 19)]
        [InlineData("The slope is angled at 35° near the top.", "35°", "{degree}", 35)]
        public void ATemperatureIsAFigureWithItsScale(string sentence, string text, string unit, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Unit!.Symbol.Should().Be(unit);
            ((double)mention.Value!.Value).Should().Be(value);
        }

        [Theory]
        [InlineData("The visitor was moved to seat 14C after take-off.", "14C")]
        [InlineData("She rents flat 3F above the bakery.", "3F")]
        public void AGluedLetterWithNoWordOfTemperatureStaysAnIdentifier(string sentence, string text)
        {
            var result = Extract.All(sentence);

            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Text == text && r.Reason == RejectionReason.Identifier);
        }

        [Theory]
        [InlineData("Almost 1 in 4 renters fell behind last winter.", "Almost 1 in 4", 0.25, "renters")]
        [InlineData("Roughly 3 in 10 adults never vote.", "Roughly 3 in 10", 0.3, "adults")]
        public void ARatioInDigitsBeforeANounIsOneProportion(string sentence, string text, double value, string noun)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.IsProportion.Should().BeTrue();
            ((double)mention.Figure!.Value).Should().BeApproximately(value, 1e-12);
            mention.CountedNoun.Should().Be(noun);
        }

        [Theory]
        [InlineData("The striker scored 2 in 6 minutes.")]
        [InlineData("Ask whether 2 in 7 or more will come.")]
        public void DigitsJoinedByInWithNoNounAfterStayTwoNumbers(string sentence)
        {
            var mentions = Extract.All(sentence).Mentions;

            mentions.Should().HaveCount(2);
            mentions.Should().NotContain(m => m.IsProportion);
        }

        [Theory]
        [InlineData("A quarter of a million tickets were sold.", "A quarter of a million", 250000)]
        [InlineData("Three quarters of a billion dollars went unspent.", "Three quarters of a billion dollars", 750000000)]
        [InlineData("One and a half million commuters use the line.", "One and a half million", 1500000)]
        [InlineData("The hike is three and a half miles long.", "three and a half miles", 3.5)]
        public void AFractionOfAScaleAndAMixedNumberAreOneFigure(string sentence, string text, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            ((double)mention.Value!.Value).Should().Be(value);
            mention.IsProportion.Should().BeFalse();
        }

        [Fact]
        public void ScoresOfPeopleIsAVagueAmount()
        {
            var mention = Extract.Single("Scores of residents queued outside the clinic.");

            mention.Text.Should().Be("Scores");
            mention.IsVague.Should().BeTrue();
            mention.Range.ToString().Should().Be("[40, 200)");
            mention.CountedNoun.Should().Be("residents");
        }

        [Theory]
        [InlineData("The test scores of pupils in the county rose.")]
        [InlineData("Their scores of the season were the best yet.")]
        public void ScoresThatAreResultsAreNoAmount(string sentence)
        {
            Extract.All(sentence).Mentions.Should().NotContain(m => string.Equals(m.Text, "scores", System.StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void ASignBeforeTheCurrencySymbolMakesTheAmountNegative()
        {
            var mention = Extract.Single("The fund closed the quarter at -$340 after fees.");

            mention.Text.Should().Be("-$340");
            mention.Range.ToString().Should().Be("[-340, -340]");
            mention.Unit!.Symbol.Should().Be("USD");
        }

        [Fact]
        public void ADashBetweenTwoAmountsStaysARange()
        {
            var mention = Extract.Single("Tickets cost $15-$25 at the door.");

            mention.Range.ToString().Should().Be("[15, 25]");
        }

        [Theory]
        [InlineData("Timber sales fell by a fifth over the winter.", "a fifth", 0.2)]
        [InlineData("The mill cut its water use by two thirds.", "two thirds", 2.0 / 3.0)]
        [InlineData("Bus fares have risen by nearly a fifth since spring.", "nearly a fifth", 0.2)]
        [InlineData("The orchard's yield fell by about a third after the frost.", "about a third", 1.0 / 3.0)]
        public void AFractionAfterByIsTheChange(string sentence, string text, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            ((double)mention.Figure!.Value).Should().BeApproximately(value, 1e-12);
            mention.IsChangeAmount.Should().BeTrue();
        }

        [Fact]
        public void AHyphenatedFractionBeforeANounIsAProportion()
        {
            var mention = Extract.Single("The motion needs a three-quarters majority to pass.");

            mention.Text.Should().Be("three-quarters");
            mention.Figure!.Value.Should().Be(0.75m);
            mention.IsProportion.Should().BeTrue();
        }

        [Theory]
        [InlineData("Barely one in a thousand bottles is faulty.", "one in a thousand", 0.001)]
        [InlineData("Officials called it a one in a million event.", "one in a million", 0.000001)]
        public void OneInAScaleWordIsARatio(string sentence, string text, decimal value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Figure!.Value.Should().Be(value);
            mention.IsProportion.Should().BeTrue();
        }

        [Theory]
        [InlineData("The island has some 12m residents.", 12000000)]
        [InlineData("The streaming service drew 4m viewers.", 4000000)]
        [InlineData("The port handled 9m barrels in May.", 9000000)]
        public void AGluedMBeforeACountedPluralIsMillion(string sentence, double value)
        {
            ((double)Extract.All(sentence).Mentions[0].Figure!.Value).Should().Be(value);
        }

        [Theory]
        [InlineData("Gales whipped up 9m waves off the cape.")]
        [InlineData("The ferry is 45m long.")]
        public void AGluedMBeforeWhatCanBeMeasuredStaysMetres(string sentence)
        {
            Extract.All(sentence).Mentions[0].Unit!.Symbol.Should().Be("m");
        }

        [Theory]
        [InlineData("Riot police faced about 300 demonstrators near the bridge.", "demonstrators")]
        [InlineData("Some 4,000 teachers joined the rally.", "teachers")]
        [InlineData("The stand seats 9,000 spectators.", "spectators")]
        public void PeopleNamedByWhatTheyDoAreCountedAsPersons(string sentence, string noun)
        {
            var mention = Extract.Single(sentence);

            mention.CountedNoun.Should().Be(noun);
            mention.Unit!.Symbol.Should().Be("person");
        }

        [Theory]
        [InlineData("Crude sold for $71 a barrel on Tuesday.", "$71 a barrel", "barrel")]
        [InlineData("The board declared a dividend of 32 cents a share.", "32 cents a share", "share")]
        [InlineData("Diesel reached £1.61 a litre last week.", "£1.61 a litre", "litre")]
        [InlineData("A sliced white now costs £1.45 a loaf at the corner shop.", "£1.45 a loaf", "loaf")]
        [InlineData("Smokers in the city pay $14 a pack after the new tax.", "$14 a pack", "pack")]
        [InlineData("Her memoir sells for $25 a copy online.", "$25 a copy", "copy")]
        [InlineData("Orchard land went for about $9,000 an acre.", "about $9,000 an acre", "acre")]
        public void APriceForOneOfSomethingIsARate(string sentence, string text, string per)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Per.Should().Equal(per);
        }

        [Fact]
        public void AnAmountThatIsNoPriceTakesNoDenominatorFromA()
        {
            Extract.Single("The firm paid the $5m a rival had demanded.").Per.Should().BeEmpty();
        }

        [Theory]
        [InlineData("A few dozen fishermen blocked the harbour.", "A few dozen", "[24, 120)")]
        [InlineData("Several dozen tents stood in the park.", "Several dozen", "[24, 120)")]
        [InlineData("A couple of hundred neighbours came to the meeting.", "A couple of hundred", "[200, 400)")]
        [InlineData("A handful of shops reopened.", "A handful", "[2, 10)")]
        [InlineData("Several hundred thousand households lost power.", "Several hundred thousand", "[200000, 1000000)")]
        public void VagueAmountsInTheirCommonShapes(string sentence, string text, string range)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.IsVague.Should().BeTrue();
            mention.Range.ToString().Should().Be(range);
        }

        [Theory]
        [InlineData("Rents reached a 15-year high of 7.4% in May.", "15-year high", "7.4%")]
        [InlineData("The currency slid to a 6-month low of 1.08 against the euro.", "6-month low", "1.08")]
        public void TheSpanARecordIsSetOverIsNoQuantity(string sentence, string rejected, string figure)
        {
            var result = Extract.All(sentence);

            result.Rejections.Should().ContainSingle(r => r.Text == rejected && r.Reason == RejectionReason.SetPhrase);
            result.Mentions.Select(m => m.Text).Should().Equal(figure);
        }

        [Theory]
        [InlineData("The central bank trimmed its rate by half a percentage point.", "half a percentage point", "pp", 0.5)]
        [InlineData("The ferry crossing takes half an hour.", "half an hour", "h", 0.5)]
        [InlineData("Yields rose a quarter of a percentage point.", "a quarter of a percentage point", "pp", 0.25)]
        public void AFractionOfOneUnitIsReadWithTheUnit(string sentence, string text, string unit, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Unit!.Symbol.Should().Be(unit);
            ((double)mention.Figure!.Value).Should().Be(value);
        }

        [Theory]
        [InlineData("The greens took 31 of the 90 seats on the board.", "31", "seats")]
        [InlineData("The lender will shut 18 of its 250 branches.", "18", "branches")]
        public void APartOfACountedWholeCountsWhatTheWholeCounts(string sentence, string part, string noun)
        {
            Extract.All(sentence).Mentions.Should().Contain(m => m.Text == part).Which.CountedNoun.Should().Be(noun);
        }
    }
}

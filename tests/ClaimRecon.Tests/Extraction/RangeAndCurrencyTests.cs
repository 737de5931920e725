using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Signs, approximate symbols, falling "from ... to", written-after bounds and currencies written against the digits.</summary>
    public sealed class RangeAndCurrencyTests
    {
        [Theory]
        [InlineData("The tank held ~2.5 litres of fuel.", "~2.5 litres", 2.5)]
        [InlineData("The crowd filled (~60%) of the hall.", "~60%", 60)]
        [InlineData("The lake is \u2248 40 km long.", "\u2248 40 km", 40)]
        public void ATildeBeforeAFigureMeansApproximately(string sentence, string text, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be((decimal)value, "'~' is approximately, not a minus sign");
            mention.Figure!.Hedge.Should().Be(Hedge.About);
        }

        [Theory]
        [InlineData("The budget share shrank from 9.1 to 8.4 percent last year.", 9.1, 8.4)]
        [InlineData("Ticket prices went from $40 to $32 in a month.", 40, 32)]
        public void AFallFromOneLevelToAnotherIsAChangeNotAnEmptyRange(string sentence, double from, double to)
        {
            var mention = Extract.Single(sentence);

            mention.Value.Should().Be((decimal)to);
            mention.PriorValue.Should().Be((decimal)from);
            mention.Change.Should().Be(ChangeDirection.Down);
            mention.IsChangeAmount.Should().BeFalse();
        }

        [Theory]
        [InlineData("The gauge stayed above 1200 and below 1800 all week.", "(1200, 1800)")]
        [InlineData("The alarm fires at readings < -15 on the dial.", "(-inf, -15)")]
        [InlineData("The alarm fires at readings <= -15 on the dial.", "(-inf, -15]")]
        [InlineData("Night temperatures fell below -12 in the valley.", "(-inf, -12)")]
        [InlineData("Scores were between minus 5 and 20 this season.", "[-5, 20]")]
        [InlineData("We counted roughly three hundred or more visitors.", "[300, +inf)")]
        [InlineData("Her mark was 70 or higher than.", "[70, +inf)")]
        public void BoundsAroundSignsAndWrittenAfterPhrases(string sentence, string range)
        {
            Extract.Single(sentence).Range.ToString().Should().Be(range);
        }

        [Fact]
        public void OrEqualToAnotherFigureDoesNotCloseTheFirstBound()
        {
            var result = Extract.All("The gauge showed fewer than 300 or equal to 400 units.");

            result.Mentions[0].Range.ToString().Should().Be("(-inf, 300)");
        }

        [Fact]
        public void ASignWordAfterAVerbIsNotAMinus()
        {
            Extract.Single("She tested negative 3 times.").Value.Should().Be(3);
        }

        [Theory]
        [InlineData("The farm sold for $US42,500,000 last spring.", "$US42,500,000", 42500000, "USD")]
        [InlineData("The farm sold for $A61,200,000 last spring.", "$A61,200,000", 61200000, "AUD")]
        [InlineData("A bowl of laksa costs RM12.90 at the stall.", "RM12.90", 12.90, "MYR")]
        [InlineData("The club posted a loss of PS3.4m last year.", "PS3.4m", 3400000, "GBP")]
        [InlineData("A bowl of soup costs 38\u5143 in the capital.", "38\u5143", 38, "CNY")]
        [InlineData("The taxi fare was 2,500 \u20A1 at night.", "2,500 \u20A1", 2500, "CRC")]
        [InlineData("Lunch came to \u20AB40,000 for the pair.", "\u20AB40,000", 40000, "VND")]
        [InlineData("Fares rose to cad$ 12 this year.", "cad$ 12", 12, "CAD")]
        [InlineData("Fares are nzd$9 for adults.", "nzd$9", 9, "NZD")]
        public void CurrenciesWrittenAgainstTheDigits(string sentence, string text, double value, string code)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be((decimal)value);
            mention.Unit!.Symbol.Should().Be(code);
        }

        [Fact]
        public void AConsoleNameIsStillAnIdentifier()
        {
            var result = Extract.All("The shop sold out of PS5 consoles.");

            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.Identifier);
        }

        [Fact]
        public void AFourDigitFigureBeforeASquareMeasureIsNotAYear()
        {
            var mention = Extract.Single("The 1350 sq m warehouse is empty.");

            mention.Value.Should().Be(1350);
        }

        [Theory]
        [InlineData("Shares of the miner rose 6.2 percent to 41.10 yuan on Monday.", ChangeDirection.Up)]
        [InlineData("The index ended down 2% at 3,210.55 points.", ChangeDirection.Down)]
        public void TheLevelReachedAfterAChangeAmountCarriesItsDirection(string sentence, ChangeDirection direction)
        {
            var mentions = Extract.All(sentence).Mentions;

            mentions.Should().HaveCount(2);
            mentions[0].IsChangeAmount.Should().BeTrue();
            mentions[1].Change.Should().Be(direction);
            mentions[1].IsChangeAmount.Should().BeFalse("the second figure is the level reached, not the amount of change");
        }

        [Fact]
        public void ALevelInTheNextSentenceIsNotTheLevelReached()
        {
            var mentions = Extract.All("The index fell 2%. At 3,210 points it was flat.").Mentions;

            mentions[1].Change.Should().Be(ChangeDirection.None);
        }

        [Theory]
        [InlineData("A ferry ticket costs 17 dollars 40.", "17 dollars 40", 17.40, "USD")]
        [InlineData("It cost twelve dollars thirty five", "twelve dollars thirty five", 12.35, "USD")]
        [InlineData("The flat costs 45,67,890.50 rupees in Pune.", "45,67,890.50 rupees", 4567890.50, "INR")]
        [InlineData("The firm paid 300 million dutch guilders for it.", "300 million dutch guilders", 300000000, "NLG")]
        [InlineData("The estate went for 90 million pesetas.", "90 million pesetas", 90000000, "ESP")]
        public void MinorUnitsGroupingsAndOldCurrencies(string sentence, string text, double value, string code)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be((decimal)value);
            mention.Unit!.Symbol.Should().Be(code);
        }

        [Fact]
        public void AFigureAfterACommaIsNotTheMinorUnit()
        {
            var mentions = Extract.All("He paid 15 dollars, 20 euros and 3 pounds.").Mentions;

            mentions[0].Value.Should().Be(15);
            mentions[1].Value.Should().Be(20);
        }

        [Fact]
        public void AGluedCurrencyOnTheSecondEndJoinsTheRange()
        {
            var mention = Extract.Single("Rents run from RM1,200 to RM3,000 a month.");

            mention.Range.ToString().Should().Be("[1200, 3000]");
            mention.Unit!.Symbol.Should().Be("MYR/month");
        }

        [Fact]
        public void APoundFigureWithAScaleIsNotAConsoleName()
        {
            var mention = Extract.Single("The boss got a PS6m bonus.");

            mention.Value.Should().Be(6000000);
            mention.Unit!.Symbol.Should().Be("GBP");
        }

        [Theory]
        [InlineData("It was 3.6degF warmer than usual.", 3.6, "{degF}")]
        [InlineData("It was 2.05degC warmer than usual.", 2.05, "{degC}")]
        public void DegreesSpelledDegAreUnits(string sentence, double value, string unit)
        {
            var mention = Extract.Single(sentence);

            mention.Value.Should().Be((decimal)value);
            mention.Unit!.Symbol.Should().Be(unit);
        }
    }
}

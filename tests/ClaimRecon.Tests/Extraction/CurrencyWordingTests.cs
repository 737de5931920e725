using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Money written in ways a wire report uses: a currency word joined to the figure by a hyphen, millions written before the figure as M and a code, "quarter million" without its article, colloquial yuan.</summary>
    public sealed class CurrencyWordingTests
    {
        [Theory]
        [InlineData("The museum sells a 10-dollar ticket to students.", "10-dollar", 10, "USD")]
        [InlineData("The bakery rounded every loaf up to a five-euro price.", "five-euro", 5, "EUR")]
        [InlineData("The supplier won with a symbolic one-yen tender for the contract.", "one-yen", 1, "JPY")]
        public void ACurrencyWordJoinedByAHyphenIsTheFiguresCurrency(string sentence, string text, int value, string code)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be(value);
            mention.Unit!.Symbol.Should().Be(code);
        }

        [Theory]
        [InlineData("The ferry operator was sold at dollar 4.8 million last spring.", "dollar 4.8 million", 4_800_000)]
        [InlineData("Bids opened for the lighthouse at dollar 250,000 on Monday.", "dollar 250,000", 250_000)]
        public void TheDollarWordBeforeAScaledOrGroupedFigureAfterAPrepositionIsItsCurrency(string sentence, string text, int value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be(value);
            mention.Unit!.Symbol.Should().Be("USD");
        }

        [Theory]
        [InlineData("Traders sold the dollar 4,000 times in an hour.")]
        [InlineData("Savers who held the US dollar 1,500 days ago did well.")]
        [InlineData("A town of dollar 12 shops and cafes.")]
        public void TheDollarWordAsAMarketOrBeforeAPlainFigureIsNoCurrencyOfTheFigure(string sentence)
        {
            var mention = Extract.All(sentence).Mentions.Single();

            mention.Text.Should().NotContain("dollar");
            (mention.Unit?.Symbol).Should().NotBe("USD");
        }

        [Fact]
        public void AHyphenatedUnitThatIsNoCurrencyStaysAsItWas()
        {
            var mention = Extract.Single("The council approved a 20-year lease.");

            mention.Text.Should().Be("20-year");
            mention.Unit!.Symbol.Should().Be("year");
        }

        [Theory]
        [InlineData("Quarterly revenue came to MEUR 12.5 after the merger.", "MEUR 12.5", 12_500_000, "EUR")]
        [InlineData("The fund raised roughly MSEK 40 in the spring.", "roughly MSEK 40", 40_000_000, "SEK")]
        public void MillionsOfACurrencyWrittenBeforeTheFigureAreRead(string sentence, string text, int value, string code)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Figure!.Value.Should().Be(value);
            mention.Unit!.Symbol.Should().Be(code);
            mention.ScaleText.Should().Be("M");
        }

        [Theory]
        [InlineData("The rover MARS 2 was launched in spring.")]
        [InlineData("Shops at MALL 3 opened late.")]
        public void ACapitalisedWordThatOnlyLooksLikeMillionsOfACurrencyIsNotMoney(string sentence)
        {
            Extract.All(sentence).Mentions.Should().NotContain(m => m.Unit != null && m.Value > 1_000_000);
        }

        [Theory]
        [InlineData("The charity collected quarter million dollars in a week.", "quarter million dollars")]
        [InlineData("The charity collected a quarter-million dollars in a week.", "a quarter-million dollars")]
        public void AQuarterMillionNeedsNoArticleAndMayBeHyphenated(string sentence, string text)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be(250_000m);
            mention.Unit!.Symbol.Should().Be("USD");
        }

        [Fact]
        public void AnOrdinalBeforeAScaleWordStaysAnOrdinal()
        {
            var result = Extract.All("The third million visitors arrived in June.");

            result.Mentions.Should().NotContain(m => m.Value == 1_000_000m / 3m || m.Text.Contains("third"));
        }

        [Fact]
        public void TheWireServicesYenSignBeforeALargeFigureIsYen()
        {
            var mentions = Extract.All("Shares of the carmaker slid 3.1 percent to Y=4,210, and its profit fell by Y=20 billion.").Mentions;

            mentions.Select(m => m.Text).Should().Equal("3.1 percent", "Y=4,210", "Y=20 billion");
            mentions[1].Unit!.Symbol.Should().Be("JPY");
            mentions[2].Unit!.Symbol.Should().Be("JPY");
            mentions[2].Value.Should().Be(20_000_000_000m);
        }

        [Fact]
        public void AnEquationIsNotYen()
        {
            Extract.All("Set X=5 and Y=10 in the formula.").Mentions.Should().NotContain(m => m.Unit != null);
        }

        [Fact]
        public void KuaiIsColloquialYuan()
        {
            var mention = Extract.Single("A bowl of noodles there costs 12 kuai.");

            mention.Unit!.Symbol.Should().Be("CNY");
            mention.UnitText.Should().Be("kuai");
            mention.Value.Should().Be(12m);
        }

        [Theory]
        [InlineData("Thieves emptied a wallet holding 1,200 bitcoins overnight.", "1,200 bitcoins", "1200", "XBT")]
        [InlineData("The museum's reserve is now \u20BF4,500, its treasurer said.", "\u20BF4,500", "4500", "XBT")]
        [InlineData("She moved 2.5 BTC to a new address on Friday.", "2.5 BTC", "2.5", "XBT")]
        [InlineData("A collector paid XBT 12 for the sculpture.", "XBT 12", "12", "XBT")]
        [InlineData("Each payment on the network costs about 300 satoshis in fees.", "about 300 satoshis", "300", "sat")]
        public void BitcoinWrittenAsAWordACodeOrItsSignIsMoneyInXbt(string sentence, string text, string value, string symbol)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
            mention.Unit!.Symbol.Should().Be(symbol);
            mention.Unit.Dimension.ToString().Should().Be("money:XBT");
        }

        [Theory]
        [InlineData("The valley now hosts 12 bitcoin miners.", "12")]
        [InlineData("Three bitcoin kiosks opened downtown.", "Three")]
        public void BitcoinBeforeANounDescribesItAndIsNoMoney(string sentence, string text)
        {
            var mention = Extract.All(sentence).Mentions.Single(m => m.Text == text);

            (mention.Unit?.Symbol).Should().NotBe("XBT");
            mention.CountedNoun.Should().StartWith("bitcoin");
        }

        [Theory]
        [InlineData("Markets: BTC 3% higher, ETH 5% lower.", "3%")]
        [InlineData("By noon EUR 2% lower against the yen.", "2%")]
        public void ACodeBeforeAPercentageIsATickersMoveNotItsCurrency(string sentence, string text)
        {
            Extract.All(sentence).Mentions.Should().Contain(m => m.Text == text).Which.Unit!.Symbol.Should().Be("%");
        }
    }
}

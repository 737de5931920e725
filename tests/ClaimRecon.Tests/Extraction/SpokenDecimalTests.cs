using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Decimals spoken digit by digit after "point", as transcripts and quoted speech write them.</summary>
    public sealed class SpokenDecimalTests
    {
        [Theory]
        [InlineData("The river rose four point five metres overnight.", "four point five metres", 4.5)]
        [InlineData("Inflation settled at one point two five percent.", "one point two five percent", 1.25)]
        [InlineData("The well is zero point zero eight kilometres deep.", "zero point zero eight kilometres", 0.08)]
        public void DigitsAfterPointAreTheFraction(string sentence, string text, double value)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Value.Should().Be((decimal)value);
        }

        [Fact]
        public void AScaleAfterASpokenDecimalAppliesToAll()
        {
            var mention = Extract.Single("The region counts about two point five million voters.");

            mention.Figure!.Value.Should().Be(2_500_000m);
            mention.HedgeText.Should().Be("about");
        }

        [Fact]
        public void ABoundBeforeASpokenDecimalBoundsIt()
        {
            var mention = Extract.Single("The trail stays under three point five miles.");

            mention.Range.ToString().Should().Be("(-inf, 3.5)");
            mention.Unit!.Symbol.Should().Be("mi");
        }

        [Theory]
        [InlineData("At one point seven trucks were stuck on the pass.")]
        [InlineData("Later, at one point seven trucks were stuck on the pass.")]
        public void AtOnePointOpeningAClauseIsAnIdiomNotADecimal(string sentence)
        {
            var mentions = Extract.All(sentence).Mentions;

            mentions.Should().NotContain(m => m.Value == 1.7m);
        }

        [Fact]
        public void APointScoredIsNotADecimal()
        {
            var mentions = Extract.All("They won by one point, two days later.").Mentions;

            mentions.Should().NotContain(m => m.Value == 1.2m);
        }
    }
}

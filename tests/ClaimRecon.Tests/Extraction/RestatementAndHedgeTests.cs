using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Bounds that carry over to a figure restated in parentheses, hedges before "minus", and a few more hedge and change words.</summary>
    public sealed class RestatementAndHedgeTests
    {
        [Fact]
        public void AConversionInParenthesesIsBoundedAsTheFigureItConverts()
        {
            var mentions = Extract.All("The new bridge spans more than 300 metres (980 feet) of river.").Mentions;

            mentions.Should().HaveCount(2);
            mentions[1].Text.Should().Be("980 feet");
            mentions[1].Figure!.Hedge.Should().Be(Hedge.MoreThan);
            mentions[1].HedgeText.Should().Be("more than");
            mentions[1].Range.ToString().Should().Be("(980, +inf)");
        }

        [Fact]
        public void EveryConversionInOneParenthesisTakesTheBound()
        {
            var mentions = Extract.All("The old truck hauls just under 9 tonnes (8,100 kg / 17,900 lb) a trip.").Mentions;

            mentions.Select(m => m.Figure!.Hedge).Should().Equal(Hedge.Nearly, Hedge.Nearly, Hedge.Nearly);
            mentions.Select(m => m.HedgeText).Should().Equal("just under", "just under", "just under");
        }

        [Theory]
        [InlineData("More than 4,000 residents (1,500 of them pupils) left the town.", "1,500")]
        [InlineData("About 60 boats (30 from the north) joined the race.", "30")]
        [InlineData("Between 20 and 30 stalls (12 kg) opened.", "12 kg")]
        public void AParenthesisThatIsNotARestatementOfABoundTakesNothing(string sentence, string text)
        {
            var mention = Extract.All(sentence).Mentions.Single(m => m.Text == text);

            mention.HedgeText.Should().BeNull();
            mention.Figure!.Hedge.Should().Be(Hedge.None);
        }

        [Fact]
        public void AHedgeBeforeMinusHedgesTheNegativeFigure()
        {
            var mention = Extract.Single("The lake freezes at night, at about minus 40 degrees.");

            mention.Text.Should().Be("about minus 40 degrees");
            mention.Value.Should().Be(-40m);
            mention.Figure!.Hedge.Should().Be(Hedge.About);
        }

        [Fact]
        public void UnderTheAgeOfIsAnUpperBound()
        {
            var mention = Extract.Single("Riders under the age of 12 travel free.");

            mention.Figure!.Hedge.Should().Be(Hedge.FewerThan);
            mention.HedgeText.Should().Be("under the age of");
            mention.Range.ToString().Should().Be("(-inf, 12)");
        }

        [Theory]
        [InlineData("Shares in the brewer were plummeting 30% by noon.", ChangeDirection.Down)]
        [InlineData("The index was advancing 2% in early trade.", ChangeDirection.Up)]
        public void MoreFormsOfChangeVerbsAreRead(string sentence, ChangeDirection change)
        {
            var mention = Extract.Single(sentence);

            mention.Change.Should().Be(change);
            mention.IsChangeAmount.Should().BeTrue();
        }
    }
}

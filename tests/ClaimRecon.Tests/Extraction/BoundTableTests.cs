using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Every row of the bound table, in sentences written for these tests.</summary>
    public sealed class BoundTableTests
    {
        [Theory]
        [InlineData("The shelter took in more than 300 families last week.", "more than 300", "(300, +inf)", Hedge.MoreThan)]
        [InlineData("Crews cleared over 300 tonnes of rubble.", "over 300 tonnes", "(300, +inf)", Hedge.MoreThan)]
        [InlineData("At least 40 boats left the harbour.", "At least 40", "[40, +inf)", Hedge.AtLeast)]
        [InlineData("No fewer than 40 boats left the harbour.", "No fewer than 40", "[40, +inf)", Hedge.AtLeast)]
        [InlineData("The ferry carries up to 12 trucks.", "up to 12", "(-inf, 12]", Hedge.UpTo)]
        [InlineData("The ferry carries at most 12 trucks.", "at most 12", "(-inf, 12]", Hedge.AtMost)]
        [InlineData("The ferry carries no more than 12 trucks.", "no more than 12", "(-inf, 12]", Hedge.AtMost)]
        [InlineData("The hall has under 90 seats.", "under 90", "(-inf, 90)", Hedge.FewerThan)]
        [InlineData("The hall has fewer than 90 seats.", "fewer than 90", "(-inf, 90)", Hedge.FewerThan)]
        [InlineData("The hall has less than 90 seats.", "less than 90", "(-inf, 90)", Hedge.FewerThan)]
        [InlineData("The port expects between 15 and 25 ships a day.", "between 15 and 25", "[15, 25]", Hedge.Between)]
        [InlineData("The port expects 15 to 25 ships.", "15 to 25", "[15, 25]", Hedge.Between)]
        [InlineData("The port expects 15\u201325 ships.", "15\u201325", "[15, 25]", Hedge.Between)]
        [InlineData("The port expects 15-25 ships.", "15-25", "[15, 25]", Hedge.Between)]
        [InlineData("Nearly 400 homes lost power.", "Nearly 400", "[360, 400)", Hedge.Nearly)]
        [InlineData("Almost 400 homes lost power.", "Almost 400", "[360, 400)", Hedge.Almost)]
        [InlineData("Just under 400 homes lost power.", "Just under 400", "[360, 400)", Hedge.Nearly)]
        [InlineData("About 50 buses were hired.", "About 50", "[45, 55]", Hedge.About)]
        [InlineData("Approximately 50 buses were hired.", "Approximately 50", "[45, 55]", Hedge.Approximately)]
        [InlineData("Roughly 50 buses were hired.", "Roughly 50", "[45, 55]", Hedge.Roughly)]
        [InlineData("Some 50 buses were hired.", "Some 50", "[45, 55]", Hedge.About)]
        [InlineData("Around 50 buses were hired.", "Around 50", "[45, 55]", Hedge.About)]
        [InlineData("The town hired 50 buses.", "50", "[50, 50]", Hedge.None)]
        [InlineData("The town hired 50 or more buses.", "50 or more", "[50, +inf)", Hedge.AtLeast)]
        [InlineData("The town hired 50 or fewer buses.", "50 or fewer", "(-inf, 50]", Hedge.AtMost)]
        public void EachWordingGivesItsRange(string sentence, string text, string range, Hedge hedge)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Range.ToString().Should().Be(range);
            mention.Figure!.Hedge.Should().Be(hedge);
        }

        [Fact]
        public void ClosedAndOpenEndsAreKeptApart()
        {
            var strict = Extract.Single("Officials reported more than 70 arrests.").Range;
            var inclusive = Extract.Single("Officials reported at least 70 arrests.").Range;

            strict.Contains(70m).Should().BeFalse();
            inclusive.Contains(70m).Should().BeTrue();
            Extract.Single("The lift holds up to 8 people.").Range.Contains(8m).Should().BeTrue();
            Extract.Single("The lift holds fewer than 8 people.").Range.Contains(8m).Should().BeFalse();
            Extract.Single("Nearly 8 people waited.").Range.Contains(8m).Should().BeFalse("nearly is strictly below");
        }

        [Fact]
        public void HedgeTextIsKeptAsWritten()
        {
            var mention = Extract.Single("The agency counted no fewer than 1,200 cases.");

            mention.HedgeText.Should().Be("no fewer than");
            mention.Value.Should().Be(1200m);
        }

        [Fact]
        public void ApproximateHedgesFollowTheInterpretationPolicy()
        {
            var mention = Extract.Single("The council spent about 200 dollars.");
            var wide = InterpretationPolicy.Default.WithApproximateTolerance("wide", 0.5m);

            mention.Figure!.Hedge.Should().Be(Hedge.About);
            wide.Interpret(mention.Figure).ToString().Should().Be("[100, 300]");
        }
    }
}

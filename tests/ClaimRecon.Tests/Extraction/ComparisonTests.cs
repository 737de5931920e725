using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Comparison symbols, "or equal to" wordings, two bounds joined, fractions and signs.</summary>
    public sealed class ComparisonTests
    {
        [Theory]
        [InlineData("Readings were >40 on most days.", ">40", "(40, +inf)")]
        [InlineData("Readings were >= 40 on most days.", ">= 40", "[40, +inf)")]
        [InlineData("Readings were <40 on most days.", "<40", "(-inf, 40)")]
        [InlineData("Readings were \u2264 40 on most days.", "\u2264 40", "(-inf, 40]")]
        [InlineData("Readings were less than or equal to 40 on most days.", "less than or equal to 40", "(-inf, 40]")]
        [InlineData("Readings were equal to or more than 40 on most days.", "equal to or more than 40", "[40, +inf)")]
        [InlineData("Readings were fewer than 40 or equal to it.", "fewer than 40 or equal to", "(-inf, 40]")]
        [InlineData("The lots are sub-300 square metres.", "sub-300 square metres", "(-inf, 300)")]
        public void ComparisonsAreBounds(string sentence, string text, string range)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Range.ToString().Should().Be(range);
        }

        [Theory]
        [InlineData("Crowds of more than 100 and fewer than 300 gathered.", "(100, 300)")]
        [InlineData("Crowds of at most 300 and at least 100 gathered.", "[100, 300]")]
        [InlineData("Crowds of over 100 but under 300 gathered.", "(100, 300)")]
        public void TwoBoundsJoinIntoOneRange(string sentence, string range)
        {
            var mention = Extract.Single(sentence);

            mention.Range.ToString().Should().Be(range);
            mention.Figure.Should().BeNull("no single hedge states both ends");
            mention.IsVague.Should().BeFalse();
        }

        [Theory]
        [InlineData("Doses of between 2 mg and about 7 mg were given.", "[2, 7]")]
        [InlineData("The water was kept at 30 degrees celsius to 40 degrees celsius.", "[30, 40]")]
        public void ARangeEndsWhereItsSecondFigureEnds(string sentence, string range)
        {
            Extract.Single(sentence).Range.ToString().Should().Be(range);
        }

        [Fact]
        public void UnitsWrittenWithAHyphenOrAgainstTheDigitsAreRead()
        {
            Extract.Single("The truck has a 185-hp engine.").Unit!.Symbol.Should().Be("{hp}");
            Extract.Single("The tower is 37m tall.").Unit.Should().Be(ClaimRecon.Units.Unit.Parse("m"));
            Extract.All("the form read 24703 m212 at the top").Mentions.Should().NotContain(m => m.Unit != null, "a letter before more digits is part of a code");
        }

        [Fact]
        public void FractionsAndSignsAreRead()
        {
            Extract.Single("At least 1/4 of the crop was lost.").Range.ToString().Should().Be("[0.25, +inf)");
            Extract.Single("The wind chill reached -15 degrees.").Value.Should().Be(-15m);

            var fall = Extract.Single("Shares closed -2.5% on the day.");
            fall.Value.Should().Be(-2.5m);
            fall.Change.Should().Be(ChangeDirection.Down);
        }

        [Fact]
        public void AChangeSaidTwiceIsTheSameChange()
        {
            var result = Extract.All("The index lost 190 points, or 0.6%, by noon.");

            result.Mentions.Should().HaveCount(2);
            result.Mentions.Should().OnlyContain(m => m.Change == ChangeDirection.Down && m.IsChangeAmount);
        }

        [Fact]
        public void ANamesNumberIsAnIdentifier()
        {
            var result = Extract.All("Shares in the Stoxx 50 rose while the iPhone 17 launched.");

            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().Contain(r => r.Text == "Stoxx 50" && r.Reason == RejectionReason.Identifier);
        }
    }
}

using System;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>Behaviour at the edges of what a decimal holds: refused with a message, never rounded or overflowed silently.</summary>
    public sealed class DecimalLimitTests
    {
        [Theory]
        [InlineData("[1e-29, 1]", "exponent")]
        [InlineData("[2.1e6, 3000000]", "exponent")]
        [InlineData("[0.00000000000000000000000000001, 1]", "significant digits")]
        [InlineData("[1, 12345678901234567890.123456789]", "significant digits")]
        public void ParseRefusesNumbersItWouldRound(string text, string reason)
        {
            var parse = () => NumericRange.Parse(text);

            parse.Should().Throw<FormatException>().Which.Message.Should().Contain(text).And.Contain(reason);
        }

        [Fact]
        public void ParseKeepsTwentyEightDigitsExactly()
        {
            NumericRange.Parse("[0.0000000000000000000000000001, 1]").Lower.Value.Should().Be(0.0000000000000000000000000001m);
        }

        [Fact]
        public void InterpretingBeyondTheDecimalRangeNamesTheFigure()
        {
            var figure = HedgedFigure.Of(Hedge.About, decimal.MaxValue);

            var interpret = () => InterpretationPolicy.Default.Interpret(figure);

            interpret.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("figure");
        }

        [Fact]
        public void CanonicalisingPastTheLargestDecimalGivesTheEmptyRange()
        {
            NumericRange.GreaterThan(decimal.MaxValue).ToCanonical(ValueDomain.Integer).Should().Be(NumericRange.Empty);
            NumericRange.LessThan(decimal.MinValue).ToCanonical(ValueDomain.Integer).Should().Be(NumericRange.Empty);
        }

        [Fact]
        public void MidpointOfTheWidestRangeDoesNotOverflow()
        {
            NumericRange.Closed(decimal.MinValue, decimal.MaxValue).Midpoint.Should().Be(0m);
            NumericRange.Closed(decimal.MaxValue - 2, decimal.MaxValue).Midpoint.Should().Be(decimal.MaxValue - 1);
        }

        [Fact]
        public void WidthBeyondTheDecimalRangeThrowsOverflow()
        {
            var width = () => NumericRange.Closed(decimal.MinValue, decimal.MaxValue).Width;

            width.Should().Throw<OverflowException>();
        }

        [Theory]
        [InlineData("79228162514264337593543950335")]
        [InlineData("-79228162514264337593543950335")]
        [InlineData("7922816251426433759354395033.5")]
        public void MidpointOfASinglePointIsThePointItself_EvenAtTheDecimalLimits(string text)
        {
            var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

            NumericRange.Point(value).Midpoint.Should().Be(value);
        }

        [Fact]
        public void MidpointOfTwoValuesNearTheUpperLimitDoesNotOverflowAndLiesBetweenThem()
        {
            var range = NumericRange.Closed(decimal.MaxValue - 10m, decimal.MaxValue);

            range.Midpoint.Should().Be(decimal.MaxValue - 5m);
        }
    }
}

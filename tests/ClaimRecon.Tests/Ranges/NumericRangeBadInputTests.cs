using System;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>Bad input to ranges and bounds: each is refused with an exception that names the argument and quotes the value.</summary>
    public sealed class NumericRangeBadInputTests
    {
        [Fact]
        public void Constructor_LowerAboveUpper_ThrowsArgumentOutOfRangeNamingLowerAndBothValues()
        {
            Action act = () => _ = new NumericRange(RangeBound.Closed(6000m), RangeBound.Open(5000.5m));

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("lower");
            e.ActualValue.Should().Be(6000m);
            e.Message.Should().Contain("6000").And.Contain("5000.5");
        }

        [Fact]
        public void Closed_LowerAboveUpper_ThrowsArgumentOutOfRangeNamingLower()
        {
            Action act = () => NumericRange.Closed(3m, -3m);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("lower");
            e.Message.Should().Contain("3").And.Contain("-3");
        }

        [Theory]
        [InlineData(BoundKind.Open, BoundKind.Closed, "lower")]
        [InlineData(BoundKind.Closed, BoundKind.Open, "upper")]
        [InlineData(BoundKind.Open, BoundKind.Open, "lower")]
        public void Constructor_OpenEndOnASinglePoint_ThrowsArgumentExceptionNamingTheOpenEnd(BoundKind lowerKind, BoundKind upperKind, string paramName)
        {
            Action act = () => _ = new NumericRange(Bound(lowerKind, 5000.5m), Bound(upperKind, 5000.5m));

            var e = act.Should().ThrowExactly<ArgumentException>().Which;
            e.ParamName.Should().Be(paramName);
            e.Message.Should().Contain("5000.5").And.Contain("single-point");
        }

        [Fact]
        public void Open_WithEqualValues_ThrowsArgumentException()
        {
            Action act = () => NumericRange.Open(7000m, 7000m);

            act.Should().ThrowExactly<ArgumentException>().WithMessage("*7000*").Which.ParamName.Should().Be("lower");
        }

        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(double.PositiveInfinity, "+Infinity")]
        [InlineData(double.NegativeInfinity, "-Infinity")]
        [InlineData(1e30, "1E+30")]
        [InlineData(-1e30, "-1E+30")]
        public void FromDouble_NotRepresentableAsADecimal_ThrowsArgumentOutOfRangeNamingValue(double value, string shown)
        {
            Action act = () => RangeBound.FromDouble(value, BoundKind.Closed);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("value");
            e.Message.Should().Contain(shown);
        }

        [Fact]
        public void FromDouble_WithUnboundedKind_ThrowsArgumentOutOfRangeNamingKind()
        {
            Action act = () => RangeBound.FromDouble(5000, BoundKind.Unbounded);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("kind");
            e.Message.Should().Contain("Unbounded");
        }

        [Theory]
        [InlineData("[5000, 6000", "interval notation")]
        [InlineData("[abc, 5]", "\"abc\" is not a number")]
        [InlineData("[5,000, 6,000]", "thousands separators")]
        [InlineData("[NaN, 5]", "NaN")]
        [InlineData("[-inf, 5]", "parenthesis")]
        [InlineData("[5, +inf]", "parenthesis")]
        [InlineData("[6, 5]", "greater than")]
        [InlineData("(5, 5]", "single-point")]
        [InlineData("5000", "interval notation")]
        [InlineData("", "interval notation")]
        public void Parse_MalformedText_ThrowsFormatExceptionQuotingTheText(string text, string reason)
        {
            Action act = () => NumericRange.Parse(text);

            act.Should().ThrowExactly<FormatException>().Which.Message.Should().Contain($"\"{text}\"").And.Contain(reason);
            NumericRange.TryParse(text, out var range).Should().BeFalse();
            range.IsEmpty.Should().BeTrue();
        }

        [Fact]
        public void Parse_Null_ThrowsArgumentNullExceptionNamingText()
        {
            Action act = () => NumericRange.Parse(null!);

            act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("text");
            NumericRange.TryParse(null, out _).Should().BeFalse();
        }

        [Fact]
        public void ToCanonical_UndefinedDomain_ThrowsArgumentOutOfRangeNamingDomain()
        {
            Action act = () => NumericRange.All.ToCanonical((ValueDomain)9);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("domain");
            e.Message.Should().Contain("9");
        }

        private static RangeBound Bound(BoundKind kind, decimal value) =>
            kind == BoundKind.Open ? RangeBound.Open(value) : RangeBound.Closed(value);
    }
}

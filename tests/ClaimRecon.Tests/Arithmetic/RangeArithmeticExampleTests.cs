using System;
using ClaimRecon.Arithmetic;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>Interval arithmetic on ranges worked out by hand: open, closed and unbounded ends, zero, and rounding.</summary>
    public sealed class RangeArithmeticExampleTests
    {
        private static NumericRange R(string text) => NumericRange.Parse(text);

        [Theory]
        [InlineData("[1, 2]", "[10, 20]", "[11, 22]")]
        [InlineData("(1, 2]", "[10, 20)", "(11, 22)")]
        [InlineData("[1, 2]", "[3, +inf)", "[4, +inf)")]
        [InlineData("(-inf, 2)", "[3, 4]", "(-inf, 6)")]
        public void Add_ByHand(string x, string y, string expected)
        {
            RangeArithmetic.Add(R(x), R(y)).Should().Be(R(expected));
        }

        [Fact]
        public void Add_EndsThatNeedRoundingAreRoundedOutwardsAndClosed()
        {
            // A + 0.0000000001 needs 30 significant digits; a decimal holds 29 here, so the exact sums are rounded:
            // the lower end down (to A itself), the upper end up, and both ends become closed although x's are open.
            const decimal a = 12345678901234567890.123456789m;
            var x = new NumericRange(RangeBound.Open(a), RangeBound.Open(a + 1m));
            var y = NumericRange.Point(0.0000000001m);
            var sum = RangeArithmetic.Add(x, y);
            sum.Lower.Should().Be(RangeBound.Closed(12345678901234567890.123456789m));
            sum.Upper.Should().Be(RangeBound.Closed(12345678901234567891.12345679m));
        }

        [Fact]
        public void Subtract_ByHand()
        {
            RangeArithmetic.Subtract(R("[5000, 6000]"), R("[2250, 2250]")).Should().Be(R("[2750, 3750]"));
            RangeArithmetic.Subtract(R("(5000, 6000]"), R("[0, 1)")).Should().Be(R("(4999, 6000]"));
            RangeArithmetic.Subtract(R("[1, 2]"), R("(-inf, 0]")).Should().Be(R("[1, +inf)"));
        }

        [Fact]
        public void Negate_SwapsAndNegatesEnds()
        {
            RangeArithmetic.Negate(R("(1, 2]")).Should().Be(R("[-2, -1)"));
            RangeArithmetic.Negate(R("(-inf, 3)")).Should().Be(R("(-3, +inf)"));
            RangeArithmetic.Negate(NumericRange.Empty).IsEmpty.Should().BeTrue();
        }

        [Theory]
        [InlineData("(5000, 6000]", "[10, 10]", "(50000, 60000]")]
        [InlineData("[-2, 3]", "[-1, 4]", "[-8, 12]")]
        [InlineData("(-1, 2]", "(-3, 1]", "(-6, 3)")]
        [InlineData("[0, 1]", "[1, +inf)", "[0, +inf)")]
        [InlineData("(0, 1]", "[1, +inf)", "(0, +inf)")]
        [InlineData("[-2, 0)", "[1, +inf)", "(-inf, 0)")]
        [InlineData("[-1, 1]", "[1, +inf)", "(-inf, +inf)")]
        [InlineData("[0, 0]", "(-inf, +inf)", "[0, 0]")]
        [InlineData("(1, 2)", "[3, 3]", "(3, 6)")]
        [InlineData("[-1, 1]", "(0, 1]", "[-1, 1]")]
        [InlineData("(-inf, -1]", "(-inf, -2]", "[2, +inf)")]
        public void Multiply_ByHand(string x, string y, string expected)
        {
            RangeArithmetic.Multiply(R(x), R(y)).Should().Be(R(expected), "{0} * {1}", x, y);
            RangeArithmetic.Multiply(R(y), R(x)).Should().Be(R(expected), "multiplication commutes");
        }

        [Theory]
        [InlineData("[1, 2]", "[0, 1]", "[1, +inf)")]
        [InlineData("[1, 2]", "[-1, 1]", "(-inf, +inf)")]
        [InlineData("[0, 0]", "[-1, 1]", "[0, 0]")]
        [InlineData("[1, 2]", "(-inf, 0]", "(-inf, 0)")]
        [InlineData("[-1, 2]", "[1, 2]", "[-1, 2]")]
        [InlineData("[0, 2]", "(0, 1]", "[0, +inf)")]
        [InlineData("(0, 2]", "[1, +inf)", "(0, 2]")]
        [InlineData("[1, 2]", "(-inf, -1]", "[-2, 0)")]
        [InlineData("(-1, 0]", "[-1, 0]", "[0, +inf)")]
        [InlineData("[70000, 70000]", "[7000, 7000]", "[10, 10]")]
        [InlineData("[60000, 70000)", "(5000, 6000]", "[10, 14)")]
        public void Divide_ByHand(string x, string y, string expected)
        {
            RangeArithmetic.Divide(R(x), R(y)).Should().Be(R(expected), "{0} / {1}", x, y);
        }

        [Fact]
        public void Divide_AThirdIsRoundedOutwards()
        {
            var third = RangeArithmetic.Divide(NumericRange.Point(1), NumericRange.Point(3));
            third.Lower.Should().Be(RangeBound.Closed(0.3333333333333333333333333333m));
            third.Upper.Should().Be(RangeBound.Closed(0.3333333333333333333333333334m));
            var minusThird = RangeArithmetic.Divide(NumericRange.Point(-1), NumericRange.Point(3));
            minusThird.Lower.Should().Be(RangeBound.Closed(-0.3333333333333333333333333334m));
            minusThird.Upper.Should().Be(RangeBound.Closed(-0.3333333333333333333333333333m));
        }

        [Fact]
        public void Divide_ByThePointZero_Throws_NamingBothOperands()
        {
            FluentActions.Invoking(() => RangeArithmetic.Divide(R("[1, 2]"), NumericRange.Point(0)))
                .Should().Throw<DivideByZeroException>().WithMessage("*[1, 2]*");
            FluentActions.Invoking(() => RangeArithmetic.Divide(NumericRange.Point(0), NumericRange.Point(0m)))
                .Should().Throw<DivideByZeroException>();
        }

        [Fact]
        public void EmptyOperand_GivesEmpty_EvenForDivisionByZero()
        {
            RangeArithmetic.Add(NumericRange.Empty, R("[1, 2]")).IsEmpty.Should().BeTrue();
            RangeArithmetic.Multiply(R("[1, 2]"), NumericRange.Empty).IsEmpty.Should().BeTrue();
            RangeArithmetic.Divide(NumericRange.Empty, NumericRange.Point(0)).IsEmpty.Should().BeTrue();
        }

        [Fact]
        public void Overflow_BeyondWhatADecimalHolds_Throws()
        {
            FluentActions.Invoking(() => RangeArithmetic.Multiply(NumericRange.Point(decimal.MaxValue), NumericRange.Point(2)))
                .Should().Throw<OverflowException>();
            FluentActions.Invoking(() => RangeArithmetic.Add(NumericRange.Point(decimal.MaxValue), NumericRange.Point(1)))
                .Should().Throw<OverflowException>();
        }
    }
}

using System;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Ranges;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>
    /// Interval arithmetic encloses: for X and Y with open, closed and unbounded ends (zero and negatives included) and
    /// x in X, y in Y, the exact x ∘ y (computed with <see cref="Rational"/>, not with the library) lies in X ∘ Y.
    /// </summary>
    public sealed class RangeArithmeticPropertyTests
    {
        /// <summary>Cases per property.</summary>
        public const int Cases = 2000;

        private const int MembersPerOperand = 8;

        [Fact]
        public void Add_EnclosesEverySumOfMembers()
        {
            Check((x, y) => x + y, RangeArithmetic.Add, "+");
        }

        [Fact]
        public void Subtract_EnclosesEveryDifferenceOfMembers()
        {
            Check((x, y) => x - y, RangeArithmetic.Subtract, "-");
        }

        [Fact]
        public void Multiply_EnclosesEveryProductOfMembers()
        {
            Check((x, y) => x * y, RangeArithmetic.Multiply, "*");
        }

        [Fact]
        public void Divide_EnclosesEveryQuotientByANonZeroMember_AndThrowsOnlyForThePointZero()
        {
            PropertyRunner.ForAll(ArithmeticGenerators.Operands, o =>
            {
                if (!o.X.IsEmpty && o.Y.IsPoint && o.Y.Lower.Value == 0)
                {
                    FluentActions.Invoking(() => RangeArithmetic.Divide(o.X, o.Y)).Should().Throw<DivideByZeroException>();
                    return;
                }

                var result = RangeArithmetic.Divide(o.X, o.Y);
                if (o.X.IsEmpty || o.Y.IsEmpty)
                {
                    result.IsEmpty.Should().BeTrue("an empty operand gives the empty range");
                    return;
                }

                var random = new Random(o.Seed);
                foreach (var x in ArithmeticGenerators.MembersOf(o.X, random, MembersPerOperand))
                {
                    foreach (var y in ArithmeticGenerators.MembersOf(o.Y, random, MembersPerOperand))
                    {
                        if (y == 0)
                        {
                            continue;
                        }

                        var exact = Rational.From(x) / Rational.From(y);
                        Rational.In(result, exact).Should().BeTrue($"{x} / {y} = {exact} must lie in {o.X} / {o.Y} = {result}");
                    }
                }
            }, Cases);
        }

        [Fact]
        public void Negate_EnclosesEveryNegatedMember_AndIsItsOwnInverse()
        {
            PropertyRunner.ForAll(ArithmeticGenerators.Operands, o =>
            {
                var negated = RangeArithmetic.Negate(o.X);
                RangeArithmetic.Negate(negated).Should().Be(o.X);
                foreach (var x in ArithmeticGenerators.MembersOf(o.X, new Random(o.Seed), MembersPerOperand))
                {
                    Rational.In(negated, Rational.From(-x)).Should().BeTrue($"-{x} must lie in -{o.X} = {negated}");
                }
            }, Cases);
        }

        [Fact]
        public void OnClosedBoundedOperands_ProductAndQuotientEndsAreTheExtremeCornersRoundedOutwardsByAtMostOneUnitOfThe28thDigit()
        {
            // Tightness: enclosure alone would be met by returning all numbers.
            var closed =
                from a in Gen.Elements(ArithmeticGenerators.Ends)
                from b in Gen.Elements(ArithmeticGenerators.Ends)
                from c in Gen.Elements(ArithmeticGenerators.Ends)
                from d in Gen.Elements(ArithmeticGenerators.Ends)
                select (X: NumericRange.Closed(Math.Min(a, b), Math.Max(a, b)), Y: NumericRange.Closed(Math.Min(c, d), Math.Max(c, d)));
            PropertyRunner.ForAll(closed, o =>
            {
                var xs = new[] { o.X.Lower.Value, o.X.Upper.Value };
                var ys = new[] { o.Y.Lower.Value, o.Y.Upper.Value };
                var products = xs.SelectMany(x => ys.Select(y => Rational.From(x) * Rational.From(y))).ToArray();
                ExpectTight(RangeArithmetic.Multiply(o.X, o.Y), products, $"{o.X} * {o.Y}");
                var sums = xs.SelectMany(x => ys.Select(y => Rational.From(x) + Rational.From(y))).ToArray();
                ExpectTight(RangeArithmetic.Add(o.X, o.Y), sums, $"{o.X} + {o.Y}");
                if (o.Y.Lower.Value > 0 || o.Y.Upper.Value < 0)
                {
                    var quotients = xs.SelectMany(x => ys.Select(y => Rational.From(x) / Rational.From(y))).ToArray();
                    ExpectTight(RangeArithmetic.Divide(o.X, o.Y), quotients, $"{o.X} / {o.Y}");
                }
            }, Cases);
        }

        private static void ExpectTight(NumericRange result, Rational[] corners, string what)
        {
            var min = corners.Min();
            var max = corners.Max();
            result.Lower.IsClosed.Should().BeTrue($"{what} = {result} has closed operands, so a closed lower end");
            result.Upper.IsClosed.Should().BeTrue($"{what} = {result} has closed operands, so a closed upper end");
            var lower = Rational.From(result.Lower.Value);
            var upper = Rational.From(result.Upper.Value);
            lower.CompareTo(min).Should().BeLessOrEqualTo(0, $"{what} = {result}: the lower end must not exceed the exact minimum {min}");
            upper.CompareTo(max).Should().BeGreaterOrEqualTo(0, $"{what} = {result}: the upper end must not be below the exact maximum {max}");

            // One unit in the 28th significant digit of the magnitude (the values here stay below 1e15).
            var slack = Rational.From(0.0000000000001m);
            (min - lower).CompareTo(slack).Should().BeLessOrEqualTo(0, $"{what} = {result}: the lower end lies too far below the exact minimum {min}");
            (upper - max).CompareTo(slack).Should().BeLessOrEqualTo(0, $"{what} = {result}: the upper end lies too far above the exact maximum {max}");
        }

        private static void Check(Func<Rational, Rational, Rational> exact, Func<NumericRange, NumericRange, NumericRange> op, string symbol)
        {
            PropertyRunner.ForAll(ArithmeticGenerators.Operands, o =>
            {
                var result = op(o.X, o.Y);
                if (o.X.IsEmpty || o.Y.IsEmpty)
                {
                    result.IsEmpty.Should().BeTrue("an empty operand gives the empty range");
                    return;
                }

                result.IsEmpty.Should().BeFalse($"{o.X} {symbol} {o.Y} has members");
                var random = new Random(o.Seed);
                foreach (var x in ArithmeticGenerators.MembersOf(o.X, random, MembersPerOperand))
                {
                    foreach (var y in ArithmeticGenerators.MembersOf(o.Y, random, MembersPerOperand))
                    {
                        var value = exact(Rational.From(x), Rational.From(y));
                        Rational.In(result, value).Should().BeTrue($"{x} {symbol} {y} = {value} must lie in {o.X} {symbol} {o.Y} = {result}");
                    }
                }
            }, Cases);
        }
    }
}

using System;
using System.Globalization;
using System.Numerics;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>
    /// "About" and "nearly" ends are rounded outward when a decimal cannot hold them: the range always holds the exact
    /// x ± t·|x|, and no decimal of the same scale lies between the end and the exact value. The oracle is exact
    /// fractions with integers, not the code under test.
    /// </summary>
    public sealed class OutwardRoundingTests
    {
        /// <summary>Figures with up to 28 places and tolerances with up to 6, so that t·|x| often needs more than a decimal holds.</summary>
        private static readonly Gen<(decimal X, decimal T)> Inputs =
            from digits in Gen.Choose(1, 9).Select(n => n * 3)
            from places in Gen.Choose(0, 28)
            from mantissa in Gen.Choose(1, int.MaxValue).Two().Select(p => ((long)p.Item1 * p.Item2).ToString(CultureInfo.InvariantCulture))
            from negative in Gen.Elements(false, true)
            from tolerance in Gen.Choose(1, 999_999)
            from tolerancePlaces in Gen.Choose(1, 6)
            let text = (mantissa + mantissa + mantissa).Substring(0, Math.Min(digits, 28))
            let x = Scaled(text, Math.Min(places, 28), negative)
            let t = Math.Min(1m, tolerance / Pow10(tolerancePlaces))
            where x != 0
            select (x, t);

        [Fact]
        public void AboutEnds_HoldTheExactRange_AndAreTheClosestDecimalsOutside()
        {
            PropertyRunner.ForAll(Inputs, input =>
            {
                var (x, t) = input;
                var policy = new InterpretationPolicy("test", t, Math.Min(t, 0.5m), 0m);

                var range = policy.Interpret(HedgedFigure.Of(Hedge.About, x));

                var (lower, upper) = ExactEnds(x, t);
                AssertFloor(range.Lower.Value, lower, $"about {x} ±{t}: lower");
                AssertCeiling(range.Upper.Value, upper, $"about {x} ±{t}: upper");
            }, cases: 2000);
        }

        [Fact]
        public void NearlyLowerEnd_IsTheClosestDecimalBelowTheExactEnd()
        {
            PropertyRunner.ForAll(Inputs, input =>
            {
                var (x, t) = input;
                var nearly = Math.Min(t, 0.5m);
                var policy = new InterpretationPolicy("test", 0.1m, nearly, 0m);

                var range = policy.Interpret(HedgedFigure.Of(Hedge.Nearly, x));

                var (lower, _) = ExactEnds(x, nearly);
                AssertFloor(range.Lower.Value, lower, $"nearly {x} −{nearly}: lower");

                range.Upper.Should().Be(RangeBound.Open(x));
            }, cases: 2000);
        }

        [Fact]
        public void AHandWorkedCase_WhereRoundingToNearestWouldCutInside()
        {
            // x = 0.3333333333333333333333333333 (28 places), t = 0.5: t·x = 0.16666666666666666666666666665 needs 29 places.
            // Exact ends: 0.16666666666666666666666666665 and 0.49999999999999999999999999995. Rounded to nearest they
            // would be ...6666667 (above the exact lower end) and 0.5000000000000000000000000000 (fine); outward, the lower
            // end is 0.1666666666666666666666666666.
            var x = 0.3333333333333333333333333333m;
            var policy = new InterpretationPolicy("test", 0.5m, 0.1m, 0m);

            var range = policy.Interpret(HedgedFigure.Of(Hedge.About, x));

            range.Lower.Value.Should().Be(0.1666666666666666666666666666m);
            range.Upper.Value.Should().Be(0.5000000000000000000000000000m);
        }

        [Fact]
        public void ExactEnds_KeepTheirValueAndScale()
        {
            var range = InterpretationPolicy.Default.Interpret(HedgedFigure.Of(Hedge.About, 7000));

            range.Should().Be(NumericRange.Closed(6300, 7700));
            var plain = 7000m - (InterpretationPolicy.Default.ApproximateTolerance * 7000m);
            range.Lower.Value.ToString(CultureInfo.InvariantCulture).Should().Be(plain.ToString(CultureInfo.InvariantCulture), "an exact end keeps decimal's own value and scale");
        }

        private static decimal Scaled(string digits, int places, bool negative)
        {
            var value = decimal.Parse(digits, CultureInfo.InvariantCulture);
            for (var i = 0; i < places && value != 0; i++)
            {
                value /= 10;
            }

            return negative ? -value : value;
        }

        private static decimal Pow10(int n)
        {
            var p = 1m;
            for (var i = 0; i < n; i++)
            {
                p *= 10;
            }

            return p;
        }

        /// <summary>A decimal as an exact fraction numerator / 10^scale.</summary>
        private static (BigInteger Numerator, BigInteger Denominator) Fraction(decimal d)
        {
            var text = d.ToString(CultureInfo.InvariantCulture);
            var point = text.IndexOf('.', StringComparison.Ordinal);
            var places = point < 0 ? 0 : text.Length - point - 1;
            return (BigInteger.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), BigInteger.Pow(10, places));
        }

        private static ((BigInteger, BigInteger) Lower, (BigInteger, BigInteger) Upper) ExactEnds(decimal x, decimal t)
        {
            var (xn, xd) = Fraction(x);
            var (tn, td) = Fraction(t);
            var half = (tn * BigInteger.Abs(xn), td * xd);
            return ((xn * td - half.Item1, half.Item2), (xn * td + half.Item1, half.Item2));
        }

        private static int Compare((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => (a.N * b.D).CompareTo(b.N * a.D);

        /// <summary>The end is at or below the exact value, and one unit in its last place above it is above the exact value.</summary>
        private static void AssertFloor(decimal end, (BigInteger, BigInteger) exact, string what)
        {
            Compare(Fraction(end), exact).Should().BeLessThanOrEqualTo(0, $"{what} {end} must not lie above the exact end");
            var (n, d) = Fraction(end);
            Compare((n + 1, d), exact).Should().BePositive($"{what} {end} must be the closest decimal of its scale below the exact end");
        }

        private static void AssertCeiling(decimal end, (BigInteger, BigInteger) exact, string what)
        {
            Compare(Fraction(end), exact).Should().BeGreaterThanOrEqualTo(0, $"{what} {end} must not lie below the exact end");
            var (n, d) = Fraction(end);
            Compare((n - 1, d), exact).Should().BeNegative($"{what} {end} must be the closest decimal of its scale above the exact end");
        }
    }
}

using System;
using System.Globalization;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>Worked examples and edge cases of <see cref="NumericRange"/> and <see cref="RangeBound"/>.</summary>
    public sealed class NumericRangeExampleTests
    {
        [Fact]
        public void ToCanonical_MoreThan5000OnNonNegativeIntegers_IsAtLeast5001()
        {
            NumericRange.GreaterThan(5000m).ToCanonical(ValueDomain.NonNegativeInteger)
                .Should().Be(new NumericRange(RangeBound.Closed(5001m), RangeBound.Unbounded));
        }

        [Fact]
        public void ToCanonical_OpenFiveToSixOnIntegers_IsEmpty()
        {
            NumericRange.Open(5m, 6m).ToCanonical(ValueDomain.Integer).IsEmpty.Should().BeTrue();
        }

        [Fact]
        public void ToCanonical_LessThan10OnNonNegativeIntegers_IsZeroToNine()
        {
            NumericRange.LessThan(10m).ToCanonical(ValueDomain.NonNegativeInteger).Should().Be(NumericRange.Closed(0m, 9m));
        }

        [Fact]
        public void ToCanonical_FractionalEndsOnIntegers_MoveInwardToWholeNumbers()
        {
            NumericRange.Open(-2.5m, 2.5m).ToCanonical(ValueDomain.Integer).Should().Be(NumericRange.Closed(-2m, 2m));
            NumericRange.Closed(4999.5m, 6000.5m).ToCanonical(ValueDomain.NonNegativeInteger).Should().Be(NumericRange.Closed(5000m, 6000m));
        }

        [Fact]
        public void ToCanonical_OnNonNegativeReals_CutsOffNegativesAndKeepsFractions()
        {
            NumericRange.Closed(-3m, 2.5m).ToCanonical(ValueDomain.NonNegativeReal).Should().Be(NumericRange.Closed(0m, 2.5m));
            NumericRange.LessThan(0m).ToCanonical(ValueDomain.NonNegativeReal).IsEmpty.Should().BeTrue();
            NumericRange.AtMost(0m).ToCanonical(ValueDomain.NonNegativeReal).Should().Be(NumericRange.Point(0m));
        }

        [Fact]
        public void EqualsInDomain_OpenAndClosedFormsOfTheSameWholeNumbers_AreEqualOnlyOnWholeNumbers()
        {
            var moreThan5000 = new NumericRange(RangeBound.Open(5000m), RangeBound.Closed(6000m));
            var from5001 = NumericRange.Closed(5001m, 6000m);

            moreThan5000.Equals(from5001, ValueDomain.NonNegativeInteger).Should().BeTrue();
            moreThan5000.Equals(from5001, ValueDomain.Real).Should().BeFalse();
            moreThan5000.Should().NotBe(from5001, "structural equality does not know the domain");
        }

        [Fact]
        public void HalfOpenRangesMeetingAtAnIncludedPoint_DoNotOverlapAndHaveNoGap()
        {
            var left = new NumericRange(RangeBound.Closed(1m), RangeBound.Open(2m));
            var right = NumericRange.Closed(2m, 3m);

            left.Overlaps(right).Should().BeFalse();
            right.Overlaps(left).Should().BeFalse();
            left.Gap(right).IsEmpty.Should().BeTrue();
            left.DistanceTo(right).Should().Be(0m);
        }

        [Fact]
        public void RangesOpenOnBothSidesOfAPoint_HaveThatPointAsGap()
        {
            var left = new NumericRange(RangeBound.Closed(1m), RangeBound.Open(2m));
            var right = new NumericRange(RangeBound.Open(2m), RangeBound.Closed(3m));

            left.Overlaps(right).Should().BeFalse();
            left.Gap(right).Should().Be(NumericRange.Point(2m));
            right.Gap(left).Should().Be(NumericRange.Point(2m));
            left.DistanceTo(right).Should().Be(0m, "a single point has width 0");
        }

        [Fact]
        public void SeparatedClosedRanges_HaveAnOpenGapAndTheirDistance()
        {
            var low = NumericRange.Closed(1m, 2m);
            var high = NumericRange.Closed(5m, 6m);

            low.Gap(high).Should().Be(NumericRange.Open(2m, 5m));
            high.Gap(low).Should().Be(NumericRange.Open(2m, 5m));
            low.DistanceTo(high).Should().Be(3m);
            high.DistanceTo(low).Should().Be(3m);
        }

        [Fact]
        public void Gap_OfOverlappingRanges_IsEmpty()
        {
            NumericRange.Closed(1m, 3m).Gap(NumericRange.Closed(2m, 4m)).IsEmpty.Should().BeTrue();
            NumericRange.Closed(1m, 2m).Gap(NumericRange.Closed(2m, 4m)).IsEmpty.Should().BeTrue("[1, 2] and [2, 4] share 2");
        }

        [Fact]
        public void DistanceTo_AnEmptyRange_ThrowsArgumentExceptionNamingOther()
        {
            Action act = () => NumericRange.Closed(1m, 2m).DistanceTo(NumericRange.Empty);

            act.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("other");
        }

        [Fact]
        public void Default_IsTheEmptyRangeWrittenAsBraces()
        {
            var range = default(NumericRange);

            range.IsEmpty.Should().BeTrue();
            range.Should().Be(NumericRange.Empty);
            range.ToString().Should().Be("{}");
            range.Contains(0m).Should().BeFalse();
            range.Width.Should().Be(0m);
            range.Midpoint.Should().BeNull();
            range.IsPoint.Should().BeFalse();
        }

        [Fact]
        public void Empty_Lower_ThrowsInvalidOperationException()
        {
            Action lower = () => _ = NumericRange.Empty.Lower;
            Action upper = () => _ = NumericRange.Empty.Upper;

            lower.Should().ThrowExactly<InvalidOperationException>().WithMessage("*empty*");
            upper.Should().ThrowExactly<InvalidOperationException>().WithMessage("*empty*");
        }

        [Fact]
        public void Unbounded_Value_ThrowsInvalidOperationException()
        {
            Action act = () => _ = RangeBound.Unbounded.Value;

            act.Should().ThrowExactly<InvalidOperationException>().WithMessage("*unbounded*");
        }

        [Fact]
        public void DefaultBound_IsUnbounded()
        {
            default(RangeBound).Should().Be(RangeBound.Unbounded);
            default(RangeBound).Kind.Should().Be(BoundKind.Unbounded);
            default(RangeBound).ToString().Should().Be("unbounded");
        }

        [Fact]
        public void Bounds_5000And5000Point0_AreEqualWithEqualHashCodes()
        {
            var plain = RangeBound.Closed(5000m);
            var withScale = RangeBound.Closed(5000.0m);

            (plain == withScale).Should().BeTrue();
            plain.Equals((object)withScale).Should().BeTrue();
            plain.GetHashCode().Should().Be(withScale.GetHashCode());
            NumericRange.Closed(5000m, 6000m).Should().Be(NumericRange.Closed(5000.0m, 6000.00m));
            NumericRange.Closed(5000m, 6000m).GetHashCode().Should().Be(NumericRange.Closed(5000.0m, 6000.00m).GetHashCode());
        }

        [Fact]
        public void Bounds_OfDifferentKindsAtTheSameValue_AreNotEqual()
        {
            (RangeBound.Closed(5000m) == RangeBound.Open(5000m)).Should().BeFalse();
            (RangeBound.Closed(5000m) != RangeBound.Open(5000m)).Should().BeTrue();
            RangeBound.Closed(5000m).Should().NotBe(RangeBound.Unbounded);
        }

        [Fact]
        public void FromDouble_FiniteValue_GivesTheDecimalBound()
        {
            RangeBound.FromDouble(5000.5, BoundKind.Open).Should().Be(RangeBound.Open(5000.5m));
            RangeBound.FromDouble(-3, BoundKind.Closed).Should().Be(RangeBound.Closed(-3m));
        }

        [Fact]
        public void Contains_RespectsOpenAndClosedEnds()
        {
            var moreThan5000 = NumericRange.GreaterThan(5000m);

            moreThan5000.Contains(5000m).Should().BeFalse();
            moreThan5000.Contains(5000.0000001m).Should().BeTrue();
            NumericRange.AtLeast(5000m).Contains(5000m).Should().BeTrue();
            NumericRange.LessThan(7000m).Contains(7000m).Should().BeFalse();
            NumericRange.AtMost(7000m).Contains(7000m).Should().BeTrue();
            NumericRange.All.Contains(decimal.MinValue).Should().BeTrue();
        }

        [Fact]
        public void WidthAndMidpoint_IgnoreWhetherEndsAreOpen()
        {
            var range = new NumericRange(RangeBound.Open(5000m), RangeBound.Closed(6000m));

            range.Width.Should().Be(1000m);
            range.Midpoint.Should().Be(5500m);
            NumericRange.Point(7000m).Width.Should().Be(0m);
            NumericRange.Point(7000m).IsPoint.Should().BeTrue();
            NumericRange.AtLeast(7000m).Width.Should().BeNull();
            NumericRange.AtLeast(7000m).Midpoint.Should().BeNull();
        }

        [Theory]
        [InlineData("")]
        [InlineData("de-DE")]
        [InlineData("fr-FR")]
        public void ToString_WritesIntervalNotationWithoutGroupingInAnyCulture(string cultureName)
        {
            var culture = new CultureInfo(cultureName);
            if (cultureName.Length > 0)
            {
                // The culture must really use a comma for decimals and group thousands, or this test could not fail.
                5000.5m.ToString("N1", culture).Should().NotBe("5,000.5").And.NotBe("5000.5");
            }

            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = culture;

                NumericRange.Closed(5000m, 6000m).ToString().Should().Be("[5000, 6000]");
                NumericRange.GreaterThan(5000m).ToString().Should().Be("(5000, +inf)");
                NumericRange.LessThan(7000m).ToString().Should().Be("(-inf, 7000)");
                NumericRange.Point(7000m).ToString().Should().Be("[7000, 7000]");
                NumericRange.All.ToString().Should().Be("(-inf, +inf)");
                new NumericRange(RangeBound.Open(2100000m), RangeBound.Closed(2250000.5m)).ToString().Should().Be("(2100000, 2250000.5]");
                NumericRange.Closed(-12.5m, 0.3m).ToString("G", culture).Should().Be("[-12.5, 0.3]");
                $"{NumericRange.Closed(5000.50m, 6000m)}".Should().Be("[5000.5, 6000]", "trailing zeros are dropped");
                RangeBound.Open(5000.5m).ToString().Should().Be("open 5000.5");
                NumericRange.Parse("[5000.5, 6000]").Should().Be(NumericRange.Closed(5000.5m, 6000m), "parsing is invariant too");
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void ToString_WithAFormatThatIsNotNumeric_ThrowsFormatExceptionNamingIt()
        {
            Action act = () => NumericRange.Closed(1m, 2m).ToString("Q2", CultureInfo.InvariantCulture);

            act.Should().ThrowExactly<FormatException>().WithMessage("*\"Q2\"*");
        }

        [Theory]
        [InlineData("[5000, 6000]", "5000", true, "6000", true)]
        [InlineData("(5000, +inf)", "5000", false, null, false)]
        [InlineData("(-inf, 7000)", null, false, "7000", false)]
        [InlineData("  [7000,7000]  ", "7000", true, "7000", true)]
        [InlineData("(5000.5, 6000.0]", "5000.5", false, "6000", true)]
        [InlineData("(-inf, inf)", null, false, null, false)]
        [InlineData("(-\u221E, +\u221E)", null, false, null, false)]
        public void Parse_IntervalNotation_GivesTheRange(string text, string? lower, bool lowerClosed, string? upper, bool upperClosed)
        {
            var expected = new NumericRange(Bound(lower, lowerClosed), Bound(upper, upperClosed));

            NumericRange.Parse(text).Should().Be(expected);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData(" {} ")]
        [InlineData("\u2205")]
        public void Parse_EmptySetNotation_GivesEmpty(string text)
        {
            NumericRange.Parse(text).IsEmpty.Should().BeTrue();
        }

        private static RangeBound Bound(string? value, bool closed) =>
            value is null ? RangeBound.Unbounded
            : closed ? RangeBound.Closed(decimal.Parse(value, CultureInfo.InvariantCulture))
            : RangeBound.Open(decimal.Parse(value, CultureInfo.InvariantCulture));
    }
}

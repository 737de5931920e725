using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Ranges;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>
    /// Converting a unit range encloses the exact conversion, even where the factor has no finite decimal form
    /// (1 day = 1/7 week, 1 m = 1/1609.344 mi). Factors come from a table in this test, in seconds and metres.
    /// </summary>
    public sealed class UnitConversionPropertyTests
    {
        /// <summary>Each unit's size in seconds or metres: the least and the greatest (a month is 28 to 31 days).</summary>
        private static readonly Dictionary<string, (decimal Low, decimal High)> Sizes = new()
        {
            ["s"] = (1m, 1m),
            ["h"] = (3600m, 3600m),
            ["day"] = (86400m, 86400m),
            ["week"] = (604800m, 604800m),
            ["month"] = (28m * 86400m, 31m * 86400m),
            ["year"] = (365m * 86400m, 366m * 86400m),
            ["m"] = (1m, 1m),
            ["km"] = (1000m, 1000m),
            ["mi"] = (1609.344m, 1609.344m),
        };

        private static readonly string[] Times = { "s", "h", "day", "week", "month", "year" };
        private static readonly string[] Lengths = { "m", "km", "mi" };
        private static readonly decimal[] Values = { 0m, 1m, 7m, 12m, 30m, 365m, 1609.344m, 0.5m, 3m, 70000m, 2100000m, 123456.789m };

        [Fact]
        public void ConvertTo_EnclosesValueTimesEveryExactFactor()
        {
            var cases =
                from lengths in Gen.Elements(false, true)
                from from_ in Gen.Elements(lengths ? Lengths : Times)
                from to in Gen.Elements(lengths ? Lengths : Times)
                from value in Gen.Elements(Values)
                select (From: from_, To: to, Value: value);
            PropertyRunner.ForAll(cases, c =>
            {
                var converted = new UnitRange(NumericRange.Point(c.Value), Unit.Parse(c.From)).ConvertTo(Unit.Parse(c.To));
                converted.Unit.Should().Be(Unit.Parse(c.To));
                var (fromLow, fromHigh) = Sizes[c.From];
                var (toLow, toHigh) = Sizes[c.To];
                var v = Rational.From(c.Value);
                if (c.From == c.To)
                {
                    converted.Range.Should().Be(NumericRange.Point(c.Value));
                    return;
                }

                // The extreme exact factors: the smallest "from" in the largest "to", and the other way round.
                foreach (var exact in new[] { v * Rational.From(fromLow) / Rational.From(toHigh), v * Rational.From(fromHigh) / Rational.From(toLow) })
                {
                    Rational.In(converted.Range, exact).Should().BeTrue($"{c.Value} {c.From} = {exact} {c.To} must lie in {converted}");
                }
            }, 1000);
        }

        [Fact]
        public void SevenDaysAreOneWeek_AndAMileOfMetresIsOneMile()
        {
            new UnitRange(NumericRange.Point(7), Unit.Day).ConvertTo(Unit.Parse("week")).Range.Contains(1m).Should().BeTrue();
            new UnitRange(NumericRange.Point(1609.344m), Unit.Parse("m")).ConvertTo(Unit.Parse("mi")).Range.Contains(1m).Should().BeTrue();
            new UnitRange(NumericRange.Point(1), Unit.Parse("week")).ConvertTo(Unit.Day).Range.Should().Be(NumericRange.Point(7), "an exact factor is not widened");
            new UnitRange(NumericRange.Point(70000), Unit.Parse("USD/day")).ConvertTo(Unit.Parse("USD/month")).Range
                .Should().Be(NumericRange.Closed(1960000, 2170000), "28 and 31 are exact");
        }
    }
}

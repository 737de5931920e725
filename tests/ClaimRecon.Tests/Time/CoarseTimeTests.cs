using System;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Time
{
    /// <summary>Weeks and quarters: <see cref="TimeReference.InWeek"/>, <see cref="TimeReference.InQuarter"/> and their text forms.</summary>
    public sealed class CoarseTimeTests
    {
        [Theory]
        [InlineData("2026-W06", "2026-02-02", "2026-02-08")]
        [InlineData("2026-W01", "2025-12-29", "2026-01-04")]
        [InlineData("2020-W53", "2020-12-28", "2021-01-03")]
        public void AnIsoWeekRunsMondayToSunday_AndPrintsAsParsed(string text, string first, string last)
        {
            var week = TimeReference.Parse(text);

            week.Precision.Should().Be(TimePrecision.Week);
            week.FirstDay.Should().Be(LocalDate.FromDateTime(DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
            week.LastDay.Should().Be(LocalDate.FromDateTime(DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
            week.ToString().Should().Be(text);
        }

        [Theory]
        [InlineData("2026-Q1", 2026, 1, 1, 2026, 3, 31)]
        [InlineData("2026-Q4", 2026, 10, 1, 2026, 12, 31)]
        [InlineData("2024-Q1", 2024, 1, 1, 2024, 3, 31)]
        public void AQuarterCoversItsThreeMonths_AndPrintsAsParsed(string text, int y1, int m1, int d1, int y2, int m2, int d2)
        {
            var quarter = TimeReference.Parse(text);

            quarter.Precision.Should().Be(TimePrecision.Quarter);
            quarter.FirstDay.Should().Be(new LocalDate(y1, m1, d1));
            quarter.LastDay.Should().Be(new LocalDate(y2, m2, d2));
            quarter.ToString().Should().Be(text);
        }

        [Theory]
        [InlineData("2026-W54", "week")]
        [InlineData("2026-W00", "week")]
        [InlineData("2021-W53", "week")]
        [InlineData("2026-Q5", "quarter")]
        [InlineData("2026-Q0", "quarter")]
        [InlineData("2026-Wxx", "ISO week")]
        public void AWeekOrQuarterOutOfRange_IsAFormatErrorThatQuotesTheText(string text, string says)
        {
            Action act = () => TimeReference.Parse(text);

            act.Should().Throw<FormatException>().Which.Message.Should().Contain(text).And.Contain(says);
        }

        [Fact]
        public void AMonthContainsItsDays_AndADayInItIsNeitherBeforeNorAfterIt()
        {
            var month = TimeReference.Parse("2026-02");
            var day = TimeReference.Parse("2026-02-07");

            month.RelationTo(day).Should().Be(AllenRelation.Contains);
            day.RelationTo(month).Should().Be(AllenRelation.During);
            TimeReference.Parse("2026-W06").RelationTo(month).Should().Be(AllenRelation.During);
            TimeReference.Parse("2026-Q1").RelationTo(month).Should().Be(AllenRelation.Contains);
        }

        [Fact]
        public void TheFactoriesRefuseOutOfRangeArguments_NamingThem()
        {
            ((Action)(() => TimeReference.InWeek(2027, 53))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("week");
            ((Action)(() => TimeReference.InWeek(0, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weekYear");
            ((Action)(() => TimeReference.InQuarter(2026, 5))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quarter");
            ((Action)(() => TimeReference.InQuarter(10000, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        }
    }
}

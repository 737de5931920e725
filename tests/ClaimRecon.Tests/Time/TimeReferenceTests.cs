using System;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Time
{
    public sealed class TimeReferenceTests
    {
        [Theory]
        [InlineData("2026-02-07T11:00:00+03", TimePrecision.Instant, "2026-02-07", "2026-02-07")]
        [InlineData("2026-02-07T23:30:00-05:30", TimePrecision.Instant, "2026-02-07", "2026-02-07")]
        [InlineData("2026-02-07T08:00:00Z", TimePrecision.Instant, "2026-02-07", "2026-02-07")]
        [InlineData("2026-02-07T08:00:00.25+01", TimePrecision.Instant, "2026-02-07", "2026-02-07")]
        [InlineData("2026-02-07", TimePrecision.Day, "2026-02-07", "2026-02-07")]
        [InlineData("2026-01", TimePrecision.Month, "2026-01-01", "2026-01-31")]
        [InlineData("2024-02", TimePrecision.Month, "2024-02-01", "2024-02-29")]
        [InlineData("2026", TimePrecision.Year, "2026-01-01", "2026-12-31")]
        [InlineData("0999", TimePrecision.Year, "0999-01-01", "0999-12-31")]
        [InlineData("2026-01-21/2026-01-31", TimePrecision.Period, "2026-01-21", "2026-01-31")]
        [InlineData("2026-01-21/2026-01-21", TimePrecision.Period, "2026-01-21", "2026-01-21")]
        public void EveryTextFormParsesAtItsPrecisionAndRoundTrips(string text, TimePrecision precision, string first, string last)
        {
            var time = TimeReference.Parse(text);

            time.Precision.Should().Be(precision);
            time.FirstDay.Should().Be(Day(first));
            time.LastDay.Should().Be(Day(last));
            time.ToString().Should().Be(text);
            TimeReference.Parse(time.ToString()).Should().Be(time);
            time.Label.Should().BeNull();
            (time.Moment is not null).Should().Be(precision == TimePrecision.Instant);
        }

        [Fact]
        public void MomentKeepsItsOffsetAndLocalDay()
        {
            var time = TimeReference.Parse("2026-02-07T01:00:00+03");

            time.Moment.Should().Be(new LocalDateTime(2026, 2, 7, 1, 0).WithOffset(Offset.FromHours(3)));
            time.FirstDay.Should().Be(new LocalDate(2026, 2, 7), "a moment's day is its local day at its own offset, not the UTC day (6 February)");
        }

        [Fact]
        public void LabelIsKeptAndLeftOutOfToString()
        {
            var time = TimeReference.Parse("2026-01-21/2026-01-31", "late January 2026");

            time.Label.Should().Be("late January 2026");
            time.ToString().Should().Be("2026-01-21/2026-01-31");
            time.WithLabel(null).Should().Be(TimeReference.Parse("2026-01-21/2026-01-31"));
            FluentActions.Invoking(() => TimeReference.Parse("2026", " ")).Should().Throw<FormatException>().WithMessage("*blank*");
        }

        [Fact]
        public void FirstAndLastDayOfFebruary2026()
        {
            var february = TimeReference.Parse("2026-02");

            february.FirstDay.Should().Be(new LocalDate(2026, 2, 1));
            february.LastDay.Should().Be(new LocalDate(2026, 2, 28));
            february.Days.Length.Should().Be(28);
        }

        [Fact]
        public void BetweenWithLastBeforeFirstThrowsNamingBothDates()
        {
            FluentActions.Invoking(() => TimeReference.Between(new LocalDate(2026, 1, 31), new LocalDate(2026, 1, 21)))
                .Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("*2026-01-21*2026-01-31*")
                .Which.ParamName.Should().Be("last");
        }

        [Theory]
        [InlineData("2026-01-31/2026-01-21", "ends (2026-01-21) before it starts (2026-01-31)")]
        [InlineData("2026-13", "is not an ISO-8601 time")]
        [InlineData("yesterday", "is not an ISO-8601 time")]
        [InlineData("2026-02-07T11:00:00", "is not an ISO-8601 moment with offset")]
        [InlineData("2026-01-21/late", "is not a period")]
        [InlineData("0000", "is not an ISO-8601 time")]
        public void BadTextThrowsFormatExceptionQuotingIt(string text, string why)
        {
            FluentActions.Invoking(() => TimeReference.Parse(text))
                .Should().Throw<FormatException>().WithMessage($"\"{text}\"*{why}*");
            TimeReference.TryParse(text, out var value).Should().BeFalse();
            value.Should().BeNull();
        }

        [Fact]
        public void YearOutsideOneToNineThousandNineHundredNinetyNineIsRefused()
        {
            FluentActions.Invoking(() => TimeReference.InYear(10000)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*10000*");
            FluentActions.Invoking(() => TimeReference.InYear(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*got 0*");
        }

        private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
    }
}

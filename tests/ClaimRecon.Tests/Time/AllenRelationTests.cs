using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Time
{
    /// <summary><see cref="TimeReference.RelationTo"/>, <see cref="TimeRelations.Inverse"/> and <see cref="TimeRelations.SharesDays"/>.</summary>
    public sealed class AllenRelationTests
    {
        /// <summary>Every relation with a hand-made pair of day runs in February 2026, written as first period, second period.</summary>
        public static IEnumerable<object[]> HandMade() => new[]
        {
            new object[] { "2026-02-01/2026-02-03", "2026-02-05/2026-02-06", AllenRelation.Before },
            new object[] { "2026-02-01/2026-02-03", "2026-02-04/2026-02-06", AllenRelation.Meets },
            new object[] { "2026-02-01/2026-02-04", "2026-02-04/2026-02-06", AllenRelation.Overlaps },
            new object[] { "2026-02-01/2026-02-03", "2026-02-01/2026-02-06", AllenRelation.Starts },
            new object[] { "2026-02-02/2026-02-03", "2026-02-01/2026-02-06", AllenRelation.During },
            new object[] { "2026-02-04/2026-02-06", "2026-02-01/2026-02-06", AllenRelation.Finishes },
            new object[] { "2026-02-01/2026-02-06", "2026-02-01/2026-02-06", AllenRelation.Equals },
            new object[] { "2026-02-01/2026-02-06", "2026-02-04/2026-02-06", AllenRelation.FinishedBy },
            new object[] { "2026-02-01/2026-02-06", "2026-02-02/2026-02-03", AllenRelation.Contains },
            new object[] { "2026-02-01/2026-02-06", "2026-02-01/2026-02-03", AllenRelation.StartedBy },
            new object[] { "2026-02-04/2026-02-06", "2026-02-01/2026-02-04", AllenRelation.OverlappedBy },
            new object[] { "2026-02-04/2026-02-06", "2026-02-01/2026-02-03", AllenRelation.MetBy },
            new object[] { "2026-02-05/2026-02-06", "2026-02-01/2026-02-03", AllenRelation.After },
        };

        /// <summary>Single days, moments, months and years against each other.</summary>
        public static IEnumerable<object[]> MixedPrecisions() => new[]
        {
            new object[] { "2026-02-07", "2026-02-08", AllenRelation.Meets },
            new object[] { "2026-02-07", "2026-02-09", AllenRelation.Before },
            new object[] { "2026-02-07T08:00:00+03", "2026-02-07T23:30:00+03", AllenRelation.Equals },
            new object[] { "2026-02-07T23:30:00-05", "2026-02-08", AllenRelation.Meets },
            new object[] { "2026-02-07", "2026-02", AllenRelation.During },
            new object[] { "2026-02-01", "2026-02", AllenRelation.Starts },
            new object[] { "2026-02-28", "2026-02", AllenRelation.Finishes },
            new object[] { "2026-01", "2026-02", AllenRelation.Meets },
            new object[] { "2026", "2026-02", AllenRelation.Contains },
            new object[] { "2025", "2026-01-21/2026-01-31", AllenRelation.Before },
            new object[] { "2026-01-21/2026-01-31", "2026-01-25", AllenRelation.Contains },
            new object[] { "2026-01-21/2026-01-31", "2026-02", AllenRelation.Meets },
            new object[] { "2024-02-29", "2024-03-01", AllenRelation.Meets },
            new object[] { "2026-01-31", "2026-01-01/2026-02-15", AllenRelation.During },
        };

        [Theory]
        [MemberData(nameof(HandMade))]
        [MemberData(nameof(MixedPrecisions))]
        public void RelationTo_GivesTheRelationOfTheDays(string first, string second, AllenRelation expected)
        {
            TimeReference.Parse(first).RelationTo(TimeReference.Parse(second)).Should().Be(expected);
        }

        [Theory]
        [MemberData(nameof(HandMade))]
        [MemberData(nameof(MixedPrecisions))]
        public void RelationTo_SeenFromTheOtherPeriod_IsTheInverse(string first, string second, AllenRelation expected)
        {
            TimeReference.Parse(second).RelationTo(TimeReference.Parse(first)).Should().Be(expected.Inverse());
        }

        [Fact]
        public void HandMadeCases_CoverAllThirteenRelations()
        {
            HandMade().Select(row => (AllenRelation)row[2]).Should().BeEquivalentTo(Enum.GetValues(typeof(AllenRelation)).Cast<AllenRelation>());
        }

        [Theory]
        [InlineData(AllenRelation.Before, AllenRelation.After)]
        [InlineData(AllenRelation.Meets, AllenRelation.MetBy)]
        [InlineData(AllenRelation.Overlaps, AllenRelation.OverlappedBy)]
        [InlineData(AllenRelation.Starts, AllenRelation.StartedBy)]
        [InlineData(AllenRelation.During, AllenRelation.Contains)]
        [InlineData(AllenRelation.Finishes, AllenRelation.FinishedBy)]
        [InlineData(AllenRelation.Equals, AllenRelation.Equals)]
        public void Inverse_PairsTheRelations(AllenRelation relation, AllenRelation inverse)
        {
            relation.Inverse().Should().Be(inverse);
            inverse.Inverse().Should().Be(relation);
        }

        [Theory]
        [InlineData(AllenRelation.Before, false)]
        [InlineData(AllenRelation.Meets, false)]
        [InlineData(AllenRelation.Overlaps, true)]
        [InlineData(AllenRelation.Starts, true)]
        [InlineData(AllenRelation.During, true)]
        [InlineData(AllenRelation.Finishes, true)]
        [InlineData(AllenRelation.Equals, true)]
        [InlineData(AllenRelation.FinishedBy, true)]
        [InlineData(AllenRelation.Contains, true)]
        [InlineData(AllenRelation.StartedBy, true)]
        [InlineData(AllenRelation.OverlappedBy, true)]
        [InlineData(AllenRelation.MetBy, false)]
        [InlineData(AllenRelation.After, false)]
        public void SharesDays_IsTrueExactlyWhenThePeriodsHaveADayInCommon(AllenRelation relation, bool shares)
        {
            relation.SharesDays().Should().Be(shares);
        }

        [Fact]
        public void Relations_Property_InverseIsSymmetric_AndSharesDaysMatchesACommonDay()
        {
            PropertyRunner.ForAll(Gen.Zip(Periods, Periods), pair =>
            {
                var (a, b) = pair;
                var ab = a.RelationTo(b);
                var ba = b.RelationTo(a);

                ab.Should().Be(ba.Inverse(), $"{a} {ab} {b}, so {b} {ab.Inverse()} {a}");
                var commonDay = a.FirstDay <= b.LastDay && b.FirstDay <= a.LastDay;
                ab.SharesDays().Should().Be(commonDay, $"{a} and {b} {(commonDay ? "share" : "share no")} day");
                (ab == AllenRelation.Equals).Should().Be(a.FirstDay == b.FirstDay && a.LastDay == b.LastDay);
                (ab == AllenRelation.Meets).Should().Be(a.LastDay.PlusDays(1) == b.FirstDay);
                (ab == AllenRelation.Before).Should().Be(a.LastDay.PlusDays(1) < b.FirstDay);
            }, 2000);
        }

        [Fact]
        public void RelationTo_WorksForDatesBeforeTheCommonEra()
        {
            var yearZero = TimeReference.OnDay(new LocalDate(0, 12, 31));
            var yearOne = TimeReference.OnDay(new LocalDate(1, 1, 1));
            var bce = TimeReference.Between(new LocalDate(-5, 1, 1), new LocalDate(-5, 12, 31));

            yearZero.RelationTo(yearOne).Should().Be(AllenRelation.Meets);
            bce.RelationTo(yearZero).Should().Be(AllenRelation.Before);
            TimeReference.OnDay(new LocalDate(-5, 6, 1)).RelationTo(bce).Should().Be(AllenRelation.During);
        }

        [Fact]
        public void RelationTo_Null_Throws()
        {
            Action call = () => TimeReference.Parse("2026-02-07").RelationTo(null!);

            call.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
        }

        /// <summary>Days, moments (offsets either side of UTC), months, years and runs of days within a few weeks of each other.</summary>
        private static Gen<TimeReference> Periods { get; } =
            from kind in Gen.Choose(0, 4)
            from start in Gen.Choose(0, 40)
            from length in Gen.Choose(0, 6)
            from hour in Gen.Choose(0, 23)
            from offset in Gen.Choose(-12, 14)
            select Make(kind, new LocalDate(2026, 1, 20).PlusDays(start), length, hour, offset);

        private static TimeReference Make(int kind, LocalDate day, int length, int hour, int offset) => kind switch
        {
            0 => TimeReference.OnDay(day),
            1 => TimeReference.At(day.At(new LocalTime(hour, 0)).WithOffset(Offset.FromHours(offset))),
            2 => TimeReference.InMonth(day.ToYearMonth()),
            3 => length == 0 ? TimeReference.InYear(day.Year - 1 + (day.Day % 3)) : TimeReference.Between(day, day.PlusDays(length)),
            _ => TimeReference.Between(day, day.PlusDays(length)),
        };
    }
}

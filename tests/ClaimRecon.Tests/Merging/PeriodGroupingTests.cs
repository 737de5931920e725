using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>Claims are merged together only when the periods they describe cover the same days (docs/time.md).</summary>
    public sealed class PeriodGroupingTests
    {
        private static readonly Quantity Held = MergeGenerators.QuantityOf(QuantityKind.Level);
        private static readonly MergeEngine Engine = new(new[] { Held });

        private static Claim On(string id, string? time, decimal value, string origin = "joc", bool stated = false)
        {
            var when = time is null ? null : TimeReference.Parse(time);
            return new Claim(id, Held.Key, HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(origin), Stance.Asserts,
                statedAt: stated ? when : null, describes: stated ? null : when);
        }

        [Fact]
        public void ClaimsOnMeetingDays_AreSeparatePeriods()
        {
            var merge = Engine.MergeQuantity(new[] { On("b", "2026-02-08", 5000), On("a", "2026-02-07", 2250) });

            merge.Periods.Select(p => p.Period!.ToString()).Should().Equal("2026-02-07", "2026-02-08");
            merge.Periods[0].Consensus.Should().Be(NumericRange.Point(2250));
            merge.Periods[1].Consensus.Should().Be(NumericRange.Point(5000));
            merge.Periods.Should().OnlyContain(p => p.IsUnanimous, "a single origin per period has nothing to disagree with");
        }

        [Fact]
        public void LateJanuaryPeriod_AndADayInsideIt_AreSeparatePeriods_NotTheSameTime()
        {
            var lateJanuary = new Claim(
                "late-jan", Held.Key, HedgedFigure.Of(Hedge.MoreThan, 1000), AttributionChain.Direct("sdf"), Stance.Asserts,
                describes: TimeReference.Parse("2026-01-21/2026-01-31", "late January"));
            var merge = Engine.MergeQuantity(new[] { On("jan-25", "2026-01-25", 1500), lateJanuary, On("feb-01", "2026-02-01", 9000) });

            merge.Periods.Select(p => p.Period!.ToString()).Should().Equal("2026-01-21/2026-01-31", "2026-01-25", "2026-02-01");
            merge.Periods[0].Period!.Label.Should().Be("late January", "a period of one claim keeps its words");
            merge.Periods[0].Witnesses.Select(w => w.OriginId).Should().Equal("sdf");
            merge.Periods[1].Witnesses.Select(w => w.OriginId).Should().Equal("joc");
        }

        [Fact]
        public void ClaimsOnTheSameDays_FormOneGroup_AndOverlappingOrContainingPeriodsDoNot()
        {
            var claims = new[]
            {
                On("a", "2026-02-07/2026-02-09", 10, "o1"), On("b", "2026-02-09/2026-02-11", 10, "o2"), On("c", "2026-02-11", 10, "o3"),
                On("d", "2026-02", 10, "o4"), On("e", "2026-02-07/2026-02-09", 12, "o5"), On("f", "2026-W06", 10, "o6"), On("g", "2026-02-01/2026-02-28", 11, "o7"),
            };

            var merge = Engine.MergeQuantity(claims);

            merge.Periods.Select(p => p.Period!.ToString()).Should().Equal(
                "2026-02-01/2026-02-28", "2026-W06", "2026-02-07/2026-02-09", "2026-02-09/2026-02-11", "2026-02-11");
            merge.Periods.Select(p => string.Join(",", p.Witnesses.Select(w => w.OriginId))).Should().Equal("o4,o7", "o6", "o1,o5", "o2", "o3");
        }

        [Fact]
        public void UndatedClaims_FormTheLastGroup_AndAClaimWithOnlyAStatementTimeIsDatedByIt()
        {
            var claims = new[]
            {
                On("undated-1", null, 7000, "circulating"), On("tenth", "2026-02-10", 5500), On("stated", "2026-02-07", 2250, "smc", stated: true),
                On("undated-2", null, 7000, "centcom"),
            };

            var merge = Engine.MergeQuantity(claims);

            merge.Periods.Select(p => p.Period?.ToString()).Should().Equal("2026-02-07", "2026-02-10", null);
            merge.Periods[2].Witnesses.Select(w => w.OriginId).Should().Equal("centcom", "circulating");
            merge.Periods[2].Explanation.Should().NotContain(" on ").And.NotContain(" in 2026");
        }

        [Fact]
        public void DatesBeforeYearOne_AreGroupedLikeAnyOther()
        {
            Claim OnDay(string id, NodaTime.LocalDate day) =>
                new(id, Held.Key, HedgedFigure.Of(Hedge.None, 1), AttributionChain.Direct(id), Stance.Asserts, describes: TimeReference.OnDay(day));
            var claims = new[]
            {
                OnDay("a", new NodaTime.LocalDate(0, 12, 31)), OnDay("b", new NodaTime.LocalDate(1, 1, 1)), OnDay("c", new NodaTime.LocalDate(1, 1, 1)),
                OnDay("d", new NodaTime.LocalDate(-44, 3, 15)),
            };

            var merge = Engine.MergeQuantity(claims);

            merge.Periods.Select(p => p.Witnesses.Count).Should().Equal(1, 1, 2);
            merge.Periods.Select(p => p.Period!.FirstDay.Year).Should().Equal(-44, 0, 1);
        }

        [Fact]
        public void ASinglePeriodKeepsItsOwnPrecisionAndLabel_WhileMixedOnesBecomeTheirDays()
        {
            var labelled = TimeReference.Parse("2026-01-21/2026-01-31", "late January");
            var same = new[] { "x", "y" }.Select(id => new Claim(id, Held.Key, HedgedFigure.Of(Hedge.None, 1), AttributionChain.Direct(id), Stance.Asserts, describes: labelled));
            var mixed = new[] { On("moment", "2026-02-07T09:00:00+03", 1, "o1"), On("day", "2026-02-07", 1, "o2") };

            Engine.MergeQuantity(same).Periods.Single().Period.Should().Be(labelled);
            Engine.MergeQuantity(mixed).Periods.Single().Period.Should().Be(TimeReference.Parse("2026-02-07"));
        }
    }
}

using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Claims dated by a month, week or run of days against claims dated by a day: what may be compared (docs/time.md).
    /// Every expectation here is worked out by hand from "a dated figure speaks of some moment in its period".
    /// </summary>
    public sealed class CoarseDateFindingTests
    {
        private static readonly Quantity Transferred = Quantity(Count, QuantityKind.Cumulative);
        private static readonly Quantity Held = Quantity(Count, QuantityKind.Level);

        [Fact]
        public void ARisingCount_DayThenMonth_FromOneOrigin_IsNoSelfContradiction_AndKeepsTheDayOnTheTimeline()
        {
            // 2,250 on 7 February; "more than 4,580" some time in February, quite possibly after the 7th.
            var report = Detect(Transferred,
                Claim("day", Count, Bare(2250), "cell", day: "2026-02-07"),
                Claim("month", Count, HedgedFigure.Of(Hedge.MoreThan, 4580), "cell", via: "outlet", day: "2026-02"));

            report.Findings.Should().BeEmpty();
            var merge = report.Merges.Single();
            merge.Periods.Select(p => p.Period!.ToString()).Should().Equal("2026-02", "2026-02-07");
            merge.Timeline!.IsConsistent.Should().BeTrue();
            merge.Timeline.Points.Select(p => p.Bounds).Should().Equal(Range("(4580, +inf)"), NumericRange.Point(2250));
        }

        [Fact]
        public void ALevelDatedByMonth_AndADayInsideIt_AreNotCompared()
        {
            var report = Detect(Held,
                Claim("day", Count, Bare(3000), "a", day: "2026-02-07"),
                Claim("month", Count, Bare(7000), "b", day: "2026-02"));

            report.Findings.Should().BeEmpty("a level may rise or fall within the month");
        }

        [Fact]
        public void TheMonthsLastAndFirstDays_AreNotComparedWithTheMonth_ThoughARunningTotalWouldAllowIt()
        {
            // A running total on 28 February is at least February's figure, and February's at least the 1st's; the
            // detector leaves these out on purpose (docs/time.md: a coarser date must never create a finding).
            var last = Detect(Transferred,
                Claim("month", Count, HedgedFigure.Of(Hedge.MoreThan, 4580), "a", day: "2026-02"),
                Claim("last-day", Count, Bare(4000), "b", day: "2026-02-28"));
            var first = Detect(Transferred,
                Claim("first-day", Count, Bare(5000), "a", day: "2026-02-01"),
                Claim("month", Count, HedgedFigure.Of(Hedge.FewerThan, 4000), "b", day: "2026-02"));

            last.Findings.Should().BeEmpty();
            first.Findings.Should().BeEmpty();
        }

        [Fact]
        public void ADayInsideTheMonth_BelowTheMonthsFigure_IsNoFinding_EitherWay()
        {
            var below = Detect(Transferred,
                Claim("month", Count, HedgedFigure.Of(Hedge.MoreThan, 4580), "a", day: "2026-02"),
                Claim("mid", Count, Bare(1000), "b", day: "2026-02-14"));
            var above = Detect(Transferred,
                Claim("month", Count, HedgedFigure.Of(Hedge.FewerThan, 1000), "a", day: "2026-02"),
                Claim("mid", Count, Bare(9000), "b", day: "2026-02-14"));

            below.Findings.Should().BeEmpty("the month's figure may speak of a day after the 14th");
            above.Findings.Should().BeEmpty("the month's figure may speak of a day before the 14th");
        }

        [Fact]
        public void AMonthAndTheDaysAfterIt_AreInOrder()
        {
            var report = Detect(Transferred,
                Claim("january", Count, HedgedFigure.Of(Hedge.MoreThan, 5000), "a", day: "2026-01"),
                Claim("february-3", Count, Bare(4000), "b", day: "2026-02-03"));

            report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.BrokenProgression);
        }

        [Fact]
        public void TwoClaimsOnTheSameMonth_AreTheSameTime()
        {
            var report = Detect(Held,
                Claim("x", Count, Bare(3000), "a", day: "2026-02"),
                Claim("y", Count, Bare(7000), "b", day: "2026-02"));

            report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.RangeConflict)
                .Which.Period!.ToString().Should().Be("2026-02");
        }

        [Fact]
        public void AWeekOverlappingJanuary_AndSharingOneDayWithFebruary_IsComparedWithNeither()
        {
            // 2026-W05 runs from 26 January to 1 February.
            var report = Detect(Transferred,
                Claim("january", Count, HedgedFigure.Of(Hedge.MoreThan, 5000), "a", day: "2026-01"),
                Claim("week", Count, Bare(1000), "b", day: "2026-W05"),
                Claim("february", Count, Bare(10), "c", day: "2026-02"));

            var finding = report.Findings.Should().ContainSingle().Subject;
            finding.Kind.Should().Be(FindingKind.BrokenProgression);
            finding.Ids().Should().BeEquivalentTo("january", "february");
            finding.DisagreeingWitnesses.Should().Be(1, "February is compared with January only");
        }
    }
}

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
    /// <summary>The non-falling timeline of a cumulative quantity.</summary>
    public sealed class CumulativeTimelineTests
    {
        private static readonly Quantity Transferred = MergeGenerators.QuantityOf(QuantityKind.Cumulative);
        private static readonly MergeEngine Engine = new(new[] { Transferred });

        private static Claim On(string day, HedgedFigure figure, string origin = "joc", Stance stance = Stance.Asserts) =>
            new(origin + "-" + day, Transferred.Key, figure, AttributionChain.Direct(origin), stance, describes: TimeReference.Parse(day));

        private static HedgedFigure Bare(decimal value) => HedgedFigure.Of(Hedge.None, value);

        [Fact]
        public void ALaterFigureBelowAnEarlierOne_BreaksTheTimelineWhereItFalls()
        {
            var timeline = Engine.MergeQuantity(new[] { On("2026-02-10", Bare(3000)), On("2026-02-07", Bare(2000)), On("2026-02-08", Bare(5000)) }).Timeline!;

            timeline.IsConsistent.Should().BeFalse();
            timeline.Points.Select(p => p.Period.ToString()).Should().Equal("2026-02-07", "2026-02-08", "2026-02-10");
            timeline.Points.Select(p => p.Stated).Should().Equal(NumericRange.Point(2000), NumericRange.Point(5000), NumericRange.Point(3000));

            // 7 Feb: 2,000 then, and at most 2,000 because nothing later is below it: consistent.
            timeline.Points[0].Bounds.Should().Be(NumericRange.Point(2000));
            timeline.Points[0].IsConsistent.Should().BeTrue();
            timeline.Points[0].LowerFrom.Should().Be(0);
            timeline.Points[0].UpperFrom.Should().Be(0);

            // 8 Feb: at least 5,000 (stated that day) but at most 3,000 (stated on the 10th): no total fits.
            timeline.Points[1].Bounds.IsEmpty.Should().BeTrue();
            timeline.Points[1].IsConsistent.Should().BeFalse();
            timeline.Points[1].LowerFrom.Should().Be(1);
            timeline.Points[1].UpperFrom.Should().Be(2);

            // 10 Feb: the 5,000 of the 8th still binds from below.
            timeline.Points[2].Bounds.IsEmpty.Should().BeTrue();
            timeline.Points[2].LowerFrom.Should().Be(1);
            timeline.Points[2].UpperFrom.Should().Be(2);
        }

        [Fact]
        public void OpenEnds_BindFromNowhere_AndSayNull()
        {
            // 7 Feb: more than 2,000; 10 Feb: at most 6,000. A total that never falls is at most 6,000 on the 7th (from the
            // 10th) and more than 2,000 on the 10th (from the 7th): each point takes its lower bound from point 0, its upper from 1.
            var timeline = Engine.MergeQuantity(new[] { On("2026-02-07", HedgedFigure.Of(Hedge.MoreThan, 2000)), On("2026-02-10", HedgedFigure.Of(Hedge.AtMost, 6000)) }).Timeline!;

            timeline.IsConsistent.Should().BeTrue();
            timeline.Points[0].LowerFrom.Should().Be(0);
            timeline.Points[0].UpperFrom.Should().Be(1);
            timeline.Points[1].LowerFrom.Should().Be(0);
            timeline.Points[1].UpperFrom.Should().Be(1);

            // One period, one open end: the side with no end is unbounded, and there is no point to name.
            var open = Engine.MergeQuantity(new[] { On("2026-02-07", HedgedFigure.Of(Hedge.MoreThan, 2000)) }).Timeline!;
            open.Points[0].LowerFrom.Should().Be(0);
            open.Points[0].UpperFrom.Should().BeNull();
            open.Points[0].Bounds.Upper.IsUnbounded.Should().BeTrue();
        }

        [Fact]
        public void TwoPeriodsOnly_TheFallIsBlamedOnBoth()
        {
            var timeline = Engine.MergeQuantity(new[] { On("2026-02-07", Bare(5000)), On("2026-02-10", Bare(3000)) }).Timeline!;

            timeline.IsConsistent.Should().BeFalse();
            timeline.Points.Should().OnlyContain(p => p.Bounds.IsEmpty && p.LowerFrom == 0 && p.UpperFrom == 1);
        }

        [Fact]
        public void ARisingProgression_IsConsistent_AndEachPointIsNarrowedByItsNeighbours()
        {
            var claims = new[]
            {
                On("2026-02-07", Bare(2250)),
                On("2026-02-08", HedgedFigure.Of(Hedge.AtLeast, 2000)),
                On("2026-02-09", HedgedFigure.Of(Hedge.AtMost, 7000)),
                On("2026-02-10", HedgedFigure.Between(5000, 6000)),
            };

            var timeline = Engine.MergeQuantity(claims).Timeline!;

            timeline.IsConsistent.Should().BeTrue();
            timeline.Points.Select(p => p.Bounds).Should().Equal(
                NumericRange.Point(2250),
                NumericRange.Closed(2250, 6000),
                NumericRange.Closed(2250, 6000),
                NumericRange.Closed(5000, 6000));
            timeline.Points.Select(p => p.LowerFrom).Should().Equal(0, 0, 0, 3);
            timeline.Points.Select(p => p.UpperFrom).Should().Equal(0, 3, 3, 3);
        }

        [Fact]
        public void PeriodsWithoutAgreementAndUndatedClaims_AreLeftOutOfTheTimeline()
        {
            var intersection = Engine.WithOptions(new MergeOptions(MergeStrategy.Intersection));
            var claims = new[]
            {
                On("2026-02-07", Bare(2000)),
                On("2026-02-08", Bare(1000), "o1"), On("2026-02-08", Bare(9000), "o2"),
                On("2026-02-10", Bare(3000)),
                new Claim("undated", Transferred.Key, Bare(10), AttributionChain.Direct("o3"), Stance.Asserts),
            };

            var merge = intersection.MergeQuantity(claims);

            merge.Periods.Select(p => p.Status).Should().Equal(MergeStatus.Consensus, MergeStatus.NoAgreement, MergeStatus.Consensus, MergeStatus.Consensus);
            merge.Timeline!.Points.Select(p => p.Period.ToString()).Should().Equal("2026-02-07", "2026-02-10");
            merge.Timeline.IsConsistent.Should().BeTrue("the undated 10 is not placed in time");
        }

        [Fact]
        public void NonCumulativeQuantities_HaveNoTimeline()
        {
            var level = MergeGenerators.QuantityOf(QuantityKind.Level);
            var merge = new MergeEngine(new[] { level }).MergeQuantity(new[]
            {
                new Claim("a", level.Key, Bare(5000), AttributionChain.Direct("joc"), Stance.Asserts, describes: TimeReference.Parse("2026-02-07")),
                new Claim("b", level.Key, Bare(3000), AttributionChain.Direct("joc"), Stance.Asserts, describes: TimeReference.Parse("2026-02-10")),
            });

            merge.Timeline.Should().BeNull();
        }
    }
}

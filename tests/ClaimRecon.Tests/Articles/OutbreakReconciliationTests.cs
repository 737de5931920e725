using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Hedging;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Two reports of one outbreak, three days apart: a running total "since" a time meets the totals other figures give
    /// for a day, and a headline's "passes" is more than its figure. Sentences of our own.
    /// </summary>
    public sealed class OutbreakReconciliationTests
    {
        private static readonly OffsetDateTime Monday = new(new LocalDateTime(2026, 6, 8, 18, 0), Offset.FromHours(1));
        private static readonly OffsetDateTime Thursday = new(new LocalDateTime(2026, 6, 11, 7, 0), Offset.FromHours(1));

        private static ArticleReconciliation Reconcile() => ArticleReconciler.Reconcile(new[]
        {
            new Article("The Dunmore health office said 140 dengue cases had been confirmed since the outbreak began in May.", "Dunmore Post", Monday),
            new Article("Dengue tally passes 150\n\nHealth officials reported 171 dengue cases in Dunmore on Wednesday, up from 140 on Monday.", "Coast Wire", Thursday),
        });

        [Fact]
        public void ARunningTotalSinceATimeIsTheTotalOnTheDayItWasSaid()
        {
            var r = Reconcile();

            var since = r.Claims.Claims.Single(c => c.Figure?.Wording == "140" && c.Id.StartsWith("dunmore-post", System.StringComparison.Ordinal));
            since.Describes!.FirstDay.Should().Be(new LocalDate(2026, 6, 8));
            since.Describes.LastDay.Should().Be(new LocalDate(2026, 6, 8));
            since.Note.Should().Contain("running total");
        }

        [Fact]
        public void TheOutbreaksCountsAreOneRunningTotalWhoseTimelineNeverFalls()
        {
            var r = Reconcile();

            var counts = r.Claims.Claims.Where(c => c.Figure is not null).Select(c => c.Quantity).Distinct().ToList();
            counts.Should().ContainSingle("the headline's tally, the running total and the day's counts are one count of cases");
            var merge = r.Report.Contradictions.Merges.Single(m => m.Quantity.Key == counts[0]);
            merge.Periods[0].Period!.FirstDay.Should().Be(new LocalDate(2026, 6, 8), "both reports' 140 describe Monday");
            merge.Periods[0].Consensus.ToString().Should().Be("[140, 140]");
            merge.Timeline!.IsConsistent.Should().BeTrue();
        }

        [Fact]
        public void AFigureAHeadlinePassesIsMoreThanIt()
        {
            var r = Reconcile();

            r.Claims.Claims.Single(c => c.Figure?.Wording == "150").Figure!.Hedge.Should().Be(Hedge.MoreThan);
        }
    }
}

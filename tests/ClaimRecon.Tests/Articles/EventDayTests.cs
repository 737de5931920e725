using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Contradictions;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A level with no time of its own describes the day of the event its article reports, not the moment the article was
    /// published, so two reports of one event, half a day apart, compare their figures. Sentences of our own.
    /// </summary>
    public sealed class EventDayTests
    {
        // A Sunday evening and the Monday morning after it.
        private static readonly OffsetDateTime Evening = new(new LocalDateTime(2026, 6, 7, 20, 0), Offset.FromHours(1));
        private static readonly OffsetDateTime Morning = new(new LocalDateTime(2026, 6, 8, 7, 30), Offset.FromHours(1));
        private static readonly LocalDate Sunday = new(2026, 6, 7);

        [Fact]
        public void AWeekdaysPossessiveDatesTheEvent()
        {
            var m = Reading.Figure("Saturday's vigil drew 2,000 people.", "2,000");

            m.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 8), "Saturday's"));
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.on");
        }

        [Fact]
        public void CrowdFiguresOfTwoReportsOfOneMarchAreComparedOnTheDayOfTheMarch()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("Nearly 3,000 people marched through Tarnby on Sunday. Police estimated the crowd at 2,500.", "Tarnby Echo", Evening),
                new Article("Sunday's march brought about 2,800 people onto the streets. The organisers claimed 9,000 marchers.", "Coast Wire", Morning),
            });

            var crowd = r.Claims.Claims.Where(c => c.Figure is not null).ToList();
            crowd.Select(c => c.Quantity).Distinct().Should().ContainSingle();
            crowd.Select(c => c.Describes?.FirstDay).Should().OnlyContain(d => d == Sunday);
            r.Report.Contradictions.Findings.Should().Contain(f => f.Kind == FindingKind.RangeConflict, "the organisers' 9,000 is far above the police's 2,500 on the same day");
        }

        [Fact]
        public void AnUndatedLevelTakesTheDayAnotherFigureOfItsSentenceDescribes()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("The council said 12 libraries had stayed open on Sunday, serving about 900 readers.", "Tarnby Echo", Morning),
            });

            r.Claims.Claims.Single(c => c.Figure!.Wording == "about 900").Describes!.FirstDay.Should().Be(Sunday);
        }

        [Fact]
        public void ARunningTotalWithNoTimeKeepsItsOwnReading()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("Crews moved 300 residents to the school on Sunday. In all, 420 residents were moved.", "Tarnby Echo", Morning),
            });

            r.Claims.Claims.Single(c => c.Figure!.Wording == "420").Describes.Should().BeNull("a running total with no time is the total when it was said");
        }

        [Fact]
        public void AnEarlierValueNeitherLendsItsDayNorTakesOne()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("The shelter said 640 people were sleeping in the gym, up from 410 on Saturday.", "Tarnby Echo", Morning),
            });

            r.Claims.Claims.Single(c => c.Figure!.Wording == "640").Describes.Should().BeNull("the figure is the count when it was said; Saturday is the earlier value's day");
            r.Claims.Claims.Single(c => c.Figure is { } f && f.Wording!.EndsWith("410", System.StringComparison.Ordinal)).Describes!.FirstDay.Should().Be(new LocalDate(2026, 6, 6));
            r.Report.Contradictions.Findings.Should().NotContain(f => f.Kind == FindingKind.SelfContradiction, "a figure and its earlier value are two times, not two readings of one");
        }

        [Fact]
        public void AWeekdayInAClauseOfTheFutureIsTheNextSuchDay()
        {
            // Reading.Published is a Friday, 14 March 2025.
            var planned = Reading.Figure("The agency said 300 more pumps would arrive by Tuesday.", "300");
            var done = Reading.Figure("Crews had cleared 120 roads by Tuesday, the agency said.", "120");

            planned.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 18));
            done.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 11));
        }

        [Theory]
        [InlineData("The 200 drivers laid off on Tuesday would get two months' pay, the firm said.", "200")]
        [InlineData("Halls housed 350 people on Tuesday and would stay open, the council said.", "350")]
        [InlineData("On Tuesday the council said 90 extra buses will run.", "90")]
        public void AWeekdayBeforeAModalOfAnotherPredicateStillLooksBack(string sentence, string figure)
        {
            // Reading.Published is a Friday, 14 March 2025: the Tuesday of these clauses is the one before it.
            Reading.Figure(sentence, figure).Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 11));
        }

        [Fact]
        public void AWeekdayOpeningAClauseOfTheFutureLooksAhead()
        {
            // A guard of the rule above (it held before it): a modal after a weekday that opens its clause still looks ahead.
            Reading.Figure("On Tuesday 90 extra buses will run, the council said.", "90").Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 18));
        }

        [Fact]
        public void TwoDaysNamedForOneQuantityGiveNone()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("About 400 people rallied on Friday. About 700 people rallied on Sunday. Police estimated the crowd at 650.", "Tarnby Echo", Morning),
            });

            r.Claims.Claims.Single(c => c.Figure!.Wording == "650").Describes.Should().BeNull("the article names two days of rallies");
        }
    }
}

using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Two reports of one plan, one with its deadline and one without: the undated plan is compared at the deadline the
    /// other names, not on the day it was said. Sentences of our own.
    /// </summary>
    public sealed class PlanDeadlineTests
    {
        private static readonly OffsetDateTime Monday = new(new LocalDateTime(2026, 3, 2, 18, 0), Offset.FromHours(1));
        private static readonly OffsetDateTime Tuesday = new(new LocalDateTime(2026, 3, 3, 7, 0), Offset.FromHours(1));

        private static ArticleReconciliation Reconcile(string second) => ArticleReconciler.Reconcile(new[]
        {
            new Article("Harbour Mills said on Monday it would shut its dye works in Ashby, and that 640 jobs would go by the end of June.", "Ashby Post", Monday),
            new Article(second, "Coast Wire", Tuesday),
        });

        [Fact]
        public void AnUndatedPlanIsComparedAtTheDeadlineAnotherReportNames()
        {
            var r = Reconcile("Harbour Mills confirmed on Monday that about 600 jobs will be lost when the Ashby dye works closes.");

            var undated = r.Claims.Claims.Single(c => c.Figure?.Wording == "about 600");
            undated.Describes!.LastDay.Should().Be(new LocalDate(2026, 6, 30));
            undated.Note.Should().Contain("no time of its own");
            var plan = r.Claims.Claims.Single(c => c.Figure?.Wording == "640").Quantity;
            undated.Quantity.Should().Be(plan);
            r.Report.Contradictions.Merges.Single(m => m.Quantity.Key == plan).Periods.Should().ContainSingle("both figures describe the end of June");
        }

        [Fact]
        public void AnUndatedPlanKeepsItsOwnTimeWhenTheOtherPlansNameTwoDeadlines()
        {
            var r = Reconcile("Harbour Mills said on Monday that 300 jobs would go by the end of April. About 600 jobs will be lost in all, it said.");

            var undated = r.Claims.Claims.Single(c => c.Figure?.Wording == "About 600");
            undated.Quantity.Should().Be(r.Claims.Claims.Single(c => c.Figure?.Wording == "640").Quantity, "all three figures are the plan");
            undated.Describes.Should().BeNull();
        }
    }
}

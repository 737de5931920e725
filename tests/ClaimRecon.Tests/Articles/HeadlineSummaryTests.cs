using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Hedging;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>A headline's figure is read as the body figure it summarises: its time, and a hedge the headline dropped.</summary>
    public sealed class HeadlineSummaryTests
    {
        private static readonly OffsetDateTime Monday = new LocalDate(2026, 3, 2).At(new LocalTime(9, 0)).WithOffset(Offset.Zero);

        private static Article A(string text, string outlet = "Harbour Post") => new(text, outlet, Monday);

        [Fact]
        public void AHeadlineCountTakesTheTimeAndHedgeOfTheLeadsCount()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Gale leaves 12,000 without power\n\nMore than 12,000 homes in Dunmore were without electricity on Sunday night, the utility said."),
            });

            var claims = r.Claims.Claims.Where(c => c.Figure is not null).ToList();
            claims.Should().HaveCount(2);
            claims[0].Quantity.Should().Be(claims[1].Quantity);
            claims[1].Describes.Should().NotBeNull();
            claims[0].Describes.Should().Be(claims[1].Describes);
            claims[0].Figure!.Hedge.Should().Be(Hedge.MoreThan);
            claims[0].Figure!.Wording.Should().Be("12,000");
        }

        [Fact]
        public void AHeadlineAreaAfterAPresentVerbIsTheLeadsAreaWithItsTimeAndAbout()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Ashby fire doubles to 4,000 acres\n\nThe Ashby fire grew to about 4,000 acres by Sunday evening, the state agency said."),
            });

            var claims = r.Claims.Claims.Where(c => c.Figure is not null).ToList();
            claims.Should().HaveCount(2);
            claims[0].Quantity.Should().Be(claims[1].Quantity, "the headline's verb is no part of what burned");
            claims[1].Describes.Should().NotBeNull();
            claims[0].Describes.Should().Be(claims[1].Describes);
            claims[0].Figure!.Hedge.Should().Be(claims[1].Figure!.Hedge);
        }

        [Fact]
        public void AHeadlineCountOfAnotherValueKeepsItsOwnReading()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Gale leaves 15,000 without power\n\nMore than 12,000 homes in Dunmore were without electricity on Sunday night, the utility said."),
            });

            var headline = r.Claims.Claims.First(c => c.Figure is not null);
            headline.Describes.Should().BeNull();
            headline.Figure!.Hedge.Should().Be(Hedge.None);
        }
    }
}

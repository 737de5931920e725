using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Hedging;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>A figure given as the bound of an estimate is that bound, not a value near it. Sentences of our own.</summary>
    public sealed class EstimateBoundTests
    {
        private static readonly OffsetDateTime Morning = new(new LocalDateTime(2026, 6, 8, 7, 30), Offset.FromHours(1));

        [Theory]
        [InlineData("Even our upper bound is around 2,400,\" she said.", "around 2,400", Hedge.AtMost)]
        [InlineData("The survey gave a lower bound of 1,600.", "1,600", Hedge.AtLeast)]
        public void ABoundIsAtMostOrAtLeastItsFigure(string sentence, string figure, Hedge hedge)
        {
            var text = "Sunday's rally brought about 2,000 people onto the streets, according to Crowdwatch. \"" + sentence;

            var claim = ArticleReconciler.Reconcile(new[] { new Article(text, "Coast Wire", Morning) }).Claims.Claims.Single(c => c.Figure!.Wording == figure);

            claim.Figure!.Hedge.Should().Be(hedge);
        }

        [Fact]
        public void AFigureNearTheWordBoundButNotGivenAsOneKeepsItsHedge()
        {
            var claim = ArticleReconciler.Reconcile(new[] { new Article("The bound volumes number about 2,400.", "Coast Wire", Morning) }).Claims.Claims.Single();

            claim.Figure!.Hedge.Should().Be(Hedge.About);
        }
    }
}

using System;
using ClaimRecon.Articles;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    public sealed class ArticleTests
    {
        [Fact]
        public void AnArticleKeepsItsTextExactlyAndTrimsItsNames()
        {
            var article = new Article("  Text with 3 figures. ", " Daily Ledger ", Reading.Published, new Uri("https://example.org/a"), " A. Writer ");

            article.Text.Should().Be("  Text with 3 figures. ");
            article.Outlet.Should().Be("Daily Ledger");
            article.Byline.Should().Be("A. Writer");
            article.Should().Be(new Article("  Text with 3 figures. ", "Daily Ledger", Reading.Published, new Uri("https://example.org/a"), "A. Writer"));
        }

        [Fact]
        public void AnArticleKnownOnlyByItsDaySaysSoAndIsNotTheSameAsOneAtMidnight()
        {
            var byDay = new Article("5 ships.", "Daily Ledger", new LocalDate(2025, 3, 14));
            var atMidnight = new Article("5 ships.", "Daily Ledger", new OffsetDateTime(new LocalDateTime(2025, 3, 14, 0, 0), Offset.Zero));

            byDay.PublishedTime.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 14)));
            byDay.Published.Should().Be(atMidnight.Published);
            atMidnight.PublishedTime.Precision.Should().Be(TimePrecision.Instant);
            byDay.Should().NotBe(atMidnight);
            byDay.Should().Be(new Article("5 ships.", "Daily Ledger", new LocalDate(2025, 3, 14)));
            byDay.ToString().Should().Be("Daily Ledger, 2025-03-14 (8 characters)");
            FluentActions.Invoking(() => new Article("t", " ", new LocalDate(2025, 3, 14))).Should().Throw<ArgumentException>().WithParameterName("outlet");
        }

        [Fact]
        public void ArgumentsAreCheckedByName()
        {
            FluentActions.Invoking(() => new Article(null!, "o", Reading.Published)).Should().Throw<ArgumentNullException>().WithParameterName("text");
            FluentActions.Invoking(() => new Article("t", " ", Reading.Published)).Should().Throw<ArgumentException>().WithParameterName("outlet");
            FluentActions.Invoking(() => new Article("t", "o", Reading.Published, new Uri("a/b", UriKind.Relative))).Should().Throw<ArgumentException>().WithParameterName("url");
            FluentActions.Invoking(() => new Article("t", "o", Reading.Published, byline: "")).Should().Throw<ArgumentException>().WithParameterName("byline");
        }

        [Fact]
        public void TextSpansIndexTheArticleText()
        {
            const string text = "Officials said 45 ships were waiting.";
            var m = Reading.Of(text).Mentions[0];

            foreach (var span in new[] { m.Sentence, m.Cue!.Value, m.SourceSpan!.Value })
            {
                text.Substring(span.Start, span.Length).Should().Be(span.Text);
            }

            m.Cue.Value.Should().Be(new TextSpan(10, "said"));
            (m.Cue.Value != new TextSpan(11, "said")).Should().BeTrue();
            FluentActions.Invoking(() => new TextSpan(-1, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        }

        [Fact]
        public void EveryFigureBecomesAClaimWithItsAttribution()
        {
            var m = Reading.Figure("Harbour officials said more than 340 containers were damaged.", "more than 340");

            var claim = m.ToClaim("c1", new ClaimRecon.Quantities.QuantityKey("containers", "damaged"));

            claim.Attribution.Should().Be(m.Chain);
            claim.StatedAt.Should().Be(m.StatedAt);
            claim.Range.ToString().Should().Be("(340, +inf)");
            claim.Evidence[0].Quote.Should().Be("more than 340");
        }
    }
}

using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Quantities;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Docs
{
    /// <summary>docs/reading-articles.md: its example, line for line, with the values its comments print asserted.</summary>
    public sealed class ReadingArticlesDocTests
    {
        [Fact]
        public void ExamplePrintsWhatThePageSays()
        {
            var text = "A senior official at the Port Authority told the Meridian Times on Monday that more than 45 ships "
                     + "were waiting so far. The official said reports of 90 ships were exaggerated.";
            var article = new Article(text, "Daily Ledger", new OffsetDateTime(new LocalDateTime(2025, 3, 14, 9, 0), Offset.FromHours(1)));

            var lines = ArticleReader.Read(article).Mentions.Select(m => $"{m.Mention.Text}: {m.Chain} {m.Stance} said {m.StatedAt}").ToList();
            lines.Should().Equal(
                "more than 45: daily-ledger \u2192 cites \u2192 meridian-times \u2192 cites \u2192 port-authority/senior-official \u2192 speaks for \u2192 port-authority Asserts said 2025-03-10",
                "90: daily-ledger \u2192 cites \u2192 port-authority/senior-official \u2192 speaks for \u2192 port-authority Denies said 2025-03-14T09:00:00+01");

            var first = ArticleReader.Read(article).Mentions[0];
            var claim = first.ToClaim("ships-waiting", new QuantityKey("port", "ships-waiting"));
            claim.Range.ToString().Should().Be("(45, +inf)");
            first.Describes!.ToString().Should().Be("2025-03-10");
            first.DecisionFor(AttributionPart.Source).Rule.Should().Be("source.verb.subject-before");
        }

        [Fact]
        public void DenialExamplePrintsWhatThePageSays()
        {
            var story = new Article("Organisers said 40,000 people marched. Police said the figure was exaggerated.", "Daily Ledger",
                new OffsetDateTime(new LocalDateTime(2025, 3, 14, 9, 0), Offset.FromHours(1)));
            var reading = ArticleReader.Read(story);
            var denial = reading.Denials[0];
            denial.ToString().Should().Be("daily-ledger \u2192 cites \u2192 police denies \u201Cexaggerated\u201D (truth lower)");
            denial.DeniedFigures[0].Mention.Text.Should().Be("40,000");
            var marched = reading.Mentions[0].ToClaim("marched", new QuantityKey("march", "people"));
            denial.ToClaim("police-denies", marched.Quantity, new[] { marched.Id }).Denies!.ToString().Should().Be("claims marched, truth lower");
        }
    }
}

using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>The README's "Reading numbers from text" example, line for line, with its printed values asserted.</summary>
    public sealed class ReadmeExtractionExampleTests
    {
        [Fact]
        public void ReadmeExtractionExamplePrintsWhatTheReadmeSays()
        {
            var text = "Officials said more than 1,200 families fled on Feb. 7, and the camp costs about $3 per person per day, "
                + "up from $2 in 2024. Between 3 and 4 million euros were pledged; one of the donors gave dozens of tents.";
            var result = NumericMentionExtractor.Extract(text, publishedOn: new LocalDate(2026, 2, 9));

            var lines = result.Mentions.Select(m => $"{m.Text} -> {m.Range} {m.Unit?.ToString() ?? m.CountedNoun}").ToList();
            lines.Should().Equal(
                "more than 1,200 -> (1200, +inf) families",
                "about $3 per person per day -> [2.7, 3.3] USD/day/person",
                "up from $2 -> [2, 2] USD",
                "Between 3 and 4 million euros -> [3000000, 4000000] EUR",
                "dozens -> [24, 100) tents");
            result.Rejections.Select(r => $"{r.Text}: {r.Reason}").Should().Equal("Feb. 7: Date", "2024: Year", "one of the: PronounOne");

            var claim = result.Mentions[0].ToClaim(
                "families-fled-1", new QuantityKey("camp", "families-fled"), AttributionChain.Direct("wire").Citing("officials"),
                statedAt: TimeReference.OnDay(result.PublishedOn!.Value));
            claim.Range.ToString().Should().Be("(1200, +inf)");
            claim.Evidence[0].Start.Should().Be(15);
        }
    }
}

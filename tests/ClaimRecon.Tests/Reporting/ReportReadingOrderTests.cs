using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Reporting
{
    /// <summary>The report reads in order: quantities with findings first, anchors linked from findings, one number format, counted nouns right.</summary>
    public sealed class ReportReadingOrderTests
    {
        private static QuantityKey K(string text) => QuantityKey.Parse(text);

        private static ClaimRecon.Claims.ClaimSet Story() => ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();

        private static ReconciliationReport Seed() => ReconciliationReport.Create(Story(), new[]
        {
            DerivedRelation.PercentOf(K("isis-detainees-turkish-nationals/being-transferred"), K("isis-detainees-syria-iraq/turkish-share"), K("isis-detainees-syria-iraq/slated-for-transfer")),
        });

        [Fact]
        public void QuantitiesWithFindingsComeFirst_MostSevereFirst_ThenTheRestByKey()
        {
            var report = Seed();

            var keys = report.Quantities.Select(m => m.Quantity.Key.ToString()).ToList();

            keys.Should().HaveCount(report.Contradictions.Merges.Count);
            keys[0].Should().Be("isis-detainees-syria-iraq/transferred", "its denial has severity 1");
            keys[1].Should().Be("isis-detainees-turkish-nationals/being-transferred", "its hedge-dependent finding is the only other one");
            keys.Skip(2).Should().BeInAscendingOrder(StringComparer.Ordinal).And.NotContain(keys.Take(2));
        }

        [Fact]
        public void TheTextAndMarkdownListTheQuantitiesInThatOrder()
        {
            var report = Seed();

            var text = report.ToText();
            var markdown = report.ToMarkdown();

            text.IndexOf("\nisis-detainees-syria-iraq/transferred (", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("\niraq-syria-border-wall/length (", StringComparison.Ordinal));
            markdown.IndexOf("\n## isis-detainees-syria-iraq/transferred\n", StringComparison.Ordinal).Should().BeGreaterThan(0)
                .And.BeLessThan(markdown.IndexOf("\n## iraq-syria-border-wall/length\n", StringComparison.Ordinal));
        }

        [Fact]
        public void EveryFindingLinksToTheHeadingOfItsQuantitysPeriod()
        {
            var html = Seed().ToHtmlFragment();

            var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            var links = Regex.Matches(html, "<a class=\"cr-goto\" href=\"#([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();

            ids.Should().OnlyHaveUniqueItems();
            ids.Should().Contain("q-isis-detainees-syria-iraq-transferred").And.Contain("q-isis-detainees-syria-iraq-transferred--2026-02-10");
            links.Should().HaveCount(3, "the denial of 7,000, the denied Turkish nationals and the hedge-dependent Turkish share").And.OnlyContain(l => ids.Contains(l));
            links[0].Should().Be("q-isis-detainees-syria-iraq-transferred--2026-02-10");
            html.Should().Contain("<h3 id=\"q-isis-detainees-syria-iraq-transferred--2026-02-10\">2026-02-10</h3>");
        }

        [Fact]
        public void RangesShownToReadersGroupThousands_AndJsonStaysInvariant()
        {
            var report = Seed();

            report.ToMarkdown().Should().Contain("| \\[1,890,000, 2,310,000\\] |", "the claims table groups thousands");
            report.ToMarkdown().Should().Contain("max agreement gives \\[1,890,000, 2,310,000\\]", "and so does the merge's explanation sentence");
            report.ToHtmlFragment().Should().Contain("= [1,890,000, 2,310,000]");
            var json = Newtonsoft.Json.Linq.JObject.Parse(report.ToJson());
            var consensus = json.SelectTokens("$..consensus").Select(t => (string?)t).ToArray();
            consensus.Should().Contain("[1890000, 2310000]", "JSON fields stay invariant").And.NotContain(c => c != null && Regex.IsMatch(c, @"\d,\d"));
        }

        [Fact]
        public void CountedNounsAgreeWithTheirNumbers()
        {
            var one = ReconciliationReport.Create(Story());
            var two = Seed();

            one.ToText().Should().Contain("21 claims from 8 independent origins on 10 quantities; 2 findings, 2 of them contradictions.");
            two.ToText().Should().Contain("3 findings, 2 of them contradictions.");
            two.ToMarkdown().Should().Contain("(severity 1, 2 origins;").And.NotContain(" 1 origins");
        }
    }
}

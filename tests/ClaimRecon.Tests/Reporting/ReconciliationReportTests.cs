using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Reporting
{
    /// <summary>The seed story's report in every format: same findings everywhere, self-contained HTML, encoded text, valid ClaimReview.</summary>
    public sealed class ReconciliationReportTests
    {
        private const string Hostile = "<script>alert(1)</script>";

        private static QuantityKey K(string text) => QuantityKey.Parse(text);

        private static ReconciliationReport Seed()
        {
            var set = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();
            return ReconciliationReport.Create(set, new[]
            {
                DerivedRelation.Product(K("isis-detainees-iraq/detention-cost-daily"), K("isis-detainees-iraq/held"), K("isis-detainees-iraq/detention-cost-per-detainee")),
                DerivedRelation.PercentOf(K("isis-detainees-turkish-nationals/being-transferred"), K("isis-detainees-syria-iraq/turkish-share"), K("isis-detainees-syria-iraq/slated-for-transfer")),
            });
        }

        private static ReconciliationReport HostileReport()
        {
            var quantity = new Quantity(new QuantityKey("town", "population"), Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger, Hostile);
            var sources = new[] { new Source("evil", Hostile, SourceKind.NewsOutlet), new Source("other", "Other & Sons", SourceKind.NewsOutlet) };
            var day = TimeReference.Parse("2026-01-01");
            var claims = new[]
            {
                new Claim("a<b>", quantity.Key, HedgedFigure.Of(Hedge.None, 100, Hostile), AttributionChain.Direct("evil"), Stance.Asserts, describes: day),
                new Claim("b", quantity.Key, HedgedFigure.Of(Hedge.None, 200, "two hundred"), AttributionChain.Direct("other"), Stance.Asserts, describes: day),
            };
            return ReconciliationReport.Create(ClaimSet.Create(sources, new[] { quantity }, claims)).WithTitle(Hostile);
        }

        [Fact]
        public void EveryFormatCarriesEveryFindingExplanation()
        {
            var report = Seed();
            report.Contradictions.Findings.Should().HaveCount(3, "the denial of 7,000, the directed denial of the Turkish nationals figure and the hedge-dependent Turkish share");

            var json = JObject.Parse(report.ToJson());

            foreach (var finding in report.Contradictions.Findings)
            {
                report.ToText().Should().Contain(finding.Explanation);
                report.ToHtml().Should().Contain(System.Net.WebUtility.HtmlEncode(finding.Explanation));
                report.ToMarkdown().Should().Contain(finding.Kind.ToString());
                json["findings"]!.Select(f => (string)f["explanation"]!).Should().Contain(finding.Explanation);
            }

            ((int)json["claimCount"]!).Should().Be(21);
            json["quantities"]!.Should().HaveCount(10);
        }

        [Fact]
        public void HtmlIsOneSelfContainedDocumentWithAChartPerPeriod()
        {
            var report = Seed();
            var html = report.ToHtml();

            html.Should().StartWith("<!DOCTYPE html>");
            Regex.Count(html, "<svg class=\"cr-chart cr-ranges\"").Should().Be(report.Contradictions.Merges.Sum(m => m.Periods.Count));
            html.Should().Contain("cr-timeline");
            html.Should().NotContainAny("<script", "<link", "src=\"http", "@import", "url(");
            html.Should().Contain("prefers-color-scheme: dark");
        }

        [Fact]
        public void UserTextIsEncodedInHtmlAndEscapedInMarkdown()
        {
            var report = HostileReport();

            var html = report.ToHtml();
            var markdown = report.ToMarkdown();

            html.Should().NotContain(Hostile).And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("Other &amp; Sons").And.Contain("a&lt;b&gt;");
            markdown.Should().NotContain(Hostile).And.Contain("\\<script\\>alert(1)\\</script\\>");
        }

        [Fact]
        public void ClaimReviewItemsCarryGooglesRequiredAndRecommendedProperties()
        {
            var report = Seed();
            var options = new ClaimReviewOptions(new Uri("https://example.org/checks/isis-transfer"), "Example Desk", new LocalDate(2026, 2, 12));

            var items = JArray.Parse(report.ToClaimReview(options));

            items.Should().HaveCount(report.Contradictions.Findings.Count(f => f.IsContradiction)).And.NotBeEmpty();
            foreach (var item in items.Cast<JObject>())
            {
                ((string)item["@context"]!).Should().Be("https://schema.org");
                ((string)item["@type"]!).Should().Be("ClaimReview");
                ((string)item["claimReviewed"]!).Should().NotBeNullOrWhiteSpace();
                ((string)item["reviewRating"]!["alternateName"]!).Should().NotBeNullOrWhiteSpace();
                Uri.IsWellFormedUriString((string)item["url"]!, UriKind.Absolute).Should().BeTrue();
                ((string)item["author"]!["name"]!).Should().Be("Example Desk");
                ((string)item["datePublished"]!).Should().Be("2026-02-12");
                var reviewed = (JObject)item["itemReviewed"]!;
                ((string)reviewed["@type"]!).Should().Be("Claim");
                ((string)reviewed["author"]!["name"]!).Should().NotBeNullOrWhiteSpace();
                ((string)reviewed["datePublished"]!).Should().MatchRegex("^\\d{4}-\\d{2}-\\d{2}$");
                reviewed["appearance"]!.Should().NotBeEmpty();
                var figure = (JObject)reviewed["about"]!;
                ((string)figure["@type"]!).Should().Be("QuantitativeValue");
                figure.Should().ContainKey("unitText");
                (figure.ContainsKey("minValue") || figure.ContainsKey("maxValue")).Should().BeTrue();
            }

            var denial = items.Cast<JObject>().Single(i => ((string)i["url"]!).EndsWith("#finding-1", StringComparison.Ordinal));
            ((string)denial["claimReviewed"]!).Should().Contain("7,000");
            ((decimal)denial["itemReviewed"]!["about"]!["minValue"]!).Should().Be(7000m);
            ((string)denial["itemReviewed"]!["author"]!["name"]!).Should().Be("Circulating claims");
        }

        [Fact]
        public void BadArgumentsAreRefusedNamingTheArgument()
        {
            Action noSet = () => ReconciliationReport.Create(null!);
            Action noOptions = () => Seed().ToClaimReview(null!);
            Action relativeUrl = () => new ClaimReviewOptions(new Uri("checks/1", UriKind.Relative), "Desk", new LocalDate(2026, 1, 1));
            Action blankReviewer = () => new ClaimReviewOptions(new Uri("https://example.org/"), " ", new LocalDate(2026, 1, 1));

            noSet.Should().Throw<ArgumentNullException>().WithParameterName("set");
            noOptions.Should().Throw<ArgumentNullException>().WithParameterName("options");
            relativeUrl.Should().Throw<ArgumentException>().WithParameterName("pageUrl").WithMessage("*checks/1*");
            blankReviewer.Should().Throw<ArgumentException>().WithParameterName("reviewer");
        }
    }
}

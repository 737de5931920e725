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
    /// <summary>
    /// A denial is drawn as what it rules out, never like an assertion; findings are marked on their charts, and the
    /// derived range a finding rests on is a row of its own (issue 16, item 7). Expected ranges are worked out by hand.
    /// </summary>
    public sealed class DenialAndDerivedDrawingTests
    {
        private static readonly Lazy<ReconciliationReport> Seed = new(() => ReconciliationReport.Create(
            ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow(),
            new[]
            {
                DerivedRelation.PercentOf(
                    QuantityKey.Parse("isis-detainees-turkish-nationals/being-transferred"), QuantityKey.Parse("isis-detainees-syria-iraq/turkish-share"),
                    QuantityKey.Parse("isis-detainees-syria-iraq/slated-for-transfer")),
            }));

        /// <summary>The chart row of one claim or derivation: its &lt;g&gt; element.</summary>
        private static string RowOf(string html, string attribute, string id)
        {
            var match = Regex.Match(html, "<g class=\"cr-row[^\"]*\" " + attribute + "=\"" + Regex.Escape(id) + "\"[^>]*>.*?</g>", RegexOptions.Singleline);
            match.Success.Should().BeTrue("the chart has a row for {0}", id);
            return match.Value;
        }

        [Fact]
        public void ADenialOfAFigure_IsAHatchedCrossedOutSpan_WithNoAssertionDots()
        {
            var row = RowOf(Seed.Value.ToHtmlFragment(), "data-claim", "k24-joc-source-denies-7000");

            row.Should().Contain("class=\"cr-row cr-finding cr-denial\"").And.Contain("data-stance=\"denies\"").And.Contain("data-ruled-out=\"[7000, 7000]\"");
            row.Should().Contain("<rect class=\"cr-ruled-out\"").And.Contain("class=\"cr-hatch\"").And.Contain("class=\"cr-cross\"").And.Contain("\u2715 denies 7,000");
            row.Should().NotContain("<circle", "an assertion is drawn with dots at its ends; a denial is not");
        }

        [Fact]
        public void ADenialWithoutAFigure_RulesOutWhatItNames_OnTheDeniedSideOfTheLine()
        {
            // "Far lower than reported" of "nearly 2,000", read [1,800, 2,000): the truth lies below, so from 1,800 up is ruled out.
            var row = RowOf(Seed.Value.ToHtmlFragment(), "data-claim", "k24-joc-source-foreign-nationals-far-lower");

            row.Should().Contain("data-ruled-out=\"[1800, +inf)\"").And.Contain("<rect class=\"cr-ruled-out\"").And.Contain("class=\"cr-arrow\"");
            row.Should().NotContain("no value").And.NotContain("<circle");
        }

        [Fact]
        public void MarkdownAndText_SayWhatEachDenialRulesOut()
        {
            var markdown = Seed.Value.ToMarkdown();
            var text = Seed.Value.ToText();

            markdown.Should().Contain("| \u2715 7,000 | rules out \\[7,000, 7,000\\] | **denies** | k24-joc-source-denies-7000 |");
            markdown.Should().Contain("rules out \\[1,800, +inf) | **denies** | k24-joc-source-foreign-nationals-far-lower |");
            text.Should().Contain("\u2715 Joint Operations Command (Iraq) via Kurdistan24 denies 7,000: rules out [7,000, 7,000] (k24-joc-source-denies-7000)");
        }

        [Fact]
        public void AFindingIsMarkedOnItsChart_AndTheDerivedRangeItRestsOnIsARowOfItsOwn()
        {
            var report = Seed.Value;
            var hedge = report.Contradictions.Findings.Single(f => f.Kind == ClaimRecon.Contradictions.FindingKind.HedgeDependent);
            var html = report.ToHtmlFragment();
            var section = Regex.Match(html, "<section class=\"cr-quantity\" id=\"q-isis-detainees-turkish-nationals-being-transferred\".*?</section>", RegexOptions.Singleline).Value;

            section.Should().Contain("<a href=\"#" + hedge.Id + "\"><text class=\"cr-mark cr-mark-caution\"");
            var derived = RowOf(section, "data-derivation", hedge.Derivation!.Id);
            derived.Should().Contain("cr-derived").And.Contain("computed [1,890, 2,310]", "30% read 27–33% of 7,000 is 1,890 to 2,310");
            RowOf(section, "data-claim", "k24-turkish-media-turkish-nationals-nearly-2000").Should().Contain("cr-caution");
        }

        [Fact]
        public void AChartWithoutFindings_CarriesNoMarks()
        {
            var html = Seed.Value.ToHtmlFragment();
            var wall = Regex.Match(html, "<section class=\"cr-quantity\" id=\"q-iraq-syria-border-wall-length\".*?</section>", RegexOptions.Singleline).Value;

            wall.Should().NotBeEmpty().And.NotContain("cr-mark").And.NotContain("cr-derived").And.NotContain("cr-ruled-out");
        }
    }
}

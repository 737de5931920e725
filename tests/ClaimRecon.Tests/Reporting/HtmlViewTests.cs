using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Ranges;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Tests.Contradictions;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Reporting
{
    /// <summary>What the single-value HTML views show, on the seed story.</summary>
    public sealed class HtmlViewTests
    {
        private static readonly ClaimSet Story = ClaimJson.ReadFile(Path.Combine(TestPaths.RepositoryRoot(), "samples", "seed-story.json")).GetValueOrThrow();

        [Fact]
        public void AClaimShowsItsWordingRangeAttributionEvidenceLinkAndAChartRow()
        {
            var claim = Story.Claims.Single(c => c.Id == "k24-joc-source-more-than-5000");

            var html = HtmlView.Of(claim);

            html.Should().Contain("\u201Cmore than 5,000\u201D").And.Contain("<code>(5000, +inf)</code>").And.Contain("kurdistan24 \u2192 cites \u2192 joc-source \u2192 speaks for \u2192 joc");
            html.Should().Contain("<a href=\"https://example.org/seed/").And.Contain("<svg class=\"cr-chart cr-ranges\"").And.Contain("data-claim=\"k24-joc-source-more-than-5000\"");
            html.Should().Contain("class=\"cr-open\"", "the open lower end is drawn hollow").And.Contain("class=\"cr-arrow\"", "the unbounded upper end is an arrow");
        }

        [Fact]
        public void ARangeShowsItsTextAndItsEnds()
        {
            var html = HtmlView.Of(NumericRange.Parse("[5000, 6000)"));

            html.Should().Contain("<code>[5000, 6000)</code>").And.Contain("class=\"cr-closed\"").And.Contain("class=\"cr-open\"");
        }

        [Fact]
        public void ADenialDrawsTheDenialAndTheDeniedFigureInTheFindingColourButNotTheDeniersOwnFigures()
        {
            var report = ReconciliationReport.Create(Story);
            var denial = report.Contradictions.Findings.Single(f => f.Kind == FindingKind.Denial && f.Claims.Any(c => c.Figure?.Value == 7000m));

            var html = HtmlView.Of(denial);

            html.Should().Contain("<g class=\"cr-row cr-finding\" data-claim=\"k24-circulating-claims-7000\">");
            html.Should().Contain("data-claim=\"k24-joc-source-denies-7000\"").And.MatchRegex("<g class=\"cr-row cr-finding cr-denial\" data-claim=\"k24-joc-source-denies-7000\" data-stance=\"denies\"");
            html.Should().Contain("<g class=\"cr-row\" data-claim=\"k24-joc-source-between-5000-6000\">");
            html.Should().Contain(System.Net.WebUtility.HtmlEncode(denial.Explanation));
        }

        [Fact]
        public void AMergeShowsTheConsensusBandTheOutlierAndTheExplanation()
        {
            var report = ReconciliationReport.Create(Story);
            var transferred = report.Contradictions.Merges.Single(m => m.Quantity.Key.ToString() == "isis-detainees-syria-iraq/transferred");
            var tenth = transferred.Periods[1];

            var html = HtmlView.Of(tenth);

            html.Should().Contain("class=\"cr-consensus\" data-range=\"(5000, 6000]\"");
            html.Should().Contain("<g class=\"cr-row cr-finding\" data-claim=\"k24-circulating-claims-7000\">", "the outlier is drawn in the finding colour");
            html.Should().Contain(System.Net.WebUtility.HtmlEncode(tenth.Explanation));
            HtmlView.Of(transferred).Should().Contain("cr-timeline", "a cumulative quantity gets its timeline");
        }

        [Fact]
        public void AFindingIsDrawnTheSameWayOnTheReportPageAndInTheNotebook()
        {
            var report = ReconciliationReport.Create(Story);
            var page = report.ToHtmlFragment();
            var view = HtmlView.Of(report.Contradictions);

            report.Contradictions.Findings.Should().NotBeEmpty();
            foreach (var finding in report.Contradictions.Findings)
            {
                var itemClass = finding.IsContradiction ? "cr-contradiction" : "cr-caution";
                var line = $"<span class=\"cr-kind\">{finding.Kind}</span> <span class=\"cr-muted\">({finding.Id}, severity ";
                page.Should().Contain($"<li id=\"{finding.Id}\" class=\"{itemClass}\">" + line, "the page links its findings");
                view.Should().Contain($"<li class=\"{itemClass}\">" + line);
                HtmlView.Of(finding).Should().Contain("class=\"claimrecon cr-finding-view " + itemClass + "\"");
            }

            // A finding that only calls for care ("about 100" and "about 115" meet only at 7%): cr-caution in both views.
            // cr-note styles the charts' SVG text (12px); a finding drawn with it used to shrink in the notebook.
            var caution = ContradictionFixtures.Detect(
                ContradictionFixtures.Quantity(ContradictionFixtures.Count),
                ContradictionFixtures.Claim("a", ContradictionFixtures.Count, ContradictionFixtures.About(100), "s1"),
                ContradictionFixtures.Claim("b", ContradictionFixtures.Count, ContradictionFixtures.About(115), "s2"));
            var note = caution.Findings.Should().ContainSingle().Subject;
            note.IsContradiction.Should().BeFalse();
            HtmlView.Of(caution).Should().Contain("<li class=\"cr-caution\"><span class=\"cr-kind\">HedgeDependent</span>").And.NotContain("cr-note\"");
            HtmlView.Of(note).Should().Contain("class=\"claimrecon cr-finding-view cr-caution\"");
        }

        [Fact]
        public void TheNotebookViewOfAReportIsTheReportsFragment()
        {
            var report = ReconciliationReport.Create(Story);

            HtmlView.TryRender(report).Should().Be(report.ToHtmlFragment());
        }
    }
}

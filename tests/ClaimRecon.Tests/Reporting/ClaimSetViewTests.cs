using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Support;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Reporting
{
    /// <summary>A claim set shows a summary with links to its parts in a notebook, not a dump of its object tree.</summary>
    public sealed class ClaimSetViewTests
    {
        private static readonly ClaimSet Story = ClaimJson.ReadFile(Path.Combine(TestPaths.RepositoryRoot(), "samples", "seed-story.json")).GetValueOrThrow();

        [Fact]
        public void TheSeedStory_ShowsCountsAndLinksThatLeadToItsParts()
        {
            var html = HtmlView.Of(Story);

            html.Should().StartWith("<div class=\"claimrecon cr-claim-set\"").And.Contain("<h3>21 claims about 10 quantities from 11 sources</h3>");
            var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            ids.Should().OnlyHaveUniqueItems();
            var links = Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            links.Should().HaveCountGreaterThan(3 + 19).And.OnlyContain(l => ids.Contains(l), "every link inside the view leads to a part of it");
            html.Should().Contain("<code>isis-detainees-syria-iraq/transferred</code></td><td>person</td><td>cumulative</td>");
        }

        [Fact]
        public void ALargeSet_ListsAtMostFiftyClaims_AndCountsTheRest()
        {
            var quantity = new Quantity(new QuantityKey("town", "population"), Unit.Parse("person"), QuantityKind.Level, ClaimRecon.Ranges.ValueDomain.NonNegativeInteger, null);
            var source = new Source("paper", "The Paper", SourceKind.NewsOutlet);
            var claims = Enumerable.Range(0, 120).Select(i => new Claim(
                "c" + i, quantity.Key, HedgedFigure.Of(Hedge.Exactly, 1000 + i), AttributionChain.Direct("paper"), Stance.Asserts)).ToList();
            var set = ClaimSet.Create(new[] { source }, new[] { quantity }, claims);

            var html = HtmlView.Of(set);

            Regex.Count(html, "<tr><td>c\\d+</td>").Should().Be(HtmlView.ClaimSetClaimRows);
            html.Should().Contain("and 70 more claims, not listed.").And.Contain("<h3>120 claims about 1 quantity from 1 source</h3>");
            html.Length.Should().BeLessThan(30_000, "a summary, not a dump");
        }

        [Fact]
        public void UserTextIsEncoded()
        {
            var quantity = new Quantity(new QuantityKey("town", "population"), Unit.Parse("person"), QuantityKind.Level, ClaimRecon.Ranges.ValueDomain.NonNegativeInteger, null);
            var source = new Source("paper", "<script>alert(1)</script>", SourceKind.NewsOutlet);
            var set = ClaimSet.Create(new[] { source }, new[] { quantity }, new List<Claim>
            {
                new("c1", quantity.Key, HedgedFigure.Of(Hedge.Exactly, 5), AttributionChain.Direct("paper"), Stance.Asserts),
            });

            HtmlView.Of(set).Should().NotContain("<script>").And.Contain("&lt;script&gt;");
        }
    }
}

using System.IO;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The seed story with the undated article (Kurdistan24, whose claims the sample dates 10 February, a guess) dated only
    /// by its month: it must give no finding that the day-dated story does not give (issue 11, docs/time.md).
    /// </summary>
    public sealed class SeedStoryByMonthTests
    {
        private static readonly QuantityKey Transferred = QuantityKey.Parse("isis-detainees-syria-iraq/transferred");

        private static readonly DerivedRelation[] Relations =
        {
            DerivedRelation.Product(QuantityKey.Parse("isis-detainees-iraq/detention-cost-daily"), QuantityKey.Parse("isis-detainees-iraq/held"), QuantityKey.Parse("isis-detainees-iraq/detention-cost-per-detainee")),
            DerivedRelation.PerPeriod(QuantityKey.Parse("isis-detainees-iraq/detention-cost-monthly"), QuantityKey.Parse("isis-detainees-iraq/detention-cost-daily")),
            DerivedRelation.PercentOf(QuantityKey.Parse("isis-detainees-turkish-nationals/being-transferred"), QuantityKey.Parse("isis-detainees-syria-iraq/turkish-share"), QuantityKey.Parse("isis-detainees-syria-iraq/slated-for-transfer")),
            DerivedRelation.Product(QuantityKey.Parse("isis-detainees-iraq/detention-cost-monthly"), Transferred, QuantityKey.Parse("isis-detainees-iraq/detention-cost-per-detainee")),
        };

        private readonly ITestOutputHelper _output;

        public SeedStoryByMonthTests(ITestOutputHelper output) => _output = output;

        /// <summary>The seed story as written, or with every Kurdistan24 claim dated (said and describing) "2026-02".</summary>
        private static ClaimSet Seed(bool byMonth)
        {
            var json = JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "samples", "seed-story.json")));
            var redated = 0;
            foreach (var claim in json["claims"]!.Children<JObject>())
            {
                if (byMonth && ((string)claim["attribution"]![0]!)! == "kurdistan24")
                {
                    ((string?)claim["describes"]).Should().Be("2026-02-10", "the guessed day is what the month replaces");
                    claim["describes"] = "2026-02";
                    claim["statedAt"] = "2026-02";
                    redated++;
                }
            }

            if (byMonth)
            {
                redated.Should().BeGreaterThan(10);
            }

            return ClaimJson.Read(json.ToString()).GetValueOrThrow();
        }

        private ContradictionReport Detect(bool byMonth)
        {
            var set = Seed(byMonth);
            var report = ContradictionDetector.For(set, Relations).Detect(set.Claims);
            foreach (var f in report.Findings)
            {
                _output.WriteLine($"{(byMonth ? "month" : "day")}: {f.Kind} {f.Severity} [{string.Join(", ", f.Claims.Select(c => c.Id))}]");
            }

            return report;
        }

        [Fact]
        public void DatedByMonth_GivesNoFindingThatTheDayDatedStoryDoesNotGive()
        {
            var byDay = Detect(byMonth: false);
            var byMonth = Detect(byMonth: true);

            foreach (var finding in byMonth.Findings)
            {
                var ids = finding.Claims.Select(c => c.Id).ToHashSet();
                byDay.Findings.Should().Contain(
                    f => f.Kind == finding.Kind && ids.IsSubsetOf(f.Claims.Select(c => c.Id)),
                    "the month-dated story's {0} on [{1}] must be a finding of the day-dated story too", finding.Kind, string.Join(", ", ids));
            }

            byMonth.Findings.Should().NotContain(f => f.Kind == FindingKind.SelfContradiction, "2,250 on 7 February and more than 4,580 in February may both hold");
            byMonth.Findings.Should().Contain(f => f.Kind == FindingKind.Denial && f.Claims.Any(c => c.Id == "k24-circulating-claims-7000"),
                "the denial and the figure it denies are dated alike, so they are still the same time");
        }

        [Fact]
        public void DatedByMonth_TheRunningTotalKeepsTheSeventhOfFebruary_AndStaysConsistent()
        {
            var merge = Detect(byMonth: true).Merges.Single(m => m.Quantity.Key.Equals(Transferred));

            merge.Timeline!.Points.Select(p => p.Period.ToString()).Should().Equal("2026-02", "2026-02-07");
            merge.Timeline.IsConsistent.Should().BeTrue();
            merge.Timeline.Points[1].Bounds.Should().Be(ClaimRecon.Ranges.NumericRange.Point(2250), "the month neither bounds the 7th nor is bounded by it");
        }
    }
}

using System;
using System.IO;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Provenance;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Provenance
{
    /// <summary>The seed story's provenance graph, exported as PROV-JSON, is valid, complete and reads back as written.</summary>
    public sealed class ProvJsonExportTests
    {
        private static QuantityKey K(string text) => QuantityKey.Parse(text);

        private static (ClaimSet Set, ContradictionReport Report, ProvenanceGraph Graph, string Json) Seed()
        {
            var set = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();
            var relations = new[]
            {
                DerivedRelation.Product(K("isis-detainees-iraq/detention-cost-daily"), K("isis-detainees-iraq/held"), K("isis-detainees-iraq/detention-cost-per-detainee")),
                DerivedRelation.PerPeriod(K("isis-detainees-iraq/detention-cost-monthly"), K("isis-detainees-iraq/detention-cost-daily")),
                DerivedRelation.PercentOf(K("isis-detainees-turkish-nationals/being-transferred"), K("isis-detainees-syria-iraq/turkish-share"), K("isis-detainees-syria-iraq/slated-for-transfer")),
            };
            var report = ContradictionDetector.For(set, relations).Detect(set.Claims);
            var graph = ProvenanceGraph.From(report, set.Sources);
            return (set, report, graph, graph.ToProvJson());
        }

        [Fact]
        public void ExportUsesOnlyProvJsonKeysRequiredAttributesAndDefinedIdentifiers()
        {
            var (_, _, _, json) = Seed();

            var read = ProvJsonReader.Read(json);

            read.Problems.Should().BeEmpty();
            read.Prefixes.Should().ContainKey("cr");
            read.Relations.Select(r => r.Kind).Distinct().Should().BeEquivalentTo(
                "wasGeneratedBy", "used", "wasDerivedFrom", "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy");
        }

        [Fact]
        public void ReaderReportsBrokenDocuments()
        {
            // The validator itself must be able to fail: an unknown key, a missing formal attribute, an undefined reference.
            var broken = "{\"prefix\":{\"cr\":\"urn:claimrecon:\"},\"entity\":{\"cr:a\":{}},\"wasEndedby\":{}," +
                "\"wasDerivedFrom\":{\"_:1\":{\"prov:generatedEntity\":\"cr:a\"}},\"used\":{\"_:2\":{\"prov:activity\":\"cr:nowhere\"}}}";

            var read = ProvJsonReader.Read(broken);

            read.Problems.Should().Contain(p => p.Contains("wasEndedby"))
                .And.Contain(p => p.Contains("prov:usedEntity is missing"))
                .And.Contain(p => p.Contains("cr:nowhere is not defined"));
        }

        [Fact]
        public void ExportReadsBackToTheGraphThatWasWritten()
        {
            var (_, _, graph, json) = Seed();

            var read = ProvJsonReader.Read(json);

            read.Elements.Keys.Should().BeEquivalentTo(graph.Elements.Select(e => e.Id));
            foreach (var element in graph.Elements)
            {
                read.Elements[element.Id].Kind.Should().Be(element.Kind.ToString().ToLowerInvariant());
                read.Elements[element.Id].Attributes.Should().BeEquivalentTo(
                    element.Attributes.Select(a => a.Name + "=" + a.Value + (a.Type is null ? string.Empty : "^^" + a.Type)));
            }

            read.Relations.Select(r => r.Kind + " " + r.Id + " " + string.Join(",", r.Attributes.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value.Split('^')[0])))
                .Should().BeEquivalentTo(graph.Relations.Select(r =>
                    char.ToLowerInvariant(r.Kind.ToString()[0]) + r.Kind.ToString().Substring(1) + " " + r.Id + " " +
                    string.Join(",", r.Attributes.OrderBy(a => a.Name).Select(a => a.Name + "=" + a.Value))));
        }

        [Fact]
        public void EveryClaimIsDerivedFromItsQuotedEvidenceAndAttributedToItsOrigin()
        {
            var (set, _, graph, _) = Seed();

            foreach (var claim in set.Claims)
            {
                var id = ProvenanceGraph.ClaimId(claim.Id);
                graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasAttributedTo && r["prov:entity"] == id
                    && r["prov:agent"] == ProvenanceGraph.SourceId(claim.Attribution.Origin), because: claim.Id);
                var quotes = graph.Relations.Where(r => r.Kind == ProvRelationKind.WasDerivedFrom && r["prov:generatedEntity"] == id).Select(r => r["prov:usedEntity"]).ToArray();
                // A claim without evidence (a denial in our own words) is derived from the first statement of its chain instead.
                quotes.Should().HaveCount(Math.Max(1, claim.Evidence.Count), because: claim.Id);
                if (claim.Evidence.Count == 0)
                {
                    quotes.Single().Should().StartWith("cr:statement-", because: claim.Id);
                    continue;
                }

                foreach (var quote in quotes)
                {
                    var element = graph.Elements.Single(e => e.Id == quote);
                    var text = element.Attributes.Single(a => a.Name == "prov:value").Value;
                    claim.Evidence.Select(e => e.Quote).Should().Contain(text);

                    // The quote was quoted from its article (prov:Quotation).
                    graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasDerivedFrom && r["prov:generatedEntity"] == quote
                        && r["prov:type"] == "prov:Quotation" && r["prov:usedEntity"]!.StartsWith("cr:article-", StringComparison.Ordinal));
                }
            }
        }

        [Fact]
        public void AttributionChainOutletCitingSourceSpeakingForOrganisationIsKept()
        {
            var (_, _, graph, _) = Seed();

            graph.Relations.Should().ContainSingle(r => r.Kind == ProvRelationKind.ActedOnBehalfOf
                && r["prov:delegate"] == "cr:source-joc-source" && r["prov:responsible"] == "cr:source-joc");
            var claim = ProvenanceGraph.ClaimId("k24-joc-source-between-5000-6000");
            var statement = "cr:statement-k24-joc-source-between-5000-6000-1";
            graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasAttributedTo && r["prov:entity"] == statement && r["prov:agent"] == "cr:source-joc-source");
            graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasDerivedFrom && r["prov:usedEntity"] == statement && r["prov:type"] == "prov:Quotation");
            graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasAttributedTo && r["prov:entity"] == claim && r["prov:agent"] == "cr:source-joc");
        }

        [Fact]
        public void EveryFindingMergedRangeAndDerivedFigureLinksBackToClaimsAndItsActivity()
        {
            var (set, report, graph, _) = Seed();
            var claimIds = set.Claims.Select(c => ProvenanceGraph.ClaimId(c.Id)).ToHashSet();
            var produced = graph.Elements.Where(e => e.Id.StartsWith("cr:finding-", StringComparison.Ordinal)
                || e.Id.StartsWith("cr:merged-", StringComparison.Ordinal) || e.Id.StartsWith("cr:derivation-", StringComparison.Ordinal)).ToArray();

            produced.Count(e => e.Id.StartsWith("cr:finding-", StringComparison.Ordinal)).Should().Be(report.Findings.Count);
            produced.Count(e => e.Id.StartsWith("cr:derivation-", StringComparison.Ordinal)).Should().Be(report.Derivations.Count);
            foreach (var entity in produced)
            {
                graph.Relations.Should().Contain(r => r.Kind == ProvRelationKind.WasGeneratedBy && r["prov:entity"] == entity.Id, because: entity.Id);
                if (entity.Attributes.Any(a => a.Name == "cr:status" && a.Value == "NoAgreement"))
                {
                    // Every claimed value denied (the Turkish nationals): the merged range rests on no claim's support.
                    continue;
                }

                graph.Relations.Where(r => r.Kind == ProvRelationKind.WasDerivedFrom && r["prov:generatedEntity"] == entity.Id)
                    .Select(r => r["prov:usedEntity"]).Should().Contain(id => claimIds.Contains(id!), because: entity.Id + " must rest on claims");
            }

            foreach (var finding in report.Findings)
            {
                var used = graph.Relations.Where(r => r.Kind == ProvRelationKind.WasDerivedFrom && r["prov:generatedEntity"] == "cr:" + finding.Id).Select(r => r["prov:usedEntity"]);
                used.Should().Contain(finding.Claims.Select(c => ProvenanceGraph.ClaimId(c.Id)));
            }
        }

        [Fact]
        public void IdentifiersWithOddCharactersArePercentEncoded()
        {
            ProvenanceGraph.ClaimId("k24-monthly-cost-2.1-million").Should().Be("cr:claim-k24-monthly-cost-2.1-million");
            ProvenanceGraph.ClaimId("a b/c:é").Should().Be("cr:claim-a%20b%2Fc%3A%C3%A9");
        }

        [Fact]
        public void WritingToAWriter_GivesTheSameTextAndLeavesTheWriterOpen()
        {
            var (_, _, graph, json) = Seed();
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

            graph.WriteProvJson(writer);
            writer.Write("<after>");

            writer.ToString().Should().Be(json + "<after>");
        }

        [Fact]
        public void WritingToNoWriter_IsRefusedNamingTheArgument()
        {
            Action act = () => Seed().Graph.WriteProvJson(null!);

            act.Should().Throw<ArgumentNullException>().WithParameterName("writer");
        }

        [Fact]
        public void NullReportIsRefusedNamingTheArgument()
        {
            Action act = () => ProvenanceGraph.From(null!);

            act.Should().Throw<ArgumentNullException>().WithParameterName("report");
        }
    }
}

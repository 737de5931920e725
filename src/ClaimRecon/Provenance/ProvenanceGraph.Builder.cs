using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;

namespace ClaimRecon.Provenance
{
    public sealed partial class ProvenanceGraph
    {
        /// <summary>
        /// Builds the graph's elements and relations from a contradiction report: the entry point and the element and
        /// relation primitives. Claims and their sources are added in ProvenanceGraph.Builder.Claims.cs; merged ranges,
        /// derived figures and denials in ProvenanceGraph.Builder.Results.cs.
        /// </summary>
        private sealed partial class Builder
        {
            private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
            private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
            private readonly Dictionary<ProvRelationKind, int> _counters = new();
            private readonly HashSet<string> _related = new(StringComparer.Ordinal);

            public Builder(IEnumerable<Source> sources)
            {
                var i = 0;
                foreach (var source in sources)
                {
                    if (source is null)
                    {
                        throw new ArgumentNullException(nameof(sources), $"sources[{i}] is null.");
                    }

                    _sources[source.Id] = source;
                    i++;
                }
            }

            public List<ProvElement> Elements { get; } = new();

            public List<ProvRelation> Relations { get; } = new();

            public void Add(ContradictionReport report)
            {
                Element(ProvElementKind.Agent, Prefix + ":claimrecon",
                    Typed("prov:type", "prov:SoftwareAgent", QualifiedName), new ProvAttribute("prov:label", "ClaimRecon"));
                foreach (var claim in report.Claims)
                {
                    AddClaim(claim);
                }

                AddDenials(report.Claims);

                var m = 0;
                foreach (var merge in report.Merges)
                {
                    foreach (var result in merge.Periods)
                    {
                        AddMerge(result, ++m);
                    }
                }

                foreach (var derivation in report.Derivations)
                {
                    AddDerivation(derivation);
                }

                var detect = Prefix + ":detect";
                Element(ProvElementKind.Activity, detect,
                    new ProvAttribute("prov:label", "contradiction detection"),
                    new ProvAttribute(Prefix + ":strategy", MergeStrategy.MaxAgreement.ToString()),
                    Typed(Prefix + ":literalTolerance", Number(0.0001m), "xsd:decimal"),
                    Typed(Prefix + ":relationCount", report.Derivations.Select(d => d.Relation).Distinct().Count().ToString(CultureInfo.InvariantCulture), "xsd:int"));
                Relate(ProvRelationKind.WasAssociatedWith, ("prov:activity", detect), ("prov:agent", Prefix + ":claimrecon"));
                foreach (var claim in report.Claims)
                {
                    Relate(ProvRelationKind.Used, ("prov:activity", detect), ("prov:entity", ClaimId(claim.Id)));
                }

                foreach (var finding in report.Findings)
                {
                    var id = Prefix + ":" + finding.Id;
                    var attributes = new List<ProvAttribute>
                    {
                        Typed("prov:type", Prefix + ":Finding", QualifiedName),
                        new ProvAttribute("prov:label", finding.Explanation),
                        new ProvAttribute(Prefix + ":kind", finding.Kind.ToString()),
                        Typed(Prefix + ":isContradiction", finding.IsContradiction ? "true" : "false", "xsd:boolean"),
                        Typed(Prefix + ":severity", Number(finding.Severity), "xsd:decimal"),
                        new ProvAttribute(Prefix + ":quantity", finding.Quantity.ToString()),
                        new ProvAttribute(Prefix + ":rule", finding.Rule),
                        Typed(Prefix + ":originCount", finding.Origins.Count.ToString(CultureInfo.InvariantCulture), "xsd:int"),
                    };
                    if (finding.Period is not null)
                    {
                        attributes.Add(new ProvAttribute(Prefix + ":period", finding.Period.ToString()));
                    }

                    if (finding.Gap is decimal gap)
                    {
                        attributes.Add(Typed(Prefix + ":gap", Number(gap), "xsd:decimal"));
                    }

                    if (finding.FlipTolerance is decimal flip)
                    {
                        attributes.Add(Typed(Prefix + ":flipTolerance", Number(flip), "xsd:decimal"));
                    }

                    Element(ProvElementKind.Entity, id, attributes.ToArray());
                    Relate(ProvRelationKind.WasGeneratedBy, ("prov:entity", id), ("prov:activity", detect));
                    foreach (var claim in finding.Claims)
                    {
                        Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", id), ("prov:usedEntity", ClaimId(claim.Id)), ("prov:activity", detect));
                    }

                    if (finding.Derivation is not null)
                    {
                        Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", id), ("prov:usedEntity", Prefix + ":" + finding.Derivation.Id), ("prov:activity", detect));
                    }
                }
            }

            private string Name(string sourceId) => _sources.TryGetValue(sourceId, out var s) ? s.Name : sourceId;

            private void Quote(string quoting, string quoted) =>
                Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", quoting), ("prov:usedEntity", quoted), ("prov:type", Quotation));

            private void Element(ProvElementKind kind, string id, params ProvAttribute[] attributes)
            {
                if (_defined.Add(id))
                {
                    Elements.Add(new ProvElement(kind, id, attributes));
                }
            }

            private void Relate(ProvRelationKind kind, params (string Name, string Value)[] attributes)
            {
                // The same relation stated twice (two claims through one chain, two quotes from one article) is written once.
                if (!_related.Add(kind + "\u0001" + string.Join("\u0001", attributes.Select(a => a.Name + "=" + a.Value))))
                {
                    return;
                }

                _counters.TryGetValue(kind, out var n);
                _counters[kind] = ++n;
                var prefix = kind switch
                {
                    ProvRelationKind.WasGeneratedBy => "wgb",
                    ProvRelationKind.Used => "u",
                    ProvRelationKind.WasDerivedFrom => "wdf",
                    ProvRelationKind.WasAttributedTo => "wat",
                    ProvRelationKind.WasAssociatedWith => "waw",
                    ProvRelationKind.WasInfluencedBy => "wib",
                    _ => "aobo",
                };
                Relations.Add(new ProvRelation(
                    kind, "_:" + prefix + n.ToString(CultureInfo.InvariantCulture),
                    attributes.Select(a => a.Name == "prov:type" ? Typed(a.Name, a.Value, QualifiedName) : new ProvAttribute(a.Name, a.Value))));
            }

            private static bool SameTime(Claim a, Claim b) => Time.TimeOrder.SameTime(a.ReferenceTime, b.ReferenceTime);

            private static void AddRange(List<ProvAttribute> attributes, NumericRange range)
            {
                attributes.Add(new ProvAttribute(Prefix + ":range", range.ToString()));
                if (range.IsEmpty)
                {
                    return;
                }

                if (!range.Lower.IsUnbounded)
                {
                    attributes.Add(Typed(Prefix + ":lower", Number(range.Lower.Value), "xsd:decimal"));
                    attributes.Add(Typed(Prefix + ":lowerClosed", range.Lower.IsClosed ? "true" : "false", "xsd:boolean"));
                }

                if (!range.Upper.IsUnbounded)
                {
                    attributes.Add(Typed(Prefix + ":upper", Number(range.Upper.Value), "xsd:decimal"));
                    attributes.Add(Typed(Prefix + ":upperClosed", range.Upper.IsClosed ? "true" : "false", "xsd:boolean"));
                }
            }

            private static ProvAttribute Typed(string name, string value, string type) => new(name, value, type);

            private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
        }
    }
}

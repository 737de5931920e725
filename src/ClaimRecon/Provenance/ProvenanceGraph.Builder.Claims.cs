using System.Collections.Generic;
using System.Globalization;
using ClaimRecon.Claims;
using ClaimRecon.Sources;

namespace ClaimRecon.Provenance
{
    public sealed partial class ProvenanceGraph
    {
        /// <summary>The builder's claims: each claim with its quotes, statements and attribution chain, and the agents behind them.</summary>
        private sealed partial class Builder
        {
            private void AddClaim(Claim claim)
            {
                var chain = claim.Attribution;
                foreach (var source in chain.SourceIds)
                {
                    Agent(source);
                }

                var claimId = ClaimId(claim.Id);
                var attributes = new List<ProvAttribute>
                {
                    Typed("prov:type", Prefix + ":NumericClaim", QualifiedName),
                    new ProvAttribute("prov:label", claim.FigureWording),
                    new ProvAttribute(Prefix + ":quantity", claim.Quantity.ToString()),
                    new ProvAttribute(Prefix + ":stance", claim.Stance.ToString()),
                    new ProvAttribute(Prefix + ":hedge", claim.Figure?.Hedge.ToString() ?? "none stated"),
                    new ProvAttribute(Prefix + ":policy", claim.Policy.Name),
                    new ProvAttribute(Prefix + ":attribution", chain.ToString()),
                };
                AddRange(attributes, claim.Range);
                if (claim.StatedAt is not null)
                {
                    attributes.Add(new ProvAttribute(Prefix + ":statedAt", claim.StatedAt.ToString()));
                }

                if (claim.Describes is not null)
                {
                    attributes.Add(new ProvAttribute(Prefix + ":describes", claim.Describes.ToString()));
                }

                Element(ProvElementKind.Entity, claimId, attributes.ToArray());
                Relate(ProvRelationKind.WasAttributedTo, ("prov:entity", claimId), ("prov:agent", SourceId(chain.Origin)));

                // Statements along the chain: the reporter quotes the first cited speaker, who quotes the next, and so on.
                var statements = new List<string>();
                var speaker = chain.Reporter;
                for (var s = 0; s < chain.Steps.Count; s++)
                {
                    var step = chain.Steps[s];
                    if (step.Relation == AttributionRelation.Cites)
                    {
                        var statement = $"{Prefix}:statement-{Encode(claim.Id)}-{statements.Count + 1}";
                        Element(ProvElementKind.Entity, statement,
                            Typed("prov:type", Prefix + ":Statement", QualifiedName),
                            new ProvAttribute("prov:label", $"what {Name(step.SourceId)} said, as reported"));
                        Relate(ProvRelationKind.WasAttributedTo, ("prov:entity", statement), ("prov:agent", SourceId(step.SourceId)));
                        if (statements.Count > 0)
                        {
                            Quote(statements[statements.Count - 1], statement);
                        }

                        statements.Add(statement);
                        speaker = step.SourceId;
                    }
                    else
                    {
                        Relate(ProvRelationKind.ActedOnBehalfOf, ("prov:delegate", SourceId(speaker)), ("prov:responsible", SourceId(step.SourceId)));
                        speaker = step.SourceId;
                    }
                }

                var quotes = new List<string>();
                for (var e = 0; e < claim.Evidence.Count; e++)
                {
                    var evidence = claim.Evidence[e];
                    var quote = $"{Prefix}:quote-{Encode(claim.Id)}-{e + 1}";
                    var quoteAttributes = new List<ProvAttribute> { Typed("prov:type", Prefix + ":Quote", QualifiedName) };
                    if (evidence.Quote is not null)
                    {
                        quoteAttributes.Add(new ProvAttribute("prov:value", evidence.Quote));
                    }

                    if (evidence.Start is int start)
                    {
                        quoteAttributes.Add(Typed(Prefix + ":start", start.ToString(CultureInfo.InvariantCulture), "xsd:int"));
                    }

                    if (evidence.End is int end)
                    {
                        quoteAttributes.Add(Typed(Prefix + ":end", end.ToString(CultureInfo.InvariantCulture), "xsd:int"));
                    }

                    Element(ProvElementKind.Entity, quote, quoteAttributes.ToArray());
                    Relate(ProvRelationKind.WasAttributedTo, ("prov:entity", quote), ("prov:agent", SourceId(chain.Reporter)));
                    if (evidence.Url is not null)
                    {
                        var article = Prefix + ":article-" + Encode(evidence.Url.AbsoluteUri);
                        Element(ProvElementKind.Entity, article,
                            Typed("prov:type", Prefix + ":Article", QualifiedName),
                            new ProvAttribute("prov:location", evidence.Url.AbsoluteUri));
                        Relate(ProvRelationKind.WasAttributedTo, ("prov:entity", article), ("prov:agent", SourceId(chain.Reporter)));
                        Quote(quote, article);
                    }

                    if (statements.Count > 0)
                    {
                        Quote(quote, statements[0]);
                    }

                    quotes.Add(quote);
                }

                foreach (var quote in quotes)
                {
                    Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", claimId), ("prov:usedEntity", quote));
                }

                if (quotes.Count == 0 && statements.Count > 0)
                {
                    Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", claimId), ("prov:usedEntity", statements[0]));
                }
            }

            private void Agent(string sourceId)
            {
                var id = SourceId(sourceId);
                if (_defined.Contains(id))
                {
                    return;
                }

                if (!_sources.TryGetValue(sourceId, out var source))
                {
                    Element(ProvElementKind.Agent, id, new ProvAttribute("prov:label", sourceId));
                    return;
                }

                var type = source.Kind switch
                {
                    SourceKind.NamedPerson or SourceKind.AnonymousOfficial => "prov:Person",
                    SourceKind.Unattributed or SourceKind.Document => "prov:Agent",
                    _ => "prov:Organization",
                };
                var attributes = new List<ProvAttribute>
                {
                    Typed("prov:type", type, QualifiedName),
                    new ProvAttribute("prov:label", source.Name),
                    new ProvAttribute(Prefix + ":sourceKind", source.Kind.ToString()),
                };
                if (source.Role is not null)
                {
                    attributes.Add(new ProvAttribute(Prefix + ":role", source.Role));
                }

                Element(ProvElementKind.Agent, id, attributes.ToArray());
            }
        }
    }
}

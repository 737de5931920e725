using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Provenance
{
    public sealed partial class ProvenanceGraph
    {
        /// <summary>The builder's results: merged ranges, derived figures and denials, each tied to the claims it rests on.</summary>
        private sealed partial class Builder
        {
            private void AddMerge(MergeResult result, int n)
            {
                var activity = $"{Prefix}:merge-{n}";
                var entity = $"{Prefix}:merged-{n}";
                var parameters = new List<ProvAttribute>
                {
                    new ProvAttribute("prov:label", "merge of " + result.Quantity.Key),
                    new ProvAttribute(Prefix + ":strategy", result.Strategy.ToString()),
                    new ProvAttribute(Prefix + ":quantity", result.Quantity.Key.ToString()),
                };
                if (result.Period is not null)
                {
                    parameters.Add(new ProvAttribute(Prefix + ":period", result.Period.ToString()));
                }

                Element(ProvElementKind.Activity, activity, parameters.ToArray());
                Relate(ProvRelationKind.WasAssociatedWith, ("prov:activity", activity), ("prov:agent", Prefix + ":claimrecon"));
                var attributes = new List<ProvAttribute>
                {
                    Typed("prov:type", Prefix + ":MergedRange", QualifiedName),
                    new ProvAttribute("prov:label", result.Explanation),
                    new ProvAttribute(Prefix + ":status", result.Status.ToString()),
                    Typed(Prefix + ":support", Number(result.Support), "xsd:decimal"),
                    Typed(Prefix + ":originCount", result.Witnesses.Count.ToString(CultureInfo.InvariantCulture), "xsd:int"),
                };
                AddRange(attributes, result.Consensus);
                Element(ProvElementKind.Entity, entity, attributes.ToArray());
                Relate(ProvRelationKind.WasGeneratedBy, ("prov:entity", entity), ("prov:activity", activity));
                var used = result.Witnesses.SelectMany(w => w.Claims)
                    .Concat(result.Outliers.SelectMany(o => o.Witness.Claims))
                    .Concat(result.Denials.Select(d => d.Claim)).Distinct();
                foreach (var claim in used)
                {
                    Relate(ProvRelationKind.Used, ("prov:activity", activity), ("prov:entity", ClaimId(claim.Id)));
                }

                var supporting = result.Status == MergeStatus.Tie
                    ? result.Candidates.SelectMany(c => c.Supporters)
                    : result.Supporters;
                foreach (var claim in supporting.SelectMany(w => w.Claims).Distinct())
                {
                    Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", entity), ("prov:usedEntity", ClaimId(claim.Id)), ("prov:activity", activity));
                }
            }

            private void AddDerivation(Derivation derivation)
            {
                var entity = Prefix + ":" + derivation.Id;
                var activity = Prefix + ":derive-" + derivation.Id.Substring(derivation.Id.LastIndexOf('-') + 1);
                var parameters = new List<ProvAttribute>
                {
                    new ProvAttribute("prov:label", derivation.Relation.Name ?? derivation.Relation.ToString()),
                    new ProvAttribute(Prefix + ":relation", derivation.Relation.ToString()),
                    new ProvAttribute(Prefix + ":relationKind", derivation.Relation.Kind.ToString()),
                };
                if (derivation.Period is not null)
                {
                    parameters.Add(new ProvAttribute(Prefix + ":period", derivation.Period.ToString()));
                }

                Element(ProvElementKind.Activity, activity, parameters.ToArray());
                Relate(ProvRelationKind.WasAssociatedWith, ("prov:activity", activity), ("prov:agent", Prefix + ":claimrecon"));
                var attributes = new List<ProvAttribute>
                {
                    Typed("prov:type", Prefix + ":DerivedFigure", QualifiedName),
                    new ProvAttribute("prov:label", derivation.ToString()),
                    new ProvAttribute(Prefix + ":unit", derivation.Result.Unit.Symbol),
                    new ProvAttribute(Prefix + ":literal", derivation.LiteralResult.Range.ToString()),
                };
                AddRange(attributes, derivation.Result.Range);
                Element(ProvElementKind.Entity, entity, attributes.ToArray());
                Relate(ProvRelationKind.WasGeneratedBy, ("prov:entity", entity), ("prov:activity", activity));
                foreach (var claim in derivation.Claims.Distinct())
                {
                    Relate(ProvRelationKind.Used, ("prov:activity", activity), ("prov:entity", ClaimId(claim.Id)));
                    Relate(ProvRelationKind.WasDerivedFrom, ("prov:generatedEntity", entity), ("prov:usedEntity", ClaimId(claim.Id)), ("prov:activity", activity));
                }
            }

            /// <summary>
            /// A denial bears on the claims it denies: <c>wasInfluencedBy</c> with the denial as influencer and each denied claim
            /// as influencee, typed <c>cr:Denial</c>. PROV has no "refutes"; <c>wasDerivedFrom</c> would say the denial was made
            /// from the claim's content, and <c>wasInvalidatedBy</c> needs an activity and says the claim ceased to exist, while
            /// a denied claim stays on record. Influence is PROV's relation between any two entities, made specific by its type.
            /// Denied claims: those named; every figure of the named source for the quantity; or, for a denial of its own
            /// figure, the figures of other origins for the quantity that share values with what it rules out.
            /// </summary>
            private void AddDenials(IReadOnlyList<Claim> claims)
            {
                foreach (var denial in claims)
                {
                    if (denial.Denies is not { } target)
                    {
                        continue;
                    }

                    var ruledOut = denial.Figure is null ? NumericRange.Empty : target.RuledOut(denial.Range);
                    foreach (var claim in claims)
                    {
                        if (claim.Stance == Stance.Denies || ReferenceEquals(claim, denial))
                        {
                            continue;
                        }

                        var denied = target.ClaimIds.Count > 0 ? target.ClaimIds.Contains(claim.Id)
                            : target.SourceId is { } source ? claim.Quantity.Equals(denial.Quantity) && claim.Attribution.SourceIds.Contains(source)
                            : claim.Quantity.Equals(denial.Quantity) && !string.Equals(claim.Attribution.Origin, denial.Attribution.Origin, StringComparison.Ordinal)
                              && claim.Range.Overlaps(ruledOut) && SameTime(claim, denial);
                        if (denied)
                        {
                            Relate(ProvRelationKind.WasInfluencedBy, ("prov:influencee", ClaimId(claim.Id)), ("prov:influencer", ClaimId(denial.Id)), ("prov:type", Prefix + ":Denial"));
                        }
                    }
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Oracle for <see cref="DenialRule"/>: the denial rule as it was before its hits were found through an index (commit
    /// 0219f40), comparing every witness with every group of denials. Kept verbatim apart from its name, so the indexed rule
    /// can be checked to give exactly the same findings, in the same order, with the same text.
    /// </summary>
    internal sealed class ReferenceDenialRule : IFindingRule
    {
        /// <summary>How many denials one finding names and cites at most; the rest are counted.</summary>
        internal const int ListedDenials = 10;

        private const string Rule = "A figure must not share values with what a denial from another origin rules out for its quantity and period: the denied figure, and with a direction everything beyond it.";
        private readonly FindingText _text;

        public ReferenceDenialRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            var spans = Resolve(context);
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    if (spans.TryGetValue(result, out var list))
                    {
                        context.DeniedPairs[result] = Check(context, result, list, drafts);
                    }
                }
            }
        }

        /// <summary>Every denial as the values it rules out, placed in the period result where they apply.</summary>
        private static Dictionary<MergeResult, List<Span>> Resolve(DetectionContext context)
        {
            var spans = new Dictionary<MergeResult, List<Span>>();
            Dictionary<string, (Claim Claim, MergeResult Home)>? home = null;
            HashSet<Claim>? resolved = null;
            void Add(MergeResult result, Span span) => (spans.TryGetValue(result, out var l) ? l : spans[result] = new List<Span>()).Add(span);

            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    foreach (var denial in result.Denials)
                    {
                        var d = denial.Claim;
                        var target = d.Denies!;
                        if (d.Figure is not null)
                        {
                            Add(result, new Span(d, target.RuledOut(d.Range), d.Range, null));
                        }
                        else if (target.SourceId is { } source)
                        {
                            foreach (var claim in Asserting(result).Where(c => c.Attribution.SourceIds.Contains(source, StringComparer.Ordinal)))
                            {
                                Add(result, new Span(d, target.RuledOut(claim.Range), claim.Range, claim));
                            }
                        }
                        else if ((resolved ??= new HashSet<Claim>()).Add(d))
                        {
                            // Merging places such a denial beside every claim it names, so it can appear in several periods: resolve it once.
                            home ??= Homes(context);
                            foreach (var id in target.ClaimIds)
                            {
                                if (home.TryGetValue(id, out var found))
                                {
                                    Add(found.Home, new Span(d, target.RuledOut(found.Claim.Range), found.Claim.Range, found.Claim));
                                }
                            }
                        }
                    }
                }
            }

            return spans;
        }

        /// <summary>The period result each asserting claim was merged in, by id.</summary>
        private static Dictionary<string, (Claim, MergeResult)> Homes(DetectionContext context)
        {
            var home = new Dictionary<string, (Claim, MergeResult)>(StringComparer.Ordinal);
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    foreach (var claim in Asserting(result))
                    {
                        home[claim.Id] = (claim, result);
                    }
                }
            }

            return home;
        }

        private static IEnumerable<Claim> Asserting(MergeResult result) =>
            result.Witnesses.SelectMany(w => w.Claims)
                .Concat(result.Outliers.Where(o => o.Reason == OutlierReason.SelfContradictory).SelectMany(o => o.Witness.Claims));

        private HashSet<(string, string)> Check(DetectionContext context, MergeResult result, List<Span> spans, List<Finding> drafts)
        {
            var pairs = new HashSet<(string, string)>();

            // Echoes of one denial (one origin ruling out one range, reported by several outlets) count once.
            var groups = spans.GroupBy(s => (s.Denial.Attribution.Origin, s.RuledOut, s.Target?.Id))
                .Select(g => new Group(g.First(), g.Select(s => s.Denial).Distinct().ToArray()))
                .ToArray();
            var parties = new List<Party>();
            var hits = new List<(Group Group, Claim[] Claims, bool Wholly)>();
            foreach (var witness in result.Witnesses)
            {
                foreach (var group in groups)
                {
                    if (string.Equals(group.Origin, witness.OriginId, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    List<Claim>? hit = null;
                    foreach (var claim in witness.Claims)
                    {
                        if (Hits(claim, group))
                        {
                            (hit ??= new List<Claim>()).Add(claim);
                        }
                    }

                    if (hit is not null)
                    {
                        hits.Add((group, hit.ToArray(), hit.All(c => group.RuledOut.Contains(c.Range))));
                    }
                }

                if (hits.Count > 0)
                {
                    parties.Add(new Party(witness.OriginId, witness.Claims.ToArray(), witness.Range, null, hits));
                    hits = new List<(Group Group, Claim[] Claims, bool Wholly)>();
                }
            }

            foreach (var derivation in context.Derivations)
            {
                if (!derivation.Relation.Target.Equals(result.Quantity.Key) || !Equals(derivation.Period, result.Period))
                {
                    continue;
                }

                var range = derivation.Result.Range;
                var derivedHits = groups.Where(g => g.RuledOut.Contains(range)).Select(g => (g, Array.Empty<Claim>(), true)).ToList();
                if (derivedHits.Count > 0)
                {
                    parties.Add(new Party(null, derivation.Claims.Distinct().ToArray(), range, derivation, derivedHits));
                }
            }

            if (parties.Count == 0)
            {
                return pairs;
            }

            var deniedWitnesses = new HashSet<string>(StringComparer.Ordinal);
            context.DeniedWitnesses[result] = deniedWitnesses;
            foreach (var party in parties.Where(p => p.Origin is not null))
            {
                deniedWitnesses.Add(party.Origin!);
                foreach (var hit in party.Hits)
                {
                    pairs.Add(Pair(hit.Group.Origin, party.Origin!));
                }
            }

            var agreed = parties.Select(p => p.Range).Aggregate((a, b) => a.Intersect(b));
            if (parties.Count > 1 && !agreed.IsEmpty)
            {
                drafts.Add(Together(result, parties, agreed));
                return pairs;
            }

            foreach (var party in parties)
            {
                drafts.Add(Alone(result, party));
            }

            return pairs;
        }

        /// <summary>Figures that agree with each other, all denied: one finding naming every claim involved.</summary>
        private Finding Together(MergeResult result, List<Party> parties, NumericRange agreed)
        {
            var groups = parties.SelectMany(p => p.Hits.Select(h => h.Group)).Distinct().ToList();
            var wholly = parties.All(p => p.Hits.Any(h => h.Wholly));
            var claims = new List<Claim>();
            foreach (var party in parties)
            {
                claims.AddRange(party.Claims);
            }

            claims.AddRange(Listed(groups));
            var figures = string.Join(", ", parties.Select(Describe));
            var explanation = $"{figures} agree on {FindingText.Range(agreed)} for {result.Quantity.Key} {FindingText.When(result.Period)}, but {Denials(groups)}: " +
                $"{(wholly ? "all of them lie" : "each of them lies at least partly")} in what {(groups.Count == 1 ? "the denial rules" : "the denials rule")} out ({string.Join("; ", groups.Select(g => FindingText.Range(g.RuledOut)).Distinct())}).";
            var derivation = parties.Select(p => p.Derivation).FirstOrDefault(d => d is not null);
            return new Finding(FindingKind.Denial, wholly ? 1m : 0.5m, result.Quantity.Key, result.Period, Distinct(claims), Rule, explanation, null, null, null, derivation);
        }

        /// <summary>One denied witness or derived figure, with every denial that hits it.</summary>
        private Finding Alone(MergeResult result, Party party)
        {
            var groups = party.Hits.Select(h => h.Group).ToList();
            var wholly = party.Hits.All(h => h.Wholly);
            var hitClaims = party.Derivation is null ? party.Hits.SelectMany(h => h.Claims).Distinct().ToArray() : party.Claims;
            var claims = new List<Claim>(Listed(groups));
            claims.AddRange(hitClaims);
            decimal? gap = null, relative = null;
            // What the denier's own figures say, with the denier as subject ("gives 1,200 itself ...") or owner ("own figures ... admit ...").
            var ownWords = string.Empty;
            var first = groups[0];
            var own = result.Witnesses.FirstOrDefault(w => string.Equals(w.OriginId, first.Origin, StringComparison.Ordinal));
            if (groups.Count == 1 && own is not null)
            {
                claims.AddRange(own.Claims);
                var deniedRange = party.Derivation is null ? Intersection(hitClaims) : party.Range;
                if (!own.Range.Overlaps(deniedRange))
                {
                    gap = own.Range.DistanceTo(deniedRange);
                    relative = Relative(own.Range, deniedRange, gap.Value);
                    ownWords = $"gives {FindingText.Range(own.Range)} itself ({FindingText.Figures(own.Claims)}), {FindingText.Number(gap.Value)} ({FindingText.Percent(relative.Value)}) away";
                }
                else
                {
                    ownWords = $"own figures ({FindingText.Figures(own.Claims)}) admit {FindingText.Range(own.Range)}";
                }
            }

            var partly = wholly ? string.Empty : $", partly in what it rules out ({FindingText.Range(first.RuledOut)})";
            var when = FindingText.When(groups.Count == 1 ? first.Denials[0].ReferenceTime ?? result.Period : result.Period);
            var counter = ownWords.Length == 0 ? string.Empty : (gap is not null ? ", and " : ", while its ") + ownWords;
            string explanation;
            if (groups.Count == 1 && first.Denials[0].Denies!.Direction != DenialDirection.None)
            {
                var denier = _text.Who(first.Denials[0]);
                var own2 = ownWords.Length == 0 ? string.Empty : "; " + denier + (gap is not null ? " " : "'s ") + ownWords;
                explanation = $"{denier} denies {Denied(first, withDirection: false)} for {result.Quantity.Key} {when}{Direction(first)}; {(party.Derivation is null ? $"{_text.Who(hitClaims[0])} asserts it ({FindingText.Figures(hitClaims)})" : $"this rules out {Describe(party)}")}{partly}{own2}.";
            }
            else if (groups.Count == 1)
            {
                explanation = party.Derivation is null
                    ? $"{Denials(groups)} for {result.Quantity.Key} {when}, which {_text.Who(hitClaims[0])} asserts ({FindingText.Figures(hitClaims)}){partly}{counter}."
                    : $"{Denials(groups)} for {result.Quantity.Key} {when}, which rules out {Describe(party)}{partly}{counter}.";
            }
            else
            {
                var figure = party.Derivation is null ? $"{_text.Who(hitClaims[0])} asserts ({FindingText.Figures(hitClaims)})" : $"{Describe(party)} follows";
                explanation = $"For {result.Quantity.Key} {when}, {figure}, which {groups.Count} denials rule out{(wholly ? string.Empty : " at least in part")}: {Denials(groups)}.";
            }

            return new Finding(FindingKind.Denial, wholly ? 1m : 0.5m, result.Quantity.Key, result.Period, Distinct(claims), Rule, explanation, gap, relative, null, party.Derivation);
        }

        /// <summary>
        /// Whether a denial contradicts a claim: the claim lies wholly in what the denial rules out, or shares values with
        /// it while stating the very number denied ("about 7,000" against a denied "7,000"). A claim that only touches the
        /// ruled-out values with a wide range of its own ("more than 4,580" against a denied "7,000") is not contradicted.
        /// </summary>
        private static bool Hits(Claim claim, Group group) =>
            group.RuledOut.Contains(claim.Range)
            || (claim.Range.Overlaps(group.RuledOut) && SameFigure(claim, group.Target ?? group.Denials[0]));

        private static IEnumerable<Claim> Listed(List<Group> groups) => groups.Take(ListedDenials).SelectMany(g => g.Denials);

        /// <summary>"X denies the figure "7,000"", "X denies the figure "nearly 2,000" that Y gave, saying the truth is lower", joined; counts those beyond the cap.</summary>
        private string Denials(List<Group> groups)
        {
            var named = groups.Take(ListedDenials).Select(g => $"{_text.Who(g.Denials[0])} denies {Denied(g)}").ToArray();
            var more = groups.Count > ListedDenials ? $" (and {groups.Count - ListedDenials} more denials)" : string.Empty;
            return string.Join("; ", named) + more;
        }

        private string Denied(Group group, bool withDirection = true)
        {
            var denial = group.Denials[0];
            var direction = withDirection ? Direction(group) : string.Empty;
            if (group.Target is null)
            {
                return $"the figure {FindingText.Figure(denial)}{direction}";
            }

            return denial.Denies!.SourceId is { } source
                ? $"the figures of {_text.Name(source)}, among them {FindingText.Figure(group.Target)}{direction}"
                : $"the figure {FindingText.Figure(group.Target)} that {_text.Who(group.Target)} gave{direction}";
        }

        private static string Direction(Group group) => group.Denials[0].Denies!.Direction switch
        {
            DenialDirection.Lower => ", saying the truth is lower",
            DenialDirection.Higher => ", saying the truth is higher",
            _ => string.Empty,
        };

        private string Describe(Party party)
        {
            if (party.Derivation is not { } derivation)
            {
                return $"{_text.Who(party.Claims[0])} ({FindingText.Figures(party.Claims)})";
            }

            var inputs = string.Join(" and ", derivation.Operands.Select(o => FindingText.Range(o.Value.Range)));
            return $"{FindingText.Range(party.Range)} derived from {inputs} by {derivation.Relation.Name ?? derivation.Relation.ToString()}";
        }

        /// <summary>Whether two claims state the same number(s), whatever their hedges.</summary>
        internal static bool SameFigure(Claim claim, Claim other) =>
            claim.Figure is not null && other.Figure is not null && claim.Figure.Value == other.Figure.Value && claim.Figure.UpperValue == other.Figure.UpperValue;

        /// <summary>One denial's ruled-out values: from its own figure (no target) or from one denied claim.</summary>
        private sealed class Span
        {
            public Span(Claim denial, NumericRange ruledOut, NumericRange denied, Claim? target)
            {
                Denial = denial;
                RuledOut = ruledOut;
                Denied = denied;
                Target = target;
            }

            public Claim Denial { get; }

            public NumericRange RuledOut { get; }

            public NumericRange Denied { get; }

            public Claim? Target { get; }
        }

        /// <summary>Echoes of one span: one origin ruling out one range through several outlets.</summary>
        private sealed class Group
        {
            public Group(Span first, Claim[] denials)
            {
                Origin = first.Denial.Attribution.Origin;
                RuledOut = first.RuledOut;
                Target = first.Target;
                Denials = denials;
            }

            public string Origin { get; }

            public NumericRange RuledOut { get; }

            public Claim? Target { get; }

            public Claim[] Denials { get; }
        }

        /// <summary>A denied witness (with an origin) or derived figure (with a derivation).</summary>
        private sealed class Party
        {
            public Party(string? origin, Claim[] claims, NumericRange range, Derivation? derivation, List<(Group Group, Claim[] Claims, bool Wholly)> hits)
            {
                Origin = origin;
                Claims = claims;
                Range = range;
                Derivation = derivation;
                Hits = hits;
            }

            public string? Origin { get; }

            public Claim[] Claims { get; }

            public NumericRange Range { get; }

            public Derivation? Derivation { get; }

            public List<(Group Group, Claim[] Claims, bool Wholly)> Hits { get; }
        }
    }
}

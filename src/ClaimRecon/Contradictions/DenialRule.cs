using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Denials: a figure that shares values with what a denial rules out is contradicted by it. A denial rules out the
    /// denied figure's range and, with a direction, everything beyond it on that side (<see cref="DenialTarget.RuledOut"/>).
    /// </summary>
    /// <remarks>
    /// <para>What is denied comes from the denial's own figure, from the claims it names (in the period where each was
    /// merged) or from every figure of the source it names in its period. Figures are compared as ranges: a figure that
    /// lies wholly in what the denial leaves possible is never contradicted, one that lies wholly in what it rules out
    /// always is (severity 1), one that straddles the line is contradicted in part (severity 0.5) when it states the very
    /// number denied, and otherwise not: "more than 4,580" is no assertion of a denied "7,000".</para>
    /// <para>One finding per denied witness (its claims, every denial that hits it, up to <see cref="ListedDenials"/>
    /// named); witnesses and derived figures of declared relations that all agree with each other and are all denied are
    /// one finding naming every claim involved, the derived figures' operands included.</para>
    /// </remarks>
    internal sealed partial class DenialRule : IFindingRule
    {
        /// <summary>How many denials one finding names and cites at most; the rest are counted.</summary>
        internal const int ListedDenials = 10;

        private const string Rule = "A figure must not share values with what a denial from another origin rules out for its quantity and period: the denied figure, and with a direction everything beyond it.";
        private readonly FindingText _text;

        /// <summary>Whether the origin pairs each denial covers are recorded: only pairwise detail reads them (to skip those pairs).</summary>
        private readonly bool _recordsPairs;

        public DenialRule(FindingText text, bool recordsPairs = true)
        {
            _text = text;
            _recordsPairs = recordsPairs;
        }

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            var spans = Resolve(context);
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.PeriodArray)
                {
                    Check(context, result, spans, drafts);
                }
            }
        }

        /// <summary>The findings of the denials placed in one period result (by <see cref="Resolve"/>), recording the origin pairs and witnesses they cover in the context.</summary>
        internal void Check(DetectionContext context, MergeResult result, Dictionary<MergeResult, List<Span>> spans, List<Finding> drafts)
        {
            if (spans.Count != 0 && spans.TryGetValue(result, out var list))
            {
                Record(context, result, Check(context, result, list, drafts));
            }
        }

        /// <summary>
        /// The findings of the denials of one period result that resolve within it (each with a figure of its own or naming a
        /// source): for a caller that has made sure no denial names claims, which <see cref="Resolve"/> places wherever the
        /// named claims were merged. The spans are those <see cref="Resolve"/> would place here, in the same order.
        /// </summary>
        internal void CheckOwn(DetectionContext context, MergeResult result, List<Finding> drafts)
        {
            var denials = result.Denials;
            if (denials.Count == 0)
            {
                return;
            }

            var list = new List<Span>();
            for (var i = 0; i < denials.Count; i++)
            {
                AddOwn(result, denials[i].Claim, list);
            }

            if (list.Count != 0)
            {
                Record(context, result, Check(context, result, list, drafts));
            }
        }

        private void Record(DetectionContext context, MergeResult result, HashSet<(string, string)>? pairs)
        {
            if (_recordsPairs)
            {
                context.DeniedPairs[result] = pairs!;
            }
        }

        /// <summary>Adds the spans of a denial with a figure of its own or naming a source, in the period result it was merged in.</summary>
        private static void AddOwn(MergeResult result, Claim d, List<Span> list)
        {
            var target = d.Denies!;
            if (d.Figure is not null)
            {
                list.Add(new Span(d, target.RuledOut(d.Range), d.Range, null));
            }
            else if (target.SourceId is { } source)
            {
                foreach (var claim in Asserting(result).Where(c => c.Attribution.SourceIds.Contains(source, StringComparer.Ordinal)))
                {
                    list.Add(new Span(d, target.RuledOut(claim.Range), claim.Range, claim));
                }
            }
        }

        /// <summary>Every denial as the values it rules out, placed in the period result where they apply.</summary>
        internal static Dictionary<MergeResult, List<Span>> Resolve(DetectionContext context)
        {
            var spans = new Dictionary<MergeResult, List<Span>>();
            Dictionary<string, (Claim Claim, MergeResult Home)>? home = null;
            HashSet<Claim>? resolved = null;
            List<Span>? own = null;
            void Add(MergeResult result, Span span) => (spans.TryGetValue(result, out var l) ? l : spans[result] = new List<Span>()).Add(span);

            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.PeriodArray)
                {
                    foreach (var denial in result.Denials)
                    {
                        var d = denial.Claim;
                        var target = d.Denies!;
                        if (d.Figure is not null || target.SourceId is not null)
                        {
                            (own ??= new List<Span>()).Clear();
                            AddOwn(result, d, own);
                            foreach (var span in own)
                            {
                                Add(result, span);
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
                foreach (var result in merge.PeriodArray)
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

        /// <summary>The denials' findings in one period result; returns the origin pairs they cover (null where they are not recorded).</summary>
        private HashSet<(string, string)>? Check(DetectionContext context, MergeResult result, List<Span> spans, List<Finding> drafts)
        {
            // Echoes of one denial (one origin ruling out one range, reported by several outlets) count once; one span (the
            // usual case) is one group.
            var groups = spans.Count == 1
                ? new[] { new Group(spans[0], new[] { spans[0].Denial }) }
                : spans.GroupBy(s => (s.Denial.Attribution.Origin, s.RuledOut, s.Target?.Id))
                    .Select(g => new Group(g.First(), g.Skip(1).Any() ? g.Select(s => s.Denial).Distinct().ToArray() : new[] { g.First().Denial }))
                    .ToArray();
            List<Party>? found = null;
            var finder = new HitFinder(groups);
            var witnesses = result.Witnesses;
            for (var i = 0; i < witnesses.Count; i++)
            {
                var witness = witnesses[i];
                var hits = finder.Find(witness);
                if (hits is not null)
                {
                    (found ??= new List<Party>()).Add(new Party(witness.OriginId, witness.ClaimArray, witness.Range, null, hits));
                }
            }

            var parties = found ?? new List<Party>();

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

            var pairs = _recordsPairs ? new HashSet<(string, string)>() : null;
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
                    pairs?.Add(Pair(hit.Group.Origin, party.Origin!));
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

        /// <summary>Whether two claims state the same number(s), whatever their hedges.</summary>
        internal static bool SameFigure(Claim claim, Claim other) =>
            claim.Figure is not null && other.Figure is not null && claim.Figure.Value == other.Figure.Value && claim.Figure.UpperValue == other.Figure.UpperValue;

        /// <summary>One denial's ruled-out values: from its own figure (no target) or from one denied claim.</summary>
        internal sealed class Span
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

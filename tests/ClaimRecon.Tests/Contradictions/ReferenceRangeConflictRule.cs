using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Oracle for <see cref="RangeConflictRule"/>: the range rule as it was on main 4953af9, writing every explanation at once. Kept
    /// verbatim apart from its name, so the rule that writes its explanations when first read can be checked to give exactly
    /// the same findings, in the same order, with the same text.
    /// </summary>
    internal sealed class ReferenceRangeConflictRule : IFindingRule
    {
        internal const string Rule = "A witness (one origin's figures for a quantity and period) must share a value with the consensus of the witnesses for that quantity and period.";
        internal const string SplitRule = "The witnesses for one quantity and period must not split between ranges that share no value.";
        internal const string HedgeRule = "Figures that agree only when \"about\"/\"nearly\" are read at least a given width are reported with that width.";

        /// <summary>How many ranges of a split one finding describes; the rest are counted.</summary>
        internal const int ListedRanges = 3;

        private static readonly HashSet<string> NoOrigins = new(StringComparer.Ordinal);
        private readonly FindingText _text;
        private readonly ContradictionOptions _options;
        private readonly PairwiseConflicts _pairs;

        public ReferenceRangeConflictRule(FindingText text, ContradictionOptions options)
        {
            _text = text;
            _options = options;
            _pairs = new PairwiseConflicts(text, options.PairLimit);
        }

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            // One buffer for every explanation of this run (a run is one call, so it is never shared between threads).
            var text = new StringBuilder(512);
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    if (_options.PairwiseDetail)
                    {
                        _pairs.Run(context, result, drafts);
                        continue;
                    }

                    Consensus(result, context.DeniedWitnesses.TryGetValue(result, out var denied) ? denied : NoOrigins, drafts, text);
                }
            }
        }

        private void Consensus(MergeResult result, HashSet<string> denied, List<Finding> drafts, StringBuilder text)
        {
            var witnesses = result.Witnesses;
            if (witnesses.Count < 2)
            {
                return;
            }

            DisjointCounter? counter = null;
            string? when = null;
            if (result.Status == MergeStatus.Consensus)
            {
                var supporters = new ConsensusReading(result.Supporters);
                var (highestLower, lowestUpper) = Edges(result.Supporters);

                foreach (var outlier in result.Outliers)
                {
                    if (outlier.Reason == OutlierReason.OutsideConsensus && !denied.Contains(outlier.Witness.OriginId))
                    {
                        var w = outlier.Witness;
                        var below = WhollyBelow(w.Range, result.Consensus);
                        counter ??= new DisjointCounter(witnesses);
                        when ??= FindingText.When(result.Period);
                        drafts.Add(Against(result, when, w, result.Consensus, below ? highestLower : lowestUpper, result.Supporters.Count, counter, supporters, text));
                    }
                }

                HedgeDependentConsensus(result, supporters, drafts, text);
                return;
            }

            // A tie, or no agreement (denials outweigh every claimed value): no single consensus.
            var candidates = result.Candidates;
            Lazy<ConsensusReading>[]? readings = null;
            Lazy<(Witness HighestLower, Witness LowestUpper)>[]? edges = null;
            foreach (var outlier in result.Outliers)
            {
                if (outlier.Reason != OutlierReason.OutsideAllCandidates || denied.Contains(outlier.Witness.OriginId) || candidates.Count == 0)
                {
                    continue;
                }

                if (readings is null || edges is null)
                {
                    readings = new Lazy<ConsensusReading>[candidates.Count];
                    edges = new Lazy<(Witness, Witness)>[candidates.Count];
                    for (var i = 0; i < readings.Length; i++)
                    {
                        var candidate = candidates[i];
                        readings[i] = new Lazy<ConsensusReading>(() => new ConsensusReading(candidate.Supporters));
                        edges[i] = new Lazy<(Witness, Witness)>(() => Edges(candidate.Supporters));
                    }
                }

                var w = outlier.Witness;
                var nearest = Nearest(candidates, w.Range);
                var edge = WhollyBelow(w.Range, candidates[nearest].Range) ? edges[nearest].Value.HighestLower : edges[nearest].Value.LowestUpper;
                counter ??= new DisjointCounter(witnesses);
                when ??= FindingText.When(result.Period);
                drafts.Add(AgainstLazily(result, when, w, candidates[nearest].Range, edge, candidates[nearest].Supporters.Count, counter, readings[nearest], candidates.Count, text));
            }

            Split(result, drafts, text);
        }

        /// <summary>One outlying witness against the consensus (or, in a tie, the nearest tied range).</summary>
        private Finding Against(MergeResult result, string when, Witness w, NumericRange consensus, Witness edge, int holders, DisjointCounter counter, ConsensusReading reading, StringBuilder text) =>
            AgainstLazily(result, when, w, consensus, edge, holders, counter, new Lazy<ConsensusReading>(() => reading), 0, text);

        private Finding AgainstLazily(MergeResult result, string when, Witness w, NumericRange consensus, Witness edge, int holders, DisjointCounter counter, Lazy<ConsensusReading> reading, int tie, StringBuilder text)
        {
            var below = WhollyBelow(w.Range, consensus);
            var gap = w.Range.DistanceTo(consensus);
            var relative = Relative(w.Range, consensus, gap);
            var disagreeing = counter.Disjoint(w.Range);
            // The outlier and the edge are witnesses of different origins, so their claims never repeat.
            var claims = new Claim[w.Claims.Count + edge.Claims.Count];
            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = i < w.Claims.Count ? w.Claims[i] : edge.Claims[i - w.Claims.Count];
            }

            // "X gives "a" for q on d: R lies G (P%) below the consensus C, held by N witnesses (Y: "b"); it shares no value
            // with D of the M other witnesses.", written straight into one buffer.
            text.Clear().Append(_text.Who(w.Claims[0])).Append(" gives ").Append(FindingText.Figures(w.Claims)).Append(" for ")
                .Append(result.Quantity.Key.ToString()).Append(' ').Append(when).Append(": ").Append(FindingText.Range(w.Range)).Append(" lies ");
            if (gap == 0)
            {
                text.Append("just ");
            }
            else
            {
                text.Append(FindingText.Number(gap)).Append(" (").Append(FindingText.Percent(relative)).Append(") ");
            }

            text.Append(below ? "below " : "above ");
            if (tie > 1)
            {
                text.Append("the nearest of the ").Append(Int(tie)).Append(" ranges the other witnesses split between, ").Append(FindingText.Range(consensus));
            }
            else
            {
                text.Append("the consensus ").Append(FindingText.Range(consensus));
            }

            text.Append(", held by ").Append(Witnesses(holders)).Append(" (").Append(_text.Who(edge.Claims[0])).Append(": ").Append(FindingText.Figures(edge.Claims)).Append(')');
            if (gap == 0)
            {
                text.Append(", touching at an end that one of them excludes");
            }

            text.Append("; it shares no value with ").Append(Int(disagreeing)).Append(" of the ").Append(Int(counter.Count - 1)).Append(" other witnesses.");
            var witness = w.Claims;
            var flip = new Lazy<decimal?>(() => reading.Value.FlipWith(witness));
            return new Finding(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, Rule, new Written(text.ToString(), flip), gap, relative, null, null, disagreeing);
        }

        /// <summary>Witnesses split between ranges of equal support (or sharing no value at all when denials outweigh every claimed value): one finding naming every witness involved.</summary>
        private void Split(MergeResult result, List<Finding> drafts, StringBuilder text)
        {
            var candidates = result.Candidates;
            var involved = candidates.Count > 0 ? candidates.SelectMany(c => c.Supporters).Distinct().ToList() : result.Witnesses.Where(w => !w.Range.IsEmpty).ToList();
            if (involved.Count < 2)
            {
                return;
            }

            Witness low = involved[0], high = involved[0];
            foreach (var w in involved)
            {
                low = CompareUpper(w.Range, low.Range) < 0 ? w : low;
                high = CompareLower(w.Range, high.Range) > 0 ? w : high;
            }

            if (!WhollyBelow(low.Range, high.Range))
            {
                // Helly: ranges that pairwise share a value share one value; these do, so only denials split them.
                return;
            }

            var gap = low.Range.DistanceTo(high.Range);
            var relative = Relative(low.Range, high.Range, gap);
            var claims = Claims(involved);
            var when = FindingText.When(result.Period);
            text.Clear();
            if (candidates.Count > 1)
            {
                text.Append("No value of ").Append(result.Quantity.Key.ToString()).Append(' ').Append(when).Append(" is held by more than ").Append(FindingText.Number(candidates[0].Score))
                    .Append(" of its ").Append(Int(involved.Count)).Append(" witnesses: they split between ").Append(Int(candidates.Count)).Append(" ranges, ");
                for (var i = 0; i < candidates.Count && i < ListedRanges; i++)
                {
                    var c = candidates[i];
                    text.Append(i > 0 ? ", " : string.Empty).Append(FindingText.Range(c.Range)).Append(" (").Append(_text.Who(c.Supporters[0].Claims[0]));
                    if (c.Supporters.Count > 1)
                    {
                        text.Append(" and ").Append(Int(c.Supporters.Count - 1)).Append(" more");
                    }

                    text.Append(')');
                }

                if (candidates.Count > ListedRanges)
                {
                    text.Append(" and ").Append(Int(candidates.Count - ListedRanges)).Append(" more");
                }
            }
            else
            {
                text.Append("The ").Append(Int(involved.Count)).Append(" witnesses for ").Append(result.Quantity.Key.ToString()).Append(' ').Append(when)
                    .Append(" share no value, and denials outweigh every value they claim");
            }

            text.Append(candidates.Count > 1 ? "; " : ": ").Append("the lowest, ").Append(_text.Who(low.Claims[0])).Append("'s ").Append(FindingText.Figures(low.Claims))
                .Append(", lies ").Append(gap == 0 ? "just" : FindingText.Number(gap) + " (" + FindingText.Percent(relative) + ")").Append(" below the highest, ")
                .Append(_text.Who(high.Claims[0])).Append("'s ").Append(FindingText.Figures(high.Claims)).Append(gap == 0 ? ", touching at an end that one of them excludes." : ".");
            var flip = new Lazy<decimal?>(() => new ConsensusReading(involved).Flip());
            drafts.Add(new Finding(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, SplitRule, new Written(text.ToString(), flip), gap, relative, null, null));
        }

        /// <summary>Supporters whose figures share a value only when "about"/"nearly" are read wide: one finding for the consensus.</summary>
        private void HedgeDependentConsensus(MergeResult result, ConsensusReading supporters, List<Finding> drafts, StringBuilder text)
        {
            if (!supporters.AnyTolerant || result.Supporters.Count < 2 || !supporters.At(Tolerance.Step).IsEmpty)
            {
                return;
            }

            var claims = Claims(result.Supporters);
            var configured = Tolerance.PolicyTolerance(claims);
            var flip = supporters.Flip(configured);
            Claim low = claims[0], high = claims[0];
            NumericRange lowRange = Tolerance.RangeAt(low, Tolerance.Step), highRange = lowRange;
            foreach (var c in claims)
            {
                var literal = Tolerance.RangeAt(c, Tolerance.Step);
                if (!literal.IsEmpty && (lowRange.IsEmpty || CompareUpper(literal, lowRange) < 0))
                {
                    (low, lowRange) = (c, literal);
                }

                if (!literal.IsEmpty && (highRange.IsEmpty || CompareLower(literal, highRange) > 0))
                {
                    (high, highRange) = (c, literal);
                }
            }

            text.Clear().Append("The consensus ").Append(FindingText.Range(result.Consensus)).Append(" for ").Append(result.Quantity.Key.ToString()).Append(' ')
                .Append(FindingText.When(result.Period)).Append(", held by ").Append(Witnesses(result.Supporters.Count))
                .Append(", holds only if \"about\"/\"nearly\" are read at least ").Append(FindingText.Percent(flip ?? 1m)).Append(" wide");
            if (configured is decimal c2)
            {
                text.Append(" (the interpretation policy reads them ").Append(FindingText.Percent(c2)).Append(" wide)");
            }

            text.Append(": read literally, ").Append(_text.Who(low)).Append("'s ").Append(FindingText.Figure(low)).Append(" and ").Append(_text.Who(high)).Append("'s ")
                .Append(FindingText.Figure(high)).Append(" share no value.");
            drafts.Add(new Finding(FindingKind.HedgeDependent, flip ?? 1m, result.Quantity.Key, result.Period, claims, HedgeRule, text.ToString(), null, null, flip, null));
        }

        /// <summary>The index of the candidate nearest to a range that overlaps none of them (candidates run from low to high and are disjoint).</summary>
        private static int Nearest(IReadOnlyList<Candidate> candidates, NumericRange range)
        {
            int lo = 0, hi = candidates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (WhollyBelow(candidates[mid].Range, range))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            if (lo == 0)
            {
                return 0;
            }

            if (lo == candidates.Count)
            {
                return lo - 1;
            }

            return candidates[lo - 1].Range.DistanceTo(range) <= candidates[lo].Range.DistanceTo(range) ? lo - 1 : lo;
        }

        /// <summary>The witnesses with the highest lower end and the lowest upper end: those that bound a consensus from an outlier's side.</summary>
        private static (Witness HighestLower, Witness LowestUpper) Edges(IReadOnlyList<Witness> witnesses)
        {
            Witness highestLower = witnesses[0], lowestUpper = witnesses[0];
            foreach (var w in witnesses)
            {
                highestLower = CompareLower(w.Range, highestLower.Range) > 0 ? w : highestLower;
                lowestUpper = CompareUpper(w.Range, lowestUpper.Range) < 0 ? w : lowestUpper;
            }

            return (highestLower, lowestUpper);
        }

        /// <summary>The claims of distinct witnesses (one origin each, so no claim repeats), in witness order.</summary>
        private static Claim[] Claims(IReadOnlyList<Witness> witnesses)
        {
            var count = 0;
            foreach (var w in witnesses)
            {
                count += w.Claims.Count;
            }

            var claims = new Claim[count];
            var k = 0;
            foreach (var w in witnesses)
            {
                foreach (var c in w.Claims)
                {
                    claims[k++] = c;
                }
            }

            return claims;
        }

        private static string Witnesses(int count) => count == 1 ? "1 witness" : $"{count} witnesses";

        /// <summary>A count as an interpolation writes it (current culture, as before the explanations were built in one buffer).</summary>
        private static string Int(int value) => value.ToString(CultureInfo.CurrentCulture);

        /// <summary>A sentence written at once and a flip tolerance computed when first read, as the reference rule gives them.</summary>
        private sealed class Written : FindingSentence
        {
            private readonly string _text;
            private readonly Lazy<decimal?> _flip;

            public Written(string text, Lazy<decimal?> flip)
            {
                _text = text;
                _flip = flip;
            }

            public override bool FlipsLazily => true;

            public override string Write() => _text;

            public override decimal? Flip() => _flip.Value;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Range conflicts, linear by default: each witness that shares no value with the consensus of its quantity and period
    /// is one finding, against the consensus, with the number of witnesses it disagrees with; witnesses split between
    /// ranges of equal support are one finding; a consensus that holds only on a wide reading of "about"/"nearly" is one
    /// <see cref="FindingKind.HedgeDependent"/> finding. With <see cref="ContradictionOptions.PairwiseDetail"/>, every
    /// disjoint pair instead (<see cref="PairwiseConflicts"/>).
    /// </summary>
    /// <remarks>The consensus is the max-agreement merge's; each period result costs O(n log n) in its witnesses.</remarks>
    internal sealed partial class RangeConflictRule : IFindingRule
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

        public RangeConflictRule(FindingText text, ContradictionOptions options)
        {
            _text = text;
            _options = options;
            _pairs = new PairwiseConflicts(text, options.PairLimit);
        }

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            var scratch = new Scratch();
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.PeriodArray)
                {
                    Check(context, result, drafts, scratch);
                }
            }
        }

        /// <summary>The findings of one period result, after the denial rule has checked it (it leaves the witnesses it reports in the context).</summary>
        internal void Check(DetectionContext context, MergeResult result, List<Finding> drafts, Scratch scratch)
        {
            if (_options.PairwiseDetail)
            {
                _pairs.Run(context, result, drafts);
                return;
            }

            Consensus(result, context.DeniedWitnesses.Count != 0 && context.DeniedWitnesses.TryGetValue(result, out var denied) ? denied : NoOrigins, drafts, scratch);
        }

        private void Consensus(MergeResult result, HashSet<string> denied, List<Finding> drafts, Scratch scratch)
        {
            var witnesses = result.Witnesses;
            if (witnesses.Count < 2)
            {
                return;
            }

            // How many witnesses each outlier shares no value with, counted for all outliers at once when the first is reported.
            int[]? disjoint = null;
            var others = 0;
            var outliers = result.Outliers;
            if (result.Status == MergeStatus.Consensus)
            {
                // The consensus's reading and edges serve only an outlier or a hedged consensus, which most periods lack.
                KeptReading? supporters = null;
                Witness? highestLower = null, lowestUpper = null;
                for (var o = 0; o < outliers.Count; o++)
                {
                    var outlier = outliers[o];
                    if (outlier.Reason == OutlierReason.OutsideConsensus && !denied.Contains(outlier.Witness.OriginId))
                    {
                        if (supporters is null)
                        {
                            supporters = Reading(result.Supporters);
                            (highestLower, lowestUpper) = Edges(result.Supporters);
                        }

                        var w = outlier.Witness;
                        var below = WhollyBelow(w.Range, result.Consensus);
                        disjoint ??= scratch.DisjointFromEach(witnesses, outliers, out others);
                        drafts.Add(AgainstLazily(result, w, result.Consensus, below ? highestLower! : lowestUpper!, result.Supporters.Count, disjoint[o], others - 1, supporters, 0));
                    }
                }

                if (result.Supporters.Count >= 2 && AnyTolerant(result.Supporters))
                {
                    HedgeDependentConsensus(result, new ConsensusReading(result.Supporters), drafts);
                }

                return;
            }

            // A tie, or no agreement (denials outweigh every claimed value): no single consensus.
            var candidates = result.Candidates;
            KeptReading[]? readings = null;
            (Witness HighestLower, Witness LowestUpper)?[]? edges = null;
            for (var o = 0; o < outliers.Count; o++)
            {
                var outlier = outliers[o];
                if (outlier.Reason != OutlierReason.OutsideAllCandidates || denied.Contains(outlier.Witness.OriginId) || candidates.Count == 0)
                {
                    continue;
                }

                if (readings is null || edges is null)
                {
                    // Each candidate's reading (kept by its outliers' findings, for the flip tolerance) and edges are made when first needed.
                    readings = new KeptReading[candidates.Count];
                    edges = new (Witness, Witness)?[candidates.Count];
                }

                var w = outlier.Witness;
                var nearest = Nearest(candidates, w.Range);
                var bounds = edges[nearest] ??= Edges(candidates[nearest].Supporters);
                readings[nearest] ??= Reading(candidates[nearest].Supporters);
                var edge = WhollyBelow(w.Range, candidates[nearest].Range) ? bounds.HighestLower : bounds.LowestUpper;
                disjoint ??= scratch.DisjointFromEach(witnesses, outliers, out others);
                drafts.Add(AgainstLazily(result, w, candidates[nearest].Range, edge, candidates[nearest].Supporters.Count, disjoint[o], others - 1, readings[nearest], candidates.Count));
            }

            Split(result, drafts);
        }

        /// <summary>What one run of the rule reuses from period to period: the arrays that count the witnesses each outlier shares no value with.</summary>
        internal sealed class Scratch
        {
            private readonly DisjointCounter.Scratch _work = new();
            private int[] _counts = Array.Empty<int>();

            /// <summary>As <see cref="DisjointCounter.DisjointFromEach(IReadOnlyList{Witness}, IReadOnlyList{Outlier}, out int)"/>; the array returned is valid until the next call.</summary>
            public int[] DisjointFromEach(IReadOnlyList<Witness> witnesses, IReadOnlyList<Outlier> outliers, out int count)
            {
                if (_counts.Length < outliers.Count)
                {
                    _counts = new int[Math.Max(outliers.Count, 2 * _counts.Length)];
                }

                DisjointCounter.DisjointFromEach(witnesses, outliers, out count, _work, _counts);
                return _counts;
            }
        }

        /// <summary>The supporters' reading, made when the first outlier against them is found.</summary>
        private static KeptReading Reading(IReadOnlyList<Witness> supporters) => new(supporters);

        /// <summary>Whether any supporter's claim reads differently at another tolerance (as <see cref="ConsensusReading.AnyTolerant"/>, without reading the rest).</summary>
        private static bool AnyTolerant(IReadOnlyList<Witness> supporters)
        {
            // Indexed loops over the lists and the witnesses' own arrays: no enumerator is made for each witness.
            for (var i = 0; i < supporters.Count; i++)
            {
                var w = supporters[i];
                for (int k = 0, n = w.ClaimCount; k < n; k++)
                {
                    if (w.ClaimAt(k).Figure is { } figure && HedgeKinds.DependsOnTolerance(figure.Hedge))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>One outlying witness against the consensus (or, in a tie, the nearest tied range).</summary>
        private Finding AgainstLazily(MergeResult result, Witness w, NumericRange consensus, Witness edge, int holders, int disagreeing, int others, KeptReading reading, int tie)
        {
            var below = WhollyBelow(w.Range, consensus);
            var gap = w.Range.DistanceTo(consensus);
            var relative = Relative(w.Range, consensus, gap);
            // The outlier and the edge are witnesses of different origins, so their claims never repeat.
            var claims = new Claim[w.ClaimCount + edge.ClaimCount];
            var own = w.CopyClaims(claims, 0);
            edge.CopyClaims(claims, own);
            var text = AgainstText(result, w, consensus, edge, holders, tie, below, gap, relative, disagreeing, others);
            return Finding.FlippingLazily(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, Rule, text, new OutlierFlip(claims, own, reading), gap, relative, disagreeing);
        }

        /// <summary>Witnesses split between ranges of equal support (or sharing no value at all when denials outweigh every claimed value): one finding naming every witness involved.</summary>
        private void Split(MergeResult result, List<Finding> drafts)
        {
            var candidates = result.Candidates;
            Witness? low = null, high = null;
            if (candidates.Count > 0)
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    var supporters = candidates[i].Supporters;
                    for (var k = 0; k < supporters.Count; k++)
                    {
                        Bound(supporters[k], ref low, ref high);
                    }
                }
            }
            else
            {
                var witnesses = result.Witnesses;
                for (var k = 0; k < witnesses.Count; k++)
                {
                    if (!witnesses[k].Range.IsEmpty)
                    {
                        Bound(witnesses[k], ref low, ref high);
                    }
                }
            }

            if (low is null || high is null || !WhollyBelow(low.Range, high.Range))
            {
                // Helly: ranges that pairwise share a value share one value; these do, so only denials split them.
                return;
            }

            // Only now, with a split to report, the witnesses involved (a witness may support several candidates).
            var involved = candidates.Count > 0 ? Distinct(candidates) : result.Witnesses.Where(w => !w.Range.IsEmpty).ToList();
            if (involved.Count < 2)
            {
                return;
            }

            var gap = low.Range.DistanceTo(high.Range);
            var relative = Relative(low.Range, high.Range, gap);
            var claims = Claims(involved);
            var text = SplitText(result, involved.Count, low, high, gap, relative);
            drafts.Add(Finding.FlippingLazily(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, SplitRule, text, new SplitFlip(involved), gap, relative, null));
        }

        /// <summary>
        /// Keeps the witness with the lowest upper end and the one with the highest lower end, the first of equals; a
        /// witness met again never replaces itself, so repeats change nothing.
        /// </summary>
        private static void Bound(Witness w, ref Witness? low, ref Witness? high)
        {
            if (low is null || high is null)
            {
                (low, high) = (w, w);
                return;
            }

            low = CompareUpper(w.Range, low.Range) < 0 ? w : low;
            high = CompareLower(w.Range, high.Range) > 0 ? w : high;
        }

        /// <summary>The supporters of the candidates, each once, in order of first appearance.</summary>
        private static List<Witness> Distinct(IReadOnlyList<Candidate> candidates)
        {
            // Room for every supporter, so the list grows no array (a witness may support several candidates, so a few slots may stay empty).
            var room = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                room += candidates[i].Supporters.Count;
            }

            var involved = new List<Witness>(room);
            HashSet<Witness>? seen = null;
            for (var i = 0; i < candidates.Count; i++)
            {
                var supporters = candidates[i].Supporters;
                for (var k = 0; k < supporters.Count; k++)
                {
                    var w = supporters[k];
                    // A handful of witnesses (the usual tie) is searched in place; more get a set.
                    if (seen is null && involved.Count >= 16)
                    {
                        seen = new HashSet<Witness>(involved);
                    }

                    if (seen is null ? !Contains(involved, w) : seen.Add(w))
                    {
                        involved.Add(w);
                    }
                }
            }

            return involved;
        }

        private static bool Contains(List<Witness> witnesses, Witness w)
        {
            for (var i = 0; i < witnesses.Count; i++)
            {
                if (ReferenceEquals(witnesses[i], w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Supporters whose figures share a value only when "about"/"nearly" are read wide: one finding for the consensus.</summary>
        private void HedgeDependentConsensus(MergeResult result, in ConsensusReading supporters, List<Finding> drafts)
        {
            if (result.Supporters.Count < 2 || !supporters.OnlyWidened)
            {
                return;
            }

            var claims = Claims(result.Supporters);
            var configured = Tolerance.PolicyTolerance(claims);
            var flip = supporters.FlipWidened(configured);
            drafts.Add(new Finding(FindingKind.HedgeDependent, flip ?? 1m, result.Quantity.Key, result.Period, claims, HedgeRule, HedgeText(result, claims, configured, flip), null, null, flip, null));
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
            for (var i = 1; i < witnesses.Count; i++)
            {
                var w = witnesses[i];
                highestLower = CompareLower(w.Range, highestLower.Range) > 0 ? w : highestLower;
                lowestUpper = CompareUpper(w.Range, lowestUpper.Range) < 0 ? w : lowestUpper;
            }

            return (highestLower, lowestUpper);
        }

        /// <summary>The claims of distinct witnesses (one origin each, so no claim repeats), in witness order.</summary>
        private static Claim[] Claims(IReadOnlyList<Witness> witnesses)
        {
            var count = 0;
            for (var i = 0; i < witnesses.Count; i++)
            {
                count += witnesses[i].ClaimCount;
            }

            var claims = new Claim[count];
            var k = 0;
            for (var i = 0; i < witnesses.Count; i++)
            {
                k += witnesses[i].CopyClaims(claims, k);
            }

            return claims;
        }
    }
}

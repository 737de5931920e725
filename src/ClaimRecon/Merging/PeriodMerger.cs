using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Merges the claims about one quantity for one period (claims whose described periods share days).</summary>
    internal sealed class PeriodMerger
    {
        private static readonly Witness[] NoWitnesses = Array.Empty<Witness>();
        private static readonly Candidate[] NoCandidates = Array.Empty<Candidate>();
        private static readonly Outlier[] NoOutliers = Array.Empty<Outlier>();
        private static readonly Denial[] NoDenials = Array.Empty<Denial>();

        private readonly MergeStrategy _strategy;
        private readonly SourceCatalogue _sources;

        public PeriodMerger(MergeStrategy strategy, SourceCatalogue sources)
        {
            _strategy = strategy;
            _sources = sources;
        }

        public MergeResult Merge(Quantity quantity, TimeReference? period, List<Claim> claims)
        {
            // Independent witnesses: sort by (origin, id), then one witness per origin with the intersection of its ranges.
            SortByOriginThenId(claims);
            var witnesses = new List<Witness>();
            var selfContradictory = new List<Witness>();
            var denials = new List<Claim>();
            var i = 0;
            while (i < claims.Count)
            {
                var origin = claims[i].Attribution.Origin;
                var j = i;
                var range = NumericRange.All;
                var supporting = 0;
                while (j < claims.Count && string.Equals(claims[j].Attribution.Origin, origin, StringComparison.Ordinal))
                {
                    if (claims[j].Stance == Stance.Denies)
                    {
                        denials.Add(claims[j]);
                    }
                    else
                    {
                        range = range.Intersect(claims[j].Range);
                        supporting++;
                    }

                    j++;
                }

                if (supporting > 0)
                {
                    var own = new Claim[supporting];
                    var n = 0;
                    for (var c = i; c < j; c++)
                    {
                        if (claims[c].Stance != Stance.Denies)
                        {
                            own[n++] = claims[c];
                        }
                    }

                    var witness = new Witness(origin, _sources.NameOf(origin), own, range, Weight(origin));
                    (range.IsEmpty ? selfContradictory : witnesses).Add(witness);
                }

                i = j;
            }

            return _strategy.Kind switch
            {
                MergeStrategyKind.Intersection => Fold(quantity, period, witnesses, selfContradictory, denials, hull: false),
                MergeStrategyKind.Hull => Fold(quantity, period, witnesses, selfContradictory, denials, hull: true),
                MergeStrategyKind.FaultTolerant => Fuse(quantity, period, witnesses, selfContradictory, denials),
                _ => MaxAgreement(quantity, period, witnesses, selfContradictory, denials),
            };
        }

        /// <summary>
        /// Sorts by origin, then id, with keyed array sorts (keys read once, ordinal comparer) rather than a comparison
        /// delegate that reads both keys through properties on every comparison.
        /// </summary>
        private static void SortByOriginThenId(List<Claim> claims)
        {
            var n = claims.Count;
            if (n < 2)
            {
                return;
            }

            var items = claims.ToArray();
            var origins = new string[n];
            for (var k = 0; k < n; k++)
            {
                origins[k] = items[k].Attribution.Origin;
            }

            Array.Sort(origins, items, StringComparer.Ordinal);
            string[]? ids = null;
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && string.Equals(origins[end], origins[start], StringComparison.Ordinal))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    ids ??= new string[n];
                    for (var k = start; k < end; k++)
                    {
                        ids[k] = items[k].Id;
                    }

                    Array.Sort(ids, items, start, end - start, StringComparer.Ordinal);
                }

                start = end;
            }

            for (var k = 0; k < n; k++)
            {
                claims[k] = items[k];
            }
        }

        private decimal Weight(string origin) =>
            _strategy.Kind == MergeStrategyKind.ReliabilityWeighted ? (decimal)_sources.ReliabilityOf(origin, _strategy) : 1m;

        private MergeResult Fold(Quantity quantity, TimeReference? period, List<Witness> witnesses, List<Witness> selfContradictory, List<Claim> denialClaims, bool hull)
        {
            var all = witnesses.ToArray();
            if (all.Length == 0)
            {
                return Empty(quantity, period, selfContradictory, denialClaims);
            }

            var range = all[0].Range;
            for (var k = 1; k < all.Length; k++)
            {
                range = hull ? range.Hull(all[k].Range) : range.Intersect(all[k].Range);
            }

            var denials = Denials(denialClaims, range);
            var status = range.IsEmpty ? MergeStatus.NoAgreement : MergeStatus.Consensus;
            return new MergeResult(
                quantity, period, _strategy, status, range, status == MergeStatus.Consensus ? all.Length : 0, all,
                status == MergeStatus.Consensus ? all : NoWitnesses, NoWitnesses, NoCandidates,
                SelfContradictoryOutliers(selfContradictory, denials), denials, null, null, null);
        }

        private MergeResult MaxAgreement(Quantity quantity, TimeReference? period, List<Witness> witnesses, List<Witness> selfContradictory, List<Claim> denialClaims)
        {
            var all = witnesses.ToArray();
            if (all.Length == 0)
            {
                return Empty(quantity, period, selfContradictory, denialClaims);
            }

            if (all.Length == 1 && denialClaims.Count == 0 && all[0].Weight > 0)
            {
                return SingleWitness(quantity, period, all, selfContradictory);
            }

            var (denialRanges, denialWeights) = DenialIntervals(denialClaims);
            var sweep = Sweep(all, denialRanges, denialWeights);
            var runs = sweep.TopRuns(out var top);
            if (top <= 0)
            {
                // No claimed value has positive net support: denials outweigh or equal the support, or every weight is 0.
                var denied = Denials(denialClaims, NumericRange.Empty);
                return new MergeResult(
                    quantity, period, _strategy, MergeStatus.NoAgreement, NumericRange.Empty, 0, all, NoWitnesses, NoWitnesses, NoCandidates,
                    SelfContradictoryOutliers(selfContradictory, denied), denied, null,
                    "no claimed value has more support than denial", null);
            }

            // Candidates and their supporters: a witness holds a candidate exactly when it covers the candidate's first
            // piece, because no range starts or ends inside a candidate.
            var candidates = new Candidate[runs.Count];
            var supportersOf = new List<Witness>[runs.Count];
            for (var c = 0; c < runs.Count; c++)
            {
                supportersOf[c] = new List<Witness>();
            }

            var supportsAny = new bool[all.Length];
            for (var w = 0; w < all.Length; w++)
            {
                var s = sweep.WitnessStart[w];
                var e = sweep.WitnessEnd[w];
                for (var c = FirstRunAtOrAfter(runs, s); c < runs.Count && runs[c].First <= e; c++)
                {
                    supportersOf[c].Add(all[w]);
                    supportsAny[w] = true;
                }
            }

            for (var c = 0; c < runs.Count; c++)
            {
                candidates[c] = new Candidate(sweep.RangeOf(runs[c].First, runs[c].Last), top, supportersOf[c].ToArray());
            }

            var unique = candidates.Length == 1;
            var consensus = unique ? candidates[0].Range : NumericRange.Empty;
            var denials = Denials(denialClaims, consensus);

            var outliers = new List<Outlier>(SelfContradictoryOutliers(selfContradictory, denials));
            var outlierCover = new int[sweep.PieceCount + 1];
            for (var w = 0; w < all.Length; w++)
            {
                if (supportsAny[w])
                {
                    continue;
                }

                var distance = decimal.MaxValue;
                foreach (var candidate in candidates)
                {
                    distance = Math.Min(distance, Distance(all[w].Range, candidate.Range));
                }

                outliers.Add(new Outlier(all[w], unique ? OutlierReason.OutsideConsensus : OutlierReason.OutsideAllCandidates, distance, DeniedBy(all[w].Range, denials)));
                outlierCover[sweep.WitnessStart[w]]++;
                outlierCover[sweep.WitnessEnd[w] + 1]--;
            }

            var supporters = unique ? candidates[0].Supporters : Array.Empty<Witness>();
            var nonDeciding = unique ? NonDeciding(sweep, all, supportsAny, outlierCover) : NoWitnesses;
            return new MergeResult(
                quantity, period, _strategy, unique ? MergeStatus.Consensus : MergeStatus.Tie, consensus, unique ? top : 0, all,
                (Witness[])supporters, nonDeciding, candidates, outliers.ToArray(), denials, null, null, null);
        }

        private MergeResult Fuse(Quantity quantity, TimeReference? period, List<Witness> witnesses, List<Witness> selfContradictory, List<Claim> denialClaims)
        {
            var all = witnesses.ToArray();
            if (all.Length == 0)
            {
                return Empty(quantity, period, selfContradictory, denialClaims);
            }

            var budget = Math.Min(_strategy.FaultBudget, all.Length - 1);
            var threshold = all.Length - budget;
            var sweep = Sweep(all, Array.Empty<NumericRange>(), Array.Empty<decimal>());

            // Kept pieces; a prefix count answers "does a witness reach a kept piece" in O(1).
            var keptBefore = new int[sweep.PieceCount + 1];
            int first = -1, last = -1;
            for (var p = 0; p < sweep.PieceCount; p++)
            {
                var kept = sweep.Coverage[p] >= threshold;
                keptBefore[p + 1] = keptBefore[p] + (kept ? 1 : 0);
                if (kept)
                {
                    first = first < 0 ? p : first;
                    last = p;
                }
            }

            if (first < 0)
            {
                var none = Denials(denialClaims, NumericRange.Empty);
                return new MergeResult(
                    quantity, period, _strategy, MergeStatus.NoAgreement, NumericRange.Empty, 0, all, NoWitnesses, NoWitnesses, NoCandidates,
                    SelfContradictoryOutliers(selfContradictory, none), none, null,
                    $"no value is admitted by {threshold} of the {all.Length} independent sources", budget);
            }

            var fused = sweep.RangeOf(first, last);
            var (estimate, note) = Estimate(sweep, threshold, first, last);
            var denials = Denials(denialClaims, fused);
            var supporters = new List<Witness>();
            var outliers = new List<Outlier>(SelfContradictoryOutliers(selfContradictory, denials));
            for (var w = 0; w < all.Length; w++)
            {
                if (keptBefore[sweep.WitnessEnd[w] + 1] - keptBefore[sweep.WitnessStart[w]] > 0)
                {
                    supporters.Add(all[w]);
                }
                else
                {
                    outliers.Add(new Outlier(all[w], OutlierReason.OutsideConsensus, Distance(all[w].Range, fused), DeniedBy(all[w].Range, denials)));
                }
            }

            return new MergeResult(
                quantity, period, _strategy, MergeStatus.Consensus, fused, supporters.Count, all, supporters.ToArray(), NoWitnesses, NoCandidates,
                outliers.ToArray(), denials, estimate, note, budget);
        }

        private static (decimal? Estimate, string? Note) Estimate(CoverageSweep sweep, int threshold, int first, int last)
        {
            // Regions: maximal runs of kept pieces with equal coverage; weight = coverage; location = midpoint.
            var regions = new List<(NumericRange Range, int Weight)>();
            var p = first;
            while (p <= last)
            {
                if (sweep.Coverage[p] < threshold)
                {
                    p++;
                    continue;
                }

                var q = p;
                while (q + 1 <= last && sweep.Coverage[q + 1] == sweep.Coverage[p])
                {
                    q++;
                }

                regions.Add((sweep.RangeOf(p, q), sweep.Coverage[p]));
                p = q + 1;
            }

            long total = 0;
            var skipped = 0;
            foreach (var (range, weight) in regions)
            {
                if (range.IsBounded)
                {
                    total += weight;
                }
                else
                {
                    skipped++;
                }
            }

            if (total == 0)
            {
                return (null, "no estimate: every kept region is unbounded, so it says nothing about where the value lies");
            }

            // Each midpoint times its share of the weight (at most 1), so no product exceeds a decimal; a point is its own
            // midpoint exactly (NumericRange.Midpoint halves each end first, which rounds and overflows at decimal.MaxValue).
            decimal sum = 0;
            foreach (var (range, weight) in regions)
            {
                if (range.IsBounded)
                {
                    var midpoint = range.IsPoint ? range.Lower.Value : range.Midpoint!.Value;
                    sum += midpoint * ((decimal)weight / total);
                }
            }

            return (sum, skipped == 0 ? null : $"{skipped} unbounded region(s) widen the fused range but are left out of the estimate");
        }

        /// <summary>Max agreement with one witness and no denial: the witness's range, without a sweep.</summary>
        private MergeResult SingleWitness(Quantity quantity, TimeReference? period, Witness[] all, List<Witness> selfContradictory)
        {
            var only = all[0];
            var candidate = new Candidate(only.Range, only.Weight, all);
            return new MergeResult(
                quantity, period, _strategy, MergeStatus.Consensus, only.Range, only.Weight, all, all, NoWitnesses, new[] { candidate },
                SelfContradictoryOutliers(selfContradictory, NoDenials), NoDenials, null, null, null);
        }

        private MergeResult Empty(Quantity quantity, TimeReference? period, List<Witness> selfContradictory, List<Claim> denialClaims)
        {
            var denials = Denials(denialClaims, NumericRange.Empty);
            return new MergeResult(
                quantity, period, _strategy, MergeStatus.NoClaims, NumericRange.Empty, 0, NoWitnesses, NoWitnesses, NoWitnesses, NoCandidates,
                SelfContradictoryOutliers(selfContradictory, denials), denials, null, null, null);
        }

        private CoverageSweep Sweep(Witness[] all, NumericRange[] denialRanges, decimal[] denialWeights)
        {
            var ranges = new NumericRange[all.Length];
            var weights = new decimal[all.Length];
            for (var w = 0; w < all.Length; w++)
            {
                ranges[w] = all[w].Range;
                weights[w] = all[w].Weight;
            }

            return new CoverageSweep(ranges, weights, denialRanges, denialWeights);
        }

        /// <summary>Each denying origin's denied values as disjoint ranges, so one origin denying a value twice counts once.</summary>
        private (NumericRange[] Ranges, decimal[] Weights) DenialIntervals(List<Claim> denialClaims)
        {
            if (denialClaims.Count == 0)
            {
                return (Array.Empty<NumericRange>(), Array.Empty<decimal>());
            }

            var ranges = new List<NumericRange>();
            var weights = new List<decimal>();
            var i = 0;
            while (i < denialClaims.Count)
            {
                var origin = denialClaims[i].Attribution.Origin;
                var own = new List<NumericRange>();
                while (i < denialClaims.Count && string.Equals(denialClaims[i].Attribution.Origin, origin, StringComparison.Ordinal))
                {
                    own.Add(denialClaims[i].Range);
                    i++;
                }

                own.Sort(static (a, b) => EndpointOrder.CompareLower(a.Lower, b.Lower));
                var current = own[0];
                var weight = Weight(origin);
                for (var k = 1; k < own.Count; k++)
                {
                    if (current.Overlaps(own[k]))
                    {
                        current = current.Hull(own[k]);
                    }
                    else
                    {
                        ranges.Add(current);
                        weights.Add(weight);
                        current = own[k];
                    }
                }

                ranges.Add(current);
                weights.Add(weight);
            }

            return (ranges.ToArray(), weights.ToArray());
        }

        private Denial[] Denials(List<Claim> denialClaims, NumericRange consensus)
        {
            if (denialClaims.Count == 0)
            {
                return NoDenials;
            }

            var result = new Denial[denialClaims.Count];
            for (var d = 0; d < result.Length; d++)
            {
                var claim = denialClaims[d];
                result[d] = new Denial(claim, _sources.NameOf(claim.Attribution.Origin), Weight(claim.Attribution.Origin), claim.Range.Overlaps(consensus));
            }

            return result;
        }

        /// <summary>
        /// The distance between two non-empty ranges, as <see cref="NumericRange.DistanceTo(NumericRange)"/>, except that a
        /// distance larger than a decimal holds (ends near opposite limits) is <see cref="decimal.MaxValue"/> instead of an
        /// <see cref="OverflowException"/> that would abort the whole merge.
        /// </summary>
        private static decimal Distance(NumericRange a, NumericRange b)
        {
            var gap = a.Gap(b);
            if (gap.IsEmpty)
            {
                return 0m;
            }

            var lower = gap.Lower.Value;
            var upper = gap.Upper.Value;
            return lower < 0 && upper > decimal.MaxValue + lower ? decimal.MaxValue : upper - lower;
        }

        private static Denial[] DeniedBy(NumericRange range, Denial[] denials)
        {
            if (denials.Length == 0)
            {
                return NoDenials;
            }

            var hits = new List<Denial>();
            foreach (var d in denials)
            {
                if (d.Range.Overlaps(range))
                {
                    hits.Add(d);
                }
            }

            return hits.ToArray();
        }

        private static Outlier[] SelfContradictoryOutliers(List<Witness> selfContradictory, Denial[] denials)
        {
            if (selfContradictory.Count == 0)
            {
                return NoOutliers;
            }

            var result = new Outlier[selfContradictory.Count];
            for (var k = 0; k < result.Length; k++)
            {
                result[k] = new Outlier(selfContradictory[k], OutlierReason.SelfContradictory, 0, NoDenials);
            }

            return result;
        }

        private static int FirstRunAtOrAfter(List<(int First, int Last)> runs, int piece)
        {
            int lo = 0, hi = runs.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (runs[mid].First < piece)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private static Witness[] NonDeciding(CoverageSweep sweep, Witness[] all, bool[] supports, int[] outlierCoverDelta)
        {
            // A supporter decides nothing when its range also reaches values some outlier holds. With a unique candidate,
            // the supporters are exactly the witnesses marked in supports, in the same order.
            var coveredBefore = new int[sweep.PieceCount + 1];
            var cover = 0;
            for (var p = 0; p < sweep.PieceCount; p++)
            {
                cover += outlierCoverDelta[p];
                coveredBefore[p + 1] = coveredBefore[p] + (cover > 0 ? 1 : 0);
            }

            if (coveredBefore[sweep.PieceCount] == 0)
            {
                return NoWitnesses;
            }

            var result = new List<Witness>();
            for (var w = 0; w < all.Length; w++)
            {
                if (supports[w] && coveredBefore[sweep.WitnessEnd[w] + 1] - coveredBefore[sweep.WitnessStart[w]] > 0)
                {
                    result.Add(all[w]);
                }
            }

            return result.ToArray();
        }
    }
}

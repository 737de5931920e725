using System;
using System.Collections.Generic;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Brooks–Iyengar fault-tolerant fusion and its point estimate.</summary>
    internal sealed partial class PeriodMerger
    {
        private MergeResult Fuse(Quantity quantity, TimeReference? period)
        {
            if (_witnesses.Count == 0)
            {
                return Empty(quantity, period);
            }

            if (IsLoneWitness() && FusesToItself(_witnessRanges[0]))
            {
                // Budget 0, every piece of the one range kept, one region: what the sweep below gives, without it.
                return MergeResult.OfOneWitness(quantity, period, _strategy, _witnesses[0]);
            }

            var all = _witnesses.ToArray();

            var budget = Math.Min(_strategy.FaultBudget, all.Length - 1);
            var threshold = all.Length - budget;
            _denialRanges.Clear();
            _denialWeights.Clear();
            var sweep = _sweep;
            sweep.Build(all, _witnessRanges, _denialRanges, _denialWeights, weighted: false, scores: false);

            // Kept pieces; a prefix count answers "does a witness reach a kept piece" in O(1).
            var pieceSlots = sweep.PieceCount + 1;
            Grow(ref _pieceCounts, pieceSlots);
            var keptBefore = _pieceCounts;
            keptBefore[0] = 0;
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
                var none = Denials(NumericRange.Empty);
                return new MergeResult(
                    quantity, period, _strategy, MergeStatus.NoAgreement, NumericRange.Empty, 0, all, NoWitnesses, NoWitnesses, NoCandidates,
                    SelfContradictoryOutliers(extra: 0), none, null,
                    $"no value is admitted by {threshold} of the {all.Length} independent sources", budget);
            }

            var fused = sweep.RangeOf(first, last);
            var (estimate, note) = Estimate(threshold, first, last);
            var denials = Denials(fused);
            var supportedCount = 0;
            for (var w = 0; w < all.Length; w++)
            {
                supportedCount += keptBefore[sweep.WitnessEnd[w] + 1] - keptBefore[sweep.WitnessStart[w]] > 0 ? 1 : 0;
            }

            var supporters = supportedCount == all.Length ? all : new Witness[supportedCount];
            var outliers = SelfContradictoryOutliers(extra: all.Length - supportedCount);
            int s = 0, o = _selfContradictory.Count;
            for (var w = 0; w < all.Length; w++)
            {
                if (keptBefore[sweep.WitnessEnd[w] + 1] - keptBefore[sweep.WitnessStart[w]] > 0)
                {
                    supporters[s++] = all[w];
                }
                else
                {
                    outliers[o++] = new Outlier(all[w], OutlierReason.OutsideConsensus, Distance(_witnessRanges[w], fused), DeniedBy(_witnessRanges[w], denials));
                }
            }

            return new MergeResult(
                quantity, period, _strategy, MergeStatus.Consensus, fused, supportedCount, all, supporters, NoWitnesses, NoCandidates,
                outliers, denials, estimate, note, budget);
        }

        private (decimal? Estimate, string? Note) Estimate(int threshold, int first, int last)
        {
            // Regions: maximal runs of kept pieces with equal coverage; weight = coverage; location = midpoint.
            var sweep = _sweep;
            var regions = _regions;
            regions.Clear();
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

            return EstimateOf(regions);
        }

        /// <summary>The estimate from kept regions (range, coverage): the coverage-weighted mean of the bounded regions' midpoints.</summary>
        internal static (decimal? Estimate, string? Note) EstimateOf(List<(NumericRange Range, int Weight)> regions)
        {
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
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Max agreement (and reliability-weighted max agreement): Marzullo's sweep, candidates, outliers and non-deciding supporters.</summary>
    internal sealed partial class PeriodMerger
    {
        private MergeResult MaxAgreement(Quantity quantity, TimeReference? period)
        {
            if (_witnesses.Count == 0)
            {
                return Empty(quantity, period);
            }

            if (_shortcuts && _witnesses.Count == 1 && _denialClaims.Count == 0 && _witnesses[0].Weight > 0 && FusesToItself(_witnessRanges[0]))
            {
                return SingleWitness(quantity, period, _witnesses[0]);
            }

            var all = _witnesses.ToArray();

            DenialIntervals();
            var sweep = _sweep;
            var runs = _runs;
            decimal top;
            if (_swept)
            {
                // Small already ran the one-pass sweep on these witness ranges and found a tie.
                top = _sweptTop;
            }
            else if (!_weighted && _denialClaims.Count == 0 && all.Length <= CoverageSweep.SmallCount && sweep.TryCountRuns(all.Length, _witnessRanges, runs, out var count))
            {
                // The usual small quantity: every weight 1, no denial, a few witnesses; the same pieces and runs in one pass.
                top = count;
            }
            else
            {
                sweep.Build(all, _witnessRanges, _denialRanges, _denialWeights, _weighted, scores: true);
                sweep.TopRuns(runs, out top);
            }

            if (top <= 0)
            {
                // No claimed value has positive net support: denials outweigh or equal the support, or every weight is 0.
                var denied = Denials(NumericRange.Empty);
                return new MergeResult(
                    quantity, period, _strategy, MergeStatus.NoAgreement, NumericRange.Empty, 0, all, NoWitnesses, NoWitnesses, NoCandidates,
                    SelfContradictoryOutliers(extra: 0), denied, null,
                    "no claimed value has more support than denial", null);
            }

            // Candidates and their supporters: a witness holds a candidate exactly when it covers the candidate's first
            // piece, because no range starts or ends inside a candidate. Counted first, so each list is allocated once.
            // Short arrays: cleared in a loop, not a call.
            Grow(ref _counts, runs.Count);
            var counts = _counts;
            for (var c = 0; c < runs.Count; c++)
            {
                counts[c] = 0;
            }

            Grow(ref _supportsAny, all.Length);
            var supportsAny = _supportsAny;
            var starts = sweep.WitnessStart;
            var ends = sweep.WitnessEnd;
            var supportedCount = 0;
            for (var w = 0; w < all.Length; w++)
            {
                var s = starts[w];
                var e = ends[w];
                var any = false;
                for (var c = FirstRunAtOrAfter(runs, s); c < runs.Count && runs[c].First <= e; c++)
                {
                    counts[c]++;
                    any = true;
                }

                supportsAny[w] = any;
                supportedCount += any ? 1 : 0;
            }

            Grow(ref _supportersOf, runs.Count);
            for (var c = 0; c < runs.Count; c++)
            {
                // Every witness holds it: the witness array itself (results are immutable, so sharing it is safe).
                _supportersOf[c] = _counts[c] == all.Length ? all : new Witness[_counts[c]];
                _counts[c] = _supportersOf[c] == all ? all.Length : 0;
            }

            for (var w = 0; w < all.Length; w++)
            {
                if (!_supportsAny[w])
                {
                    continue;
                }

                var s = starts[w];
                var e = ends[w];
                for (var c = FirstRunAtOrAfter(runs, s); c < runs.Count && runs[c].First <= e; c++)
                {
                    if (_supportersOf[c] != all)
                    {
                        _supportersOf[c][_counts[c]++] = all[w];
                    }
                }
            }

            // A unique candidate is the consensus with its score and supporters: the result makes it when first read.
            var unique = runs.Count == 1;
            var consensus = unique ? sweep.RangeOf(runs[0].First, runs[0].Last) : NumericRange.Empty;
            var supporters = unique ? _supportersOf[0] : NoWitnesses;
            var candidates = unique ? null : new Candidate[runs.Count];
            for (var c = 0; c < runs.Count; c++)
            {
                if (candidates is not null)
                {
                    candidates[c] = new Candidate(sweep.RangeOf(runs[c].First, runs[c].Last), top, _supportersOf[c]);
                }

                _supportersOf[c] = null!;
            }

            var denials = Denials(consensus);

            var outliers = SelfContradictoryOutliers(extra: all.Length - supportedCount);
            var o = _selfContradictory.Count;
            var pieceSlots = sweep.PieceCount + 1;
            Grow(ref _pieceCounts, pieceSlots);
            var outlierCover = _pieceCounts;
            if (supportedCount < all.Length)
            {
                // Read only by NonDeciding, and only when some witness is an outlier.
                Array.Clear(outlierCover, 0, pieceSlots);
            }
            for (var w = 0; w < all.Length; w++)
            {
                if (_supportsAny[w])
                {
                    continue;
                }

                var distance = candidates is null ? Distance(_witnessRanges[w], consensus) : decimal.MaxValue;
                foreach (var candidate in candidates ?? NoCandidates)
                {
                    distance = Math.Min(distance, Distance(_witnessRanges[w], candidate.Range));
                }

                outliers[o++] = new Outlier(all[w], unique ? OutlierReason.OutsideConsensus : OutlierReason.OutsideAllCandidates, distance, DeniedBy(_witnessRanges[w], denials));
                outlierCover[starts[w]]++;
                outlierCover[ends[w] + 1]--;
            }

            var nonDeciding = unique && supportedCount < all.Length ? NonDeciding(all) : NoWitnesses;
            return new MergeResult(
                quantity, period, _strategy, unique ? MergeStatus.Consensus : MergeStatus.Tie, consensus, unique ? top : 0, all,
                supporters, nonDeciding, candidates, outliers, denials, null, null, null);
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

        /// <summary>
        /// The supporters whose range also reaches values some outlier holds (they decide nothing). With a unique candidate
        /// the supporters are exactly the witnesses marked in the supports scratch, in the same order; the outliers'
        /// coverage deltas are in the piece-count scratch.
        /// </summary>
        private Witness[] NonDeciding(Witness[] all)
        {
            var sweep = _sweep;
            var pieces = sweep.PieceCount;
            Grow(ref _pieceCounts2, pieces + 1);
            var coveredBefore = _pieceCounts2;
            var outlierCoverDelta = _pieceCounts;
            coveredBefore[0] = 0;
            var cover = 0;
            for (var p = 0; p < pieces; p++)
            {
                cover += outlierCoverDelta[p];
                coveredBefore[p + 1] = coveredBefore[p] + (cover > 0 ? 1 : 0);
            }

            if (coveredBefore[pieces] == 0)
            {
                return NoWitnesses;
            }

            var count = 0;
            for (var w = 0; w < all.Length; w++)
            {
                count += _supportsAny[w] && coveredBefore[sweep.WitnessEnd[w] + 1] - coveredBefore[sweep.WitnessStart[w]] > 0 ? 1 : 0;
            }

            if (count == 0)
            {
                return NoWitnesses;
            }

            var result = new Witness[count];
            var k = 0;
            for (var w = 0; w < all.Length; w++)
            {
                if (_supportsAny[w] && coveredBefore[sweep.WitnessEnd[w] + 1] - coveredBefore[sweep.WitnessStart[w]] > 0)
                {
                    result[k++] = all[w];
                }
            }

            return result;
        }
    }
}

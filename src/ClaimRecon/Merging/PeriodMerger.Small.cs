using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Max agreement of a small quantity: a result that makes its witness objects only when its lists are read.</summary>
    internal sealed partial class PeriodMerger
    {
        /// <summary>
        /// The <see cref="SmallAgreement"/> result of the claims just sorted and grouped by origin (<paramref name="groups"/>
        /// groups in <see cref="_groups"/>, the non-empty ranges in the witness ranges), when it applies: no denial, 2 to
        /// <see cref="CoverageSweep.SmallCount"/> witnesses (besides any contradicting themselves) whose ends fit the one-pass
        /// sweep, and some value with positive support. Otherwise null, and the caller makes the witnesses for the full path;
        /// when the sweep ran, it is not run again there (<see cref="_swept"/>).
        /// </summary>
        private MergeResult? Small(Quantity quantity, TimeReference? period, int n, int groups)
        {
            var count = _witnessRanges.Count;
            if (_denialClaims.Count != 0 || count < 2 || count > CoverageSweep.SmallCount)
            {
                return null;
            }

            var sweep = _sweep;
            var runs = _runs;
            if (!sweep.TryCountRuns(count, _witnessRanges, runs, out var top))
            {
                return null;
            }

            if (top <= 0)
            {
                _swept = true;
                _sweptTop = top;
                return null;
            }

            // A candidate's supporters hold its run's first piece. With one candidate, the non-deciding ones also share a
            // piece with an outlier (the full path's NonDeciding: outlier coverage summed over pieces, then counted over
            // each supporter's pieces); a tie has none.
            var starts = sweep.WitnessStart;
            var ends = sweep.WitnessEnd;
            var unique = runs.Count == 1;
            var ranges = unique ? null : new NumericRange[runs.Count];
            var bits = unique ? null : new int[runs.Count];
            var supports = 0;
            for (var c = 0; c < runs.Count; c++)
            {
                var first = runs[c].First;
                var holders = 0;
                for (var w = 0; w < count; w++)
                {
                    holders |= starts[w] <= first && first <= ends[w] ? 1 << w : 0;
                }

                supports |= holders;
                if (!unique)
                {
                    ranges![c] = sweep.RangeOf(first, runs[c].Last);
                    bits![c] = holders;
                }
            }

            var nonDeciding = !unique || supports == (1 << count) - 1 ? 0 : NonDecidingBits(count, supports);
            var claims = new Claim[n];
            var items = _sorted;
            var order = _order;
            for (var k = 0; k < n; k++)
            {
                claims[k] = items[order[k]];
            }

            ulong firsts = 0;
            ulong empty = 0;
            for (var g = 0; g < groups; g++)
            {
                firsts |= 1UL << _groups[g].First;
                empty |= _groups[g].Empty ? 1UL << g : 0;
            }

            var consensus = unique ? sweep.RangeOf(runs[0].First, runs[0].Last) : NumericRange.Empty;
            var small = new SmallAgreement(claims, firsts, empty, supports, nonDeciding, consensus, top, ranges, bits, _sources);
            return MergeResult.OfSmall(quantity, period, _strategy, unique ? MergeStatus.Consensus : MergeStatus.Tie, small);
        }

        /// <summary>What <see cref="NonDeciding"/> picks, as bits of the witness positions, from the witness pieces of the sweep just run.</summary>
        private int NonDecidingBits(int count, int supports)
        {
            var sweep = _sweep;
            var pieces = sweep.PieceCount;
            var starts = sweep.WitnessStart;
            var ends = sweep.WitnessEnd;
            Grow(ref _pieceCounts, pieces + 1);
            Grow(ref _pieceCounts2, pieces + 1);
            var outlierCoverDelta = _pieceCounts;
            for (var p = 0; p <= pieces; p++)
            {
                outlierCoverDelta[p] = 0;
            }

            for (var w = 0; w < count; w++)
            {
                if (((supports >> w) & 1) == 0)
                {
                    outlierCoverDelta[starts[w]]++;
                    outlierCoverDelta[ends[w] + 1]--;
                }
            }

            var coveredBefore = _pieceCounts2;
            coveredBefore[0] = 0;
            var cover = 0;
            for (var p = 0; p < pieces; p++)
            {
                cover += outlierCoverDelta[p];
                coveredBefore[p + 1] = coveredBefore[p] + (cover > 0 ? 1 : 0);
            }

            var bits = 0;
            for (var w = 0; w < count; w++)
            {
                if (((supports >> w) & 1) != 0 && coveredBefore[ends[w] + 1] - coveredBefore[starts[w]] > 0)
                {
                    bits |= 1 << w;
                }
            }

            return bits;
        }

        /// <summary>Makes the witnesses of the noted groups, in order, as the loop in <see cref="Merge"/> makes them when it does not defer.</summary>
        private void MakeWitnesses(int groups)
        {
            var items = _sorted;
            var order = _order;
            for (var g = 0; g < groups; g++)
            {
                var group = _groups[g];
                if (group.Supporting == 0)
                {
                    continue;
                }

                // Ranges are not kept when deferring (only max agreement defers, never with witness ranges kept), and the
                // non-empty ones are already in the witness ranges in this order.
                var witness = NewWitness(group.First, group.End, items[order[group.First]].OriginId, group.Supporting, group.Claim!, default);
                if (group.Empty)
                {
                    _selfContradictory.Add(witness);
                }
                else
                {
                    _witnesses.Add(witness);
                }
            }
        }

        /// <summary>One origin's claims at sorted positions First to End, of which Supporting do not deny (the first being Claim), and whether their ranges have nothing in common.</summary>
        private readonly struct Group
        {
            public Group(int first, int end, int supporting, bool empty, Claim? claim)
            {
                First = first;
                End = end;
                Supporting = supporting;
                Empty = empty;
                Claim = claim;
            }

            public int First { get; }

            public int End { get; }

            public int Supporting { get; }

            public bool Empty { get; }

            public Claim? Claim { get; }
        }
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// Marzullo-style sweep over range ends: cuts the number line at every finite end into pieces (open gaps and single
    /// points), and gives each piece its score and coverage in O(n log n).
    /// </summary>
    /// <remarks>
    /// With distinct sorted end values v0 &lt; … &lt; v(k-1), piece 0 is (-inf, v0), piece 2i+1 is {vi} and piece 2i+2 is
    /// (vi, v(i+1)), the last being (v(k-1), +inf). A range covers a contiguous run of pieces, so scores come from a
    /// difference array. Boundaries where some range starts or ends are marked as events: a run of pieces with no event
    /// inside is covered by exactly the same ranges throughout.
    /// </remarks>
    internal sealed class CoverageSweep
    {
        private readonly decimal[] _values;

        public CoverageSweep(NumericRange[] witnesses, decimal[] weights, NumericRange[] denials, decimal[] denialWeights)
        {
            var all = new decimal[2 * (witnesses.Length + denials.Length)];
            var n = 0;
            n = AddEnds(witnesses, all, n);
            n = AddEnds(denials, all, n);
            Array.Sort(all, 0, n);
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                if (k == 0 || all[i] != all[k - 1])
                {
                    all[k++] = all[i];
                }
            }

            _values = new decimal[k];
            Array.Copy(all, _values, k);
            PieceCount = (2 * k) + 1;
            Score = new decimal[PieceCount];
            Coverage = new int[PieceCount];
            Event = new bool[PieceCount + 1];
            WitnessStart = new int[witnesses.Length];
            WitnessEnd = new int[witnesses.Length];

            var scoreDelta = new decimal[PieceCount + 1];
            var countDelta = new int[PieceCount + 1];
            for (var i = 0; i < witnesses.Length; i++)
            {
                var s = StartPiece(witnesses[i].Lower);
                var e = EndPiece(witnesses[i].Upper);
                WitnessStart[i] = s;
                WitnessEnd[i] = e;
                scoreDelta[s] += weights[i];
                scoreDelta[e + 1] -= weights[i];
                countDelta[s]++;
                countDelta[e + 1]--;
                Event[s] = true;
                Event[e + 1] = true;
            }

            for (var i = 0; i < denials.Length; i++)
            {
                var s = StartPiece(denials[i].Lower);
                var e = EndPiece(denials[i].Upper);
                scoreDelta[s] -= denialWeights[i];
                scoreDelta[e + 1] += denialWeights[i];
                Event[s] = true;
                Event[e + 1] = true;
            }

            decimal score = 0;
            var count = 0;
            for (var p = 0; p < PieceCount; p++)
            {
                score += scoreDelta[p];
                count += countDelta[p];
                Score[p] = score;
                Coverage[p] = count;
            }
        }

        public int PieceCount { get; }

        /// <summary>Witness weight minus denial weight, per piece.</summary>
        public decimal[] Score { get; }

        /// <summary>How many witnesses cover each piece.</summary>
        public int[] Coverage { get; }

        /// <summary><c>Event[p]</c>: some range starts at piece p or ends at piece p - 1.</summary>
        public bool[] Event { get; }

        /// <summary>First piece of each witness.</summary>
        public int[] WitnessStart { get; }

        /// <summary>Last piece of each witness.</summary>
        public int[] WitnessEnd { get; }

        /// <summary>The range made of pieces first..last.</summary>
        public NumericRange RangeOf(int first, int last)
        {
            var lower = first == 0 ? RangeBound.Unbounded
                : (first & 1) == 1 ? RangeBound.Closed(_values[(first - 1) / 2])
                : RangeBound.Open(_values[(first / 2) - 1]);
            var upper = last == PieceCount - 1 ? RangeBound.Unbounded
                : (last & 1) == 1 ? RangeBound.Closed(_values[(last - 1) / 2])
                : RangeBound.Open(_values[last / 2]);
            return new NumericRange(lower, upper);
        }

        /// <summary>Maximal runs of covered pieces with the top score and no event inside, from low to high.</summary>
        public List<(int First, int Last)> TopRuns(out decimal top)
        {
            top = decimal.MinValue;
            var found = false;
            for (var p = 0; p < PieceCount; p++)
            {
                if (Coverage[p] > 0 && (!found || Score[p] > top))
                {
                    top = Score[p];
                    found = true;
                }
            }

            var runs = new List<(int, int)>();
            if (!found)
            {
                return runs;
            }

            var start = -1;
            for (var p = 0; p <= PieceCount; p++)
            {
                var inTop = p < PieceCount && Coverage[p] > 0 && Score[p] == top;
                if (start >= 0 && (!inTop || Event[p]))
                {
                    runs.Add((start, p - 1));
                    start = -1;
                }

                if (inTop && start < 0)
                {
                    start = p;
                }
            }

            return runs;
        }

        private static int AddEnds(NumericRange[] ranges, decimal[] into, int n)
        {
            foreach (var r in ranges)
            {
                if (!r.Lower.IsUnbounded)
                {
                    into[n++] = r.Lower.Value;
                }

                if (!r.Upper.IsUnbounded)
                {
                    into[n++] = r.Upper.Value;
                }
            }

            return n;
        }

        private int StartPiece(RangeBound lower)
        {
            if (lower.IsUnbounded)
            {
                return 0;
            }

            var i = Array.BinarySearch(_values, lower.Value);
            return lower.IsClosed ? (2 * i) + 1 : (2 * i) + 2;
        }

        private int EndPiece(RangeBound upper)
        {
            if (upper.IsUnbounded)
            {
                return PieceCount - 1;
            }

            var i = Array.BinarySearch(_values, upper.Value);
            return upper.IsClosed ? (2 * i) + 1 : 2 * i;
        }
    }
}

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
    /// <para>With distinct sorted end values v0 &lt; … &lt; v(k-1), piece 0 is (-inf, v0), piece 2i+1 is {vi} and piece 2i+2
    /// is (vi, v(i+1)), the last being (v(k-1), +inf). A range covers a contiguous run of pieces, so scores come from a
    /// difference array. Boundaries where some range starts or ends are marked as events: a run of pieces with no event
    /// inside is covered by exactly the same ranges throughout.</para>
    /// <para>One sorted pass: every finite end is a record (value, range, lower or upper), sorted once; walking the sorted
    /// records numbers the distinct values and gives each range its first and last piece, with no search. When every end
    /// is a decimal whose digits fit (the usual case), a record is one packed <see cref="long"/> (value scaled to a common
    /// exponent, then the end's index in the low bits), so the sort is a primitive sort; otherwise decimal keys are
    /// sorted with their records. Both give the same pieces.</para>
    /// <para>An instance is scratch space, reused from one merge to the next by one thread: every array is at least as long
    /// as the current merge needs, and only the first <see cref="PieceCount"/> (or witness count) entries mean anything.
    /// Scores are kept as integers when every weight is 1 (no reliability weighting), as decimals otherwise.</para>
    /// </remarks>
    internal sealed partial class CoverageSweep
    {
#if NET
        private static readonly ulong[] PowersOfTen = BuildPowers();
#endif

        private decimal[] _values = new decimal[16];
        private decimal[] _endValues = new decimal[16];
        private int[] _endTags = new int[16];
#if NET
        // The packed sort's scratch (CoverageSweep.Ends.cs); netstandard2.0 has no packed sort.
        private long[] _mantissas = new long[16];
        private int[] _scales = new int[16];
        private long[] _packed = new long[16];

        /// <summary>One decimal's bits, read by <see cref="TryCountRuns"/>.</summary>
        private readonly int[] _bits = new int[4];
#endif
        private decimal[] _scoreDelta = Array.Empty<decimal>();
        private int[] _intScoreDelta = new int[16];
        private int[] _countDelta = new int[16];
        private decimal[] _score = Array.Empty<decimal>();
        private int[] _intScore = new int[16];
        private int[] _denialStart = new int[4];
        private int[] _denialEnd = new int[4];
        private bool _weighted;

        public int PieceCount { get; private set; }

        /// <summary>How many witnesses cover each piece.</summary>
        public int[] Coverage { get; private set; } = new int[16];

        /// <summary><c>Event[p]</c>: some range starts at piece p or ends at piece p - 1.</summary>
        public bool[] Event { get; private set; } = new bool[16];

        /// <summary>First piece of each witness.</summary>
        public int[] WitnessStart { get; private set; } = new int[8];

        /// <summary>Last piece of each witness.</summary>
        public int[] WitnessEnd { get; private set; } = new int[8];

        /// <summary>
        /// Sweeps the witnesses' ranges (<paramref name="ranges"/>, in witness order) and the denied ranges. With
        /// <paramref name="weighted"/> false every weight is taken as 1 and the weight lists are not read; with
        /// <paramref name="scores"/> false only coverage is computed.
        /// </summary>
        public void Build(Witness[] witnesses, List<NumericRange> ranges, List<NumericRange> denials, List<decimal> denialWeights, bool weighted, bool scores)
        {
            var w = witnesses.Length;
            var total = w + denials.Count;
            _weighted = weighted;
            EnsureRangeSpace(w, denials.Count);
            for (var i = 0; i < w; i++)
            {
                WitnessStart[i] = 0;
                WitnessEnd[i] = int.MaxValue;
            }

            for (var i = 0; i < denials.Count; i++)
            {
                _denialStart[i] = 0;
                _denialEnd[i] = int.MaxValue;
            }

            var distinct = SortEnds(ranges, w, denials, total);
            PieceCount = (2 * distinct) + 1;
            for (var i = 0; i < w; i++)
            {
                WitnessEnd[i] = Math.Min(WitnessEnd[i], PieceCount - 1);
            }

            for (var i = 0; i < denials.Count; i++)
            {
                _denialEnd[i] = Math.Min(_denialEnd[i], PieceCount - 1);
            }

            Accumulate(w, denials.Count, witnesses, denialWeights, scores);
        }

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

        /// <summary>Fills <paramref name="runs"/> with the maximal runs of covered pieces with the top score and no event inside, from low to high.</summary>
        public void TopRuns(List<(int First, int Last)> runs, out decimal top)
        {
            runs.Clear();
            bool found;
            if (_weighted)
            {
                found = DecimalTop(out top);
            }
            else
            {
                found = IntTop(out var intTop);
                top = intTop;
            }

            if (!found)
            {
                return;
            }

            var intTopValue = _weighted ? 0 : (int)top;
            var start = -1;
            for (var p = 0; p <= PieceCount; p++)
            {
                var inTop = p < PieceCount && Coverage[p] > 0 && (_weighted ? _score[p] == top : _intScore[p] == intTopValue);
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
        }

        private bool DecimalTop(out decimal top)
        {
            top = decimal.MinValue;
            var found = false;
            for (var p = 0; p < PieceCount; p++)
            {
                if (Coverage[p] > 0 && (!found || _score[p] > top))
                {
                    top = _score[p];
                    found = true;
                }
            }

            return found;
        }

        private bool IntTop(out int top)
        {
            top = int.MinValue;
            var found = false;
            for (var p = 0; p < PieceCount; p++)
            {
                if (Coverage[p] > 0 && (!found || _intScore[p] > top))
                {
                    top = _intScore[p];
                    found = true;
                }
            }

            return found;
        }

        private void Accumulate(int w, int d, Witness[] witnesses, List<decimal> denialWeights, bool scores)
        {
            var size = PieceCount + 1;
            Grow(ref _countDelta, size);
            Array.Clear(_countDelta, 0, size);
            var coverage = Coverage;
            Grow(ref coverage, size);
            Coverage = coverage;
            var events = Event;
            Grow(ref events, size);
            Array.Clear(events, 0, size);
            Event = events;
            var decimalScores = scores && _weighted;
            var intScores = scores && !_weighted;
            if (decimalScores)
            {
                Grow(ref _scoreDelta, size);
                Array.Clear(_scoreDelta, 0, size);
                Grow(ref _score, size);
            }
            else if (intScores)
            {
                Grow(ref _intScoreDelta, size);
                Array.Clear(_intScoreDelta, 0, size);
                Grow(ref _intScore, size);
            }

            for (var i = 0; i < w; i++)
            {
                var s = WitnessStart[i];
                var e = WitnessEnd[i];
                if (decimalScores)
                {
                    _scoreDelta[s] += witnesses[i].Weight;
                    _scoreDelta[e + 1] -= witnesses[i].Weight;
                }
                else if (intScores)
                {
                    _intScoreDelta[s]++;
                    _intScoreDelta[e + 1]--;
                }

                _countDelta[s]++;
                _countDelta[e + 1]--;
                events[s] = true;
                events[e + 1] = true;
            }

            for (var i = 0; i < d; i++)
            {
                var s = _denialStart[i];
                var e = _denialEnd[i];
                if (decimalScores)
                {
                    _scoreDelta[s] -= denialWeights[i];
                    _scoreDelta[e + 1] += denialWeights[i];
                }
                else if (intScores)
                {
                    _intScoreDelta[s]--;
                    _intScoreDelta[e + 1]++;
                }

                events[s] = true;
                events[e + 1] = true;
            }

            decimal score = 0;
            var intScore = 0;
            var count = 0;
            for (var p = 0; p < PieceCount; p++)
            {
                count += _countDelta[p];
                coverage[p] = count;
                if (decimalScores)
                {
                    score += _scoreDelta[p];
                    _score[p] = score;
                }
                else if (intScores)
                {
                    intScore += _intScoreDelta[p];
                    _intScore[p] = intScore;
                }
            }
        }

        private void EnsureRangeSpace(int witnesses, int denials)
        {
            var start = WitnessStart;
            var end = WitnessEnd;
            Grow(ref start, witnesses);
            Grow(ref end, witnesses);
            WitnessStart = start;
            WitnessEnd = end;
            Grow(ref _denialStart, denials);
            Grow(ref _denialEnd, denials);
        }

        private static void Grow<T>(ref T[] array, int size)
        {
            if (array.Length < size)
            {
                array = new T[Math.Max(size, 2 * array.Length)];
            }
        }

#if NET
        private static ulong[] BuildPowers()
        {
            var powers = new ulong[19];
            powers[0] = 1;
            for (var i = 1; i < powers.Length; i++)
            {
                powers[i] = powers[i - 1] * 10;
            }

            return powers;
        }
#endif
    }
}

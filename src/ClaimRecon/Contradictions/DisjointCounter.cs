using System;
using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>Counts, for any range, how many of a fixed set of ranges lie wholly below or wholly above it: two sorted end arrays and binary search, O(n log n) to build and O(log n) per count.</summary>
    /// <remarks>Not thread-safe: one rule run uses it, on one thread.</remarks>
    internal sealed class DisjointCounter
    {
        /// <summary>How many counts scan the witnesses before their ends are sorted.</summary>
        private const int ScannedQueries = 8;

        private static readonly Comparison<RangeBound> UpperOrder = EndpointOrder.CompareUpper;
        private static readonly Comparison<RangeBound> LowerOrder = EndpointOrder.CompareLower;
        private readonly IReadOnlyList<Merging.Witness>? _witnesses;
        private readonly int _count;
        private RangeBound[] _uppers;
        private RangeBound[] _lowers;
        private int _queries;

        /// <summary>Indexes the non-empty ranges among <paramref name="ranges"/>.</summary>
        public DisjointCounter(IEnumerable<NumericRange> ranges)
        {
            var uppers = new List<RangeBound>();
            var lowers = new List<RangeBound>();
            foreach (var range in ranges)
            {
                if (!range.IsEmpty)
                {
                    uppers.Add(range.Upper);
                    lowers.Add(range.Lower);
                }
            }

            _uppers = uppers.ToArray();
            _lowers = lowers.ToArray();
            _count = _uppers.Length;
            Array.Sort(_uppers, UpperOrder);
            Array.Sort(_lowers, LowerOrder);
        }

        /// <summary>Counts over the non-empty ranges of <paramref name="witnesses"/>.</summary>
        /// <remarks>The first <see cref="ScannedQueries"/> counts scan the witnesses (most periods have a handful of outliers
        /// to count for); only a later count sorts the ends, so the cost is O(n log n) at most and O(n) per count before.</remarks>
        public DisjointCounter(IReadOnlyList<Merging.Witness> witnesses)
        {
            _witnesses = witnesses;
            var n = 0;
            foreach (var w in witnesses)
            {
                n += w.Range.IsEmpty ? 0 : 1;
            }

            _count = n;
            _uppers = Array.Empty<RangeBound>();
            _lowers = Array.Empty<RangeBound>();
        }

        /// <summary>Gets how many non-empty ranges were indexed.</summary>
        public int Count => _count;

        /// <summary>How many indexed ranges lie wholly below <paramref name="range"/>.</summary>
        public int Below(NumericRange range)
        {
            if (range.IsEmpty)
            {
                return 0;
            }

            // The ranges whose upper end lies before this lower end form a prefix of the uppers.
            int lo = 0, hi = _uppers.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (EndpointOrder.CompareLowerToUpper(range.Lower, _uppers[mid]) > 0)
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

        /// <summary>How many indexed ranges lie wholly above <paramref name="range"/>.</summary>
        public int Above(NumericRange range)
        {
            if (range.IsEmpty)
            {
                return 0;
            }

            // The ranges whose lower end lies after this upper end form a suffix of the lowers.
            int lo = 0, hi = _lowers.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (EndpointOrder.CompareLowerToUpper(_lowers[mid], range.Upper) > 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return _lowers.Length - lo;
        }

        /// <summary>How many indexed ranges share no value with <paramref name="range"/>.</summary>
        public int Disjoint(NumericRange range)
        {
            if (_witnesses is null || range.IsEmpty)
            {
                return Below(range) + Above(range);
            }

            if (_queries < ScannedQueries)
            {
                _queries++;
                var disjoint = 0;
                foreach (var w in _witnesses)
                {
                    var other = w.Range;
                    if (!other.IsEmpty && (EndpointOrder.CompareLowerToUpper(range.Lower, other.Upper) > 0 || EndpointOrder.CompareLowerToUpper(other.Lower, range.Upper) > 0))
                    {
                        disjoint++;
                    }
                }

                return disjoint;
            }

            if (_uppers.Length != _count)
            {
                Sort(_witnesses);
            }

            return Below(range) + Above(range);
        }

        private void Sort(IReadOnlyList<Merging.Witness> witnesses)
        {
            var uppers = new RangeBound[_count];
            var lowers = new RangeBound[_count];
            var n = 0;
            foreach (var w in witnesses)
            {
                if (!w.Range.IsEmpty)
                {
                    uppers[n] = w.Range.Upper;
                    lowers[n++] = w.Range.Lower;
                }
            }

            Array.Sort(uppers, UpperOrder);
            Array.Sort(lowers, LowerOrder);
            _uppers = uppers;
            _lowers = lowers;
        }

        /// <summary>
        /// For each outlier, how many of the non-empty ranges of <paramref name="witnesses"/> share no value with its
        /// witness's range (0 for an empty one), as <see cref="Disjoint"/> counts them; <paramref name="count"/> is how many
        /// ranges were counted over.
        /// </summary>
        /// <remarks>
        /// The outliers' ends are sorted (a handful, usually) and each witness is placed among them by binary search: a
        /// witness lies wholly below every outlier from the first whose lower end lies after its upper end, and wholly above
        /// every outlier before the first whose upper end its lower end does not pass. O((n + q) log q) for n witnesses and
        /// q outliers, with no copy of the witnesses' ends.
        /// </remarks>
        public static int[] DisjointFromEach(IReadOnlyList<Merging.Witness> witnesses, IReadOnlyList<Merging.Outlier> outliers, out int count)
        {
            var counts = new int[outliers.Count];
            DisjointFromEach(witnesses, outliers, out count, new Scratch(), counts);
            return counts;
        }

        /// <summary>
        /// As <see cref="DisjointFromEach(IReadOnlyList{Merging.Witness}, IReadOnlyList{Merging.Outlier}, out int)"/>, writing
        /// the counts into <paramref name="counts"/> (at least as long as the outliers) and working in
        /// <paramref name="scratch"/>, which one caller reuses from period to period instead of allocating five arrays for each.
        /// </summary>
        public static void DisjointFromEach(IReadOnlyList<Merging.Witness> witnesses, IReadOnlyList<Merging.Outlier> outliers, out int count, Scratch scratch, int[] counts)
        {
            var q = outliers.Count;
            scratch.Ensure(q);
            var ranges = scratch.Ranges;
            var byLower = scratch.ByLower;
            var byUpper = scratch.ByUpper;
            var m = 0;
            for (var i = 0; i < q; i++)
            {
                ranges[i] = outliers[i].Witness.Range;
                if (!ranges[i].IsEmpty)
                {
                    byLower[m] = i;
                    byUpper[m++] = i;
                }
            }

            SortIndexes(byLower, m, ranges, lower: true);
            SortIndexes(byUpper, m, ranges, lower: false);

            // below[k]: witnesses wholly below the outliers from position k (by lower end) on; above[k]: witnesses wholly
            // above the outliers before position k (by upper end).
            var below = scratch.Below;
            var above = scratch.Above;
            Array.Clear(below, 0, m + 1);
            Array.Clear(above, 0, m + 1);
            Array.Clear(counts, 0, q);
            count = 0;
            for (var i = 0; i < witnesses.Count; i++)
            {
                var range = witnesses[i].Range;
                if (range.IsEmpty)
                {
                    continue;
                }

                count++;
                int lo = 0, hi = m;
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (EndpointOrder.CompareLowerToUpper(ranges[byLower[mid]].Lower, range.Upper) > 0)
                    {
                        hi = mid;
                    }
                    else
                    {
                        lo = mid + 1;
                    }
                }

                below[lo]++;
                (lo, hi) = (0, m);
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (EndpointOrder.CompareLowerToUpper(range.Lower, ranges[byUpper[mid]].Upper) > 0)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                above[lo]++;
            }

            var running = 0;
            for (var k = 0; k < m; k++)
            {
                running += below[k];
                counts[byLower[k]] += running;
            }

            running = 0;
            for (var k = m - 1; k >= 0; k--)
            {
                running += above[k + 1];
                counts[byUpper[k]] += running;
            }
        }

        /// <summary>Sorts the first <paramref name="n"/> indexes by their ranges' lower (or upper) ends: insertion sort for a handful, else <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/>.</summary>
        private static void SortIndexes(int[] indexes, int n, NumericRange[] ranges, bool lower)
        {
            if (n > 16)
            {
                Array.Sort(indexes, 0, n, new EndOrder(ranges, lower));
                return;
            }

            for (var i = 1; i < n; i++)
            {
                var x = indexes[i];
                var j = i - 1;
                while (j >= 0 && EndOrder.Compare(ranges, indexes[j], x, lower) > 0)
                {
                    indexes[j + 1] = indexes[j];
                    j--;
                }

                indexes[j + 1] = x;
            }
        }

        /// <summary>Working arrays for <see cref="DisjointFromEach(IReadOnlyList{Merging.Witness}, IReadOnlyList{Merging.Outlier}, out int, Scratch, int[])"/>, grown as needed; one per caller and thread.</summary>
        internal sealed class Scratch
        {
            public NumericRange[] Ranges { get; private set; } = Array.Empty<NumericRange>();

            public int[] ByLower { get; private set; } = Array.Empty<int>();

            public int[] ByUpper { get; private set; } = Array.Empty<int>();

            public int[] Below { get; private set; } = Array.Empty<int>();

            public int[] Above { get; private set; } = Array.Empty<int>();

            /// <summary>Makes room for <paramref name="outliers"/> outliers.</summary>
            public void Ensure(int outliers)
            {
                if (Ranges.Length >= outliers && Below.Length > outliers)
                {
                    return;
                }

                var size = Math.Max(outliers, 2 * Ranges.Length);
                Ranges = new NumericRange[size];
                ByLower = new int[size];
                ByUpper = new int[size];
                Below = new int[size + 1];
                Above = new int[size + 1];
            }
        }

        /// <summary>Orders indexes of ranges by their lower (or upper) ends.</summary>
        private sealed class EndOrder : IComparer<int>
        {
            private readonly NumericRange[] _ranges;
            private readonly bool _lower;

            public EndOrder(NumericRange[] ranges, bool lower)
            {
                _ranges = ranges;
                _lower = lower;
            }

            public static int Compare(NumericRange[] ranges, int a, int b, bool lower) => lower
                ? EndpointOrder.CompareLower(ranges[a].Lower, ranges[b].Lower)
                : EndpointOrder.CompareUpper(ranges[a].Upper, ranges[b].Upper);

            public int Compare(int a, int b) => Compare(_ranges, a, b, _lower);
        }
    }
}

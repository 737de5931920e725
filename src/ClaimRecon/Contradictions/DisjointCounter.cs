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
    }
}

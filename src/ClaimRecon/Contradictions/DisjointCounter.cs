using System;
using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>Counts, for any range, how many of a fixed set of ranges lie wholly below or wholly above it: two sorted end arrays and binary search, O(n log n) to build and O(log n) per count.</summary>
    internal sealed class DisjointCounter
    {
        private static readonly Comparison<RangeBound> UpperOrder = EndpointOrder.CompareUpper;
        private static readonly Comparison<RangeBound> LowerOrder = EndpointOrder.CompareLower;
        private readonly RangeBound[] _uppers;
        private readonly RangeBound[] _lowers;

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
            Array.Sort(_uppers, UpperOrder);
            Array.Sort(_lowers, LowerOrder);
        }

        /// <summary>Indexes the non-empty ranges of <paramref name="witnesses"/>.</summary>
        public DisjointCounter(IReadOnlyList<Merging.Witness> witnesses)
        {
            var n = 0;
            foreach (var w in witnesses)
            {
                n += w.Range.IsEmpty ? 0 : 1;
            }

            _uppers = new RangeBound[n];
            _lowers = new RangeBound[n];
            n = 0;
            foreach (var w in witnesses)
            {
                if (!w.Range.IsEmpty)
                {
                    _uppers[n] = w.Range.Upper;
                    _lowers[n++] = w.Range.Lower;
                }
            }

            Array.Sort(_uppers, UpperOrder);
            Array.Sort(_lowers, LowerOrder);
        }

        /// <summary>Gets how many non-empty ranges were indexed.</summary>
        public int Count => _uppers.Length;

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
        public int Disjoint(NumericRange range) => Below(range) + Above(range);
    }
}

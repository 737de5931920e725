using System;
using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Ranges indexed by their ends (for the denial rule: what each group of denials rules out), to report those that
    /// contain or overlap a query range, leaving out those of one origin, in O((k + 1) log n) for k reported.
    /// </summary>
    /// <remarks>
    /// <para>The ranges are sorted by lower end. Those containing a query range are a prefix of that order (lower end at or
    /// before the query's lower end) filtered by upper end (at or after the query's upper end); those overlapping it are a
    /// prefix (lower end at or before the query's upper end) filtered by upper end (at or after the query's lower end). Ends
    /// are compared exactly as <see cref="NumericRange.Contains(NumericRange)"/> and <see cref="NumericRange.Overlaps"/>
    /// compare them (<see cref="EndpointOrder"/>), so open, closed and unbounded ends give the same answers.</para>
    /// <para>Both filters only ask for a high enough upper end, so a segment tree over the sorted order keeps, per node, the
    /// range with the highest upper end and the highest among the other origins: a node whose best range of an origin other
    /// than the excluded one fails the filter holds nothing to report and is not entered. Empty ranges are not indexed
    /// (they contain and overlap nothing non-empty); the caller handles an empty query. Built once, read only.</para>
    /// </remarks>
    internal sealed class RuledOutIndex
    {
        private readonly int[] _ids;
        private readonly RangeBound[] _lower;
        private readonly RangeBound[] _upper;
        private readonly int[] _origin;
        private readonly int[] _best;
        private readonly int[] _other;

        /// <summary>Indexes the non-empty ranges among <paramref name="entries"/>.</summary>
        /// <param name="entries">Each range with the id reported for it and its origin (a non-negative number).</param>
        public RuledOutIndex(IEnumerable<(int Id, NumericRange Range, int Origin)> entries)
        {
            var kept = new List<(int Id, NumericRange Range, int Origin)>();
            foreach (var entry in entries)
            {
                if (!entry.Range.IsEmpty)
                {
                    kept.Add(entry);
                }
            }

            kept.Sort((a, b) =>
            {
                var byLower = EndpointOrder.CompareLower(a.Range.Lower, b.Range.Lower);
                return byLower != 0 ? byLower : a.Id.CompareTo(b.Id);
            });
            var n = kept.Count;
            _ids = new int[n];
            _lower = new RangeBound[n];
            _upper = new RangeBound[n];
            _origin = new int[n];
            for (var i = 0; i < n; i++)
            {
                _ids[i] = kept[i].Id;
                _lower[i] = kept[i].Range.Lower;
                _upper[i] = kept[i].Range.Upper;
                _origin[i] = kept[i].Origin;
            }

            _best = new int[Math.Max(1, 4 * n)];
            _other = new int[_best.Length];
            if (n > 0)
            {
                Build(1, 0, n);
            }
        }

        /// <summary>Adds to <paramref name="found"/> the ids of the ranges that contain <paramref name="range"/> (not empty), except those of <paramref name="excludedOrigin"/>.</summary>
        public void Containing(NumericRange range, int excludedOrigin, List<int> found)
        {
            var query = new Query(range.Lower, range.Upper, overlap: false, excludedOrigin);
            Report(1, 0, _ids.Length, Prefix(query), query, found);
        }

        /// <summary>Adds to <paramref name="found"/> the ids of the ranges that share a value with <paramref name="range"/> (not empty), except those of <paramref name="excludedOrigin"/>.</summary>
        public void Overlapping(NumericRange range, int excludedOrigin, List<int> found)
        {
            var query = new Query(range.Lower, range.Upper, overlap: true, excludedOrigin);
            Report(1, 0, _ids.Length, Prefix(query), query, found);
        }

        /// <summary>How many ranges, in lower-end order, pass the query's test on the lower end (a prefix).</summary>
        private int Prefix(in Query query)
        {
            int lo = 0, hi = _lower.Length;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (query.LowerPasses(_lower[mid]))
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

        private void Report(int node, int lo, int hi, int prefix, in Query query, List<int> found)
        {
            if (lo >= prefix || !Holds(node, query))
            {
                return;
            }

            if (hi - lo == 1)
            {
                found.Add(_ids[lo]);
                return;
            }

            var mid = lo + ((hi - lo) / 2);
            Report(2 * node, lo, mid, prefix, query, found);
            Report((2 * node) + 1, mid, hi, prefix, query, found);
        }

        /// <summary>Whether the node holds a range of another origin than the excluded one whose upper end passes.</summary>
        private bool Holds(int node, in Query query)
        {
            var best = _best[node];
            if (_origin[best] != query.ExcludedOrigin)
            {
                return query.UpperPasses(_upper[best]);
            }

            var other = _other[node];
            return other >= 0 && query.UpperPasses(_upper[other]);
        }

        private void Build(int node, int lo, int hi)
        {
            if (hi - lo == 1)
            {
                _best[node] = lo;
                _other[node] = -1;
                return;
            }

            var mid = lo + ((hi - lo) / 2);
            int left = 2 * node, right = (2 * node) + 1;
            Build(left, lo, mid);
            Build(right, mid, hi);
            var best = Higher(_best[left], _best[right]);
            _best[node] = best;

            // The highest of another origin than the best's: in each child, its best if of another origin, else its own other.
            var origin = _origin[best];
            var fromLeft = _origin[_best[left]] != origin ? _best[left] : _other[left];
            var fromRight = _origin[_best[right]] != origin ? _best[right] : _other[right];
            _other[node] = Higher(fromLeft, fromRight);
        }

        private int Higher(int a, int b) =>
            a < 0 ? b : b < 0 ? a : EndpointOrder.CompareUpper(_upper[a], _upper[b]) >= 0 ? a : b;

        /// <summary>A containment or overlap query: the tests on an indexed range's lower and upper ends.</summary>
        private readonly struct Query
        {
            private readonly RangeBound _lower;
            private readonly RangeBound _upper;
            private readonly bool _overlap;

            public Query(RangeBound lower, RangeBound upper, bool overlap, int excludedOrigin)
            {
                _lower = lower;
                _upper = upper;
                _overlap = overlap;
                ExcludedOrigin = excludedOrigin;
            }

            public int ExcludedOrigin { get; }

            /// <summary>Contains: the indexed lower end admits the query's lower end. Overlaps: it comes at or before the query's upper end.</summary>
            public bool LowerPasses(RangeBound lower) =>
                _overlap ? EndpointOrder.CompareLowerToUpper(lower, _upper) <= 0 : EndpointOrder.CompareLower(lower, _lower) <= 0;

            /// <summary>Contains: the indexed upper end admits the query's upper end. Overlaps: it comes at or after the query's lower end.</summary>
            public bool UpperPasses(RangeBound upper) =>
                _overlap ? EndpointOrder.CompareLowerToUpper(_lower, upper) <= 0 : EndpointOrder.CompareUpper(_upper, upper) <= 0;
        }
    }
}

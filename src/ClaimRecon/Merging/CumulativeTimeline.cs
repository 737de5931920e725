using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// The tightest non-falling progression of a cumulative quantity through the periods claims describe.
    /// </summary>
    /// <remarks>
    /// <para>At each period the lower bound is the largest lower bound stated for a period at or before it and the upper bound
    /// the smallest upper bound stated for a period at or after it, because a running total never falls. "Before" means
    /// every day of the one comes before every day of the other (Allen's before or meets): a month-dated figure neither
    /// bounds nor is bounded by a figure for a day inside the month, since it may speak of a moment on either side of
    /// that day (docs/time.md). "2,250" on 7 February and "more than 5,000"
    /// on 10 February are one consistent progression; a later figure below an earlier one leaves an empty
    /// <see cref="TimelinePoint.Bounds"/> where the progression breaks.</para>
    /// <para>Periods are the merge results' periods ordered by first day, then last day; periods whose merge found no agreement are left out.
    /// This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class CumulativeTimeline
    {
        private readonly TimelinePoint[] _points;

        internal CumulativeTimeline(TimelinePoint[] points) => _points = points;

        /// <summary>Gets the points in time order.</summary>
        public IReadOnlyList<TimelinePoint> Points => _points;

        /// <summary>Gets a value indicating whether a non-falling total fits every period.</summary>
        public bool IsConsistent => _points.All(p => p.IsConsistent);

        /// <summary>Returns one line per point.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Join("\n", _points.Select(p => p.ToString()));

        /// <summary>Builds the timeline of one quantity's period results (in <see cref="PeriodGroups"/> order; undated and disagreeing periods are left out).</summary>
        internal static CumulativeTimeline Build(MergeResult[] results)
        {
            var periods = new List<TimeReference>();
            var stated = new List<NumericRange>();
            foreach (var result in results)
            {
                if (result.Period is null)
                {
                    continue;
                }

                if (result.Status == MergeStatus.Consensus)
                {
                    periods.Add(result.Period);
                    stated.Add(result.Consensus);
                }
                else if (result.Status == MergeStatus.Tie)
                {
                    var hull = NumericRange.Empty;
                    foreach (var c in result.Candidates)
                    {
                        hull = hull.Hull(c.Range);
                    }

                    periods.Add(result.Period);
                    stated.Add(hull);
                }
            }

            // A total that never falls is at least every lower end stated for a period at or before this one, and at most
            // every upper end stated for a period after it (TimeOrder: a month is neither before nor after a day inside it, so
            // they do not bound each other). Ends sorted by last day give the first as prefix maxima, ends sorted by
            // first day the second as suffix minima; ties go to the earliest point.
            var n = stated.Count;
            var firsts = new int[n];
            var lasts = new int[n];
            for (var i = 0; i < n; i++)
            {
                firsts[i] = TimeReference.DayNumber(periods[i].FirstDay);
                lasts[i] = TimeReference.DayNumber(periods[i].LastDay);
            }

            var byLast = Enumerable.Range(0, n).OrderBy(i => lasts[i]).ThenBy(i => i).ToArray();
            var lowerBest = new int[n];
            var best = -1;
            for (var k = 0; k < n; k++)
            {
                var j = byLast[k];
                var c = best < 0 ? 1 : EndpointOrder.CompareLower(stated[j].Lower, stated[best].Lower);
                if (c > 0 || (c == 0 && j < best))
                {
                    best = j;
                }

                lowerBest[k] = best;
            }

            var byFirst = Enumerable.Range(0, n).OrderByDescending(i => firsts[i]).ThenBy(i => i).ToArray();
            var upperBest = new int[n];
            best = -1;
            for (var k = 0; k < n; k++)
            {
                var j = byFirst[k];
                var c = best < 0 ? -1 : EndpointOrder.CompareUpper(stated[j].Upper, stated[best].Upper);
                if (c < 0 || (c == 0 && j < best))
                {
                    best = j;
                }

                upperBest[k] = best;
            }

            var points = new TimelinePoint[n];
            for (var i = 0; i < n; i++)
            {
                var lowerFrom = Pick(lowerBest, CountAtMost(byLast, lasts, firsts[i] - 1), i, (x, y) => EndpointOrder.CompareLower(stated[x].Lower, stated[y].Lower));
                var upperFrom = Pick(upperBest, CountAtLeast(byFirst, firsts, lasts[i] + 1), i, (x, y) => -EndpointOrder.CompareUpper(stated[x].Upper, stated[y].Upper));
                var lower = stated[lowerFrom].Lower;
                var upper = stated[upperFrom].Upper;
                var bounds = new NumericRange(lower, RangeBound.Unbounded).Intersect(new NumericRange(RangeBound.Unbounded, upper));
                points[i] = new TimelinePoint(periods[i], stated[i], bounds, lower.IsUnbounded ? null : lowerFrom, upper.IsUnbounded ? null : upperFrom);
            }

            return new CumulativeTimeline(points);
        }

        /// <summary>The binding point: the best of the first <paramref name="count"/> sorted ends, or the point itself when better (ties to the earlier).</summary>
        private static int Pick(int[] prefixBest, int count, int self, Func<int, int, int> better)
        {
            if (count == 0)
            {
                return self;
            }

            var other = prefixBest[count - 1];
            var c = better(other, self);
            return c > 0 || (c == 0 && other < self) ? other : self;
        }

        /// <summary>How many of the points, sorted by last day, end on or before <paramref name="day"/>.</summary>
        private static int CountAtMost(int[] byLast, int[] lasts, int day)
        {
            int lo = 0, hi = byLast.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (lasts[byLast[mid]] <= day)
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

        /// <summary>How many of the points, sorted by first day descending, start on or after <paramref name="day"/>.</summary>
        private static int CountAtLeast(int[] byFirst, int[] firsts, int day)
        {
            int lo = 0, hi = byFirst.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (firsts[byFirst[mid]] >= day)
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
    }
}

using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// The tightest non-falling progression of a cumulative quantity through the periods claims describe.
    /// </summary>
    /// <remarks>
    /// <para>At each period the lower bound is the largest lower bound stated at or before it and the upper bound the smallest
    /// upper bound stated at or after it, because a running total never falls. "2,250" on 7 February and "more than 5,000"
    /// on 10 February are one consistent progression; a later figure below an earlier one leaves an empty
    /// <see cref="TimelinePoint.Bounds"/> where the progression breaks.</para>
    /// <para>Periods are the merge results' periods in time order; periods whose merge found no agreement are left out.
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
    }
}

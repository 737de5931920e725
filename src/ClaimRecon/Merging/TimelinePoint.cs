using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>One period of a cumulative timeline: what was stated for it and what the whole timeline allows there.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class TimelinePoint
    {
        internal TimelinePoint(TimeReference period, NumericRange stated, NumericRange bounds, int? lowerFrom, int? upperFrom)
        {
            Period = period;
            Stated = stated;
            Bounds = bounds;
            LowerFrom = lowerFrom;
            UpperFrom = upperFrom;
        }

        /// <summary>Gets the period.</summary>
        public TimeReference Period { get; }

        /// <summary>Gets the range merged for this period alone (the consensus, or the hull of tied candidates).</summary>
        public NumericRange Stated { get; }

        /// <summary>
        /// Gets the tightest range consistent with a total that never falls: from the largest lower bound stated for a
        /// period at or before this one to the smallest upper bound stated for a period at or after it (a period that
        /// shares a day with this one without covering the same days is neither). Empty when the timeline breaks here.
        /// </summary>
        public NumericRange Bounds { get; }

        /// <summary>Gets the index, in <see cref="CumulativeTimeline.Points"/>, of the point whose lower bound binds here; null when <see cref="Bounds"/> is unbounded below.</summary>
        public int? LowerFrom { get; }

        /// <summary>Gets the index, in <see cref="CumulativeTimeline.Points"/>, of the point whose upper bound binds here; null when <see cref="Bounds"/> is unbounded above.</summary>
        public int? UpperFrom { get; }

        /// <summary>Gets a value indicating whether a non-falling total fits every statement at and around this period.</summary>
        public bool IsConsistent => !Bounds.IsEmpty;

        /// <summary>Returns e.g. <c>2026-02-10: stated (5000, 6000], bounds (5000, 6000]</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => Period + ": stated " + Stated + ", bounds " + Bounds;
    }
}

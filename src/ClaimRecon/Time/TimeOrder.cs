namespace ClaimRecon.Time
{
    /// <summary>
    /// Which described periods the merge and the detector treat as the same time, and which as one before the other.
    /// </summary>
    /// <remarks>
    /// <para>A claim dated by a period speaks of some moment in it, not known which; a day (a moment counts as its day) is
    /// the finest unit, so claims of one day speak of the same moment. Two claims are <b>the same time</b> when their
    /// periods cover the same days (<see cref="AllenRelation.Equals"/>): they are merged and compared together. One is
    /// <b>before</b> the other when its last day comes before the other's first day (<see cref="AllenRelation.Before"/> or
    /// <see cref="AllenRelation.Meets"/>). Periods that share a day without covering the same days (a month and a day
    /// inside it, two overlapping runs) are neither, and are not compared: docs/time.md says why, and what a running
    /// total would allow there.</para>
    /// </remarks>
    internal static class TimeOrder
    {
        /// <summary>Whether both are undated, or both cover the same days.</summary>
        public static bool SameTime(TimeReference? a, TimeReference? b) =>
            a is null || b is null ? a is null && b is null : a.FirstDay == b.FirstDay && a.LastDay == b.LastDay;

        /// <summary>Whether every day of <paramref name="earlier"/> comes before every day of <paramref name="later"/> (Allen's before or meets).</summary>
        public static bool Before(TimeReference earlier, TimeReference later) => earlier.LastDay < later.FirstDay;
    }
}

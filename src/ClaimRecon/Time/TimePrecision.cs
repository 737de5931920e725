namespace ClaimRecon.Time
{
    /// <summary>How precisely a <see cref="TimeReference"/> was given.</summary>
    public enum TimePrecision
    {
        /// <summary>A moment, to the second or finer, with its UTC offset ("2026-02-07T11:00:00+03").</summary>
        Instant = 0,

        /// <summary>A calendar day ("2026-02-07").</summary>
        Day,

        /// <summary>A calendar month ("2026-01").</summary>
        Month,

        /// <summary>A calendar year ("2026").</summary>
        Year,

        /// <summary>A run of whole days ("2026-01-21/2026-01-31", "late January 2026").</summary>
        Period,
    }
}

namespace ClaimRecon.Time
{
    /// <summary>How precisely a <see cref="TimeReference"/> was given.</summary>
    /// <remarks>From finest to coarsest: instant, day, week, month, quarter, year; a period is any run of days. The numeric
    /// values keep the order in which members were added (so files and code written before week and quarter keep their
    /// meaning), not the order of coarseness.</remarks>
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

        /// <summary>An ISO week, Monday to Sunday ("2026-W06").</summary>
        Week,

        /// <summary>A calendar quarter ("2026-Q1": January to March).</summary>
        Quarter,
    }
}

namespace ClaimRecon.Time
{
    /// <summary>
    /// How the period one claim describes stands to the period another describes: Allen's thirteen interval relations,
    /// computed on whole days.
    /// </summary>
    /// <remarks>
    /// Relations are computed by <see cref="TimeReference.RelationTo(TimeReference)"/> on each reference's closed run of
    /// days (<see cref="TimeReference.FirstDay"/> to <see cref="TimeReference.LastDay"/>); a moment counts as its local day.
    /// Two periods <em>meet</em> when one ends the day before the other starts. Periods that neither precede, follow nor
    /// meet each other share at least one day (<see cref="TimeRelations.SharesDays(AllenRelation)"/>). Only claims whose periods
    /// are <see cref="Equals"/> are merged or compared as describing the same time; a month and a day inside it
    /// (<see cref="Contains"/>) are neither the same time nor in order (docs/time.md).
    /// </remarks>
    public enum AllenRelation
    {
        /// <summary>The first period ends at least a day before the second starts, with days between them.</summary>
        Before,
        /// <summary>The first period ends the day before the second starts.</summary>
        Meets,
        /// <summary>The first starts earlier and ends inside the second.</summary>
        Overlaps,
        /// <summary>Both start on the same day; the first ends earlier.</summary>
        Starts,
        /// <summary>The first lies strictly inside the second.</summary>
        During,
        /// <summary>Both end on the same day; the first starts later.</summary>
        Finishes,
        /// <summary>Both cover the same days.</summary>
        Equals,
        /// <summary>Both end on the same day; the first starts earlier (inverse of <see cref="Finishes"/>).</summary>
        FinishedBy,
        /// <summary>The second lies strictly inside the first (inverse of <see cref="During"/>).</summary>
        Contains,
        /// <summary>Both start on the same day; the first ends later (inverse of <see cref="Starts"/>).</summary>
        StartedBy,
        /// <summary>The second starts earlier and ends inside the first (inverse of <see cref="Overlaps"/>).</summary>
        OverlappedBy,
        /// <summary>The first starts the day after the second ends (inverse of <see cref="Meets"/>).</summary>
        MetBy,
        /// <summary>The first starts at least a day after the second ends, with days between them.</summary>
        After,
    }
}

namespace ClaimRecon.Time
{
    /// <summary>Questions about <see cref="AllenRelation"/> values.</summary>
    public static class TimeRelations
    {
        /// <summary>Returns whether two periods in this relation share at least one day (every relation but before, meets, met-by and after).</summary>
        /// <param name="relation">The relation.</param>
        /// <returns><c>true</c> when the periods share a day.</returns>
        public static bool SharesDays(this AllenRelation relation) =>
            relation is not (AllenRelation.Before or AllenRelation.Meets or AllenRelation.MetBy or AllenRelation.After);

        /// <summary>Returns the relation seen from the other period (before becomes after, during becomes contains, equals stays).</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The inverse relation.</returns>
        public static AllenRelation Inverse(this AllenRelation relation) => (AllenRelation)(12 - (int)relation);
    }
}

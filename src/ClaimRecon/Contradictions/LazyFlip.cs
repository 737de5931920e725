namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// What a finding keeps to compute its flip tolerance when it is first read: only that (a witness and the consensus's
    /// reading, say), so a report does not hold on to everything its sentences were written from.
    /// </summary>
    /// <remarks>Implementations read only state that does not change after detection, so whenever and on whichever thread
    /// <see cref="Flip"/> runs, it gives the same answer.</remarks>
    internal abstract class LazyFlip
    {
        /// <summary>Computes the flip tolerance.</summary>
        public abstract decimal? Flip();
    }
}

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// What a finding needs to write its explanation (when the finding is made) and, for some, its flip tolerance (when
    /// first read): one object per finding holds it, instead of closures; the finding keeps it only to compute the flip.
    /// </summary>
    /// <remarks>Implementations read only state that does not change after detection, so whenever and on whichever thread
    /// <see cref="Flip"/> runs, it gives the same answer.</remarks>
    internal abstract class FindingSentence : LazyFlip
    {
        /// <summary>Gets whether <see cref="Finding.FlipTolerance"/> comes from <see cref="Flip"/> (computed when first read) rather than the value the finding was given.</summary>
        public virtual bool FlipsLazily => false;

        /// <summary>Writes the explanation.</summary>
        public abstract string Write();

        /// <summary>Computes the flip tolerance, where <see cref="FlipsLazily"/>.</summary>
        public override decimal? Flip() => null;
    }
}

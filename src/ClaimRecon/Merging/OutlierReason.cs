namespace ClaimRecon.Merging
{
    /// <summary>Why a witness was left out of a merge result.</summary>
    public enum OutlierReason
    {
        /// <summary>Its range admits none of the consensus (max agreement, reliability-weighted) or none of the fused range (fault-tolerant). This is the default value.</summary>
        OutsideConsensus = 0,
        /// <summary>The claims of one origin for one period admit no common value, so the origin cannot vote.</summary>
        SelfContradictory,
        /// <summary>Under a tie, its range admits none of the tied candidates.</summary>
        OutsideAllCandidates,
    }
}

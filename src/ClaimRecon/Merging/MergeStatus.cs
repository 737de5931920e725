namespace ClaimRecon.Merging
{
    /// <summary>What kind of answer a merge produced.</summary>
    public enum MergeStatus
    {
        /// <summary>There was nothing to merge: no claim, or denials only. This is the default value.</summary>
        NoClaims = 0,
        /// <summary>A single consensus range was found (see <see cref="MergeResult.IsUnanimous"/> for whether everyone admits it).</summary>
        Consensus,
        /// <summary>Several ranges share the top score; none is chosen (see <see cref="MergeResult.Candidates"/>).</summary>
        Tie,
        /// <summary>No value satisfies the strategy: the intersection is empty, no claimed value has positive net support under max agreement (denials outweigh it, or every weight is 0), or no value reaches the fault-tolerant threshold.</summary>
        NoAgreement,
    }
}

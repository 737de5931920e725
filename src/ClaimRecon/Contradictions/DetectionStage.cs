namespace ClaimRecon.Contradictions
{
    /// <summary>The stages of a detection, in order (see <see cref="DetectionProgress"/>).</summary>
    public enum DetectionStage
    {
        /// <summary>Merging each quantity: the consensus, witnesses and timeline the rules read. This is the default value.</summary>
        Merging = 0,

        /// <summary>Running each rule (range conflicts, denials, progressions, relations, ...) over all the merged quantities.</summary>
        Checking,
    }
}

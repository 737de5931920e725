namespace ClaimRecon.Sources
{
    /// <summary>How one link of an <see cref="AttributionChain"/> leads to the next source.</summary>
    public enum AttributionRelation
    {
        /// <summary>The previous source reports what this source said (Kurdistan24 cites a security source). This is the default value.</summary>
        Cites = 0,

        /// <summary>The previous source speaks on behalf of this organisation (the security source speaks for the Joint Operations Command).</summary>
        SpeaksFor,
    }
}

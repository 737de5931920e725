namespace ClaimRecon.Claims
{
    /// <summary>Which way a denial says the truth lies from the figure it denies.</summary>
    public enum DenialDirection
    {
        /// <summary>No direction ("inaccurate", "false"): only the denied figure's own values are ruled out. This is the default value.</summary>
        None = 0,

        /// <summary>The truth lies below the denied figure ("far lower than reported", "exaggerated", "overstated"): the denied values and everything above them are ruled out.</summary>
        Lower,

        /// <summary>The truth lies above the denied figure ("understated", "far higher than reported"): the denied values and everything below them are ruled out.</summary>
        Higher,
    }
}

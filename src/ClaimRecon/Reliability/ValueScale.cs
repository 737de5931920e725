namespace ClaimRecon.Reliability
{
    /// <summary>The scale on which distances between claimed values are measured.</summary>
    public enum ValueScale
    {
        /// <summary>Differences of values, divided by the quantity's robust spread. The default.</summary>
        Linear = 0,

        /// <summary>
        /// Differences of natural logarithms, so a claim 10% too high is as wrong for a town as for a country. Suits counts
        /// and amounts of money. Values at or below one thousandth of the quantity's median positive value count as that thousandth.
        /// </summary>
        Logarithmic,
    }
}

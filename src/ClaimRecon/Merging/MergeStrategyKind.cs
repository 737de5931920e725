namespace ClaimRecon.Merging
{
    /// <summary>The rule a <see cref="MergeStrategy"/> applies; see each member and <see cref="MergeStrategy"/> for the semantics.</summary>
    public enum MergeStrategyKind
    {
        /// <summary>The values every independent source admits (possibly none). This is the default value.</summary>
        Intersection = 0,
        /// <summary>The values any independent source admits: the smallest range holding every claim.</summary>
        Hull,
        /// <summary>Marzullo's sweep: the narrowest ranges supported by the most independent sources, denials counting against.</summary>
        MaxAgreement,
        /// <summary>Brooks–Iyengar fusion under a fault budget: the values at least N − f sources admit, with a point estimate.</summary>
        FaultTolerant,
        /// <summary>Max agreement where each independent source votes with its reliability instead of one vote.</summary>
        ReliabilityWeighted,
    }
}

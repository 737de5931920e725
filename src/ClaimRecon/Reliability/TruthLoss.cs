namespace ClaimRecon.Reliability
{
    /// <summary>How far a claimed range is from a candidate truth is turned into a loss, in scale units (see <see cref="TruthDiscoveryOptions"/>).</summary>
    /// <remarks>Every loss is zero inside a claimed range; outside, it grows with the distance r to the nearest end of the range.</remarks>
    public enum TruthLoss
    {
        /// <summary>r. The truth is a weighted median, so one wild claim moves it no further than any other wrong claim. The default.</summary>
        Absolute = 0,

        /// <summary>r²/2 up to r = 1.345, linear beyond: quadratic near the truth, absolute far from it.</summary>
        Huber,

        /// <summary>r². The truth is a weighted mean, which a single vandal value (10¹⁴ for a town of 10⁵) can drag anywhere. Offered for comparison.</summary>
        Squared,
    }
}

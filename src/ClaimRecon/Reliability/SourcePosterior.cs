namespace ClaimRecon.Reliability
{
    /// <summary>Each source's Gamma posterior of precision: shape, rate, the claims that were evidence, and the 2.5% and 97.5% quantiles.</summary>
    internal sealed class SourcePosterior
    {
        public SourcePosterior(double[] shapes, double[] rates, int[] evidenceCounts, double[][] bounds)
        {
            Shapes = shapes;
            Rates = rates;
            EvidenceCounts = evidenceCounts;
            Bounds = bounds;
        }

        public double[] Shapes { get; }

        public double[] Rates { get; }

        public int[] EvidenceCounts { get; }

        /// <summary>Per source: the 2.5% quantile (the weight), then the 97.5% quantile.</summary>
        public double[][] Bounds { get; }
    }
}

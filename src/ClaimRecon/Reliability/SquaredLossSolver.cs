namespace ClaimRecon.Reliability
{
    /// <summary><see cref="TruthLoss.Squared"/>: the loss is the squared distance, and the estimate a weighted mean of nearest points.</summary>
    internal sealed class SquaredLossSolver : ReweightedLossSolver
    {
        public SquaredLossSolver(ClaimTable table)
            : base(table)
        {
        }

        /// <summary>A squared loss is a Gaussian's: half a degree of freedom per claim.</summary>
        public override double ShapePerClaim => 0.5;

        public override double Loss(double distance) => distance * distance;

        protected override double Reweight(double weight, double x, double p, double scale) => weight;
    }
}

namespace ClaimRecon.Reliability
{
    /// <summary><see cref="TruthLoss.Absolute"/>: the loss is the distance, and the estimate the weighted median.</summary>
    internal sealed class AbsoluteLossSolver : LossSolver
    {
        public AbsoluteLossSolver(ClaimTable table)
            : base(table)
        {
        }

        public override double Loss(double distance) => distance;

        public override (decimal Estimate, double T) Solve(int q, int cluster)
        {
            var median = WeightedMedian(q, cluster);
            return (median, Table.ToT(q, median));
        }
    }
}

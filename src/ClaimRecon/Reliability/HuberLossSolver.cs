using System;

namespace ClaimRecon.Reliability
{
    /// <summary><see cref="TruthLoss.Huber"/>: squared (halved) within <see cref="Threshold"/> scale units, linear beyond it.</summary>
    internal sealed class HuberLossSolver : ReweightedLossSolver
    {
        /// <summary>Huber's threshold: 95% efficiency for normal data.</summary>
        private const double Threshold = 1.345;

        public HuberLossSolver(ClaimTable table)
            : base(table)
        {
        }

        public override double Loss(double distance) =>
            distance <= Threshold ? 0.5 * distance * distance : Threshold * (distance - (0.5 * Threshold));

        protected override double Reweight(double weight, double x, double p, double scale)
        {
            var r = Math.Abs(x - p) / scale;
            if (r > Threshold)
            {
                weight *= Threshold / r;
            }

            return weight;
        }
    }
}

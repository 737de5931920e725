using System;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Losses solved by iteratively reweighted means from the weighted median: each claim pulls the estimate towards the
    /// nearest point of its range, with its weight adjusted by <see cref="Reweight"/>; at most 200 rounds.
    /// </summary>
    internal abstract class ReweightedLossSolver : LossSolver
    {
        private const int MaxRounds = 200;

        protected ReweightedLossSolver(ClaimTable table)
            : base(table)
        {
        }

        public override (decimal Estimate, double T) Solve(int q, int cluster)
        {
            var table = Table;
            var median = WeightedMedian(q, cluster);
            var medianT = table.ToT(q, median);
            int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
            var scale = table.Scale[q];
            var x = medianT;
            for (var round = 0; round < MaxRounds; round++)
            {
                double sum = 0, weights = 0;
                for (var k = a; k < b; k++)
                {
                    if (cluster >= 0 && table.Cluster[k] != cluster)
                    {
                        continue;
                    }

                    var p = Math.Min(Math.Max(x, table.LowerT[k]), table.UpperT[k]);
                    var w = Reweight(table.Weight[k], x, p, scale);
                    sum += w * p;
                    weights += w;
                }

                var next = weights > 0 ? sum / weights : x;
                var done = Math.Abs(next - x) <= 1e-12 * scale;
                x = next;
                if (done)
                {
                    break;
                }
            }

            if (Math.Abs(x - medianT) <= 1e-9 * scale)
            {
                return (median, medianT);
            }

            var value = table.Logarithmic ? Math.Exp(x) : x;
            return (ToDecimal(value), x);
        }

        /// <summary>A claim's weight in one round, given the estimate <paramref name="x"/> and the nearest point <paramref name="p"/> of its range.</summary>
        protected abstract double Reweight(double weight, double x, double p, double scale);
    }
}

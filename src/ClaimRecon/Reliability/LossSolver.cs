using System.Collections.Generic;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// The truth step for one <see cref="TruthLoss"/>: the value of a quantity (or of one group of a split quantity) that
    /// minimises the weighted sum of its claims' losses, and the loss itself, which the reliability step sums per source.
    /// </summary>
    /// <remarks>Every solver starts from the weighted median of the claimed ranges, which is also the absolute loss's answer.</remarks>
    internal abstract class LossSolver
    {
        private readonly List<(decimal Value, int Entry)> _scratch = new();

        protected LossSolver(ClaimTable table) => Table = table;

        /// <summary>How much one claim of evidence adds to its source's Gamma shape (half a degree of freedom for a squared loss).</summary>
        public virtual double ShapePerClaim => 1.0;

        protected ClaimTable Table { get; }

        /// <summary>The solver of <paramref name="loss"/> over <paramref name="table"/>.</summary>
        public static LossSolver For(TruthLoss loss, ClaimTable table) => loss switch
        {
            TruthLoss.Absolute => new AbsoluteLossSolver(table),
            TruthLoss.Huber => new HuberLossSolver(table),
            _ => new SquaredLossSolver(table),
        };

        /// <summary>The loss of a claim whose range is <paramref name="distance"/> scale units from the estimate.</summary>
        public abstract double Loss(double distance);

        /// <summary>The estimate of quantity <paramref name="q"/> from its claims' current weights, and the same on the working scale.</summary>
        /// <param name="q">The quantity.</param>
        /// <param name="cluster">The group of a split quantity to estimate (0 or 1); -1 for all its claims.</param>
        public abstract (decimal Estimate, double T) Solve(int q, int cluster);

        /// <summary>
        /// The weighted median of the claimed ranges: the lowest value where the weight of ranges wholly below it reaches the
        /// weight of ranges wholly above it (the exact decimal midpoint of two ends when the two balance over a gap).
        /// </summary>
        protected decimal WeightedMedian(int q, int cluster)
        {
            var table = Table;
            var omega = table.Weight;
            _scratch.Clear();
            double lowerTotal = 0, all = 0;
            foreach (var entry in table.Ends[q])
            {
                var k = entry >> 1;
                if (cluster >= 0 && table.Cluster[k] != cluster)
                {
                    continue;
                }

                _scratch.Add((table.EndValue(entry), entry));
                if ((entry & 1) == 0)
                {
                    lowerTotal += omega[k];
                }
            }

            int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
            for (var k = a; k < b; k++)
            {
                if (cluster < 0 || table.Cluster[k] == cluster)
                {
                    all += omega[k];
                }
            }

            var eps = 1e-12 * all;
            double upperAtOrBelow = 0, lowerAtOrBelow = 0;
            var i = 0;
            while (i < _scratch.Count)
            {
                var value = _scratch[i].Value;
                while (i < _scratch.Count && _scratch[i].Value == value)
                {
                    var entry = _scratch[i].Entry;
                    if ((entry & 1) == 0)
                    {
                        lowerAtOrBelow += omega[entry >> 1];
                    }
                    else
                    {
                        upperAtOrBelow += omega[entry >> 1];
                    }

                    i++;
                }

                var slope = upperAtOrBelow - (lowerTotal - lowerAtOrBelow);
                if (slope >= -eps)
                {
                    if (slope > eps || i == _scratch.Count)
                    {
                        return value;
                    }

                    var next = _scratch[i].Value;
                    return (value / 2) + (next / 2);
                }
            }

            return _scratch[_scratch.Count - 1].Value;
        }

        /// <summary>A double as a decimal: NaN as 0, beyond the decimal range as its largest or smallest value.</summary>
        public static decimal ToDecimal(double value)
        {
            if (double.IsNaN(value))
            {
                return 0m;
            }

            if (value >= 7.9e28)
            {
                return decimal.MaxValue;
            }

            if (value <= -7.9e28)
            {
                return decimal.MinValue;
            }

            return (decimal)value;
        }
    }
}

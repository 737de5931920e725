using System;
using System.Collections.Generic;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// The reliability step: each source's precision gets a Gamma posterior from its claims' losses on quantities with two
    /// or more witnesses, with a prior worth one claim of average loss; its weight is the posterior's 2.5% quantile.
    /// </summary>
    internal sealed class ReliabilityStep
    {
        private const double PriorClaims = 1;
        private const double LowerQuantile = 0.025;
        private const double UpperQuantile = 0.975;

        private readonly ClaimTable _table;
        private readonly LossSolver _loss;
        private readonly Dictionary<double, double[]> _quantiles = new();

        public ReliabilityStep(ClaimTable table, LossSolver loss)
        {
            _table = table;
            _loss = loss;
        }

        /// <summary>The posterior of every source from the current estimates.</summary>
        /// <param name="apply">Whether to set <see cref="ClaimTable.SourceWeight"/> to each posterior's lower bound.</param>
        public SourcePosterior Run(bool apply)
        {
            var table = _table;
            var sourceCount = table.SourceIds.Length;
            var loss = new double[sourceCount];
            var evidenceCounts = new int[sourceCount];
            double total = 0;
            var claims = 0;
            for (var q = 0; q < table.QuantityCount; q++)
            {
                if (!table.HasEvidence[q])
                {
                    continue;
                }

                for (var k = table.QuantityStart[q]; k < table.QuantityStart[q + 1]; k++)
                {
                    var l = _loss.Loss(table.Distance(q, k));
                    loss[table.Source[k]] += l;
                    evidenceCounts[table.Source[k]]++;
                    total += l;
                    claims++;
                }
            }

            var half = _loss.ShapePerClaim;
            var meanLoss = claims == 0 ? 1 : Math.Max(total / claims, 1e-9);
            var shapes = new double[sourceCount];
            var rates = new double[sourceCount];
            var bounds = new double[sourceCount][];
            for (var s = 0; s < sourceCount; s++)
            {
                shapes[s] = PriorClaims + (half * evidenceCounts[s]);
                rates[s] = (PriorClaims * meanLoss) + (half * loss[s]);
                var standard = StandardQuantiles(shapes[s]);
                bounds[s] = new[] { standard[0] / rates[s], standard[1] / rates[s] };
                if (apply)
                {
                    table.SourceWeight[s] = bounds[s][0];
                }
            }

            return new SourcePosterior(shapes, rates, evidenceCounts, bounds);
        }

        private double[] StandardQuantiles(double shape)
        {
            if (!_quantiles.TryGetValue(shape, out var q))
            {
                q = new[] { GammaMath.Quantile(LowerQuantile, shape), GammaMath.Quantile(UpperQuantile, shape) };
                _quantiles.Add(shape, q);
            }

            return q;
        }
    }
}

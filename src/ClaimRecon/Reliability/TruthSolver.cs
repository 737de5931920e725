using System;
using System.Collections.Generic;
using System.Threading;
using ClaimRecon.Claims;

namespace ClaimRecon.Reliability
{
    /// <summary>One run of truth discovery over buffered claims (see <see cref="TruthDiscovery"/> for the method).</summary>
    /// <remarks>
    /// The run's parts, in order: the claims become a <see cref="ClaimTable"/>; <see cref="CopyDetection"/> finds the
    /// witnesses; <see cref="QuantitySetup"/> and <see cref="SplitDetection"/> prepare each quantity; then truth steps (the
    /// <see cref="LossSolver"/> of the chosen loss) and reliability steps (<see cref="ReliabilityStep"/>) alternate until the
    /// estimates settle; <see cref="TruthResultBuilder"/> writes the result.
    /// </remarks>
    internal sealed class TruthSolver
    {
        private readonly TruthDiscoveryOptions _options;
        private readonly int _denials;
        private readonly ClaimTable _table;
        private readonly LossSolver _loss;
        private readonly ReliabilityStep _reliability;
        private readonly CancellationToken _cancellationToken;

        public TruthSolver(List<Claim> claims, TruthDiscoveryOptions options, int denials, CancellationToken cancellationToken = default)
        {
            _options = options;
            _denials = denials;
            _cancellationToken = cancellationToken;
            _table = new ClaimTable(claims, options.Scale);
            cancellationToken.ThrowIfCancellationRequested();
            CopyDetection.FindWitnesses(_table, options);
            for (var q = 0; q < _table.QuantityCount; q++)
            {
                if ((q & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var reps = QuantitySetup.Prepare(_table, q, options);
                SplitDetection.Find(_table, q, reps);
            }

            _loss = LossSolver.For(options.Loss, _table);
            _reliability = new ReliabilityStep(_table, _loss);
        }

        public TruthDiscoveryResult Run(IProgress<TruthDiscoveryProgress>? progress = null)
        {
            var iterations = 0;
            var converged = false;
            var residual = double.PositiveInfinity;
            while (iterations < _options.MaxIterations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                residual = TruthStep(iterations == 0);
                iterations++;
                progress?.Report(new TruthDiscoveryProgress(iterations, _options.MaxIterations, residual));
                if (iterations > 1 && residual <= _options.Tolerance)
                {
                    converged = true;
                    break;
                }

                if (iterations < _options.MaxIterations)
                {
                    _reliability.Run(apply: true);
                }
            }

            var posterior = _reliability.Run(apply: false);
            var results = new TruthResultBuilder(_table, _loss);
            return new TruthDiscoveryResult(
                results.BuildQuantities(iterations, TruthResultBuilder.IntervalWeights(posterior.Shapes, posterior.Rates)),
                results.BuildSources(posterior.Shapes, posterior.Rates, posterior.EvidenceCounts, posterior.Bounds),
                iterations,
                converged,
                residual,
                _denials,
                _options);
        }

        /// <summary>Re-estimates every quantity from the current source weights; returns the largest move in scale units.</summary>
        private double TruthStep(bool first)
        {
            var table = _table;
            var largest = 0.0;
            for (var q = 0; q < table.QuantityCount; q++)
            {
                table.WeighClaims(q);
                var cluster = -1;
                if (table.IsSplit[q])
                {
                    cluster = HeavierCluster(q);
                }

                var (estimate, t) = _loss.Solve(q, cluster);
                var move = first ? double.PositiveInfinity : Math.Abs(t - table.EstimateT[q]) / table.Scale[q];
                if (double.IsNaN(move))
                {
                    move = 0;
                }

                table.Residual[q] = move;
                largest = Math.Max(largest, move);
                table.Estimate[q] = estimate;
                table.EstimateT[q] = t;
            }

            return largest;
        }

        /// <summary>The group of split quantity <paramref name="q"/> with more weight (with more witnesses on a tie; the lower on a full tie).</summary>
        private int HeavierCluster(int q)
        {
            var table = _table;
            int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
            double lower = 0, upper = 0;
            var lowerWitnesses = new HashSet<int>();
            var upperWitnesses = new HashSet<int>();
            for (var k = a; k < b; k++)
            {
                if (table.Cluster[k] == 0)
                {
                    lower += table.Weight[k];
                    lowerWitnesses.Add(table.Witness[k]);
                }
                else
                {
                    upper += table.Weight[k];
                    upperWitnesses.Add(table.Witness[k]);
                }
            }

            if (Math.Abs(lower - upper) > 1e-12)
            {
                return lower > upper ? 0 : 1;
            }

            return upperWitnesses.Count > lowerWitnesses.Count ? 1 : 0;
        }
    }
}

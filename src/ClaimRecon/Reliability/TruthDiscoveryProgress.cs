using System;
using System.Globalization;

namespace ClaimRecon.Reliability
{
    /// <summary>How far a run of truth discovery has got: reported after each truth step (see <see cref="TruthDiscovery.Estimate(System.Collections.Generic.IEnumerable{Claims.Claim}, TruthDiscoveryOptions?, IProgress{TruthDiscoveryProgress}?, System.Threading.CancellationToken)"/>).</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class TruthDiscoveryProgress
    {
        /// <summary>Creates a progress report.</summary>
        /// <param name="iteration">The truth steps done, from 1.</param>
        /// <param name="maxIterations">The most truth steps the run will take.</param>
        /// <param name="residual">The largest move of an estimate in the last step, in scale units; infinity after the first step.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="iteration"/> is below 1 or above <paramref name="maxIterations"/>, or <paramref name="residual"/> is negative or NaN.</exception>
        public TruthDiscoveryProgress(int iteration, int maxIterations, double residual)
        {
            if (maxIterations < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "maxIterations must be at least 1.");
            }

            if (iteration < 1 || iteration > maxIterations)
            {
                throw new ArgumentOutOfRangeException(nameof(iteration), iteration, $"iteration must be between 1 and maxIterations ({maxIterations}).");
            }

            if (double.IsNaN(residual) || residual < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(residual), residual, "residual must be zero or more (infinity after the first step).");
            }

            Iteration = iteration;
            MaxIterations = maxIterations;
            Residual = residual;
        }

        /// <summary>Gets the truth steps done, from 1.</summary>
        public int Iteration { get; }

        /// <summary>Gets the most truth steps the run will take (<see cref="TruthDiscoveryOptions.MaxIterations"/>); it may stop earlier, once settled.</summary>
        public int MaxIterations { get; }

        /// <summary>Gets the largest move of an estimate in the last step, in scale units (infinity after the first step); the run stops once it is at most the tolerance.</summary>
        public double Residual { get; }

        /// <summary>Returns "iteration 3 of 100, largest move 0.012".</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"iteration {Iteration.ToString(CultureInfo.InvariantCulture)} of {MaxIterations.ToString(CultureInfo.InvariantCulture)}, largest move {(double.IsPositiveInfinity(Residual) ? "not yet known" : Residual.ToString("G3", CultureInfo.InvariantCulture))}";
    }
}

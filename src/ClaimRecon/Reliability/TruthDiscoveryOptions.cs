using System;
using System.Globalization;
using ClaimRecon.Internal;

namespace ClaimRecon.Reliability
{
    /// <summary>How <see cref="TruthDiscovery"/> measures errors, when it stops, and when it treats sources as copies.</summary>
    /// <remarks>
    /// <para><b>Scale.</b> Distances are divided by each quantity's scale: 1.4826 × the median absolute deviation of its claims'
    /// representative values (a bounded range's midpoint, a half-bounded range's finite end), but never less than the floor:
    /// <see cref="ScaleFloor"/> × |median| on the linear scale, or <see cref="ScaleFloor"/> in log units on the logarithmic
    /// scale (0.01 is about 1% either way). The floor keeps a quantity whose sources nearly all agree from turning a small
    /// difference into a huge loss.</para>
    /// <para><b>Stopping.</b> Iteration stops when no quantity's estimate moved by more than <see cref="Tolerance"/> scale units
    /// between two successive truth steps, or after <see cref="MaxIterations"/> truth steps.</para>
    /// <para><b>Copies.</b> Two sources are one witness when they agree far more often than chance. On every contested
    /// quantity (some claims differ) that both speak to and at least one other source speaks to, chance agreement is what two
    /// sources answering like the others would reach: the sum of the squared shares of the others' distinct ranges. Over
    /// all such quantities, with O identical answers, E expected by chance and N quantities, the pair are copies when
    /// N − E (their chances to differ) is at least <see cref="CopyMinOverlap"/> and Cohen's kappa (O − E) / (N − E) is at least
    /// <see cref="CopyAgreement"/>. Groups form by complete linkage: every member is a copy of every other, so one source that
    /// relays two feeds does not chain them together. Claims with the same attribution origin are always one witness.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class TruthDiscoveryOptions
    {
        /// <summary>Creates options.</summary>
        /// <param name="loss">The loss; <see cref="TruthLoss.Absolute"/> by default.</param>
        /// <param name="scale">The value scale; <see cref="ValueScale.Linear"/> by default.</param>
        /// <param name="scaleFloor">The smallest scale, relative (see remarks); greater than 0 and at most 10. 0.01 by default.</param>
        /// <param name="maxIterations">The most truth steps; 1 to 10,000. 20 by default.</param>
        /// <param name="tolerance">The convergence threshold in scale units; 0 or more. 1e-6 by default.</param>
        /// <param name="copyAgreement">The chance-corrected agreement (Cohen's kappa) that makes two sources copies; 0.5 to 1. 0.9 by default.</param>
        /// <param name="copyMinOverlap">The fewest chances to differ (shared contested quantities less the agreements expected by chance) before two sources can count as copies; 1 or more (int.MaxValue turns detection off). 20 by default.</param>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range; the message names it and its value.</exception>
        public TruthDiscoveryOptions(
            TruthLoss loss = TruthLoss.Absolute,
            ValueScale scale = ValueScale.Linear,
            double scaleFloor = 0.01,
            int maxIterations = 20,
            double tolerance = 1e-6,
            double copyAgreement = 0.9,
            int copyMinOverlap = 20)
        {
            Loss = Preconditions.Defined(loss);
            Scale = Preconditions.Defined(scale);
            if (double.IsNaN(scaleFloor) || scaleFloor <= 0 || scaleFloor > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(scaleFloor), scaleFloor, $"scaleFloor must be greater than 0 and at most 10; got {Preconditions.Describe(scaleFloor)}.");
            }

            if (maxIterations < 1 || maxIterations > 10_000)
            {
                throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, $"maxIterations must be from 1 to 10000; got {maxIterations.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (double.IsNaN(tolerance) || double.IsInfinity(tolerance) || tolerance < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"tolerance must be a finite number, 0 or more; got {Preconditions.Describe(tolerance)}.");
            }

            if (double.IsNaN(copyAgreement) || copyAgreement < 0.5 || copyAgreement > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(copyAgreement), copyAgreement, $"copyAgreement must be from 0.5 to 1; got {Preconditions.Describe(copyAgreement)}.");
            }

            if (copyMinOverlap < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(copyMinOverlap), copyMinOverlap, $"copyMinOverlap must be 1 or more; got {copyMinOverlap.ToString(CultureInfo.InvariantCulture)}.");
            }

            ScaleFloor = scaleFloor;
            MaxIterations = maxIterations;
            Tolerance = tolerance;
            CopyAgreement = copyAgreement;
            CopyMinOverlap = copyMinOverlap;
        }

        /// <summary>Gets the default options: absolute loss, linear scale, floor 0.01, 20 iterations, tolerance 1e-6, copies at kappa 0.9 over 20 chances to differ.</summary>
        public static TruthDiscoveryOptions Default { get; } = new();

        /// <summary>Gets the loss.</summary>
        public TruthLoss Loss { get; }

        /// <summary>Gets the value scale.</summary>
        public ValueScale Scale { get; }

        /// <summary>Gets the scale floor (see remarks).</summary>
        public double ScaleFloor { get; }

        /// <summary>Gets the most truth steps.</summary>
        public int MaxIterations { get; }

        /// <summary>Gets the convergence threshold in scale units.</summary>
        public double Tolerance { get; }

        /// <summary>Gets the chance-corrected agreement (Cohen's kappa) that makes two sources copies.</summary>
        public double CopyAgreement { get; }

        /// <summary>Gets the fewest chances to differ before two sources can count as copies.</summary>
        public int CopyMinOverlap { get; }

        /// <summary>Returns the same options with another loss.</summary>
        /// <param name="loss">The loss.</param>
        /// <returns>The options.</returns>
        public TruthDiscoveryOptions WithLoss(TruthLoss loss) => new(loss, Scale, ScaleFloor, MaxIterations, Tolerance, CopyAgreement, CopyMinOverlap);

        /// <summary>Returns the same options with another value scale.</summary>
        /// <param name="scale">The scale.</param>
        /// <returns>The options.</returns>
        public TruthDiscoveryOptions WithScale(ValueScale scale) => new(Loss, scale, ScaleFloor, MaxIterations, Tolerance, CopyAgreement, CopyMinOverlap);

        /// <summary>Returns the same options with another iteration limit.</summary>
        /// <param name="maxIterations">The most truth steps.</param>
        /// <returns>The options.</returns>
        public TruthDiscoveryOptions WithMaxIterations(int maxIterations) => new(Loss, Scale, ScaleFloor, maxIterations, Tolerance, CopyAgreement, CopyMinOverlap);

        /// <summary>Returns e.g. <c>absolute loss, linear scale, floor 0.01, at most 20 iterations, tolerance 1E-06, copies at kappa 0.9 over 20</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} loss, {1} scale, floor {2}, at most {3} iterations, tolerance {4}, copies at kappa {5} over {6}",
            Loss.ToString().ToLowerInvariant(),
            Scale.ToString().ToLowerInvariant(),
            ScaleFloor,
            MaxIterations,
            Tolerance,
            CopyAgreement,
            CopyMinOverlap);
    }
}

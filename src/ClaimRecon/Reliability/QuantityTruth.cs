using System.Collections.Generic;
using System.Globalization;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>The estimated truth of one quantity, with the interval around it and what each claim contributed.</summary>
    /// <remarks>
    /// <para><see cref="Estimate"/> minimises the weighted loss of the quantity's claims (a weighted median of ranges for
    /// absolute loss; the midpoint when a whole run of values is equally good; the finite end when the run is unbounded).
    /// When the claims form two separated groups (<see cref="Clusters"/>) the estimate comes from the heavier group alone
    /// (on a tie of weight, the one with more independent sources, then the lower), never from between them. Adding a claim
    /// equal to the estimate leaves it where it is, except where groups are involved: the added claim can tighten a group
    /// enough to make a split appear or move, and the estimate then follows the heavier group.</para>
    /// <para><see cref="Interval80"/> and <see cref="Interval90"/> are central quantiles of the claims' weight, where each
    /// witness weighs its posterior mean precision (not the cautious lower bound used for the estimate, which makes intervals
    /// too narrow): each claim's weight is spread evenly over its range (a half-bounded range puts it at its finite end),
    /// and the interval runs from the 10% to the 90% (5% to 95%) point, widened to hold the estimate. When the claims are
    /// split (<see cref="Clusters"/>), it is the hull of the two groups' own intervals: the truth may follow either
    /// definition. Nominal coverage is 80% and 90%, but these are spreads of the claims, not of the estimate's error: when the
    /// sources agree both are the single agreed value, and real data covers the truth about equally often at both levels.
    /// <see cref="IntervalCalibration"/> corrects that from quantities whose truth is known.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class QuantityTruth
    {
        private readonly ClaimWeight[] _weights;
        private readonly ValueCluster[] _clusters;

        internal QuantityTruth(
            QuantityKey quantity,
            decimal estimate,
            NumericRange interval80,
            NumericRange interval90,
            ClaimWeight[] weights,
            int sources,
            int independentSources,
            ValueCluster[] clusters,
            int iterations,
            double residual)
        {
            Quantity = quantity;
            Estimate = estimate;
            Interval80 = interval80;
            Interval90 = interval90;
            _weights = weights;
            Sources = sources;
            IndependentSources = independentSources;
            _clusters = clusters;
            Iterations = iterations;
            Residual = residual;
        }

        /// <summary>Gets the quantity.</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the point estimate.</summary>
        public decimal Estimate { get; }

        /// <summary>Gets the interval of nominal 80% coverage.</summary>
        public NumericRange Interval80 { get; }

        /// <summary>Gets the interval of nominal 90% coverage.</summary>
        public NumericRange Interval90 { get; }

        /// <summary>Gets each claim's weight, ordered by claim id; the weights sum to 1.</summary>
        public IReadOnlyList<ClaimWeight> Weights => _weights;

        /// <summary>Gets the number of distinct attribution origins among the claims.</summary>
        public int Sources { get; }

        /// <summary>Gets the effective number of independent sources: origins, with sources found to copy one another counted once.</summary>
        public int IndependentSources { get; }

        /// <summary>Gets a value indicating whether only one independent source speaks to the quantity; its claims are then the estimate, unchecked.</summary>
        public bool IsSingleSource => IndependentSources == 1;

        /// <summary>Gets the two separated groups of claims, lower first, when there are; otherwise empty.</summary>
        /// <remarks>A split is reported when the widest gap between claimed values leaves two or more independent sources on each
        /// side, no source on both, and is at least three times the spread of either side (and of the scale floor).</remarks>
        public IReadOnlyList<ValueCluster> Clusters => _clusters;

        /// <summary>Gets a value indicating whether the claims form two separated groups (a likely definitional split).</summary>
        public bool IsSplit => _clusters.Length != 0;

        /// <summary>Gets the number of truth steps run (the same for every quantity of one run).</summary>
        public int Iterations { get; }

        /// <summary>Gets how far the estimate moved in the last truth step, in scale units (infinity after a single step).</summary>
        public double Residual { get; }

        /// <summary>Returns e.g. <c>springfield/population ≈ 478403 [478000, 478403] (3 claims, 2 independent sources)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} \u2248 {1} {2} ({3} claims, {4} independent sources{5})",
            Quantity,
            Estimate,
            Interval80,
            _weights.Length,
            IndependentSources,
            IsSplit ? ", split" : string.Empty);
    }
}

using System.Collections.Generic;
using System.Globalization;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>One of two well-separated groups of claims about a quantity: a likely different definition of it.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class ValueCluster
    {
        private readonly string[] _sourceIds;

        internal ValueCluster(NumericRange range, decimal estimate, double weight, int independentSources, string[] sourceIds)
        {
            Range = range;
            Estimate = estimate;
            Weight = weight;
            IndependentSources = independentSources;
            _sourceIds = sourceIds;
        }

        /// <summary>Gets the smallest range holding the group's claims.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets the estimate from the group's claims alone, with the learned weights.</summary>
        public decimal Estimate { get; }

        /// <summary>Gets the group's share of the quantity's claim weight, from 0 to 1.</summary>
        public double Weight { get; }

        /// <summary>Gets the number of independent witnesses in the group.</summary>
        public int IndependentSources { get; }

        /// <summary>Gets the group's sources, in ordinal order.</summary>
        public IReadOnlyList<string> SourceIds => _sourceIds;

        /// <summary>Returns e.g. <c>[500, 502] ≈ 501, weight 0.62, 3 independent sources</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture, "{0} \u2248 {1}, weight {2:0.##}, {3} independent sources", Range, Estimate, Weight, IndependentSources);
    }
}

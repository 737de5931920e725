using System;
using System.Collections.Generic;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;

namespace ClaimRecon.Reliability
{
    /// <summary>What <see cref="TruthDiscovery.Estimate"/> found: every quantity's truth and every source's reliability.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class TruthDiscoveryResult
    {
        private readonly QuantityTruth[] _quantities;
        private readonly SourceReliability[] _sources;

        internal TruthDiscoveryResult(QuantityTruth[] quantities, SourceReliability[] sources, int iterations, bool converged, double residual, int ignoredDenials, TruthDiscoveryOptions options)
        {
            _quantities = quantities;
            _sources = sources;
            Iterations = iterations;
            Converged = converged;
            Residual = residual;
            IgnoredDenials = ignoredDenials;
            Options = options;
        }

        /// <summary>Gets the quantities, in ascending key order.</summary>
        public IReadOnlyList<QuantityTruth> Quantities => _quantities;

        /// <summary>Gets the sources, in ordinal id order.</summary>
        public IReadOnlyList<SourceReliability> Sources => _sources;

        /// <summary>Gets the number of truth steps run.</summary>
        public int Iterations { get; }

        /// <summary>Gets a value indicating whether the run stopped because no estimate moved more than the tolerance.</summary>
        public bool Converged { get; }

        /// <summary>Gets the largest move of any estimate in the last truth step, in scale units (infinity after a single step).</summary>
        public double Residual { get; }

        /// <summary>Gets the number of denying claims left out (a denial says what is not so, not what is).</summary>
        public int IgnoredDenials { get; }

        /// <summary>Gets the options used.</summary>
        public TruthDiscoveryOptions Options { get; }

        /// <summary>Finds a quantity's result.</summary>
        /// <param name="quantity">The quantity key.</param>
        /// <returns>The result, or null when no claim was about it.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
        public QuantityTruth? Find(QuantityKey quantity)
        {
            Internal.Preconditions.NotNull(quantity);
            int lo = 0, hi = _quantities.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var c = _quantities[mid].Quantity.CompareTo(quantity);
                if (c == 0)
                {
                    return _quantities[mid];
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return null;
        }

        /// <summary>Returns each source's <see cref="SourceReliability.Reliability"/> by source id, for <see cref="MergeStrategy.ReliabilityWeighted"/>.</summary>
        /// <returns>The table.</returns>
        public IReadOnlyDictionary<string, double> ToReliabilityTable()
        {
            var table = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var source in _sources)
            {
                table.Add(source.SourceId, source.Reliability);
            }

            return table;
        }

        /// <summary>Returns the reliability-weighted merge strategy with the learned reliabilities (<see cref="ToReliabilityTable"/>).</summary>
        /// <returns>The strategy; merging claims whose origins were not in this run fails naming the source.</returns>
        public MergeStrategy ToMergeStrategy() => MergeStrategy.ReliabilityWeighted(ToReliabilityTable());
    }
}

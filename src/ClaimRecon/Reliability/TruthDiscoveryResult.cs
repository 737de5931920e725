using System;
using System.Collections.Generic;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;

namespace ClaimRecon.Reliability
{
    /// <summary>What <see cref="TruthDiscovery.Estimate(System.Collections.Generic.IEnumerable{Claims.Claim}, TruthDiscoveryOptions?)"/> found: every quantity's truth and every source's reliability.</summary>
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

        /// <summary>
        /// Returns, per source, the share of its split quantities (see <see cref="QuantityTruth.Clusters"/>) on which its claims
        /// sit in the lower group: near 0 for a source that always gives the later definition (take-off rather than leaving the
        /// gate), near 1 for one that always gives the earlier.
        /// </summary>
        /// <remarks>
        /// A definition belongs to a source, not to one quantity: a feed that reports take-off does so for every flight. This
        /// profile lets a caller who knows which definition they want (the evaluation's Flight gold is the airline's gate time,
        /// the earlier one) pick the sources that give it, and estimate from those; the choice is the caller's, not estimated.
        /// Sources with no claim on a split quantity are absent. A source is never in both groups of one quantity.
        /// </remarks>
        /// <param name="measure">Only quantities of this measure (<see cref="QuantityKey.Measure"/>), or all when null.</param>
        /// <returns>The share by source id, with the number of split quantities it rests on.</returns>
        public IReadOnlyDictionary<string, (double LowerShare, int SplitQuantities)> LowerGroupShares(string? measure = null)
        {
            var lower = new Dictionary<string, int>(StringComparer.Ordinal);
            var all = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var quantity in _quantities)
            {
                if (!quantity.IsSplit || (measure is not null && !string.Equals(quantity.Quantity.Measure, measure, StringComparison.Ordinal)))
                {
                    continue;
                }

                for (var group = 0; group < 2; group++)
                {
                    foreach (var source in quantity.Clusters[group].SourceIds)
                    {
                        all[source] = (all.TryGetValue(source, out var n) ? n : 0) + 1;
                        lower[source] = (lower.TryGetValue(source, out var m) ? m : 0) + (group == 0 ? 1 : 0);
                    }
                }
            }

            var shares = new SortedDictionary<string, (double, int)>(StringComparer.Ordinal);
            foreach (var pair in all)
            {
                shares.Add(pair.Key, ((double)lower[pair.Key] / pair.Value, pair.Value));
            }

            return shares;
        }

        /// <summary>Returns the reliability-weighted merge strategy with the learned reliabilities (<see cref="ToReliabilityTable"/>).</summary>
        /// <returns>The strategy; merging claims whose origins were not in this run fails naming the source.</returns>
        public MergeStrategy ToMergeStrategy() => MergeStrategy.ReliabilityWeighted(ToReliabilityTable());
    }
}

using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Merging
{
    /// <summary>How a <see cref="MergeEngine"/> runs: the strategy, what it may assume about input order, and parallelism.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class MergeOptions
    {
        /// <summary>Creates options.</summary>
        /// <param name="strategy">The strategy; null means <see cref="MergeStrategy.MaxAgreement"/>.</param>
        /// <param name="inputOrder">What the engine may assume about the order of claims.</param>
        /// <param name="maxDegreeOfParallelism">How many quantities may be merged at once; 1 (the default) merges on the calling thread.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1, or <paramref name="inputOrder"/> is not defined.</exception>
        public MergeOptions(MergeStrategy? strategy = null, InputOrder inputOrder = InputOrder.Unordered, int maxDegreeOfParallelism = 1)
        {
            if (maxDegreeOfParallelism < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism must be 1 or more; got {maxDegreeOfParallelism}.");
            }

            Strategy = strategy ?? MergeStrategy.MaxAgreement;
            InputOrder = Preconditions.Defined(inputOrder);
            MaxDegreeOfParallelism = maxDegreeOfParallelism;
        }

        /// <summary>Gets the default options: max agreement, unordered input, no parallelism.</summary>
        public static MergeOptions Default { get; } = new();

        /// <summary>Gets the strategy.</summary>
        public MergeStrategy Strategy { get; }

        /// <summary>Gets what the engine may assume about input order.</summary>
        public InputOrder InputOrder { get; }

        /// <summary>Gets how many quantities may be merged at once.</summary>
        public int MaxDegreeOfParallelism { get; }

        /// <summary>Returns a copy with another strategy.</summary>
        /// <param name="strategy">The strategy.</param>
        /// <returns>The copy.</returns>
        public MergeOptions WithStrategy(MergeStrategy strategy) => new(Preconditions.NotNull(strategy), InputOrder, MaxDegreeOfParallelism);

        /// <summary>Returns a copy with another input order.</summary>
        /// <param name="inputOrder">The input order.</param>
        /// <returns>The copy.</returns>
        public MergeOptions WithInputOrder(InputOrder inputOrder) => new(Strategy, inputOrder, MaxDegreeOfParallelism);

        /// <summary>Returns a copy with another degree of parallelism.</summary>
        /// <param name="maxDegreeOfParallelism">1 or more.</param>
        /// <returns>The copy.</returns>
        public MergeOptions WithMaxDegreeOfParallelism(int maxDegreeOfParallelism) => new(Strategy, InputOrder, maxDegreeOfParallelism);
    }
}

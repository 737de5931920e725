using System;

namespace ClaimRecon.Contradictions
{
    /// <summary>How much detail a <see cref="ContradictionDetector"/> reports about figures that share no value.</summary>
    /// <remarks>
    /// <para>By default (<see cref="Default"/>) each witness (one origin's figures for a quantity and period) that shares
    /// no value with the consensus is reported once, against the consensus, with the number of witnesses it disagrees
    /// with; the number of findings grows linearly with the claims. With <see cref="PairwiseDetail"/> every pair of
    /// witnesses with no value in common is reported instead, up to <see cref="PairLimit"/> pairs per quantity and period;
    /// where the limit is reached, <see cref="ContradictionReport.OmittedPairs"/> says how many pairs were not listed.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class ContradictionOptions
    {
        /// <summary>The pair limit of <see cref="Default"/>: 1,000 pairs per quantity and period.</summary>
        public const int DefaultPairLimit = 1000;

        /// <summary>Creates options.</summary>
        /// <param name="pairwiseDetail">Whether to report every disjoint pair of witnesses instead of each outlying witness once.</param>
        /// <param name="pairLimit">The most pairs reported per quantity and period when <paramref name="pairwiseDetail"/> is set; 1 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pairLimit"/> is less than 1.</exception>
        public ContradictionOptions(bool pairwiseDetail = false, int pairLimit = DefaultPairLimit)
        {
            if (pairLimit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pairLimit), pairLimit, $"pairLimit must be 1 or more; got {pairLimit}.");
            }

            PairwiseDetail = pairwiseDetail;
            PairLimit = pairLimit;
        }

        /// <summary>Gets the default options: each outlying witness once, against the consensus.</summary>
        public static ContradictionOptions Default { get; } = new();

        /// <summary>Gets whether every disjoint pair of witnesses is reported (up to <see cref="PairLimit"/> per quantity and period) instead of each outlying witness once.</summary>
        public bool PairwiseDetail { get; }

        /// <summary>Gets the most pairs reported per quantity and period under <see cref="PairwiseDetail"/>.</summary>
        public int PairLimit { get; }

        /// <summary>Returns options that report every disjoint pair, up to <paramref name="pairLimit"/> per quantity and period.</summary>
        /// <param name="pairLimit">1 or more.</param>
        /// <returns>The options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pairLimit"/> is less than 1.</exception>
        public static ContradictionOptions Pairwise(int pairLimit = DefaultPairLimit) => new(true, pairLimit);
    }
}

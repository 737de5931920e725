using System.Globalization;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Where pairwise detail (<see cref="ContradictionOptions.PairwiseDetail"/>) reached its limit: the quantity and period,
    /// how many pairs were reported and how many more were not.
    /// </summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed class OmittedPairs
    {
        internal OmittedPairs(QuantityKey quantity, TimeReference? period, int listed, long omitted)
        {
            Quantity = quantity;
            Period = period;
            Listed = listed;
            Omitted = omitted;
        }

        /// <summary>Gets the quantity.</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the described period, or null for claims with no time.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets how many pairs were examined and reported (the limit).</summary>
        public int Listed { get; }

        /// <summary>Gets how many more pairs of witnesses with no value in common were neither examined nor reported.</summary>
        public long Omitted { get; }

        /// <summary>Returns e.g. <c>story/count in 2026-02: 1000 pairs listed, 48500 more not listed (pair limit reached)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            Quantity + " " + FindingText.When(Period) + ": " + Listed.ToString(CultureInfo.InvariantCulture) + " pairs listed, " +
            Omitted.ToString(CultureInfo.InvariantCulture) + " more not listed (pair limit reached)";
    }
}

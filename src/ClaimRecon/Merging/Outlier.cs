using System.Collections.Generic;

namespace ClaimRecon.Merging
{
    /// <summary>A witness left out of a merge result, with the reason.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class Outlier
    {
        private readonly Denial[] _deniedBy;

        internal Outlier(Witness witness, OutlierReason reason, decimal distance, Denial[] deniedBy)
        {
            Witness = witness;
            Reason = reason;
            Distance = distance;
            _deniedBy = deniedBy;
        }

        /// <summary>Gets the witness (its origin, claims and range).</summary>
        public Witness Witness { get; }

        /// <summary>Gets why it was left out.</summary>
        public OutlierReason Reason { get; }

        /// <summary>
        /// Gets how far its range lies from the consensus (0 when they touch, or for a self-contradictory witness);
        /// <see cref="decimal.MaxValue"/> when the distance is larger than a decimal holds.
        /// </summary>
        public decimal Distance { get; }

        /// <summary>Gets the denials, by other origins or its own, that cover some of its range.</summary>
        public IReadOnlyList<Denial> DeniedBy => _deniedBy;

        /// <summary>Returns e.g. <c>circulating-claims: [7000, 7000] outside consensus by 1000, denied by joc</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => Explanations.Describe(this);
    }
}

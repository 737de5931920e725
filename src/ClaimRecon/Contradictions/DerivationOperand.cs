using System.Collections.Generic;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>One operand of a <see cref="Derivation"/>: the merged value of a quantity and the claims it rests on.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed class DerivationOperand
    {
        private readonly Claim[] _claims;
        private readonly string[] _origins;

        internal DerivationOperand(QuantityKey quantity, TimeReference? period, UnitRange value, Claim[] claims, string[] origins)
        {
            Quantity = quantity;
            Period = period;
            Value = value;
            _claims = claims;
            _origins = origins;
        }

        /// <summary>Gets the operand quantity.</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the period of the merge result used (the same as the target's, or the latest before it).</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets the value used: the merge consensus (the hull of the tied candidates on a tie).</summary>
        public UnitRange Value { get; }

        /// <summary>Gets the claims that support the value.</summary>
        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Gets the distinct attribution roots of <see cref="Claims"/>.</summary>
        public IReadOnlyList<string> Origins => _origins;

        /// <summary>Returns the quantity and value.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Quantity + " = " + Value;
    }
}

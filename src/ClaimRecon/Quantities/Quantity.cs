using System;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Quantities
{
    /// <summary>What is measured: a stable <see cref="Key"/>, its <see cref="Unit"/>, its <see cref="Kind"/> and the values it can take.</summary>
    /// <remarks>
    /// <para>"Prisoners transferred so far" (cumulative, persons), "prisoners slated for transfer" (target, persons) and
    /// "detainees held" (level, persons) are three quantities with one unit; claims about them are never compared as if
    /// they were one.</para>
    /// <para>Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Quantity : IEquatable<Quantity>
    {
        /// <summary>Creates a quantity.</summary>
        /// <param name="key">The stable identity.</param>
        /// <param name="unit">The unit every claim about it is stated in.</param>
        /// <param name="kind">How it behaves over time.</param>
        /// <param name="domain">The values it can take (persons: <see cref="ValueDomain.NonNegativeInteger"/>).</param>
        /// <param name="description">A human description; optional.</param>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="unit"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="domain"/> is not defined.</exception>
        /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
        public Quantity(QuantityKey key, Unit unit, QuantityKind kind, ValueDomain domain, string? description = null)
        {
            Key = Preconditions.NotNull(key);
            Unit = Preconditions.NotNull(unit);
            Kind = Preconditions.Defined(kind);
            Domain = Preconditions.Defined(domain);
            Description = description is null ? null : Preconditions.NotBlank(description);
        }

        /// <summary>Gets the stable identity.</summary>
        public QuantityKey Key { get; }

        /// <summary>Gets the unit.</summary>
        public Unit Unit { get; }

        /// <summary>Gets how the quantity behaves over time.</summary>
        public QuantityKind Kind { get; }

        /// <summary>Gets the values the quantity can take; ranges are canonicalised against it on request.</summary>
        public ValueDomain Domain { get; }

        /// <summary>Gets the human description, if any.</summary>
        public string? Description { get; }

        /// <inheritdoc />
        public bool Equals(Quantity? other) =>
            other is not null && Key.Equals(other.Key) && Unit.Equals(other.Unit) && Kind == other.Kind && Domain == other.Domain
            && string.Equals(Description, other.Description, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Quantity);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(Key.GetHashCode(), Unit.GetHashCode(), (int)Kind, (int)Domain);

        /// <summary>Returns "key (kind, unit)".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Key} ({Kind}, {Unit})";
    }
}

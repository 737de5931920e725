using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Sources
{
    /// <summary>An agent that states or passes on figures: an outlet, an official body, a person, an anonymous official, or an unattributed rumour.</summary>
    /// <remarks>
    /// <para><see cref="Id"/> is the stable reference used by attribution chains and JSON. <see cref="PriorReliability"/>,
    /// when given, is the caller's belief in [0, 1] that the source's figures are right; it is a prior, not a verdict.</para>
    /// <para>Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Source : IEquatable<Source>
    {
        /// <summary>Creates a source.</summary>
        /// <param name="id">The stable identifier, such as "kurdistan24".</param>
        /// <param name="name">The display name.</param>
        /// <param name="kind">What kind of agent it is.</param>
        /// <param name="role">For anonymous officials and named people, the role as described ("senior security source"); optional.</param>
        /// <param name="priorReliability">The caller's prior belief in [0, 1]; optional.</param>
        /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or <paramref name="id"/> has surrounding white space.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, or <paramref name="priorReliability"/> is NaN or outside [0, 1].</exception>
        public Source(string id, string name, SourceKind kind, string? role = null, double? priorReliability = null)
        {
            Id = Identifiers.Check(id);
            Name = Preconditions.NotBlank(name);
            Kind = Preconditions.Defined(kind);
            Role = role is null ? null : Preconditions.NotBlank(role);
            PriorReliability = priorReliability is null ? null : Preconditions.Probability(priorReliability.Value, nameof(priorReliability));
        }

        /// <summary>Gets the stable identifier.</summary>
        public string Id { get; }

        /// <summary>Gets the display name.</summary>
        public string Name { get; }

        /// <summary>Gets what kind of agent the source is.</summary>
        public SourceKind Kind { get; }

        /// <summary>Gets the described role, if any.</summary>
        public string? Role { get; }

        /// <summary>Gets the caller's prior reliability in [0, 1], if any.</summary>
        public double? PriorReliability { get; }

        /// <inheritdoc />
        public bool Equals(Source? other) =>
            other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Kind == other.Kind
            && string.Equals(Role, other.Role, StringComparison.Ordinal)
            && Nullable.Equals(PriorReliability, other.PriorReliability);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Source);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Name), (int)Kind);

        /// <summary>Returns the name, with the role when there is one.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
    }
}

using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Sources
{
    /// <summary>One link of an <see cref="AttributionChain"/>: how the previous source leads to <see cref="SourceId"/>.</summary>
    /// <remarks>Equality compares both properties. This type is immutable and thread-safe.</remarks>
    public sealed class AttributionStep : IEquatable<AttributionStep>
    {
        /// <summary>Creates a step.</summary>
        /// <param name="relation">How the previous source leads to this one.</param>
        /// <param name="sourceId">The identifier of the source this step reaches.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not defined.</exception>
        /// <exception cref="ArgumentException"><paramref name="sourceId"/> is blank.</exception>
        public AttributionStep(AttributionRelation relation, string sourceId)
        {
            Relation = Preconditions.Defined(relation);
            SourceId = Identifiers.Check(sourceId);
        }

        /// <summary>Gets how the previous source leads to this one.</summary>
        public AttributionRelation Relation { get; }

        /// <summary>Gets the identifier of the source this step reaches.</summary>
        public string SourceId { get; }

        /// <inheritdoc />
        public bool Equals(AttributionStep? other) =>
            other is not null && Relation == other.Relation && string.Equals(SourceId, other.SourceId, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as AttributionStep);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine((int)Relation, StringComparer.Ordinal.GetHashCode(SourceId));

        /// <summary>Returns "cites id" or "speaks for id".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => (Relation == AttributionRelation.Cites ? "cites " : "speaks for ") + SourceId;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Claims
{
    /// <summary>What a denying claim denies: its own figure as reported, or the figures of other claims or of a source, with an optional direction.</summary>
    /// <remarks>
    /// <para>Three shapes, all on a claim with <see cref="Stance.Denies"/>:</para>
    /// <list type="bullet">
    /// <item><description><see cref="OwnFigure"/>: the figure the denying claim carries, as reported ("reports of 7,000 are false").
    /// Every denial that carries a figure and names no target has this shape.</description></item>
    /// <item><description><see cref="OfClaims"/>: the figures of other claims, by id ("the figure they gave is inaccurate"); the denying claim may carry no figure of its own.</description></item>
    /// <item><description><see cref="OfSource"/>: every figure a source gives for the denial's quantity and period ("the ministry's count is false").</description></item>
    /// </list>
    /// <para><see cref="Direction"/> says where the denial puts the truth: <see cref="DenialDirection.Lower"/> ("far lower than reported")
    /// rules out the denied values and everything above them; <see cref="DenialDirection.Higher"/> the denied values and
    /// everything below; <see cref="DenialDirection.None"/> only the denied values (<see cref="RuledOut"/>).</para>
    /// <para>Ids and the source are checked against the claims and sources by <see cref="ClaimSet"/>. Equality compares
    /// direction, ids (in order) and source. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class DenialTarget : IEquatable<DenialTarget>
    {
        private readonly string[] _claimIds;

        private DenialTarget(string[] claimIds, string? sourceId, DenialDirection direction)
        {
            _claimIds = claimIds;
            SourceId = sourceId;
            Direction = Preconditions.Defined(direction);
        }

        /// <summary>Gets the ids of the denied claims; empty unless the target was made by <see cref="OfClaims"/>.</summary>
        public IReadOnlyList<string> ClaimIds => _claimIds;

        /// <summary>Gets the id of the source whose figures are denied; null unless the target was made by <see cref="OfSource"/>.</summary>
        public string? SourceId { get; }

        /// <summary>Gets where the denial says the truth lies.</summary>
        public DenialDirection Direction { get; }

        /// <summary>Gets whether the denial is of its own claim's figure (neither claims nor a source named).</summary>
        public bool IsOwnFigure => _claimIds.Length == 0 && SourceId is null;

        /// <summary>Denies the denying claim's own figure, as reported.</summary>
        /// <param name="direction">Where the truth lies; <see cref="DenialDirection.None"/> by default.</param>
        /// <returns>The target.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
        public static DenialTarget OwnFigure(DenialDirection direction = DenialDirection.None) => new(Array.Empty<string>(), null, direction);

        /// <summary>Denies the figures of other claims, by id.</summary>
        /// <param name="claimIds">The ids; at least one, none blank, no repeats.</param>
        /// <param name="direction">Where the truth lies; <see cref="DenialDirection.None"/> by default.</param>
        /// <returns>The target.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claimIds"/> is null.</exception>
        /// <exception cref="ArgumentException">No id is given, an id is blank, or one repeats; the message names it.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
        public static DenialTarget OfClaims(IEnumerable<string> claimIds, DenialDirection direction = DenialDirection.None)
        {
            Preconditions.NotNull(claimIds);
            var ids = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in claimIds)
            {
                var checkedId = Identifiers.Check(id, $"claimIds[{ids.Count}]");
                if (!seen.Add(checkedId))
                {
                    throw new ArgumentException($"claimIds[{ids.Count}] = \"{checkedId}\" is named twice.", nameof(claimIds));
                }

                ids.Add(checkedId);
            }

            if (ids.Count == 0)
            {
                throw new ArgumentException("claimIds is empty; name at least one denied claim.", nameof(claimIds));
            }

            return new DenialTarget(ids.ToArray(), null, direction);
        }

        /// <summary>Denies every figure a source gives for the denial's quantity and period.</summary>
        /// <param name="sourceId">The source's id.</param>
        /// <param name="direction">Where the truth lies; <see cref="DenialDirection.None"/> by default.</param>
        /// <returns>The target.</returns>
        /// <exception cref="ArgumentException"><paramref name="sourceId"/> is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
        public static DenialTarget OfSource(string sourceId, DenialDirection direction = DenialDirection.None) =>
            new(Array.Empty<string>(), Identifiers.Check(sourceId), direction);

        /// <summary>Returns the values a denial of <paramref name="denied"/> in this direction rules out.</summary>
        /// <param name="denied">The denied figure's range.</param>
        /// <returns><paramref name="denied"/> itself without a direction; with <see cref="DenialDirection.Lower"/> it and every value above it; with <see cref="DenialDirection.Higher"/> it and every value below it; empty for an empty range.</returns>
        public NumericRange RuledOut(NumericRange denied)
        {
            if (denied.IsEmpty)
            {
                return denied;
            }

            return Direction switch
            {
                DenialDirection.Lower => new NumericRange(denied.Lower, RangeBound.Unbounded),
                DenialDirection.Higher => new NumericRange(RangeBound.Unbounded, denied.Upper),
                _ => denied,
            };
        }

        /// <inheritdoc />
        public bool Equals(DenialTarget? other) =>
            other is not null && Direction == other.Direction && string.Equals(SourceId, other.SourceId, StringComparison.Ordinal)
            && _claimIds.SequenceEqual(other._claimIds, StringComparer.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as DenialTarget);

        /// <inheritdoc />
        public override int GetHashCode() =>
            HashCodes.Combine((int)Direction, SourceId is null ? 0 : StringComparer.Ordinal.GetHashCode(SourceId), _claimIds.Length);

        /// <summary>Returns "own figure", "claims a, b" or "source x", followed by ", truth lower" or ", truth higher" when directed.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            (IsOwnFigure ? "own figure" : SourceId is not null ? "source " + SourceId : "claims " + string.Join(", ", _claimIds))
            + (Direction == DenialDirection.None ? string.Empty : ", truth " + (Direction == DenialDirection.Lower ? "lower" : "higher"));
    }
}

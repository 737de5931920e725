using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Internal;

namespace ClaimRecon.Sources
{
    /// <summary>
    /// Who a claim reached us through: the <see cref="Reporter"/> that published it, then each cited source or represented
    /// organisation in turn, ending at the <see cref="Origin"/>.
    /// </summary>
    /// <remarks>
    /// <para>"Kurdistan24 reports that a senior security source in the Joint Operations Command said" is
    /// <c>kurdistan24 → cites → joc-source → speaks for → joc</c>; its origin is <c>joc</c>. Claims whose chains end at
    /// the same origin are echoes of one statement and count once wherever sources are counted.</para>
    /// <para>A chain never visits a source twice. Source identifiers are checked against a claim set's sources when the
    /// set is built. Equality compares the reporter and every step. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class AttributionChain : IEquatable<AttributionChain>
    {
        private readonly AttributionStep[] _steps;

        /// <summary>Creates a chain.</summary>
        /// <param name="reporter">The identifier of the source that published the claim.</param>
        /// <param name="steps">The links from the reporter to the origin, in order; empty when the reporter is the origin.</param>
        /// <exception cref="ArgumentException"><paramref name="reporter"/> is blank, a step is null, or a source appears twice.</exception>
        public AttributionChain(string reporter, IEnumerable<AttributionStep> steps)
        {
            Reporter = Identifiers.Check(reporter);
            _steps = Preconditions.CopyNoNulls(steps).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal) { Reporter };
            for (var i = 0; i < _steps.Length; i++)
            {
                if (!seen.Add(_steps[i].SourceId))
                {
                    throw new ArgumentException($"steps[{i}] names source \"{_steps[i].SourceId}\" a second time; a chain never visits a source twice.", nameof(steps));
                }
            }

            // Kept, not looked up: the merge reads every claim's origin, and the lookup was three dependent memory reads.
            Origin = _steps.Length == 0 ? Reporter : _steps[_steps.Length - 1].SourceId;
        }

        /// <summary>Gets the identifier of the source that published the claim.</summary>
        public string Reporter { get; }

        /// <summary>Gets the links from the reporter to the origin.</summary>
        public IReadOnlyList<AttributionStep> Steps => _steps;

        /// <summary>Gets the identifier of the last source in the chain: where the figure comes from.</summary>
        public string Origin { get; }

        /// <summary>Gets every source identifier in the chain, reporter first.</summary>
        public IEnumerable<string> SourceIds => new[] { Reporter }.Concat(_steps.Select(s => s.SourceId));

        /// <summary>Creates a chain with no intermediaries: the reporter is the origin.</summary>
        /// <param name="sourceId">The source.</param>
        /// <returns>The chain.</returns>
        public static AttributionChain Direct(string sourceId) => new(sourceId, Array.Empty<AttributionStep>());

        /// <summary>Returns a longer chain in which the current origin cites <paramref name="sourceId"/>.</summary>
        /// <param name="sourceId">The cited source.</param>
        /// <returns>The new chain.</returns>
        public AttributionChain Citing(string sourceId) => new(Reporter, _steps.Append(new AttributionStep(AttributionRelation.Cites, sourceId)));

        /// <summary>Returns a longer chain in which the current origin speaks for <paramref name="organizationId"/>.</summary>
        /// <param name="organizationId">The represented organisation.</param>
        /// <returns>The new chain.</returns>
        public AttributionChain SpeakingFor(string organizationId) => new(Reporter, _steps.Append(new AttributionStep(AttributionRelation.SpeaksFor, organizationId)));

        /// <inheritdoc />
        public bool Equals(AttributionChain? other) =>
            other is not null && string.Equals(Reporter, other.Reporter, StringComparison.Ordinal) && _steps.SequenceEqual(other._steps);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as AttributionChain);

        /// <inheritdoc />
        public override int GetHashCode() => _steps.Aggregate(StringComparer.Ordinal.GetHashCode(Reporter), (h, s) => HashCodes.Combine(h, s.GetHashCode()));

        /// <summary>Returns the chain as "kurdistan24 → cites → joc-source → speaks for → joc".</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder(Reporter);
            foreach (var step in _steps)
            {
                text.Append(step.Relation == AttributionRelation.Cites ? " \u2192 cites \u2192 " : " \u2192 speaks for \u2192 ").Append(step.SourceId);
            }

            return text.ToString();
        }
    }
}

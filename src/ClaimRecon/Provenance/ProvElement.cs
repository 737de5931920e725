using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Provenance
{
    /// <summary>An entity, agent or activity of a <see cref="ProvenanceGraph"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    internal sealed class ProvElement
    {
        private readonly ProvAttribute[] _attributes;

        internal ProvElement(ProvElementKind kind, string id, IEnumerable<ProvAttribute> attributes)
        {
            Kind = kind;
            Id = id;
            _attributes = attributes.ToArray();
        }

        /// <summary>Gets whether this is an entity, agent or activity.</summary>
        public ProvElementKind Kind { get; }

        /// <summary>Gets the qualified identifier, e.g. <c>cr:claim-k24-joc-source-more-than-5000</c>.</summary>
        public string Id { get; }

        /// <summary>Gets the attributes, in the order written.</summary>
        public IReadOnlyList<ProvAttribute> Attributes => _attributes;

        /// <summary>Returns the kind and identifier.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Kind + " " + Id;
    }
}

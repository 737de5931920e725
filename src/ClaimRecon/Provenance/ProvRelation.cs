using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Provenance
{
    /// <summary>A relation of a <see cref="ProvenanceGraph"/>, with its formal attributes (prov:entity, prov:activity, …) and any others.</summary>
    /// <remarks>Immutable and thread-safe. Relations are anonymous in PROV terms; <see cref="Id"/> is a blank-node id such as <c>_:wdf12</c>.</remarks>
    internal sealed class ProvRelation
    {
        private readonly ProvAttribute[] _attributes;

        internal ProvRelation(ProvRelationKind kind, string id, IEnumerable<ProvAttribute> attributes)
        {
            Kind = kind;
            Id = id;
            _attributes = attributes.ToArray();
        }

        /// <summary>Gets the relation type.</summary>
        public ProvRelationKind Kind { get; }

        /// <summary>Gets the blank-node identifier.</summary>
        public string Id { get; }

        /// <summary>Gets the attributes, formal ones first.</summary>
        public IReadOnlyList<ProvAttribute> Attributes => _attributes;

        /// <summary>Returns the value of an attribute, or null when the relation has none of that name.</summary>
        /// <param name="name">The qualified name, e.g. <c>prov:usedEntity</c>.</param>
        /// <returns>The value, or null.</returns>
        public string? this[string name] => _attributes.FirstOrDefault(a => a.Name == name)?.Value;

        /// <summary>Returns the kind and the formal attributes.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Kind + "(" + string.Join(", ", _attributes.Select(a => a.ToString())) + ")";
    }
}

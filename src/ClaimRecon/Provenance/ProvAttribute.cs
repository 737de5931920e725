using ClaimRecon.Internal;

namespace ClaimRecon.Provenance
{
    /// <summary>One attribute of a PROV element or relation: a qualified name, a value and, for typed literals, its type.</summary>
    /// <remarks>
    /// Immutable and thread-safe. <see cref="Type"/> is null for a plain string; otherwise it is the PROV-JSON literal type
    /// (<c>xsd:decimal</c>, <c>xsd:boolean</c>, <c>xsd:int</c>, <c>xsd:dateTime</c>, <c>prov:QUALIFIED_NAME</c>), and the
    /// value is written as <c>{"$": value, "type": type}</c>. Values are invariant-culture text, so decimals are exact.
    /// </remarks>
    internal sealed class ProvAttribute
    {
        /// <summary>Creates an attribute.</summary>
        /// <param name="name">The qualified name, e.g. <c>prov:label</c> or <c>cr:lower</c>.</param>
        /// <param name="value">The value as text.</param>
        /// <param name="type">The literal type, or null for a plain string.</param>
        public ProvAttribute(string name, string value, string? type = null)
        {
            Name = Preconditions.NotBlank(name);
            Value = Preconditions.NotNull(value);
            Type = type;
        }

        /// <summary>Gets the qualified name.</summary>
        public string Name { get; }

        /// <summary>Gets the value as text.</summary>
        public string Value { get; }

        /// <summary>Gets the literal type, or null for a plain string.</summary>
        public string? Type { get; }

        /// <summary>Returns <c>name=value</c>, with the type after <c>^^</c> when there is one.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Name + "=" + Value + (Type is null ? string.Empty : "^^" + Type);
    }
}

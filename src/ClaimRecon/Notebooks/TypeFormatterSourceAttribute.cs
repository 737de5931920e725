using System;

namespace ClaimRecon.Notebooks
{
    /// <summary>
    /// Names the formatter source that renders the attributed type in a notebook. .NET Interactive (Polyglot Notebooks)
    /// recognises this attribute by its simple name, not by its assembly, so ClaimRecon declares its own internal copy
    /// and takes no dependency on the Interactive packages.
    /// </summary>
    /// <remarks>
    /// The shape is a contract with a host that binds it by reflection: a constructor taking the source type, a public
    /// <see cref="FormatterSourceType"/> and an optional <see cref="PreferredMimeTypes"/>. <c>NotebookFormatterShapeTests</c>
    /// keeps it so. Without a notebook host the attribute does nothing; the same HTML comes from
    /// <see cref="Reporting.HtmlView"/>.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
    internal sealed class TypeFormatterSourceAttribute : Attribute
    {
        public TypeFormatterSourceAttribute(Type formatterSourceType)
        {
            FormatterSourceType = formatterSourceType ?? throw new ArgumentNullException(nameof(formatterSourceType));
        }

        /// <summary>Gets the type the host instantiates (public parameterless constructor) and asks for formatters.</summary>
        public Type FormatterSourceType { get; }

        /// <summary>Gets or sets the MIME types the host should show, most preferred first; a named attribute argument.</summary>
        public string[]? PreferredMimeTypes { get; set; }
    }
}

using System;
using System.IO;
using ClaimRecon.Claims;
using ClaimRecon.Reporting;

namespace ClaimRecon.Notebooks
{
    /// <summary>
    /// Writes one ClaimRecon value in one MIME type for a notebook host, which binds <see cref="MimeType"/>,
    /// <see cref="Type"/> and the single <see cref="Format(object, TextWriter)"/> by name.
    /// </summary>
    /// <remarks>HTML comes from <see cref="HtmlView"/>, plain text from the value's own <c>ToString</c>. Immutable.</remarks>
    internal sealed class NotebookFormatter
    {
        public const string Html = "text/html";
        public const string PlainText = "text/plain";

        public NotebookFormatter(Type type, string mimeType)
        {
            Type = type;
            MimeType = mimeType;
        }

        /// <summary>Gets the MIME type this formatter writes.</summary>
        public string MimeType { get; }

        /// <summary>Gets the type of value this formatter is for.</summary>
        public Type Type { get; }

        /// <summary>Writes <paramref name="instance"/> to <paramref name="writer"/> when it is of <see cref="Type"/>.</summary>
        /// <param name="instance">The value to show.</param>
        /// <param name="writer">Where the host collects the output.</param>
        /// <returns>True when written; false for a value this formatter does not handle.</returns>
        public bool Format(object instance, TextWriter writer)
        {
            if (instance is null || writer is null || !Type.IsInstanceOfType(instance))
            {
                return false;
            }

            var text = MimeType == Html ? HtmlView.TryRender(instance) : Text(instance);
            if (text is null)
            {
                return false;
            }

            writer.Write(text);
            return true;
        }

        private static string? Text(object instance) => instance switch
        {
            ReconciliationReport report => report.ToText(),
            ClaimSet set => HtmlView.Summary(set),
            _ => instance.ToString(),
        };
    }
}

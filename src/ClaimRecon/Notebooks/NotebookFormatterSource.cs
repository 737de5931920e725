using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClaimRecon.Notebooks
{
    /// <summary>
    /// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on <typeparamref name="T"/>: it hands the
    /// host one HTML and one plain-text formatter for that type. Generic, so each attributed type registers only its own
    /// two formatters.
    /// </summary>
    /// <typeparam name="T">The attributed type.</typeparam>
    internal sealed class NotebookFormatterSource<T>
    {
        /// <summary>Creates the source; the host calls this through <c>Activator.CreateInstance</c>.</summary>
        public NotebookFormatterSource()
        {
        }

        /// <summary>Returns the formatters for <typeparamref name="T"/>: text/html, then text/plain.</summary>
        /// <returns>Two <see cref="NotebookFormatter"/>s.</returns>
        [SuppressMessage("Performance", "CA1822", Justification = ".NET Interactive creates the source and calls this on the instance.")]
        public IEnumerable CreateTypeFormatters() => new[]
        {
            new NotebookFormatter(typeof(T), NotebookFormatter.Html),
            new NotebookFormatter(typeof(T), NotebookFormatter.PlainText),
        };
    }
}

using System;
using System.Linq;

namespace ClaimRecon.Cli
{
    /// <summary>The renderings <c>claimrecon reconcile --format</c> offers.</summary>
    internal enum ReportFormat
    {
        /// <summary>Per quantity the consensus, supporters, outliers and explanations, then the findings.</summary>
        Text,

        /// <summary>Markdown: the HTML report's content without charts.</summary>
        Markdown,

        /// <summary>One self-contained HTML page with inline SVG range charts.</summary>
        Html,

        /// <summary>JSON: quantities with their merges, findings, derivations and unchecked relations.</summary>
        Json,

        /// <summary>The provenance graph as W3C PROV-JSON.</summary>
        Prov,

        /// <summary>schema.org ClaimReview JSON-LD, one item per contradiction.</summary>
        ClaimReview,
    }

    /// <summary>Parses and names <see cref="ReportFormat"/> values as the command line spells them.</summary>
    internal static class ReportFormats
    {
        /// <summary>Gets the names accepted by <c>--format</c>, in documentation order.</summary>
        public static string[] Names { get; } = Enum.GetValues<ReportFormat>().Select(Name).ToArray();

        /// <summary>Returns the command-line name of a format (<c>claimreview</c>).</summary>
        /// <param name="format">The format.</param>
        /// <returns>The lower-case name.</returns>
        public static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();

        /// <summary>Parses a command-line name, ignoring case.</summary>
        /// <param name="text">The text given.</param>
        /// <param name="format">The format, when recognised.</param>
        /// <returns>Whether the text names a format.</returns>
        public static bool TryParse(string? text, out ReportFormat format)
        {
            foreach (var candidate in Enum.GetValues<ReportFormat>())
            {
                if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    format = candidate;
                    return true;
                }
            }

            format = default;
            return false;
        }
    }
}

using System;
using System.IO;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>
    /// Markdown written one quantity at a time: the title once, then per quantity a section headed by its key that holds
    /// the quantity's summary, its findings and its periods, each heading one level below the one-report layout.
    /// </summary>
    internal static class SortedMarkdown
    {
        /// <summary>Writes the title line that opens the document.</summary>
        public static void Title(string markdownOfFirstReport, TextWriter output)
        {
            var end = markdownOfFirstReport.IndexOf('\n');
            output.Write(markdownOfFirstReport.Substring(0, end < 0 ? markdownOfFirstReport.Length : end) + "\n");
        }

        /// <summary>
        /// Writes one quantity's report (as <c>ReconciliationReport.ToMarkdown</c> gives it for a set of one quantity) as
        /// a section of the document: its quantity heading first, then the summary, "### Findings" and the periods.
        /// </summary>
        /// <exception cref="ArgumentException">The text is not a one-quantity report: no title, no findings heading or no quantity heading.</exception>
        public static void Section(string markdown, TextWriter output)
        {
            var lines = markdown.Split('\n');
            var findings = Array.IndexOf(lines, "## Findings");
            var quantity = -1;
            for (var i = findings + 1; findings > 0 && i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    quantity = i;
                    break;
                }
            }

            if (!lines[0].StartsWith("# ", StringComparison.Ordinal) || findings < 0 || quantity < 0)
            {
                throw new ArgumentException("expected the Markdown report of one quantity: a title, a findings heading and a quantity heading.", nameof(markdown));
            }

            output.Write("\n" + lines[quantity] + "\n");
            var blank = false;
            for (var i = 1; i < lines.Length; i++)
            {
                // The quantity heading went first; the blank lines around where it was are written once.
                if (i == quantity || (blank && lines[i].Length == 0))
                {
                    continue;
                }

                blank = lines[i].Length == 0;

                var line = lines[i];
                if (i == findings || (i > quantity && line.StartsWith("### ", StringComparison.Ordinal)))
                {
                    line = "#" + line;
                }

                if (i < lines.Length - 1 || line.Length > 0)
                {
                    output.Write(line + "\n");
                }
            }
        }
    }
}

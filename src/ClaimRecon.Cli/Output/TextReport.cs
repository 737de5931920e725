using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Reporting;
using Spectre.Console;

namespace ClaimRecon.Cli.Output
{
    /// <summary>
    /// The <c>text</c> format: per quantity and period the consensus, supporters, outliers and explanation, then every
    /// finding. Plain text for files and pipes; colours and tables when standard output is a terminal.
    /// </summary>
    internal static class TextReport
    {
        private const string Grouped = "#,0.############################";

        /// <summary>Renders the report as plain text with no terminal escape codes.</summary>
        /// <param name="report">The report.</param>
        /// <returns>The text, lines ended by <c>\n</c>.</returns>
        public static string Plain(ReconciliationReport report)
        {
            var c = report.Contradictions;
            var text = new StringBuilder();
            text.Append(report.Title).Append('\n').Append(Summary(c.Claims.Count, c.Merges.Count, c.OriginCount, c.Findings.Count, c.Contradictions.Count())).Append('\n');
            foreach (var merge in report.Quantities)
            {
                Quantity(text, merge);
            }

            var findings = c.Findings;
            text.Append(FindingsHeading(findings.Count));
            foreach (var finding in findings)
            {
                Finding(text, finding, finding.Id);
            }

            foreach (var skipped in c.Unchecked)
            {
                Unchecked(text, skipped);
            }

            foreach (var omitted in c.OmittedPairs)
            {
                Omitted(text, omitted);
            }

            return Safe(text.ToString());
        }

        /// <summary>The plain report's first two lines: the title and the summary (not yet made safe for a terminal).</summary>
        /// <param name="title">The title.</param>
        /// <param name="claims">The claims.</param>
        /// <param name="quantities">The quantities.</param>
        /// <param name="origins">The independent origins.</param>
        /// <param name="findings">The findings.</param>
        /// <param name="contradictions">The findings that are contradictions.</param>
        /// <returns>The two lines, each ended by <c>\n</c>.</returns>
        public static string Head(string title, int claims, int quantities, int origins, int findings, int contradictions) =>
            title + "\n" + Summary(claims, quantities, origins, findings, contradictions) + "\n";

        /// <summary>Appends one "not checked" line of the plain report: a relation that could not be checked, and why.</summary>
        /// <param name="text">Where to append.</param>
        /// <param name="skipped">The relation and period.</param>
        public static void Unchecked(StringBuilder text, UncheckedRelation skipped) => text.Append("  not checked: ").Append(skipped).Append('\n');

        /// <summary>Appends one quantity's block of the plain report: heading, periods and timeline.</summary>
        /// <param name="text">Where to append.</param>
        /// <param name="merge">The quantity.</param>
        public static void Quantity(StringBuilder text, QuantityMerge merge)
        {
            text.Append('\n').Append(Heading(merge.Quantity)).Append('\n');
            foreach (var period in merge.Periods)
            {
                text.Append("  ").Append(PeriodName(period)).Append(": ").Append(Consensus(period)).Append('\n');
                text.Append("    supporters: ").Append(Supporters(period)).Append('\n');
                text.Append("    outliers:   ").Append(Outliers(period, "; ")).Append('\n');
                if (period.Denials.Count > 0)
                {
                    text.Append("    denials:    ").Append(Denials(period)).Append('\n');
                }

                text.Append("    why:        ").Append(period.Explanation).Append('\n');
            }

            if (merge.Timeline is { } timeline)
            {
                text.Append("  timeline: ").Append(Timeline(timeline)).Append('\n');
            }
        }

        /// <summary>The line that opens the plain report's findings.</summary>
        /// <param name="count">The number of findings.</param>
        /// <returns>The line with a blank line before it.</returns>
        public static string FindingsHeading(int count) => "\n" + (count == 0 ? "No findings." : $"Findings ({count}):") + "\n";

        /// <summary>Appends one finding's line of the plain report under the id given.</summary>
        /// <param name="text">Where to append.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="id">Its id in the report.</param>
        public static void Finding(StringBuilder text, Finding finding, string id) =>
            text.Append("  ").Append(id).Append(" [").Append(finding.Kind).Append(", severity ").Append(Severity(finding)).Append("] ").Append(finding.Explanation).Append('\n');

        /// <summary>Appends the line saying where the pairwise detail was limited.</summary>
        /// <param name="text">Where to append.</param>
        /// <param name="omitted">The limited quantity and period.</param>
        public static void Omitted(StringBuilder text, OmittedPairs omitted) => text.Append("  pairwise detail limited: ").Append(omitted).Append('\n');

        /// <summary>Input text with control characters shown as escapes; line feeds the report itself puts in are kept.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The text safe for a terminal.</returns>
        public static string Safe(string text) => TerminalText.Escape(text, keepLineBreaks: true);

        /// <summary>
        /// Draws the report on a terminal with Spectre.Console: a rule and a table per quantity, each period's denials and
        /// explanation under it, then a table of findings.
        /// </summary>
        /// <param name="report">The report.</param>
        /// <param name="stdout">Standard output, a terminal.</param>
        /// <param name="width">The terminal's width in columns, or null to ask the terminal.</param>
        public static void Draw(ReconciliationReport report, TextWriter stdout, int? width = null)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.No,
            });
            if (width is int columns)
            {
                console.Profile.Width = columns;
            }

            console.Write(new Rule("[bold]" + M(report.Title) + "[/]").LeftJustified());
            console.WriteLine(Safe(Summary(report)));
            foreach (var merge in report.Quantities)
            {
                console.WriteLine();
                console.Write(new Rule("[bold blue]" + M(Heading(merge.Quantity)) + "[/]").LeftJustified());
                var table = new Table().Border(TableBorder.Rounded).Expand();
                table.AddColumn("Period");
                table.AddColumn("Consensus");
                table.AddColumn("Supporters");
                table.AddColumn("Outliers");
                foreach (var period in merge.Periods)
                {
                    table.AddRow(
                        new Text(Safe(PeriodName(period))),
                        new Markup((period.Status == MergeStatus.Consensus ? "[green]" : "[yellow]") + M(ConsensusCell(period)) + "[/]"),
                        new Text(Safe(Supporters(period))),
                        period.Outliers.Count == 0 ? new Text("none") : new Markup("[red]" + M(Outliers(period, "\n")) + "[/]"));
                }

                console.Write(table);
                foreach (var period in merge.Periods)
                {
                    if (period.Denials.Count > 0)
                    {
                        // Denials get their own lines, not a fifth column: each names what it rules out, which would not
                        // fit 80 columns beside the consensus, and a terminal user must see them as the text format lists them.
                        console.MarkupLine("[red]denials, " + M(PeriodName(period)) + ": " + M(Denials(period)) + "[/]");
                    }

                    console.MarkupLine("[grey]" + M(period.Explanation) + "[/]");
                }

                if (merge.Timeline is { } timeline)
                {
                    console.MarkupLine((timeline.IsConsistent ? "[grey]" : "[red]") + "timeline: " + M(Timeline(timeline)) + "[/]");
                }
            }

            console.WriteLine();
            var findings = report.Contradictions.Findings;
            if (findings.Count == 0)
            {
                console.MarkupLine("[green]No findings.[/]");
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded).Expand().Title($"[bold]Findings ({findings.Count})[/]");
                table.AddColumn("Finding");
                table.AddColumn("Kind");
                table.AddColumn(new TableColumn("Severity").RightAligned());
                table.AddColumn("Explanation");
                foreach (var finding in findings)
                {
                    table.AddRow(
                        new Text(Safe(finding.Id)),
                        new Markup((finding.IsContradiction ? "[red]" : "[yellow]") + finding.Kind + "[/]"),
                        new Text(Safe(Severity(finding))),
                        new Text(Safe(finding.Explanation)));
                }

                console.Write(table);
            }

            foreach (var skipped in report.Contradictions.Unchecked)
            {
                console.MarkupLine("[grey]not checked: " + M(skipped.ToString()) + "[/]");
            }

            foreach (var omitted in report.Contradictions.OmittedPairs)
            {
                console.MarkupLine("[grey]pairwise detail limited: " + M(omitted.ToString()) + "[/]");
            }
        }

        /// <summary>Input text made safe for a terminal (control characters shown as escapes), then escaped for Spectre markup.</summary>
        private static string M(string text) => Markup.Escape(Safe(text));

        private static string Summary(ReconciliationReport report)
        {
            var c = report.Contradictions;
            return Summary(c.Claims.Count, c.Merges.Count, c.OriginCount, c.Findings.Count, c.Contradictions.Count());
        }

        private static string Summary(int claims, int quantities, int origins, int findings, int contradictions) =>
            $"{Words.Count(claims, "claim")} about {Words.Count(quantities, "quantity", "quantities")} from {Words.Count(origins, "independent origin")}; "
            + $"{Words.Count(findings, "finding")} ({Words.Count(contradictions, "contradiction")}).";

        private static string Heading(Quantity quantity) => $"{quantity.Key} ({quantity.Unit.Symbol}, {quantity.Kind})";

        private static string PeriodName(MergeResult period) => period.Period?.ToString() ?? "undated";

        /// <summary>A range or figure as the reports show it to readers: thousands grouped, invariant culture.</summary>
        private static string R(NumericRange range) => range.ToString(Grouped, CultureInfo.InvariantCulture);

        private static string N(decimal value) => value.ToString(Grouped, CultureInfo.InvariantCulture);

        private static string Consensus(MergeResult period) => period.Status switch
        {
            MergeStatus.Consensus => "consensus " + R(period.Consensus) + (period.Estimate is decimal e ? ", estimate " + N(e) : string.Empty),
            // As many ranges as the merge's own explanation names; the rest are counted (every claim is still listed under "claimed").
            MergeStatus.Tie => "tie between " + string.Join(" and ", period.Candidates.Take(Explanations.ListedCandidates).Select(c => R(c.Range)))
                + (period.Candidates.Count > Explanations.ListedCandidates ? " and " + N(period.Candidates.Count - Explanations.ListedCandidates) + " more ranges" : string.Empty),
            MergeStatus.NoAgreement => "no agreement",
            _ => "no claims",
        };

        /// <summary>The consensus column's cell: the column already says "consensus", so only the figures, or what else the status is.</summary>
        private static string ConsensusCell(MergeResult period) => period.Status == MergeStatus.Consensus
            ? R(period.Consensus) + (period.Estimate is decimal e ? ", estimate " + N(e) : string.Empty)
            : Consensus(period);

        private static string Supporters(MergeResult period)
        {
            if (period.Supporters.Count == 0)
            {
                // No consensus (denials outweigh every value, or nothing agrees): the witnesses are neither supporters nor
                // outliers, so name them here or the reader never sees what was claimed.
                return period.Witnesses.Count == 0
                    ? "none"
                    : "none; claimed: " + string.Join("; ", period.Witnesses.Select(w => w.OriginName + " " + R(w.Range)));
            }

            var text = string.Join("; ", period.Supporters.Select(w => w.OriginName + " " + R(w.Range)));
            return period.NonDecidingSupporters.Count == 0
                ? text
                : text + " (not deciding, as the outliers' values are admitted too by " + string.Join(", ", period.NonDecidingSupporters.Select(w => w.OriginName)) + ")";
        }

        /// <summary>Each denial with what it rules out: "✕ JOC denies 7,000 (id): rules out [7,000, 7,000]".</summary>
        private static string Denials(MergeResult period) => string.Join("; ", period.Denials.Select(d =>
        {
            var claim = d.Claim;
            var target = claim.Denies ?? DenialTarget.OwnFigure();
            var direction = target.Direction == DenialDirection.Lower ? ", the truth lower" : target.Direction == DenialDirection.Higher ? ", the truth higher" : string.Empty;
            var what = claim.Figure is { } figure
                ? (figure.Wording ?? figure.ToString()) + direction
                : "the figures of " + (target.SourceId is { } source ? "source " + source : string.Join(", ", target.ClaimIds)) + direction;
            var ruledOut = claim.Figure is not null
                ? new[] { target.RuledOut(claim.Range) }
                : period.Witnesses.SelectMany(w => w.Claims)
                    .Where(c => target.SourceId is { } s ? c.Attribution.SourceIds.Contains(s) : target.ClaimIds.Contains(c.Id))
                    .Select(c => target.RuledOut(c.Range)).Distinct().ToArray();
            return "\u2715 " + d.OriginName + " denies " + what + " (" + claim.Id + "): "
                + (ruledOut.Length == 0 ? "names no figure of this period" : "rules out " + string.Join(" and ", ruledOut.Select(R)));
        }));

        private static string Outliers(MergeResult period, string separator) =>
            period.Outliers.Count == 0 ? "none" : string.Join(separator, period.Outliers.Select(o => o.ToString()));

        private static string Timeline(CumulativeTimeline timeline) =>
            (timeline.IsConsistent ? "consistent: " : "INCONSISTENT (a later figure lies below an earlier one): ")
            + string.Join(" -> ", timeline.Points.Select(p => p.Period + " " + R(p.Bounds)));

        private static string Severity(Finding finding) => finding.Severity.ToString("0.###", CultureInfo.InvariantCulture);
    }
}

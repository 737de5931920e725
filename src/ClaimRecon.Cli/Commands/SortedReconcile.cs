using System;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Output;
using ClaimRecon.Contradictions;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>
    /// <c>claimrecon reconcile --sorted-by-quantity</c>: reads CSV or JSON Lines whose claims come grouped by quantity and
    /// reconciles and writes one quantity at a time (<see cref="ClaimReader.ReadByQuantity()"/>), so memory holds one
    /// quantity's claims whatever the number of quantities. Text gives each quantity's report in turn; Markdown one
    /// document with a section per quantity (<see cref="SortedMarkdown"/>); JSON gives JSON Lines, one report object per quantity.
    /// </summary>
    internal static class SortedReconcile
    {
        /// <summary>The option's name.</summary>
        public const string Option = "--sorted-by-quantity";

        /// <summary>Runs the reconciliation; the request has been checked for format and options.</summary>
        /// <param name="request">What to do.</param>
        /// <param name="format">The format: text or JSON.</param>
        /// <param name="io">Where to write.</param>
        /// <returns>The exit code.</returns>
        public static int Run(ReconcileRequest request, ReportFormat format, CommandIo io)
        {
            var name = request.File!;
            if (name != InputLoader.StandardInput && !InputLoader.IsJsonLines(name) && !InputLoader.IsCsv(name))
            {
                return io.UsageError(ReconcileCommand.Name, Option, $"reads CSV or JSON Lines (.csv, .jsonl, .ndjson); \"{name}\" is a JSON document, which holds its claims as one whole");
            }

            TextWriter output;
            try
            {
                output = request.Out is null ? io.Stdout : new StreamWriter(request.Out, false, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return io.UsageError(ReconcileCommand.Name, "--out", $"cannot write \"{request.Out}\": {e.Message}");
            }

            var file = name == InputLoader.StandardInput ? null : File.OpenRead(name);
            var shown = name == InputLoader.StandardInput ? InputLoader.StandardInputName : name;
            using var reader = file is null ? ClaimReader.Csv(io.Stdin) : InputLoader.IsJsonLines(name) ? ClaimReader.JsonLines(file) : ClaimReader.Csv(file);
            var title = request.Title ?? "ClaimRecon reconciliation of " + Path.GetFileName(shown);
            long quantities = 0, findings = 0;
            try
            {
                if (format == ReportFormat.Text)
                {
                    output.Write(title + "\n");
                }

                var titled = false;

                foreach (var set in reader.ReadByQuantity())
                {
                    var report = ReconciliationReport.Create(set, null, request.Pairwise ? ContradictionOptions.Pairwise(request.PairLimit ?? ContradictionOptions.DefaultPairLimit) : null).WithTitle(title);
                    quantities++;
                    findings += report.Contradictions.Findings.Count;
                    if (format == ReportFormat.Json)
                    {
                        WriteOneLine(report.ToJson(), output);
                    }
                    else if (format == ReportFormat.Markdown)
                    {
                        var markdown = report.ToMarkdown();
                        if (!titled)
                        {
                            SortedMarkdown.Title(markdown, output);
                            titled = true;
                        }

                        SortedMarkdown.Section(markdown, output);
                    }
                    else
                    {
                        var text = TextReport.Plain(report);
                        output.Write("\n" + text.Substring(text.IndexOf('\n') + 1));
                    }
                }

                output.Flush();
            }
            finally
            {
                if (request.Out is not null)
                {
                    output.Dispose();
                }

                file?.Dispose();
            }

            if (reader.Problems.Count > 0)
            {
                foreach (var problem in reader.Problems.OrderBy(p => p.Line ?? int.MaxValue))
                {
                    var where = problem.Line is { } line ? $"{shown}:{line}: " : shown + ": ";
                    var place = problem.Column is not null ? $"column \"{problem.Column}\": " : problem.Path.StartsWith("$", StringComparison.Ordinal) ? problem.Path + ": " : string.Empty;
                    io.Stderr.WriteLine(TerminalText.Escape(where + place + problem.Message + (problem.Value is null ? " (no value)" : " (value: " + problem.Value + ")")));
                }

                io.Stderr.WriteLine($"claimrecon {ReconcileCommand.Name}: {Words.Count(reader.Problems.Count, "problem")} in the input; the {Words.Count(quantities, "quantity", "quantities")} written before or between them were reconciled, the quantities with problems were not.");
                return ExitCodes.BadInput;
            }

            io.Stderr.WriteLine($"claimrecon {ReconcileCommand.Name}: {Words.Count(reader.ClaimCount, "claim")} about {Words.Count(quantities, "quantity", "quantities")} reconciled one quantity at a time.");
            if (request.FailOnFindings && findings > 0)
            {
                io.Stderr.WriteLine($"claimrecon {ReconcileCommand.Name}: {Words.Count(findings, "finding")} (--fail-on-findings).");
                return ExitCodes.Findings;
            }

            return ExitCodes.Ok;
        }

        /// <summary>Writes indented JSON on one line: white space outside strings is dropped (strings hold no raw line breaks).</summary>
        private static void WriteOneLine(string json, TextWriter output)
        {
            var inString = false;
            var escaped = false;
            foreach (var c in json)
            {
                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (c == '\\')
                    {
                        escaped = true;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c is ' ' or '\n' or '\r' or '\t')
                {
                    continue;
                }

                output.Write(c);
            }

            output.Write('\n');
        }
    }
}

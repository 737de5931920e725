using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Output;
using ClaimRecon.Contradictions;
using ClaimRecon.Reporting;
using NodaTime;
using NodaTime.Text;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>What <c>claimrecon reconcile</c> was asked to do.</summary>
    /// <param name="File">The claims file, or null for the bundled sample.</param>
    /// <param name="Format">The <c>--format</c> text as given.</param>
    /// <param name="Out">The <c>--out</c> path, or null for standard output.</param>
    /// <param name="FailOnFindings">Whether findings make the exit code 1.</param>
    /// <param name="Relations">The <c>--relations</c> file, or null.</param>
    /// <param name="Title">The <c>--title</c>, or null.</param>
    /// <param name="ReviewUrl">The <c>--review-url</c>, or null.</param>
    /// <param name="Reviewer">The <c>--reviewer</c>, or null.</param>
    /// <param name="ReviewDate">The <c>--review-date</c>, or null.</param>
    internal sealed record ReconcileRequest(
        string? File, string Format, string? Out, bool FailOnFindings, string? Relations, string? Title, string? ReviewUrl, string? Reviewer, string? ReviewDate)
    {
        /// <summary>Gets the request of a bare <c>claimrecon</c>: the bundled sample as text on standard output.</summary>
        public static ReconcileRequest Default { get; } = new(null, "text", null, false, null, null, null, null, null);

        /// <summary>Gets the <c>--text</c> article files; when any is given, claims are read from them instead of a claims file.</summary>
        public string[] Texts { get; init; } = System.Array.Empty<string>();

        /// <summary>Gets the <c>--outlet</c> values for the article files.</summary>
        public string[] Outlets { get; init; } = System.Array.Empty<string>();

        /// <summary>Gets a value indicating whether <c>--sorted-by-quantity</c> was given: reconcile one quantity at a time.</summary>
        public bool SortedByQuantity { get; init; }

        /// <summary>Gets the <c>--published</c> values for the article files.</summary>
        public string[] Published { get; init; } = System.Array.Empty<string>();

        /// <summary>Gets whether <c>--pairwise</c> asks for every disjoint pair of witnesses instead of each outlier once.</summary>
        public bool Pairwise { get; init; }

        /// <summary>Gets the <c>--pair-limit</c>, or null: the most pairs reported per quantity and period with <c>--pairwise</c>.</summary>
        public int? PairLimit { get; init; }
    }

    /// <summary><c>claimrecon reconcile [file]</c>: reads claims, reconciles them and writes the report.</summary>
    internal static class ReconcileCommand
    {
        /// <summary>The command's name.</summary>
        public const string Name = "reconcile";

        /// <summary>Creates the command.</summary>
        /// <param name="io">Where it writes.</param>
        /// <returns>The command.</returns>
        public static Command Create(CommandIo io)
        {
            var file = new Argument<string?>("file")
            {
                Description = "Claims as JSON (the package's format) or CSV (.csv; columns in docs/claimrecon-tool.md); - reads standard input. Omit it to reconcile the bundled seed sample.",
                Arity = ArgumentArity.ZeroOrOne,
            };
            FileArguments.RejectOptionLike(file);
            var format = new Option<string>("--format", "-f")
            {
                Description = "Output format: " + string.Join(", ", ReportFormats.Names) + ".",
                DefaultValueFactory = _ => "text",
                HelpName = "format",
            };
            format.CompletionSources.Add(ReportFormats.Names);
            var output = new Option<string?>("--out", "-o")
            {
                Description = "Write the report to this file (UTF-8, in the chosen format) instead of standard output.",
                HelpName = "path",
            };
            var failOnFindings = new Option<bool>("--fail-on-findings") { Description = "Exit with code 1 when the reconciliation has any finding." };
            var relations = new Option<string?>("--relations", "-r")
            {
                Description = "A JSON file of relations between quantities to check by arithmetic (format in docs/claimrecon-tool.md). The bundled sample uses its own unless this is given.",
                HelpName = "file",
            };
            var title = new Option<string?>("--title") { Description = "The report's title.", HelpName = "text" };
            var reviewUrl = new Option<string?>("--review-url") { Description = "claimreview: the absolute address of the page the reviews are published on (required).", HelpName = "url" };
            var reviewer = new Option<string?>("--reviewer") { Description = "claimreview: the fact-checking organisation publishing the reviews (required).", HelpName = "name" };
            var reviewDate = new Option<string?>("--review-date") { Description = "claimreview: the publication day (default: today, UTC).", HelpName = "yyyy-mm-dd" };

            var texts = new Option<string[]>("--text")
            {
                Description = "Read claims from this article text file instead of a claims file (repeat for each article): figures, sources, quantities and the relations the text implies. Header lines and --outlet/--published as for 'claimrecon extract'.",
                HelpName = "file",
                AllowMultipleArgumentsPerToken = false,
            };
            var sorted = new Option<bool>(SortedReconcile.Option)
            {
                Description = "The CSV or JSON Lines file has each quantity's claims together (sorted by quantity): reconcile and write one quantity at a time, in memory that does not grow with the number of quantities. Formats text and json (JSON Lines, one report per quantity); no --relations.",
            };
            var pairwise = new Option<bool>("--pairwise")
            {
                Description = "Report every pair of witnesses with no value in common, instead of each witness outside the consensus once (with how many it disagrees with). Limited by --pair-limit; the report says where the limit was reached.",
            };
            var pairLimit = new Option<int?>("--pair-limit")
            {
                Description = $"With --pairwise, the most pairs reported per quantity and period (default {ContradictionOptions.DefaultPairLimit}).",
                HelpName = "n",
            };
            var outlet = TextOptions.Outlet();
            var published = TextOptions.Published();
            var command = new Command(Name, "Reconcile claims: per quantity the consensus, supporters, outliers and findings with explanations.")
            {
                file, format, output, failOnFindings, relations, title, reviewUrl, reviewer, reviewDate, texts, outlet, published, sorted, pairwise, pairLimit,
            };
            command.SetAction(parsed => Run(
                new ReconcileRequest(
                    parsed.GetValue(file),
                    parsed.GetValue(format) ?? "text",
                    parsed.GetValue(output),
                    parsed.GetValue(failOnFindings),
                    parsed.GetValue(relations),
                    parsed.GetValue(title),
                    parsed.GetValue(reviewUrl),
                    parsed.GetValue(reviewer),
                    parsed.GetValue(reviewDate))
                {
                    Texts = parsed.GetValue(texts) ?? System.Array.Empty<string>(),
                    Outlets = parsed.GetValue(outlet) ?? System.Array.Empty<string>(),
                    Published = parsed.GetValue(published) ?? System.Array.Empty<string>(),
                    SortedByQuantity = parsed.GetValue(sorted),
                    Pairwise = parsed.GetValue(pairwise),
                    PairLimit = parsed.GetValue(pairLimit),
                },
                io));
            return command;
        }

        /// <summary>Runs a reconciliation.</summary>
        /// <param name="request">What to do.</param>
        /// <param name="io">Where to write.</param>
        /// <returns>The exit code.</returns>
        public static int Run(ReconcileRequest request, CommandIo io)
        {
            if (!ReportFormats.TryParse(request.Format, out var format))
            {
                return io.UsageError(Name, "--format", $"unknown format \"{request.Format}\"; use one of {string.Join(", ", ReportFormats.Names)}");
            }

            if (request.PairLimit is int limit && (limit < 1 || !request.Pairwise))
            {
                return io.UsageError(Name, "--pair-limit", limit < 1 ? $"must be 1 or more; got {limit}" : "applies only with --pairwise");
            }

            var detail = request.Pairwise ? ContradictionOptions.Pairwise(request.PairLimit ?? ContradictionOptions.DefaultPairLimit) : ContradictionOptions.Default;
            ClaimReviewOptions? reviewOptions = null;
            if (format == ReportFormat.ClaimReview)
            {
                var error = ReviewOptions(request, out reviewOptions);
                if (error is not null)
                {
                    return io.UsageError(Name, error.Value.Option, error.Value.Message);
                }
            }
            else
            {
                var stray = new[] { ("--review-url", request.ReviewUrl), ("--reviewer", request.Reviewer), ("--review-date", request.ReviewDate) }.FirstOrDefault(o => o.Item2 is not null);
                if (stray.Item1 is not null)
                {
                    return io.UsageError(Name, stray.Item1, $"applies only to --format claimreview, and the format is {ReportFormats.Name(format)}");
                }
            }

            if (request.Title is not null && request.Title.Trim().Length == 0)
            {
                return io.UsageError(Name, "--title", "must not be empty");
            }

            if (request.SortedByQuantity)
            {
                if (format is not (ReportFormat.Text or ReportFormat.Markdown or ReportFormat.Json))
                {
                    return io.UsageError(Name, SortedReconcile.Option, $"writes text, markdown (a section per quantity) or json (JSON Lines, one report per quantity); html, prov and claimreview need every quantity at once (html puts quantities with findings first); got --format {ReportFormats.Name(format)}");
                }

                if (request.File is null || request.Relations is not null || request.Texts.Length > 0)
                {
                    return io.UsageError(Name, SortedReconcile.Option, request.File is null
                        ? "needs a claims file (CSV or JSON Lines, or - for CSV on standard input)"
                        : "reconciles each quantity alone, so relations between quantities (--relations) and articles (--text) cannot be added");
                }

                return Files.Missing(request.File, "<file>", Name, io) is not null ? ExitCodes.BadInput : SortedReconcile.Run(request, format, io);
            }

            var progress = ProgressDisplay.For(io.Stderr, io.Environment);
            ReconciliationReport report;
            string inputName;
            var large = false;
            if (request.Texts.Length > 0 || request.Outlets.Length > 0 || request.Published.Length > 0)
            {
                if (request.Pairwise)
                {
                    return io.UsageError(Name, "--pairwise", "applies to a claims file; articles read with --text are reconciled with each outlier reported once");
                }

                if (request.File is not null || request.Relations is not null || request.Texts.Length == 0)
                {
                    return request.Texts.Length == 0
                        ? io.UsageError(Name, request.Outlets.Length > 0 ? "--outlet" : "--published", "applies only with --text")
                        : io.UsageError(Name, "--text", request.File is not null ? $"reads articles instead of a claims file; got both --text and \"{request.File}\"" : "the relations come from the articles; --relations cannot be added to --text");
                }

                if (ArticleInput.Reconcile(request.Texts, request.Outlets, request.Published, Name, io, out var articles) is { } failed)
                {
                    return failed;
                }

                report = request.Title is null ? articles!.Report : articles!.Report.WithTitle(request.Title);
                inputName = string.Join(", ", request.Texts);
            }
            else
            {
                if (Files.Missing(request.File, "<file>", Name, io) is not null || Files.Missing(request.Relations, "--relations", Name, io) is not null)
                {
                    return ExitCodes.BadInput;
                }

                if (LargeReconcile.Applies(request, format, io))
                {
                    IReadOnlyList<ValidationProblem>? problems;
                    long written = 0;
                    try
                    {
                        problems = progress.Run(true, "Reconciling " + Path.GetFileName(request.File) + " in parts", determinate: false, _ => LargeReconcile.Run(request, format, detail, io, out written));
                    }
                    catch (LargeReconcile.OutputException e)
                    {
                        return io.UsageError(Name, "--out", $"cannot write \"{request.Out}\": {e.InnerException!.Message}");
                    }

                    if (problems is null)
                    {
                        return Finish(request, io, ReportFormats.Name(format), request.File!, written);
                    }

                    if (problems.Count > 0)
                    {
                        // Listed as validate lists them: read again one claim at a time, none kept.
                        return Problems(new InputLoader(io.Environment, progress, io.Stdin).Load(request.File, request.Relations, keepClaims: false), io);
                    }
                }

                var load = new InputLoader(io.Environment, progress, io.Stdin).Load(request.File, request.Relations);
                if (load.Input is null)
                {
                    return Problems(load, io);
                }

                var input = load.Input;
                var claims = input.Set.Claims.Count;
                large = claims > io.Environment.ProgressThreshold;
                report = progress.Run(large, $"Reconciling {claims:N0} claims", determinate: false, _ =>
                    ReconciliationReport.Create(input.Set, input.Relations, detail).WithTitle(request.Title ?? "ClaimRecon reconciliation of " + Path.GetFileName(input.Name)));
                inputName = input.Name;
            }

            var toTerminal = request.Out is null && io.Environment.StdoutIsTerminal;
            if (format == ReportFormat.Text && toTerminal)
            {
                TextReport.Draw(report, io.Stdout, io.Environment.TerminalWidth);
            }
            else
            {
                var text = progress.Run(large, "Writing the " + ReportFormats.Name(format) + " report", determinate: false, _ => Render(report, format, reviewOptions));
                if (request.Out is null)
                {
                    io.Stdout.Write(text);
                    io.Stdout.Flush();
                }
                else
                {
                    try
                    {
                        File.WriteAllText(request.Out, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                    {
                        return io.UsageError(Name, "--out", $"cannot write \"{request.Out}\": {e.Message}");
                    }
                }
            }

            return Finish(request, io, ReportFormats.Name(format), inputName, report.Contradictions.Findings.Count);
        }

        /// <summary>Says where the report went (when written to a file) and gives the exit code.</summary>
        private static int Finish(ReconcileRequest request, CommandIo io, string format, string inputName, long findings)
        {
            if (request.Out is not null)
            {
                io.Stderr.WriteLine($"claimrecon {Name}: wrote the {format} report of {inputName} to {request.Out}");
            }

            if (request.FailOnFindings && findings > 0)
            {
                io.Stderr.WriteLine($"claimrecon {Name}: {Words.Count(findings, "finding")} (--fail-on-findings).");
                return ExitCodes.Findings;
            }

            return ExitCodes.Ok;
        }

        private static int Problems(LoadResult load, CommandIo io)
        {
            foreach (var problem in load.Problems)
            {
                io.Stderr.WriteLine(TerminalText.Escape(problem.ToString()));
            }

            io.Stderr.WriteLine($"claimrecon {Name}: {Words.Count(load.Problems.Count, "problem")} in the input; nothing was reconciled.");
            return ExitCodes.BadInput;
        }

        private static string Render(ReconciliationReport report, ReportFormat format, ClaimReviewOptions? reviewOptions) => format switch
        {
            ReportFormat.Text => TextReport.Plain(report),
            ReportFormat.Markdown => report.ToMarkdown(),
            ReportFormat.Html => report.ToHtml(),
            ReportFormat.Json => report.ToJson(),
            ReportFormat.Prov => report.ToProvJson(),
            _ => report.ToClaimReview(reviewOptions!),
        };

        private static (string Option, string Message)? ReviewOptions(ReconcileRequest request, out ClaimReviewOptions? options)
        {
            options = null;
            if (request.ReviewUrl is null)
            {
                return ("--review-url", "is required with --format claimreview: the absolute address of the page the reviews are published on");
            }

            if (!Uri.TryCreate(request.ReviewUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                return ("--review-url", $"\"{request.ReviewUrl}\" is not an absolute http(s) address");
            }

            if (request.Reviewer is null || request.Reviewer.Trim().Length == 0)
            {
                return ("--reviewer", $"is required with --format claimreview: the fact-checking organisation's name{(request.Reviewer is null ? string.Empty : "; got \"" + request.Reviewer + "\"")}");
            }

            var date = LocalDate.FromDateTime(DateTime.UtcNow);
            if (request.ReviewDate is not null)
            {
                var parsed = LocalDatePattern.Iso.Parse(request.ReviewDate);
                if (!parsed.Success)
                {
                    return ("--review-date", $"\"{request.ReviewDate}\" is not a date of the form yyyy-mm-dd");
                }

                date = parsed.Value;
            }

            options = new ClaimReviewOptions(url, request.Reviewer.Trim(), date);
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Cli.Commands;
using ClaimRecon.Reporting;

namespace ClaimRecon.Cli.Input
{
    /// <summary>Reads article files for <c>extract</c> and <c>reconcile --text</c> and runs them through <see cref="ArticleReconciler"/>.</summary>
    internal static class ArticleInput
    {
        /// <summary>Reads the files and reconciles them, writing what was read and every problem to standard error.</summary>
        /// <param name="files">The article files, at least one.</param>
        /// <param name="outlets">The <c>--outlet</c> values: none, one for every file, or one per file in order.</param>
        /// <param name="published">The <c>--published</c> values, the same way.</param>
        /// <param name="command">The command's name, for messages.</param>
        /// <param name="io">Where messages go.</param>
        /// <param name="result">The reconciliation, when nothing is wrong.</param>
        /// <returns>Null when nothing is wrong, otherwise the exit code.</returns>
        public static int? Reconcile(IReadOnlyList<string> files, IReadOnlyList<string> outlets, IReadOnlyList<string> published, string command, CommandIo io, out ArticleReconciliation? result)
        {
            result = null;
            foreach (var (values, option) in new[] { (outlets, "--outlet"), (published, "--published") })
            {
                if (values.Count > 1 && values.Count != files.Count)
                {
                    return io.UsageError(command, option, $"given {values.Count} times for {files.Count} files; give it once for all files or once per file, in the files' order");
                }
            }

            foreach (var file in files)
            {
                if (Files.Missing(file, "<file>", command, io) is { } missing)
                {
                    return missing;
                }
            }

            var problems = new List<string>();
            var articles = new List<Article>();
            for (var i = 0; i < files.Count; i++)
            {
                var read = ArticleFile.Read(files[i], Pick(outlets, i), Pick(published, i), problems);
                if (read is null)
                {
                    continue;
                }

                if (read.Published is null)
                {
                    problems.Add($"{files[i]}: published: missing; give --published yyyy-mm-dd or a 'published:' line in the file's header");
                    continue;
                }

                var outlet = read.Outlet ?? Path.GetFileNameWithoutExtension(files[i]);
                if (read.Outlet is null)
                {
                    io.Stderr.WriteLine(TerminalText.Escape($"claimrecon {command}: {files[i]}: no outlet given (--outlet or an 'outlet:' header line); using \"{outlet}\"."));
                }

                if (outlet.Trim().Length > 0)
                {
                    articles.Add(read.PublishedDayOnly
                        ? new Article(read.Text, outlet, read.Published.Value.Date, read.Url, read.Byline)
                        : new Article(read.Text, outlet, read.Published.Value, read.Url, read.Byline));
                }
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    io.Stderr.WriteLine(TerminalText.Escape(problem));
                }

                io.Stderr.WriteLine($"claimrecon {command}: {problems.Count} problem(s) in the articles; nothing was read.");
                return ExitCodes.BadInput;
            }

            result = ArticleReconciler.Reconcile(articles);
            Summarise(result, command, io.Stderr);
            return null;
        }

        /// <summary>Writes what was read: counts, figures whose quantity was not recognised, and the relations proposed.</summary>
        private static void Summarise(ArticleReconciliation result, string command, TextWriter stderr)
        {
            var shared = result.Alignment.Quantities.Count(q => q.SpansArticles);
            stderr.WriteLine($"claimrecon {command}: read {result.Mentions.Count} figure(s) in {result.Readings.Count} article(s): {result.Claims.Claims.Count} claim(s) about {result.Alignment.Quantities.Count} quantit{(result.Alignment.Quantities.Count == 1 ? "y" : "ies")} ({shared} in more than one article).");
            foreach (var m in result.Unrecognised)
            {
                stderr.WriteLine(TerminalText.Escape($"  not recognised: \"{m.Mention.Text}\" in {m.ArticleId} at {m.Mention.Start} (claim {result.ClaimIdOf(m.Id)}): no thing, event or unit says what it measures; review it."));
            }

            foreach (var p in result.ProposedRelations)
            {
                stderr.WriteLine(TerminalText.Escape($"  {p} in {p.ArticleId}: \u201C{p.Sentence}\u201D"));
            }
        }

        private static string? Pick(IReadOnlyList<string> values, int i) => values.Count == 0 ? null : values.Count == 1 ? values[0] : values[i];
    }
}

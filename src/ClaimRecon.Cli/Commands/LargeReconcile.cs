using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Spilling;
using ClaimRecon.Contradictions;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>
    /// <c>claimrecon reconcile</c> of a claims file over <see cref="CliEnvironment.SpillThresholdBytes"/>: the same report
    /// as reading the whole file, made in parts (<see cref="SpilledReport"/>) so that memory holds one bucket of
    /// quantities at a time, not the file. Used for text, JSON and Markdown without <c>--relations</c> (relations tie
    /// quantities together; HTML, PROV and ClaimReview are written from the whole report).
    /// </summary>
    internal static class LargeReconcile
    {
        /// <summary>Describes whether a request is reconciled in parts.</summary>
        /// <param name="request">The request (a claims file, not articles).</param>
        /// <param name="format">The format.</param>
        /// <param name="io">The environment, with the threshold.</param>
        /// <returns>True for a file (not standard input) at least the threshold's size, no relations, and text (not drawn on a terminal), JSON or Markdown.</returns>
        public static bool Applies(ReconcileRequest request, ReportFormat format, CommandIo io)
        {
            if (request.File is null || request.File == InputLoader.StandardInput || request.Relations is not null)
            {
                return false;
            }

            var drawn = format == ReportFormat.Text && request.Out is null && io.Environment.StdoutIsTerminal;
            return !drawn && format is ReportFormat.Text or ReportFormat.Json or ReportFormat.Markdown
                && new FileInfo(request.File).Length >= io.Environment.SpillThresholdBytes;
        }

        /// <summary>Reconciles the file in parts and writes the report.</summary>
        /// <param name="request">The request.</param>
        /// <param name="format">Text, JSON or Markdown.</param>
        /// <param name="options">How much detail the findings give.</param>
        /// <param name="io">Where to write.</param>
        /// <param name="findings">The number of findings.</param>
        /// <returns>
        /// Null when the report was written; otherwise the problems in the input (nothing written), or an empty list when
        /// the claims cannot be reconciled in parts (a denial naming a claim about another quantity): the caller then reads the whole file.
        /// </returns>
        public static IReadOnlyList<ValidationProblem>? Run(ReconcileRequest request, ReportFormat format, ContradictionOptions options, CommandIo io, out long findings)
        {
            findings = 0;
            var path = request.File!;
            var directory = Path.Combine(Path.GetTempPath(), "claimrecon-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                var count = (int)Math.Clamp((new FileInfo(path).Length + io.Environment.SpillBucketBytes - 1) / io.Environment.SpillBucketBytes, 1, 256);
                using var buckets = new ClaimBuckets(directory, count);
                var origins = new HashSet<string>(StringComparer.Ordinal);
                var claims = 0;
                void Add(Claim claim)
                {
                    buckets.Add(claim);
                    origins.Add(claim.Attribution.Origin);
                    claims = checked(claims + 1);
                }

                if (InputLoader.IsCsv(path) || InputLoader.IsJsonLines(path))
                {
                    using var reader = InputLoader.IsJsonLines(path) ? ClaimReader.JsonLines(File.OpenRead(path)) : ClaimReader.Csv(File.OpenRead(path));
                    while (reader.Read())
                    {
                        Add(reader.Current);
                    }

                    if (reader.Problems.Count > 0)
                    {
                        return reader.Problems;
                    }

                    buckets.Complete(reader.FindSource, reader.ClaimedQuantities());
                }
                else
                {
                    using var file = File.OpenRead(path);
                    var read = ClaimJsonReader.ReadClaimed(file, Add, out var claimed);
                    if (!read.Success)
                    {
                        return read.Problems;
                    }

                    var set = read.Value!;
                    buckets.Complete(id => set.TryGetSource(id, out var source) ? source : null, claimed);
                }

                using var report = new SpilledReport(format, options, directory, io.Environment.SpillRunLength);
                for (var i = 0; i < buckets.Count; i++)
                {
                    if (buckets.Read(i) is { } bucket)
                    {
                        if (!bucket.Success)
                        {
                            return Array.Empty<ValidationProblem>();
                        }

                        report.Add(bucket.Value!);
                    }
                }

                findings = report.Findings;
                var title = request.Title ?? "ClaimRecon reconciliation of " + Path.GetFileName(path);
                using var output = request.Out is null ? null : Open(request.Out);
                report.Write(output ?? io.Stdout, title, claims, origins.Count);
                (output ?? io.Stdout).Flush();
                return null;
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static StreamWriter Open(string path)
        {
            try
            {
                return new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new OutputException(e);
            }
        }

        /// <summary>The <c>--out</c> file cannot be opened; the inner exception says why.</summary>
        internal sealed class OutputException : Exception
        {
            /// <summary>Wraps the reason.</summary>
            /// <param name="inner">Why the file cannot be opened.</param>
            public OutputException(Exception inner)
                : base(inner.Message, inner)
            {
            }
        }
    }
}

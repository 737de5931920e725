using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Spilling;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>
    /// <c>claimrecon reconcile</c> of a claims file over <see cref="CliEnvironment.SpillThresholdBytes"/>: the same report
    /// as reading the whole file, made in parts (<see cref="SpilledReport"/>) so that memory holds one bucket of
    /// quantities at a time, not the file. Used for text, JSON and Markdown (HTML, PROV and ClaimReview are written from
    /// the whole report). With <c>--relations</c>, quantities that relations tie together share a bucket.
    /// </summary>
    internal static class LargeReconcile
    {
        /// <summary>Describes whether a request is reconciled in parts.</summary>
        /// <param name="request">The request (a claims file, not articles).</param>
        /// <param name="format">The format.</param>
        /// <param name="io">The environment, with the threshold.</param>
        /// <returns>True for a file (not standard input) at least the threshold's size, and text (not drawn on a terminal), JSON or Markdown.</returns>
        public static bool Applies(ReconcileRequest request, ReportFormat format, CommandIo io)
        {
            if (request.File is null || request.File == InputLoader.StandardInput)
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
        /// Null when the report was written; otherwise the problems in the claims or the relations (nothing written: the
        /// caller lists them as <c>validate</c> does), or an empty list when the claims cannot be reconciled in parts (a
        /// denial naming a claim about another quantity): the caller then reads the whole file.
        /// </returns>
        public static IReadOnlyList<ValidationProblem>? Run(ReconcileRequest request, ReportFormat format, ContradictionOptions options, CommandIo io, out long findings)
        {
            findings = 0;
            var path = request.File!;
            RelationGroups? groups = null;
            if (request.Relations is { } relationsFile)
            {
                using var stream = File.OpenRead(relationsFile);
                var problems = RelationsReader.Read(stream, relationsFile, out var relations);
                if (problems.Count > 0)
                {
                    return new[] { new ValidationProblem("$", relationsFile, problems[0].ToString()) };
                }

                groups = new RelationGroups(relations);
            }

            var directory = Path.Combine(Path.GetTempPath(), "claimrecon-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                var count = (int)Math.Clamp((new FileInfo(path).Length + io.Environment.SpillBucketBytes - 1) / io.Environment.SpillBucketBytes, 1, 256);
                using var buckets = new ClaimBuckets(directory, count, groups is null ? null : groups.PlaceBy);
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

                    if (RelationQuantities(groups, reader.FindQuantity, out var named) is { } failed)
                    {
                        return failed;
                    }

                    buckets.Complete(reader.FindSource, Claimed(reader.ClaimedQuantities(), named), named?.Values);
                }
                else
                {
                    using var file = File.OpenRead(path);
                    var read = ClaimJsonReader.ReadClaimed(file, Add, out var claimed, out var find);
                    if (!read.Success)
                    {
                        return read.Problems;
                    }

                    if (RelationQuantities(groups, find, out var named) is { } failed)
                    {
                        return failed;
                    }

                    var set = read.Value!;
                    buckets.Complete(id => set.TryGetSource(id, out var source) ? source : null, Claimed(claimed, named), named?.Values);
                }

                var byBucket = groups?.ByBucket(buckets.Index, buckets.Count);
                using var report = new SpilledReport(format, options, directory, io.Environment.SpillRunLength, groups?.Relations.Count ?? 0);
                for (var i = 0; i < buckets.Count; i++)
                {
                    if (buckets.Read(i) is { } bucket)
                    {
                        if (!bucket.Success)
                        {
                            return Array.Empty<ValidationProblem>();
                        }

                        var numbers = byBucket?[i];
                        report.Add(bucket.Value!, numbers?.ConvertAll(r => groups!.Relations[r]), numbers);
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

        /// <summary>
        /// Looks up every quantity the relations name and checks each relation against them, as reading the whole file
        /// does (known keys, units that give the target's unit).
        /// </summary>
        /// <param name="groups">The relations, or null for none.</param>
        /// <param name="find">The input's quantities by key.</param>
        /// <param name="named">The quantities the relations name, by key, in the relations' order; null without relations.</param>
        /// <returns>Null when every relation holds; otherwise a problem (the caller lists them all by reading the file again).</returns>
        private static ValidationProblem[]? RelationQuantities(RelationGroups? groups, Func<QuantityKey, Quantity?> find, out Dictionary<QuantityKey, Quantity>? named)
        {
            named = null;
            if (groups is null)
            {
                return null;
            }

            named = new Dictionary<QuantityKey, Quantity>();
            foreach (var key in groups.Keys)
            {
                if (find(key) is { } quantity)
                {
                    named.Add(key, quantity);
                }
            }

            var found = named;
            foreach (var relation in groups.Relations)
            {
                if (RelationCheck.Error(relation, key => found.TryGetValue(key, out var quantity) ? quantity : null) is { } error)
                {
                    return new[] { new ValidationProblem("$", relation.ToString(), error) };
                }
            }

            return null;
        }

        /// <summary>The claimed quantities, each taken out of <paramref name="named"/> as it passes, so that what is left there has no claims.</summary>
        private static IEnumerable<Quantity> Claimed(IEnumerable<Quantity> claimed, Dictionary<QuantityKey, Quantity>? named)
        {
            foreach (var quantity in claimed)
            {
                named?.Remove(quantity.Key);
                yield return quantity;
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

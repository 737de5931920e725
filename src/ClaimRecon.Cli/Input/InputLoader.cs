using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Output;
using ClaimRecon.Contradictions;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// Reads claims (JSON in the package's format, or CSV) and relations, from files or from the bundled sample, and
    /// reports every problem with its file, place and value.
    /// </summary>
    /// <remarks>
    /// CSV is read record by record. JSON is handed to <see cref="ClaimJson.Read(TextReader)"/> as a stream, but that
    /// reader builds the whole document in memory before checking it. Progress is shown for inputs over the
    /// environment's threshold: for CSV once that many rows have been read, for JSON when the file is larger than that
    /// many claims of <see cref="MinimumJsonBytesPerClaim"/> bytes could be.
    /// </remarks>
    internal sealed class InputLoader
    {
        /// <summary>The display name of the bundled sample.</summary>
        public const string BundledName = "bundled sample seed-story.json";

        /// <summary>The file argument that means standard input.</summary>
        public const string StandardInput = "-";

        /// <summary>The display name of standard input in problems and titles.</summary>
        public const string StandardInputName = "standard input";

        /// <summary>The fewest bytes a claim takes in the JSON format (a compact claim with a short id).</summary>
        public const int MinimumJsonBytesPerClaim = 160;

        private const string ClaimsResource = "ClaimRecon.Cli.Samples.seed-story.json";
        private const string RelationsResource = "ClaimRecon.Cli.Samples.seed-story.relations.json";

        private readonly CliEnvironment _environment;
        private readonly ProgressDisplay _progress;
        private readonly TextReader _stdin;

        /// <summary>Creates a loader.</summary>
        /// <param name="environment">The threshold for progress.</param>
        /// <param name="progress">Where progress is shown.</param>
        /// <param name="stdin">Standard input, read for the file <c>-</c>.</param>
        public InputLoader(CliEnvironment environment, ProgressDisplay progress, TextReader stdin)
        {
            _environment = environment;
            _progress = progress;
            _stdin = stdin;
        }

        /// <summary>Describes the kind of file a path names: CSV for <c>.csv</c>, JSON for <c>.json</c>, otherwise by its first character.</summary>
        /// <param name="path">An existing file.</param>
        /// <returns>True for CSV.</returns>
        public static bool IsCsv(string path)
        {
            var extension = Path.GetExtension(path);
            if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            int c;
            while ((c = reader.Read()) != -1 && char.IsWhiteSpace((char)c))
            {
            }

            return c != '{';
        }

        /// <summary>Reads the claims and relations.</summary>
        /// <param name="claimsPath">The claims file, or null for the bundled sample.</param>
        /// <param name="relationsPath">The relations file, or null: none for a file, the sample's own for the bundled sample.</param>
        /// <returns>The input or every problem.</returns>
        /// <exception cref="IOException">A file cannot be read.</exception>
        public LoadResult Load(string? claimsPath, string? relationsPath)
        {
            var name = claimsPath == StandardInput ? StandardInputName : claimsPath ?? BundledName;
            var problems = new List<InputProblem>();
            ClaimSet? set;
            if (claimsPath is null)
            {
                using var stream = OpenResource(ClaimsResource);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                set = Collect(ClaimJson.Read(reader), name, problems);
            }
            else if (claimsPath == StandardInput)
            {
                set = ReadStandardInput(problems);
            }
            else if (IsCsv(claimsPath))
            {
                set = ReadCsv(claimsPath, problems);
            }
            else
            {
                set = ReadJson(claimsPath, problems);
            }

            IReadOnlyList<DerivedRelation> relations = Array.Empty<DerivedRelation>();
            var relationsName = relationsPath ?? (claimsPath is null ? "bundled sample seed-story.relations.json" : null);
            if (relationsName is not null)
            {
                using var stream = relationsPath is null ? OpenResource(RelationsResource) : File.OpenRead(relationsPath);
                problems.AddRange(RelationsReader.Read(stream, relationsName, out relations, out var positions));
                if (set is not null)
                {
                    problems.AddRange(CheckRelations(set, relations, positions, relationsName));
                }
            }

            return problems.Count == 0 ? new LoadResult(new LoadedInput(name, set!, relations), Array.Empty<InputProblem>()) : LoadResult.Failed(problems);
        }

        private static ClaimSet? Collect(ClaimReadResult result, string file, List<InputProblem> problems)
        {
            problems.AddRange(result.Problems.Select(p => InputProblem.AtPath(file, p.Path, p.Value, p.Message)));
            return result.Success ? result.Value : null;
        }

        /// <summary>Checks each relation against the claim set's quantities (known keys, units that give the target's unit).</summary>
        private static IEnumerable<InputProblem> CheckRelations(ClaimSet set, IReadOnlyList<DerivedRelation> relations, IReadOnlyList<int> positions, string file)
        {
            for (var i = 0; i < relations.Count; i++)
            {
                string? error = null;
                try
                {
                    ContradictionDetector.For(set, new[] { relations[i] });
                }
                catch (ArgumentException e)
                {
                    error = e.Message;
                }

                if (error is not null)
                {
                    yield return InputProblem.AtPath(file, $"$[{positions[i]}]", JsonText.Quote(relations[i].ToString()), error);
                }
            }
        }

        private static Stream OpenResource(string name) =>
            typeof(InputLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool was built without its bundled resource \"{name}\".");

        private ClaimSet? ReadJson(string path, List<InputProblem> problems)
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var large = file.Length > (long)_environment.ProgressThreshold * MinimumJsonBytesPerClaim;
            return _progress.Run(large, "Reading " + Path.GetFileName(path), determinate: true, report =>
            {
                // Bytes go to the token reader as they are, so a byte that is not UTF-8 is reported, not replaced.
                using var stream = new ProgressStream(file, report);
                return Collect(ClaimJson.Read(stream), path, problems);
            });
        }

        /// <summary>Reads claims from standard input: JSON when its first character that is not white space is <c>{</c>, otherwise CSV.</summary>
        /// <remarks>The white space looked at is handed on to the reader, so CSV line numbers stay those of the input.</remarks>
        private ClaimSet? ReadStandardInput(List<InputProblem> problems)
        {
            var skipped = new StringBuilder();
            int next;
            while ((next = _stdin.Peek()) != -1 && char.IsWhiteSpace((char)next))
            {
                skipped.Append((char)_stdin.Read());
            }

            var text = new PrefixedReader(skipped.ToString(), _stdin);
            if (next == '{')
            {
                return Collect(ClaimJson.Read(text), StandardInputName, problems);
            }

            var reader = new CsvClaimReader(text, StandardInputName);
            problems.AddRange(reader.Finish(out var set));
            return set;
        }

        /// <summary>The 1-based line of the first byte sequence that is not UTF-8 (the file is read once more, a block at a time).</summary>
        private static int LineOfFirstInvalidByte(string path)
        {
            var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
            var buffer = new byte[1 << 16];
            var chars = new char[(1 << 16) + 4];
            var line = 1;
            using var file = File.OpenRead(path);
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var start = 0; start < read; start += 4096)
                {
                    var count = Math.Min(4096, read - start);
                    try
                    {
                        decoder.GetChars(buffer, start, count, chars, 0, flush: false);
                    }
                    catch (DecoderFallbackException)
                    {
                        return line + CountLines(buffer, start, count, stopAtInvalid: true);
                    }

                    line += CountLines(buffer, start, count, stopAtInvalid: false);
                }
            }

            return line;
        }

        private static int CountLines(byte[] bytes, int start, int count, bool stopAtInvalid)
        {
            var lines = 0;
            var check = new UTF8Encoding(false, throwOnInvalidBytes: true);
            for (var i = start; i < start + count; i++)
            {
                if (stopAtInvalid)
                {
                    // Within the failing block, stop at the first line that does not decode by itself.
                    var end = Array.IndexOf(bytes, (byte)'\n', i, start + count - i);
                    var length = (end < 0 ? start + count : end) - i;
                    try
                    {
                        check.GetCharCount(bytes, i, length);
                    }
                    catch (DecoderFallbackException)
                    {
                        return lines;
                    }

                    if (end < 0)
                    {
                        return lines;
                    }

                    i = end;
                    lines++;
                }
                else if (bytes[i] == (byte)'\n')
                {
                    lines++;
                }
            }

            return lines;
        }

        private ClaimSet? ReadCsv(string path, List<InputProblem> problems)
        {
            Action<double> report = _ => { };
            using var stream = new ProgressStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), fraction => report(fraction));
            // Strict UTF-8: a byte that is not UTF-8 is a problem, never a silent U+FFFD.
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            var reader = new CsvClaimReader(text, path);
            try
            {
                var more = true;
                while (more && reader.RowCount < _environment.ProgressThreshold)
                {
                    more = reader.ReadNext();
                }

                // Past the threshold the rest is read under a progress bar (when standard error is a terminal).
                _progress.Run(more, "Reading " + Path.GetFileName(path), determinate: true, update =>
                {
                    report = update;
                    while (reader.ReadNext())
                    {
                    }

                    return true;
                });
            }
            catch (DecoderFallbackException e)
            {
                problems.Add(InputProblem.AtLine(path, LineOfFirstInvalidByte(path), null, "0x" + BitConverter.ToString(e.BytesUnknown ?? Array.Empty<byte>()).Replace("-", string.Empty), "the line holds bytes that are not UTF-8 text"));
                return null;
            }

            problems.AddRange(reader.Finish(out var set));
            return set;
        }
    }
}

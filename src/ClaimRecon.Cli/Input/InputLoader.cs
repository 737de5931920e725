using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Output;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// Reads claims (JSON in the package's format, or CSV) and relations, from files or from the bundled sample, and
    /// reports every problem with its file, place and value.
    /// </summary>
    /// <remarks>
    /// CSV is read record by record by the library's <see cref="ClaimReader"/>; JSON by <see cref="ClaimJson.Read(Stream)"/>
    /// token by token. Progress is shown for inputs over the environment's threshold: when the file is larger than that
    /// many claims of <see cref="TypicalCsvBytesPerClaim"/> (CSV) or <see cref="MinimumJsonBytesPerClaim"/> (JSON) bytes.
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

        /// <summary>The bytes a CSV claim row typically takes at least (id, quantity, unit, hedge, value, attribution, time).</summary>
        public const int TypicalCsvBytesPerClaim = 40;

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
        /// <param name="keepClaims">False to check CSV and JSON Lines claims one at a time without keeping them (for <c>validate</c>): the set then holds only the sources and quantities, and <see cref="LoadedInput.ClaimCount"/> counts the claims.</param>
        /// <returns>The input or every problem.</returns>
        /// <exception cref="IOException">A file cannot be read.</exception>
        public LoadResult Load(string? claimsPath, string? relationsPath, bool keepClaims = true)
        {
            Counts? counted = null;
            IReadOnlyList<DerivedRelation> relations = Array.Empty<DerivedRelation>();
            IReadOnlyList<int> positions = Array.Empty<int>();
            var relationProblems = new List<InputProblem>();
            var relationsName = relationsPath ?? (claimsPath is null ? "bundled sample seed-story.relations.json" : null);
            if (relationsName is not null)
            {
                using var stream = relationsPath is null ? OpenResource(RelationsResource) : File.OpenRead(relationsPath);
                relationProblems.AddRange(RelationsReader.Read(stream, relationsName, out relations, out positions));
            }

            // Claims not kept: only the quantities the relations name are built, to check the relations against.
            var needed = keepClaims || claimsPath is null ? null : new HashSet<QuantityKey>(relations.SelectMany(r => r.Operands.Prepend(r.Target)));
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
                set = ReadStandardInput(problems, keepClaims, needed, out counted);
            }
            else if (IsJsonLines(claimsPath))
            {
                set = ReadLines(claimsPath, problems, csv: false, keepClaims, needed, out counted);
            }
            else if (IsCsv(claimsPath))
            {
                set = ReadLines(claimsPath, problems, csv: true, keepClaims, needed, out counted);
            }
            else
            {
                set = ReadJson(claimsPath, problems, keepClaims, needed, out counted);
            }

            problems.AddRange(relationProblems);
            if (relationsName is not null && set is not null)
            {
                problems.AddRange(CheckRelations(set, relations, positions, relationsName));
            }

            return problems.Count == 0
                ? new LoadResult(new LoadedInput(name, set!, relations) { ClaimCount = counted?.Claims ?? set!.Claims.Count, QuantityCount = counted?.Quantities ?? set!.Quantities.Count }, Array.Empty<InputProblem>())
                : LoadResult.Failed(problems);
        }

        private static ClaimSet? Collect(ClaimReadResult result, string file, List<InputProblem> problems)
        {
            problems.AddRange(result.Problems.Select(p => Problem(file, p)));
            return result.Success ? result.Value : null;
        }

        /// <summary>A library problem as the tool shows it: CSV problems by line and column, JSON ones by path.</summary>
        private static InputProblem Problem(string file, ValidationProblem p) =>
            p.Line is { } line ? new InputProblem(file, line, p.Column, p.Column is null && p.Path.StartsWith("$", StringComparison.Ordinal) ? p.Path : null, p.Value, p.Message)
            : InputProblem.AtPath(file, p.Path, p.Value, p.Message);

        /// <summary>Checks each relation against the claim set's quantities (known keys, units that give the target's unit).</summary>
        private static IEnumerable<InputProblem> CheckRelations(ClaimSet set, IReadOnlyList<DerivedRelation> relations, IReadOnlyList<int> positions, string file)
        {
            for (var i = 0; i < relations.Count; i++)
            {
                if (RelationCheck.Error(relations[i], key => set.TryGetQuantity(key, out var quantity) ? quantity : null) is { } error)
                {
                    yield return InputProblem.AtPath(file, $"$[{positions[i]}]", JsonText.Quote(relations[i].ToString()), error);
                }
            }
        }

        private static Stream OpenResource(string name) =>
            typeof(InputLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool was built without its bundled resource \"{name}\".");

        private ClaimSet? ReadJson(string path, List<InputProblem> problems, bool keepClaims, IReadOnlyCollection<QuantityKey>? needed, out Counts? counted)
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var large = file.Length > (long)_environment.ProgressThreshold * MinimumJsonBytesPerClaim;
            Counts? count = null;
            var set = _progress.Run(large, "Reading " + Path.GetFileName(path), determinate: true, report =>
            {
                // Bytes go to the token reader as they are, so a byte that is not UTF-8 is reported, not replaced.
                using var stream = new ProgressStream(file, report);
                return ReadJson(stream, keepClaims, needed, path, problems, out count);
            });
            counted = count;
            return set;
        }

        /// <summary>
        /// Reads a JSON document into a claim set, or (not keeping claims) only counting the claims it checks: the set then
        /// holds the quantities in <paramref name="needed"/> only, so that a document of one claim per quantity is not
        /// built into a million quantities to count them.
        /// </summary>
        private static ClaimSet? ReadJson(Stream stream, bool keepClaims, IReadOnlyCollection<QuantityKey>? needed, string file, List<InputProblem> problems, out Counts? counted)
        {
            counted = null;
            if (keepClaims || needed is null)
            {
                return Collect(ClaimJson.Read(stream), file, problems);
            }

            long count = 0;
            var set = Collect(ClaimJsonReader.ReadCounting(stream, _ => count++, out var quantities, out var find), file, problems);
            counted = set is null ? null : new Counts(count, quantities);
            return set is null || needed.Count == 0 ? set : ClaimSet.Create(set.Sources, Found(needed, find), Array.Empty<Claim>());
        }

        /// <summary>The quantities among <paramref name="keys"/> that the input declares or names (the others are for the relations check to report).</summary>
        private static IEnumerable<Quantity> Found(IEnumerable<QuantityKey> keys, Func<QuantityKey, Quantity?> find)
        {
            foreach (var key in keys)
            {
                if (find(key) is { } quantity)
                {
                    yield return quantity;
                }
            }
        }

        /// <summary>Reads claims from standard input: JSON when its first character that is not white space is <c>{</c>, otherwise CSV.</summary>
        /// <remarks>The white space looked at is handed on to the reader, so CSV line numbers stay those of the input.</remarks>
        private ClaimSet? ReadStandardInput(List<InputProblem> problems, bool keepClaims, IReadOnlyCollection<QuantityKey>? needed, out Counts? counted)
        {
            counted = null;
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

            using var reader = ClaimReader.Csv(text);
            return Collect(reader, keepClaims, needed, StandardInputName, problems, out counted);
        }

        /// <summary>Describes whether a path names JSON Lines: a name ending in <c>.jsonl</c> or <c>.ndjson</c>.</summary>
        /// <param name="path">The path.</param>
        /// <returns>True for JSON Lines.</returns>
        public static bool IsJsonLines(string path)
        {
            var extension = Path.GetExtension(path);
            return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase);
        }

        private ClaimSet? ReadLines(string path, List<InputProblem> problems, bool csv, bool keepClaims, IReadOnlyCollection<QuantityKey>? needed, out Counts? counted)
        {
            Counts? count = null;
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var large = file.Length > (long)_environment.ProgressThreshold * (csv ? TypicalCsvBytesPerClaim : MinimumJsonBytesPerClaim);
            var set = _progress.Run(large, "Reading " + Path.GetFileName(path), determinate: true, report =>
            {
                // Bytes go to the reader as they are: a byte that is not UTF-8 is a problem naming its line, never a silent U+FFFD.
                using var stream = new ProgressStream(file, report);
                using var reader = csv ? ClaimReader.Csv(stream) : ClaimReader.JsonLines(stream);
                return Collect(reader, keepClaims, needed, path, problems, out count);
            });
            counted = count;
            return set;
        }

        /// <summary>
        /// Reads the rest of a line-based reader: into a claim set, or (not keeping claims) only counting them, which takes
        /// no memory per claim beyond its id; the set then holds only the quantities in <paramref name="needed"/> (those
        /// relations name, to check them), so that a file of one claim per quantity is not held as quantities instead.
        /// </summary>
        private static ClaimSet? Collect(ClaimReader reader, bool keepClaims, IReadOnlyCollection<QuantityKey>? needed, string file, List<InputProblem> problems, out Counts? counted)
        {
            counted = null;
            if (keepClaims || needed is null)
            {
                return Collect(reader.ReadToEnd(), file, problems);
            }

            while (reader.Read())
            {
            }

            counted = new Counts(reader.ClaimCount, reader.QuantityCount);
            var found = reader.Problems.Select(p => Problem(file, p)).OrderBy(p => p.Line ?? int.MaxValue).ToList();
            problems.AddRange(found);
            return found.Count == 0 ? ClaimSet.Create(reader.Sources, Found(needed, reader.FindQuantity), Array.Empty<Claim>()) : null;
        }

        /// <summary>What a reading that does not keep claims counted.</summary>
        /// <param name="Claims">The claims read.</param>
        /// <param name="Quantities">The quantities declared.</param>
        private readonly record struct Counts(long Claims, int Quantities);
    }
}

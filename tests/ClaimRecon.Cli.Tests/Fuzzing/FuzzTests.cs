using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Output;
using ClaimRecon.Cli.Tests.Support;
using ClaimRecon.Reporting;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>
    /// Seeded mutations of the sample claims (JSON and CSV) and relations, through reading, reconciling and every output
    /// format. <c>CLAIMRECON_FUZZ_CASES</c> sets the number of cases (default 20,000; 1,000,000 for a long local run),
    /// <c>CLAIMRECON_FUZZ_SEED</c> the first seed (default 1, so CI is repeatable; each failure prints its own seed), and
    /// <c>CLAIMRECON_FUZZ_REPORT</c> a file the counts are written to.
    /// </summary>
    public sealed class FuzzTests
    {
        private const int DefaultCases = 20_000;
        private const string SlowMark = " took ";

        // CI runs the same 20,000 cases every time, so a failure is a regression and never a flake; set
        // CLAIMRECON_FUZZ_SEED to explore other cases (the long local run does).
        private const int DefaultSeed = 1;
        private static readonly ClaimReviewOptions Review = new(new Uri("https://factcheck.example.org/review"), "Fuzz Desk", new LocalDate(2026, 3, 2));
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void MutatedInputs_NeverCrash_NameEveryProblem_ChangeNothingSilently_AndStayTextInEveryOutput()
        {
            var cases = int.TryParse(Environment.GetEnvironmentVariable("CLAIMRECON_FUZZ_CASES"), out var n) ? n : DefaultCases;
            var seed = int.TryParse(Environment.GetEnvironmentVariable("CLAIMRECON_FUZZ_SEED"), out var s) ? s : DefaultSeed;
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var json = File.ReadAllText(Tool.Data("seed-story.json"));
            var relations = File.ReadAllText(Tool.Data("seed-story.relations.json"));
            var csvBases = new[] { CsvSamples.Denial, CsvSamples.Agreement };
            using var dir = new TempDir();
            var loader = new InputLoader(CliEnvironment.Redirected, ProgressDisplay.For(TextWriter.Null, CliEnvironment.Redirected), TextReader.Null);
            var clock = Stopwatch.StartNew();
            var failures = new List<string>();
            for (var i = 0; i < cases && failures.Count < 20; i++)
            {
                var caseSeed = unchecked(seed + i);
                var mutator = new Mutator(caseSeed);
                var kind = (caseSeed & 0x7FFFFFFF) % 4;
                string? failure;
                try
                {
                    var bytes = kind switch
                    {
                        0 or 1 => mutator.Json(Subset(json, caseSeed)),
                        2 => mutator.Csv(csvBases[caseSeed & 1]),
                        _ => mutator.Json(relations),
                    };
                    string? Run(SortedDictionary<string, long> into) => kind switch
                    {
                        0 or 1 => RunClaims(dir, loader, bytes, "case.json", null, into),
                        2 => RunClaims(dir, loader, bytes, "case.csv", null, into),
                        _ => RunClaims(dir, loader, bytes, "case.relations.json", Tool.Data("seed-story.json"), into),
                    };
                    failure = Run(counts);

                    // A slow case is run once more before it counts: the first cases of a run pay for compiling the
                    // code, and a shared machine can stall one case; a real hang is slow both times.
                    if (failure is not null && failure.Contains(SlowMark, StringComparison.Ordinal) && Run(new SortedDictionary<string, long>(StringComparer.Ordinal)) is null)
                    {
                        Count(counts, "slow once, fast when run again");
                        failure = null;
                    }
                }
                catch (Exception e)
                {
                    failure = "exception: " + e;
                }

                Count(counts, kind switch { 0 or 1 => "cases: JSON claims", 2 => "cases: CSV claims", _ => "cases: relations" });
                if (failure is not null)
                {
                    failures.Add($"seed {caseSeed} (run with CLAIMRECON_FUZZ_SEED={caseSeed} CLAIMRECON_FUZZ_CASES=1): {failure}\n  mutations: {string.Join("; ", mutator.Log)}");
                }
            }

            var summary = $"fuzz: first seed {seed}, {cases:N0} cases in {clock.Elapsed.TotalSeconds:F1} s\n" + string.Join("\n", counts.Select(c => $"  {c.Key}: {c.Value:N0}"));
            _output.WriteLine(summary);
            if (Environment.GetEnvironmentVariable("CLAIMRECON_FUZZ_REPORT") is { Length: > 0 } report)
            {
                File.WriteAllText(report, summary + "\n" + string.Join("\n", failures) + "\n");
            }

            Assert.True(failures.Count == 0, $"first seed {seed}\n" + string.Join("\n", failures));
        }

        /// <summary>The sample with a random handful of its claims, so each case is small and the run covers many.</summary>
        private static string Subset(string json, int seed)
        {
            var random = new Random(seed ^ 0x5EED);
            var root = JsonNode.Parse(json)!.AsObject();
            var claims = root["claims"]!.AsArray();
            var keep = random.Next(1, Math.Min(8, claims.Count) + 1);
            while (claims.Count > keep)
            {
                claims.RemoveAt(random.Next(claims.Count));
            }

            return root.ToJsonString();
        }

        private static void Count(SortedDictionary<string, long> counts, string key) => counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;

        private static string? RunClaims(TempDir dir, InputLoader loader, byte[] bytes, string name, string? claimsFile, SortedDictionary<string, long> counts)
        {
            var path = dir.File(name);
            File.WriteAllBytes(path, bytes);
            if (Environment.GetEnvironmentVariable("CLAIMRECON_FUZZ_SAVE") is { Length: > 0 } save)
            {
                File.WriteAllBytes(Path.Combine(save, name), bytes);
            }

            var clock = Stopwatch.StartNew();
            var load = claimsFile is null ? loader.Load(path, null) : loader.Load(claimsFile, path);
            foreach (var problem in load.Problems)
            {
                if (problem.Path is null && problem.Line is null)
                {
                    return "problem without a path or line: " + problem;
                }

                if (problem.Value is null && !Absent(problem.Message))
                {
                    return "problem without a value: " + problem;
                }

                if (problem.ToString().Length > 2_000)
                {
                    return $"problem of {problem.ToString().Length} characters (an input value echoed whole?)";
                }
            }

            // One in eight relations files (by length), accepted or not, goes through the tool both ways too: with
            // relations, the parts put related quantities together and check the relations before any bucket is reconciled.
            if (claimsFile is not null && (bytes.Length & 7) == 0 && InParts(claimsFile, path, counts) is { } relationParts)
            {
                return relationParts;
            }

            if (load.Input is null)
            {
                Count(counts, "rejected with problems");
                Count(counts, "problems reported", load.Problems.Count);
                return Slow(clock, "read");
            }

            Count(counts, "accepted");
            if (claimsFile is null && name.EndsWith(".json", StringComparison.Ordinal) && AcceptedInputOracle.Check(bytes, load.Input.Set) is { } changed)
            {
                return changed;
            }

            if (name.EndsWith(".csv", StringComparison.Ordinal) && AcceptedCsvOracle.Check(bytes, load.Input.Set) is { } changedCsv)
            {
                return changedCsv;
            }

            var report = ReconciliationReport.Create(load.Input.Set, load.Input.Relations);
            Count(counts, "findings", report.Contradictions.Findings.Count);
            if (claimsFile is null && (bytes.Length & 3) == 0 && InParts(path, null, counts) is { } parts)
            {
                return parts;
            }

            return OutputChecks.Terminal(report.ToText()) is { } t ? "text: " + t
                : OutputChecks.Terminal(TextReport.Plain(report)) is { } p ? "tool text: " + p
                : OutputChecks.Markdown(report.ToMarkdown()) is { } m ? "markdown: " + m
                : OutputChecks.Html(report.ToHtml()) is { } h ? "html: " + h
                : OutputChecks.Json(report.ToJson()) is { } j ? "json: " + j
                : OutputChecks.Json(report.ToProvJson()) is { } v ? "prov: " + v
                : OutputChecks.ScriptJson(report.ToClaimReview(Review)) is { } r ? "claimreview: " + r
                : Slow(clock, "read, reconcile and render");
        }

        /// <summary>
        /// One in four accepted claim files (by length) is reconciled by the tool both ways, whole and made in parts with
        /// the parts forced small, in one of the three formats the parts support: the texts must be the same.
        /// </summary>
        private static string? InParts(string path, string? relations, SortedDictionary<string, long> counts)
        {
            var format = new[] { "text", "json", "markdown" }[(int)(new FileInfo(relations ?? path).Length % 3)];
            var parts = CliEnvironment.Redirected with { SpillThresholdBytes = 0, SpillBucketBytes = 256, SpillRunLength = 2 };
            var arguments = relations is null ? new[] { "reconcile", path, "--format", format } : new[] { "reconcile", path, "--relations", relations, "--format", format };
            var whole = Tool.Run(arguments).GetAwaiter().GetResult();
            var split = Tool.Run(parts, arguments).GetAwaiter().GetResult();
            Count(counts, "reconciled whole and in parts: " + format + (relations is null ? string.Empty : " with relations"));
            return whole.ExitCode == split.ExitCode && whole.Stdout == split.Stdout && whole.Stderr == split.Stderr
                ? null
                : $"reconcile --format {format} in parts differs from the whole file's report (exit {whole.ExitCode} vs {split.ExitCode}; stdout {whole.Stdout.Length} vs {split.Stdout.Length} characters; stderr \"{split.Stderr}\")";
        }

        private static void Count(SortedDictionary<string, long> counts, string key, long add) => counts[key] = counts.TryGetValue(key, out var c) ? c + add : add;

        /// <summary>A case of a few kilobytes that takes seconds is a hang in waiting.</summary>
        private static string? Slow(Stopwatch clock, string what) => clock.Elapsed > TimeSpan.FromSeconds(5) ? $"{what}{SlowMark}{clock.Elapsed.TotalSeconds:F1} s" : null;

        /// <summary>Problems about something absent have no value to show.</summary>
        private static bool Absent(string message) =>
            message.Contains("missing", StringComparison.OrdinalIgnoreCase) || message.Contains("is required", StringComparison.OrdinalIgnoreCase)
            || message.Contains("are required", StringComparison.OrdinalIgnoreCase) || message.Contains("no claims", StringComparison.OrdinalIgnoreCase)
            || message.Contains(" has no ", StringComparison.OrdinalIgnoreCase) || message.Contains(" needs a", StringComparison.OrdinalIgnoreCase) || message.StartsWith("there is no ", StringComparison.OrdinalIgnoreCase);
    }
}

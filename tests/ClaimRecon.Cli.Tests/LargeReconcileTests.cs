using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>
    /// <c>reconcile</c> of a file over the size threshold, made in parts: the oracle is the whole-file report of the same
    /// input, which must come out character for character, with the parts forced small (many buckets, sorted runs of two
    /// records) so that every merge path runs.
    /// </summary>
    public sealed class LargeReconcileTests
    {
        private static readonly CliEnvironment InParts = CliEnvironment.Redirected with { SpillThresholdBytes = 0, SpillBucketBytes = 64, SpillRunLength = 2 };

        private static readonly string[] Hedges = { "none", "about", "moreThan", "nearly", "atLeast" };

        [Theory]
        [InlineData(1, "text")]
        [InlineData(2, "json")]
        [InlineData(3, "markdown")]
        [InlineData(4, "text")]
        [InlineData(5, "json")]
        [InlineData(6, "markdown")]
        [InlineData(7, "json")]
        [InlineData(8, "text")]
        public async Task RandomCsv_GivesTheWholeFileReport(int seed, string format)
        {
            using var dir = new TempDir();
            var path = dir.Write("claims.csv", RandomCsv(new Random(seed)));

            var whole = await Tool.Run("reconcile", path, "--format", format);
            var parts = await Tool.Run(InParts, "reconcile", path, "--format", format);

            whole.ExitCode.Should().Be(0, whole.Stderr);
            parts.ExitCode.Should().Be(0, parts.Stderr);
            whole.Stdout.Should().Contain(format == "markdown" ? "## Findings" : "finding-1");
            parts.Stdout.Should().Be(whole.Stdout);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("markdown")]
        public async Task Pairwise_WithItsLimit_GivesTheWholeFileReport(string format)
        {
            using var dir = new TempDir();
            // Each extra quantity has four outlets with figures far apart on one day: six disjoint pairs, one reported.
            var csv = new StringBuilder(RandomCsv(new Random(11)));
            for (var q = 0; q < 3; q++)
            {
                for (var o = 0; o < 4; o++)
                {
                    csv.Append('q').Append(q).Append('o').Append(o).Append(",zone").Append(q).Append("/flooded,km,cumulative,none,").Append((100 * (o + 1)) + q).Append(",outlet").Append(o).Append(",2026-05-04,,\n");
                }
            }

            var path = dir.Write("claims.csv", csv.ToString());

            var whole = await Tool.Run("reconcile", path, "--format", format, "--pairwise", "--pair-limit", "1");
            var parts = await Tool.Run(InParts, "reconcile", path, "--format", format, "--pairwise", "--pair-limit", "1");

            whole.Stdout.Should().Contain(format == "json" ? "omittedPairs" : "detail limited");
            parts.Stdout.Should().Be(whole.Stdout);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("markdown")]
        public async Task TheSeedStoryAsAJsonDocument_GivesTheWholeFileReport(string format)
        {
            using var dir = new TempDir();
            var path = dir.Write("story.json", SeedStory());
            var output = dir.File("parts." + format);

            var whole = await Tool.Run("reconcile", path, "--format", format, "--title", "Seed story");
            var parts = await Tool.Run(InParts, "reconcile", path, "--format", format, "--title", "Seed story", "--out", output, "--fail-on-findings");

            parts.ExitCode.Should().Be(ExitCodes.Findings, parts.Stderr);
            parts.Stderr.Should().Contain("wrote the " + format + " report of " + path + " to " + output).And.Contain("(--fail-on-findings)");
            File.ReadAllText(output).Should().Be(whole.Stdout);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("markdown")]
        public async Task TheSeedStoryWithItsRelations_GivesTheWholeFileReport(string format)
        {
            using var dir = new TempDir();
            var path = dir.Write("story.json", SeedStory());
            var relations = dir.Write("story.relations.json", SeedStory("seed-story.relations.json"));

            var whole = await Tool.Run("reconcile", path, "--relations", relations, "--format", format);
            var parts = await Tool.Run(InParts, "reconcile", path, "--relations", relations, "--format", format);

            whole.ExitCode.Should().Be(0, whole.Stderr);
            parts.ExitCode.Should().Be(0, parts.Stderr);
            // The sample's relations give findings that rest on derivations (JSON names them, so they must be numbered as in the whole report).
            whole.Stdout.Should().Contain(format == "json" ? "\"derivation\": \"derivation-3\"" : "HedgeDependent");

            parts.Stdout.Should().Be(whole.Stdout);
        }

        [Theory]
        [InlineData(21, "text")]
        [InlineData(22, "json")]
        [InlineData(23, "markdown")]
        [InlineData(24, "json")]
        [InlineData(25, "text")]
        [InlineData(26, "json")]
        public async Task RandomCsvWithRelations_GivesTheWholeFileReport(int seed, string format)
        {
            using var dir = new TempDir();
            var random = new Random(seed);
            // Every quantity a relation may name is declared; those the random rows leave without claims are checked as "not checked".
            var declared = string.Concat(Enumerable.Range(0, 12).Select(q => "#quantity,place" + q + (q % 2 == 0 ? "/displaced,person" : "/cost,USD") + ",cumulative,,\n"));
            var path = dir.Write("claims.csv", RandomCsv(random) + declared + "#quantity,spare/displaced,person,cumulative,,\n#quantity,spare/cost,USD,cumulative,,\n");
            var relations = dir.Write("relations.json", RandomRelations(random));

            var whole = await Tool.Run("reconcile", path, "--relations", relations, "--format", format);
            var parts = await Tool.Run(InParts, "reconcile", path, "--relations", relations, "--format", format);

            whole.ExitCode.Should().Be(0, whole.Stderr);
            parts.ExitCode.Should().Be(0, parts.Stderr);
            whole.Stdout.Should().Contain(format == "json" ? "\"unchecked\": [\n" : "ot checked: ");
            parts.Stdout.Should().Be(whole.Stdout);
        }

        [Fact]
        public async Task ABadRelation_IsListedAsTheWholeFileReadingListsIt_AndNothingIsWritten()
        {
            using var dir = new TempDir();
            var path = dir.Write("claims.csv", RandomCsv(new Random(5)));
            var relations = dir.Write("relations.json", "[{\"kind\": \"sum\", \"target\": \"place0/displaced\", \"operands\": [\"place1/cost\", \"nowhere/displaced\"]}]");
            var output = dir.File("out.txt");

            var whole = await Tool.Run("reconcile", path, "--relations", relations);
            var parts = await Tool.Run(InParts, "reconcile", path, "--relations", relations, "--out", output);

            parts.ExitCode.Should().Be(ExitCodes.BadInput);
            parts.Stderr.Should().Contain("nowhere/displaced").And.Contain("nothing was reconciled");
            parts.Stderr.Should().Be(whole.Stderr);
            File.Exists(output).Should().BeFalse();
        }

        [Fact]
        public async Task ABadRow_IsListedAsTheWholeFileReadingListsIt_AndNothingIsWritten()
        {
            using var dir = new TempDir();
            var path = dir.Write("bad.csv", "id,quantity,unit,hedge,value,attribution\nc1,town/area,km,about,10,paper\nc2,town/area,km,about,ten,radio\n");
            var output = dir.File("out.txt");

            var whole = await Tool.Run("reconcile", path);
            var parts = await Tool.Run(InParts, "reconcile", path, "--out", output);

            parts.ExitCode.Should().Be(ExitCodes.BadInput);
            parts.Stderr.Should().Contain(path + ":3: column \"value\"").And.Contain("1 problem in the input; nothing was reconciled.");
            parts.Stderr.Should().Be(whole.Stderr);
            File.Exists(output).Should().BeFalse();
        }

        [Fact]
        public async Task AnOutputThatCannotBeWritten_IsAUsageError_NamingIt()
        {
            using var dir = new TempDir();
            var path = dir.Write("claims.csv", RandomCsv(new Random(3)));
            var output = Path.Combine(dir.Path, "no-such-dir", "out.txt");

            var run = await Tool.Run(InParts, "reconcile", path, "--out", output);

            run.ExitCode.Should().Be(ExitCodes.BadInput);
            run.Stderr.Should().Contain("--out").And.Contain(output);
        }

        [Fact]
        public async Task Html_IsWrittenFromTheWholeReport_WhateverTheSize()
        {
            using var dir = new TempDir();
            var path = dir.Write("claims.csv", RandomCsv(new Random(4)));

            var whole = await Tool.Run("reconcile", path, "--format", "html");
            var parts = await Tool.Run(InParts, "reconcile", path, "--format", "html");

            parts.Stdout.Should().Be(whole.Stdout);
        }

        /// <summary>
        /// Claims of a few quantities in a shuffled order: hedged and bare figures, negative values and trailing zeros,
        /// two periods, sources citing others, and denials of an earlier claim of the same quantity.
        /// </summary>
        private static string RandomCsv(Random random)
        {
            var csv = new StringBuilder("id,quantity,unit,kind,hedge,value,attribution,statedAt,stance,denies\n");
            var quantities = random.Next(3, 12);
            var rows = random.Next(30, 90);
            var last = new string?[quantities];
            for (var i = 0; i < rows; i++)
            {
                var q = random.Next(quantities);
                var negative = q % 4 == 3;
                var value = (negative ? -1 : 1) * random.Next(90, 130) * (q % 3 == 0 ? 100 : 1);
                var text = q % 5 == 2 ? value + ".0" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var attribution = "outlet" + random.Next(4) + (random.Next(2) == 0 ? ">cites:official" + random.Next(3) : string.Empty);
                var day = "2026-03-0" + (1 + random.Next(2));
                var denies = last[q] is { } target && random.Next(6) == 0;
                csv.Append('c').Append(i).Append(",place").Append(q).Append(q % 2 == 0 ? "/displaced," : "/cost,").Append(q % 2 == 0 ? "person" : "USD")
                    .Append(",cumulative,").Append(denies ? "none" : Hedges[random.Next(Hedges.Length)]).Append(',').Append(text).Append(',').Append(attribution).Append(',').Append(day)
                    .Append(denies ? ",denies," + last[q] : ",,").Append('\n');
                last[q] = "c" + i;
            }

            return csv.ToString();
        }

        /// <summary>
        /// Relations among <see cref="RandomCsv"/>'s quantities: sums of people and of costs, each of two or three
        /// operands, some chained through a shared quantity, and one whose target (and one whose operand) has no claims.
        /// </summary>
        private static string RandomRelations(Random random)
        {
            string Key(int q) => "place" + q + (q % 2 == 0 ? "/displaced" : "/cost");
            var json = new StringBuilder("[");
            var count = random.Next(3, 7);
            for (var r = 0; r < count; r++)
            {
                var parity = random.Next(2);
                var picked = new List<int>();
                while (picked.Count < 3 + random.Next(2))
                {
                    var q = (random.Next(6) * 2) + parity;
                    if (!picked.Contains(q))
                    {
                        picked.Add(q);
                    }
                }

                var target = Key(picked[0]);
                var operands = string.Join(", ", picked.Skip(1).Select(q => "\"" + Key(q) + "\""));

                json.Append("{\"kind\": \"sum\", \"target\": \"").Append(target).Append("\", \"operands\": [").Append(operands).Append("]},\n");
            }

            json.Append("{\"kind\": \"sum\", \"target\": \"spare/displaced\", \"operands\": [\"place0/displaced\", \"place2/displaced\"]},\n");
            json.Append("{\"kind\": \"sum\", \"target\": \"place1/cost\", \"operands\": [\"spare/cost\", \"place3/cost\"], \"name\": \"a total with a part nobody gave\"}]");
            return json.ToString();
        }

        private static string SeedStory(string file = "seed-story.json")
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "samples", file);
                if (File.Exists(candidate))
                {
                    return File.ReadAllText(candidate);
                }
            }

            throw new FileNotFoundException("samples/" + file);
        }
    }
}

using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary><c>claimrecon reconcile</c> and a bare <c>claimrecon</c>, run in-process.</summary>
    public sealed class ReconcileCommandTests
    {
        private const string DenialSentence = "Joint Operations Command (Iraq) (via Kurdistan24) denies the figure \"7,000\"";

        [Fact]
        public async Task NoArguments_ReconcilesTheBundledSample_AndPrintsTheDenial()
        {
            var run = await Tool.Run();

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("ClaimRecon reconciliation of bundled sample seed-story.json")
                .And.Contain("finding-1 [Denial, severity 1] " + DenialSentence)
                .And.Contain("isis-detainees-syria-iraq/transferred (person, Cumulative)")
                .And.Contain("2026-02-10: consensus (5,000, 6,000]")
                .And.Contain("outliers:   Circulating claims [7,000, 7,000]")
                .And.Contain("denials:    \u2715 Joint Operations Command (Iraq) denies 7,000 (k24-joc-source-denies-7000): rules out [7,000, 7,000]")
                .And.Contain("\u2715 Joint Operations Command (Iraq) denies the figures of k24-turkish-media-turkish-nationals-nearly-2000, the truth lower (k24-joc-source-foreign-nationals-far-lower): rules out [1,800, +inf)");
            run.Stderr.Should().Contain("bundled sample");
        }

        [Fact]
        public async Task ReconcileWithoutFile_UsesTheSamplesRelations_AndFindsWhatTheFindContradictionsSampleFinds()
        {
            var run = await Tool.Run("reconcile");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("Findings (4):").And.Contain("[HedgeDependent, severity 0.061]").And.Contain("[HedgeDependent, severity 0.048]");
            run.Stderr.Should().BeEmpty();
        }

        [Fact]
        public async Task AFileWithoutRelations_IsReconciledWithoutThem_AndRelationsAddTheDerivedFindings()
        {
            var without = await Tool.Run("reconcile", Tool.Data("seed-story.json"));
            var with = await Tool.Run("reconcile", Tool.Data("seed-story.json"), "--relations", Tool.Data("seed-story.relations.json"));

            without.ExitCode.Should().Be(0, without.Stderr);
            without.Stdout.Should().Contain("Findings (2):").And.Contain(DenialSentence).And.NotContain("HedgeDependent");
            with.ExitCode.Should().Be(0, with.Stderr);
            with.Stdout.Should().Contain("Findings (4):").And.Contain("HedgeDependent");
        }

        [Theory]
        [InlineData("text")]
        [InlineData("markdown")]
        [InlineData("html")]
        [InlineData("json")]
        [InlineData("prov")]
        [InlineData("claimreview")]
        public async Task EveryFormat_ProducesParseableOutput(string format)
        {
            var run = await Tool.Run("reconcile", "--format", format, "--review-url", "https://factcheck.example/isis-detainees", "--reviewer", "Example Checks", "--review-date", "2026-02-12");
            if (format != "claimreview")
            {
                run = await Tool.Run("reconcile", "--format", format);
            }

            run.ExitCode.Should().Be(0, run.Stderr);
            var output = run.Stdout;
            switch (format)
            {
                case "text":
                    output.Should().Contain(DenialSentence).And.NotContain("\u001b");
                    break;
                case "markdown":
                    output.Should().StartWith("# ClaimRecon reconciliation of bundled sample seed-story.json").And.Contain("## Findings").And.Contain("**Denial**");
                    break;
                case "html":
                    output.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg").And.Contain("</html>");
                    break;
                case "json":
                    using (var json = JsonDocument.Parse(output))
                    {
                        json.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
                        output.Should().Contain("finding-1");
                    }

                    break;
                case "prov":
                    using (var prov = JsonDocument.Parse(output))
                    {
                        prov.RootElement.TryGetProperty("wasDerivedFrom", out var derivations).Should().BeTrue();
                        derivations.EnumerateObject().Should().NotBeEmpty();
                    }

                    break;
                default:
                    using (var reviews = JsonDocument.Parse(output))
                    {
                        var items = reviews.RootElement.EnumerateArray().ToList();
                        items.Should().NotBeEmpty();
                        foreach (var item in items)
                        {
                            item.GetProperty("claimReviewed").GetString().Should().NotBeNullOrWhiteSpace();
                            item.GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().NotBeNullOrWhiteSpace();
                            item.GetProperty("url").GetString().Should().StartWith("https://factcheck.example/isis-detainees#");
                            item.GetProperty("author").GetProperty("name").GetString().Should().Be("Example Checks");
                            item.GetProperty("datePublished").GetString().Should().Be("2026-02-12");
                        }
                    }

                    break;
            }
        }

        [Theory]
        [InlineData(new[] { "--reviewer", "Example Checks" }, "--review-url")]
        [InlineData(new[] { "--review-url", "https://factcheck.example/x" }, "--reviewer")]
        [InlineData(new[] { "--review-url", "factcheck.example/x", "--reviewer", "Example Checks" }, "--review-url: \"factcheck.example/x\"")]
        [InlineData(new[] { "--review-url", "https://factcheck.example/x", "--reviewer", "Example Checks", "--review-date", "12/02/2026" }, "--review-date: \"12/02/2026\"")]
        public async Task ClaimReview_WithoutItsOptions_IsBadInput_NamingTheOption(string[] options, string expected)
        {
            var run = await Tool.Run(new[] { "reconcile", "--format", "claimreview" }.Concat(options).ToArray());

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain(expected);
            run.Stdout.Should().BeEmpty();
        }

        [Fact]
        public async Task ReviewOptions_WithAnotherFormat_AreBadInput()
        {
            var run = await Tool.Run("reconcile", "--reviewer", "Example Checks");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--reviewer").And.Contain("claimreview");
        }

        [Fact]
        public async Task AnUnknownFormat_IsBadInput_NamingTheOptionAndValue()
        {
            var run = await Tool.Run("reconcile", "--format", "xml");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--format").And.Contain("\"xml\"").And.Contain("claimreview");
            run.Stdout.Should().BeEmpty();
        }

        [Fact]
        public async Task AMissingFile_IsBadInput_NamingTheArgumentAndPath()
        {
            var run = await Tool.Run("reconcile", "no/such/claims.json");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("<file>").And.Contain("\"no/such/claims.json\"");
        }

        [Fact]
        public async Task AMissingRelationsFile_IsBadInput_NamingTheOptionAndPath()
        {
            var run = await Tool.Run("reconcile", "--relations", "nowhere.json");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--relations").And.Contain("\"nowhere.json\"");
        }

        [Fact]
        public async Task AnUnknownOption_IsBadInput()
        {
            var run = await Tool.Run("reconcile", "--colour");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--colour");
        }

        [Fact]
        public async Task FailOnFindings_ExitsWithOne_WhenThereAreFindings()
        {
            var run = await Tool.Run("reconcile", "--fail-on-findings");

            run.ExitCode.Should().Be(1);
            run.Stdout.Should().Contain(DenialSentence);
            run.Stderr.Should().Contain("4 findings");
        }

        [Fact]
        public async Task FailOnFindings_ExitsWithZero_WhenNothingIsFound()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("agree.csv", CsvSamples.Agreement), "--fail-on-findings");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("No findings.");
        }

        [Theory]
        [InlineData("text")]
        [InlineData("html")]
        [InlineData("json")]
        public async Task Out_WritesTheReportToTheFile_AsStandardOutputWouldShowIt(string format)
        {
            using var dir = new TempDir();
            var path = dir.File("report." + format);

            var run = await Tool.Run("reconcile", "--format", format, "--out", path);
            var printed = await Tool.Run("reconcile", "--format", format);

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().BeEmpty();
            run.Stderr.Should().Contain(path);
            File.ReadAllText(path).Should().Be(printed.Stdout);
        }

        [Fact]
        public async Task Out_IsPlainText_EvenWhenStandardOutputIsATerminal()
        {
            using var dir = new TempDir();
            var path = dir.File("report.txt");

            var run = await Tool.Run(new CliEnvironment { StdoutIsTerminal = true }, "reconcile", "--out", path);

            run.ExitCode.Should().Be(0, run.Stderr);
            var text = File.ReadAllText(path);
            text.Should().Contain(DenialSentence).And.NotContain("\u001b").And.NotContain("╭");
        }

        [Fact]
        public async Task Out_ToAFolderThatDoesNotExist_IsBadInput_NamingTheOption()
        {
            using var dir = new TempDir();
            var path = Path.Combine(dir.Path, "missing", "report.html");

            var run = await Tool.Run("reconcile", "--format", "html", "--out", path);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--out").And.Contain(path);
        }

        [Fact]
        public async Task Text_OnATerminal_IsDrawnAsTables()
        {
            var run = await Tool.Run(new CliEnvironment { StdoutIsTerminal = true }, "reconcile");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("Consensus").And.Contain("Supporters").And.Contain("Outliers").And.Contain("Findings (4)").And.Contain("Denial");
            run.Stdout.Should().Contain("│");
        }

        [Fact]
        public async Task Title_ReplacesTheDefaultTitle()
        {
            var run = await Tool.Run("reconcile", "--format", "markdown", "--title", "Detainee figures <checked>");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().StartWith("# Detainee figures");
        }

        [Fact]
        public async Task Help_ListsTheCommandsAndExitsWithZero()
        {
            var run = await Tool.Run("--help");

            run.ExitCode.Should().Be(0);
            run.Stdout.Should().Contain("reconcile").And.Contain("validate");
        }

        [Fact]
        public async Task DisjointFigures_AreOneFinding_AndPairwiseListsPairsUpToTheLimit_SayingHowManyWereLeft()
        {
            // Five origins, five figures 10 apart: one split by default; 5 × 4 / 2 = 10 pairs, of which 4 listed and 6 left.
            using var dir = new TempDir();
            var csv = dir.Write("five.csv", "id,quantity,unit,value,attribution\n" + string.Join("\n", Enumerable.Range(1, 5).Select(i => $"c{i},story/count,person,{i * 10},s{i}")) + "\n");

            var linear = await Tool.Run("reconcile", csv);
            var pairwise = await Tool.Run("reconcile", csv, "--pairwise", "--pair-limit", "4", "--format", "json");

            linear.ExitCode.Should().Be(0, linear.Stderr);
            linear.Stdout.Should().Contain("Findings (1):").And.Contain("split between 5 ranges");
            pairwise.ExitCode.Should().Be(0, pairwise.Stderr);
            using var json = JsonDocument.Parse(pairwise.Stdout);
            json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(4);
            json.RootElement.GetProperty("omittedPairs").EnumerateArray().Select(e => e.GetString()).Should()
                .ContainSingle().Which.Should().Contain("4 pairs listed, 6 more not listed");
        }

        [Theory]
        [InlineData("--pair-limit", "0", "--pairwise")]
        [InlineData("--pair-limit", "5", null)]
        public async Task APairLimitBelowOneOrWithoutPairwise_IsAUsageErrorNamingIt(string option, string value, string? pairwise)
        {
            var args = new[] { "reconcile", Tool.Data("seed-story.json"), option, value }.Concat(pairwise is null ? Enumerable.Empty<string>() : new[] { pairwise }).ToArray();

            var run = await Tool.Run(args);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--pair-limit");
        }
    }
}

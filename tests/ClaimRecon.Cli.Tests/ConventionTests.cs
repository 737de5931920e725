using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>The tool follows command-line conventions: <c>-</c> for standard input, unknown options rejected, completions, honest help, 80-column tables.</summary>
    public sealed class ConventionTests
    {
        private const string CsvClaims =
            "id,quantity,unit,hedge,value,upperValue,stance,attribution\n"
            + "a,town/population,person,about,1200,,asserts,paper\n"
            + "b,town/population,person,between,1100,1300,asserts,radio\n";

        [Fact]
        public async Task Dash_ReadsJsonFromStandardInput()
        {
            var json = await File.ReadAllTextAsync(Tool.Data("seed-story.json"));

            var run = await Tool.RunWithInput("\n  " + json, "reconcile", "-", "--format", "json");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("isis-detainees-syria-iraq/transferred");
        }

        [Fact]
        public async Task Dash_ReadsCsvFromStandardInput_AndValidateNamesIt()
        {
            var reconcile = await Tool.RunWithInput(CsvClaims, "reconcile", "-");
            var validate = await Tool.RunWithInput(CsvClaims, "validate", "-");

            reconcile.ExitCode.Should().Be(0, reconcile.Stderr);
            reconcile.Stdout.Should().Contain("ClaimRecon reconciliation of standard input").And.Contain("town/population");
            validate.ExitCode.Should().Be(0, validate.Stderr);
            validate.Stdout.Should().StartWith("standard input: no problems: 2 claims about 1 quantity from 2 sources.");
        }

        [Fact]
        public async Task Dash_CsvProblemsCarryTheLinesOfTheInput_WhenItStartsWithBlankLines()
        {
            var run = await Tool.RunWithInput("\n\n" + CsvClaims.Replace("1100,1300", "1100,lots", StringComparison.Ordinal), "validate", "-");

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain("standard input:5: column \"upperValue\"").And.Contain("\"lots\"");
        }

        [Theory]
        [InlineData("reconcile", "--bogus")]
        [InlineData("validate", "--bogus")]
        [InlineData("reconcile", "-x")]
        public async Task AnUnknownOption_IsRejectedAsAnOption_NotTakenForAFile(string command, string option)
        {
            var run = await Tool.Run(command, option);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain($"unknown option \"{option}\"").And.NotContain("no such file");
        }

        [Fact]
        public void Format_CompletesToTheFormatNames()
        {
            var root = ClaimReconCli.Build(new Commands.CommandIo(TextWriter.Null, TextWriter.Null, CliEnvironment.Redirected));

            root.Parse("reconcile --format ").GetCompletions().Select(c => c.Label)
                .Should().BeEquivalentTo("text", "markdown", "html", "json", "prov", "claimreview");
            root.Parse("reconcile --format ma").GetCompletions().Select(c => c.Label).Should().Equal("markdown");
        }

        [Fact]
        public async Task RootHelp_ShowsTheFileOfReconcileAsOptional_AndOutNamesNoFixedFormat()
        {
            var root = await Tool.Run("--help");
            var reconcile = await Tool.Run("reconcile", "--help");

            root.ExitCode.Should().Be(0);
            root.Stdout.Should().Contain("reconcile [<file>]  ").And.NotContain("reconcile <file>");
            root.Stdout.Should().MatchRegex(@"\n  validate <file>\s{4,}Check claims");
            reconcile.Stdout.Should().Contain("-o, --out <path>").And.NotContain("plain text").And.Contain("- reads standard input");
        }

        [Fact]
        public async Task TerminalTables_FitEightyColumns_AndSayConsensusOnce()
        {
            var run = await Tool.Run(new CliEnvironment { StdoutIsTerminal = true, TerminalWidth = 80 }, "reconcile");

            run.ExitCode.Should().Be(0, run.Stderr);
            var lines = Ansi.Strip(run.Stdout).Split('\n');
            lines.Should().OnlyContain(l => l.TrimEnd('\r').Length <= 80);
            lines.Should().Contain(l => l.Contains("│", StringComparison.Ordinal));
            run.Stdout.Should().NotContainEquivalentOf("consensus │ consensus").And.NotContain("│ consensus [");
        }

        [Fact]
        public async Task TerminalTables_ListEachPeriodsDenials_AsTheTextFormatDoes()
        {
            var run = await Tool.Run(new CliEnvironment { StdoutIsTerminal = true, TerminalWidth = 80 }, "reconcile");

            run.ExitCode.Should().Be(0, run.Stderr);
            var text = Regex.Replace(Ansi.Strip(run.Stdout), @"\s+", " ");
            text.Should().Contain("denials, 2026-02-10: \u2715 Joint Operations Command (Iraq) denies 7,000 (k24-joc-source-denies-7000): rules out [7,000, 7,000]")
                .And.Contain("denies the figures of k24-turkish-media-turkish-nationals-nearly-2000, the truth lower");
        }
    }
}

using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary><c>reconcile --sorted-by-quantity</c> and the streaming <c>validate</c>.</summary>
    public sealed class SortedReconcileTests
    {
        private const string Csv = "id,quantity,unit,hedge,value,attribution,describes\n"
            + "a1,town/area,km,about,10,paper,2026-01\n"
            + "a2,town/area,,,30,radio,2026-01\n"
            + "p1,town/population,person,about,1000,paper,2026-01\n";

        [Fact]
        public async Task Json_IsOneReportPerQuantity_OnePerLine()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("sorted.csv", Csv), "--sorted-by-quantity", "--format", "json");

            run.ExitCode.Should().Be(0, run.Stderr);
            var lines = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(2);
            lines.Select(l => JObject.Parse(l)).Should().OnlyContain(report => report["quantities"]!.Count() == 1);
            run.Stderr.Should().Contain("3 claims about 2 quantities reconciled one quantity at a time");
        }

        [Fact]
        public async Task Text_GivesEachQuantityInTurn_WithItsFindings()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("sorted.csv", Csv), "--sorted-by-quantity");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.IndexOf("town/area (km", System.StringComparison.Ordinal).Should().BeLessThan(run.Stdout.IndexOf("town/population (person", System.StringComparison.Ordinal));
            run.Stdout.Should().Contain("RangeConflict");
        }

        [Fact]
        public async Task UnsortedInput_IsAProblem_AndExitsWithBadInput()
        {
            using var dir = new TempDir();
            var path = dir.Write("unsorted.csv", Csv + "a3,town/area,,,12,tv,2026-01\n");

            var run = await Tool.Run("reconcile", path, "--sorted-by-quantity", "--format", "json");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain(path + ":5: column \"quantity\": the claims of quantity \"town/area\" come back after another quantity's");
        }

        [Fact]
        public async Task Markdown_IsOneDocument_WithASectionPerQuantity_HoldingItsFindingsAndPeriods()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("sorted.csv", Csv), "--sorted-by-quantity", "--format", "markdown", "--title", "Town figures");

            run.ExitCode.Should().Be(0, run.Stderr);
            var lines = run.Stdout.Split('\n');
            lines[0].Should().Be("# Town figures");
            lines.Count(l => l.StartsWith("# ", System.StringComparison.Ordinal)).Should().Be(1, "the title is written once");
            lines.Where(l => l.StartsWith("## ", System.StringComparison.Ordinal)).Should().Equal("## town/area", "## town/population");
            lines.Count(l => l == "### Findings").Should().Be(2);
            lines.Count(l => l == "#### 2026-01").Should().Be(2, "each quantity's period is a heading below its findings");
            var area = run.Stdout.IndexOf("## town/area", System.StringComparison.Ordinal);
            var population = run.Stdout.IndexOf("## town/population", System.StringComparison.Ordinal);
            var conflict = run.Stdout.IndexOf("**RangeConflict**", System.StringComparison.Ordinal);
            conflict.Should().BeGreaterThan(area).And.BeLessThan(population, "the area's finding is in the area's section");
            run.Stdout.Should().Contain("| paper | about 1000 |");
        }

        [Theory]
        [InlineData("--format", "html")]
        [InlineData("--format", "prov")]
        [InlineData("--relations", "r.json")]
        public async Task WhatCannotBeDoneOneQuantityAtATime_IsRefused(string option, string value)
        {
            using var dir = new TempDir();
            dir.Write("r.json", "[]");
            var run = await Tool.Run("reconcile", dir.Write("sorted.csv", Csv), "--sorted-by-quantity", option, option == "--relations" ? System.IO.Path.Combine(dir.Path, value) : value);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--sorted-by-quantity");
        }

        [Fact]
        public async Task Validate_CountsClaims_WithoutKeepingThem_AndStillFindsLateProblems()
        {
            using var dir = new TempDir();
            var ok = await Tool.Run("validate", dir.Write("ok.csv", Csv));
            var late = await Tool.Run("validate", dir.Write("late.csv", Csv + "x1,town/rivers,,,3,paper,2026-01\n"));

            ok.Stdout.Should().Contain("no problems: 3 claims about 2 quantities from 2 sources");
            late.ExitCode.Should().Be(2);
            late.Stdout.Should().Contain("late.csv:5: column \"unit\": quantity \"town/rivers\" has no unit");
        }
    }
}

using System;
using System.IO;
using System.Threading.Tasks;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>Claims read from CSV: the happy path, and every bad row reported with line, column and value.</summary>
    public sealed class CsvInputTests
    {
        [Fact]
        public async Task ACsvFile_IsReconciled_WithDeclaredSourceNames()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("claims.csv", CsvSamples.Denial));

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("3 claims about 1 quantity")
                .And.Contain("detainees/transferred (person, Cumulative)")
                .And.Contain("consensus [5,000, 6,000]")
                .And.Contain("[Denial, severity 1] Joint Operations Command (via Kurdistan24) denies the figure \"7,000\"");
        }

        [Fact]
        public async Task ACsvFile_Validates()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("validate", dir.Write("claims.csv", CsvSamples.Denial));

            run.ExitCode.Should().Be(0, run.Stdout);
            run.Stdout.Should().Contain("no problems: 3 claims about 1 quantity from 4 sources");
        }

        [Fact]
        public async Task ABadRow_IsReported_WithLineColumnAndValue()
        {
            using var dir = new TempDir();
            var csv = CsvSamples.Header + "\n"
                + "c1,town/population,person,,,,1000,,,,paper,,,,\n"
                + "c2,town/population,,,,,\"5,000\",,,,paper,,,,\n";
            var path = dir.Write("bad.csv", csv);

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Trim().Should().Be(path + ":3: column \"value\": is not a number: write digits with an optional sign and \".\", without thousands separators or exponent (value: \"5,000\")");
        }

        [Fact]
        public async Task EveryBadRow_IsReported_NoneDropped_AndReconcileRefusesToRun()
        {
            using var dir = new TempDir();
            var csv = "id,quantity,unit,hedge,value,stance,attribution,describes,note\n"
                + "c1,town/population,person,about,1000,asserts,paper,2026-01-01,\n"
                + "c2,town/population,,roughly-ish,900,asserts,paper,2026-01-01,\n"
                + "c3,town/population,,,800,shouts,paper,2026-01-01,\n"
                + "c4,town/population,,,700,asserts,paper,2026-01-01,\"a note\nover two lines\"\n"
                + "c5,town/population,,,600,asserts,paper>quotes:mayor,31 January,\n"
                + "c1,town/population,km,,500,asserts,paper,2026-01-01,\n";
            var path = dir.Write("bad.csv", csv);

            var run = await Tool.Run("reconcile", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().BeEmpty();
            run.Stderr.Should().Contain(path + ":3: column \"hedge\":").And.Contain("(value: \"roughly-ish\")");
            run.Stderr.Should().Contain(path + ":4: column \"stance\":").And.Contain("(value: \"shouts\")");
            run.Stderr.Should().Contain(path + ":7: column \"attribution\":").And.Contain("(value: \"paper>quotes:mayor\")");
            run.Stderr.Should().Contain(path + ":7: column \"describes\":").And.Contain("(value: \"31 January\")");
            run.Stderr.Should().Contain(path + ":8: column \"id\": claim id \"c1\" is already used on line 2");
            run.Stderr.Should().Contain(path + ":8: column \"unit\":").And.Contain("(value: \"km\")");
            run.Stderr.Should().Contain("claimrecon reconcile: 6 problems in the input; nothing was reconciled.");
        }

        [Fact]
        public async Task AHeaderWithAnUnknownColumn_OrWithoutARequiredOne_IsReported()
        {
            using var dir = new TempDir();
            var path = dir.Write("header.csv", "id,quantity,colour,value\nc1,a/b,red,1\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain(path + ":1: header field 3 is not a known column").And.Contain("(value: \"colour\")");
            run.Stdout.Should().Contain(path + ":1: the header has no \"attribution\" column");
        }

        [Fact]
        public async Task AMalformedHeader_IsTheOnlyProblem_AndNoRowIsTakenForTheHeader()
        {
            using var dir = new TempDir();
            var path = dir.Write("header.csv", "id,quan\"tity,value,attribution\nc1,a/b,1,paper\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Trim().Should().Be(path + ":1: a double quote inside an unquoted field; quote the field and double the quote (\"\") (value: \"quan\\\"tity\")");
        }

        [Fact]
        public async Task AQuantityWithoutAUnit_IsReportedOnItsFirstRow()
        {
            using var dir = new TempDir();
            var path = dir.Write("nounit.csv", "id,quantity,value,attribution\nc1,a/b,1,paper\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain(path + ":2: column \"unit\": quantity \"a/b\" has no unit");
        }

        [Fact]
        public async Task ARowWithTheWrongNumberOfFields_IsReported()
        {
            using var dir = new TempDir();
            var path = dir.Write("fields.csv", "id,quantity,unit,value,attribution\nc1,a/b,person,5,000,paper\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain(path + ":2: the row has 6 fields but the header on line 1 has 5");
        }

        [Fact]
        public async Task ABadDirective_IsReported_WithItsField()
        {
            using var dir = new TempDir();
            var path = dir.Write("directive.csv", "#source,paper,The Paper,tabloid\nid,quantity,unit,value,attribution\nc1,a/b,person,5,paper\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain(path + ":1: column \"#source kind\": is not a source kind").And.Contain("(value: \"tabloid\")");
        }
    }
}

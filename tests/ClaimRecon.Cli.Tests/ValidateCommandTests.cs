using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary><c>claimrecon validate</c>.</summary>
    public sealed class ValidateCommandTests
    {
        [Fact]
        public async Task TheSeedStory_HasNoProblems()
        {
            var run = await Tool.Run("validate", Tool.Data("seed-story.json"), "--relations", Tool.Data("seed-story.relations.json"));

            run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
            run.Stdout.Should().Contain("no problems").And.Contain("21 claims").And.Contain("4 relations");
        }

        [Fact]
        public async Task ABrokenJsonFile_ListsEveryProblemWithPathAndValue_AndExitsWithTwo()
        {
            var story = JsonNode.Parse(File.ReadAllText(Tool.Data("seed-story.json")))!;
            story["claims"]![0]!["figure"]!["value"] = "abc";
            story["claims"]![2]!["stance"] = "shouts";
            using var dir = new TempDir();
            var path = dir.Write("broken.json", story.ToJsonString());

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain("$.claims[0].figure.value").And.Contain("\"abc\"");
            run.Stdout.Should().Contain("$.claims[2].stance").And.Contain("\"shouts\"");
            run.Stderr.Should().Contain("problems in " + path);
        }

        [Fact]
        public async Task MalformedJson_IsOneProblem_AndExitsWithTwo()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("validate", dir.Write("cut.json", "{ \"schemaVersion\": 1, \"sources\": ["));

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain("cut.json");
        }

        [Fact]
        public async Task ABrokenRelationsFile_ListsItsProblemsWithPathAndValue()
        {
            using var dir = new TempDir();
            var relations = dir.Write("relations.json",
                "[{\"kind\": \"product\", \"target\": \"isis-detainees-iraq/detention-cost-daily\", \"operands\": [\"isis-detainees-iraq/held\", \"nowhere/at-all\"]},"
                + " {\"kind\": \"times\", \"target\": \"a/b\", \"operands\": [\"c/d\"], \"colour\": \"red\"}]");

            var run = await Tool.Run("validate", Tool.Data("seed-story.json"), "--relations", relations);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain("$[0]").And.Contain("nowhere/at-all");
            run.Stdout.Should().Contain("$[1].kind").And.Contain("\"times\"");
            run.Stdout.Should().Contain("$[1].colour").And.Contain("\"red\"");
        }

        [Theory]
        [InlineData("claims.csv")]
        [InlineData("claims.jsonl")]
        public async Task RelationsOverALineFile_AreCheckedAgainstItsQuantities_ClaimedOrOnlyDeclared(string name)
        {
            using var dir = new TempDir();
            var claims = name.EndsWith(".csv", StringComparison.Ordinal)
                ? "#quantity,harbour/park-area,km^2,level,,\nid,quantity,unit,hedge,value,attribution\nc1,harbour/area,km^2,about,12,gazette\nc2,harbour/crew,person,none,40,radio\n"
                : "{\"source\": {\"id\": \"gazette\", \"name\": \"Harbour Gazette\", \"kind\": \"newsOutlet\"}}\n{\"quantity\": {\"key\": \"harbour/park-area\", \"unit\": \"km^2\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n{\"quantity\": {\"key\": \"harbour/area\", \"unit\": \"km^2\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n{\"quantity\": {\"key\": \"harbour/crew\", \"unit\": \"person\", \"kind\": \"level\", \"domain\": \"nonNegativeInteger\"}}\n"
                  + "{\"id\": \"c1\", \"quantity\": \"harbour/area\", \"figure\": {\"hedge\": \"about\", \"value\": 12}, \"stance\": \"asserts\", \"attribution\": [\"gazette\"]}\n";
            var relations = dir.Write("relations.json",
                "[{\"kind\": \"sum\", \"target\": \"harbour/total-area\", \"operands\": [\"harbour/area\", \"harbour/park-area\"]},"
                + " {\"kind\": \"sum\", \"target\": \"harbour/crew\", \"operands\": [\"harbour/area\", \"harbour/park-area\"]},"
                + " {\"kind\": \"sum\", \"target\": \"harbour/area\", \"operands\": [\"harbour/park-area\", \"harbour/ponds\"]}]");

            var run = await Tool.Run("validate", dir.Write(name, claims), "--relations", relations);

            // $[0] names an undeclared target; $[1] adds areas into a head count; $[2] names an undeclared operand. The
            // declared quantity without claims (park-area) is known, so no problem names it.
            run.ExitCode.Should().Be(2, run.Stderr);
            run.Stdout.Should().Contain("$[0]").And.Contain("harbour/total-area");
            run.Stdout.Should().Contain("$[1]").And.Contain("person");
            run.Stdout.Should().Contain("$[2]").And.Contain("harbour/ponds");
            run.Stdout.Should().NotContain("quantity harbour/park-area, which is not");
        }

        [Fact]
        public async Task WithoutAFile_IsBadInput()
        {
            var run = await Tool.Run("validate");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("file");
        }

        [Fact]
        public async Task AMissingFile_IsBadInput_NamingTheArgumentAndPath()
        {
            var run = await Tool.Run("validate", "missing.csv");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("<file>").And.Contain("\"missing.csv\"");
        }

        [Fact]
        public async Task ReconcileOfABrokenFile_ReportsTheSameProblemsOnStandardError_AndExitsWithTwo()
        {
            var story = JsonNode.Parse(File.ReadAllText(Tool.Data("seed-story.json")))!;
            story["claims"]![0]!["figure"]!["value"] = "abc";
            using var dir = new TempDir();

            var run = await Tool.Run("reconcile", dir.Write("broken.json", story.ToJsonString()));

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().BeEmpty();
            run.Stderr.Should().Contain("$.claims[0].figure.value").And.Contain("\"abc\"").And.Contain("nothing was reconciled");
        }
    }
}

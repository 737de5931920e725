using System.IO;
using System.Linq;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>The relations file format, and the seed sample's relations.</summary>
    public sealed class RelationsTests
    {
        [Fact]
        public void TheSeedRelations_AreTheFindContradictionsSamplesRelations()
        {
            using var stream = File.OpenRead(Tool.Data("seed-story.relations.json"));

            var problems = RelationsReader.Read(stream, "seed-story.relations.json", out var relations);

            problems.Should().BeEmpty();
            relations.Select(r => (r.ToString(), r.Name)).Should().Equal(
                ("isis-detainees-iraq/detention-cost-daily = isis-detainees-iraq/held \u00D7 isis-detainees-iraq/detention-cost-per-detainee", null),
                ("isis-detainees-iraq/detention-cost-monthly = isis-detainees-iraq/detention-cost-daily per period", null),
                ("isis-detainees-turkish-nationals/being-transferred = isis-detainees-syria-iraq/turkish-share % of isis-detainees-syria-iraq/slated-for-transfer", null),
                ("isis-detainees-iraq/detention-cost-monthly = isis-detainees-syria-iraq/transferred \u00D7 isis-detainees-iraq/detention-cost-per-detainee",
                    "the monthly cost computed from the detainees transferred so far"));
        }

        [Fact]
        public void TheWrongNumberOfOperands_IsAProblemAtTheOperands()
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("[{\"kind\": \"perPeriod\", \"target\": \"a/b\", \"operands\": [\"c/d\", \"e/f\"]}]"));

            var problems = RelationsReader.Read(stream, "r.json", out var relations);

            relations.Should().BeEmpty();
            problems.Should().ContainSingle().Which.ToString().Should().Be("r.json: $[0].operands: a perPeriod relation takes one operand; got 2 (value: [...])");
        }

        [Fact]
        public void NotAnArray_IsAProblemAtTheRoot()
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"relations\": []}"));

            var problems = RelationsReader.Read(stream, "r.json", out _);

            problems.Should().ContainSingle().Which.Path.Should().Be("$");
        }

        [Theory]
        [InlineData("[{\"kind\": \"sum\", \"target\": \"a/b\", \"operands\": [\"c/d\", \"e/f\"], \"name\": \"x\\ud800y\"}]", "$[0].name")]
        [InlineData("[{\"kind\": \"sum\", \"target\": \"a/\\udc00\", \"operands\": [\"c/d\", \"e/f\"]}]", "$[0].target")]
        [InlineData("[{\"kind\": \"sum\", \"\\ud800\": 1, \"target\": \"a/b\", \"operands\": [\"c/d\", \"e/f\"]}]", "$[0]")]
        public void AnUnpairedSurrogateEscape_IsAProblemAtItsPath(string json, string path)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

            var problems = RelationsReader.Read(stream, "r.json", out var relations);

            relations.Should().BeEmpty();
            problems.Should().ContainSingle().Which.ToString().Should().StartWith($"r.json: {path}").And.Contain("unpaired surrogate").And.Contain("value: ");
        }

        [Fact]
        public void ADuplicateProperty_IsAProblemNotLastOneWins()
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("[{\"kind\": \"sum\", \"target\": \"a/b\", \"target\": \"g/h\", \"operands\": [\"c/d\", \"e/f\"]}]"));

            var problems = RelationsReader.Read(stream, "r.json", out var relations);

            relations.Should().BeEmpty();
            problems.Should().ContainSingle().Which.ToString().Should().Contain("$[0].target").And.Contain("more than once").And.Contain("\"g/h\"");
        }
    }
}

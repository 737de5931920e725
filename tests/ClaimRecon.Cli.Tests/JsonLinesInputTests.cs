using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>The tool reads <c>.jsonl</c> files as JSON Lines, one claim per line, problems by line and path.</summary>
    public sealed class JsonLinesInputTests
    {
        private const string Lines =
            "{\"source\": {\"id\": \"paper\", \"name\": \"The Paper\", \"kind\": \"newsOutlet\"}}\n"
            + "{\"quantity\": {\"key\": \"town/population\", \"unit\": \"person\", \"kind\": \"level\", \"domain\": \"real\"}}\n"
            + "{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"about\", \"value\": 1000}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n";

        [Fact]
        public async Task AJsonLinesFile_Validates()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("validate", dir.Write("claims.jsonl", Lines));

            run.ExitCode.Should().Be(0, run.Stdout);
            run.Stdout.Should().Contain("no problems: 1 claim about 1 quantity from 1 source");
        }

        [Fact]
        public async Task ABadLine_IsReported_WithItsLinePathAndValue()
        {
            using var dir = new TempDir();
            var path = dir.Write("claims.ndjson", Lines + "{\"id\": \"c2\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"about\", \"value\": \"5,000\"}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n");

            var run = await Tool.Run("validate", path);

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().StartWith(path + ":4: $.figure.value: ").And.Contain("(value: \"5,000\")");
        }
    }
}

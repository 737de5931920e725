using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>Terminal control sequences in a claim file never reach the terminal as control sequences.</summary>
    public sealed class HostileTextTests
    {
        private const string Escape = "\\u001b]0;PWNED\\u0007";

        private static string Document(string name, string key) =>
            "{\"schemaVersion\":1,\"sources\":[{\"id\":\"a\",\"name\":\"" + name + "\",\"kind\":\"newsOutlet\"},{\"id\":\"b\",\"name\":\"Bee\",\"kind\":\"newsOutlet\"}]," +
            "\"quantities\":[{\"key\":\"story/held\",\"unit\":\"USD\",\"kind\":\"level\",\"domain\":\"real\"" + key + "}]," +
            "\"claims\":[{\"id\":\"c1\",\"quantity\":\"story/held\",\"figure\":{\"hedge\":\"none\",\"value\":5},\"stance\":\"asserts\",\"attribution\":[\"a\"],\"statedAt\":\"2026-03-01\"}," +
            "{\"id\":\"c2\",\"quantity\":\"story/held\",\"figure\":{\"hedge\":\"none\",\"value\":900},\"stance\":\"asserts\",\"attribution\":[\"b\"],\"statedAt\":\"2026-03-01\"}]}";

        [Fact]
        public async Task TextReport_ShowsControlCharactersInNamesAsEscapes()
        {
            using var dir = new TempDir();
            var file = dir.Write("claims.json", Document("Alpha" + Escape + "\\u009b2J", string.Empty));

            var run = await Tool.Run("reconcile", file, "--format", "text");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("Alpha\\u001B]0;PWNED\\u0007\\u009B2J");
            run.Stdout.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
        }

        [Fact]
        public async Task Validate_ShowsControlCharactersInKeysAndValuesAsEscapes()
        {
            using var dir = new TempDir();
            var file = dir.Write("claims.json", Document("Alpha", ",\"x" + Escape + "\":\"" + Escape + "\""));

            var run = await Tool.Run("validate", file);

            run.ExitCode.Should().Be(2);
            (run.Stdout + run.Stderr).Should().Contain("PWNED");
            (run.Stdout + run.Stderr).Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
        }
    }
}

using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>Progress is shown on standard error for inputs over the threshold, only when it is a terminal.</summary>
    public sealed class ProgressTests
    {
        private static string ManyClaims(int count)
        {
            var csv = new StringBuilder("id,quantity,unit,hedge,value,attribution,describes\n");
            foreach (var i in Enumerable.Range(0, count))
            {
                csv.Append('c').Append(i).Append(",town/population,person,about,").Append(1000 + (i % 7)).Append(",paper-").Append(i % 5).Append(",2026-01-0").Append(1 + (i % 3)).Append('\n');
            }

            return csv.ToString();
        }

        [Fact]
        public async Task AboveTheThreshold_OnATerminal_ProgressIsShownOnStandardError()
        {
            using var dir = new TempDir();
            var path = dir.Write("many.csv", ManyClaims(50));

            var run = await Tool.Run(new CliEnvironment { StderrIsTerminal = true, ProgressThreshold = 10 }, "reconcile", path, "--format", "json");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stderr.Should().Contain("Reading many.csv").And.Contain("Reconciling 50 claims");
            run.Stdout.Should().NotContain("Reading");
        }

        [Fact]
        public async Task AboveTheThreshold_WhenStandardErrorIsRedirected_NothingIsShown()
        {
            using var dir = new TempDir();
            var path = dir.Write("many.csv", ManyClaims(50));

            var run = await Tool.Run(new CliEnvironment { StderrIsTerminal = false, ProgressThreshold = 10 }, "reconcile", path, "--format", "json");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stderr.Should().BeEmpty();
        }

        [Fact]
        public async Task BelowTheThreshold_OnATerminal_NothingIsShown()
        {
            using var dir = new TempDir();
            var path = dir.Write("few.csv", ManyClaims(5));

            var run = await Tool.Run(new CliEnvironment { StderrIsTerminal = true, ProgressThreshold = 10 }, "reconcile", path, "--format", "json");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stderr.Should().BeEmpty();
        }
    }
}

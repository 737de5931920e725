using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>A tie of many disjoint figures: its status line and its explanation name the first ranges and count the rest, and every claim is still listed.</summary>
    public sealed class LongTieTests
    {
        [Fact]
        public async Task ATieOfTwelveRanges_NamesFiveAndCountsTheRest_AndListsEveryClaim()
        {
            using var dir = new TempDir();
            var csv = new StringBuilder("id,quantity,unit,value,attribution,describes\n");
            for (var i = 1; i <= 12; i++)
            {
                csv.Append('c').Append(i).Append(",town/evacuated,person,").Append(100 * i).Append(",paper").Append(i).Append(",2026-03-02\n");
            }

            var run = await Tool.Run("reconcile", dir.Write("claims.csv", csv.ToString()));

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("2026-03-02: tie between [100, 100] and [200, 200] and [300, 300] and [400, 400] and [500, 500] and 7 more ranges\n");
            run.Stdout.Should().Contain("max agreement finds a tie between [100, 100] (paper1) and [200, 200] (paper2) and [300, 300] (paper3) and [400, 400] (paper4) and [500, 500] (paper5) and 7 more ranges, each scoring 1;");
            run.Stdout.Should().NotContain("[600, 600] (paper6)");
            var claimed = run.Stdout.Split('\n').Single(l => l.Contains("claimed:"));
            claimed.Should().Contain("paper1 [100, 100]").And.Contain("paper12 [1,200, 1,200]", "no claim is dropped from the listing");
        }
    }
}

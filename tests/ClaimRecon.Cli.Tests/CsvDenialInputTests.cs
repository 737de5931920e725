using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>The CSV columns for numberless and directed denials, stated ranges and vague amounts.</summary>
    public sealed class CsvDenialInputTests
    {
        private const string Csv =
            "id,quantity,unit,hedge,value,wording,stance,attribution,describes,denies,direction\n"
            + "c1,town/boats,1,vague,\"[12, 100)\",dozens,asserts,paper,2026-02,,\n"
            + "c2,town/boats,,range,\"(20, 40)\",more than 20 and fewer than 40,asserts,radio,2026-02,,\n"
            + "d1,town/boats,,,,,denies,harbour,2026-02,c1;c2,lower\n"
            + "d2,town/boats,,,,,denies,harbour,2026-02,source:radio,\n";

        [Fact]
        public async Task NumberlessDenialsAndRangeFigures_AreRead()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("validate", dir.Write("claims.csv", Csv));

            run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
            run.Stdout.Should().Contain("4 claims about 1 quantity");
        }

        [Fact]
        public async Task WhenDenialsLeaveNoAgreement_ThePlainReportStillNamesWhatWasClaimed()
        {
            const string csv = "id,quantity,unit,hedge,value,wording,stance,attribution,describes,denies,direction\n"
                + "a1,lake/ferries,1,,14,,asserts,gazette,2026-05,,\n"
                + "a2,lake/ferries,1,,31,,asserts,courier,2026-05,,\n"
                + "n1,lake/ferries,,,,,denies,port-office,2026-05,a1,\n"
                + "n2,lake/ferries,,,,,denies,port-office,2026-05,a2,\n";
            using var dir = new TempDir();

            var run = await Tool.Run("reconcile", dir.Write("claims.csv", csv));

            run.Stdout.Should().Contain("2026-05: no agreement")
                .And.Contain("supporters: none; claimed: courier [31, 31]; gazette [14, 14]");
        }

        [Theory]
        [InlineData("d3,town/boats,,,,,asserts,harbour,2026-02,c1,\n", ":6: column \"denies\": is only allowed on a row whose stance is denies")]
        [InlineData("d3,town/boats,,,,,denies,harbour,2026-02,c1,sideways\n", ":6: column \"direction\": is not a denial direction")]
        [InlineData("d3,town/boats,,,,,denies,harbour,2026-02,,\n", ":6: column \"value\": every claim needs a value, except a denial")]
        [InlineData("d3,town/boats,,vague,12-100,,asserts,harbour,2026-02,,\n", ":6: column \"value\": is not an interval")]
        [InlineData("d3,town/boats,,,,,denies,harbour,2026-02,c9,\n", "c9")]
        public async Task BadDenialRows_AreReportedWithLineAndColumn(string row, string says)
        {
            using var dir = new TempDir();
            var run = await Tool.Run("validate", dir.Write("claims.csv", Csv + row));

            run.ExitCode.Should().Be(2);
            run.Stdout.Should().Contain(says);
        }
    }
}

using System;
using System.IO;
using System.Threading.Tasks;
using ClaimRecon.Cli.Tests.Support;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary><c>claimrecon extract</c> and <c>claimrecon reconcile --text</c> on the sample articles of our own and on bad input.</summary>
    public sealed class ArticleCommandsTests
    {
        private static string Sample(string name)
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "samples", "articles", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException(name);
        }

        [Fact]
        public async Task ReconcileTextGoesFromTwoArticlesToFindings()
        {
            var run = await Tool.Run("reconcile", "--text", Sample("northern-desk.txt"), "--text", Sample("river-gazette.txt"));

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("Reconciliation of Northern Desk and River Gazette")
                .And.Contain("detainee-from-syria-to-iraq/transferred")
                .And.Contain("(5,000, 6,000]")
                .And.Contain("denies 7,000");
            run.Stderr.Should().Contain("read 17 figure(s) in 2 article(s)").And.Contain("proposed: detainee/cost-per-day = detainee/held");
        }

        [Fact]
        public async Task ExtractWritesClaimsThatReadBackAndTheProposedRelations()
        {
            using var dir = new TempDir();
            var claims = Path.Combine(dir.Path, "claims.json");
            var relations = Path.Combine(dir.Path, "relations.json");

            var run = await Tool.Run("extract", Sample("northern-desk.txt"), Sample("river-gazette.txt"), "--out", claims, "--relations-out", relations);

            run.ExitCode.Should().Be(0, run.Stderr);
            ClaimJson.ReadFile(claims).GetValueOrThrow().Claims.Should().HaveCount(19);
            File.ReadAllText(relations).Should().Contain("\"kind\": \"perPeriod\"").And.Contain("proposed");
            var validate = await Tool.Run("validate", claims, "--relations", relations);
            validate.ExitCode.Should().Be(0, validate.Stdout + validate.Stderr);
        }

        [Fact]
        public async Task OptionsGiveTheOutletAndTimeWhenTheFileHasNoHeader()
        {
            using var dir = new TempDir();
            var file = dir.Write("plain.txt", "Officials said 300 migrants were moved from Malta to Italy.");

            var run = await Tool.Run("extract", file, "--outlet", "Harbour Post", "--published", "2026-03-02");

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("\"harbour-post-1\"").And.Contain("migrant-from-malta-to-italy/transferred");
        }

        [Fact]
        public async Task APublicationDayAloneDatesTheClaimsByThatDayAndATimeByThatMoment()
        {
            using var dir = new TempDir();
            var file = dir.Write("plain.txt", "Officials said 300 migrants were moved from Malta to Italy.");

            var byDay = await Tool.Run("extract", file, "--outlet", "Harbour Post", "--published", "2026-03-02");
            var byTime = await Tool.Run("extract", file, "--outlet", "Harbour Post", "--published", "2026-03-02T09:00:00+01:00");

            byDay.ExitCode.Should().Be(0, byDay.Stderr);
            byDay.Stdout.Should().Contain("\"statedAt\": \"2026-03-02\"").And.NotContain("T00:00");
            byTime.ExitCode.Should().Be(0, byTime.Stderr);
            byTime.Stdout.Should().Contain("\"statedAt\": \"2026-03-02T09:00:00+01\"");
        }

        [Fact]
        public async Task ABlankLineClosesTheHeaderAsThreeDashesDo()
        {
            using var dir = new TempDir();
            var file = dir.Write("blank.txt", "outlet: Harbour Post\npublished: 2026-03-02\n\nOfficials said 300 migrants were moved from Malta to Italy.");

            var run = await Tool.Run("extract", file);

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stdout.Should().Contain("\"harbour-post-1\"").And.Contain("\"statedAt\": \"2026-03-02\"").And.NotContain("blank-1");
        }

        [Fact]
        public async Task HeaderLinesRunningIntoTheTextAreNamedNotReadAsText()
        {
            using var dir = new TempDir();
            var file = dir.Write("glued.txt", "outlet: Harbour Post\npublished: 2026-03-02\nOfficials said 300 migrants were moved.");

            var run = await Tool.Run("extract", file);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("glued.txt: line 3: the header lines above it").And.Contain("\"---\" or a blank line");
        }

        [Fact]
        public async Task AMissingPublicationTimeIsNamedWithItsFile()
        {
            using var dir = new TempDir();
            var file = dir.Write("plain.txt", "Officials said 300 migrants were moved.");

            var run = await Tool.Run("extract", file);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("plain.txt: published: missing");
        }

        [Theory]
        [InlineData("--published", "yesterday", "published: \"yesterday\" is not a date")]
        [InlineData("--outlet", "", "outlet: must not be empty")]
        public async Task BadOptionValuesAreNamed(string option, string value, string message)
        {
            using var dir = new TempDir();
            var file = dir.Write("plain.txt", "outlet: Harbour Post\npublished: 2026-03-02\n---\nOfficials said 300 migrants were moved.");

            var run = await Tool.Run("extract", file, option, value);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain(message);
        }

        [Fact]
        public async Task AnArticleWithoutFiguresGivesAnEmptyClaimSet()
        {
            using var dir = new TempDir();
            var file = dir.Write("none.txt", "outlet: Harbour Post\npublished: 2026-03-02\n---\nNobody counted anything today.");

            var run = await Tool.Run("reconcile", "--text", file);

            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stderr.Should().Contain("read 0 figure(s) in 1 article(s)");
        }

        [Fact]
        public async Task TextAndAClaimsFileTogetherAreAUsageError()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.txt", "outlet: A\npublished: 2026-03-02\n---\n5 dogs.");

            var run = await Tool.Run("reconcile", file, "--text", file);

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("--text");
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests
{
    /// <summary>docs/claimrecon-tool.md: its CSV example runs, its relations example reads, and its column table lists every column.</summary>
    public sealed class DocumentationTests
    {
        private static string Doc() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "claimrecon-tool.md")).Replace("\r\n", "\n");

        private static string Block(string doc, string language)
        {
            var start = doc.IndexOf("```" + language + "\n", StringComparison.Ordinal);
            start.Should().BeGreaterThan(0, "the document has a ```{0} block", language);
            start += language.Length + 4;
            return doc.Substring(start, doc.IndexOf("```", start, StringComparison.Ordinal) - start);
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClaimRecon.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("ClaimRecon.sln not found above " + AppContext.BaseDirectory);
        }

        [Fact]
        public async Task TheCsvExample_ReconcilesToOneDenial()
        {
            using var dir = new TempDir();
            var run = await Tool.Run("reconcile", dir.Write("example.csv", Block(Doc(), "csv")), "--fail-on-findings");

            run.ExitCode.Should().Be(1, run.Stderr);
            run.Stdout.Should().Contain("Findings (1):").And.Contain("[Denial, severity 1] Joint Operations Command (via Kurdistan24) denies the figure \"7,000\"");
        }

        [Fact]
        public void TheRelationsExample_Reads()
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Block(Doc(), "json")));

            RelationsReader.Read(stream, "example.json", out var relations).Should().BeEmpty();
            relations.Should().HaveCount(2);
        }

        [Fact]
        public void TheColumnTable_ListsEveryColumn()
        {
            var doc = Doc();

            foreach (var column in ClaimRecon.Serialization.ClaimCsv.Columns)
            {
                doc.Should().Contain("| `" + column + "` |");
            }
        }
    }
}

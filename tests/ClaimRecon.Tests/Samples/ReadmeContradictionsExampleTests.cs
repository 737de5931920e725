using System.IO;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Samples
{
    /// <summary>docs/contradictions.md's example is the FindContradictions sample's code, which CI runs.</summary>
    public sealed class ReadmeContradictionsExampleTests
    {
        [Fact]
        public void ContradictionsPageShowsExactlyTheSamplesCode()
        {
            var sample = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "samples", "FindContradictions", "Program.cs")).Replace("\r\n", "\n");
            var page = DocPages.Read("contradictions.md");
            var begin = sample.IndexOf("// README:begin\n", System.StringComparison.Ordinal);
            var end = sample.IndexOf("// README:end\n", System.StringComparison.Ordinal);
            begin.Should().BeGreaterThan(0);
            end.Should().BeGreaterThan(begin);

            var block = sample.Substring(begin + "// README:begin\n".Length, end - begin - "// README:begin\n".Length);

            page.Should().Contain("# Contradictions").And.Contain("```csharp\n" + block + "```");
        }
    }
}

using System.IO;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Samples
{
    /// <summary>The README's contradictions example is the FindContradictions sample's code, which CI runs.</summary>
    public sealed class ReadmeContradictionsExampleTests
    {
        [Fact]
        public void ReadmeShowsExactlyTheSamplesCode()
        {
            var sample = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "samples", "FindContradictions", "Program.cs")).Replace("\r\n", "\n");
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
            var begin = sample.IndexOf("// README:begin\n", System.StringComparison.Ordinal);
            var end = sample.IndexOf("// README:end\n", System.StringComparison.Ordinal);
            begin.Should().BeGreaterThan(0);
            end.Should().BeGreaterThan(begin);

            var block = sample.Substring(begin + "// README:begin\n".Length, end - begin - "// README:begin\n".Length);

            readme.Should().Contain("## Contradictions").And.Contain("```csharp\n" + block + "```");
        }
    }
}

using System;
using System.IO;
using System.Linq;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ClaimRecon.Tests.Notebooks
{
    /// <summary>
    /// The notebook and the file-based sample declare the same relations between the seed story's quantities as
    /// <c>samples/FindContradictions</c> (whose block docs/contradictions.md shows), so all three report the same findings.
    /// </summary>
    public sealed class SeedStoryCopiesTests
    {
        [Fact]
        public void TheNotebookAndTheFileBasedSampleDeclareTheRelationsOfFindContradictions()
        {
            var root = TestPaths.RepositoryRoot();
            var expected = Relations(File.ReadAllText(Path.Combine(root, "samples", "FindContradictions", "Program.cs")));
            var notebook = JObject.Parse(File.ReadAllText(Path.Combine(root, "notebooks", "seed-story.ipynb")));
            var cells = string.Join("\n", notebook["cells"]!.Children<JObject>()
                .Where(c => c.Value<string>("cell_type") == "code")
                .Select(c => string.Concat(((JArray)c["source"]!).Values<string>())));

            expected.Should().Contain("DerivedRelation.PercentOf");
            Relations(cells).Should().Be(expected, "notebooks/seed-story.ipynb should declare the relations of samples/FindContradictions");
            Relations(File.ReadAllText(Path.Combine(root, "samples", "seed-story.cs"))).Should().Be(expected, "samples/seed-story.cs should declare the relations of samples/FindContradictions");
        }

        [Fact]
        public void TheFileBasedSampleTakesThePackage_PinnedToTheVersionThisRepositoryPacks()
        {
            var root = TestPaths.RepositoryRoot();
            var version = System.Xml.Linq.XDocument.Load(Path.Combine(root, "src", "ClaimRecon", "ClaimRecon.csproj")).Descendants("Version").Single().Value;
            var sample = File.ReadAllText(Path.Combine(root, "samples", "seed-story.cs"));

            sample.Should().Contain($"\n#:package ClaimRecon@{version}\n", "a reader copies the sample out of the repository, where only the package exists")
                .And.NotContain("#:project", "a project reference works only inside this repository");
        }

        private static string Relations(string code)
        {
            code = code.Replace("\r\n", "\n");
            var begin = code.IndexOf("var relations = new[]\n{\n", StringComparison.Ordinal);
            begin.Should().BeGreaterThanOrEqualTo(0, "the code declares var relations = new[] { ... }");
            var end = code.IndexOf("\n};\n", begin, StringComparison.Ordinal);
            end.Should().BeGreaterThan(begin);
            return code.Substring(begin, end - begin);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Docs
{
    /// <summary>The front door and the guide hang together: links resolve, every page is in the index, CI runs the README's test command.</summary>
    public sealed class GuideLinksTests
    {
        private static readonly Regex MarkdownLink = new(@"\]\(([^)\s]+)\)", RegexOptions.CultureInvariant);

        private static IEnumerable<string> Documents()
        {
            var root = TestPaths.RepositoryRoot();
            yield return Path.Combine(root, "README.md");
            yield return Path.Combine(root, "eval", "README.md");
            foreach (var page in Directory.GetFiles(Path.Combine(root, "docs"), "*.md"))
            {
                yield return page;
            }
        }

        [Fact]
        public void EveryRelativeLinkInTheReadmeAndGuideNamesAFileThatExists()
        {
            var broken = new List<string>();
            foreach (var document in Documents())
            {
                foreach (Match match in MarkdownLink.Matches(File.ReadAllText(document)))
                {
                    var target = match.Groups[1].Value;
                    if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("#", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var file = target.Split('#')[0];
                    var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, file));
                    if (!File.Exists(resolved) && !Directory.Exists(resolved))
                    {
                        broken.Add($"{Path.GetFileName(document)}: {target}");
                    }
                }
            }

            broken.Should().BeEmpty();
        }

        [Fact]
        public void EveryGuidePageIsListedInTheGuideIndex()
        {
            var index = DocPages.Read("README.md");
            var pages = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "docs"), "*.md")
                .Select(Path.GetFileName)
                .Where(name => name != "README.md");

            foreach (var page in pages)
            {
                index.Should().Contain("](" + page + ")", "docs/README.md is the guide's index");
            }
        }

        [Fact]
        public void ContinuousIntegrationRunsTheTestCommandTheReadmeGives()
        {
            const string command = "dotnet test ClaimRecon.sln -c Release";
            var ci = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), ".ci", "run"));

            DocPages.Readme().Should().Contain("```sh\n" + command + "\n```");
            ci.Should().Contain(command);
        }
    }
}

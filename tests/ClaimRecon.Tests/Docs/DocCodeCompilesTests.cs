using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Claims;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ClaimRecon.Tests.Docs
{
    /// <summary>
    /// Every C# block in README.md and docs/*.md compiles on its own, exactly as shown: with the usings it shows and no
    /// others, against the library and the runtime only, so a reader who pastes one block into a new program (or a
    /// notebook cell, for blocks that start with <c>#r "nuget: ..."</c>) gets no compile error.
    /// </summary>
    public sealed class DocCodeCompilesTests
    {
        private static readonly Regex Fence = new("^```csharp\\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

        private static readonly Regex NuGetReference = new("^#r\\s+\"nuget:[^\"]*\"\\s*$", RegexOptions.Multiline);

        private static readonly Lazy<MetadataReference[]> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Concat(new[] { typeof(Claim).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location, typeof(Newtonsoft.Json.JsonConvert).Assembly.Location })
                .Distinct()
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray());

        /// <summary>Every C# block: the file, the line its fence opens on, and its code.</summary>
        public static IEnumerable<object[]> Blocks()
        {
            var root = TestPaths.RepositoryRoot();
            var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(f => f, StringComparer.Ordinal));
            foreach (var file in files)
            {
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                foreach (Match match in Fence.Matches(text))
                {
                    var line = text.Substring(0, match.Index).Count(c => c == '\n') + 1;
                    yield return new object[] { Path.GetRelativePath(root, file).Replace('\\', '/'), line };
                }
            }
        }

        [Fact]
        public void TheBlocksAreFound()
        {
            var blocks = Blocks().ToList();

            blocks.Should().HaveCountGreaterThanOrEqualTo(10);
            blocks.Should().Contain(b => (string)b[0] == "README.md");
        }

        [Theory]
        [MemberData(nameof(Blocks))]
        public void EveryCSharpBlockCompilesOnItsOwn(string file, int line)
        {
            var code = Code(file, line);
            var notebookCell = NuGetReference.IsMatch(code);
            var tree = CSharpSyntaxTree.ParseText(
                notebookCell ? NuGetReference.Replace(code, string.Empty) : code,
                new CSharpParseOptions(LanguageVersion.Latest, kind: notebookCell ? SourceCodeKind.Script : SourceCodeKind.Regular),
                path: $"{file}:{line}");
            var compilation = notebookCell
                ? CSharpCompilation.CreateScriptCompilation("DocBlock", tree, References.Value)
                : CSharpCompilation.Create("DocBlock", new[] { tree }, References.Value, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

            errors.Should().BeEmpty("the C# block at {0}:{1} should compile as shown:\n{2}", file, line, code);
        }

        [Fact]
        public void ABlockWithoutItsUsingsFailsToCompile()
        {
            var tree = CSharpSyntaxTree.ParseText("var range = NumericRange.Closed(1, 2);\n");
            var compilation = CSharpCompilation.Create("Broken", new[] { tree }, References.Value, new CSharpCompilationOptions(OutputKind.ConsoleApplication));

            compilation.GetDiagnostics().Should().Contain(d => d.Severity == DiagnosticSeverity.Error && d.Id == "CS0103", "the check can fail: a block that needs 'using ClaimRecon.Ranges;' and does not show it is refused");
        }

        private static string Code(string file, int line)
        {
            var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), file)).Replace("\r\n", "\n");
            var match = Fence.Matches(text).Single(m => text.Substring(0, m.Index).Count(c => c == '\n') + 1 == line);
            return match.Groups["code"].Value;
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Newtonsoft.Json.Linq;
using Xunit;
using Xunit.Sdk;

namespace ClaimRecon.Tests.Notebooks
{
    /// <summary>
    /// Runs <c>notebooks/seed-story.ipynb</c> the way a notebook kernel does: every C# code cell in order, each
    /// continuing the state of the one before, with <c>#r "nuget: ClaimRecon"</c> resolved to the assembly just built,
    /// paths relative to the notebook's folder, and a <c>display</c> that renders values as the .NET Interactive
    /// formatter does (by the name-matched attribute). A cell that does not compile or throws fails the test with its
    /// index and source.
    /// </summary>
    public sealed class NotebookRunsTests
    {
        private static readonly Regex NuGetReference = new(@"^\s*#r\s+""nuget:\s*(?<id>[^,""\s]+)[^""]*""\s*$", RegexOptions.Multiline);

        private static string NotebookPath => Path.Combine(TestPaths.RepositoryRoot(), "notebooks", "seed-story.ipynb");

        [Fact]
        public void TheNotebookIsAJupyterNotebookForTheDotNetInteractiveCSharpKernel()
        {
            var notebook = JObject.Parse(File.ReadAllText(NotebookPath));

            notebook.Value<int>("nbformat").Should().Be(4);
            notebook.SelectToken("metadata.kernelspec.name")!.Value<string>().Should().Be(".net-csharp");
            notebook.SelectToken("metadata.language_info.name")!.Value<string>().Should().Be("csharp");
            var cells = notebook["cells"]!.Children<JObject>().ToList();
            cells.Should().Contain(c => c.Value<string>("cell_type") == "markdown");
            cells.Where(c => c.Value<string>("cell_type") == "code")
                .Should().OnlyContain(c => ((JArray)c["outputs"]!).Count == 0, "the notebook is committed without outputs, so a diff shows only code and text");
            var version = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot(), "src", "ClaimRecon", "ClaimRecon.csproj"))
                .Descendants("Version").Single().Value;
            CodeCells().First().Should().Contain($"#r \"nuget: ClaimRecon, {version}\"", "the first code cell brings in the package as a reader would, pinned to the version this repository packs");
        }

        [Fact]
        public async Task EveryCodeCellRunsInOrder()
        {
            var cells = CodeCells();
            var globals = new NotebookGlobals();
            var options = ScriptOptions.Default
                .WithReferences(
                    typeof(object).Assembly,
                    typeof(Enumerable).Assembly,
                    typeof(Console).Assembly,
                    typeof(File).Assembly,
                    typeof(List<>).Assembly,
                    Assembly.Load("System.Runtime"),
                    Assembly.Load("System.Collections"),
                    typeof(Claim).Assembly,
                    typeof(NodaTime.LocalDate).Assembly,
                    typeof(Newtonsoft.Json.JsonConvert).Assembly)
                .WithEmitDebugInformation(false);

            ScriptState<object>? state = null;
            for (var index = 0; index < cells.Count; index++)
            {
                var code = Prepare(cells[index]);
                globals.Cell = index;
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals))
                        : await state.ContinueWithAsync(code, options);
                }
                catch (Exception e)
                {
                    throw new XunitException($"code cell {index} of {NotebookPath} failed: {e.GetType().Name}: {e.Message}\n--- cell {index} source ---\n{cells[index]}");
                }

                if (state.ReturnValue is { } value)
                {
                    globals.display(value); // a cell's last expression is shown, as in a notebook
                }
            }

            cells.Count.Should().BeGreaterThan(3, "the walk-through loads, merges, finds and charts in separate cells");
            globals.Outputs.Select(o => o.Cell).Distinct().Count().Should().BeGreaterThan(3, "most cells show something");
            globals.Outputs.Should().Contain(o => o.Value is Claim && o.MimeType == "text/html", "a claim displays as HTML through its formatter");
            globals.Outputs.Should().Contain(o => o.Value is ClaimSet && o.MimeType == "text/html" && o.Text.Contains("cr-claim-set"), "the loaded claim set displays as a summary");
            var last = globals.Outputs.Where(o => o.Cell == cells.Count - 1).ToList();
            last.Should().ContainSingle(o => o.MimeType == "text/html", "the final cell displays the report");
            last.Single(o => o.MimeType == "text/html").Text.Should().StartWith("<div class=\"claimrecon").And.Contain("<svg").And.Contain("cr-consensus").And.Contain("cr-timeline");
        }

        /// <summary>The notebook's code cells, each source joined into one string.</summary>
        private static List<string> CodeCells()
        {
            var notebook = JObject.Parse(File.ReadAllText(NotebookPath));
            return notebook["cells"]!.Children<JObject>()
                .Where(c => c.Value<string>("cell_type") == "code")
                .Select(c => c["source"] is JArray lines ? string.Concat(lines.Values<string>()) : c.Value<string>("source") ?? string.Empty)
                .ToList();
        }

        /// <summary>
        /// Turns a cell into script code: <c>#r "nuget: ClaimRecon"</c> becomes nothing (the built assembly is already
        /// referenced; any other package fails), and string literals starting <c>../</c> are made relative to the notebook's
        /// folder, which is a kernel's working directory, without changing this process's current directory.
        /// </summary>
        private static string Prepare(string cell)
        {
            var code = NuGetReference.Replace(cell, match => match.Groups["id"].Value == "ClaimRecon"
                ? string.Empty
                : throw new XunitException("the notebook references a package the test cannot resolve: " + match.Value.Trim()));
            code.Should().NotContain("#r ", "only #r \"nuget: ClaimRecon\" is resolved");
            code.Should().NotContain("#!", "magic commands other than #r do not run under plain Roslyn scripting");
            var folder = Path.GetDirectoryName(NotebookPath)!.Replace('\\', '/');
            return code.Replace("\"../", "\"" + folder + "/../");
        }

        /// <summary>
        /// The globals a notebook cell sees: <c>display</c>, rendering a value the way .NET Interactive does for types with a
        /// formatter source attribute (found by name, source created, its text/html formatter called through
        /// <c>Format(object, TextWriter)</c>), and as text otherwise.
        /// </summary>
        public sealed class NotebookGlobals
        {
            private readonly List<Output> _outputs = new();

            /// <summary>Gets or sets the index of the code cell running now.</summary>
            public int Cell { get; set; }

            /// <summary>Gets everything displayed so far.</summary>
            public IReadOnlyList<Output> Outputs => _outputs;

#pragma warning disable IDE1006, IDE0060 // the notebook API is lower case, and its MIME types are ignored here
            /// <summary>Shows a value, as .NET Interactive's <c>display</c> does.</summary>
            /// <param name="value">The value.</param>
            /// <param name="mimeTypes">Ignored: the preferred MIME type of the value is used.</param>
            /// <returns>The value.</returns>
            public object display(object value, params string[] mimeTypes)
#pragma warning restore IDE1006, IDE0060
            {
                var attribute = value.GetType().GetCustomAttributes(true).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
                if (attribute is null)
                {
                    _outputs.Add(new Output(Cell, value, "text/plain", value.ToString() ?? string.Empty));
                    return value;
                }

                var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
                var source = Activator.CreateInstance(sourceType)!;
                var formatters = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>();
                var html = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
                var writer = new StringWriter();
                var handled = (bool)html.GetType().GetMethod("Format")!.Invoke(html, new object[] { value, writer })!;
                handled.Should().BeTrue("the formatter of a {0} handles it", value.GetType().Name);
                _outputs.Add(new Output(Cell, value, "text/html", writer.ToString()));
                return value;
            }
        }

        /// <summary>One displayed value.</summary>
        public sealed class Output
        {
            /// <summary>Creates an output.</summary>
            public Output(int cell, object value, string mimeType, string text)
            {
                Cell = cell;
                Value = value;
                MimeType = mimeType;
                Text = text;
            }

            /// <summary>Gets the code cell index.</summary>
            public int Cell { get; }

            /// <summary>Gets the value displayed.</summary>
            public object Value { get; }

            /// <summary>Gets the MIME type rendered.</summary>
            public string MimeType { get; }

            /// <summary>Gets the rendering.</summary>
            public string Text { get; }
        }
    }
}

using System;
using System.IO;
using System.Threading.Tasks;

namespace ClaimRecon.Cli.Tests.Support
{
    /// <summary>The outcome of one in-process run of the tool.</summary>
    /// <param name="ExitCode">The exit code.</param>
    /// <param name="Stdout">What it wrote to standard output.</param>
    /// <param name="Stderr">What it wrote to standard error.</param>
    public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs the tool in-process with captured outputs.</summary>
    public static class Tool
    {
        /// <summary>Runs with redirected outputs (plain text, no progress).</summary>
        /// <param name="args">The arguments.</param>
        /// <returns>The outcome.</returns>
        public static Task<CliRun> Run(params string[] args) => Run(CliEnvironment.Redirected, args);

        /// <summary>Runs in a given environment.</summary>
        /// <param name="environment">Whether the outputs are terminals, and the progress threshold.</param>
        /// <param name="args">The arguments.</param>
        /// <returns>The outcome.</returns>
        internal static async Task<CliRun> Run(CliEnvironment environment, params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await ClaimReconCli.RunAsync(args, stdout, stderr, environment);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }

        /// <summary>Runs with redirected outputs and the given text on standard input.</summary>
        /// <param name="stdin">Standard input.</param>
        /// <param name="args">The arguments.</param>
        /// <returns>The outcome.</returns>
        public static async Task<CliRun> RunWithInput(string stdin, params string[] args)
        {
            using var input = new StringReader(stdin);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await ClaimReconCli.RunAsync(args, stdout, stderr, input, CliEnvironment.Redirected);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }

        /// <summary>Gets the path of a file copied next to the tests (<c>Data/seed-story.json</c>).</summary>
        /// <param name="name">The file's name.</param>
        /// <returns>The absolute path.</returns>
        public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
    }

    /// <summary>Removes terminal escape sequences (colours) from drawn text.</summary>
    public static class Ansi
    {
        /// <summary>Returns the text without CSI escape sequences.</summary>
        /// <param name="text">Drawn text.</param>
        /// <returns>The visible characters.</returns>
        public static string Strip(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;?]*[A-Za-z]", string.Empty);
    }

    /// <summary>A temporary directory, deleted on disposal.</summary>
    public sealed class TempDir : IDisposable
    {
        /// <summary>Creates the directory.</summary>
        public TempDir()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimrecon-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        /// <summary>Gets the directory's path.</summary>
        public string Path { get; }

        /// <summary>Writes a file in the directory.</summary>
        /// <param name="name">The file's name.</param>
        /// <param name="text">Its text.</param>
        /// <returns>Its path.</returns>
        public string Write(string name, string text)
        {
            var path = File(name);
            System.IO.File.WriteAllText(path, text);
            return path;
        }

        /// <summary>Returns the path of a file in the directory.</summary>
        /// <param name="name">The file's name.</param>
        /// <returns>The path.</returns>
        public string File(string name) => System.IO.Path.Combine(Path, name);

        /// <inheritdoc />
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

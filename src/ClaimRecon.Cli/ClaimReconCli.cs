using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ClaimRecon.Cli.Commands;

namespace ClaimRecon.Cli
{
    /// <summary>
    /// The <c>claimrecon</c> command line: <c>reconcile [file]</c>, <c>validate file</c>, and with no arguments a
    /// reconciliation of the bundled seed sample.
    /// </summary>
    /// <remarks>Every call builds its own commands; there is no shared state, so calls may run side by side (as tests do).</remarks>
    internal static class ClaimReconCli
    {
        /// <summary>Runs the tool with redirected outputs: plain text and no progress.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
            RunAsync(args, stdout, stderr, TextReader.Null, CliEnvironment.Redirected);

        /// <summary>Runs the tool with no standard input.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <param name="environment">Whether the outputs are terminals, and when to show progress.</param>
        /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment) =>
            RunAsync(args, stdout, stderr, TextReader.Null, environment);

        /// <summary>Runs the tool.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <param name="stdin">Standard input, read when the file argument is <c>-</c>.</param>
        /// <param name="environment">Whether the outputs are terminals, and when to show progress.</param>
        /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, CliEnvironment environment)
        {
            var io = new CommandIo(stdout, stderr, environment) { Stdin = stdin };
            var root = Build(io);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
            {
                foreach (var error in parsed.Errors)
                {
                    await stderr.WriteLineAsync("claimrecon: " + error.Message).ConfigureAwait(false);
                }

                await stderr.WriteLineAsync("Run 'claimrecon --help' for usage.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            if (parsed.Action is HelpAction && parsed.CommandResult.Command == root)
            {
                // The root's list of commands prints an optional argument as if it were required ("reconcile <file>");
                // the help is rendered aside and that label corrected, so it agrees with "claimrecon reconcile --help".
                using var help = new StringWriter();
                var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = stderr }).ConfigureAwait(false);
                await stdout.WriteAsync(OptionalFileInCommandList(help.ToString())).ConfigureAwait(false);
                return code;
            }

            try
            {
                return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await stderr.WriteLineAsync("claimrecon: internal error, please report it: " + e).ConfigureAwait(false);
                return ExitCodes.InternalError;
            }
        }

        /// <summary>Builds the command tree: <c>reconcile</c>, <c>validate</c>, and the bare command.</summary>
        /// <param name="io">Where the commands read and write.</param>
        /// <returns>The root command.</returns>
        public static RootCommand Build(CommandIo io)
        {
            var root = new RootCommand(
                "Reconciles sourced numeric claims: per quantity the consensus, supporters, outliers and findings.\n"
                + "With no arguments, reconciles the bundled seed sample (two February 2026 reports on ISIS detainees moved from Syria to Iraq).\n"
                + "Exit codes: 0 ok; 1 findings present with --fail-on-findings; 2 bad input; 3 internal error.");
            var reconcile = ReconcileCommand.Create(io);
            root.Subcommands.Add(reconcile);
            root.Subcommands.Add(ValidateCommand.Create(io));
            root.Subcommands.Add(ExtractCommand.Create(io));
            root.SetAction(_ =>
            {
                io.Stderr.WriteLine("claimrecon: no command given; reconciling the " + Input.InputLoader.BundledName + " (see claimrecon --help).");
                return ReconcileCommand.Run(ReconcileRequest.Default, io);
            });

            return root;
        }

        /// <summary>Writes <c>reconcile [&lt;file&gt;]</c> in the root help's command list, keeping its columns aligned.</summary>
        private static string OptionalFileInCommandList(string help)
        {
            var lines = help.Split('\n');
            var commands = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
            var wrong = "  " + ReconcileCommand.Name + " <file>  ";
            if (commands < 0 || !Array.Exists(lines, l => l.StartsWith(wrong, StringComparison.Ordinal)))
            {
                return help;
            }

            for (var i = commands + 1; i < lines.Length && lines[i].StartsWith("  ", StringComparison.Ordinal); i++)
            {
                lines[i] = lines[i].StartsWith(wrong, StringComparison.Ordinal)
                    ? "  " + ReconcileCommand.Name + " [<file>]  " + lines[i].Substring(wrong.Length)
                    : Regex.Replace(lines[i], @"^(  \S+(?: <\w+>)?)(  +)", "$1  $2");
            }

            return string.Join("\n", lines);
        }
    }
}

using System;
using System.CommandLine;
using System.IO;
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
            RunAsync(args, stdout, stderr, CliEnvironment.Redirected);

        /// <summary>Runs the tool.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <param name="environment">Whether the outputs are terminals, and when to show progress.</param>
        /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment)
        {
            var io = new CommandIo(stdout, stderr, environment);
            var root = new RootCommand(
                "Reconciles sourced numeric claims: per quantity the consensus, supporters, outliers and findings.\n"
                + "With no arguments, reconciles the bundled seed sample (two February 2026 reports on ISIS detainees moved from Syria to Iraq).\n"
                + "Exit codes: 0 ok; 1 findings present with --fail-on-findings; 2 bad input; 3 internal error.");
            var reconcile = ReconcileCommand.Create(io);
            root.Subcommands.Add(reconcile);
            root.Subcommands.Add(ValidateCommand.Create(io));
            root.SetAction(_ =>
            {
                stderr.WriteLine("claimrecon: no command given; reconciling the " + Input.InputLoader.BundledName + " (see claimrecon --help).");
                return ReconcileCommand.Run(ReconcileRequest.Default, io);
            });

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
    }
}

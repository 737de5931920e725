using System.IO;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>Where a command writes, and what it knows about those outputs.</summary>
    /// <param name="Stdout">Standard output: the report, or the list of problems.</param>
    /// <param name="Stderr">Standard error: errors, notes and progress.</param>
    /// <param name="Environment">Whether the outputs are terminals, and when to show progress.</param>
    internal sealed record CommandIo(TextWriter Stdout, TextWriter Stderr, CliEnvironment Environment)
    {
        /// <summary>Gets standard input, read when the file argument is <c>-</c>; empty unless given.</summary>
        public TextReader Stdin { get; init; } = TextReader.Null;

        /// <summary>Writes an error about an argument or option to standard error: <c>claimrecon reconcile: --format: ...</c>.</summary>
        /// <param name="command">The command's name.</param>
        /// <param name="what">The argument or option (<c>&lt;file&gt;</c>, <c>--format</c>).</param>
        /// <param name="message">What is wrong, naming the value.</param>
        /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
        public int UsageError(string command, string what, string message)
        {
            Stderr.WriteLine($"claimrecon {command}: {what}: {message}");
            return ExitCodes.BadInput;
        }
    }
}

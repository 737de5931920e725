using System;

namespace ClaimRecon.Cli
{
    /// <summary>What the tool knows about where it runs: whether its outputs are terminals, and when to show progress.</summary>
    /// <remarks>Immutable. Tests pass <see cref="Redirected"/> or a copy with other values.</remarks>
    internal sealed record CliEnvironment
    {
        /// <summary>The number of claims above which progress is shown (on standard error, when it is a terminal).</summary>
        public const int DefaultProgressThreshold = 100_000;

        /// <summary>Gets a value indicating whether standard output is a terminal (then <c>text</c> is drawn with colours and tables).</summary>
        public bool StdoutIsTerminal { get; init; }

        /// <summary>Gets a value indicating whether standard error is a terminal (then large inputs show progress there).</summary>
        public bool StderrIsTerminal { get; init; }

        /// <summary>Gets the number of claims above which progress is shown.</summary>
        public int ProgressThreshold { get; init; } = DefaultProgressThreshold;

        /// <summary>Gets the terminal's width in columns for tables, or null to ask the terminal (80 when it cannot say).</summary>
        public int? TerminalWidth { get; init; }

        /// <summary>Gets an environment where both outputs are redirected: plain text, no progress.</summary>
        public static CliEnvironment Redirected { get; } = new();

        /// <summary>Reads the environment of the current process's console.</summary>
        /// <returns>The environment.</returns>
        public static CliEnvironment FromConsole() => new()
        {
            StdoutIsTerminal = !Console.IsOutputRedirected,
            StderrIsTerminal = !Console.IsErrorRedirected,
        };
    }
}

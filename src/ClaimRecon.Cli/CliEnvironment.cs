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

        /// <summary>The size of a claims file from which <c>reconcile</c> makes its report in parts, a bucket of quantities at a time (64 MiB).</summary>
        public const long DefaultSpillThresholdBytes = 64L << 20;

        /// <summary>The file bytes per bucket when a report is made in parts (8 MiB).</summary>
        public const long DefaultSpillBucketBytes = 8L << 20;

        /// <summary>Gets the size of a claims file from which <c>reconcile</c> makes its report in parts (text, JSON and Markdown without relations).</summary>
        public long SpillThresholdBytes { get; init; } = DefaultSpillThresholdBytes;

        /// <summary>Gets the file bytes per bucket of quantities when a report is made in parts: about a fourteenth of the memory a bucket takes while it is reconciled.</summary>
        public long SpillBucketBytes { get; init; } = DefaultSpillBucketBytes;

        /// <summary>Gets the most ordering records (quantities, findings) held before they are sorted and written to a temporary run when a report is made in parts.</summary>
        public int SpillRunLength { get; init; } = 1 << 16;

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

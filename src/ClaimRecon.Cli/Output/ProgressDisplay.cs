using System;
using System.IO;
using Spectre.Console;

namespace ClaimRecon.Cli.Output
{
    /// <summary>
    /// Progress bars on standard error, shown only when it is a terminal; elsewhere the work just runs. Callers decide
    /// when a piece of work is large enough to show (inputs over <see cref="CliEnvironment.ProgressThreshold"/> claims).
    /// </summary>
    /// <remarks>Immutable; each <see cref="Run{T}"/> draws its own live display, which is cleared when the work ends.</remarks>
    internal sealed class ProgressDisplay
    {
        private readonly IAnsiConsole? _console;

        private ProgressDisplay(IAnsiConsole? console) => _console = console;

        /// <summary>Gets a value indicating whether progress can be shown (standard error is a terminal).</summary>
        public bool IsAvailable => _console is not null;

        /// <summary>Creates the display for a process's standard error.</summary>
        /// <param name="stderr">Standard error.</param>
        /// <param name="environment">Whether standard error is a terminal.</param>
        /// <returns>The display.</returns>
        public static ProgressDisplay For(TextWriter stderr, CliEnvironment environment) =>
            new(environment.StderrIsTerminal
                ? AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(stderr),
                    Ansi = AnsiSupport.Yes,
                    ColorSystem = ColorSystemSupport.Detect,
                    Interactive = InteractionSupport.Yes,
                })
                : null);

        /// <summary>Runs work, showing one progress bar while it runs when <paramref name="show"/> is true and progress is available.</summary>
        /// <typeparam name="T">The work's result.</typeparam>
        /// <param name="show">Whether the work is large enough to show progress for.</param>
        /// <param name="description">What the work does ("Reading claims.csv").</param>
        /// <param name="determinate">Whether the work reports a fraction done; otherwise the bar only shows it is busy.</param>
        /// <param name="work">The work; it is given a callback taking the fraction done, in [0, 1].</param>
        /// <returns>The work's result.</returns>
        public T Run<T>(bool show, string description, bool determinate, Func<Action<double>, T> work)
        {
            if (!show || _console is null)
            {
                return work(_ => { });
            }

            return _console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(description), maxValue: 1.0);
                    task.IsIndeterminate = !determinate;
                    var result = work(fraction => task.Value = Math.Clamp(fraction, 0, 1));
                    task.Value = 1.0;
                    task.StopTask();
                    return result;
                });
        }
    }
}

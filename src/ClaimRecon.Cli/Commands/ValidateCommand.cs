using System.CommandLine;
using System.Linq;
using ClaimRecon.Cli.Input;
using ClaimRecon.Cli.Output;
using ClaimRecon.Reporting;

namespace ClaimRecon.Cli.Commands
{
    /// <summary><c>claimrecon validate file</c>: lists every problem in claims (and relations) with its place and value.</summary>
    internal static class ValidateCommand
    {
        private const string Name = "validate";

        /// <summary>Creates the command.</summary>
        /// <param name="io">Where it writes.</param>
        /// <returns>The command.</returns>
        public static Command Create(CommandIo io)
        {
            var file = new Argument<string>("file") { Description = "Claims as JSON (the package's format) or CSV (.csv); - reads standard input." };
            FileArguments.RejectOptionLike(file);
            var relations = new Option<string?>("--relations", "-r") { Description = "A JSON file of relations between quantities, checked too.", HelpName = "file" };
            var command = new Command(Name, "Check claims without reconciling them: lists every problem with its path (or line and column) and value; exit code 2 if there is any.")
            {
                file, relations,
            };
            command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(relations), io));
            return command;
        }

        /// <summary>Validates a file.</summary>
        /// <param name="file">The claims file.</param>
        /// <param name="relationsFile">The relations file, or null.</param>
        /// <param name="io">Where to write.</param>
        /// <returns><see cref="ExitCodes.Ok"/> when there is no problem, otherwise <see cref="ExitCodes.BadInput"/>.</returns>
        public static int Run(string file, string? relationsFile, CommandIo io)
        {
            if (Files.Missing(file, "<file>", Name, io) is not null || Files.Missing(relationsFile, "--relations", Name, io) is not null)
            {
                return ExitCodes.BadInput;
            }

            var load = new InputLoader(io.Environment, ProgressDisplay.For(io.Stderr, io.Environment), io.Stdin).Load(file, relationsFile, keepClaims: false);
            if (load.Input is { } input)
            {
                var set = input.Set;
                io.Stdout.WriteLine($"{input.Name}: no problems: {Words.Count(input.ClaimCount, "claim")} about {Words.Count(input.QuantityCount, "quantity", "quantities")} from {Words.Count(set.Sources.Count, "source")}"
                    + (relationsFile is null ? "." : $"; {Words.Count(input.Relations.Count, "relation")} in {relationsFile}."));
                return ExitCodes.Ok;
            }

            foreach (var problem in load.Problems)
            {
                io.Stdout.WriteLine(TerminalText.Escape(problem.ToString()));
            }

            var count = load.Problems.Count;
            io.Stderr.WriteLine($"claimrecon {Name}: {Words.Count(count, "problem")} in {string.Join(" and ", load.Problems.Select(p => p.File).Distinct())}.");
            return ExitCodes.BadInput;
        }
    }
}

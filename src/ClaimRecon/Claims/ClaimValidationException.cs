using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ClaimRecon.Claims
{
    /// <summary>Thrown when input holds one or more problems; <see cref="Problems"/> lists every one, not just the first.</summary>
    public sealed class ClaimValidationException : Exception
    {
        private const int ProblemsInMessage = 20;

        /// <summary>Creates the exception.</summary>
        /// <param name="problems">Every problem found; at least one.</param>
        /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
        public ClaimValidationException(IEnumerable<ValidationProblem> problems)
            : this(Materialise(problems))
        {
        }

        private ClaimValidationException(IReadOnlyList<ValidationProblem> problems)
            : base(BuildMessage(problems)) => Problems = problems;

        /// <summary>Gets every problem found.</summary>
        public IReadOnlyList<ValidationProblem> Problems { get; }

        private static ReadOnlyCollection<ValidationProblem> Materialise(IEnumerable<ValidationProblem> problems)
        {
            var list = (problems ?? throw new ArgumentNullException(nameof(problems))).ToList();
            return list.Count == 0 ? throw new ArgumentException("At least one problem is required.", nameof(problems)) : list.AsReadOnly();
        }

        private static string BuildMessage(IReadOnlyList<ValidationProblem> problems)
        {
            var lines = problems.Take(ProblemsInMessage).Select(p => "  " + p);
            var more = problems.Count > ProblemsInMessage ? $"{Environment.NewLine}  ... and {problems.Count - ProblemsInMessage} more (see Problems)" : string.Empty;
            return $"{problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} in the input:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
        }
    }
}

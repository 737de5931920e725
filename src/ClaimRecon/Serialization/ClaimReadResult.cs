using System;
using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Serialization
{
    /// <summary>The outcome of reading claims: the claim set, or every problem found with its JSON path and value.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class ClaimReadResult
    {
        private static readonly ValidationProblem[] NoProblems = Array.Empty<ValidationProblem>();

        private readonly ClaimSet? _value;

        private ClaimReadResult(ClaimSet? value, IReadOnlyList<ValidationProblem> problems)
        {
            _value = value;
            Problems = problems;
        }

        /// <summary>Gets a value indicating whether the input was read without any problem.</summary>
        public bool Success => _value is not null;

        /// <summary>Gets every problem found; empty on success.</summary>
        public IReadOnlyList<ValidationProblem> Problems { get; }

        /// <summary>Gets the claim set.</summary>
        /// <exception cref="ClaimValidationException">Reading failed; the exception lists every problem.</exception>
        public ClaimSet Value => _value ?? throw new ClaimValidationException(Problems);

        /// <summary>Returns the claim set, or throws listing every problem.</summary>
        /// <returns>The claim set.</returns>
        /// <exception cref="ClaimValidationException">Reading failed.</exception>
        public ClaimSet GetValueOrThrow() => Value;

        internal static ClaimReadResult Succeeded(ClaimSet set) => new(set, NoProblems);

        internal static ClaimReadResult Failed(IEnumerable<ValidationProblem> problems) => new(null, new List<ValidationProblem>(problems).AsReadOnly());
    }
}

using System.Collections.Generic;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;

namespace ClaimRecon.Cli.Input
{
    /// <summary>Claims and relations read without any problem.</summary>
    /// <param name="Name">The input as named on the command line, or <c>bundled sample seed-story.json</c>.</param>
    /// <param name="Set">The claims, sources and quantities.</param>
    /// <param name="Relations">The relations between quantities, checked by arithmetic; may be empty.</param>
    internal sealed record LoadedInput(string Name, ClaimSet Set, IReadOnlyList<DerivedRelation> Relations)
    {
        /// <summary>Gets the number of claims read: those of <see cref="Set"/>, or, when the claims were checked without being kept, how many there were.</summary>
        public long ClaimCount { get; init; } = Set.Claims.Count;

        /// <summary>Gets the number of quantities: those of <see cref="Set"/>, or those counted when the set does not hold them (checking without keeping claims).</summary>
        public int QuantityCount { get; init; } = Set.Quantities.Count;
    }

    /// <summary>The outcome of reading input: the claims and relations, or every problem found.</summary>
    /// <param name="Input">The input, when nothing is wrong; otherwise null.</param>
    /// <param name="Problems">Every problem found, in file order; empty on success.</param>
    internal sealed record LoadResult(LoadedInput? Input, IReadOnlyList<InputProblem> Problems)
    {
        /// <summary>Creates a failed result.</summary>
        /// <param name="problems">The problems; at least one.</param>
        /// <returns>The result.</returns>
        public static LoadResult Failed(IReadOnlyList<InputProblem> problems) => new(null, problems);
    }
}

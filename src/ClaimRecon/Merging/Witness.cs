using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// One independent voice in a merge: every non-denying claim, for one period, whose attribution chain ends at the same
    /// origin, with the range they admit together.
    /// </summary>
    /// <remarks>
    /// <para>Claims that trace back to one origin count once however many outlets repeat them; the ranges they give are
    /// intersected, so "more than 5,000" and "between 5,000 and 6,000" from the same Joint Operations Command source make
    /// one witness for (5000, 6000].</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Witness
    {
        private readonly Claim[] _claims;

        internal Witness(string originId, string originName, Claim[] claims, NumericRange range, decimal weight)
        {
            OriginId = originId;
            OriginName = originName;
            _claims = claims;
            Range = range;
            Weight = weight;
        }

        /// <summary>Gets the id of the source every claim of this witness traces back to.</summary>
        public string OriginId { get; }

        /// <summary>Gets the origin's name when the engine knows the source; otherwise its id.</summary>
        public string OriginName { get; }

        /// <summary>Gets the claims, ordered by id.</summary>
        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Gets the range every claim of this witness admits (their intersection); empty when they contradict each other.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets the vote: 1, or the origin's reliability under <see cref="MergeStrategyKind.ReliabilityWeighted"/>.</summary>
        public decimal Weight { get; }

        /// <summary>Returns e.g. <c>joc (3 claims): (5000, 6000]</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            OriginId + (_claims.Length == 1 ? string.Empty : " (" + _claims.Length + " claims)") + ": " + Range;

        internal string ClaimIds => string.Join(", ", _claims.Select(c => c.Id));
    }
}

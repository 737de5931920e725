using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>A range with the top score under max agreement, and the witnesses that admit it.</summary>
    /// <remarks>Several candidates in one result are a tie. This type is immutable and thread-safe.</remarks>
    public sealed class Candidate
    {
        private readonly Witness[] _supporters;

        internal Candidate(NumericRange range, decimal score, Witness[] supporters)
        {
            Range = range;
            Score = score;
            _supporters = supporters;
        }

        /// <summary>Gets the range.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets its score: the supporters' weight minus the weight of origins denying it.</summary>
        public decimal Score { get; }

        /// <summary>Gets the witnesses whose range holds the whole candidate, ordered by origin id.</summary>
        public IReadOnlyList<Witness> Supporters => _supporters;

        /// <summary>Returns e.g. <c>(5000, 6000] score 2</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => Range + " score " + Explanations.Number(Score);
    }
}

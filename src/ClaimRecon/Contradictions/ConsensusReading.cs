using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// The values every claim of a set of witnesses admits when "about"/"nearly" are read at a tolerance t, computed from
    /// a handful of claims: figures whose reading does not depend on t are intersected once, and of the hedged ones only
    /// those that can bind are read again at each t.
    /// </summary>
    /// <remarks>
    /// At tolerance t, "about x" reads as [x − t|x|, x + t|x|] and "nearly x" as [x − t|x|, x) whatever the claim's own
    /// policy, so the order of the hedged claims' lower ends is the order of their figures at every t, and likewise for
    /// the upper ends of "about" claims and of "nearly" claims. The intersection at t is therefore that of the fixed part,
    /// the hedged claim with the highest figure, and the "about" and "nearly" claims with the lowest figures. Building it
    /// reads each claim once; each later reading costs O(1).
    /// </remarks>
    internal sealed class ConsensusReading
    {
        private readonly NumericRange _fixed;
        private readonly List<Claim> _binding = new(4);
        private readonly IReadOnlyList<Witness> _witnesses;

        public ConsensusReading(IReadOnlyList<Witness> witnesses)
        {
            var fixedPart = NumericRange.All;
            Claim? highestLower = null, lowestAbout = null, lowestNearly = null;
            _witnesses = witnesses;
            foreach (var witness in witnesses)
            {
                foreach (var claim in witness.Claims)
                {
                    var figure = claim.Figure;
                    if (figure is null || !HedgeKinds.DependsOnTolerance(figure.Hedge))
                    {
                        fixedPart = fixedPart.Intersect(claim.Range);
                        continue;
                    }

                    // Read at any t, both hedges' lower ends are x − t|x| and "about" ends above at x + t|x|, "nearly"
                    // below x: each end is ordered as the figures are, so the binding claims are found by value.
                    var x = figure.Value;
                    if (highestLower is null || x > highestLower.Figure!.Value)
                    {
                        highestLower = claim;
                    }

                    if (HedgeKinds.IsNearly(figure.Hedge))
                    {
                        if (lowestNearly is null || x < lowestNearly.Figure!.Value)
                        {
                            lowestNearly = claim;
                        }
                    }
                    else if (lowestAbout is null || x < lowestAbout.Figure!.Value)
                    {
                        lowestAbout = claim;
                    }
                }
            }

            _fixed = fixedPart;
            foreach (var claim in new[] { highestLower, lowestAbout, lowestNearly })
            {
                if (claim is not null && !_binding.Contains(claim))
                {
                    _binding.Add(claim);
                }
            }
        }

        /// <summary>Gets every claim of the witnesses, in witness order.</summary>
        public IEnumerable<Claim> Claims => _witnesses.SelectMany(w => w.Claims);

        /// <summary>Gets whether any claim reads differently at another tolerance.</summary>
        public bool AnyTolerant => _binding.Count > 0;

        /// <summary>The values every claim admits with "about"/"nearly" read <paramref name="t"/> wide.</summary>
        public NumericRange At(decimal t)
        {
            var range = _fixed;
            foreach (var claim in _binding)
            {
                range = range.Intersect(Tolerance.RangeAt(claim, t));
            }

            return range;
        }

        /// <summary>The smallest tolerance at which every claim shares a value (0 when they do literally), or null.</summary>
        /// <param name="likely">A tolerance at which they probably agree (the policy's), to start the search below it.</param>
        public decimal? Flip(decimal? likely = null) => AnyTolerant ? Tolerance.Flip(t => !At(t).IsEmpty, likely) : null;

        /// <summary>The smallest tolerance at which <paramref name="other"/>'s claims and every claim here share a value, or null.</summary>
        public decimal? FlipWith(IReadOnlyList<Claim> other) =>
            !AnyTolerant && !Tolerance.AnyTolerant(other)
                ? null
                : Tolerance.Flip(t => At(t).Overlaps(Tolerance.WitnessAt(other, t)));
    }
}

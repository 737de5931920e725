using System;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// What a max-agreement result of a small quantity needs to make its lists when they are first read: the usual case of
    /// 2 to <see cref="CoverageSweep.SmallCount"/> witnesses (and any number contradicting themselves), at most
    /// <see cref="MaxClaims"/> claims, every weight 1 and no denial. The merge keeps the claims in witness order, the
    /// candidates' ranges when they tie, and which witnesses hold each candidate or decide nothing as bits, instead of
    /// making the witness, supporter, candidate and outlier objects a reader of the consensus alone never asks for.
    /// </summary>
    /// <remarks>
    /// Immutable. <see cref="Make"/> gives what <see cref="PeriodMerger"/>'s full path gives the same claims, object for
    /// object: a witness of one claim holds it alone, a witness of several holds their array and works out its range when
    /// first read, supporters are the witness array itself when every witness holds the consensus, and outliers carry the
    /// distance the full path works out from the same ranges.
    /// </remarks>
    internal sealed class SmallAgreement
    {
        /// <summary>Claim count up to which a result can be kept this way (one bit per claim marks where each witness starts).</summary>
        public const int MaxClaims = 64;

        private static readonly Witness[] NoWitnesses = Array.Empty<Witness>();
        private static readonly Outlier[] NoOutliers = Array.Empty<Outlier>();
        private static readonly Denial[] NoDenials = Array.Empty<Denial>();

        /// <summary>The claims, none denying, ordered by origin then id: each witness's claims in a row.</summary>
        private readonly Claim[] _claims;

        /// <summary>Bit k set: claim k is the first of its witness.</summary>
        private readonly ulong _firsts;

        /// <summary>Bit g set: the claims of group g (one origin; groups counted over every origin, in order) have no value in common, so they make a self-contradictory outlier, not a witness.</summary>
        private readonly ulong _empty;

        /// <summary>Bit w set: witness w (counted over the witnesses only) holds the consensus, or in a tie some candidate.</summary>
        private readonly int _supports;

        /// <summary>Bit w set: witness w holds the consensus and also values an outlier holds.</summary>
        private readonly int _nonDeciding;
        private readonly SourceCatalogue _sources;

        /// <summary>In a tie, the candidates' ranges, low to high; null with one candidate (the consensus).</summary>
        private readonly NumericRange[]? _candidates;

        /// <summary>In a tie, for each candidate, the bits of the witnesses holding it.</summary>
        private readonly int[]? _holders;
        private readonly int _top;

        public SmallAgreement(
            Claim[] claims, ulong firsts, ulong empty, int supports, int nonDeciding, NumericRange consensus, int top, NumericRange[]? candidates, int[]? holders, SourceCatalogue sources)
        {
            _candidates = candidates;
            _holders = holders;
            _top = top;
            _claims = claims;
            _firsts = firsts;
            _empty = empty;
            _supports = supports;
            _nonDeciding = nonDeciding;
            _sources = sources;
            Consensus = consensus;
        }

        /// <summary>Gets the consensus, the one candidate's range; empty in a tie.</summary>
        public NumericRange Consensus { get; }

        /// <summary>Gets the consensus's support: how many witnesses hold it; 0 in a tie.</summary>
        public int Support => _candidates is null ? _top : 0;

        /// <summary>
        /// Makes the witnesses (origin order), the supporters, the non-deciding supporters, the candidates of a tie (null
        /// with one candidate: the result makes it from the consensus) and the outliers (first the self-contradictory ones,
        /// then the witnesses outside every candidate with their distance to the nearest; none denied) as the full path
        /// makes them.
        /// </summary>
        public (Witness[] All, Witness[] Supporters, Witness[] NonDeciding, Candidate[]? Candidates, Outlier[] Outliers) Make()
        {
            var claims = _claims;
            var groups = PopCount(_firsts);
            var selfContradictory = PopCount(_empty);
            var count = groups - selfContradictory;
            var all = new Witness[count];
            var outside = count - PopCount((ulong)(uint)_supports);
            var outliers = selfContradictory + outside == 0 ? NoOutliers : new Outlier[selfContradictory + outside];
            var s = 0;
            var o = selfContradictory;
            var w = 0;
            var start = 0;
            for (var g = 0; g < groups; g++)
            {
                var end = start + 1;
                while (end < claims.Length && ((_firsts >> end) & 1) == 0)
                {
                    end++;
                }

                var first = claims[start];
                var origin = first.OriginId;
                Claim[]? own = null;
                Witness witness;
                if (end - start == 1)
                {
                    witness = Witness.OfOne(origin, _sources.NameOf(origin), first, 1m);
                }
                else
                {
                    own = new Claim[end - start];
                    Array.Copy(claims, start, own, 0, own.Length);
                    witness = new Witness(origin, _sources.NameOf(origin), own, 1m);
                }

                if (((_empty >> g) & 1) != 0)
                {
                    outliers[s++] = new Outlier(witness, OutlierReason.SelfContradictory, 0m, NoDenials);
                }
                else
                {
                    if (((_supports >> w) & 1) == 0)
                    {
                        // The range the merge intersected for this witness, folded the same way (Witness.IntersectionOf).
                        var range = own is null ? Witness.OwnRange(first) : Witness.IntersectionOf(own);
                        outliers[o++] = _candidates is null
                            ? new Outlier(witness, OutlierReason.OutsideConsensus, PeriodMerger.Distance(range, Consensus), NoDenials)
                            : new Outlier(witness, OutlierReason.OutsideAllCandidates, Nearest(range), NoDenials);
                    }

                    all[w++] = witness;
                }

                start = end;
            }

            if (_candidates is null)
            {
                return (all, Pick(all, _supports, whole: true), _nonDeciding == 0 ? NoWitnesses : Pick(all, _nonDeciding, whole: false), null, outliers);
            }

            var candidates = new Candidate[_candidates.Length];
            for (var c = 0; c < candidates.Length; c++)
            {
                candidates[c] = new Candidate(_candidates[c], _top, Pick(all, _holders![c], whole: true));
            }

            return (all, NoWitnesses, NoWitnesses, candidates, outliers);
        }

        /// <summary>The distance from a range to the nearest candidate, taken as the full path takes it (the least, from <see cref="decimal.MaxValue"/> down).</summary>
        private decimal Nearest(NumericRange range)
        {
            var distance = decimal.MaxValue;
            foreach (var candidate in _candidates!)
            {
                distance = Math.Min(distance, PeriodMerger.Distance(range, candidate));
            }

            return distance;
        }

        /// <summary>The witnesses whose bits are set, in order; the array itself when every bit is and <paramref name="whole"/> allows it (as the full path shares it for supporters).</summary>
        private static Witness[] Pick(Witness[] all, int bits, bool whole)
        {
            if (whole && bits == (1 << all.Length) - 1)
            {
                return all;
            }

            var picked = new Witness[PopCount((ulong)(uint)bits)];
            var k = 0;
            for (var w = 0; w < all.Length; w++)
            {
                if (((bits >> w) & 1) != 0)
                {
                    picked[k++] = all[w];
                }
            }

            return picked;
        }

        private static int PopCount(ulong bits)
        {
            var count = 0;
            for (var rest = bits; rest != 0; rest &= rest - 1)
            {
                count++;
            }

            return count;
        }
    }
}

using System;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>Denials, outliers and distances, shared by every strategy.</summary>
    internal sealed partial class PeriodMerger
    {
        /// <summary>Each denying origin's denied values as disjoint ranges, so one origin denying a value twice counts once.</summary>
        private void DenialIntervals()
        {
            _denialRanges.Clear();
            _denialWeights.Clear();
            var denialClaims = _denialClaims;
            var i = 0;
            while (i < denialClaims.Count)
            {
                var origin = denialClaims[i].OriginId;
                var own = _ownDenials;
                own.Clear();
                while (i < denialClaims.Count && SameOrigin(denialClaims[i].OriginId, origin))
                {
                    own.AddRange(DeniedValues.Of(denialClaims[i], _witnesses));
                    i++;
                }

                if (own.Count == 0)
                {
                    continue;
                }

                own.Sort(static (a, b) => EndpointOrder.CompareLower(a.Lower, b.Lower));
                var current = own[0];
                var weight = Weight(origin);
                for (var k = 1; k < own.Count; k++)
                {
                    if (current.Overlaps(own[k]))
                    {
                        current = current.Hull(own[k]);
                    }
                    else
                    {
                        _denialRanges.Add(current);
                        _denialWeights.Add(weight);
                        current = own[k];
                    }
                }

                _denialRanges.Add(current);
                _denialWeights.Add(weight);
            }
        }

        private Denial[] Denials(NumericRange consensus)
        {
            var denialClaims = _denialClaims;
            if (denialClaims.Count == 0)
            {
                return NoDenials;
            }

            var result = new Denial[denialClaims.Count];
            for (var d = 0; d < result.Length; d++)
            {
                var claim = denialClaims[d];
                result[d] = new Denial(claim, _sources.NameOf(claim.OriginId), Weight(claim.OriginId), (claim.Denies ?? DenialTarget.OwnFigure()).RuledOut(claim.Range).Overlaps(consensus));
            }

            return result;
        }

        /// <summary>
        /// The distance between two non-empty ranges, as <see cref="NumericRange.DistanceTo(NumericRange)"/>, except that a
        /// distance larger than a decimal holds (ends near opposite limits) is <see cref="decimal.MaxValue"/> instead of an
        /// <see cref="OverflowException"/> that would abort the whole merge.
        /// </summary>
        internal static decimal Distance(NumericRange a, NumericRange b)
        {
            var gap = a.Gap(b);
            if (gap.IsEmpty)
            {
                return 0m;
            }

            var lower = gap.Lower.Value;
            var upper = gap.Upper.Value;
            return lower < 0 && upper > decimal.MaxValue + lower ? decimal.MaxValue : upper - lower;
        }

        private static Denial[] DeniedBy(NumericRange range, Denial[] denials)
        {
            if (denials.Length == 0)
            {
                return NoDenials;
            }

            var count = 0;
            foreach (var d in denials)
            {
                count += d.Range.Overlaps(range) ? 1 : 0;
            }

            if (count == 0)
            {
                return NoDenials;
            }

            var hits = new Denial[count];
            var k = 0;
            foreach (var d in denials)
            {
                if (d.Range.Overlaps(range))
                {
                    hits[k++] = d;
                }
            }

            return hits;
        }

        /// <summary>
        /// The outliers array: the self-contradictory witnesses first, then <paramref name="extra"/> free slots for the
        /// caller to fill; <see cref="Array.Empty{T}"/> when there are none.
        /// </summary>
        private Outlier[] SelfContradictoryOutliers(int extra)
        {
            var selfContradictory = _selfContradictory;
            if (selfContradictory.Count + extra == 0)
            {
                return NoOutliers;
            }

            var result = new Outlier[selfContradictory.Count + extra];
            for (var k = 0; k < selfContradictory.Count; k++)
            {
                result[k] = new Outlier(selfContradictory[k], OutlierReason.SelfContradictory, 0, NoDenials);
            }

            return result;
        }
    }
}

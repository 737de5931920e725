using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>The values a denial takes support away from, within one quantity and period.</summary>
    internal static class DeniedValues
    {
        /// <summary>
        /// The denial's own figure with its direction; for a denial without a figure, each named claim, or each figure of
        /// the named source, among <paramref name="witnesses"/>, with the direction. A directed denial ("far lower than
        /// reported") so takes support away from the denied side of the line only, never from the side it points to.
        /// </summary>
        public static IEnumerable<NumericRange> Of(Claim denial, IEnumerable<Witness> witnesses)
        {
            var target = denial.Denies ?? DenialTarget.OwnFigure();
            if (denial.Figure is not null)
            {
                yield return target.RuledOut(denial.Range);
                yield break;
            }

            foreach (var witness in witnesses)
            {
                foreach (var claim in witness.Claims)
                {
                    var named = target.SourceId is { } source
                        ? Contains(claim.Attribution.SourceIds, source)
                        : Contains(target.ClaimIds, claim.Id);
                    if (named && !claim.Range.IsEmpty)
                    {
                        yield return target.RuledOut(claim.Range);
                    }
                }
            }
        }

        private static bool Contains(IEnumerable<string> ids, string id)
        {
            foreach (var candidate in ids)
            {
                if (string.Equals(candidate, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

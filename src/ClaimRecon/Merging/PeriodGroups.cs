using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Splits one quantity's claims into groups whose described periods share days (connected runs), in time order.</summary>
    internal static class PeriodGroups
    {
        /// <summary>Fills <paramref name="result"/> (cleared first) with the groups; the common single group is the claims list itself.</summary>
        public static void Split(List<Claim> claims, List<(TimeReference? Period, List<Claim> Claims)> result)
        {
            result.Clear();
            if (claims.Count == 1)
            {
                result.Add((claims[0].ReferenceTime, claims));
                return;
            }

            // Common case: every claim covers the same days, so there is one group and nothing to sort.
            var firstTime = claims[0].ReferenceTime;
            if (firstTime is not null)
            {
                var same = true;
                for (var k = 1; k < claims.Count && same; k++)
                {
                    var time = claims[k].ReferenceTime;
                    same = ReferenceEquals(time, firstTime) || (time is not null && time.FirstDay == firstTime.FirstDay && time.LastDay == firstTime.LastDay);
                }

                if (same)
                {
                    result.Add((PeriodOf(claims), claims));
                    return;
                }
            }

            var dated = new List<(int First, int Last, Claim Claim)>(claims.Count);
            List<Claim>? undated = null;
            foreach (var claim in claims)
            {
                var time = claim.ReferenceTime;
                if (time is null)
                {
                    (undated ??= new List<Claim>()).Add(claim);
                }
                else
                {
                    dated.Add((TimeReference.DayNumber(time.FirstDay), TimeReference.DayNumber(time.LastDay), claim));
                }
            }

            dated.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last));
            var i = 0;
            while (i < dated.Count)
            {
                var group = new List<Claim> { dated[i].Claim };
                var last = dated[i].Last;
                var j = i + 1;
                while (j < dated.Count && dated[j].First <= last)
                {
                    group.Add(dated[j].Claim);
                    if (dated[j].Last > last)
                    {
                        last = dated[j].Last;
                    }

                    j++;
                }

                result.Add((PeriodOf(group), group));
                i = j;
            }

            if (undated is not null)
            {
                result.Add((null, undated));
            }
        }

        private static TimeReference PeriodOf(List<Claim> group)
        {
            var first = group[0].ReferenceTime!;
            var same = true;
            var firstDay = first.FirstDay;
            var lastDay = first.LastDay;
            foreach (var claim in group)
            {
                var time = claim.ReferenceTime!;
                if (ReferenceEquals(time, first))
                {
                    continue; // Same object: equal, and its days are the first claim's.
                }

                same &= time.Equals(first);
                if (time.FirstDay < firstDay)
                {
                    firstDay = time.FirstDay;
                }

                if (time.LastDay > lastDay)
                {
                    lastDay = time.LastDay;
                }
            }

            return same ? first : firstDay == lastDay ? TimeReference.OnDay(firstDay) : TimeReference.Between(firstDay, lastDay);
        }
    }
}

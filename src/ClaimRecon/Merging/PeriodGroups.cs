using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// Splits one quantity's claims into groups that describe the same days (Allen's <see cref="AllenRelation.Equals"/> on
    /// whole days), ordered by first day, then last day; undated claims form the last group.
    /// </summary>
    /// <remarks>A month and a day inside it, or two runs of days that overlap, are different groups: neither is "the same
    /// time" as the other (see <see cref="TimeOrder"/> for what may still be compared across groups).</remarks>
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

            var dated = new List<(int First, int Last, int Index, Claim Claim)>(claims.Count);
            List<Claim>? undated = null;
            for (var k = 0; k < claims.Count; k++)
            {
                var claim = claims[k];
                var time = claim.ReferenceTime;
                if (time is null)
                {
                    (undated ??= new List<Claim>()).Add(claim);
                }
                else
                {
                    dated.Add((TimeReference.DayNumber(time.FirstDay), TimeReference.DayNumber(time.LastDay), k, claim));
                }
            }

            // Same first and last day is one group; a month and a day inside it, or two overlapping runs, are not.
            dated.Sort(static (a, b) =>
                a.First != b.First ? a.First.CompareTo(b.First) : a.Last != b.Last ? a.Last.CompareTo(b.Last) : a.Index.CompareTo(b.Index));
            var i = 0;
            while (i < dated.Count)
            {
                var group = new List<Claim> { dated[i].Claim };
                var j = i + 1;
                while (j < dated.Count && dated[j].First == dated[i].First && dated[j].Last == dated[i].Last)
                {
                    group.Add(dated[j].Claim);
                    j++;
                }

                result.Add((PeriodOf(group), group));
                i = j;
            }

            if (undated is not null)
            {
                result.Add((null, undated));
            }

            if (result.Count > 1)
            {
                MoveNamingDenials(result);
            }
        }

        /// <summary>
        /// A denial without a figure of its own that names claims ("far lower than reported") bears on those claims
        /// wherever they were merged, whatever period the denial itself gives: it leaves its own group for each group that
        /// holds a claim it names (a group left empty is dropped). A denial naming no claim of this quantity stays put.
        /// </summary>
        private static void MoveNamingDenials(List<(TimeReference? Period, List<Claim> Claims)> groups)
        {
            Dictionary<string, int>? homes = null;
            var placed = new HashSet<Claim>();
            for (var g = 0; g < groups.Count; g++)
            {
                var claims = groups[g].Claims;
                for (var k = claims.Count - 1; k >= 0; k--)
                {
                    var denial = claims[k];
                    if (denial.Stance != Stance.Denies || denial.Figure is not null || denial.Denies is not { ClaimIds.Count: > 0 } target || !placed.Add(denial))
                    {
                        continue;
                    }

                    homes ??= Homes(groups);
                    var targets = new SortedSet<int>();
                    foreach (var id in target.ClaimIds)
                    {
                        if (homes.TryGetValue(id, out var home))
                        {
                            targets.Add(home);
                        }
                    }

                    if (targets.Count == 0 || (targets.Count == 1 && targets.Min == g))
                    {
                        continue;
                    }

                    if (!targets.Contains(g))
                    {
                        claims.RemoveAt(k);
                    }

                    foreach (var t in targets)
                    {
                        if (t != g)
                        {
                            groups[t].Claims.Add(denial);
                        }
                    }
                }
            }

            groups.RemoveAll(group => group.Claims.Count == 0);
        }

        private static Dictionary<string, int> Homes(List<(TimeReference? Period, List<Claim> Claims)> groups)
        {
            var homes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var claim in groups[g].Claims)
                {
                    if (claim.Stance != Stance.Denies)
                    {
                        homes[claim.Id] = g;
                    }
                }
            }

            return homes;
        }

        /// <summary>The group's period: the claims' own when they all give it alike; else the same days at one precision without a label, or as a day or run of days.</summary>
        private static TimeReference PeriodOf(List<Claim> group)
        {
            var first = group[0].ReferenceTime!;
            var same = true;
            var samePrecision = true;
            foreach (var claim in group)
            {
                var time = claim.ReferenceTime!;
                if (!ReferenceEquals(time, first))
                {
                    same &= time.Equals(first);
                    samePrecision &= time.Precision == first.Precision;
                }
            }

            return same ? first
                : samePrecision && first.Precision != TimePrecision.Instant ? first.WithLabel(null)
                : first.FirstDay == first.LastDay ? TimeReference.OnDay(first.FirstDay) : TimeReference.Between(first.FirstDay, first.LastDay);
        }
    }
}

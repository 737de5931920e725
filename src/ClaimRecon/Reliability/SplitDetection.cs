using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Finds quantities whose claims fall into two groups far apart (a figure and ten times it, two counts of different
    /// things), so that the estimate follows the heavier group instead of landing between them.
    /// </summary>
    internal static class SplitDetection
    {
        private const double GapFactor = 3;
        private const int MaxCandidates = 5;

        /// <summary>Sets <see cref="ClaimTable.IsSplit"/> and <see cref="ClaimTable.Cluster"/> of quantity <paramref name="q"/> when its claims split.</summary>
        /// <param name="table">The table, prepared by <see cref="QuantitySetup"/>.</param>
        /// <param name="q">The quantity.</param>
        /// <param name="reps">Each claim's representative value on the working scale, as <see cref="QuantitySetup.Prepare"/> returns.</param>
        public static void Find(ClaimTable table, int q, double[] reps)
        {
            int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
            if (table.WitnessCount[q] < 4)
            {
                return;
            }

            // Candidate cuts: the widest gaps between neighbouring claimed values. A cut splits the quantity when each side
            // has two or more witnesses, none on both sides, and the gap is at least three times the robust spread of either
            // side and the scale floor. The widest gap that qualifies wins (the widest gaps are tried first), so a claim added
            // inside one group cannot move the cut elsewhere.
            var order = Enumerable.Range(0, b - a).OrderBy(i => reps[i]).ThenBy(i => i).ToArray();
            var cuts = Enumerable.Range(1, order.Length - 1)
                .Where(i => reps[order[i]] > reps[order[i - 1]])
                .OrderByDescending(i => reps[order[i]] - reps[order[i - 1]])
                .ThenBy(i => i)
                .Take(MaxCandidates)
                .ToArray();
            var best = -1;
            foreach (var cut in cuts)
            {
                var gap = reps[order[cut]] - reps[order[cut - 1]];
                var lowerSide = order.Take(cut).ToArray();
                var upperSide = order.Skip(cut).ToArray();
                var lowerWitnesses = new HashSet<int>(lowerSide.Select(i => table.Witness[i + a]));
                var upperWitnesses = new HashSet<int>(upperSide.Select(i => table.Witness[i + a]));
                if (lowerWitnesses.Count < 2 || upperWitnesses.Count < 2 || lowerWitnesses.Overlaps(upperWitnesses))
                {
                    continue;
                }

                var spread = Math.Max(Math.Max(RobustSpread.Of(lowerSide.Select(i => reps[i])), RobustSpread.Of(upperSide.Select(i => reps[i]))), table.ScaleFloor[q]);
                var ratio = gap / spread;
                if (ratio >= GapFactor)
                {
                    best = cut;
                    break;
                }
            }

            if (best < 0)
            {
                return;
            }

            var lower = order.Take(best).Select(i => i + a).ToArray();
            var upper = order.Skip(best).Select(i => i + a).ToArray();
            table.IsSplit[q] = true;
            foreach (var k in lower)
            {
                table.Cluster[k] = 0;
            }

            foreach (var k in upper)
            {
                table.Cluster[k] = 1;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Prepares one quantity's rows of a <see cref="ClaimTable"/> once, before the iterations: the ends on the working scale,
    /// the robust scale, the witnesses and the sorted range ends.
    /// </summary>
    internal static class QuantitySetup
    {
        private const double LogFloorFraction = 1e-3;

        /// <summary>Fills the quantity's per-claim and per-quantity columns; <see cref="ClaimTable.WitnessOf"/> must be set.</summary>
        /// <param name="table">The table.</param>
        /// <param name="q">The quantity.</param>
        /// <param name="options">The options (scale floor).</param>
        /// <returns>Each claim's representative value on the working scale (its midpoint, or its one end), by row within the quantity.</returns>
        public static double[] Prepare(ClaimTable table, int q, TruthDiscoveryOptions options)
        {
            int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
            var log = table.Logarithmic;

            // The log floor: a thousandth of the median positive finite end.
            if (log)
            {
                var positive = new List<double>();
                for (var k = a; k < b; k++)
                {
                    if (table.HasLower[k] && table.Lower[k] > 0)
                    {
                        positive.Add((double)table.Lower[k]);
                    }

                    if (table.HasUpper[k] && table.Upper[k] > 0)
                    {
                        positive.Add((double)table.Upper[k]);
                    }
                }

                table.LogFloor[q] = positive.Count == 0 ? 1 : LogFloorFraction * RobustSpread.Median(positive);
            }

            var reps = new double[b - a];
            for (var k = a; k < b; k++)
            {
                table.LowerT[k] = table.HasLower[k] ? table.ToT(q, table.Lower[k]) : double.NegativeInfinity;
                table.UpperT[k] = table.HasUpper[k] ? table.ToT(q, table.Upper[k]) : double.PositiveInfinity;
                reps[k - a] = table.HasLower[k] && table.HasUpper[k] ? 0.5 * (table.LowerT[k] + table.UpperT[k]) : table.HasLower[k] ? table.LowerT[k] : table.UpperT[k];
            }

            var sorted = (double[])reps.Clone();
            Array.Sort(sorted);
            var median = RobustSpread.Median(sorted);
            var deviations = sorted.Select(r => Math.Abs(r - median)).ToArray();
            Array.Sort(deviations);
            double floor;
            if (log)
            {
                floor = options.ScaleFloor;
            }
            else
            {
                floor = options.ScaleFloor * Math.Abs(median);
                if (floor == 0)
                {
                    floor = options.ScaleFloor * sorted.Select(Math.Abs).Max();
                }

                if (floor == 0)
                {
                    floor = 1;
                }
            }

            table.ScaleFloor[q] = floor;
            table.Scale[q] = Math.Max(RobustSpread.MadToSigma * RobustSpread.Median(deviations), floor);

            // Witnesses within the quantity, numbered by first appearance in claim-id order.
            var local = new Dictionary<int, int>();
            for (var k = a; k < b; k++)
            {
                var w = table.WitnessOf[table.Source[k]];
                if (!local.TryGetValue(w, out var index))
                {
                    index = local.Count;
                    local.Add(w, index);
                }

                table.Witness[k] = index;
            }

            table.WitnessCount[q] = local.Count;
            table.HasEvidence[q] = local.Count >= 2;
            var perWitness = new int[local.Count];
            for (var k = a; k < b; k++)
            {
                perWitness[table.Witness[k]]++;
            }

            for (var k = a; k < b; k++)
            {
                table.WitnessClaims[k] = perWitness[table.Witness[k]];
            }

            // Range ends in (value, upper-after-lower, claim) order: entry = 2k for a lower end, 2k + 1 for an upper end.
            var ends = new List<int>(2 * (b - a));
            for (var k = a; k < b; k++)
            {
                if (table.HasLower[k])
                {
                    ends.Add(2 * k);
                }

                if (table.HasUpper[k])
                {
                    ends.Add((2 * k) + 1);
                }
            }

            ends.Sort((x, y) =>
            {
                var c = table.EndValue(x).CompareTo(table.EndValue(y));
                return c != 0 ? c : x.CompareTo(y);
            });
            table.Ends[q] = ends.ToArray();

            for (var k = a; k < b; k++)
            {
                table.Cluster[k] = -1;
            }

            return reps;
        }
    }
}

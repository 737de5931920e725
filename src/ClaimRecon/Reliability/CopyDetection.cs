using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Finds sources that copy one another and makes each copy group one witness: on every contested quantity, each pair of
    /// sources is scored by how much more often they give the identical range than chance would have them do (Cohen's kappa).
    /// </summary>
    /// <remarks>
    /// Pairs whose chances to differ reach <see cref="TruthDiscoveryOptions.CopyMinOverlap"/> and whose kappa reaches
    /// <see cref="TruthDiscoveryOptions.CopyAgreement"/> are copies; groups are joined by complete linkage, strongest pairs first.
    /// Quantities with fewer than three sources, one distinct answer, or more than 200 sources are not looked at.
    /// </remarks>
    internal static class CopyDetection
    {
        private const int MaxSources = 200;
        private const int DenseTableSources = 512;

        /// <summary>Sets <see cref="ClaimTable.WitnessOf"/>: each source's copy group, named by its member that sorts first.</summary>
        /// <param name="table">The claims; only the rows, sources and quantities are read.</param>
        /// <param name="options">The copy thresholds; <c>CopyMinOverlap == int.MaxValue</c> turns detection off.</param>
        public static void FindWitnesses(ClaimTable table, TruthDiscoveryOptions options)
        {
            var sources = table.SourceIds.Length;
            var parent = new int[sources];
            for (var s = 0; s < parent.Length; s++)
            {
                parent[s] = s;
            }

            if (options.CopyMinOverlap != int.MaxValue)
            {
                Link(Score(table), sources, options, parent);
            }

            for (var s = 0; s < sources; s++)
            {
                table.WitnessOf[s] = Root(parent, s);
            }
        }

        /// <summary>
        /// Per pair of sources (key <c>first * sources + second</c>, first &lt; second): shared contested quantities (N),
        /// identical answers (O) and the identical answers expected by chance (E) if each answered like the other sources on
        /// that quantity.
        /// </summary>
        private static Dictionary<long, (double N, double O, double E)> Score(ClaimTable table)
        {
            var sources = table.SourceIds.Length;

            // Copies agree far more than chance: kappa = (O - E) / (N - E), over N - E chances to differ.
            var pairs = new Dictionary<long, (double N, double O, double E)>();

            // Few sources: a dense table (N, O, E per ordered pair) instead of hashing every pair of every quantity.
            var dense = sources <= DenseTableSources ? new double[3L * sources * sources] : null;
            var valueOf = new Dictionary<int, int>();
            var rangeIndex = new Dictionary<NumericRange, int>();
            var counts = new List<int>();
            var present = new List<int>();
            for (var q = 0; q < table.QuantityCount; q++)
            {
                int a = table.QuantityStart[q], b = table.QuantityStart[q + 1];
                valueOf.Clear();
                rangeIndex.Clear();
                counts.Clear();
                present.Clear();
                for (var k = a; k < b; k++)
                {
                    if (valueOf.ContainsKey(table.Source[k]))
                    {
                        continue;
                    }

                    if (!rangeIndex.TryGetValue(table.Claims[k].Range, out var v))
                    {
                        v = rangeIndex.Count;
                        rangeIndex.Add(table.Claims[k].Range, v);
                        counts.Add(0);
                    }

                    counts[v]++;
                    valueOf.Add(table.Source[k], v);
                    present.Add(table.Source[k]);
                }

                if (rangeIndex.Count < 2 || present.Count < 3 || present.Count > MaxSources)
                {
                    continue;
                }

                present.Sort();
                double sumSquares = 0;
                foreach (var c in counts)
                {
                    sumSquares += (double)c * c;
                }

                var others = present.Count - 2;
                for (var i = 0; i < present.Count; i++)
                {
                    var va = valueOf[present[i]];
                    for (var j = i + 1; j < present.Count; j++)
                    {
                        var vb = valueOf[present[j]];
                        double ca = counts[va], cb = counts[vb];

                        // Sum of squared counts without a's and b's answers.
                        var without = va == vb
                            ? sumSquares - (ca * ca) + ((ca - 2) * (ca - 2))
                            : sumSquares - (ca * ca) + ((ca - 1) * (ca - 1)) - (cb * cb) + ((cb - 1) * (cb - 1));
                        var chance = without / ((double)others * others);
                        var key = ((long)present[i] * sources) + present[j];
                        if (dense is not null)
                        {
                            dense[3 * key] += 1;
                            dense[(3 * key) + 1] += va == vb ? 1 : 0;
                            dense[(3 * key) + 2] += chance;
                        }
                        else
                        {
                            pairs.TryGetValue(key, out var t);
                            pairs[key] = (t.N + 1, t.O + (va == vb ? 1 : 0), t.E + chance);
                        }
                    }
                }
            }

            if (dense is not null)
            {
                for (long key = 0; key < (long)sources * sources; key++)
                {
                    if (dense[3 * key] > 0)
                    {
                        pairs.Add(key, (dense[3 * key], dense[(3 * key) + 1], dense[(3 * key) + 2]));
                    }
                }
            }

            return pairs;
        }

        /// <summary>Joins copy groups in <paramref name="parent"/>, strongest pairs first, by complete linkage.</summary>
        private static void Link(Dictionary<long, (double N, double O, double E)> pairs, int sources, TruthDiscoveryOptions options, int[] parent)
        {
            // Complete linkage: two groups merge only when every source of one is a copy of every source of the other,
            // so one source that relays two feeds (an airport site showing both) does not chain them together.
            var copies = new HashSet<long>();
            var candidates = new List<(double Kappa, long Key)>();
            foreach (var pair in pairs)
            {
                var (n, o, e) = pair.Value;
                var room = n - e;
                if (room >= options.CopyMinOverlap && (o - e) >= options.CopyAgreement * room)
                {
                    copies.Add(pair.Key);
                    candidates.Add(((o - e) / room, pair.Key));
                }
            }

            candidates.Sort((x, y) => x.Kappa != y.Kappa ? y.Kappa.CompareTo(x.Kappa) : x.Key.CompareTo(y.Key));
            var members = Enumerable.Range(0, sources).Select(s => new List<int> { s }).ToArray();
            foreach (var (_, key) in candidates)
            {
                var x = Root(parent, (int)(key / sources));
                var y = Root(parent, (int)(key % sources));
                if (x == y || !members[x].All(i => members[y].All(j => copies.Contains(((long)Math.Min(i, j) * sources) + Math.Max(i, j)))))
                {
                    continue;
                }

                var (keep, gone) = (Math.Min(x, y), Math.Max(x, y));
                parent[gone] = keep;
                members[keep].AddRange(members[gone]);
                members[gone].Clear();
            }
        }

        private static int Root(int[] parent, int s)
        {
            while (parent[s] != s)
            {
                s = parent[s];
            }

            return s;
        }
    }
}

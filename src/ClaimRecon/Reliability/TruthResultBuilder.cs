using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Turns the final state of a run into its result: per quantity the estimate, its 80% and 90% intervals, the claim
    /// weights and the groups of a split; per source its reliability with bounds.
    /// </summary>
    internal sealed class TruthResultBuilder
    {
        /// <summary>The quantiles of the claims' mass the intervals are read at: 80% (10%, 90%), then 90% (5%, 95%).</summary>
        private static readonly double[] IntervalPoints = { 0.10, 0.90, 0.05, 0.95 };

        private readonly ClaimTable _table;
        private readonly LossSolver _loss;

        public TruthResultBuilder(ClaimTable table, LossSolver loss)
        {
            _table = table;
            _loss = loss;
        }

        public QuantityTruth[] BuildQuantities(int iterations, double[] intervalWeight)
        {
            var results = new QuantityTruth[_table.QuantityCount];
            var intervalMass = new double[_table.Claims.Length];
            for (var q = 0; q < _table.QuantityCount; q++)
            {
                int a = _table.QuantityStart[q], b = _table.QuantityStart[q + 1];
                _table.WeighClaims(q, intervalWeight, intervalMass);
                _table.WeighClaims(q);
                var weights = new ClaimWeight[b - a];
                for (var k = a; k < b; k++)
                {
                    weights[k - a] = new ClaimWeight(_table.Claims[k].Id, _table.SourceIds[_table.Source[k]], _table.Weight[k]);
                }

                var intervals = Intervals(q, intervalMass);
                var clusters = Array.Empty<ValueCluster>();
                if (_table.IsSplit[q])
                {
                    clusters = new[] { Cluster(q, 0), Cluster(q, 1) };
                }

                var origins = new HashSet<int>();
                for (var k = a; k < b; k++)
                {
                    origins.Add(_table.Source[k]);
                }

                results[q] = new QuantityTruth(
                    _table.Claims[a].Quantity,
                    _table.Estimate[q],
                    intervals.Interval80,
                    intervals.Interval90,
                    weights,
                    origins.Count,
                    _table.WitnessCount[q],
                    clusters,
                    iterations,
                    _table.Residual[q]);
            }

            return results;
        }

        public static double[] IntervalWeights(double[] shapes, double[] rates)
        {
            var weights = new double[shapes.Length];
            for (var s = 0; s < weights.Length; s++)
            {
                weights[s] = shapes[s] / rates[s];
            }

            return weights;
        }

        private ValueCluster Cluster(int q, int cluster)
        {
            int a = _table.QuantityStart[q], b = _table.QuantityStart[q + 1];
            var range = NumericRange.Empty;
            double weight = 0;
            var witnesses = new HashSet<int>();
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            for (var k = a; k < b; k++)
            {
                if (_table.Cluster[k] != cluster)
                {
                    continue;
                }

                range = range.IsEmpty ? _table.Claims[k].Range : range.Hull(_table.Claims[k].Range);
                weight += _table.Weight[k];
                witnesses.Add(_table.Witness[k]);
                sources.Add(_table.SourceIds[_table.Source[k]]);
            }

            return new ValueCluster(range, _loss.Solve(q, cluster).Estimate, weight, witnesses.Count, sources.ToArray());
        }

        private (NumericRange Interval80, NumericRange Interval90) Intervals(int q, double[] mass)
        {
            if (!_table.IsSplit[q])
            {
                var all = Quantiles(q, mass, -1);
                return (Around(all[0], all[1], _table.Estimate[q]), Around(all[2], all[3], _table.Estimate[q]));
            }

            var lower = Quantiles(q, mass, 0);
            var upper = Quantiles(q, mass, 1);
            return (Around(lower[0], upper[1], _table.Estimate[q]), Around(lower[2], upper[3], _table.Estimate[q]));
        }

        private static NumericRange Around(double low, double high, decimal estimate) => NumericRange.Closed(Math.Min(LossSolver.ToDecimal(low), estimate), Math.Max(LossSolver.ToDecimal(high), estimate));

        /// <summary>The <see cref="IntervalPoints"/> quantiles of the claims' mass (or one group's), each claim spread evenly over its range.</summary>
        private double[] Quantiles(int q, double[] mass, int cluster)
        {
            int a = _table.QuantityStart[q], b = _table.QuantityStart[q + 1];
            var points = new List<double>();
            double total = 0;
            for (var k = a; k < b; k++)
            {
                if (cluster >= 0 && _table.Cluster[k] != cluster)
                {
                    continue;
                }

                total += mass[k];
                var (from, to) = MassOf(k);
                points.Add(from);
                if (to != from)
                {
                    points.Add(to);
                }
            }

            points.Sort();
            var distinct = new List<double>(points.Count);
            foreach (var x in points)
            {
                if (distinct.Count == 0 || distinct[distinct.Count - 1] != x)
                {
                    distinct.Add(x);
                }
            }

            // CDF just before and at each distinct point.
            var before = new double[distinct.Count];
            var at = new double[distinct.Count];
            for (var k = a; k < b; k++)
            {
                if (cluster >= 0 && _table.Cluster[k] != cluster)
                {
                    continue;
                }

                var (from, to) = MassOf(k);
                var w = mass[k];
                for (var i = 0; i < distinct.Count; i++)
                {
                    var x = distinct[i];
                    if (from == to)
                    {
                        before[i] += from < x ? w : 0;
                        at[i] += from <= x ? w : 0;
                    }
                    else
                    {
                        var share = Math.Min(Math.Max((x - from) / (to - from), 0), 1);
                        before[i] += w * share;
                        at[i] += w * share;
                    }
                }
            }

            var result = new double[IntervalPoints.Length];
            for (var j = 0; j < IntervalPoints.Length; j++)
            {
                var p = IntervalPoints[j] * total;
                result[j] = distinct[distinct.Count - 1];
                for (var i = 0; i < distinct.Count; i++)
                {
                    if (i > 0 && before[i] >= p && before[i] > at[i - 1])
                    {
                        result[j] = distinct[i - 1] + ((distinct[i] - distinct[i - 1]) * (p - at[i - 1]) / (before[i] - at[i - 1]));
                        break;
                    }

                    if (at[i] >= p - (1e-12 * Math.Max(p, 1e-300)))
                    {
                        result[j] = distinct[i];
                        break;
                    }
                }
            }

            return result;
        }

        private (double From, double To) MassOf(int k)
        {
            if (_table.HasLower[k] && _table.HasUpper[k])
            {
                return ((double)_table.Lower[k], (double)_table.Upper[k]);
            }

            var end = _table.HasLower[k] ? (double)_table.Lower[k] : (double)_table.Upper[k];
            return (end, end);
        }

        public SourceReliability[] BuildSources(double[] shapes, double[] rates, int[] evidenceCounts, double[][] bounds)
        {
            var counts = new int[_table.SourceIds.Length];
            foreach (var s in _table.Source)
            {
                counts[s]++;
            }

            var sources = new SourceReliability[_table.SourceIds.Length];
            for (var s = 0; s < sources.Length; s++)
            {
                var mean = shapes[s] / rates[s];
                sources[s] = new SourceReliability(
                    _table.SourceIds[s],
                    _table.SourceIds[_table.WitnessOf[s]],
                    1 - Math.Exp(-mean),
                    1 - Math.Exp(-bounds[s][0]),
                    1 - Math.Exp(-bounds[s][1]),
                    bounds[s][0],
                    counts[s],
                    evidenceCounts[s]);
            }

            return sources;
        }
    }
}

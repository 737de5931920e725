using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>One run of truth discovery over buffered claims (see <see cref="TruthDiscovery"/> for the method).</summary>
    internal sealed class TruthSolver
    {
        private const double HuberThreshold = 1.345;
        private const double PriorClaims = 1;
        private const double LowerQuantile = 0.025;
        private const double UpperQuantile = 0.975;
        private const double SplitGapFactor = 3;
        private const int CopyDetectionMaxSources = 200;
        private const int MaxSplitCandidates = 5;
        private const int DenseCopyTableSources = 512;
        private const double LogFloorFraction = 1e-3;
        private const double MadToSigma = 1.4826;

        private readonly TruthDiscoveryOptions _options;
        private readonly int _denials;
        private readonly Claim[] _claims;
        private readonly string[] _sourceIds;
        private readonly int[] _src;
        private readonly bool[] _hasLo;
        private readonly bool[] _hasHi;
        private readonly decimal[] _lo;
        private readonly decimal[] _hi;
        private readonly double[] _loT;
        private readonly double[] _hiT;
        private readonly int[] _qStart;
        private readonly double[] _scale;
        private readonly double[] _floorT;
        private readonly double[] _logFloor;
        private readonly bool[] _evidence;
        private readonly int[] _witnessOf;
        private readonly int[] _witnessLocal;
        private readonly int[] _witnessCount;
        private readonly int[] _witnessClaims;
        private readonly int[][] _ends;
        private readonly int[] _cluster;
        private readonly bool[] _split;
        private readonly double[] _omega;
        private readonly double[] _estT;
        private readonly decimal[] _est;
        private readonly double[] _residual;
        private readonly double[] _sourceWeight;
        private readonly Dictionary<double, double[]> _quantiles = new();
        private readonly List<(decimal Value, int Entry)> _scratch = new();
        private double[] _heaviest = Array.Empty<double>();

        public TruthSolver(List<Claim> claims, TruthDiscoveryOptions options, int denials)
        {
            _options = options;
            _denials = denials;
            claims.Sort((a, b) =>
            {
                var c = a.Quantity.CompareTo(b.Quantity);
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in claims)
            {
                if (!seen.Add(claim.Id))
                {
                    throw new ArgumentException($"claims: the id \"{claim.Id}\" is used twice.", nameof(claims));
                }
            }

            _claims = claims.ToArray();
            var n = _claims.Length;
            _sourceIds = _claims.Select(c => c.Attribution.Origin).Distinct(StringComparer.Ordinal).ToArray();
            Array.Sort(_sourceIds, StringComparer.Ordinal);
            var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var s = 0; s < _sourceIds.Length; s++)
            {
                sourceIndex.Add(_sourceIds[s], s);
            }

            _src = new int[n];
            _hasLo = new bool[n];
            _hasHi = new bool[n];
            _lo = new decimal[n];
            _hi = new decimal[n];
            _loT = new double[n];
            _hiT = new double[n];
            _omega = new double[n];
            _cluster = new int[n];
            _witnessLocal = new int[n];
            var starts = new List<int>();
            for (var k = 0; k < n; k++)
            {
                var claim = _claims[k];
                if (k == 0 || !claim.Quantity.Equals(_claims[k - 1].Quantity))
                {
                    starts.Add(k);
                }

                _src[k] = sourceIndex[claim.Attribution.Origin];
                var range = claim.Range;
                _hasLo[k] = !range.Lower.IsUnbounded;
                _hasHi[k] = !range.Upper.IsUnbounded;
                _lo[k] = _hasLo[k] ? range.Lower.Value : 0m;
                _hi[k] = _hasHi[k] ? range.Upper.Value : 0m;
            }

            starts.Add(n);
            _qStart = starts.ToArray();
            var q = _qStart.Length - 1;
            _scale = new double[q];
            _floorT = new double[q];
            _logFloor = new double[q];
            _evidence = new bool[q];
            _witnessCount = new int[q];
            _ends = new int[q][];
            _split = new bool[q];
            _estT = new double[q];
            _est = new decimal[q];
            _residual = new double[q];
            _sourceWeight = Enumerable.Repeat(1.0, _sourceIds.Length).ToArray();
            _witnessClaims = new int[n];

            _witnessOf = FindWitnesses();
            for (var i = 0; i < q; i++)
            {
                Prepare(i);
            }
        }

        private int Quantities => _qStart.Length - 1;

        public TruthDiscoveryResult Run()
        {
            var iterations = 0;
            var converged = false;
            var residual = double.PositiveInfinity;
            while (iterations < _options.MaxIterations)
            {
                residual = TruthStep(iterations == 0);
                iterations++;
                if (iterations > 1 && residual <= _options.Tolerance)
                {
                    converged = true;
                    break;
                }

                if (iterations < _options.MaxIterations)
                {
                    ReliabilityStep(true, out _, out _, out _);
                }
            }

            var posterior = ReliabilityStep(false, out var shapes, out var rates, out var counts);
            return new TruthDiscoveryResult(BuildQuantities(iterations, IntervalWeights(shapes, rates)), BuildSources(shapes, rates, counts, posterior), iterations, converged, residual, _denials, _options);
        }

        // ---- setup ------------------------------------------------------------------------------------------------

        private int[] FindWitnesses()
        {
            var parent = new int[_sourceIds.Length];
            for (var s = 0; s < parent.Length; s++)
            {
                parent[s] = s;
            }

            if (_options.CopyMinOverlap != int.MaxValue)
            {
                // Per pair of sources: shared contested quantities (N), identical answers (O) and the identical answers
                // expected by chance (E) if each answered like the other sources on that quantity. Copies agree far more
                // than chance: kappa = (O - E) / (N - E), over N - E chances to differ.
                var pairs = new Dictionary<long, (double N, double O, double E)>();

                // Few sources: a dense table (N, O, E per ordered pair) instead of hashing every pair of every quantity.
                var dense = _sourceIds.Length <= DenseCopyTableSources ? new double[3L * _sourceIds.Length * _sourceIds.Length] : null;
                var valueOf = new Dictionary<int, int>();
                var rangeIndex = new Dictionary<NumericRange, int>();
                var counts = new List<int>();
                var present = new List<int>();
                for (var q = 0; q < Quantities; q++)
                {
                    int a = _qStart[q], b = _qStart[q + 1];
                    valueOf.Clear();
                    rangeIndex.Clear();
                    counts.Clear();
                    present.Clear();
                    for (var k = a; k < b; k++)
                    {
                        if (valueOf.ContainsKey(_src[k]))
                        {
                            continue;
                        }

                        if (!rangeIndex.TryGetValue(_claims[k].Range, out var v))
                        {
                            v = rangeIndex.Count;
                            rangeIndex.Add(_claims[k].Range, v);
                            counts.Add(0);
                        }

                        counts[v]++;
                        valueOf.Add(_src[k], v);
                        present.Add(_src[k]);
                    }

                    if (rangeIndex.Count < 2 || present.Count < 3 || present.Count > CopyDetectionMaxSources)
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
                            var key = ((long)present[i] * _sourceIds.Length) + present[j];
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
                    for (long key = 0; key < (long)_sourceIds.Length * _sourceIds.Length; key++)
                    {
                        if (dense[3 * key] > 0)
                        {
                            pairs.Add(key, (dense[3 * key], dense[(3 * key) + 1], dense[(3 * key) + 2]));
                        }
                    }
                }

                // Complete linkage: two groups merge only when every source of one is a copy of every source of the other,
                // so one source that relays two feeds (an airport site showing both) does not chain them together.
                var copies = new HashSet<long>();
                var candidates = new List<(double Kappa, long Key)>();
                foreach (var pair in pairs)
                {
                    var (n, o, e) = pair.Value;
                    var room = n - e;
                    if (room >= _options.CopyMinOverlap && (o - e) >= _options.CopyAgreement * room)
                    {
                        copies.Add(pair.Key);
                        candidates.Add(((o - e) / room, pair.Key));
                    }
                }

                candidates.Sort((x, y) => x.Kappa != y.Kappa ? y.Kappa.CompareTo(x.Kappa) : x.Key.CompareTo(y.Key));
                var members = Enumerable.Range(0, _sourceIds.Length).Select(s => new List<int> { s }).ToArray();
                foreach (var (_, key) in candidates)
                {
                    var x = Root(parent, (int)(key / _sourceIds.Length));
                    var y = Root(parent, (int)(key % _sourceIds.Length));
                    if (x == y || !members[x].All(i => members[y].All(j => copies.Contains(((long)Math.Min(i, j) * _sourceIds.Length) + Math.Max(i, j)))))
                    {
                        continue;
                    }

                    var (keep, gone) = (Math.Min(x, y), Math.Max(x, y));
                    parent[gone] = keep;
                    members[keep].AddRange(members[gone]);
                    members[gone].Clear();
                }
            }

            var witness = new int[_sourceIds.Length];
            for (var s = 0; s < witness.Length; s++)
            {
                witness[s] = Root(parent, s);
            }

            return witness;
        }

        private static int Root(int[] parent, int s)
        {
            while (parent[s] != s)
            {
                s = parent[s];
            }

            return s;
        }

        private void Prepare(int q)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            var log = _options.Scale == ValueScale.Logarithmic;

            // The log floor: a thousandth of the median positive finite end.
            if (log)
            {
                var positive = new List<double>();
                for (var k = a; k < b; k++)
                {
                    if (_hasLo[k] && _lo[k] > 0)
                    {
                        positive.Add((double)_lo[k]);
                    }

                    if (_hasHi[k] && _hi[k] > 0)
                    {
                        positive.Add((double)_hi[k]);
                    }
                }

                _logFloor[q] = positive.Count == 0 ? 1 : LogFloorFraction * Median(positive);
            }

            var reps = new double[b - a];
            for (var k = a; k < b; k++)
            {
                _loT[k] = _hasLo[k] ? ToT(q, _lo[k]) : double.NegativeInfinity;
                _hiT[k] = _hasHi[k] ? ToT(q, _hi[k]) : double.PositiveInfinity;
                reps[k - a] = _hasLo[k] && _hasHi[k] ? 0.5 * (_loT[k] + _hiT[k]) : _hasLo[k] ? _loT[k] : _hiT[k];
            }

            var sorted = (double[])reps.Clone();
            Array.Sort(sorted);
            var median = Median(sorted);
            var deviations = sorted.Select(r => Math.Abs(r - median)).ToArray();
            Array.Sort(deviations);
            double floor;
            if (log)
            {
                floor = _options.ScaleFloor;
            }
            else
            {
                floor = _options.ScaleFloor * Math.Abs(median);
                if (floor == 0)
                {
                    floor = _options.ScaleFloor * sorted.Select(Math.Abs).Max();
                }

                if (floor == 0)
                {
                    floor = 1;
                }
            }

            _floorT[q] = floor;
            _scale[q] = Math.Max(MadToSigma * Median(deviations), floor);

            // Witnesses within the quantity, numbered by first appearance in claim-id order.
            var local = new Dictionary<int, int>();
            for (var k = a; k < b; k++)
            {
                var w = _witnessOf[_src[k]];
                if (!local.TryGetValue(w, out var index))
                {
                    index = local.Count;
                    local.Add(w, index);
                }

                _witnessLocal[k] = index;
            }

            _witnessCount[q] = local.Count;
            if (local.Count > _heaviest.Length)
            {
                _heaviest = new double[local.Count];
            }

            _evidence[q] = local.Count >= 2;
            var perWitness = new int[local.Count];
            for (var k = a; k < b; k++)
            {
                perWitness[_witnessLocal[k]]++;
            }

            for (var k = a; k < b; k++)
            {
                _witnessClaims[k] = perWitness[_witnessLocal[k]];
            }

            // Range ends in (value, upper-after-lower, claim) order: entry = 2k for a lower end, 2k + 1 for an upper end.
            var ends = new List<int>(2 * (b - a));
            for (var k = a; k < b; k++)
            {
                if (_hasLo[k])
                {
                    ends.Add(2 * k);
                }

                if (_hasHi[k])
                {
                    ends.Add((2 * k) + 1);
                }
            }

            ends.Sort((x, y) =>
            {
                var c = EndValue(x).CompareTo(EndValue(y));
                return c != 0 ? c : x.CompareTo(y);
            });
            _ends[q] = ends.ToArray();

            for (var k = a; k < b; k++)
            {
                _cluster[k] = -1;
            }

            FindSplit(q, reps);
        }

        private void FindSplit(int q, double[] reps)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            if (_witnessCount[q] < 4)
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
                .Take(MaxSplitCandidates)
                .ToArray();
            var best = -1;
            foreach (var cut in cuts)
            {
                var gap = reps[order[cut]] - reps[order[cut - 1]];
                var lowerSide = order.Take(cut).ToArray();
                var upperSide = order.Skip(cut).ToArray();
                var lowerWitnesses = new HashSet<int>(lowerSide.Select(i => _witnessLocal[i + a]));
                var upperWitnesses = new HashSet<int>(upperSide.Select(i => _witnessLocal[i + a]));
                if (lowerWitnesses.Count < 2 || upperWitnesses.Count < 2 || lowerWitnesses.Overlaps(upperWitnesses))
                {
                    continue;
                }

                var spread = Math.Max(Math.Max(Spread(lowerSide.Select(i => reps[i])), Spread(upperSide.Select(i => reps[i]))), _floorT[q]);
                var ratio = gap / spread;
                if (ratio >= SplitGapFactor)
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
            _split[q] = true;
            foreach (var k in lower)
            {
                _cluster[k] = 0;
            }

            foreach (var k in upper)
            {
                _cluster[k] = 1;
            }
        }

        private static double Spread(IEnumerable<double> values)
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            var median = Median(sorted);
            var deviations = sorted.Select(v => Math.Abs(v - median)).ToArray();
            Array.Sort(deviations);
            return MadToSigma * Median(deviations);
        }

        private static double Median(IList<double> sorted)
        {
            if (sorted.Count == 0)
            {
                return 0;
            }

            var list = sorted as double[] ?? sorted.ToArray();
            if (!(sorted is double[]))
            {
                Array.Sort(list);
            }

            var m = list.Length / 2;
            return list.Length % 2 == 1 ? list[m] : 0.5 * (list[m - 1] + list[m]);
        }

        private decimal EndValue(int entry) => (entry & 1) == 0 ? _lo[entry >> 1] : _hi[entry >> 1];

        private double ToT(int q, decimal value)
        {
            var v = (double)value;
            return _options.Scale == ValueScale.Logarithmic ? Math.Log(Math.Max(v, _logFloor[q])) : v;
        }

        // ---- truth step --------------------------------------------------------------------------------------------

        private double TruthStep(bool first)
        {
            var largest = 0.0;
            for (var q = 0; q < Quantities; q++)
            {
                SetClaimWeights(q);
                var cluster = -1;
                if (_split[q])
                {
                    cluster = HeavierCluster(q);
                }

                var (estimate, t) = Solve(q, cluster);
                var move = first ? double.PositiveInfinity : Math.Abs(t - _estT[q]) / _scale[q];
                if (double.IsNaN(move))
                {
                    move = 0;
                }

                _residual[q] = move;
                largest = Math.Max(largest, move);
                _est[q] = estimate;
                _estT[q] = t;
            }

            return largest;
        }

        private void SetClaimWeights(int q) => SetClaimWeights(q, _sourceWeight, _omega);

        private void SetClaimWeights(int q, double[] perSource, double[] into)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            var heaviest = _heaviest;
            Array.Clear(heaviest, 0, _witnessCount[q]);
            for (var k = a; k < b; k++)
            {
                var w = perSource[_src[k]];
                var l = _witnessLocal[k];
                if (w > heaviest[l])
                {
                    heaviest[l] = w;
                }
            }

            var total = 0.0;
            for (var k = a; k < b; k++)
            {
                into[k] = heaviest[_witnessLocal[k]] / _witnessClaims[k];
                total += into[k];
            }

            for (var k = a; k < b; k++)
            {
                into[k] = total > 0 ? into[k] / total : 1.0 / (b - a);
            }
        }

        private int HeavierCluster(int q)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            double lower = 0, upper = 0;
            var lowerWitnesses = new HashSet<int>();
            var upperWitnesses = new HashSet<int>();
            for (var k = a; k < b; k++)
            {
                if (_cluster[k] == 0)
                {
                    lower += _omega[k];
                    lowerWitnesses.Add(_witnessLocal[k]);
                }
                else
                {
                    upper += _omega[k];
                    upperWitnesses.Add(_witnessLocal[k]);
                }
            }

            if (Math.Abs(lower - upper) > 1e-12)
            {
                return lower > upper ? 0 : 1;
            }

            return upperWitnesses.Count > lowerWitnesses.Count ? 1 : 0;
        }

        private (decimal Estimate, double T) Solve(int q, int cluster)
        {
            var median = WeightedMedian(q, cluster);
            var medianT = ToT(q, median);
            if (_options.Loss == TruthLoss.Absolute)
            {
                return (median, medianT);
            }

            int a = _qStart[q], b = _qStart[q + 1];
            var x = medianT;
            for (var iteration = 0; iteration < 200; iteration++)
            {
                double sum = 0, weights = 0;
                for (var k = a; k < b; k++)
                {
                    if (cluster >= 0 && _cluster[k] != cluster)
                    {
                        continue;
                    }

                    var p = Math.Min(Math.Max(x, _loT[k]), _hiT[k]);
                    var w = _omega[k];
                    if (_options.Loss == TruthLoss.Huber)
                    {
                        var r = Math.Abs(x - p) / _scale[q];
                        if (r > HuberThreshold)
                        {
                            w *= HuberThreshold / r;
                        }
                    }

                    sum += w * p;
                    weights += w;
                }

                var next = weights > 0 ? sum / weights : x;
                var done = Math.Abs(next - x) <= 1e-12 * _scale[q];
                x = next;
                if (done)
                {
                    break;
                }
            }

            if (Math.Abs(x - medianT) <= 1e-9 * _scale[q])
            {
                return (median, medianT);
            }

            var value = _options.Scale == ValueScale.Logarithmic ? Math.Exp(x) : x;
            return (ToDecimal(value), x);
        }

        private decimal WeightedMedian(int q, int cluster)
        {
            _scratch.Clear();
            double lowerTotal = 0, all = 0;
            foreach (var entry in _ends[q])
            {
                var k = entry >> 1;
                if (cluster >= 0 && _cluster[k] != cluster)
                {
                    continue;
                }

                _scratch.Add((EndValue(entry), entry));
                if ((entry & 1) == 0)
                {
                    lowerTotal += _omega[k];
                }
            }

            int a = _qStart[q], b = _qStart[q + 1];
            for (var k = a; k < b; k++)
            {
                if (cluster < 0 || _cluster[k] == cluster)
                {
                    all += _omega[k];
                }
            }

            var eps = 1e-12 * all;
            double upperAtOrBelow = 0, lowerAtOrBelow = 0;
            var i = 0;
            while (i < _scratch.Count)
            {
                var value = _scratch[i].Value;
                while (i < _scratch.Count && _scratch[i].Value == value)
                {
                    var entry = _scratch[i].Entry;
                    if ((entry & 1) == 0)
                    {
                        lowerAtOrBelow += _omega[entry >> 1];
                    }
                    else
                    {
                        upperAtOrBelow += _omega[entry >> 1];
                    }

                    i++;
                }

                var slope = upperAtOrBelow - (lowerTotal - lowerAtOrBelow);
                if (slope >= -eps)
                {
                    if (slope > eps || i == _scratch.Count)
                    {
                        return value;
                    }

                    var next = _scratch[i].Value;
                    return (value / 2) + (next / 2);
                }
            }

            return _scratch[_scratch.Count - 1].Value;
        }

        private static decimal ToDecimal(double value)
        {
            if (double.IsNaN(value))
            {
                return 0m;
            }

            if (value >= 7.9e28)
            {
                return decimal.MaxValue;
            }

            if (value <= -7.9e28)
            {
                return decimal.MinValue;
            }

            return (decimal)value;
        }

        // ---- reliability step --------------------------------------------------------------------------------------

        private double[][] ReliabilityStep(bool apply, out double[] shapes, out double[] rates, out int[] evidenceCounts)
        {
            var loss = new double[_sourceIds.Length];
            evidenceCounts = new int[_sourceIds.Length];
            double total = 0;
            var claims = 0;
            for (var q = 0; q < Quantities; q++)
            {
                if (!_evidence[q])
                {
                    continue;
                }

                for (var k = _qStart[q]; k < _qStart[q + 1]; k++)
                {
                    var l = Loss(q, k);
                    loss[_src[k]] += l;
                    evidenceCounts[_src[k]]++;
                    total += l;
                    claims++;
                }
            }

            var half = _options.Loss == TruthLoss.Squared ? 0.5 : 1.0;
            var meanLoss = claims == 0 ? 1 : Math.Max(total / claims, 1e-9);
            shapes = new double[_sourceIds.Length];
            rates = new double[_sourceIds.Length];
            var bounds = new double[_sourceIds.Length][];
            for (var s = 0; s < _sourceIds.Length; s++)
            {
                shapes[s] = PriorClaims + (half * evidenceCounts[s]);
                rates[s] = (PriorClaims * meanLoss) + (half * loss[s]);
                var standard = StandardQuantiles(shapes[s]);
                bounds[s] = new[] { standard[0] / rates[s], standard[1] / rates[s] };
                if (apply)
                {
                    _sourceWeight[s] = bounds[s][0];
                }
            }

            return bounds;
        }

        private double[] StandardQuantiles(double shape)
        {
            if (!_quantiles.TryGetValue(shape, out var q))
            {
                q = new[] { GammaMath.Quantile(LowerQuantile, shape), GammaMath.Quantile(UpperQuantile, shape) };
                _quantiles.Add(shape, q);
            }

            return q;
        }

        private double Loss(int q, int k)
        {
            var x = _estT[q];
            var d = x < _loT[k] ? _loT[k] - x : x > _hiT[k] ? x - _hiT[k] : 0;
            var r = d / _scale[q];
            return _options.Loss switch
            {
                TruthLoss.Absolute => r,
                TruthLoss.Huber => r <= HuberThreshold ? 0.5 * r * r : HuberThreshold * (r - (0.5 * HuberThreshold)),
                _ => r * r,
            };
        }

        // ---- results -----------------------------------------------------------------------------------------------

        private QuantityTruth[] BuildQuantities(int iterations, double[] intervalWeight)
        {
            var results = new QuantityTruth[Quantities];
            var intervalMass = new double[_claims.Length];
            for (var q = 0; q < Quantities; q++)
            {
                int a = _qStart[q], b = _qStart[q + 1];
                SetClaimWeights(q, intervalWeight, intervalMass);
                SetClaimWeights(q);
                var weights = new ClaimWeight[b - a];
                for (var k = a; k < b; k++)
                {
                    weights[k - a] = new ClaimWeight(_claims[k].Id, _sourceIds[_src[k]], _omega[k]);
                }

                var intervals = Intervals(q, intervalMass);
                var clusters = Array.Empty<ValueCluster>();
                if (_split[q])
                {
                    clusters = new[] { Cluster(q, 0), Cluster(q, 1) };
                }

                var origins = new HashSet<int>();
                for (var k = a; k < b; k++)
                {
                    origins.Add(_src[k]);
                }

                results[q] = new QuantityTruth(
                    _claims[a].Quantity,
                    _est[q],
                    intervals.Interval80,
                    intervals.Interval90,
                    weights,
                    origins.Count,
                    _witnessCount[q],
                    clusters,
                    iterations,
                    _residual[q]);
            }

            return results;
        }

        private double[] IntervalWeights(double[] shapes, double[] rates)
        {
            var weights = new double[_sourceIds.Length];
            for (var s = 0; s < weights.Length; s++)
            {
                weights[s] = shapes[s] / rates[s];
            }

            return weights;
        }

        private ValueCluster Cluster(int q, int cluster)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            var range = NumericRange.Empty;
            double weight = 0;
            var witnesses = new HashSet<int>();
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            for (var k = a; k < b; k++)
            {
                if (_cluster[k] != cluster)
                {
                    continue;
                }

                range = range.IsEmpty ? _claims[k].Range : range.Hull(_claims[k].Range);
                weight += _omega[k];
                witnesses.Add(_witnessLocal[k]);
                sources.Add(_sourceIds[_src[k]]);
            }

            return new ValueCluster(range, Solve(q, cluster).Estimate, weight, witnesses.Count, sources.ToArray());
        }

        private static readonly double[] IntervalPoints = { 0.10, 0.90, 0.05, 0.95 };

        private (NumericRange Interval80, NumericRange Interval90) Intervals(int q, double[] mass)
        {
            if (!_split[q])
            {
                var all = Quantiles(q, mass, -1);
                return (Around(all[0], all[1], _est[q]), Around(all[2], all[3], _est[q]));
            }

            var lower = Quantiles(q, mass, 0);
            var upper = Quantiles(q, mass, 1);
            return (Around(lower[0], upper[1], _est[q]), Around(lower[2], upper[3], _est[q]));
        }

        private static NumericRange Around(double low, double high, decimal estimate) => NumericRange.Closed(Math.Min(ToDecimal(low), estimate), Math.Max(ToDecimal(high), estimate));

        /// <summary>The <see cref="IntervalPoints"/> quantiles of the claims' mass (or one group's), each claim spread evenly over its range.</summary>
        private double[] Quantiles(int q, double[] mass, int cluster)
        {
            int a = _qStart[q], b = _qStart[q + 1];
            var points = new List<double>();
            double total = 0;
            for (var k = a; k < b; k++)
            {
                if (cluster >= 0 && _cluster[k] != cluster)
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
                if (cluster >= 0 && _cluster[k] != cluster)
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
            if (_hasLo[k] && _hasHi[k])
            {
                return ((double)_lo[k], (double)_hi[k]);
            }

            var end = _hasLo[k] ? (double)_lo[k] : (double)_hi[k];
            return (end, end);
        }

        private SourceReliability[] BuildSources(double[] shapes, double[] rates, int[] evidenceCounts, double[][] bounds)
        {
            var counts = new int[_sourceIds.Length];
            foreach (var s in _src)
            {
                counts[s]++;
            }

            var sources = new SourceReliability[_sourceIds.Length];
            for (var s = 0; s < sources.Length; s++)
            {
                var mean = shapes[s] / rates[s];
                sources[s] = new SourceReliability(
                    _sourceIds[s],
                    _sourceIds[_witnessOf[s]],
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

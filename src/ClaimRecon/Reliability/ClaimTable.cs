using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// The claims of one truth-discovery run as a table: one row per claim, in (quantity key, claim id) order, so each
    /// quantity's claims are one run of rows; columns per claim, per source and per quantity, each named for what it holds.
    /// </summary>
    /// <remarks>
    /// <para>The table is the run's working memory: the setup (<see cref="QuantitySetup"/>, <see cref="CopyDetection"/>,
    /// <see cref="SplitDetection"/>) fills the columns that never change, and the steps of <see cref="TruthSolver"/> update the
    /// weights and estimates. Values "on the working scale" are the claimed values themselves, or their logarithms under
    /// <see cref="ValueScale.Logarithmic"/>.</para>
    /// <para>One table belongs to one run on one thread.</para>
    /// </remarks>
    internal sealed class ClaimTable
    {
        private double[] _heaviest = Array.Empty<double>();

        /// <summary>Sorts the claims, checks their ids are unique, and fills the per-claim columns read from the claims.</summary>
        /// <param name="claims">The claims (no denials); sorted in place.</param>
        /// <param name="scale">The working scale.</param>
        public ClaimTable(List<Claim> claims, ValueScale scale)
        {
            Logarithmic = scale == ValueScale.Logarithmic;
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

            Claims = claims.ToArray();
            var n = Claims.Length;
            SourceIds = Claims.Select(c => c.Attribution.Origin).Distinct(StringComparer.Ordinal).ToArray();
            Array.Sort(SourceIds, StringComparer.Ordinal);
            var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var s = 0; s < SourceIds.Length; s++)
            {
                sourceIndex.Add(SourceIds[s], s);
            }

            Source = new int[n];
            HasLower = new bool[n];
            HasUpper = new bool[n];
            Lower = new decimal[n];
            Upper = new decimal[n];
            LowerT = new double[n];
            UpperT = new double[n];
            Weight = new double[n];
            Cluster = new int[n];
            Witness = new int[n];
            WitnessClaims = new int[n];
            var starts = new List<int>();
            for (var k = 0; k < n; k++)
            {
                var claim = Claims[k];
                if (k == 0 || !claim.Quantity.Equals(Claims[k - 1].Quantity))
                {
                    starts.Add(k);
                }

                Source[k] = sourceIndex[claim.Attribution.Origin];
                var range = claim.Range;
                HasLower[k] = !range.Lower.IsUnbounded;
                HasUpper[k] = !range.Upper.IsUnbounded;
                Lower[k] = HasLower[k] ? range.Lower.Value : 0m;
                Upper[k] = HasUpper[k] ? range.Upper.Value : 0m;
            }

            starts.Add(n);
            QuantityStart = starts.ToArray();
            var q = QuantityCount;
            Scale = new double[q];
            ScaleFloor = new double[q];
            LogFloor = new double[q];
            HasEvidence = new bool[q];
            WitnessCount = new int[q];
            Ends = new int[q][];
            IsSplit = new bool[q];
            EstimateT = new double[q];
            Estimate = new decimal[q];
            Residual = new double[q];
            SourceWeight = Enumerable.Repeat(1.0, SourceIds.Length).ToArray();
            WitnessOf = new int[SourceIds.Length];
        }

        // ---- per claim (row k) -------------------------------------------------------------------------------------

        /// <summary>The claims, in (quantity key, claim id) order.</summary>
        public Claim[] Claims { get; }

        /// <summary>The index in <see cref="SourceIds"/> of each claim's origin.</summary>
        public int[] Source { get; }

        /// <summary>Whether each claim's range has a lower end.</summary>
        public bool[] HasLower { get; }

        /// <summary>Whether each claim's range has an upper end.</summary>
        public bool[] HasUpper { get; }

        /// <summary>Each claim's lower end (0 when there is none).</summary>
        public decimal[] Lower { get; }

        /// <summary>Each claim's upper end (0 when there is none).</summary>
        public decimal[] Upper { get; }

        /// <summary>Each claim's lower end on the working scale; negative infinity when there is none.</summary>
        public double[] LowerT { get; }

        /// <summary>Each claim's upper end on the working scale; positive infinity when there is none.</summary>
        public double[] UpperT { get; }

        /// <summary>Each claim's witness, numbered within its quantity by first appearance in claim-id order.</summary>
        public int[] Witness { get; }

        /// <summary>How many claims each claim's witness makes about the claim's quantity.</summary>
        public int[] WitnessClaims { get; }

        /// <summary>Each claim's group in a split quantity: 0 the lower group, 1 the upper; -1 when the quantity is not split.</summary>
        public int[] Cluster { get; }

        /// <summary>Each claim's weight in its quantity's truth step (the weights of one quantity sum to 1).</summary>
        public double[] Weight { get; }

        // ---- per source (index s) ----------------------------------------------------------------------------------

        /// <summary>The origin ids, in ordinal order.</summary>
        public string[] SourceIds { get; }

        /// <summary>The witness of each source: the index of the first source (in id order) of its copy group, or itself.</summary>
        public int[] WitnessOf { get; }

        /// <summary>Each source's current weight (1 before the first reliability step).</summary>
        public double[] SourceWeight { get; }

        // ---- per quantity (index q) --------------------------------------------------------------------------------

        /// <summary>Row where each quantity's claims start; quantity q's claims are rows <c>[QuantityStart[q], QuantityStart[q + 1])</c>.</summary>
        public int[] QuantityStart { get; }

        /// <summary>How many quantities there are.</summary>
        public int QuantityCount => QuantityStart.Length - 1;

        /// <summary>Whether the working scale is logarithmic.</summary>
        public bool Logarithmic { get; }

        /// <summary>The smallest value taken before a logarithm (a thousandth of the median positive end); unused on a linear scale.</summary>
        public double[] LogFloor { get; }

        /// <summary>The smallest scale allowed, on the working scale.</summary>
        public double[] ScaleFloor { get; }

        /// <summary>The robust spread of the claims (MAD as a standard deviation, at least the floor), on the working scale.</summary>
        public double[] Scale { get; }

        /// <summary>Whether the quantity has two or more witnesses, and so says something about reliability.</summary>
        public bool[] HasEvidence { get; }

        /// <summary>How many witnesses speak to the quantity.</summary>
        public int[] WitnessCount { get; }

        /// <summary>The quantity's range ends in (value, lower before upper, row) order: entry 2k is row k's lower end, 2k + 1 its upper end.</summary>
        public int[][] Ends { get; }

        /// <summary>Whether the quantity's claims fall into two groups (see <see cref="SplitDetection"/>).</summary>
        public bool[] IsSplit { get; }

        /// <summary>The current estimate.</summary>
        public decimal[] Estimate { get; }

        /// <summary>The current estimate on the working scale.</summary>
        public double[] EstimateT { get; }

        /// <summary>How far the last truth step moved the estimate, in scale units.</summary>
        public double[] Residual { get; }

        /// <summary>The value of a range end entry of <see cref="Ends"/>.</summary>
        public decimal EndValue(int entry) => (entry & 1) == 0 ? Lower[entry >> 1] : Upper[entry >> 1];

        /// <summary>A value of quantity <paramref name="q"/> on the working scale.</summary>
        public double ToT(int q, decimal value)
        {
            var v = (double)value;
            return Logarithmic ? Math.Log(Math.Max(v, LogFloor[q])) : v;
        }

        /// <summary>How far the estimate of quantity <paramref name="q"/> is outside row <paramref name="k"/>'s range, in scale units (0 inside).</summary>
        public double Distance(int q, int k)
        {
            var x = EstimateT[q];
            var d = x < LowerT[k] ? LowerT[k] - x : x > UpperT[k] ? x - UpperT[k] : 0;
            return d / Scale[q];
        }

        /// <summary>
        /// Claim weights of quantity <paramref name="q"/> from weights per source: a witness weighs as much as its heaviest
        /// source, shared evenly among its claims; normalised to sum to 1 (equal shares when every weight is 0).
        /// </summary>
        /// <param name="q">The quantity.</param>
        /// <param name="perSource">A weight per source.</param>
        /// <param name="into">Where the weights go, at the quantity's rows.</param>
        public void WeighClaims(int q, double[] perSource, double[] into)
        {
            int a = QuantityStart[q], b = QuantityStart[q + 1];
            if (WitnessCount[q] > _heaviest.Length)
            {
                _heaviest = new double[WitnessCount.Max()];
            }

            var heaviest = _heaviest;
            Array.Clear(heaviest, 0, WitnessCount[q]);
            for (var k = a; k < b; k++)
            {
                var w = perSource[Source[k]];
                var l = Witness[k];
                if (w > heaviest[l])
                {
                    heaviest[l] = w;
                }
            }

            var total = 0.0;
            for (var k = a; k < b; k++)
            {
                into[k] = heaviest[Witness[k]] / WitnessClaims[k];
                total += into[k];
            }

            for (var k = a; k < b; k++)
            {
                into[k] = total > 0 ? into[k] / total : 1.0 / (b - a);
            }
        }

        /// <summary>Sets <see cref="Weight"/> of quantity <paramref name="q"/> from <see cref="SourceWeight"/>.</summary>
        public void WeighClaims(int q) => WeighClaims(q, SourceWeight, Weight);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="MergeEngine.Merge(IEnumerable{Claim})"/> under every strategy, streaming claims sorted by
    /// quantity, against a baseline that only sorts the claims' 2n range ends, and against a hand-written LINQ
    /// <c>GroupBy</c> intersection.
    /// </summary>
    /// <remarks>
    /// <para><b>What is compared.</b> Every parameter combination runs eight cases: <see cref="SortEndpoints"/> (the
    /// baseline: copy the 2n range ends, as decimals, into a preallocated array and <see cref="Array.Sort{T}(T[])"/> it, the
    /// floor of any sweep over all ends at once), <see cref="SortPerQuantity"/> (the same copy, then each quantity's own
    /// ends sorted separately: the floor of any exact per-quantity sweep, which must at least order each quantity's ends),
    /// <see cref="LinqGroupByIntersect"/> (what a user writes by hand: group by quantity key and fold
    /// <see cref="NumericRange.Intersect"/>, with no witnesses, denials, outliers or explanations), and one case per
    /// strategy. The Ratio column is each case's time over the global sort's for the same parameters; the Floor ratio
    /// column is its time over <see cref="SortPerQuantity"/>'s; the B/claim column is the allocation per operation divided
    /// by <see cref="Claims"/> (results included, since every case reads them).</para>
    /// <para><b>Input.</b> Built once per parameter combination in <see cref="Setup"/> with a fixed seed:
    /// <see cref="Claims"/> claims about <see cref="Claims"/> / <see cref="PerQuantity"/> quantities keyed
    /// <c>bench/q0000000</c>, <c>bench/q0000001</c>, … and given in ascending key order, so the engines use
    /// <see cref="InputOrder.SortedByQuantity"/> and stream. Around each quantity's true value: bare figures, "more than",
    /// "at least", "fewer than", "up to", "between", "about", "nearly", "exactly", 5% far outliers and 1% denials of
    /// outlying figures, each rounded to 2, 3 or 4 significant digits as reporters round (so ends often coincide); every
    /// claim stated on 2026-02-10; origins drawn from a pool of 1,000 sources, about 0.6 × <see cref="PerQuantity"/>
    /// origins per quantity so several claims share an origin, half quoted directly and half through an outlet. Engines
    /// (one per strategy, no source catalogue) are built in setup too: an engine is reusable, so only
    /// <see cref="MergeEngine.Merge(IEnumerable{Claim})"/> is measured. Every case enumerates all results and reads each
    /// period's consensus, so nothing lazy is skipped; explanations are not rendered (they are computed on demand by
    /// <see cref="MergeResult.Explanation"/>).</para>
    /// <para><b>Group sizes.</b> The issue asks for 1, 10 and 1,000 claims per quantity; 100 is added so that "10× more
    /// claims per quantity" can be read directly at every decade (per-quantity time is Mean × <see cref="PerQuantity"/> /
    /// <see cref="Claims"/>, so at a fixed claim count the per-quantity cost ratio of one decade is 10 × the ratio of the
    /// two Means).</para>
    /// <para><b>Run length.</b> The grid is 3 claim counts × 4 group sizes × 8 cases = 96 cases; the 1M-claim cases take
    /// around a second per operation, so BenchmarkDotNet's default job (automatic warm-up and 15 to 100 iterations per
    /// case) could run for hours on a 2-core machine. The <see cref="MergeBenchmarksConfig"/> job uses 2
    /// warm-up and 15 measured iterations in one launch: the full run took 28 minutes on such a machine; the first
    /// measured 1M-claim operations show tiered compilation is finished by then, and the Error column shows the precision
    /// left.
    /// It is marked as the default job, so a job given on the command line (such as CI's <c>--job dry</c>) replaces it
    /// instead of running beside it.</para>
    /// <para><b>Smoke runs.</b> With the environment variable <see cref="SmokeVariable"/> set to <c>1</c> only 1,000-claim
    /// inputs are generated (every group size and case still runs), so CI's <c>--job dry</c> pass stays a few seconds.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(MergeBenchmarksConfig))]
    public class MergeBenchmarks
    {
        /// <summary>The environment variable that, set to <c>1</c>, limits inputs to 1,000 claims for smoke runs.</summary>
        public const string SmokeVariable = "CLAIMRECON_BENCH_SMOKE";

        private const int SourcePool = 1_000;

        /// <summary>
        /// The last input built, reused by the next case with the same parameters: BenchmarkDotNet runs every case of one
        /// parameter combination in a row and calls <see cref="Setup"/> before each, and building 1,000,000 claims took over
        /// a minute on a loaded machine, so without this the in-process toolchain's time limit ended runs. Benchmark-only
        /// state: the input is never changed after it is built, and one process runs one case at a time.
        /// </summary>
        private static MergeInput? _lastInput;

        private Claim[] _claims = Array.Empty<Claim>();
        private Quantity[] _quantities = Array.Empty<Quantity>();
        private decimal[] _endpoints = Array.Empty<decimal>();
        private decimal[] _sorted = Array.Empty<decimal>();
        private int[] _groupStarts = Array.Empty<int>();
        private MergeEngine _intersection = null!;
        private MergeEngine _hull = null!;
        private MergeEngine _maxAgreement = null!;
        private MergeEngine _faultTolerant = null!;
        private MergeEngine _reliabilityWeighted = null!;

        /// <summary>Gets or sets how many claims are merged.</summary>
        [ParamsSource(nameof(ClaimCounts))]
        public int Claims { get; set; }

        /// <summary>Gets or sets how many claims each quantity has.</summary>
        [ParamsSource(nameof(GroupSizes))]
        public int PerQuantity { get; set; }

        /// <summary>Gets the claim counts: 1,000, 100,000 and 1,000,000, or only 1,000 in a smoke run.</summary>
        /// <returns>The counts.</returns>
        public static IEnumerable<int> ClaimCounts()
        {
            if (IsSmokeRun)
            {
                return new[] { 1_000 };
            }

            var only = Environment.GetEnvironmentVariable(ClaimsVariable);
            return string.IsNullOrWhiteSpace(only)
                ? new[] { 1_000, 100_000, 1_000_000 }
                : only!.Split(',').Select(t => int.Parse(t.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
        }

        /// <summary>The environment variable that, set to comma-separated counts such as <c>1000000</c>, runs only those claim counts (for a focused re-run).</summary>
        public const string ClaimsVariable = "CLAIMRECON_BENCH_CLAIMS";

        /// <summary>Gets the claims built by <see cref="Setup"/>, for other benchmarks that need the same input.</summary>
        internal IReadOnlyList<Claim> GeneratedClaims => _claims;

        /// <summary>Gets the quantities built by <see cref="Setup"/>.</summary>
        internal IReadOnlyList<Quantity> GeneratedQuantities => _quantities;

        /// <summary>Gets the numbers of claims per quantity: 1, 10, 100 and 1,000.</summary>
        /// <returns>The group sizes.</returns>
        public static IEnumerable<int> GroupSizes()
        {
            var only = Environment.GetEnvironmentVariable(GroupsVariable);
            return string.IsNullOrWhiteSpace(only)
                ? new[] { 1, 10, 100, 1_000 }
                : only!.Split(',').Select(t => int.Parse(t.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
        }

        /// <summary>The environment variable that, set to comma-separated group sizes such as <c>10,100</c>, runs only those claims-per-quantity settings (for a focused re-run).</summary>
        public const string GroupsVariable = "CLAIMRECON_BENCH_GROUPS";

        private static bool IsSmokeRun => Environment.GetEnvironmentVariable(SmokeVariable) == "1";

        /// <summary>Builds the quantities, claims, range ends and engines with a fixed seed (or takes them from the case before, when it had the same parameters).</summary>
        [GlobalSetup]
        public void Setup()
        {
            if (Volatile.Read(ref _lastInput) is { } last && last.Claims == Claims && last.PerQuantity == PerQuantity)
            {
                Take(last);
                return;
            }

            Build();
            Volatile.Write(ref _lastInput, new MergeInput(
                Claims, PerQuantity, _claims, _quantities, _endpoints, _groupStarts, _intersection, _hull, _maxAgreement, _faultTolerant, _reliabilityWeighted));
        }

        private void Take(MergeInput input)
        {
            _claims = input.ClaimArray;
            _quantities = input.Quantities;
            _endpoints = input.Endpoints;
            _sorted = new decimal[_endpoints.Length];
            _groupStarts = input.GroupStarts;
            _intersection = input.IntersectionEngine;
            _hull = input.HullEngine;
            _maxAgreement = input.MaxAgreementEngine;
            _faultTolerant = input.FaultTolerantEngine;
            _reliabilityWeighted = input.ReliabilityWeightedEngine;
        }

        private void Build()
        {
            var random = new Random(20260210);
            var statedAt = TimeReference.Parse("2026-02-10");
            var direct = new AttributionChain[SourcePool];
            var quoted = new AttributionChain[SourcePool];
            var reliabilities = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var s = 0; s < SourcePool; s++)
            {
                var id = "s" + s.ToString("D3", CultureInfo.InvariantCulture);
                direct[s] = AttributionChain.Direct(id);
                quoted[s] = AttributionChain.Direct("outlet" + (s % 20).ToString(CultureInfo.InvariantCulture)).Citing(id);
                reliabilities.Add(id, 0.5 + (0.49 * random.NextDouble()));
            }

            var quantityCount = Claims / PerQuantity;
            var originsPerQuantity = Math.Max(1, PerQuantity * 3 / 5);
            var quantities = new Quantity[quantityCount];
            _claims = new Claim[quantityCount * PerQuantity];
            var c = 0;
            for (var q = 0; q < quantityCount; q++)
            {
                var key = new QuantityKey("bench", "q" + q.ToString("D7", CultureInfo.InvariantCulture));
                quantities[q] = new Quantity(key, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger);
                var truth = RoundToTen(random.Next(1_000, 1_000_000));
                var firstOrigin = random.Next(SourcePool);
                for (var k = 0; k < PerQuantity; k++)
                {
                    var origin = (firstOrigin + random.Next(originsPerQuantity)) % SourcePool;
                    var chain = random.Next(2) == 0 ? direct[origin] : quoted[origin];
                    var (figure, stance) = Figure(random, truth);
                    _claims[c] = new Claim("c" + c.ToString("D7", CultureInfo.InvariantCulture), key, figure, chain, stance, statedAt);
                    c++;
                }
            }

            _quantities = quantities;
            _endpoints = new decimal[2 * _claims.Length];
            _sorted = new decimal[_endpoints.Length];
            for (var i = 0; i < _claims.Length; i++)
            {
                var range = _claims[i].Range;
                _endpoints[2 * i] = range.Lower.IsUnbounded ? decimal.MinValue : range.Lower.Value;
                _endpoints[(2 * i) + 1] = range.Upper.IsUnbounded ? decimal.MaxValue : range.Upper.Value;
            }

            // Where each quantity's run of claims starts (as the sorted input gives them to the engine), plus the end.
            var starts = new List<int>();
            for (var i = 0; i < _claims.Length; i++)
            {
                if (i == 0 || !_claims[i].Quantity.Equals(_claims[i - 1].Quantity))
                {
                    starts.Add(i);
                }
            }

            starts.Add(_claims.Length);
            _groupStarts = starts.ToArray();

            _intersection = Engine(quantities, MergeStrategy.Intersection);
            _hull = Engine(quantities, MergeStrategy.Hull);
            _maxAgreement = Engine(quantities, MergeStrategy.MaxAgreement);
            _faultTolerant = Engine(quantities, MergeStrategy.FaultTolerant(1));
            _reliabilityWeighted = Engine(quantities, MergeStrategy.ReliabilityWeighted(reliabilities));
        }

        /// <summary>
        /// Copies the claims' 2n range ends (unbounded ends as <see cref="decimal.MinValue"/> or
        /// <see cref="decimal.MaxValue"/>) into a preallocated array and sorts it: the floor under any sweep over all ends.
        /// </summary>
        /// <returns>The median end.</returns>
        [Benchmark(Baseline = true)]
        public decimal SortEndpoints()
        {
            Array.Copy(_endpoints, _sorted, _endpoints.Length);
            Array.Sort(_sorted);
            return _sorted[_sorted.Length / 2];
        }

        /// <summary>
        /// Copies the claims' 2n range ends into a preallocated array and sorts each quantity's own ends (the same runs of
        /// claims the engine receives): the floor under any exact sweep, which must at least order each quantity's ends.
        /// </summary>
        /// <returns>The median end.</returns>
        [Benchmark]
        public decimal SortPerQuantity()
        {
            Array.Copy(_endpoints, _sorted, _endpoints.Length);
            var starts = _groupStarts;
            for (var g = 0; g + 1 < starts.Length; g++)
            {
                Array.Sort(_sorted, 2 * starts[g], 2 * (starts[g + 1] - starts[g]));
            }

            return _sorted[_sorted.Length / 2];
        }

        /// <summary>
        /// What a user writes by hand: groups claims by quantity key with LINQ and intersects each group's ranges. No
        /// witnesses, denials, outliers, periods or ordering.
        /// </summary>
        /// <returns>The number of groups plus the sum of their bounded widths.</returns>
        [Benchmark]
        public decimal LinqGroupByIntersect()
        {
            decimal total = 0;
            var groups = _claims.GroupBy(c => c.Quantity).Select(g => g.Aggregate(NumericRange.All, (acc, c) => acc.Intersect(c.Range)));
            foreach (var range in groups)
            {
                total += 1 + (range.Width ?? 0);
            }

            return total;
        }

        /// <summary>Merges with <see cref="MergeStrategy.Intersection"/>.</summary>
        /// <returns>The number of period results plus the sum of their bounded consensus widths.</returns>
        [Benchmark]
        public decimal Intersection() => Consume(_intersection.Merge(_claims));

        /// <summary>Merges with <see cref="MergeStrategy.Hull"/>.</summary>
        /// <returns>The number of period results plus the sum of their bounded consensus widths.</returns>
        [Benchmark]
        public decimal Hull() => Consume(_hull.Merge(_claims));

        /// <summary>Merges with <see cref="MergeStrategy.MaxAgreement"/> (Marzullo's sweep).</summary>
        /// <returns>The number of period results plus the sum of their bounded consensus widths.</returns>
        [Benchmark]
        public decimal MaxAgreement() => Consume(_maxAgreement.Merge(_claims));

        /// <summary>Merges with <see cref="MergeStrategy.FaultTolerant(int)"/> and a fault budget of 1 (Brooks–Iyengar).</summary>
        /// <returns>The number of period results plus the sum of their bounded consensus widths.</returns>
        [Benchmark]
        public decimal FaultTolerant() => Consume(_faultTolerant.Merge(_claims));

        /// <summary>Merges with <see cref="MergeStrategy.ReliabilityWeighted"/> and an explicit table for all 1,000 sources.</summary>
        /// <returns>The number of period results plus the sum of their bounded consensus widths.</returns>
        [Benchmark]
        public decimal ReliabilityWeighted() => Consume(_reliabilityWeighted.Merge(_claims));

        private static MergeEngine Engine(Quantity[] quantities, MergeStrategy strategy) =>
            new(quantities, sources: null, new MergeOptions(strategy, InputOrder.SortedByQuantity));

        private static decimal Consume(IEnumerable<QuantityMerge> merges)
        {
            decimal total = 0;
            foreach (var merge in merges)
            {
                var periods = merge.Periods;
                for (var p = 0; p < periods.Count; p++)
                {
                    total += 1 + (periods[p].Consensus.Width ?? 0);
                }
            }

            return total;
        }

        private static decimal RoundToTen(decimal value) => Math.Max(10m, Math.Round(value / 10m, MidpointRounding.AwayFromZero) * 10m);

        /// <summary>
        /// A figure between <paramref name="low"/> and <paramref name="high"/> times the truth, rounded as reporters round:
        /// to 2, 3 or 4 significant digits.
        /// </summary>
        private static decimal Near(Random random, decimal truth, double low, double high)
        {
            var value = truth * (decimal)(low + ((high - low) * random.NextDouble()));
            var digits = 2 + random.Next(3);
            var step = 1m;
            for (var magnitude = (int)Math.Floor(Math.Log10((double)value)) + 1 - digits; magnitude > 0; magnitude--)
            {
                step *= 10m;
            }

            return Math.Max(step, Math.Round(value / step, MidpointRounding.AwayFromZero) * step);
        }

        /// <summary>A figure as reporters give it, scattered around the true value, with a few outliers and denials.</summary>
        private static (HedgedFigure Figure, Stance Stance) Figure(Random random, decimal truth)
        {
            var roll = random.Next(100);
            return roll switch
            {
                < 20 => (HedgedFigure.Of(Hedge.None, Near(random, truth, 0.97, 1.03)), Stance.Asserts),
                < 30 => (HedgedFigure.Of(Hedge.MoreThan, Near(random, truth, 0.7, 0.99)), Stance.Asserts),
                < 35 => (HedgedFigure.Of(Hedge.AtLeast, Near(random, truth, 0.7, 0.99)), Stance.Asserts),
                < 40 => (HedgedFigure.Of(Hedge.FewerThan, Near(random, truth, 1.01, 1.3)), Stance.Relays),
                < 45 => (HedgedFigure.Of(Hedge.UpTo, Near(random, truth, 1.01, 1.3)), Stance.Asserts),
                < 65 => (HedgedFigure.Between(Near(random, truth, 0.8, 0.98), Near(random, truth, 1.02, 1.2)), Stance.Asserts),
                < 80 => (HedgedFigure.Of(Hedge.About, Near(random, truth, 0.95, 1.05)), Stance.Estimates),
                < 90 => (HedgedFigure.Of(Hedge.Nearly, Near(random, truth, 1.0, 1.1)), Stance.Estimates),
                < 94 => (HedgedFigure.Of(Hedge.Exactly, Near(random, truth, 0.99, 1.01)), Stance.Asserts),
                < 99 => (HedgedFigure.Of(Hedge.None, random.Next(2) == 0 ? Near(random, truth, 0.2, 0.5) : Near(random, truth, 1.5, 3.0)),
                    Stance.Relays),
                _ => (HedgedFigure.Of(Hedge.None, Near(random, truth, 1.5, 3.0)), Stance.Denies),
            };
        }
    }

    /// <summary>One generated input of <see cref="MergeBenchmarks"/> and its engines, never changed once built.</summary>
    internal sealed record MergeInput(
        int Claims,
        int PerQuantity,
        Claim[] ClaimArray,
        Quantity[] Quantities,
        decimal[] Endpoints,
        int[] GroupStarts,
        MergeEngine IntersectionEngine,
        MergeEngine HullEngine,
        MergeEngine MaxAgreementEngine,
        MergeEngine FaultTolerantEngine,
        MergeEngine ReliabilityWeightedEngine);

    /// <summary>
    /// The job for <see cref="MergeBenchmarks"/>: 2 warm-up and 15 measured iterations in one launch, marked as the default
    /// job so that a job named on the command line (CI's <c>--job dry</c>) replaces it.
    /// </summary>
    public sealed class MergeBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public MergeBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(15).WithId("Merge").AsDefault());
            AddColumn(
                new RatioToCaseColumn(nameof(MergeBenchmarks.SortPerQuantity), "Floor ratio"),
                new AllocatedPerClaimColumn(nameof(MergeBenchmarks.Claims)));
        }
    }
}

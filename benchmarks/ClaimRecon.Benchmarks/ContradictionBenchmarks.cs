using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="ContradictionDetector.Detect"/> against the max-agreement merge it runs first, on the same input
    /// as <see cref="MergeBenchmarks"/> (figures scattered around each quantity's value, 5% far outliers, 1% denials) at 10
    /// and 100 claims per quantity, and on claims that are all mutually disjoint in one quantity.
    /// </summary>
    /// <remarks>
    /// The baseline merges the claims with <see cref="MergeStrategy.MaxAgreement"/>, unordered, as the detector does; the
    /// Ratio column is therefore what finding and explaining contradictions adds on top of merging: the literal and
    /// policy readings of every witness, the sorted sweep for disjoint pairs, denials, the flip-tolerance searches and
    /// the explanations. All claims describe one day, so progressions are not exercised; no relations are declared. The
    /// case <c>disjoint</c> gives every claim its own origin and a bare figure 10 apart from the next, all for one quantity:
    /// every pair is a conflict, so it measures that findings stay linear (pairwise, 10,000 claims made 49,995,000 pairs).
    /// The case <c>denials</c> is half asserted and half denied bare figures, all 10 apart and mutually disjoint, one origin
    /// each, in one quantity: no denial rules out an asserted figure, so it measures what checking every witness against
    /// every denial costs (compared one by one, 1,000 asserted and 1,000 denied figures were 10⁶ comparisons).
    /// Two detection cases: <c>Detect</c> reads every finding's explanation and origins, as a report printing every finding
    /// does (the case the target of issue 11, at most 3× the merge at 10 and 100 claims per quantity, was set on, and the one
    /// earlier reports measured); <c>DetectUnread</c> reads only each finding's kind and claims. Until session 7 sentences and
    /// origin lists were written when first read, so <c>DetectUnread</c> never wrote them; findings now write them when made,
    /// so the two cases do the same work and differ only in what the loop reads: since session 10 most sentences are kept as
    /// characters in chunks the findings share, and reading an explanation makes its string, so <c>Detect</c> allocates the
    /// sentences' strings on top (short-lived: the loop drops each at once).
    /// With <c>CLAIMRECON_BENCH_SMOKE=1</c> only 1,000 claims are generated.
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(Config))]
    public class ContradictionBenchmarks
    {
        private Claim[] _claims = Array.Empty<Claim>();
        private MergeEngine _engine = null!;
        private ContradictionDetector _detector = null!;

        /// <summary>Gets or sets how many claims are examined.</summary>
        [ParamsSource(nameof(ClaimCounts))]
        public int Claims { get; set; }

        /// <summary>Gets or sets the input: <c>10/quantity</c>, <c>100/quantity</c> (scattered figures), <c>disjoint</c> (one quantity, every figure apart) or <c>denials</c> (as disjoint, every other figure denied).</summary>
        [Params("10/quantity", "100/quantity", "disjoint", "denials")]
        public string Input { get; set; } = "10/quantity";

        /// <summary>Gets the claim counts: 10,000 and 100,000 (or those in <c>CLAIMRECON_BENCH_CLAIMS</c>), or only 1,000 in a smoke run.</summary>
        /// <returns>The counts.</returns>
        public static IEnumerable<int> ClaimCounts()
        {
            if (Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1")
            {
                return new[] { 1_000 };
            }

            var only = Environment.GetEnvironmentVariable(MergeBenchmarks.ClaimsVariable);
            return string.IsNullOrWhiteSpace(only)
                ? new[] { 10_000, 100_000 }
                : only!.Split(',').Select(t => int.Parse(t.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        /// <summary>Builds the input with <see cref="MergeBenchmarks"/>' generator and fixed seed.</summary>
        [GlobalSetup]
        public void Setup()
        {
            Quantity[] quantities;
            if (Input is "disjoint" or "denials")
            {
                var key = new QuantityKey("benchmark", "disjoint");
                quantities = new[] { new Quantity(key, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeReal) };
                var day = TimeReference.Parse("2026-02-10");
                var denials = Input == "denials";
                _claims = Enumerable.Range(0, Claims).Select(i => new Claim(
                    "c" + i.ToString(CultureInfo.InvariantCulture), key, HedgedFigure.Of(Hedge.None, 10m * (i + 1)),
                    AttributionChain.Direct("s" + i.ToString(CultureInfo.InvariantCulture)), denials && i % 2 == 1 ? Stance.Denies : Stance.Asserts, describes: day)).ToArray();
            }
            else
            {
                var generator = new MergeBenchmarks { Claims = Claims, PerQuantity = Input == "100/quantity" ? 100 : 10 };
                generator.Setup();
                _claims = generator.GeneratedClaims.ToArray();
                quantities = generator.GeneratedQuantities.ToArray();
            }

            _engine = new MergeEngine(quantities, sources: null, new MergeOptions(MergeStrategy.MaxAgreement));
            _detector = new ContradictionDetector(quantities);
        }

        /// <summary>Merges with max agreement and reads every consensus.</summary>
        /// <returns>The number of period results.</returns>
        [Benchmark(Baseline = true)]
        public int Merge()
        {
            var count = 0;
            foreach (var merge in _engine.Merge(_claims))
            {
                foreach (var period in merge.Periods)
                {
                    count += period.Consensus.IsEmpty ? 1 : 2;
                }
            }

            return count;
        }

        /// <summary>Finds every contradiction and reads each explanation and each list of origins, as a report printing every finding does.</summary>
        /// <returns>The number of findings plus the explanations' total length and the origins' count.</returns>
        [Benchmark]
        public int Detect()
        {
            var report = _detector.Detect(_claims);
            var total = report.Findings.Count;
            foreach (var finding in report.Findings)
            {
                total += finding.Explanation.Length + finding.Origins.Count;
            }

            return total;
        }

        /// <summary>Finds every contradiction and reads each finding's kind and claims, but not its explanation.</summary>
        /// <returns>The number of findings plus the claims they name.</returns>
        [Benchmark]
        public int DetectUnread()
        {
            var report = _detector.Detect(_claims);
            var total = report.Findings.Count;
            foreach (var finding in report.Findings)
            {
                total += finding.Claims.Count + (int)finding.Kind;
            }

            return total;
        }

        private sealed class Config : ManualConfig
        {
            public Config() => AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10).WithLaunchCount(1).AsDefault());
        }
    }
}

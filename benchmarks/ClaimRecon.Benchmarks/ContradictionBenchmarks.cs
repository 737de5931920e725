using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="ContradictionDetector.Detect"/> against the max-agreement merge it runs first, on the same input
    /// as <see cref="MergeBenchmarks"/> (figures scattered around each quantity's value, 5% far outliers, 1% denials).
    /// </summary>
    /// <remarks>
    /// The baseline merges the claims with <see cref="MergeStrategy.MaxAgreement"/>, unordered, as the detector does; the
    /// Ratio column is therefore what finding and explaining contradictions adds on top of merging: the literal and
    /// policy readings of every witness, the sorted sweep for disjoint pairs, denials, the flip-tolerance searches and
    /// the explanations. All claims describe one day, so progressions are not exercised; no relations are declared. With
    /// <c>CLAIMRECON_BENCH_SMOKE=1</c> only 1,000 claims are generated.
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

        /// <summary>Gets or sets how many claims each quantity has.</summary>
        [Params(10, 100)]
        public int PerQuantity { get; set; }

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
            var generator = new MergeBenchmarks { Claims = Claims, PerQuantity = PerQuantity };
            generator.Setup();
            _claims = generator.GeneratedClaims.ToArray();
            var quantities = generator.GeneratedQuantities.ToArray();
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

        /// <summary>Finds every contradiction and reads each explanation's length.</summary>
        /// <returns>The number of findings plus the explanations' total length.</returns>
        [Benchmark]
        public int Detect()
        {
            var report = _detector.Detect(_claims);
            var total = report.Findings.Count;
            foreach (var finding in report.Findings)
            {
                total += finding.Explanation.Length;
            }

            return total;
        }

        private sealed class Config : ManualConfig
        {
            public Config() => AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10).WithLaunchCount(1).AsDefault());
        }
    }
}

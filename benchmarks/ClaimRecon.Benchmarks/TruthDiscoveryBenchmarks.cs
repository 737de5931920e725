using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Claims;
using ClaimRecon.Eval.TruthDiscovery;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="TruthDiscovery.Estimate"/> at 10 iterations on real data, against a baseline that takes each
    /// quantity's median claim.
    /// </summary>
    /// <remarks>
    /// <para><b>Input.</b> Loaded once in <see cref="Setup"/> with the evaluation program's readers (linked from
    /// <c>eval/ClaimRecon.Eval.TruthDiscovery/Datasets.cs</c>) from <c>../shared/datasets</c> beside the repository root, or
    /// from the folder in the environment variable <see cref="DatasetsVariable"/>: <c>population</c> is all of Population
    /// (49,631 usable claims about 42,600 city-years); <c>flight-day</c> is the full Flight day 2011-12-01 without the three
    /// gold-providing airlines (72,875 time claims about four times of about 1,200 flights).</para>
    /// <para><b>Cases.</b> <see cref="MedianPerQuantity"/> (the baseline: group the claims by quantity key in a dictionary and take
    /// each group's median value, what the evaluation's median row does) and <see cref="TruthDiscoveryTenIterations"/> (absolute
    /// loss, tolerance 0 so that exactly 10 truth steps run, copy detection and split detection included).</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c>, both inputs are 2,000 generated
    /// claims, so CI's <c>--job dry</c> pass stays quick and needs no data files.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(TruthDiscoveryBenchmarksConfig))]
    public class TruthDiscoveryBenchmarks
    {
        /// <summary>The environment variable naming the datasets folder, when it is not <c>../shared/datasets</c> beside the repository.</summary>
        public const string DatasetsVariable = "CLAIMRECON_DATASETS";

        private static readonly string[] FlightDay = { "20111201" };

        private static readonly TruthDiscoveryOptions TenIterations = new(maxIterations: 10, tolerance: 0);

        private Claim[] _claims = Array.Empty<Claim>();

        /// <summary>Gets or sets the input: <c>population</c> or <c>flight-day</c>.</summary>
        [Params("population", "flight-day")]
        public string Data { get; set; } = "population";

        /// <summary>Loads the claims (or generates them in a smoke run).</summary>
        [GlobalSetup]
        public void Setup()
        {
            if (Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1")
            {
                _claims = Generated(2_000);
                return;
            }

            var folder = Environment.GetEnvironmentVariable(DatasetsVariable) ?? DefaultFolder();
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"datasets folder not found: {Path.GetFullPath(folder)}; set {DatasetsVariable} to the folder holding population-pasternack/ and flight-li2013/.");
            }

            var data = Data == "population"
                ? Datasets.Population(Path.Combine(folder, "population-pasternack"))
                : Datasets.FlightDays(Path.Combine(folder, "flight-li2013"), "claims-fullday", FlightDay);
            _claims = data.Claims.ToArray();
        }

        /// <summary>Groups the claims by quantity and takes each group's median value.</summary>
        /// <returns>The sum of the medians, so nothing is optimised away.</returns>
        [Benchmark(Baseline = true)]
        public decimal MedianPerQuantity()
        {
            var groups = new Dictionary<QuantityKey, List<decimal>>();
            foreach (var claim in _claims)
            {
                if (!groups.TryGetValue(claim.Quantity, out var values))
                {
                    values = new List<decimal>();
                    groups.Add(claim.Quantity, values);
                }

                var range = claim.Range;
                values.Add(range.Lower.IsUnbounded ? range.Upper.Value : range.Lower.Value);
            }

            decimal sum = 0;
            foreach (var values in groups.Values)
            {
                values.Sort();
                var m = values.Count / 2;
                sum += values.Count % 2 == 1 ? values[m] : (values[m - 1] / 2) + (values[m] / 2);
            }

            return sum;
        }

        /// <summary>Runs truth discovery for exactly 10 iterations.</summary>
        /// <returns>The number of quantities, so nothing is optimised away.</returns>
        [Benchmark]
        public int TruthDiscoveryTenIterations() => TruthDiscovery.Estimate(_claims, TenIterations).Quantities.Count;

        private static string DefaultFolder()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "ClaimRecon.sln")))
                    {
                        return Path.Combine(d.FullName, "..", "shared", "datasets");
                    }
                }
            }

            return Path.Combine("..", "shared", "datasets");
        }

        private static Claim[] Generated(int count)
        {
            var random = new Random(20111201);
            var claims = new Claim[count];
            for (var i = 0; i < count; i++)
            {
                var q = i / 4;
                var truth = 1_000 + (q * 37);
                var value = random.Next(10) == 0 ? truth * 10 : truth + random.Next(-2, 3);
                claims[i] = new Claim(
                    "c" + i.ToString("D5", CultureInfo.InvariantCulture),
                    new QuantityKey("town" + q.ToString("D4", CultureInfo.InvariantCulture), "population"),
                    HedgedFigure.Of(Hedge.None, value),
                    AttributionChain.Direct("s" + random.Next(60).ToString(CultureInfo.InvariantCulture)),
                    Stance.Asserts);
            }

            return claims;
        }
    }

    /// <summary>One launch, 3 warm-up and 15 measured iterations: each operation takes well under a second.</summary>
    public sealed class TruthDiscoveryBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public TruthDiscoveryBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("TruthDiscovery").AsDefault());
        }
    }
}

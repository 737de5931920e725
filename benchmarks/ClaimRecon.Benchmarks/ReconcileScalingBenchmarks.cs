using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Articles;
using NodaTime;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Whether <see cref="ArticleReconciler.Reconcile"/> (reading, what each figure measures, alignment, claims and the
    /// report) stays linear in the length of a long article, as reading alone does (<see cref="ArticleScalingBenchmarks"/>).
    /// </summary>
    /// <remarks>
    /// <para><b>Reading the result.</b> <see cref="Reconcile1x"/> (the baseline) reconciles <see cref="Length"/> characters
    /// of the <see cref="Kind"/> of text, <see cref="Reconcile4x"/> four times as many. Linear time shows as a Ratio of
    /// about <b>4</b>; work growing with the square of the text would show about 16 (before session 12, aligning figures
    /// compared every pair of one kind and measure and reading what they measure searched every earlier figure).</para>
    /// <para><b>Input</b> (our own text): "story" repeats <see cref="ArticleBenchmarks.Story"/>; "one-kind" repeats short
    /// sentences whose figures all count one thing with one event, with figures that differ; "rates" repeats a rate per
    /// bed and per day times a count of beds, a denial and a monthly total, so every sentence proposes relations (before
    /// session 12 each rate looked at every figure of the article for its target and operand).</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c> the lengths are cut by 16.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ReconcileScalingBenchmarksConfig))]
    public class ReconcileScalingBenchmarks
    {
        private static readonly OffsetDateTime Published = new(new LocalDateTime(2026, 3, 16, 18, 0), Offset.FromHours(1));
        private Article[] _one = null!;
        private Article[] _four = null!;

        /// <summary>Gets or sets the kind of text: "story", "one-kind" or "rates".</summary>
        [Params("story", "one-kind", "rates")]
        public string Kind { get; set; } = "story";

        /// <summary>Gets or sets the length in characters of the text <see cref="Reconcile1x"/> reconciles.</summary>
        [Params(100_000)]
        public int Length { get; set; }

        /// <summary>Builds both texts.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var length = Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1" ? Length / 16 : Length;
            _one = new[] { new Article(Text(Kind, length), "Valley Courier", Published) };
            _four = new[] { new Article(Text(Kind, 4 * length), "Valley Courier", Published) };
        }

        /// <summary>Reconciles the text of <see cref="Length"/> characters (the baseline).</summary>
        /// <returns>The number of claims.</returns>
        [Benchmark(Baseline = true)]
        public int Reconcile1x() => ArticleReconciler.Reconcile(_one).Claims.Claims.Count;

        /// <summary>Reconciles the text four times as long.</summary>
        /// <returns>The number of claims.</returns>
        [Benchmark]
        public int Reconcile4x() => ArticleReconciler.Reconcile(_four).Claims.Claims.Count;

        private static string Text(string kind, int length)
        {
            var text = new System.Text.StringBuilder(length + ArticleBenchmarks.Story.Length);
            for (var i = 0; text.Length < length; i++)
            {
                if (kind == "story")
                {
                    text.Append(ArticleBenchmarks.Story);
                }
                else if (kind == "one-kind")
                {
                    text.Append("The shelter took in ").Append(100 + (i % 900)).Append(" evacuees on day ").Append(i % 30 + 1).Append(i % 6 == 5 ? ".\n" : ". ");
                }
                else if (kind == "rates")
                {
                    text.Append("Each bed costs the clinic about $").Append(20 + (i % 40)).Append(" a day, so its ").Append(50 + (i % 70))
                        .Append(" beds cost some $3,000 a day. The board rejected claims of 900 beds. That is about $90,000 a month.").Append(i % 3 == 2 ? "\n" : " ");
                }
                else
                {
                    throw new ArgumentException($"Kind must be \"story\", \"one-kind\" or \"rates\"; got \"{kind}\".", nameof(kind));
                }
            }

            return text.ToString();
        }
    }

    /// <summary>One launch, one warm-up, five measured iterations; <c>--job dry</c> on the command line replaces it.</summary>
    public sealed class ReconcileScalingBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public ReconcileScalingBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("ReconcileScaling").AsDefault());
        }
    }
}

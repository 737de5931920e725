using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Articles;
using NodaTime;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Whether <see cref="ArticleReader.Read(Article)"/> stays linear in the length of the text on the bad input issue 12
    /// names: text with no figures, binary garbage, unbalanced quotation marks, cue words with no sentence end, and figures
    /// whose first citation comes at the very end.
    /// </summary>
    /// <remarks>
    /// <para><b>Reading the result.</b> <see cref="Read1x"/> (the baseline) reads <see cref="Length"/> characters of the
    /// <see cref="Kind"/> of text, <see cref="Read4x"/> four times as many. Linear time shows as a Ratio of about
    /// <b>4</b> on every row; a rule whose work grew with the square of the text would show about 16.</para>
    /// <para><b>Input</b> (our own text, built in <see cref="Setup"/>): "story" repeats <see cref="ArticleBenchmarks.Story"/>;
    /// "no-figures" is the story with its digits removed; "garbage" is random UTF-16 code units (lone surrogates, control
    /// characters, NUL) from a fixed seed; "open-quotes" is the story with its closing quotation marks removed and its line
    /// breaks made spaces, so one quotation stays open over the whole text; "no-sentences" repeats cue words, quotation
    /// marks and figures with no sentence end and no line break; "late-citation" is short uncited sentences with figures and
    /// one cited sentence at the end (before session 9 every such figure looked at every later one: 4× the text took 30×
    /// the time).</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c> the lengths are cut by 16.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ArticleScalingBenchmarksConfig))]
    public class ArticleScalingBenchmarks
    {
        private static readonly OffsetDateTime Published = new(new LocalDateTime(2026, 3, 16, 18, 0), Offset.FromHours(1));
        private Article _one = null!;
        private Article _four = null!;

        /// <summary>Gets or sets the kind of text: "story", "no-figures", "garbage", "open-quotes", "no-sentences" or "late-citation".</summary>
        [Params("story", "no-figures", "garbage", "open-quotes", "no-sentences", "late-citation")]
        public string Kind { get; set; } = "story";

        /// <summary>Gets or sets the length in characters of the text <see cref="Read1x"/> reads.</summary>
        [Params(250_000)]
        public int Length { get; set; }

        /// <summary>Builds both texts.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var length = Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1" ? Length / 16 : Length;
            _one = new Article(Text(Kind, length), "Valley Courier", Published);
            _four = new Article(Text(Kind, 4 * length), "Valley Courier", Published);
        }

        /// <summary>Reads the text of <see cref="Length"/> characters (the baseline).</summary>
        /// <returns>The number of figures read.</returns>
        [Benchmark(Baseline = true)]
        public int Read1x() => ArticleReader.Read(_one).Mentions.Count;

        /// <summary>Reads the text four times as long.</summary>
        /// <returns>The number of figures read.</returns>
        [Benchmark]
        public int Read4x() => ArticleReader.Read(_four).Mentions.Count;

        /// <summary>Makes <paramref name="length"/> characters of the kind of text named.</summary>
        /// <param name="kind">One of the <see cref="Kind"/> values.</param>
        /// <param name="length">The length in characters.</param>
        /// <returns>The text.</returns>
        public static string Text(string kind, int length)
        {
            var text = new StringBuilder(length + ArticleBenchmarks.Story.Length);
            switch (kind)
            {
                case "story":
                    Repeat(text, ArticleBenchmarks.Story, length);
                    break;
                case "no-figures":
                    var words = new StringBuilder();
                    foreach (var c in ArticleBenchmarks.Story)
                    {
                        if (!char.IsDigit(c))
                        {
                            words.Append(c);
                        }
                    }

                    Repeat(text, words.ToString(), length);
                    break;
                case "garbage":
                    var random = new Random(12);
                    while (text.Length < length)
                    {
                        text.Append((char)random.Next(0, 0x10000));
                    }

                    break;
                case "open-quotes":
                    Repeat(text, ArticleBenchmarks.Story.Replace("\u201D", string.Empty).Replace('\n', ' '), length);
                    break;
                case "no-sentences":
                    Repeat(text, "said told \u201C 5 , which \" according to , he added 7 , citing the agency : \u201D 1,200 denied ", length);
                    break;
                case "late-citation":
                    for (var i = 0; text.Length < length - 60; i++)
                    {
                        text.Append(i % 7 + 1).Append(" boats sank. ").Append(i % 50 == 49 ? "\n" : string.Empty);
                    }

                    text.Append("\nThe harbour agency said 3 boats sank.\n");
                    return text.Length > length ? text.ToString(text.Length - length, length) : text.ToString();
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind of text is one of story, no-figures, garbage, open-quotes, no-sentences, late-citation.");
            }

            text.Length = length;
            return text.ToString();
        }

        private static void Repeat(StringBuilder text, string piece, int length)
        {
            while (text.Length < length)
            {
                text.Append(piece);
            }
        }
    }

    /// <summary>One launch, two warm-ups, seven measured iterations; <c>--job dry</c> on the command line replaces it.</summary>
    public sealed class ArticleScalingBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public ArticleScalingBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7).WithId("ArticleScaling").AsDefault());
        }
    }
}

using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ClaimRecon.Articles;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;
using NodaTime;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Two articles to a finished report (<see cref="ArticleReconciler"/> then the HTML page), against reading their
    /// numeric mentions alone on the same text.
    /// </summary>
    /// <remarks>
    /// <para><b>Input.</b> The two seed articles, read at run time from <c>../shared/seeds</c> beside the repository
    /// (never copied); where that folder is absent, the two short articles of our own in <c>samples/articles</c>.</para>
    /// <para><b>Cases.</b> <see cref="ExtractMentions"/> (the baseline) reads the mentions of both articles;
    /// <see cref="ReadQuantities"/> adds each mention's quantity identity; <see cref="AlignQuantities"/> adds the
    /// alignment across articles; <see cref="ReportHtml"/> goes all the way: attribution, identity, alignment, claims,
    /// proposed relations, merging, contradictions and the HTML page.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ExtractionBenchmarksConfig))]
    public class ArticleReconcileBenchmarks
    {
        private Article[] _articles = Array.Empty<Article>();

        /// <summary>Gets where the articles were read from (set in setup).</summary>
        public string Source { get; private set; } = string.Empty;

        /// <summary>Reads the two articles.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var seeds = Find(Path.Combine("shared", "seeds"));
            if (seeds is not null)
            {
                Source = seeds;
                _articles = new[]
                {
                    new Article(File.ReadAllText(Directory.GetFiles(seeds, "000_*.txt").Single()), "Kurdistan24", new LocalDate(2026, 2, 10).AtMidnight().WithOffset(Offset.FromHours(3))),
                    new Article(File.ReadAllText(Directory.GetFiles(seeds, "003_*.txt").Single()), "The New Region", new LocalDate(2026, 2, 7).AtMidnight().WithOffset(Offset.FromHours(3))),
                };
                return;
            }

            var samples = Find(Path.Combine("samples", "articles")) ?? throw new DirectoryNotFoundException("Neither ../shared/seeds nor samples/articles was found above " + AppContext.BaseDirectory);
            Source = samples;
            _articles = new[]
            {
                Own(Path.Combine(samples, "northern-desk.txt"), "Northern Desk", 10),
                Own(Path.Combine(samples, "river-gazette.txt"), "River Gazette", 7),
            };
        }

        /// <summary>The baseline: the numeric mentions of both articles.</summary>
        /// <returns>The number of mentions.</returns>
        [Benchmark(Baseline = true)]
        public int ExtractMentions() => _articles.Sum(a => NumericMentionExtractor.Extract(a.Text).Mentions.Count);

        /// <summary>The mentions and each one's quantity identity.</summary>
        /// <returns>The number of identities.</returns>
        [Benchmark]
        public int ReadQuantities() => _articles.Sum(a => QuantityReader.Read(NumericMentionExtractor.Extract(a.Text), "a").Count);

        /// <summary>Identities aligned across both articles.</summary>
        /// <returns>The number of quantities.</returns>
        [Benchmark]
        public int AlignQuantities() =>
            QuantityAlignment.Align(_articles.SelectMany((a, i) => QuantityReader.Read(NumericMentionExtractor.Extract(a.Text), "a" + i))).Quantities.Count;

        /// <summary>Articles to the finished HTML report.</summary>
        /// <returns>The length of the HTML.</returns>
        [Benchmark]
        public int ReportHtml() => ArticleReconciler.Reconcile(_articles).Report.ToHtml().Length;

        private static Article Own(string path, string outlet, int day)
        {
            var text = File.ReadAllText(path);
            var body = text.Substring(text.IndexOf("---", StringComparison.Ordinal) + 3);
            return new Article(body, outlet, new LocalDate(2026, 2, day).AtMidnight().WithOffset(Offset.Zero));
        }

        private static string? Find(string relative)
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}

using System;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ClaimRecon.Extraction;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Whether <see cref="NumericMentionExtractor.Extract"/> stays linear in the length of the text, on news prose and on
    /// hostile text, against the compiled-regex digit scan of the same text.
    /// </summary>
    /// <remarks>
    /// <para><b>Input.</b> <see cref="Kind"/> "news" repeats the <see cref="ExtractionBenchmarks"/> text; "hostile" cycles
    /// through fragments written to make a reader look far around each token: long digit runs, chains of scale words
    /// ("one hundred one hundred"), dashed digit groups, stacked hedges, currency signs without figures, zero-width and
    /// bidi characters. <see cref="Length"/> is the text's length in characters. Linear time shows as a Mean that grows
    /// eight times from 8,000 to 64,000 characters and a ratio to the scan that stays where it is.</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c> the lengths are cut by 8.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ExtractionBenchmarksConfig))]
    public class ExtractionScalingBenchmarks : DigitScanBenchmarks
    {
        private static readonly string[] Hostile =
        {
            "one hundred one hundred one hundred ", "9999999999999999999999999999999999999999 ", "1-2-3-4-5-6-7-8-9-10-11-12 ",
            "more than more than at least up to nearly ", "$ $ € £ US$ ", "twenty-five thousand million billion trillion ",
            "between 1 and 2 and 3 and 4 and ", "\u200B7\u200D5\u202E0\u2066% ", "(555) 555-0100 x12 ", "3.3.3.3.3.3 ",
            "a trillion trillion ", ".5.5.5.5 ", "0-0K 0-0K ", "per per per day a day each ", "rose from from to to ",
        };

        /// <summary>Gets or sets the kind of text: "news" or "hostile".</summary>
        [Params("news", "hostile")]
        public string Kind { get; set; } = "news";

        /// <summary>Gets or sets the length of the text in characters.</summary>
        [Params(8_000, 64_000)]
        public int Length { get; set; }

        /// <summary>Builds the text.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var length = Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1" ? Length / 8 : Length;
            var builder = new StringBuilder(length + 400);
            if (Kind == "news")
            {
                var news = new ExtractionBenchmarks();
                news.Setup();
                while (builder.Length < length)
                {
                    builder.Append(news.Text);
                }
            }
            else
            {
                for (var i = 0; builder.Length < length; i++)
                {
                    builder.Append(Hostile[(i * 7) % Hostile.Length]);
                }
            }

            builder.Length = length;
            Input = builder.ToString();
        }
    }
}

using System;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Extraction;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="NumericMentionExtractor.Extract"/> on a news-sized text, against a baseline that only finds the
    /// digit runs with a compiled regular expression.
    /// </summary>
    /// <remarks>
    /// <para><b>Input.</b> A synthetic English news report of about 8 KB (written for this benchmark, not taken from a
    /// corpus or the seed story): 24 paragraphs built from 12 sentence templates with varied figures, with hedges,
    /// ranges, money with scales, percentages, rates, changes, years, dates, a phone number and prose without numbers,
    /// in roughly the density of a wire report. <see cref="ScanDigits"/> (the baseline) counts the matches of
    /// <c>\d+(?:[.,]\d+)*</c> compiled with <see cref="RegexOptions.Compiled"/>: the floor of any reader that has to
    /// look at every number. <see cref="Extract"/> runs the extractor and counts the mentions.</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c> the text is two paragraphs,
    /// so CI's <c>--job dry</c> pass stays short.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ExtractionBenchmarksConfig))]
    public class ExtractionBenchmarks : DigitScanBenchmarks
    {
        private static readonly string[] Templates =
        {
            "Officials in the northern province said on Tuesday that more than {0:N0} families had been moved to temporary shelters, up from {1:N0} a week earlier. ",
            "The ministry put the cost at about ${2}.{3} million per month, or roughly ${4} per person per day, and said the figure could reach $3-4bn over {5} years. ",
            "Between {6:N0} and {7:N0} workers are expected to return to the factories, a spokeswoman told reporters, adding that nearly {8} percent of them had been paid. ",
            "The regional council, which meets at 10 a.m. on March {9}, will vote on a plan first drafted in 2019; its chairman can be reached on 555-013-2{10:000}. ",
            "Prices for rice rose {11}% in the quarter, while fuel fell {12}.{13} percentage points, according to figures released in the 2023-24 budget review. ",
            "At least {14} schools were closed and up to {15:N0} pupils sent home, although the agency said fewer than {16} classrooms had been damaged beyond repair. ",
            "Dozens of volunteers and hundreds of soldiers worked through the night, and tens of thousands of sandbags were laid along a wall stretching some {17} kilometres. ",
            "Aid groups warned that the response was one of the largest in a decade and that the camps, open 24/7, were running short of water and medicine. ",
            "A senior official, speaking on condition of anonymity, said the total was approximately {18:N0}, but declined to say how many had been registered so far. ",
            "Exports climbed from {19:N0} tonnes to {20:N0} tonnes, and the government expects two thousand more containers to leave the port by the end of the year. ",
            "The third convoy, the 21st since January, carried fuel worth €{21} million and food for almost {22:N0} people, the coordinator said in a statement. ",
            "Residents described long queues outside the bank, where staff limited withdrawals and asked customers to return later in the week with their documents. ",
        };

        /// <summary>Gets the length of the text read, in characters (set in setup).</summary>
        public int TextLength => Input.Length;

        /// <summary>Gets the text read (set in setup).</summary>
        public string Text => Input;

        /// <summary>Builds the text with a fixed seed.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var paragraphs = Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1" ? 2 : 24;
            var random = new Random(20260210);
            var builder = new StringBuilder();
            for (var p = 0; p < paragraphs; p++)
            {
                for (var s = 0; s < 2; s++)
                {
                    var template = Templates[((p * 2) + s) % Templates.Length];
                    var args = new object[23];
                    for (var a = 0; a < args.Length; a++)
                    {
                        args[a] = random.Next(2, 9) * (int)Math.Pow(10, random.Next(1, 4));
                    }

                    args[9] = random.Next(1, 28);
                    args[10] = random.Next(0, 999);
                    builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args));
                }

                builder.Append('\n');
            }

            Input = builder.ToString();
        }
    }

    /// <summary>The job for <see cref="ExtractionBenchmarks"/>: one launch, BenchmarkDotNet's automatic warm-up and iteration counts.</summary>
    public sealed class ExtractionBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public ExtractionBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithId("Extraction").AsDefault());
        }
    }
}

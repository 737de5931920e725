using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ClaimRecon.Extraction;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// The pair every extraction benchmark measures: <see cref="NumericMentionExtractor.Extract"/> against a baseline that
    /// only finds the digit runs (<c>\d+(?:[.,]\d+)*</c>, compiled): the floor of any reader that has to look at every
    /// number. A derived class builds <see cref="Input"/> in its setup.
    /// </summary>
    public abstract class DigitScanBenchmarks
    {
        private static readonly Regex Digits = new(@"\d+(?:[.,]\d+)*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Gets or sets the text both benchmarks read (set in the derived class's setup).</summary>
        protected string Input { get; set; } = string.Empty;

        /// <summary>The baseline: count the digit runs with a compiled regular expression.</summary>
        /// <returns>The number of matches.</returns>
        [Benchmark(Baseline = true)]
        public int ScanDigits()
        {
            var count = 0;
            for (var match = Digits.Match(Input); match.Success; match = match.NextMatch())
            {
                count++;
            }

            return count;
        }

        /// <summary>Reads every numeric mention.</summary>
        /// <returns>The number of mentions.</returns>
        [Benchmark]
        public int Extract() => NumericMentionExtractor.Extract(Input).Mentions.Count;
    }
}

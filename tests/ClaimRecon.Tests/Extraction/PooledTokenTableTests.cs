using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// The token table is rented from a shared pool and given back after each pass: a pass must not see what an earlier
    /// pass left in a reused table, and passes on several threads must not share one.
    /// </summary>
    public sealed class PooledTokenTableTests
    {
        private const string Long = "The depot said on Monday that about 4,500 tonnes of grain, up from 3,100 a month earlier, were stored in 12 silos "
            + "worth $7.5 million, and that between 40 and 60 trucks a day leave for the coast, each carrying at least 20 tonnes.";

        private const string Short = "Fewer than 30 staff";

        [Fact]
        public void AShortTextReadAfterALongOneReadsAsItDoesAlone()
        {
            var alone = Describe(NumericMentionExtractor.Extract(Short));
            NumericMentionExtractor.Extract(Long);
            var afterLong = Describe(NumericMentionExtractor.Extract(Short));

            afterLong.Should().Be(alone);
            alone.Should().Be("'Fewer than 30' (-inf, 30) staff");
        }

        [Fact]
        public void ATokenTablePastItsFirstSizeIsReadWhole()
        {
            // Estimate is a quarter of the characters; single-character tokens separated by nothing need more than that.
            var text = string.Concat(Enumerable.Repeat("1+", 300)) + " and a further 17 boats";
            var result = NumericMentionExtractor.Extract(text);

            result.Mentions.Should().Contain(m => m.Text == "17" && m.Value == 17m);
        }

        [Fact]
        public void PassesOnSeveralThreadsReadWhatOnePassReads()
        {
            var texts = Enumerable.Range(0, 40).Select(k => k % 2 == 0 ? Long : Short + " and " + k + " more").ToArray();
            var expected = texts.Select(t => Describe(NumericMentionExtractor.Extract(t))).ToArray();

            var actual = new string[texts.Length * 25];
            Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k => actual[k] = Describe(NumericMentionExtractor.Extract(texts[k % texts.Length])));

            for (var k = 0; k < actual.Length; k++)
            {
                actual[k].Should().Be(expected[k % texts.Length]);
            }
        }

        private static string Describe(ExtractionResult result) =>
            string.Join(" | ", result.Mentions.Select(m => $"'{m.Text}' {m.Range} {m.CountedNoun}"))
            + (result.Rejections.Count == 0 ? string.Empty : " / " + string.Join(" | ", result.Rejections.Select(r => r.ToString())));
    }
}

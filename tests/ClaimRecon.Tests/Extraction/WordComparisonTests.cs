using System;
using System.Text;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// A stage's question "is token i this word" compares ASCII letters itself and hands anything beyond ASCII to .NET;
    /// it must answer exactly as .NET's ordinal-ignore-case comparison does.
    /// </summary>
    public sealed class WordComparisonTests
    {
        private const string Alphabet = "aAbBkKsSiIzZ'\u2019\u0131\u0130\u212A\u017F\u00E9\u00C9\u00DF";

        [Fact]
        public void IsAnswersAsOrdinalIgnoreCaseOnRandomWords()
        {
            var random = new Random(1403);
            var compared = 0;
            for (var round = 0; round < 20_000; round++)
            {
                var word = RandomWord(random);
                var other = random.Next(3) == 0 ? RandomWord(random) : Recase(word, random);
                var probe = new Probe("x " + other + " y");
                if (probe.WordCount != 3 || !probe.IsWordToken(1) || probe.Length(1) != other.Length)
                {
                    continue; // the tokenizer split it (an apostrophe at an end): not one word token
                }

                probe.IsWord(1, word).Should().Be(string.Equals(other, word, StringComparison.OrdinalIgnoreCase), "'{0}' against '{1}'", other, word);
                compared++;
            }

            compared.Should().BeGreaterThan(10_000);
        }

        [Theory]
        [InlineData("Between", "between", true)]
        [InlineData("BETWEEN", "between", true)]
        [InlineData("betweem", "between", false)]
        [InlineData("GMT", "gmt", true)]
        [InlineData("caf\u00C9", "caf\u00E9", true)]
        [InlineData("o\u2019clock", "o'clock", false)]
        public void IsComparesLikeOrdinalIgnoreCase(string written, string word, bool expected)
        {
            new Probe("x " + written + " y").IsWord(1, word).Should().Be(expected);
        }

        private static string RandomWord(Random random)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 6);
            for (var k = 0; k < length; k++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            return builder.ToString();
        }

        private static string Recase(string word, Random random)
        {
            var chars = word.ToCharArray();
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[k]) : char.ToLowerInvariant(chars[k]);
            }

            return new string(chars);
        }

        private sealed class Probe : ScannerStage
        {
            public Probe(string text)
                : base(new TokenCursor(text))
            {
            }

            public int WordCount => _n;

            public int Length(int i) => _t[i].Length;

            public bool IsWordToken(int i) => IsWord(i);

            public bool IsWord(int i, string word) => Is(i, word);
        }
    }
}

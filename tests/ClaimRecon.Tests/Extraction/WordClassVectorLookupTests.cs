using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// The vector look-up of a short ASCII word's classes (.NET 8 and later) must answer exactly as the hash table it
    /// stands in front of: the same classes and the same table string (or none) for every word, in any casing, at any place.
    /// </summary>
    public sealed class WordClassVectorLookupTests
    {
        private static void ShouldMatchTheHashTable(string text, int start, int length)
        {
            var classes = WordClasses.Of(text, start, length, out var spelling);
            var expected = WordClasses.OfByHash(text, start, length, out var expectedSpelling);
            var word = text.Substring(start, length);
            classes.Should().Be(expected, word);
            ReferenceEquals(spelling, expectedSpelling).Should().BeTrue("'{0}' gets the same table string or none", word);
        }

        private static IEnumerable<string> Casings(string word, Random random)
        {
            yield return word;
            yield return word.ToLowerInvariant();
            yield return word.ToUpperInvariant();
            for (var round = 0; round < 3; round++)
            {
                yield return new string(word.Select(ch => random.Next(2) == 0 ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch)).ToArray());
            }
        }

        [Fact]
        public void EveryTableWordInEveryCasingHasTheHashTablesAnswer()
        {
            var random = new Random(1418);
            var checkedWords = 0;
            foreach (var word in WordClasses.Words)
            {
                foreach (var casing in Casings(word, random))
                {
                    ShouldMatchTheHashTable("an " + casing + " of the seventeen", 3, casing.Length); // room for 16 letters after
                    ShouldMatchTheHashTable("an " + casing, 3, casing.Length); // at the end: no room to read ahead
                    checkedWords++;
                }
            }

            checkedWords.Should().BeGreaterThan(3000);
        }

        [Fact]
        public void AWordOneLetterAwayFromATableWordHasTheHashTablesAnswer()
        {
            foreach (var word in WordClasses.Words.Where(w => w.All(ch => ch < 128)))
            {
                for (var k = 0; k < word.Length; k++)
                {
                    var chars = word.ToCharArray();
                    chars[k] = chars[k] == 'z' ? 'a' : (char)(chars[k] + 1);
                    var changed = new string(chars);
                    ShouldMatchTheHashTable("the " + changed + " word and a long tail after it", 4, changed.Length);
                }

                ShouldMatchTheHashTable("the " + word + "s and a long tail after it", 4, word.Length + 1);
                if (word.Length > 1)
                {
                    ShouldMatchTheHashTable("the " + word + " and a long tail after it", 4, word.Length - 1);
                }
            }
        }

        [Fact]
        public void RandomWordsOfLettersApostrophesAndLettersBeyondAsciiHaveTheHashTablesAnswer()
        {
            // Dotless i, long s and the Kelvin sign fold to ASCII letters under .NET's ordinal-ignore-case rules; é does not fold.
            const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'\u2019\u00E9\u0131\u017F\u212A";
            var random = new Random(1419);
            for (var round = 0; round < 20000; round++)
            {
                var length = random.Next(1, 21);
                var ascii = random.Next(4) != 0;
                var word = new string(Enumerable.Range(0, length).Select(_ => letters[random.Next(ascii ? 52 : letters.Length)]).ToArray());
                ShouldMatchTheHashTable("x " + word + " and then twenty more letters", 2, length);
            }
        }
    }
}

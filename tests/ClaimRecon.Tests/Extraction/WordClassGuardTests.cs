using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// The guard classes let a stage skip a table look-up when a word cannot be in the table, so a word of a table that
    /// lacked its guard would silently never be read. Every key of every guarded table must carry its class.
    /// </summary>
    public sealed class WordClassGuardTests
    {
        private static readonly (string Name, WordClass Guard, IEnumerable<string> Keys)[] Tables =
        {
            ("ScaleWord", WordClass.ScaleWord, Lexicon.ScaleWords.Keys),
            ("UnitWord", WordClass.UnitWord, Lexicon.UnitWords.Keys),
            ("CurrencyWord", WordClass.CurrencyWord, Lexicon.CurrencyWords.Keys),
            ("IsoCode", WordClass.IsoCode, Lexicon.IsoCodes),
            ("CurrencyQualifier", WordClass.CurrencyQualifier, Lexicon.CurrencyQualifiers.Keys),
            ("RatePeriod", WordClass.RatePeriod, Lexicon.RatePeriods.Keys),
            ("RateAdverb", WordClass.RateAdverb, Lexicon.RateAdverbs.Keys),
            ("PersonNoun", WordClass.PersonNoun, Lexicon.PersonNouns),
            ("HedgeEnd", WordClass.HedgeEnd, Lexicon.HedgesByLastWord.Keys),
            ("Month", WordClass.Month, Lexicon.Months),
            ("AttachedScale", WordClass.AttachedScale, Lexicon.AttachedScales.Keys),
            ("VagueScale", WordClass.VagueScale, Lexicon.VagueScales.Keys),
            ("DollarPrefix", WordClass.DollarPrefix, Lexicon.DollarPrefixes.Keys),
            ("TimeZone", WordClass.TimeZone, Lexicon.TimeZones),
            ("IdentifierNoun", WordClass.IdentifierNoun, Lexicon.IdentifierNouns),
            ("IndexName", WordClass.IndexName, Lexicon.IndexNames),
            ("Denominator", WordClass.Denominator, ProportionReader.Words),
            ("OrdinalWord", WordClass.OrdinalWord, Lexicon.OrdinalWords),
            ("StreetWord", WordClass.StreetWord, Lexicon.StreetWords),
            ("ChangeFiller", WordClass.ChangeFiller, Lexicon.ChangeFillers),
            ("SmallNumber", WordClass.SmallNumber, Lexicon.SmallNumbers.Keys),
            ("UnitStart: unit words", WordClass.UnitStart, Lexicon.UnitWords.Keys),
            ("UnitStart: currency words", WordClass.UnitStart, Lexicon.CurrencyWords.Keys),
            ("UnitStart: ISO codes", WordClass.UnitStart, Lexicon.IsoCodes),
            ("UnitStart: qualifiers", WordClass.UnitStart, Lexicon.CurrencyQualifiers.Keys),
            ("UnitStart: named", WordClass.UnitStart, UnitReader.NamedUnitStarts),
        };

        public static IEnumerable<object[]> GuardedTables() => Tables.Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(GuardedTables))]
        public void EveryKeyOfAGuardedTableCarriesItsClassInEveryCase(string table)
        {
            var (_, guard, keys) = Tables.Single(t => t.Name == table);
            var missing = keys
                .SelectMany(k => new[] { k, k.ToUpperInvariant(), k.ToLowerInvariant() })
                .Where(k => (WordClasses.Of(k, 0, k.Length) & guard) == 0)
                .ToList();
            missing.Should().BeEmpty();
        }

        [Theory]
        [InlineData("40 percentage points", "percentage points")]
        [InlineData("40 basis points", "basis points")]
        [InlineData("40 Hong Kong dollars", "Hong Kong dollars")]
        [InlineData("40 square metres", "square metres")]
        [InlineData("40 degrees Celsius", "degrees Celsius")]
        [InlineData("40 pct", "pct")]
        [InlineData("40 MUSD", "MUSD")]
        public void UnitsNamedInTheReaderAreStillReadAfterTheGuard(string text, string unit)
        {
            NumericMentionExtractor.Extract(text).Mentions.Should().ContainSingle().Which.UnitText.Should().Be(unit);
        }

        [Fact]
        public void AnyCasingOfATableWordHasTheWordsClassesAndTheTableStringOnlyWhenSpelledAsTheTableSpellsIt()
        {
            // Oracle: case-insensitivity as .NET's ordinal-ignore-case defines it for ASCII, and one table string per word,
            // handed out only to a text spelling it exactly (ordinal). The table string is found from the casings tried.
            var random = new System.Random(1402);
            var checkedWords = 0;
            foreach (var key in Tables.SelectMany(t => t.Keys).Where(k => k.All(ch => ch < 128)).Distinct())
            {
                var expected = WordClasses.Of(key, 0, key.Length);
                var variants = new List<string> { key, key.ToLowerInvariant(), key.ToUpperInvariant() };
                for (var round = 0; round < 4; round++)
                {
                    var chars = key.ToCharArray();
                    for (var k = 0; k < chars.Length; k++)
                    {
                        chars[k] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[k]) : char.ToLowerInvariant(chars[k]);
                    }

                    variants.Add(new string(chars));
                }

                string? tableString = null;
                var spellings = new List<(string Variant, string? Spelling)>();
                foreach (var variant in variants)
                {
                    var text = "x " + variant + " y"; // the word inside a text, not at offset 0
                    WordClasses.Of(text, 2, variant.Length, out var spelling).Should().Be(expected, variant);
                    if (spelling is not null)
                    {
                        spelling.Should().Be(variant);
                        (tableString ??= spelling).Should().Be(spelling, "a word has one table string");
                    }

                    spellings.Add((variant, spelling));
                    checkedWords++;
                }

                foreach (var (variant, spelling) in spellings)
                {
                    spelling.Should().Be(variant == tableString ? tableString : null, variant);
                }
            }

            checkedWords.Should().BeGreaterThan(1000);
        }

        [Theory]
        [InlineData("millioN")]
        [InlineData("milliom")]
        [InlineData("millio")]
        [InlineData("mil'ion")]
        public void AWordDifferingFromATableWordInOneLetterOrLengthIsNotThatWord(string word)
        {
            var classes = WordClasses.Of(word, 0, word.Length, out var spelling);
            spelling.Should().BeNull();
            if (!string.Equals(word, "million", System.StringComparison.OrdinalIgnoreCase))
            {
                (classes & WordClass.ScaleWord).Should().Be(WordClass.None);
            }
            else
            {
                (classes & WordClass.ScaleWord).Should().Be(WordClass.ScaleWord);
            }
        }

        [Fact]
        public void AWordOfNoTableCarriesNoGuard()
        {
            var word = "tablecloth";
            (WordClasses.Of(word, 0, word.Length) & ~WordClass.Known).Should().Be(WordClass.None);
        }
    }
}

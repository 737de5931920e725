using System;
using System.Text;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// The article reader's hand-written fast paths give what the framework calls they replace give, on words and names of
    /// our own: alias keys, possessive tests, slugs, and the known-word table.
    /// </summary>
    public sealed class ReaderFastPathTests
    {
        private static readonly string[] Names =
        {
            "the Harbour Board", "The  Harbour Board ", "  the harbour board", "the", "the ", " the  ", "them", "theatre guild",
            "THE Harbour Board", "Tessa\u2019s river authority", "Tessa's river authority", "U.S. Harbour Board", "the U.S. Harbour Board",
            "Board (HB)", "", "   ", "\u00C9cole Normale", "the \u00C9cole", "Lenner's", "Lenner\u2019S office", "x's", "'s ", "a\u2019\u017F b",
            "Marren Basin Authority's", "Oster\u2019s ", "ends with 's", "apostrophe 'sx", "the\tHarbour", "the-harbour board",
        };

        [Fact]
        public void AnAliasKeyIsTheTrimmedNameWithoutTheLeadingArticleLowerCased()
        {
            foreach (var name in Names)
            {
                SourceAliases.Key(name).Should().Be(OldKey(name), "the key of \"{0}\"", name);
            }
        }

        [Fact]
        public void APossessiveIsFoundAsAnIgnoreCaseSearchFindsIt()
        {
            foreach (var name in Names)
            {
                var expected = name.IndexOf("'s ", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("\u2019s ", StringComparison.OrdinalIgnoreCase) >= 0;
                SourceAliases.HasPossessiveBeforeSpace(name).Should().Be(expected, "\"{0}\"", name);
                var ends = name.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || name.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
                SourceAliases.EndsWithPossessive(name).Should().Be(ends, "\"{0}\"", name);
            }
        }

        [Fact]
        public void APossessiveTestSeesBothApostrophesAndBothCases()
        {
            SourceAliases.HasPossessiveBeforeSpace("Tessa\u2019S bank").Should().BeTrue();
            SourceAliases.HasPossessiveBeforeSpace("Tessa's").Should().BeFalse();
            SourceAliases.EndsWithPossessive("Oldani\u2019s").Should().BeTrue();
            SourceAliases.EndsWithPossessive("Oldani'").Should().BeFalse();
        }

        [Fact]
        public void ASlugIsLowerCaseLettersAndDigitsJoinedBySingleHyphens()
        {
            foreach (var name in Names)
            {
                SourceNormalizer.Slug(name).Should().Be(OldSlug(name), "the slug of \"{0}\"", name);
            }

            SourceNormalizer.Slug(new string('x', 300) + " Board").Should().Be(new string('x', 300) + "-board");
        }

        [Theory]
        [InlineData("Said")]
        [InlineData("ACCORDING")]
        [InlineData("officials")]
        [InlineData("statement")]
        public void AKnownWordIsFoundInAnyCase(string word)
        {
            KnownWords.Find("(" + word + ")", 1, word.Length + 1).Should().Be(word.ToLowerInvariant());
        }

        [Theory]
        [InlineData("Lenner")]
        [InlineData("floodwater")]
        [InlineData("x")]
        [InlineData("")]
        [InlineData("a-very-long-compound-word-that-no-table-holds-at-all")]
        public void AWordOfNoTableIsNotKnown(string word)
        {
            KnownWords.Find(word, 0, word.Length).Should().BeNull();
        }

        /// <summary>The key as it was made before it was read in place.</summary>
        private static string OldKey(string name)
        {
            var text = name.Trim();
            text = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text.Substring(4).TrimStart() : text;
            var key = new StringBuilder();
            var space = false;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && key.Length > 0)
                    {
                        key.Append(' ');
                    }

                    key.Append(char.ToLowerInvariant(c));
                    space = false;
                }
                else if (c is not ('\'' or '\u2019' or '.'))
                {
                    space = true;
                }
            }

            return key.ToString();
        }

        /// <summary>The slug as it was made before it was made in a stack buffer.</summary>
        private static string OldSlug(string name)
        {
            var slug = new StringBuilder();
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    slug.Append(char.ToLowerInvariant(c));
                }
                else if (c is '\'' or '\u2019' or '.')
                {
                    continue;
                }
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }

            var text = slug.ToString().Trim('-');
            return text.Length == 0 ? "source" : text;
        }
    }
}

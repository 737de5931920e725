using System;
using System.Collections.Generic;
using System.Text;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>The word shapes a source phrase is read by: capitals, possessives, titles, joins and slugs.</summary>
    internal sealed partial class SourceNormalizer
    {
        /// <summary>
        /// Whether the words before a title are a body named by a lower-case noun ("department spokeswoman Lena Ortiz",
        /// "education ministry official Sam Lee"): at most three lower-case words, the last a noun of a body.
        /// </summary>
        private static bool BodyNounBefore(List<(string Text, bool Capitalised)> list, int title) =>
            CueLexicon.OrganisationNouns.Contains(list[title - 1].Text) && LowerWordsBefore(list, title);

        /// <summary>Whether the words before a title are one to three lower-case words ("fire spokeswoman", "education ministry official").</summary>
        private static bool LowerWordsBefore(List<(string Text, bool Capitalised)> list, int title)
        {
            if (title is < 1 or > 3)
            {
                return false;
            }

            for (var i = 0; i < title; i++)
            {
                if (list[i].Capitalised || !char.IsLetter(list[i].Text[0]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a phrase's head makes it media: a noun of an outlet, but "agency" only as a news or press agency ("the
        /// Metro Transit Agency", "the agency" are public bodies far more often than wire services).
        /// </summary>
        private static bool IsOutletHead(List<(string Text, bool Capitalised)> list, string head) =>
            CueLexicon.OutletNouns.Contains(head) && (head != "agency" || (list.Count >= 2 && Strip(list[list.Count - 2].Text).ToLowerInvariant() is "news" or "press"));

        /// <summary>Whether a capitalised word can be part of a person's name: no noun of a body, outlet, source or document, no title.</summary>
        private static bool IsPersonNameWord(string word)
        {
            var lower = word.ToLowerInvariant();
            return char.IsLetter(word[0]) && !CueLexicon.OrganisationNouns.Contains(lower) && !CueLexicon.OutletNouns.Contains(lower)
                && !CueLexicon.SourceNouns.Contains(lower) && !CueLexicon.DocumentNouns.Contains(lower) && !CueLexicon.Titles.Contains(word);
        }

        /// <summary>Lower-case parts of names: "al-Fayyadh", "bin", "de", "van".</summary>
        private static bool IsNameParticle(string word) =>
            word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal) || word is "bin" or "ibn" or "de" or "van" or "von" or "da" or "al" or "abu" or "del" or "der" or "la" or "le";

        /// <summary>The alias key of a phrase (<see cref="SourceAliases.Key"/>), made once per phrase and article.</summary>
        private string KeyOf(string phrase)
        {
            if (!_keys.TryGetValue(phrase, out var key))
            {
                _keys[phrase] = key = SourceAliases.Key(phrase);
            }

            return key;
        }

        /// <summary>The source the alias table names by <paramref name="phrase"/>, or null; looked up once per phrase and article (a phrase is looked up by several rules).</summary>
        private Source? FindAlias(string phrase)
        {
            if (!_found.TryGetValue(phrase, out var source))
            {
                _found[phrase] = source = _aliases.Find(phrase, KeyOf(phrase));
            }

            return source;
        }

        private bool IsOutletKey(string key)
        {
            return key.Length > 0 && (key == _outletNameKey || key == _outletIdKey);
        }

        private static string Strip(string word) => word.Substring(0, word.Length - SourceAliases.PossessiveLength(word));

        /// <summary>The words that are not empty, in order, as a new list.</summary>
        private static List<(string Text, bool Capitalised)> NonEmpty(IReadOnlyList<(string Text, bool Capitalised)> words)
        {
            var list = new List<(string Text, bool Capitalised)>(words.Count);
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Text.Length > 0)
                {
                    list.Add(words[i]);
                }
            }

            return list;
        }

        /// <summary>Whether the first <paramref name="count"/> words are all capitalised.</summary>
        private static bool AllCapitalised(List<(string Text, bool Capitalised)> words, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (!words[i].Capitalised)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the first <paramref name="count"/> words are all capitalised or brackets.</summary>
        private static bool AllCapitalisedOrBrackets(List<(string Text, bool Capitalised)> words, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (!words[i].Capitalised && words[i].Text is not "(" and not ")")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether every word is capitalised or a name particle (<see cref="IsNameParticle"/>).</summary>
        private static bool AllNameWords(List<(string Text, bool Capitalised)> words)
        {
            foreach (var w in words)
            {
                if (!w.Capitalised && !IsNameParticle(w.Text))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The words joined as <see cref="Join(IEnumerable{ValueTuple{string, bool}})"/> joins them, read by index.</summary>
        private string Join(List<(string Text, bool Capitalised)> words) => Join(words, words.Count);

        /// <summary>
        /// The first <paramref name="count"/> words joined as <see cref="Join(IEnumerable{ValueTuple{string, bool}})"/>
        /// joins them, brackets left out when <paramref name="skipBrackets"/> is set; made in one builder per normalizer.
        /// </summary>
        private string Join(List<(string Text, bool Capitalised)> words, int count, bool skipBrackets = false) => Join(words, 0, count, skipBrackets);

        /// <summary>The words from <paramref name="from"/> up to <paramref name="end"/> joined as <see cref="Join(List{ValueTuple{string, bool}}, int, bool)"/> joins them.</summary>
        private string Join(List<(string Text, bool Capitalised)> words, int from, int end, bool skipBrackets = false)
        {
            var text = _join.Clear();
            for (var i = from; i < end; i++)
            {
                var w = words[i].Text;
                if (skipBrackets && w is "(" or ")")
                {
                    continue;
                }

                if (text.Length > 0 && w != ")" && text[text.Length - 1] != '(')
                {
                    text.Append(' ');
                }

                text.Append(w);
            }

            return text.ToString();
        }

        private static string Join(IEnumerable<(string Text, bool Capitalised)> words)
        {
            var text = new StringBuilder();
            foreach (var (w, _) in words)
            {
                if (text.Length > 0 && w != ")" && text[text.Length - 1] != '(')
                {
                    text.Append(' ');
                }

                text.Append(w);
            }

            return text.ToString();
        }

        /// <summary>A lower-case identifier of letters and digits joined by hyphens ("Saad Maan" → "saad-maan").</summary>
        public static string Slug(string name)
        {
            // Never longer than the name; a hyphen is only written after a letter or digit, so only the end needs trimming.
            Span<char> slug = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
            var length = 0;
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    slug[length++] = char.ToLowerInvariant(c);
                }
                else if (c is '\'' or '\u2019' or '.')
                {
                    continue;
                }
                else if (length > 0 && slug[length - 1] != '-')
                {
                    slug[length++] = '-';
                }
            }

            while (length > 0 && slug[length - 1] == '-')
            {
                length--;
            }

            return length == 0 ? "source" : slug.Slice(0, length).ToString();
        }
    }
}

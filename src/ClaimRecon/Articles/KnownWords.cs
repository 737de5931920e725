using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// The words the attribution rules look for (every word of <see cref="CueLexicon"/>'s tables, the cue words and common
    /// function words), held once each, lower-case, so that reading a token that is one of them allocates nothing.
    /// </summary>
    /// <remarks>Built once; immutable; thread-safe. A token that is not one of these words is read by <see cref="ArticleText.Word"/> as usual.</remarks>
    internal static class KnownWords
    {
        private const int Buckets = 2048;

        /// <summary>
        /// Words that open a cue, a denial predicate or a time phrase, beyond the tables: the loops that pass over unknown
        /// words (<see cref="StatementFinder"/>, <see cref="StanceRules"/>, <see cref="TimeRules"/>) need every one of them here.
        /// </summary>
        private static readonly string[] CueOpeners =
        {
            "according", "based", "citing", "quoting", "data", "figures", "statistics", "numbers", "statement",
            "is", "was", "are", "were", "has", "have", "had", "been", "being", "to", "on", "from", "by", "at", "in", "of", "for", "with", "the", "a", "an",
            "far", "much", "significantly", "lower", "higher", "smaller", "larger", "true", "accurate", "correct", "date", "thus", "end", "during",
        };

        /// <summary>Flag of a word that can open a cue in <see cref="StatementFinder"/>'s loop (a reporting verb, an auxiliary, "according", "in", ...).</summary>
        public const byte CueOpener = 1;

        /// <summary>Flag of a word that can open a denial predicate (<see cref="StanceRules.DenialPredicate"/>).</summary>
        public const byte DenialOpener = 2;

        /// <summary>Words that open a cue in <see cref="StatementFinder.Find"/> besides the verbs of <see cref="CueLexicon.Verbs"/>.</summary>
        private static readonly string[] FinderWords =
        {
            "in", "according", "based", "citing", "quoting", "data", "figures", "statistics", "numbers", "statement",
            "is", "are", "was", "were", "am", "has", "have", "had", "been", "being",
        };

        private static readonly string[] Words;
        private static readonly byte[] WordFlags;
        private static readonly int[]?[] Table;

#pragma warning disable CA1810 // One build fills three tables; an initialiser for each would build it three times.
        static KnownWords()
        {
            Table = Build(out Words, out WordFlags);
        }
#pragma warning restore CA1810

        /// <summary>The known word spelled by <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, read in lower case with ’ as '; null when it is none.</summary>
        public static string? Find(string text, int start, int end)
        {
            var i = IndexOf(text, start, end);
            return i < 0 ? null : Words[i];
        }

        /// <summary>The number of the known word spelled from <paramref name="start"/> to <paramref name="end"/> (see <see cref="Word(int)"/>), or -1.</summary>
        public static int IndexOf(string text, int start, int end)
        {
            var bucket = Table[Hash(text, start, end) & (Buckets - 1)];
            if (bucket is null)
            {
                return -1;
            }

            foreach (var i in bucket)
            {
                var word = Words[i];
                if (word.Length == end - start && Same(word, text, start))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The known word numbered <paramref name="index"/>.</summary>
        public static string Word(int index) => Words[index];

        /// <summary>The flags (<see cref="CueOpener"/>, <see cref="DenialOpener"/>) of the known word numbered <paramref name="index"/>.</summary>
        public static byte Flags(int index) => WordFlags[index];

        private static bool Same(string word, string text, int start)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] != Fold(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Fold(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

        private static int Hash(string text, int start, int end)
        {
            unchecked
            {
                var h = 2166136261u;
                for (var i = start; i < end; i++)
                {
                    h = (h ^ Fold(text[i])) * 16777619u;
                }

                return (int)(h ^ (h >> 15));
            }
        }

        private static int[]?[] Build(out string[] all, out byte[] flags)
        {
            var words = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var set in new IEnumerable<string>[]
            {
                CueOpeners, CueLexicon.Verbs.Keys, CueLexicon.DenialPredicates, CueLexicon.SourceNouns, CueLexicon.DocumentNouns, CueLexicon.OutletNouns,
                CueLexicon.OrganisationNouns, CueLexicon.Titles, CueLexicon.Pronouns, CueLexicon.SubjectStops, CueLexicon.VerbModifiers, CueLexicon.TimeWords,
                CueLexicon.Parentheticals,
            })
            {
                foreach (var w in set)
                {
                    if (w.IndexOf(' ') < 0)
                    {
                        words.Add(w.ToLowerInvariant().Replace('\u2019', '\''));
                    }
                }
            }

            all = words.ToArray();
            flags = new byte[all.Length];
            var table = new List<int>?[Buckets];
            for (var n = 0; n < all.Length; n++)
            {
                var w = all[n];
                if (CueLexicon.Verbs.ContainsKey(w) || System.Array.IndexOf(FinderWords, w) >= 0)
                {
                    flags[n] |= CueOpener;
                }

                if (CueLexicon.DenialPredicates.Contains(w) || w is "lower" or "higher" or "smaller" or "larger" or "not")
                {
                    flags[n] |= DenialOpener;
                }

                var i = Hash(w, 0, w.Length) & (Buckets - 1);
                (table[i] ??= new List<int>()).Add(n);
            }

            return table.Select(b => b?.ToArray()).ToArray();
        }
    }
}

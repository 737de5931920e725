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
        /// <summary>Slots of the open-addressing table: a power of two, about six times the number of words, so that a word that is none usually meets an empty slot at once.</summary>
        private const int Slots = 4096;

        /// <summary>
        /// Words that open a cue, a denial predicate or a time phrase, beyond the tables: the loops that pass over unknown
        /// words (<see cref="StatementFinder"/>, <see cref="StanceRules"/>, <see cref="TimeRules"/>) need every one of them here.
        /// </summary>
        private static readonly string[] CueOpeners =
        {
            "according", "based", "citing", "quoting", "data", "figures", "statistics", "numbers", "statement",
            "is", "was", "are", "were", "has", "have", "had", "been", "being", "to", "on", "from", "by", "at", "in", "of", "for", "with", "the", "a", "an",
            "far", "much", "significantly", "lower", "higher", "smaller", "larger", "true", "accurate", "correct", "date", "thus", "end", "during",
            "too", "low", "high", "small", "large", "gave", "gives", "give", "giving", "offered", "offers", "provided", "provides",
        };

        /// <summary>Flag of a word that can open a cue in <see cref="StatementFinder"/>'s loop (a reporting verb, an auxiliary, "according", "in", ...).</summary>
        public const byte CueOpener = 1;

        /// <summary>Flag of a word that can open a denial predicate (<see cref="StanceRules.DenialPredicate"/>).</summary>
        public const byte DenialOpener = 2;

        /// <summary>Flag of a word that opens a phrase of what a figure describes in <see cref="TimeRules.Describes"/> ("so far", "since", "by", "has been", ...).</summary>
        public const byte TimeOpener = 4;

        /// <summary>The words <see cref="TimeRules.Describes"/> tests a token against first; any other token opens nothing there.</summary>
        private static readonly string[] DescribesOpeners =
        {
            "so", "to", "thus", "already", "since", "by", "in", "on", "at", "during", "last", "this", "as", "has", "have", "had",
        };

        /// <summary>Words that open a cue in <see cref="StatementFinder.Find"/> besides the verbs of <see cref="CueLexicon.Verbs"/>.</summary>
        private static readonly string[] FinderWords =
        {
            "in", "according", "based", "citing", "quoting", "data", "figures", "statistics", "numbers", "statement",
            "is", "are", "was", "were", "am", "has", "have", "had", "been", "being", "gave", "gives", "give", "giving", "offered", "offers", "provided", "provides",
        };

        private static readonly string[] Words;
        private static readonly byte[] WordFlags;

        /// <summary>
        /// The open-addressing table: each slot holds the high 16 bits of a word's hash above its number + 1 (0: empty), so
        /// a lookup reads one 16 KB array and compares a word's characters only when the hashes agree. Small on purpose: an
        /// article's read touches every token's slot, and between reads the rest of the work pushes the table out of cache.
        /// </summary>
        private static readonly uint[] Table;

        /// <summary>Every known word's characters, one after another, so a comparison reads one small array rather than a string object a word.</summary>
        private static readonly char[] WordChars;

        /// <summary>Where each known word starts in <see cref="WordChars"/>; the next entry is where it ends.</summary>
        private static readonly int[] WordStarts;

        /// <summary>The length of the longest known word: a longer token is none, without hashing it.</summary>
        private static readonly int MaxLength;

#pragma warning disable CA1810 // One build fills four tables; an initialiser for each would build it four times.
        static KnownWords()
        {
            Table = Build(out Words, out WordFlags, out MaxLength);
            WordStarts = new int[Words.Length + 1];
            for (var n = 0; n < Words.Length; n++)
            {
                WordStarts[n + 1] = WordStarts[n] + Words[n].Length;
            }

            WordChars = string.Concat(Words).ToCharArray();
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
            return end - start > MaxLength || end <= start ? -1 : Probe(text, start, end, Hash(text, start, end));
        }

        /// <summary>
        /// <see cref="IndexOf"/> for a word whose characters the caller has already folded into <paramref name="steps"/>
        /// (<see cref="Step"/> from 0 over each character from <paramref name="start"/> to <paramref name="end"/>), as the
        /// tokenizer does while it reads them, so they are not read a second time.
        /// </summary>
        public static int IndexOfFolded(string text, int start, int end, uint steps) =>
            end - start > MaxLength || end <= start ? -1 : Probe(text, start, end, Finish(steps, end - start));

        /// <summary>One character of <see cref="Hash"/>: folded as <see cref="Fold"/> reads it, with bit 5 set, rotated in.</summary>
        public static uint Step(uint h, char c) => unchecked(((h << 5) | (h >> 27)) ^ ((c < 128 ? c : Fold(c)) | 0x20u));

        private static int Probe(string text, int start, int end, uint hash)
        {
            var table = Table;
            unchecked
            {
                for (var slot = hash & (Slots - 1); ; slot = (slot + 1) & (Slots - 1))
                {
                    var entry = table[slot];
                    if (entry == 0)
                    {
                        return -1;
                    }

                    if ((entry >> 16) == hash >> 16)
                    {
                        var i = (int)(entry & 0xFFFF) - 1;
                        if (WordStarts[i + 1] - WordStarts[i] == end - start && Same(WordStarts[i], text, start, end))
                        {
                            return i;
                        }
                    }
                }
            }
        }

        /// <summary>The known word numbered <paramref name="index"/>.</summary>
        public static string Word(int index) => Words[index];

        /// <summary>The flags (<see cref="CueOpener"/>, <see cref="DenialOpener"/>) of the known word numbered <paramref name="index"/>.</summary>
        public static byte Flags(int index) => WordFlags[index];

        private static bool Same(int at, string text, int start, int end)
        {
            var chars = WordChars;
            for (var i = start; i < end; i++, at++)
            {
                if (chars[at] != Fold(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Fold(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

        /// <summary>
        /// A hash of the word as <see cref="Fold"/> reads it: each character folded, with bit 5 set (which makes an ASCII
        /// capital its small letter and changes no folded character's class of hash), rotated in (<see cref="Step"/>); the
        /// length and one multiplication at the end mix the bits (<see cref="Finish"/>). One short dependency a character,
        /// not a multiplication a character, and nothing before the first character, so the tokenizer can fold each
        /// character in as it reads it.
        /// </summary>
        private static uint Hash(string text, int start, int end)
        {
            var h = 0u;
            for (var i = start; i < end; i++)
            {
                h = Step(h, text[i]);
            }

            return Finish(h, end - start);
        }

        private static uint Finish(uint steps, int length)
        {
            unchecked
            {
                var h = (steps ^ ((uint)length << 27) ^ (uint)length) * 0x9E3779B1u;
                return h ^ (h >> 15);
            }
        }

        private static uint[] Build(out string[] all, out byte[] flags, out int maxLength)
        {
            var words = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var set in new IEnumerable<string>[]
            {
                CueOpeners, DescribesOpeners, CueLexicon.Verbs.Keys, CueLexicon.DenialPredicates, CueLexicon.SourceNouns, CueLexicon.DocumentNouns, CueLexicon.OutletNouns,
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
            if (all.Length > short.MaxValue)
            {
                // A token holds its known word's number in 16 bits.
                throw new System.InvalidOperationException("Too many known words for a token's 16-bit number.");
            }

            flags = new byte[all.Length];
            maxLength = 0;
            var table = new uint[Slots];
            for (var n = 0; n < all.Length; n++)
            {
                var w = all[n];
                if (CueLexicon.Verbs.ContainsKey(w) || System.Array.IndexOf(FinderWords, w) >= 0)
                {
                    flags[n] |= CueOpener;
                }

                if (CueLexicon.DenialPredicates.Contains(w) || w is "lower" or "higher" or "smaller" or "larger" or "not" or "too")
                {
                    flags[n] |= DenialOpener;
                }

                if (System.Array.IndexOf(DescribesOpeners, w) >= 0)
                {
                    flags[n] |= TimeOpener;
                }

                maxLength = System.Math.Max(maxLength, w.Length);
                var hash = Hash(w, 0, w.Length);
                var slot = (int)(hash & (Slots - 1));
                while (table[slot] != 0)
                {
                    slot = (slot + 1) & (Slots - 1);
                }

                table[slot] = (hash & 0xFFFF0000u) | (uint)(n + 1);
            }

            return table;
        }
    }
}

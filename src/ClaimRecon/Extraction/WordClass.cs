using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace ClaimRecon.Extraction
{
    /// <summary>What the scanner knows about a word, answered once per token from one table (see <see cref="WordClasses"/>).</summary>
    [Flags]
    internal enum WordClass : uint
    {
        None = 0,

        /// <summary>A word that may start a number or a trap: small numbers, scale words, vague amounts, ordinals.</summary>
        Core = 1 << 0,

        /// <summary>A word that ends a counted noun ("the", "of", "per").</summary>
        Stop = 1 << 1,

        /// <summary>A verb or adverb of increase ("rose", "up").</summary>
        Up = 1 << 2,

        /// <summary>A verb or adverb of decrease ("fell", "down").</summary>
        Down = 1 << 3,

        /// <summary>A word naming a cost ("cost", "fee"), which makes a nearby "daily" or "each" a rate.</summary>
        Cost = 1 << 4,

        /// <summary>A small number word ("one" to "ninety").</summary>
        SmallNumber = 1 << 5,

        /// <summary>A rate adverb ("daily", "monthly").</summary>
        RateAdverb = 1 << 6,

        // The classes below are guards: each says the word is (ignoring case) a key of one Lexicon table, so a stage asks
        // the table only about words that can be in it (see ScannerStage.May). The tables stay the source of the values.

        /// <summary>A key of <see cref="Lexicon.ScaleWords"/>.</summary>
        ScaleWord = 1 << 7,

        /// <summary>A key of <see cref="Lexicon.UnitWords"/>.</summary>
        UnitWord = 1 << 8,

        /// <summary>A key of <see cref="Lexicon.CurrencyWords"/>.</summary>
        CurrencyWord = 1 << 9,

        /// <summary>One of <see cref="Lexicon.IsoCodes"/>.</summary>
        IsoCode = 1 << 10,

        /// <summary>A key of <see cref="Lexicon.CurrencyQualifiers"/>.</summary>
        CurrencyQualifier = 1 << 11,

        /// <summary>A key of <see cref="Lexicon.RatePeriods"/>.</summary>
        RatePeriod = 1 << 12,

        /// <summary>One of <see cref="Lexicon.PersonNouns"/>.</summary>
        PersonNoun = 1 << 13,

        /// <summary>The last word of a hedge phrase (a key of <see cref="Lexicon.HedgesByLastWord"/>).</summary>
        HedgeEnd = 1 << 14,

        /// <summary>One of <see cref="Lexicon.Months"/> in any case (the table itself is case-sensitive).</summary>
        Month = 1 << 15,

        /// <summary>A key of <see cref="Lexicon.AttachedScales"/> in any case (the table itself is case-sensitive).</summary>
        AttachedScale = 1 << 16,

        /// <summary>A key of <see cref="Lexicon.VagueScales"/>.</summary>
        VagueScale = 1 << 17,

        /// <summary>A key of <see cref="Lexicon.DollarPrefixes"/>.</summary>
        DollarPrefix = 1 << 18,

        /// <summary>One of <see cref="Lexicon.TimeZones"/> in any case (the table itself is case-sensitive).</summary>
        TimeZone = 1 << 19,

        /// <summary>One of <see cref="Lexicon.IdentifierNouns"/>.</summary>
        IdentifierNoun = 1 << 20,

        /// <summary>One of <see cref="Lexicon.IndexNames"/>.</summary>
        IndexName = 1 << 21,

        /// <summary>A fraction's denominator word ("third", "quarters").</summary>
        Denominator = 1 << 22,

        /// <summary>One of <see cref="Lexicon.OrdinalWords"/>.</summary>
        OrdinalWord = 1 << 23,

        /// <summary>One of <see cref="Lexicon.StreetWords"/> in any case (the table itself is case-sensitive).</summary>
        StreetWord = 1 << 24,

        /// <summary>
        /// A word with a character beyond ASCII. The table compares ASCII case only, while the Lexicon tables fold case as
        /// .NET's ordinal-ignore-case comparison does, so every guard lets such a word through to the table.
        /// </summary>
        NonAscii = 1 << 25,

        /// <summary>One of <see cref="Lexicon.ChangeFillers"/>.</summary>
        ChangeFiller = 1 << 26,

        /// <summary>
        /// A word a unit written after a figure can start with: a key of the unit, currency-word and qualifier tables, an
        /// ISO code, or one of <see cref="UnitReader.NamedUnitStarts"/> ("percent", "basis", "Hong").
        /// </summary>
        UnitStart = 1 << 27,

        /// <summary>One of <see cref="Lexicon.SingularsInS"/>: a noun ending in "s" that is no plural ("measles", "news").</summary>
        SingularInS = 1 << 28,

        /// <summary>Set on every classified word, so a cached class of 0 means "not classified yet".</summary>
        Known = 1u << 31,
    }

    /// <summary>
    /// The word tables of <see cref="Lexicon"/> that the scanner asks about most folded into one hash table, so a word's
    /// classes come from one look-up, ignoring ASCII case and without cutting a string.
    /// </summary>
    internal static partial class WordClasses
    {
        private const int Buckets = 1024;

        private static readonly string[] ScaleAndVagueWords =
        {
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "few", "several", "scores", "couple", "handful",
        };

        /// <summary>Where each bucket's entries start in <see cref="Entries"/> (filled by <see cref="Build"/>, so declared first).</summary>
        private static readonly int[] BucketStarts = new int[Buckets + 1];

        /// <summary>The words of every class, grouped by bucket: bucket b holds entries BucketStarts[b] to BucketStarts[b + 1] - 1.</summary>
        private static readonly Entry[] Entries = Build(BucketStarts);

        /// <summary>
        /// For each pair of ASCII first and last letters (first * 26 + last), bit n set when some <see cref="WordClass.Core"/>
        /// word has those letters and length n.
        /// </summary>
        private static readonly ulong[] CoreShapes = BuildCoreShapes();

        /// <summary>
        /// False when no <see cref="WordClass.Core"/> word has the first and last letters (ASCII letters) and the length of the
        /// word at [start, start + length), so most words of a text are passed over without hashing; true means ask
        /// <see cref="Of(string, int, int)"/>.
        /// </summary>
        public static bool MayBeCore(string text, int start, int length)
        {
            var first = text[start];
            var last = text[start + length - 1];
            var f = unchecked((uint)((first | 0x20) - 'a'));
            var l = unchecked((uint)((last | 0x20) - 'a'));
            if (f > 'z' - 'a' || l > 'z' - 'a' || first > '\u007F' || last > '\u007F')
            {
                return true;
            }

            return length < 64 && ((CoreShapes[(f * 26) + l] >> length) & 1) != 0;
        }

        /// <summary>Every class of the word at [start, start + length) of <paramref name="text"/>; <see cref="WordClass.Known"/> is always set.</summary>
        public static WordClass Of(string text, int start, int length) => Of(text, start, length, out _);

        /// <summary>
        /// Every class of the word at [start, start + length) of <paramref name="text"/> (<see cref="WordClass.Known"/> is always
        /// set), and the table's own string for the word when the text spells it exactly so (same case), otherwise null: a
        /// stage that needs the word as a string can then share the table's instead of cutting one.
        /// </summary>
        public static WordClass Of(string text, int start, int length, out string? spelling)
        {
#if NET8_0_OR_GREATER
            if (Vector128.IsHardwareAccelerated && length >= 1 && length <= FastTable.MaxLength && start + (length <= 8 ? 8 : 16) <= text.Length
                && FastTable.TryOf(text, start, length, out var found, out spelling))
            {
                return found;
            }
#endif

            return OfByHash(text, start, length, out spelling);
        }

        /// <summary>
        /// <see cref="Of(string, int, int, out string?)"/> through the hash table of every word, one character at a time: any
        /// word, at any place in the text (the vector look-up answers only ASCII words of up to 16 letters with room to read).
        /// </summary>
        internal static WordClass OfByHash(string text, int start, int length, out string? spelling)
        {
            // One loop hashes the word (as WordSet.Hash does) and notes a character beyond ASCII.
            var nonAscii = WordClass.None;
            uint h;
            unchecked
            {
                h = (uint)length * 2654435761u;
                for (var c = start; c < start + length; c++)
                {
                    var ch = text[c];
                    if (ch > '\u007F')
                    {
                        nonAscii = WordClass.NonAscii;
                    }
                    else if (ch >= 'A' && ch <= 'Z')
                    {
                        ch = (char)(ch + 32);
                    }

                    h = (h ^ ch) * 16777619u;
                }

                h ^= h >> 15;
            }

            var b = (int)(h & (Buckets - 1));
            for (var e = BucketStarts[b]; e < BucketStarts[b + 1]; e++)
            {
                ref readonly var entry = ref Entries[e];
                if (entry.Hash != h || entry.Word.Length != length)
                {
                    continue;
                }

                if (nonAscii == WordClass.None && entry.Folded is string folded)
                {
                    // Both ASCII: ignoring case is folding A-Z, so one loop compares and notes an exact spelling.
                    var word = entry.Word;
                    var exact = true;
                    var k = 0;
                    for (; k < length; k++)
                    {
                        var ch = text[start + k];
                        if (ch != word[k])
                        {
                            exact = false;
                            if ((ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch) != folded[k])
                            {
                                break;
                            }
                        }
                    }

                    if (k == length)
                    {
                        spelling = exact ? word : null;
                        return entry.Class | WordClass.Known;
                    }
                }
                else if (string.Compare(text, start, entry.Word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    spelling = string.CompareOrdinal(text, start, entry.Word, 0, length) == 0 ? entry.Word : null;
                    return entry.Class | nonAscii | WordClass.Known;
                }
            }

            spelling = null;
            return nonAscii | WordClass.Known;
        }

        /// <summary>Gets every word of the table, as the table spells it (for tests that compare the two look-ups).</summary>
        internal static IEnumerable<string> Words => Entries.Select(entry => entry.Word);

        private static IEnumerable<string> CoreWords() =>
            Lexicon.SmallNumbers.Keys
                .Concat(ScaleAndVagueWords)
                .Concat(Lexicon.OrdinalWords)
                .Concat(ProportionReader.Words)
                .Concat(ProportionReader.TimesWords.Keys)
                .Concat(Lexicon.SmallNumbers.Keys.Select(n => n + "fold"));

        private static ulong[] BuildCoreShapes()
        {
            var shapes = new ulong[26 * 26];
            foreach (var word in CoreWords())
            {
                var first = (word[0] | 0x20) - 'a';
                var last = (word[word.Length - 1] | 0x20) - 'a';
                if (first < 0 || first >= 26 || last < 0 || last >= 26 || word.Length >= 64)
                {
                    throw new InvalidOperationException("Core words start and end with an ASCII letter and are shorter than 64 letters: " + word);
                }

                shapes[(first * 26) + last] |= 1ul << word.Length;
            }

            return shapes;
        }

        private static Entry[] Build(int[] starts)
        {
            var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
            void Add(WordClass wordClass, IEnumerable<string> words)
            {
                foreach (var word in words)
                {
                    classes[word] = (classes.TryGetValue(word, out var known) ? known : WordClass.None) | wordClass;
                }
            }

            Add(WordClass.Core, CoreWords());
            Add(WordClass.Stop, Lexicon.StopWords);
            Add(WordClass.Up, Lexicon.UpWords);
            Add(WordClass.Down, Lexicon.DownWords);
            Add(WordClass.Cost, Lexicon.CostWords);
            Add(WordClass.SmallNumber, Lexicon.SmallNumbers.Keys);
            Add(WordClass.RateAdverb, Lexicon.RateAdverbs.Keys);
            Add(WordClass.ScaleWord, Lexicon.ScaleWords.Keys);
            Add(WordClass.UnitWord, Lexicon.UnitWords.Keys);
            Add(WordClass.CurrencyWord, Lexicon.CurrencyWords.Keys);
            Add(WordClass.IsoCode, Lexicon.IsoCodes);
            Add(WordClass.CurrencyQualifier, Lexicon.CurrencyQualifiers.Keys);
            Add(WordClass.RatePeriod, Lexicon.RatePeriods.Keys);
            Add(WordClass.PersonNoun, Lexicon.PersonNouns);
            Add(WordClass.HedgeEnd, Lexicon.HedgesByLastWord.Keys);
            Add(WordClass.Month, Lexicon.Months);
            Add(WordClass.AttachedScale, Lexicon.AttachedScales.Keys);
            Add(WordClass.VagueScale, Lexicon.VagueScales.Keys);
            Add(WordClass.DollarPrefix, Lexicon.DollarPrefixes.Keys);
            Add(WordClass.TimeZone, Lexicon.TimeZones);
            Add(WordClass.IdentifierNoun, Lexicon.IdentifierNouns);
            Add(WordClass.IndexName, Lexicon.IndexNames);
            Add(WordClass.Denominator, ProportionReader.Words);
            Add(WordClass.OrdinalWord, Lexicon.OrdinalWords);
            Add(WordClass.StreetWord, Lexicon.StreetWords);
            Add(WordClass.ChangeFiller, Lexicon.ChangeFillers);
            Add(WordClass.SingularInS, Lexicon.SingularsInS);
            Add(WordClass.UnitStart, Lexicon.UnitWords.Keys.Concat(Lexicon.CurrencyWords.Keys).Concat(Lexicon.IsoCodes).Concat(Lexicon.CurrencyQualifiers.Keys).Concat(UnitReader.NamedUnitStarts));

            var lists = new List<Entry>[Buckets];
            foreach (var pair in classes)
            {
                var h = unchecked((uint)WordSet.Hash(pair.Key, 0, pair.Key.Length));
                var b = (int)(h & (Buckets - 1));
                (lists[b] ??= new List<Entry>()).Add(new Entry(h, pair.Key, pair.Value));
            }

            var entries = new List<Entry>();
            for (var b = 0; b < Buckets; b++)
            {
                starts[b] = entries.Count;
                entries.AddRange(lists[b] ?? Enumerable.Empty<Entry>());
            }

            starts[Buckets] = entries.Count;
            return entries.ToArray();
        }

        /// <summary>A word of the table, its full hash (compared before the letters) and its classes.</summary>
        private readonly struct Entry
        {
            public Entry(uint hash, string word, WordClass wordClass)
            {
                Hash = hash;
                Word = word;
                Class = wordClass;
                Folded = IsAscii(word) ? FoldAscii(word) : null;
            }

            public uint Hash { get; }

            public string Word { get; }

            public WordClass Class { get; }

            /// <summary>The word with A-Z folded to a-z when it is all ASCII, else null (compared by .NET's ignore-case rules).</summary>
            public string? Folded { get; }

            private static bool IsAscii(string word)
            {
                foreach (var ch in word)
                {
                    if (ch > '\u007F')
                    {
                        return false;
                    }
                }

                return true;
            }

            private static string FoldAscii(string word)
            {
                var chars = word.ToCharArray();
                for (var k = 0; k < chars.Length; k++)
                {
                    if (chars[k] >= 'A' && chars[k] <= 'Z')
                    {
                        chars[k] = (char)(chars[k] + 32);
                    }
                }

                return new string(chars);
            }
        }
    }
}

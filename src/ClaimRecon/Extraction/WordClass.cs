using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Extraction
{
    /// <summary>What the scanner knows about a word, answered once per token from one table (see <see cref="WordClasses"/>).</summary>
    [Flags]
    internal enum WordClass : ushort
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

        /// <summary>Set on every classified word, so a cached class of 0 means "not classified yet".</summary>
        Known = 1 << 15,
    }

    /// <summary>
    /// The word tables of <see cref="Lexicon"/> that the scanner asks about most folded into one hash table, so a word's
    /// classes come from one look-up, ignoring ASCII case and without cutting a string.
    /// </summary>
    internal static class WordClasses
    {
        private const int Buckets = 512;

        private static readonly string[] ScaleAndVagueWords =
        {
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "few", "several",
        };

        private static readonly (string Word, WordClass Class)[][] Table = Build();

        /// <summary>Every class of the word at [start, start + length) of <paramref name="text"/>; <see cref="WordClass.Known"/> is always set.</summary>
        public static WordClass Of(string text, int start, int length)
        {
            foreach (var (word, wordClass) in Table[WordSet.Hash(text, start, length) & (Buckets - 1)])
            {
                if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return wordClass | WordClass.Known;
                }
            }

            return WordClass.Known;
        }

        private static (string Word, WordClass Class)[][] Build()
        {
            var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
            void Add(WordClass wordClass, IEnumerable<string> words)
            {
                foreach (var word in words)
                {
                    classes[word] = (classes.TryGetValue(word, out var known) ? known : WordClass.None) | wordClass;
                }
            }

            Add(WordClass.Core, Lexicon.SmallNumbers.Keys
                .Concat(ScaleAndVagueWords)
                .Concat(Lexicon.OrdinalWords)
                .Concat(ProportionReader.Words)
                .Concat(Lexicon.SmallNumbers.Keys.Select(n => n + "fold")));
            Add(WordClass.Stop, Lexicon.StopWords);
            Add(WordClass.Up, Lexicon.UpWords);
            Add(WordClass.Down, Lexicon.DownWords);
            Add(WordClass.Cost, Lexicon.CostWords);
            Add(WordClass.SmallNumber, Lexicon.SmallNumbers.Keys);
            Add(WordClass.RateAdverb, Lexicon.RateAdverbs.Keys);

            var lists = new List<(string, WordClass)>[Buckets];
            foreach (var pair in classes)
            {
                var b = WordSet.Hash(pair.Key, 0, pair.Key.Length) & (Buckets - 1);
                (lists[b] ??= new List<(string, WordClass)>()).Add((pair.Key, pair.Value));
            }

            return lists.Select(l => l?.ToArray() ?? Array.Empty<(string, WordClass)>()).ToArray();
        }
    }
}

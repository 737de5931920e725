using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// A read-only set of words that answers "is the text at [start, start + length) one of them?" without allocating,
    /// ignoring ASCII case. Used on every word of the text, so it must not build a string per word.
    /// </summary>
    internal sealed class WordSet
    {
        private const int Buckets = 256;
        private readonly string[][] _buckets;

        public WordSet(IEnumerable<string> words)
        {
            var lists = new List<string>[Buckets];
            foreach (var word in words)
            {
                var b = Hash(word, 0, word.Length) & (Buckets - 1);
                (lists[b] ??= new List<string>()).Add(word);
            }

            _buckets = new string[Buckets][];
            for (var i = 0; i < Buckets; i++)
            {
                _buckets[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
            }
        }

        public bool Contains(string text, int start, int length)
        {
            foreach (var word in _buckets[Hash(text, start, length) & (Buckets - 1)])
            {
                if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                var h = (uint)length * 2654435761u;
                for (var i = start; i < start + length; i++)
                {
                    var c = text[i];
                    if (c >= 'A' && c <= 'Z')
                    {
                        c = (char)(c + 32);
                    }

                    h = (h ^ c) * 16777619u;
                }

                return (int)(h ^ (h >> 15));
            }
        }
    }
}

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
        private readonly uint _firstLetters; // bit c - 'a' for each word's lowercase ASCII first letter
        private readonly bool _otherFirst; // some word starts with something other than an ASCII letter
        private readonly int _maxLength;

        public WordSet(IEnumerable<string> words)
        {
            var lists = new List<string>[Buckets];
            foreach (var word in words)
            {
                var b = Hash(word, 0, word.Length) & (Buckets - 1);
                (lists[b] ??= new List<string>()).Add(word);
                _maxLength = Math.Max(_maxLength, word.Length);
                var first = word.Length == 0 ? '\0' : (char)(word[0] | 0x20);
                if (first >= 'a' && first <= 'z')
                {
                    _firstLetters |= 1u << (first - 'a');
                }
                else
                {
                    _otherFirst = true;
                }
            }

            _buckets = new string[Buckets][];
            for (var i = 0; i < Buckets; i++)
            {
                _buckets[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
            }
        }

        public bool Contains(string text, int start, int length)
        {
            if (length > _maxLength || length == 0)
            {
                return false;
            }

            // Most words of a text start with a letter no word of the set starts with: answer without hashing.
            var first = text[start] | 0x20;
            if (!_otherFirst && (first < 'a' || first > 'z' || (_firstLetters & (1u << (first - 'a'))) == 0))
            {
                return false;
            }

            foreach (var word in _buckets[Hash(text, start, length) & (Buckets - 1)])
            {
                if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        internal static int Hash(string text, int start, int length)
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

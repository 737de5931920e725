using System;
using System.Collections.Generic;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <content>The figures read so far, and the word and sentence lookups every rule uses.</content>
    internal sealed partial class MentionReader
    {
        private void Add(MentionIdentity identity, int sentence, UnitClass cls, bool ownEvent)
        {
            _read.Add((identity, sentence, cls, ownEvent));
            if (identity.Unit.Equals(Unit.Person))
            {
                _personHeads.Add(identity.Head);
            }
        }

        /// <summary>
        /// The last figure read, in sentence <paramref name="first"/> or after, that <paramref name="match"/> accepts
        /// (default when none). Figures are read in text order, so the scan stops at the first figure of an earlier
        /// sentence: the cost is the figures of those sentences, not of the article.
        /// </summary>
        private (MentionIdentity Identity, int Sentence, UnitClass Class, bool OwnEvent) LastSince(int first, Func<(MentionIdentity Identity, int Sentence, UnitClass Class, bool OwnEvent), bool> match)
        {
            for (var i = _read.Count - 1; i >= 0 && _read[i].Sentence >= first; i--)
            {
                if (match(_read[i]))
                {
                    return _read[i];
                }
            }

            return default;
        }

        private static string HeadOf(Word[] words, int to)
        {
            var lemma = IdentityWords.Lemma(words[to].Lower);
            return IdentityWords.ClassOf(KeyText.Clean(lemma));
        }

        private static HashSet<string> Lower(Word[] words, int from, int to)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(0, from); k <= to && k < words.Length; k++)
            {
                set.Add(words[k].Lower);
            }

            return set;
        }

        private string Span(Word[] words, int from, int to) => _text.Substring(words[from].Start, words[to].End - words[from].Start);

        private static bool IndexRange(Word[] words, int start, int end, out int from, out int to)
        {
            from = to = -1;
            for (var k = 0; k < words.Length; k++)
            {
                if (from < 0 && words[k].End > start)
                {
                    from = k;
                }

                if (words[k].Start < end)
                {
                    to = k;
                }
            }

            return from >= 0 && to >= from;
        }

        private int SentenceOf(int offset)
        {
            int lo = 0, hi = _sentences.Count - 1, best = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_sentences[mid].Start <= offset)
                {
                    best = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return best;
        }
    }
}

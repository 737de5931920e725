using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>An article's text split once into tokens, sentences and quotations, with lookups by offset.</summary>
    internal sealed class ArticleText
    {
        /// <summary>The longest token, in characters, that <see cref="Word"/> reads.</summary>
        public const int MaxWord = 40;

        private readonly string?[] _lower;
        private int[]? _denialWords;

        public ArticleText(string text)
        {
            Text = text;
            Tokens = Articles.Tokens.Read(text);
            _lower = new string?[Tokens.Count];
            Sentences = Articles.Sentences.Split(text, Tokens);
            Quotes = Articles.Quotes.Find(Tokens, Sentences);
        }

        public string Text { get; }

        public List<Token> Tokens { get; }

        public List<Sentence> Sentences { get; }

        public List<Quote> Quotes { get; }

        /// <summary>The word at token <paramref name="t"/>, lower-cased, with curly apostrophes made straight; null for punctuation.</summary>
        /// <remarks>Each word is lower-cased once and kept (a word of <see cref="KnownWords"/> without allocating); a token longer than <see cref="MaxWord"/> characters is no word the rules know, and reads as null.</remarks>
        public string? Word(int t)
        {
            if (!Unread(t, out var read, out var token))
            {
                return read;
            }

            return _lower[t] = (token.Known is var k && k >= 0 ? KnownWords.Word(k) : null) ?? Lower(Text, token.Start, token.End);
        }

        /// <summary>
        /// The characters from <paramref name="start"/> to <paramref name="end"/> lower-cased with ’ made ', exactly as
        /// <c>Substring(...).ToLowerInvariant().Replace('’', '\'')</c> gives them; a word of ASCII letters is made in one
        /// string (the rules read hundreds of capitalised words around the cues of an article).
        /// </summary>
        private static string Lower(string text, int start, int end)
        {
            var upper = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c >= 128)
                {
                    return text.Substring(start, end - start).ToLowerInvariant().Replace('\u2019', '\'');
                }

                upper |= c is >= 'A' and <= 'Z';
            }

            if (!upper)
            {
                return text.Substring(start, end - start);
            }

#if NET
            return string.Create(end - start, (text, start), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var c = state.text[state.start + i];
                    span[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                }
            });
#else
            return text.Substring(start, end - start).ToLowerInvariant();
#endif
        }

        /// <summary>The word at token <paramref name="t"/> as <see cref="Word"/> reads it when it is one of <see cref="KnownWords"/>; null otherwise (and for punctuation), without allocating.</summary>
        public string? KnownWord(int t)
        {
            if (!Unread(t, out var read, out var token))
            {
                return read;
            }

            var k = token.Known;
            return k < 0 ? null : _lower[t] = KnownWords.Word(k);
        }

        /// <summary>
        /// True when token <paramref name="t"/> is a word the rules can know that has not been read yet (its token is
        /// given); false with the kept reading when it was read, or with null when it is no such word.
        /// </summary>
        private bool Unread(int t, out string? read, out Token token)
        {
            token = default;
            read = t >= 0 && t < _lower.Length ? _lower[t] : null;
            if (read is not null || t < 0 || t >= _lower.Length)
            {
                return false;
            }

            token = Tokens[t];
            return token.IsWord && token.End - token.Start <= MaxWord;
        }

        /// <summary>Whether token <paramref name="t"/> is a known word with <paramref name="flag"/> (<see cref="KnownWords.CueOpener"/>, <see cref="KnownWords.DenialOpener"/>, <see cref="KnownWords.TimeOpener"/>).</summary>
        public bool HasFlag(int t, byte flag) => (uint)t < (uint)_lower.Length && Tokens[t].Known is var k && k >= 0 && (KnownWords.Flags(k) & flag) != 0;

        /// <summary>
        /// The tokens, in text order, whose <see cref="KnownWord"/> can open a denial predicate (see
        /// <see cref="StanceRules.DenialPredicate"/>): a denial word, a comparative that may take "than", or "not". Found
        /// in one pass over the text when first asked, so each attribution's content is not read word by word again.
        /// </summary>
        public int[] DenialWords()
        {
            if (_denialWords is null)
            {
                var words = new List<int>();
                for (var t = 0; t < Tokens.Count; t++)
                {
                    if (HasFlag(t, KnownWords.DenialOpener))
                    {
                        words.Add(t);
                    }
                }

                _denialWords = words.ToArray();
            }

            return _denialWords;
        }

        /// <summary>The index of the first token that ends after <paramref name="offset"/> (binary search).</summary>
        public int TokenAt(int offset)
        {
            int lo = 0, hi = Tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (Tokens[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>The index of the sentence holding <paramref name="offset"/>, or the nearest one before it.</summary>
        public int SentenceAt(int offset)
        {
            int lo = 0, hi = Sentences.Count - 1, best = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (Sentences[mid].Start <= offset)
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

        /// <summary>The quotation holding <paramref name="offset"/>, if any.</summary>
        public Quote? QuoteAt(int offset)
        {
            int lo = 0, hi = Quotes.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (Quotes[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else if (Quotes[mid].Start > offset)
                {
                    hi = mid - 1;
                }
                else
                {
                    return Quotes[mid].Contains(offset) ? Quotes[mid] : null;
                }
            }

            return null;
        }

        public TextSpan Span(int start, int end) => TextSpan.Of(Text, start, end);

        public TextSpan TokenSpan(int first, int end) => TextSpan.Of(Text, Tokens[first].Start, Tokens[end - 1].End);
    }
}

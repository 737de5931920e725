using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>A sentence as a run of tokens, with the paragraph it belongs to.</summary>
    internal readonly struct Sentence
    {
        public Sentence(int firstToken, int endToken, int paragraph, int start, int end)
        {
            FirstToken = firstToken;
            EndToken = endToken;
            Paragraph = paragraph;
            Start = start;
            End = end;
        }

        /// <summary>Gets the index of the first token.</summary>
        public int FirstToken { get; }

        /// <summary>Gets the index just after the last token.</summary>
        public int EndToken { get; }

        /// <summary>Gets the paragraph's number (0 for the first line of the text).</summary>
        public int Paragraph { get; }

        /// <summary>Gets the offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Gets the offset just after the last character.</summary>
        public int End { get; }
    }

    /// <summary>
    /// Splits tokens into sentences and paragraphs. A sentence ends after a stop (with the closing quotes and brackets
    /// right after it) when the next token starts a word with a capital or digit or opens a quote, and at every line
    /// break; a paragraph ends at every line break (news text puts one paragraph on a line; the headline is the first).
    /// A run of <see cref="MaxTokens"/> tokens without an end is cut there, which keeps the rules' work per sentence bounded.
    /// </summary>
    internal static class Sentences
    {
        /// <summary>A run of this many tokens with no sentence end is cut, so that no input makes one sentence unbounded.</summary>
        public const int MaxTokens = 200;

        public static List<Sentence> Split(string text, List<Token> tokens)
        {
            var sentences = new List<Sentence>();
            var paragraph = 0;
            var first = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var end = i + 1;
                var boundary = false;
                if (tokens[i].Kind == TokenKind.Stop)
                {
                    while (end < tokens.Count && tokens[end].Kind is TokenKind.QuoteClose or TokenKind.ParenClose && !LineBreakBetween(text, tokens[end - 1].End, tokens[end].Start))
                    {
                        end++;
                    }

                    boundary = end >= tokens.Count || StartsSentence(text, tokens[end]) || LineBreakBetween(text, tokens[end - 1].End, tokens[end].Start);
                }

                var lineBreak = end < tokens.Count && LineBreakBetween(text, tokens[end - 1].End, tokens[end].Start);
                if (boundary || lineBreak || end >= tokens.Count || end - first >= MaxTokens)
                {
                    sentences.Add(new Sentence(first, end, paragraph, tokens[first].Start, tokens[end - 1].End));
                    first = end;
                    i = end - 1;
                    if (lineBreak)
                    {
                        paragraph++;
                    }
                }
            }

            return sentences;
        }

        private static bool StartsSentence(string text, Token next) =>
            next.Kind is TokenKind.QuoteOpen or TokenKind.ParenOpen || (next.IsWord && (next.Capitalised || !char.IsLower(text[next.Start])));

        private static bool LineBreakBetween(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    return true;
                }
            }

            return false;
        }
    }
}

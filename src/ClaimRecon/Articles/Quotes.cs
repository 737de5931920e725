using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>A quotation: the token of its opening mark and of its closing mark (or -1 when it never closes).</summary>
    internal readonly struct Quote
    {
        public Quote(int openToken, int closeToken, int start, int end)
        {
            OpenToken = openToken;
            CloseToken = closeToken;
            Start = start;
            End = end;
        }

        public int OpenToken { get; }

        /// <summary>Gets the closing mark's token, or -1 for a quotation left open to the end of its paragraph.</summary>
        public int CloseToken { get; }

        /// <summary>Gets the offset of the opening mark.</summary>
        public int Start { get; }

        /// <summary>Gets the offset just after the closing mark (or after the paragraph's last token).</summary>
        public int End { get; }

        public bool Contains(int offset) => offset > Start && offset < End;
    }

    /// <summary>
    /// Pairs quotation marks within each paragraph. A second opening mark inside an open quotation is ignored (nested
    /// or mis-read straight quotes); a closing mark with nothing open is ignored; a quotation still open at the end of
    /// its paragraph runs to that end (news style reopens a long quotation on every paragraph). One pass, linear.
    /// </summary>
    internal static class Quotes
    {
        public static List<Quote> Find(List<Token> tokens, List<Sentence> sentences)
        {
            var quotes = new List<Quote>();
            var s = 0;
            while (s < sentences.Count)
            {
                var paragraph = sentences[s].Paragraph;
                var first = sentences[s].FirstToken;
                var end = first;
                while (s < sentences.Count && sentences[s].Paragraph == paragraph)
                {
                    end = sentences[s].EndToken;
                    s++;
                }

                var open = -1;
                for (var t = first; t < end; t++)
                {
                    if (tokens[t].Kind == TokenKind.QuoteOpen && open < 0)
                    {
                        open = t;
                    }
                    else if (tokens[t].Kind == TokenKind.QuoteClose && open >= 0)
                    {
                        quotes.Add(new Quote(open, t, tokens[open].Start, tokens[t].End));
                        open = -1;
                    }
                }

                if (open >= 0)
                {
                    quotes.Add(new Quote(open, -1, tokens[open].Start, tokens[end - 1].End));
                }
            }

            return quotes;
        }
    }
}

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A subject described between commas before its verb ("Ferries, last year's best performer, fell 2%"): the name
    /// before the description is the subject (and so the thing and its key); the description stays in
    /// <see cref="MentionIdentity.About"/>. Two subjects described alike ("the worst performer") are not one thing. An
    /// aside between the commas (an adverb, a relative clause) is passed over the same way.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string AppositiveRule = "the description set off by commas after the change's subject";

        /// <summary>
        /// The noun phrase before a description set off by commas when the phrase <paramref name="from"/>..<paramref name="to"/>
        /// is that description, right before the verb; the phrase must open its clause (the sentence's start, a comma or
        /// a clause opener before it); else <paramref name="from"/>..<paramref name="to"/>.
        /// </summary>
        private static (int From, int To) AppositiveHead(Sentence s, int from, int to, int fw)
        {
            if (!s.Breaks[to])
            {
                return (from, to);
            }

            var words = s.Words;
            var p = from - 1;
            while (p >= 0 && !s.Breaks[p])
            {
                p--;
            }

            var aside = p >= 0 && Aside(s, p, to);
            if (p < 0 || (!aside && AppositiveEnd(s, p, fw) != to) || !NounPhraseBefore(s, p, out var hf, out var ht) || ht != p)
            {
                return (from, to);
            }

            // An aside is set off whatever comes before it; a description only follows a subject that opens its clause.
            var opens = aside || hf == 0 || s.Breaks[hf - 1] || ClauseOpeners.Contains(words[hf - 1].Lower);
            return opens && !IsVerbLike(words[ht]) && !IsSentenceAdverb(words[ht]) ? (hf, ht) : (from, to);
        }

        /// <summary>
        /// Whether the words after the comma at <paramref name="p"/> up to the comma after <paramref name="to"/> are an aside,
        /// no subject: a sentence adverb alone ("The index, however, rose 2%") or a relative clause ("Shares of Harbour
        /// Mills, which makes ferries, rose 2%").
        /// </summary>
        private static bool Aside(Sentence s, int p, int to)
        {
            var words = s.Words;
            return s.Breaks[p] && s.Breaks[to] && p + 1 <= to
                && ((p + 1 == to && IsSentenceAdverb(words[to])) || words[p + 1].Lower is "which" or "who" or "whose");
        }

        /// <summary>
        /// The last word of a description set off by commas right after the word <paramref name="k"/> (a comma after it):
        /// one to six words that are no clause opener, relative pronoun, adverb or finite verb, then a comma, then only
        /// the verb's words up to the figure's first word <paramref name="fw"/>, a verb among them; -1 when there is none.
        /// </summary>
        private static int AppositiveEnd(Sentence s, int k, int fw)
        {
            var words = s.Words;
            if (k + 2 >= fw || !s.Breaks[k])
            {
                return -1;
            }

            var end = k + 1;
            while (end < fw && !s.Breaks[end])
            {
                var w = words[end];
                if (end - k > 6 || ClauseOpeners.Contains(w.Lower) || Subordinators.Contains(w.Lower) || w.Lower is "which" or "who" or "whose" or "that" or "including" or "such" or "as"
                    || IsSentenceAdverb(w) || Auxiliaries.Contains(w.Lower) || w.Lower is "is" or "are" or "was" or "were"
                    || (IsVerbLike(w) && !w.Lower.EndsWith("ing", System.StringComparison.Ordinal) && !w.Lower.EndsWith("ed", System.StringComparison.Ordinal)))
                {
                    return -1;
                }

                end++;
            }

            if (end >= fw - 1)
            {
                return -1;
            }

            var verb = false;
            for (var j = end + 1; j < fw; j++)
            {
                if (s.Breaks[j - 1] && j - 1 > end)
                {
                    return -1;
                }

                verb |= IsVerbLike(words[j]) || Auxiliaries.Contains(words[j].Lower);
            }

            return verb && !IsSentenceAdverb(words[end]) ? end : -1;
        }
    }
}

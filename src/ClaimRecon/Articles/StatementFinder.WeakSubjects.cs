namespace ClaimRecon.Articles
{
    /// <summary>Which subjects a weak reporting verb ("argue", "found", "shows") accepts beyond a source noun or a name.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// Whether a weak verb's subject opening at <paramref name="first"/> may be any noun phrase because "that" follows
        /// the verb (at <paramref name="cueEnd"/>): "Brick makers argue that ...", "The inquiry has concluded that ...".
        /// The subject must open its clause (the sentence's start, or after punctuation, "and", "but", "while" or "that")
        /// start with a capital, an article, a number or a plural, hold no reporting verb and end in no article or
        /// preposition, so a noun before "that" ("his earlier claim that", "waited in hopes that", "the first show that",
        /// "The ministry denied reports that", "those close to her agree") is not read as a verb with a subject.
        /// </summary>
        private bool ClauseSubjectBeforeThat(int first, int last, int cueEnd)
        {
            if (W(cueEnd) != "that" || W(first) is not { } lead || CueLexicon.Pronouns.Contains(lead) || (W(last) is { } end && (IsDeterminer(end) || IsPreposition(end))))
            {
                return false;
            }

            for (var k = first; k <= last; k++)
            {
                if (!_tokens[k].Capitalised && W(k) is { } w && CueLexicon.Verbs.ContainsKey(w))
                {
                    // "The ministry denied reports that ...": a verb inside makes the words before "that" a clause, not a subject.
                    return false;
                }
            }

            var opensClause = first == _sentence.FirstToken || !_tokens[first - 1].IsWord || W(first - 1) is "and" or "but" or "while" or "whereas" or "that";
            return opensClause && (_tokens[first].Capitalised || lead is "the" or "a" or "an" || char.IsDigit(lead[0]) || lead.EndsWith("s", System.StringComparison.Ordinal));
        }
    }
}

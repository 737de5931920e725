namespace ClaimRecon.Articles
{
    /// <summary>A document subject with a long phrase after its head ("Figures from a survey run by X for Y show").</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>Most words between a document's head and its verb that <see cref="DocumentPhraseLeft"/> reads.</summary>
        private const int MaxDocumentPhrase = 24;

        /// <summary>
        /// Reading leftwards from <paramref name="last"/>, the word before a verb: when the subject is a document named with
        /// a long phrase after its head ("Figures from a phone survey run by a research group for the harbor board and two
        /// unions show", "A study published in June by the Academy of Farming, Fisheries and Forestry found", "A memo
        /// relating to the levy finds"), the first token of the phrase and its head's token; else (-1, -1). The subject
        /// read from the verb stops inside such a phrase, at "and", "by" or a comma, and gave no source or a source inside
        /// it ("Fisheries and Forestry"). The phrase after the head must open with a preposition or a participle and hold no
        /// auxiliary, pronoun, word opening a clause, past form with an object after it ("forced the mayor to"), quotation or
        /// comma (but for a comma inside a list of capitalised words); a document noun modifying another noun ("a research
        /// group") is no head; and the document's noun phrase must open its clause: a document named inside a phrase ("In a
        /// report on the harbor, officials noted") or after a verb ("those who read the report said") is no subject.
        /// </summary>
        private (int First, int Head) DocumentPhraseLeft(int last)
        {
            var head = -1;
            for (var k = last; k >= _sentence.FirstToken && last - k <= MaxDocumentPhrase; k--)
            {
                var token = _tokens[k];
                if (token.Kind == TokenKind.Comma && CapitalisedListAfter(k + 1, last))
                {
                    continue;
                }

                if (!token.IsWord || W(k) is not { } w || (CueLexicon.Auxiliaries.Contains(w) && !token.Capitalised) || CueLexicon.Pronouns.Contains(w) || OpensPhraseClause(w))
                {
                    return (-1, -1);
                }

                if (k < last && !token.Capitalised && w.EndsWith("ed", System.StringComparison.Ordinal) && W(k + 1) is { } after
                    && ((IsDeterminer(after) && !(W(k + 2) is { } when && CueLexicon.TimeWords.Contains(when))) || (_tokens[k + 1].Capitalised && !CueLexicon.TimeWords.Contains(after))))
                {
                    // "The sale of the ferries forced the mayor to": a past form with its object is the clause's verb ("released
                    // this week" is a participle with its time).
                    return (-1, -1);
                }

                if (CueLexicon.DocumentNouns.Contains(w) && (!token.Capitalised || k == _sentence.FirstToken) && (k == last || OpensDocumentModifier(k + 1)))
                {
                    // A document noun as a modifier ("a research group") is no head: reading goes on.
                    head = k;
                    break;
                }
            }

            if (head < 0)
            {
                return (-1, -1);
            }

            var first = SubjectLeft(head);
            if (first < 0 || (first > _sentence.FirstToken && _tokens[first - 1].IsWord && W(first - 1) is not ("and" or "but" or "that")))
            {
                return (-1, -1);
            }

            return (first, head);
        }

        /// <summary>Whether the word at <paramref name="k"/> may open the phrase after a document's head: a preposition or a participle ("conducted", "relating").</summary>
        private bool OpensDocumentModifier(int k) =>
            W(k) is { } w && (IsPreposition(w) || w is "about" or "over" or "into" or "through" or "under" or "among" or "between" or "across" or "during" or "including" or "against"
                || (!_tokens[k].Capitalised && (w.EndsWith("ed", System.StringComparison.Ordinal) || w.EndsWith("ing", System.StringComparison.Ordinal))));

        /// <summary>Whether the tokens from <paramref name="first"/> to <paramref name="last"/> are capitalised words joined by commas and "and" ("Fisheries and Forestry").</summary>
        private bool CapitalisedListAfter(int first, int last)
        {
            for (var k = first; k <= last; k++)
            {
                if (!(_tokens[k].Kind == TokenKind.Comma || (_tokens[k].IsWord && (_tokens[k].Capitalised || W(k) == "and"))))
                {
                    return false;
                }
            }

            return first <= last && _tokens[first].Capitalised;
        }

        /// <summary>A word that opens a clause inside what was read as a noun phrase ("that", "which", "when", "because"), or an adverb of a clause ("also").</summary>
        private static bool OpensPhraseClause(string w) =>
            w is "that" or "which" or "who" or "whom" or "whose" or "what" or "where" or "why" or "how" or "when" or "while" or "because" or "if"
                or "although" or "though" or "since" or "unless" or "whether" or "but" or "or" or "nor" or "so" or "not" or "said" or "says" or "told"
                or "also" or "then";
    }
}

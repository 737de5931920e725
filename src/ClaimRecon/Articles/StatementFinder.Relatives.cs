namespace ClaimRecon.Articles
{
    /// <summary>
    /// A subject longer than the noun phrase read leftwards from its verb: one that a relative clause describes ("Riders who
    /// attended the hearing said"), or a document with a long phrase after its head (read in StatementFinder.DocumentPhrases.cs).
    /// </summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// Extends the subject read leftwards from a verb (<paramref name="subjectFirst"/>, the verb's subject ending at
        /// <paramref name="subjectEnd"/>) over a relative clause to the phrase it describes ("Riders who attended the
        /// hearing said": the riders, with the clause that says which ones), or to a document named with a long phrase
        /// after its head (<see cref="DocumentPhraseLeft"/>). Returns the end of the phrase that must look like a source for
        /// a weak verb (the words before "who", the document's head), or -1 when neither applies
        /// (<paramref name="subjectFirst"/> is then unchanged).
        /// </summary>
        private int LongSubject(int subjectEnd, ref int subjectFirst)
        {
            var relative = JoinRelativeClause(ref subjectFirst);
            if (relative >= 0)
            {
                return relative;
            }

            if (subjectEnd > _sentence.FirstToken && DocumentPhraseLeft(subjectEnd) is var (first, head) && first >= 0 && (subjectFirst < 0 || first <= subjectFirst))
            {
                subjectFirst = first;
                return head + 1;
            }

            return -1;
        }

        /// <summary>Moves <paramref name="subjectFirst"/> to the phrase a relative clause describes; returns the token of "who" or "that", or -1.</summary>
        private int JoinRelativeClause(ref int subjectFirst)
        {
            if (subjectFirst <= _sentence.FirstToken || RelativeClauseAntecedent(subjectFirst) is not (var antecedent and >= 0))
            {
                return -1;
            }

            var relative = antecedent + 1;
            while (relative < subjectFirst && W(relative) is not ("who" or "that"))
            {
                relative++;
            }

            subjectFirst = antecedent;
            return relative;
        }

        /// <summary>
        /// When the subject read leftwards from a verb opens right after "who" or "that" with a verb of its own ("Riders
        /// who attended the hearing said", "those who back the levy say", "Groups that have tracked the fund say"), it is
        /// the relative clause, not the subject: returns the first token of the noun phrase the clause describes (the
        /// source runs from there through the clause), else -1. The clause must open with a verb: a past form, an
        /// auxiliary, or a word followed by a determiner ("who back the levy"); "the man who police said fired" has the
        /// clause's own subject after "who" and is left alone, and so is a clause opening with a reporting verb ("emails
        /// that showed the board sought ...": what follows is what the emails showed). A comma before "who" sets the clause
        /// off as an aside, and "that" after a verb ("found that") opens what was said: neither is read here.
        /// </summary>
        private int RelativeClauseAntecedent(int first)
        {
            var relative = first - 1;
            while (relative > first - 4 && W(relative) is { } aux && (CueLexicon.Auxiliaries.Contains(aux) || aux is "not" or "been" or "be" or "also" or "never"))
            {
                // "pilots who had opposed the plan": the subject was read from the verb after the auxiliary.
                relative--;
            }

            if (relative < first - 1)
            {
                first = relative + 1;
            }

            if (relative - 1 < _sentence.FirstToken || W(relative) is not ("who" or "that") || !_tokens[relative - 1].IsWord
                || W(first) is not { } opening || _tokens[first].Capitalised || !OpensRelativeVerb(first, opening))
            {
                return -1;
            }

            var before = W(relative - 1)!;
            if (before is "those" or "anyone" or "everyone" or "someone" or "others")
            {
                return relative - 1;
            }

            if (CueLexicon.Verbs.ContainsKey(before) || CueLexicon.Pronouns.Contains(before) || IsDeterminer(before) || IsPreposition(before))
            {
                return -1;
            }

            var antecedent = SubjectLeft(relative - 1);
            return antecedent;
        }

        /// <summary>Whether the word <paramref name="w"/> at <paramref name="k"/> opens a relative clause as its verb: no reporting verb, and a past form, an auxiliary or a word before a determiner.</summary>
        private bool OpensRelativeVerb(int k, string w)
        {
            if (CueLexicon.Verbs.ContainsKey(w) || IsDeterminer(w) || IsPreposition(w))
            {
                return false;
            }

            return (w.Length > 3 && w.EndsWith("ed", System.StringComparison.Ordinal)) || CueLexicon.Auxiliaries.Contains(w)
                || (W(k + 1) is { } next && (IsDeterminer(next) || next is "my" or "your"));
        }
    }
}

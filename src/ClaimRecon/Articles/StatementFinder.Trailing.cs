namespace ClaimRecon.Articles
{
    /// <summary>What stands around a finite cue beyond its subject: a figure given ("gave a figure of"), a denial's relative clause, what follows a trailing speaker, and whether a phrase after the verb has a verb of its own.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// The token after "of" in "gave a figure of", "gives an official estimate of", "provided a count of", "offered a
        /// death toll of" (a verb of giving, a determiner, at most two words, a noun for a figure, "of"); -1 otherwise.
        /// </summary>
        private int GivenFigureEnd(int t)
        {
            if (W(t) is not ("gave" or "gives" or "give" or "offered" or "offers" or "provided" or "provides") || W(t + 1) is not ("a" or "an" or "the" or "its" or "their"))
            {
                return -1;
            }

            for (var k = t + 2; k <= t + 4; k++)
            {
                if (W(k) is "figure" or "estimate" or "count" or "tally" or "number" or "toll" or "total")
                {
                    return W(k + 1) == "of" ? k + 2 : -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The words a denial's relative clause stands for, right before its subject at <paramref name="subject"/>: "a number"
        /// in ", a number which the union", "which" in ", which the union"; (-1, -1) for anything else.
        /// </summary>
        private (int First, int End) RelativeAfterFigure(int subject)
        {
            var r = subject - 1;
            if (W(r) is not ("which" or "that") || r - 1 < _sentence.FirstToken)
            {
                return (-1, -1);
            }

            if (_tokens[r - 1].Kind == TokenKind.Comma && W(r) == "which")
            {
                return (r, r + 1);
            }

            return r - 3 >= _sentence.FirstToken && _tokens[r - 3].Kind == TokenKind.Comma && W(r - 2) is "a" or "an" or "the"
                && W(r - 1) is "figure" or "number" or "estimate" or "total" or "count" or "tally" or "claim" or "forecast" or "projection"
                ? (r - 2, r) : (-1, -1);
        }

        /// <summary>What follows a speaker and verb after a comma, where it is no clause of what was said (<see cref="ContinuationAfter"/>).</summary>
        private enum Continuation
        {
            /// <summary>Nothing of the kind: the clause ends, or something else follows.</summary>
            None,

            /// <summary>"..., closing most schools": a participle of the writer's narration.</summary>
            Participle,

            /// <summary>
            /// "..., out of a staff of 900", "..., up from 700 a year ago": a phrase that qualifies the figure said; or "..., and
            /// 300 more were expected": a clause joined to it, said by the same speaker unless a cue of its own says otherwise.
            /// </summary>
            Qualifier,
        }

        /// <summary>
        /// Whether a comma at <paramref name="k"/>, after "..., the union said", opens a phrase that leaves the attribution
        /// trailing: a participle that is no reporting verb of its own ("closing", not "adding"), a subordinate clause of
        /// the writer's narration ("as", "while", "when", "after", "because" ...), a phrase that qualifies
        /// the figure ("out of", "up from", "compared with", "including") or a clause joined by "and" or "but". Before, such a
        /// phrase was read as what was said, and the figure before the speaker was left to the outlet.
        /// </summary>
        private Continuation ContinuationAfter(int k)
        {
            if (k + 2 >= _sentence.EndToken || _tokens[k].Kind != TokenKind.Comma || _tokens[k + 1].Kind != TokenKind.Word || _tokens[k + 1].Capitalised || W(k + 1) is not { } w)
            {
                return Continuation.None;
            }

            if (w is "out" or "up" or "down" or "compared" or "against" or "including" or "excluding" or "from" or "among" or "or" or "and" or "but")
            {
                return Continuation.Qualifier;
            }

            if (w is "as" or "while" or "when" or "whereas" or "although" or "though" or "because" or "amid" or "despite" or "after" or "before" or "since" or "until")
            {
                // "..., fire officials said, as dry winds pushed it toward the town": a clause of the writer's narration.
                return Continuation.Participle;
            }

            return w.Length >= 6 && w.EndsWith("ing", System.StringComparison.Ordinal) && w is not ("according" or "during" or "nothing" or "something" or "everything")
                && !CueLexicon.Verbs.ContainsKey(w) ? Continuation.Participle : Continuation.None;
        }

        /// <summary>
        /// Whether the words from <paramref name="k"/> give the phrase before them a verb of its own: an auxiliary or a
        /// form of "be" or "have" ("the plan would cost", "the figures were"), maybe after one adverb ("also has"), or a
        /// personal pronoun opening a clause that describes the phrase ("the numbers he saw were").
        /// </summary>
        private bool HasOwnVerb(int k)
        {
            if (W(k) is "also" or "still" or "already" or "never" or "now" or "only" or "just" or "even")
            {
                k++;
            }

            return W(k) is { } w && (CueLexicon.Auxiliaries.Contains(w) || w is "he" or "she" or "they" or "we" or "i" or "you");
        }
    }
}

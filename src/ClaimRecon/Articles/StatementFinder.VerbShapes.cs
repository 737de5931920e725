namespace ClaimRecon.Articles
{
    /// <summary>Verb shapes around a cue word: a preposition the cue takes ("referred to") and a progressive ("is saying").</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>Whether the verb at <paramref name="t"/> is followed by a preposition its cue takes ("pointed to", "railed against"; <see cref="CueLexicon.PrepositionCues"/>).</summary>
        private bool TakesPreposition(int t) =>
            W(t) is { } verb && CueLexicon.PrepositionCues.TryGetValue(verb, out var prepositions) && W(t + 1) is { } next
            && System.Array.IndexOf(prepositions, next) >= 0;

        /// <summary>
        /// Whether the word at <paramref name="t"/> is a noun that is spelled as a verb taking a preposition ("a lot of talk
        /// about", "his call for", "12 points to 8"): "talk", "talks", "call", "point" and "points" are read as verbs only
        /// after a pronoun, an auxiliary or adverb of the cue ("they talk about", "will call for"), "to", or a capitalised name.
        /// </summary>
        private bool NounBeforePreposition(int t)
        {
            if (W(t) is not ("talk" or "talks" or "call" or "point" or "points"))
            {
                return false;
            }

            var before = W(t - 1);
            return !(before is not null && (CueLexicon.Pronouns.Contains(before) || CueLexicon.CueModifiers.Contains(before) || before == "to"
                || (_tokens[t - 1].Capitalised && t - 1 > _sentence.FirstToken && !SourceAliases.EndsWithPossessive(before))));
        }

        /// <summary>
        /// Whether the word at <paramref name="t"/> is "point" or "points" opening the phrasal verb "point out" ("the union
        /// points out that", "as they point out"), whose cue holds "out" as "pointed out" does. Not "points out of" ("12
        /// points out of 20"), nor a noun after a number or an article ("two points out", "the point out"); "point" only
        /// where <see cref="NounBeforePreposition"/> reads it as a verb.
        /// </summary>
        private bool PointsOut(int t) =>
            W(t) is "point" or "points" && W(t + 1) == "out" && W(t + 2) != "of"
            && !(W(t - 1) is { } before && (char.IsDigit(before[0]) || CueLexicon.NumberWords.Contains(before) || IsDeterminer(before) || before is "the" or "a" or "an"))
            && (W(t) == "points" || !NounBeforePreposition(t));

        /// <summary>
        /// Whether <paramref name="t"/> opens a progressive reporting verb: "is", "are", "was", "were" or "am", at most one
        /// adverb ("is also saying"), then an -ing form of a reporting verb ("is telling", "were vowing", "is declaring").
        /// The -ing form is read from the verb table directly ("saying") or through its finite form ("declaring" as
        /// "declares", "hoping" as "hopes", "planning" as "plans"); <paramref name="verbAt"/> is its token and
        /// <paramref name="entry"/> its entry read as a finite verb.
        /// </summary>
        private bool IsProgressive(int t, out int verbAt, out VerbEntry entry, out string? finiteForm)
        {
            verbAt = -1;
            entry = default;
            finiteForm = null;
            if (W(t) is not ("is" or "are" or "was" or "were" or "am"))
            {
                return false;
            }

            var k = t + 1;
            if (W(k) is "also" or "now" or "still" or "already" or "currently" or "even" or "again" or "repeatedly" or "increasingly" or "reportedly")
            {
                k++;
            }

            if (W(k) is not { } word || word.Length < 5 || !word.EndsWith("ing", System.StringComparison.Ordinal) || _tokens[k].Capitalised)
            {
                return false;
            }

            var stem = word.Substring(0, word.Length - 3);
            var form = CueLexicon.Verbs.ContainsKey(word) ? word : Known(stem + "s") ?? Known(stem + "es")
                ?? (stem.Length > 2 && stem[stem.Length - 1] == stem[stem.Length - 2] ? Known(stem.Substring(0, stem.Length - 1) + "s") : null);
            if (form is null)
            {
                return false;
            }

            var found = CueLexicon.Verbs[form];
            verbAt = k;
            entry = new VerbEntry(found.Stance, VerbForm.Finite, found.Strong, found.TakesRecipient);
            finiteForm = form == word ? null : form;
            return true;
        }

        /// <summary>
        /// Whether token <paramref name="k"/> is a lower-case -ly adverb ("generally", "quickly", "publicly"), which belongs
        /// to the cue of the verb right after it: in PolNeAR's train split 384 cues open with one and about 25 leave one out.
        /// Words spelled so that are no adverb ("daily", "family", "early", "only") are not.
        /// </summary>
        private bool IsMannerAdverb(int k) =>
            !_tokens[k].Capitalised && W(k) is { Length: > 4 } w && w.EndsWith("ly", System.StringComparison.Ordinal) && !CueLexicon.NotAdverbs.Contains(w);

        /// <summary>
        /// When the current sentence ends its paragraph with a colon, the span of what follows: the quotation opening the
        /// next paragraph, or that paragraph's first sentence; (0, 0) otherwise.
        /// </summary>
        private (int Start, int End) ParagraphAfterColon()
        {
            var next = _article.SentenceAt(_sentence.Start) + 1;
            if (next >= _article.Sentences.Count || _article.Sentences[next].Paragraph != _sentence.Paragraph + 1)
            {
                return (0, 0);
            }

            var following = _article.Sentences[next];
            return _quoteByOpen.TryGetValue(following.FirstToken, out var quote) && quote.CloseToken >= 0 ? (quote.Start, quote.End) : (following.Start, following.End);
        }

        /// <summary>
        /// Whether a weak verb that names an act of saying (<see cref="CueLexicon.SpeechActs"/>: "vowed", "cited", "urged")
        /// reports a statement after the bare pronoun at <paramref name="pronoun"/> with no "that" after it ("She vowed to
        /// cut fares by 10 percent", "and he cited a survey"). The pronoun must open its clause: it follows punctuation, the
        /// sentence's start, a conjunction or subordinator ("and", "when", "where", "that", "which"), a time word, a number, a
        /// capitalised word or a reporting verb, not a noun or "what" ("the cuts it pledged to reach", "what he promises to
        /// do": the verb's object stands before it). And what follows the cue must open what was said: not a preposition
        /// other than "to" and "for", "to" not before an article or a number ("the raise he seeks to the wage"), no
        /// auxiliary ("which he estimates will"), no conjunction, no punctuation.
        /// </summary>
        private bool SpeechActAfterPronoun(int pronoun, string verb, int cueEnd)
        {
            if (!CueLexicon.SpeechActs.Contains(verb))
            {
                return false;
            }

            var before = pronoun - 1;
            if (before >= _sentence.FirstToken && _tokens[before].IsWord && !_tokens[before].Capitalised && W(before) is { } b
                && !(b is "and" or "but" or "or" or "so" or "then" or "when" or "where" or "as" or "after" or "before" or "because" or "while" or "if"
                    or "though" or "although" or "since" or "until" or "once" or "now" or "later" or "yet" or "also" or "that" or "which" or "why" or "how"
                    || CueLexicon.TimeWords.Contains(b) || char.IsDigit(b[0]) || CueLexicon.Verbs.ContainsKey(b)))
            {
                return false;
            }

            if (W(cueEnd) is not { } next)
            {
                return false;
            }

            if (next == "to")
            {
                return cueEnd + 1 < _sentence.EndToken && (_tokens[cueEnd + 1].Kind == TokenKind.QuoteOpen
                    || (W(cueEnd + 1) is { } infinitive && !IsDeterminer(infinitive) && !char.IsDigit(infinitive[0]) && !IsPreposition(infinitive)));
            }

            return next == "for" || !(IsPreposition(next) || next is "and" or "or" or "but" or "nor" or "is" or "are" or "was" or "were" or "will" or "would"
                or "can" or "could" or "should" or "may" or "might" or "must" or "has" or "have" or "had" or "do" or "does" or "did" or "be" or "been");
        }

        private static string? Known(string form) => CueLexicon.Verbs.ContainsKey(form) ? form : null;
    }
}

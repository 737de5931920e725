namespace ClaimRecon.Articles
{
    /// <summary>Phrase boundaries around a cue: noun phrases to its right, passives, antecedents, contents and the word tests they use.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>Reads rightwards over a noun phrase ("Lt. Gen. Saad Maan of Iraq's Security Media Cell"); returns its end token.</summary>
        private int PhraseRight(int first, bool allowLowerStart)
        {
            if (first >= _sentence.EndToken || !_tokens[first].IsWord)
            {
                return first;
            }

            var w0 = W(first)!;
            if (!allowLowerStart && !_tokens[first].Capitalised && !IsDeterminer(w0) && !CueLexicon.Pronouns.Contains(w0))
            {
                return first;
            }

            if (CueLexicon.Pronouns.Contains(w0) && w0 is not "who" and not "which")
            {
                return first + 1;
            }

            var k = first;
            var depth = 0;
            while (k < _sentence.EndToken && k - first < MaxPhrase)
            {
                var token = _tokens[k];
                if (token.Kind == TokenKind.ParenOpen)
                {
                    depth++;
                    k++;
                    continue;
                }

                if (token.Kind == TokenKind.ParenClose && depth > 0)
                {
                    depth--;
                    k++;
                    continue;
                }

                if (!token.IsWord)
                {
                    break;
                }

                var w = W(k);
                // A reporting verb ends the phrase ("the mayor said"), unless an article, number or possessive makes it a
                // noun ("according to a report", "one estimate", "the board's estimate"), which the phrase keeps as its head.
                if (w is null || (k > first && CueLexicon.SubjectStops.Contains(w) && !JoinsNames(k)) || (k > first && !token.Capitalised && CueLexicon.Verbs.ContainsKey(w) && !NounNotVerb(k) && W(k - 1) is not ("one" or "another")))
                {
                    break;
                }

                if (w is "on" or "in" or "at" or "last" or "earlier" && k > first && W(k + 1) is { } n && (CueLexicon.TimeWords.Contains(n) || IsDayNumber(k + 1)))
                {
                    break;
                }

                if (IsPreposition(w) && k > first && !(W(k + 1) is { } following && (_tokens[k + 1].Capitalised || IsDeterminer(following) || SourceAliases.EndsWithPossessive(following))))
                {
                    break;
                }

                k++;
            }

            while (k > first && W(k - 1) is { } last && (IsPreposition(last) || IsDeterminer(last)))
            {
                k--;
            }

            return depth == 0 ? k : first;
        }

        // ---- helpers ---------------------------------------------------------------------------------------------

        private bool IsPassive(int t, out int end)
        {
            end = t;
            var w = W(t);
            if (w is not ("is" or "was" or "are" or "were" or "has" or "have" or "had" or "been" or "being"))
            {
                return false;
            }

            if (w is "has" or "have" or "had" && W(t + 1) != "been")
            {
                // "she has said that": an active perfect, not a passive.
                return false;
            }

            var k = t + 1;
            while (W(k) is "also" or "been" or "widely" or "previously" or "now" or "initially")
            {
                k++;
            }

            var participle = W(k);
            if (participle is not ("reported" or "estimated" or "said" or "announced" or "claimed" or "believed" or "thought" or "rumored" or "rumoured" or "projected" or "expected" or "put"))
            {
                return false;
            }

            // "it was reported that", "is estimated at", "were reported": a passive report, not "has said".
            var subjectIsIt = W(t - 1) == "it";
            var next = W(k + 1);
            if (!(subjectIsIt || next is "at" or "to" or "by" or "that"))
            {
                return false;
            }

            if ((participle is "thought" or "believed" && !subjectIsIt && next != "at") || (participle == "expected" && !subjectIsIt && next is not ("at" or "to")))
            {
                return false;
            }

            end = k + 1;
            return true;
        }

        private void SetAntecedent(Found f, int relative)
        {
            var comma = relative - 1;
            if (comma > _sentence.FirstToken && _tokens[comma].Kind == TokenKind.Comma)
            {
                var last = comma - 1;
                var first = SubjectLeft(last);
                if (first < 0 && last >= _sentence.FirstToken && _tokens[last].Kind == TokenKind.ParenClose)
                {
                    first = SubjectLeftOverBracket(last);
                }

                // "figures from U.S. Central Command (CENTCOM), which": the relative stands for the whole phrase up to the comma.
                var start = first;
                // It stops at a verb or the agent's "by" before the phrase ("figures were disputed by the county's office, which":
                // the office), which no noun phrase holds.
                while (start > _sentence.FirstToken && start > comma - MaxPhrase && _tokens[start - 1].Kind != TokenKind.Comma
                    && (W(start - 1) is not { } before || (before is not ("according" or "to" or "that" or "by" or "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had")
                        && !CueLexicon.Verbs.ContainsKey(before))))
                {
                    start--;
                }

                if (first >= 0)
                {
                    f.AntecedentFirst = System.Math.Min(first, start);
                    f.AntecedentEnd = comma;
                }
            }

            // The relative clause's content ends at the next comma.
            f.ContentRunsOn = false;
        }

        private Quote? QuoteEndingBefore(int groupFirst)
        {
            var k = groupFirst - 1;
            if (k >= _sentence.FirstToken && _tokens[k].Kind == TokenKind.Comma)
            {
                k--;
            }

            // The quotation must close inside this sentence: one that ended the sentence before is not this verb's.
            if (k >= _sentence.FirstToken && _tokens[k].Kind == TokenKind.QuoteClose && _quoteByClose.TryGetValue(k, out var quote))
            {
                return quote;
            }

            // "“...,” he said" where the comma sits inside the quotation marks.
            if (k >= 0 && groupFirst - 1 >= _sentence.FirstToken && _tokens[groupFirst - 1].Kind == TokenKind.QuoteClose && _quoteByClose.TryGetValue(groupFirst - 1, out quote))
            {
                return quote;
            }

            return null;
        }

        /// <summary>
        /// Whether a quotation is a quoted phrase inside a clause rather than words standing on their own: it follows a
        /// preposition or a possessive ("On the Courier's “Harbor Hour,” Ortiz said ...", "Asked about the board's
        /// “secret list,” Brandt said ..."), so it names a programme or echoes a phrase.
        /// </summary>
        private bool QuoteInsidePhrase(Quote quote)
        {
            var k = quote.OpenToken - 1;
            return W(k) is { } w && (w is "on" or "of" or "in" or "about" or "upon" or "to" or "at" or "from" || IsPossessive(k));
        }

        /// <summary>
        /// Whether something said follows the cue group ending at <paramref name="k"/>: "that", a quotation after a comma,
        /// or a word that opens a clause (not a manner adverb, nor a phrase of where or when it was said that ends the clause).
        /// </summary>
        private bool SaysAfter(int k) =>
            W(k) == "that"
            || (k + 1 < _sentence.EndToken && _tokens[k].Kind == TokenKind.Comma && _quoteByOpen.ContainsKey(k + 1))
            || (k < _sentence.EndToken && _tokens[k].IsWord && !NothingSaidAfter(k) && CircumstanceEnd(k) < 0 && !IsMannerAdverb(k));

        private bool AfterQuoteOrComma(int verb)
        {
            var k = verb - 1;
            return k >= 0 && (_tokens[k].Kind is TokenKind.Comma or TokenKind.QuoteClose or TokenKind.Dash);
        }

        private void SetContent(Found f, int start, int end, bool runsOn)
        {
            f.ContentStart = start;
            f.ContentEnd = System.Math.Max(start, TrimEnd(end));
            f.ContentRunsOn = runsOn;
        }

        /// <summary>Moves an end offset back over white space, commas, dashes and a final stop.</summary>
        private int TrimEnd(int end)
        {
            while (end > 0 && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or '.' or '\u2014' or '\u2013' or ';'))
            {
                end--;
            }

            return end;
        }

        private int NextContentStart(int k)
        {
            while (k < _sentence.EndToken && _tokens[k].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                k++;
            }

            return k < _sentence.EndToken ? _tokens[k].Start : _sentence.End;
        }

        private bool IsClauseEnd(int k) => k >= _sentence.EndToken || _tokens[k].Kind is TokenKind.Stop or TokenKind.Semicolon;

        /// <summary>
        /// Whether the words from <paramref name="k"/> are a short phrase of where or how something was said running to the
        /// clause's end ("in an interview on Saturday", "at Monday's rally", "by telephone", "to reporters").
        /// </summary>
        private bool CircumstanceRunsToClauseEnd(int k) => CircumstanceEnd(k) is var end && end > k && IsClauseEnd(end);

        /// <summary>The "that" ending a phrase of where or how something was said ("in an interview on Friday that"), or -1.</summary>
        private int CircumstanceBeforeThat(int k) => CircumstanceEnd(k) is var end && end > k && W(end) == "that" ? end : -1;

        /// <summary>
        /// The end of a short phrase of where or how something was said from <paramref name="k"/>: a preposition first, then
        /// at most seven words with no comma, quotation, "that" or reporting verb, up to the clause's end or a "that"; -1 when
        /// the words from <paramref name="k"/> are no such phrase.
        /// </summary>
        private int CircumstanceEnd(int k)
        {
            if (W(k) is not ("in" or "at" or "on" or "during" or "by" or "to" or "from" or "via" or "after" or "before" or "while" or "outside"))
            {
                return -1;
            }

            for (var j = k + 1; j <= k + 8; j++)
            {
                if (IsClauseEnd(j) || W(j) == "that")
                {
                    return j > k + 1 ? j : -1;
                }

                // A word too long to be kept lower-cased (a web address, say) is no verb.
                if (_tokens[j].Kind is not TokenKind.Word || (W(j) is { } word && CueLexicon.Verbs.ContainsKey(word)))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether a phrase can name a source: its head (the word before its first preposition, or its last word, past a
        /// bracketed acronym) is a source noun, a pronoun, or a capitalised name that is no time word.
        /// </summary>
        private bool LooksLikeSource(int first, int end)
        {
            var head = end - 1;
            for (var j = first + 1; j < end; j++)
            {
                // "a poll of voters", "exit polls taken in May", "a survey conducted last week": the head comes before.
                if (W(j) is { } p && (IsPreposition(p) || (!_tokens[j].Capitalised && p is "taken" or "conducted" or "released" or "published" or "obtained" or "commissioned")))
                {
                    head = j - 1;
                    break;
                }
            }

            while (head >= first && _tokens[head].Kind == TokenKind.ParenClose)
            {
                while (head >= first && _tokens[head].Kind != TokenKind.ParenOpen)
                {
                    head--;
                }

                head--;
            }

            if (head < first || W(head) is not { } w)
            {
                return false;
            }

            if (CueLexicon.SourceNouns.Contains(w) || CueLexicon.DocumentNouns.Contains(w) || CueLexicon.Pronouns.Contains(w) || CueLexicon.OrganisationNouns.Contains(w))
            {
                return true;
            }

            return _tokens[head].Capitalised && !CueLexicon.TimeWords.Contains(w) && !SourceAliases.EndsWithPossessive(w);
        }

        /// <summary>
        /// Whether a subject names a document by a document noun followed only by how, when or by whom it was made ("An
        /// average of recent polls by the Ledger", "A county poll out Monday", "the report released Tuesday"): a
        /// subject for a weak verb even when its grammatical head is no source noun.
        /// </summary>
        private bool NamesDocument(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (W(k) is { } w && CueLexicon.DocumentNouns.Contains(w)
                    && (k == end - 1 || (W(k + 1) is { } next && (IsPreposition(next) || next is "out" || (!_tokens[k + 1].Capitalised && next.EndsWith("ed", System.StringComparison.Ordinal))))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Reading leftwards from the comma before a verb over "document, participle or relative clause,": the document's
        /// first token and end ("The survey, conducted for a farm group,"; "Exit polls, which the mayor won,"), or (-1, -1).
        /// </summary>
        private (int First, int End) DocumentBeforeAside(int comma)
        {
            var open = comma - 1;
            while (open > _sentence.FirstToken && comma - open <= 2 * MaxPhrase && _tokens[open].Kind != TokenKind.Comma)
            {
                if (_tokens[open].Kind is TokenKind.Stop or TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.Colon)
                {
                    return (-1, -1);
                }

                open--;
            }

            if (open <= _sentence.FirstToken || _tokens[open].Kind != TokenKind.Comma || W(open + 1) is not { } lead
                || !(lead is "which" or "who" || (!_tokens[open + 1].Capitalised && lead.EndsWith("ed", System.StringComparison.Ordinal))))
            {
                return (-1, -1);
            }

            var first = SubjectLeft(open - 1);
            return first >= 0 && NamesDocument(first, open) ? (first, open) : (-1, -1);
        }

        /// <summary>
        /// "Mr. Grassley and Mr. Leahy", "Alliance to Reclaim Our Schools", "Federal and state officials": a joining word
        /// inside a name (both neighbours capitalised), or "and" after a sentence's first word.
        /// </summary>
        private bool JoinsNames(int k)
        {
            if (k <= _sentence.FirstToken || k + 1 >= _sentence.EndToken || !_tokens[k - 1].IsWord || !_tokens[k + 1].IsWord)
            {
                return false;
            }

            return W(k) switch
            {
                "and" => (_tokens[k - 1].Capitalised && _tokens[k + 1].Capitalised) || k - 1 == _sentence.FirstToken,
                "to" or "for" or "of" => _tokens[k - 1].Capitalised && _tokens[k + 1].Capitalised,
                _ => false,
            };
        }

        /// <summary>"that", a colon or an opening quotation right after the cue, or a comma and a quotation ("He continued, “...”").</summary>
        private bool IntroducesContent(int k) =>
            W(k) == "that" || (k < _sentence.EndToken && _tokens[k].Kind is TokenKind.Colon or TokenKind.QuoteOpen)
            || (k + 1 < _sentence.EndToken && _tokens[k].Kind == TokenKind.Comma && _quoteByOpen.ContainsKey(k + 1));

        /// <summary>
        /// A quotation that ends the sentence before the one opening at <paramref name="first"/>, with its own stop inside
        /// its closing mark and only spaces between them on the same line ("“We won.” Reyes said."); else null.
        /// </summary>
        private Quote? QuoteEndingPreviousSentence(int first)
        {
            var close = first - 1;
            if (close < 1 || _tokens[close].Kind != TokenKind.QuoteClose || _tokens[close - 1].Kind != TokenKind.Stop
                || !_quoteByClose.TryGetValue(close, out var quote))
            {
                return null;
            }

            for (var c = _tokens[close].End; c < _tokens[first].Start; c++)
            {
                if (_text[c] is '\n' or '\r')
                {
                    return null;
                }
            }

            return quote;
        }

        /// <summary>
        /// Whether nothing said follows the cue group ending at <paramref name="k"/>: the sentence ends, or only a
        /// prepositional phrase with no quotation, colon or comma runs to its end ("Reyes said at the rally.").
        /// </summary>
        private bool NothingSaidAfter(int k)
        {
            if (IsClauseEnd(k))
            {
                return true;
            }

            if (W(k) is not ("at" or "in" or "on" or "during" or "from" or "after" or "before" or "to" or "by"))
            {
                return false;
            }

            for (var j = k + 1; j < _sentence.EndToken && !IsClauseEnd(j); j++)
            {
                if (!_tokens[j].IsWord || W(j) == "that")
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsDayNumber(int k) =>
            k >= _sentence.FirstToken && k < _sentence.EndToken && _tokens[k].IsWord && _tokens[k].End - _tokens[k].Start <= 4 && char.IsDigit(_text[_tokens[k].Start]);

        private static bool IsDeterminer(string w) => w is "the" or "a" or "an" or "another" or "this" or "that" or "these" or "those" or "his" or "her" or "its" or "their" or "our" or "some" or "several" or "two" or "three" or "one";

        private static bool IsPreposition(string w) => w is "of" or "at" or "within" or "from" or "in" or "for" or "with" or "on" or "to" or "by";

        private static bool IsLeadingFunctionWord(string w) => IsPreposition(w) || w is "and" or "but" or "or" or "regarding" or "meanwhile" or "however";

        private string? W(int t) => t >= _sentence.FirstToken && t < _sentence.EndToken ? _article.Word(t) : null;
    }
}

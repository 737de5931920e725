namespace ClaimRecon.Articles
{
    /// <summary>
    /// Subjects set off from their verb by commas: a name with a chain of descriptions ("Lee Park, 70, of Dover, said")
    /// and a name with an aside about the circumstances ("Lee Park, speaking in Dover, said"); the sentence's subject before
    /// a description of any length; and the agent set off in "As reported by X, ...".
    /// </summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>The most descriptions set off by commas that are read between a name and its verb.</summary>
        private const int MaxDescriptions = 5;

        /// <summary>
        /// Reading leftwards from the comma before a verb over descriptions set off by commas (an age, "now 81 and retired",
        /// "of Dover", an abbreviated place, a party label, "a farmer", "who farms near Dover"): the first token of the name
        /// they describe, or -1. The name is the leftmost capitalised phrase reached; a segment of any other shape ends the
        /// chain, so "In Dover, Lee Park, a farmer, said" does not reach back over "Lee Park" to "Dover".
        /// </summary>
        private int DescribedName(int comma)
        {
            var k = comma;
            var name = -1;
            for (var i = 0; i < MaxDescriptions; i++)
            {
                var open = OpeningComma(k);
                if (open <= _sentence.FirstToken || !IsDescription(open + 1, k))
                {
                    break;
                }

                var last = open - 1;
                if (_tokens[last].IsWord && _tokens[last].Capitalised && !AbbreviatedPlace(last, last + 1))
                {
                    var first = SubjectLeft(last);
                    if (first >= 0 && _tokens[first].Capitalised && (first == _sentence.FirstToken || !_tokens[first - 1].IsWord))
                    {
                        name = first;
                    }
                }

                k = open;
            }

            return name;
        }

        /// <summary>
        /// The sentence's subject when everything from the sentence's start (or from the end of a quotation or a phrase of
        /// time or place opening it: "In July,") to
        /// <paramref name="separator"/>, the comma or dash before a verb, is that subject with what describes it set off by
        /// commas or dashes, however long: a noun phrase opens the clause, followed by the same mark. A description is part of
        /// the source, up to its closing mark ("The bank's chief economist, Lee Park, told", "Lee Park, an economist at the
        /// bank who has advised three governors, said"); a relative clause or an aside is not ("Lee Park, who has advised
        /// three governors on budgets, said" and "Lee Park — speaking for the bank — said": "Lee Park"). With
        /// <paramref name="needsSourceNoun"/> the opening phrase must also look like a source (for a weak verb). (first token,
        /// end token), or (-1, -1).
        /// </summary>
        private (int First, int End) DescribedSubjectBefore(int separator, bool needsSourceNoun)
        {
            var first = _sentence.FirstToken;
            if (_tokens[first].Kind == TokenKind.QuoteOpen)
            {
                // "“We will appeal,” the bank's lawyer, Dana Reyes, told the court."
                while (first < separator && _tokens[first].Kind != TokenKind.QuoteClose)
                {
                    first++;
                }

                first++;
            }

            if (W(first) is { } opener && (IsPreposition(opener) || opener is "after" or "before" or "during" or "since"))
            {
                // "In July, the bank's lawyer, Dana Reyes, told the court": a phrase of time or place opens the sentence.
                var comma = first;
                while (comma < separator && _tokens[comma].Kind != TokenKind.Comma)
                {
                    comma++;
                }

                first = comma + 1;
            }

            var mark = _tokens[separator].Kind;
            if (separator <= first || mark is not (TokenKind.Comma or TokenKind.Dash) || !_tokens[first].IsWord)
            {
                return (-1, -1);
            }

            var opening = first;
            while (_tokens[opening].Kind != mark)
            {
                opening++;
            }

            if (opening == first || SubjectLeft(opening - 1) != first || (needsSourceNoun && !LooksLikeSource(first, opening)))
            {
                return (-1, -1);
            }

            // An aside opens with a relative pronoun, a participle, an adverb or a preposition ("who", "led by", "also
            // campaigning", "like the agency"); any other word opens a description ("an economist", "executive director of").
            var lead = W(opening + 1);
            var aside = lead is null || lead is "who" or "whose" or "which" or "that" or "like" or "unlike" or "along" || IsPreposition(lead)
                || (!_tokens[opening + 1].Capitalised && (lead.EndsWith("ing", System.StringComparison.Ordinal) || lead.EndsWith("ed", System.StringComparison.Ordinal) || lead.EndsWith("ly", System.StringComparison.Ordinal)))
                || CueLexicon.Parentheticals.Contains(lead) || CueLexicon.CueModifiers.Contains(lead);
            return (first, aside ? opening : separator + 1);
        }

        /// <summary>
        /// Reading leftwards from the comma before a verb over an aside that opens with a participle, a preposition of
        /// circumstance or "which" ("Lee Park, citing county figures, said", "the mayor, in an effort to calm critics, wrote",
        /// "Velmar Construction, which is building the bridge, said"): the
        /// subject before the aside as (first token, end token), or (-1, -1). The aside is no part of the source; its
        /// participle must not be a reporting verb of its own ("saying", "adding").
        /// </summary>
        private (int First, int End) SubjectBeforeAside(int comma)
        {
            var open = OpeningComma(comma);
            if (open <= _sentence.FirstToken || W(open + 1) is not { } lead || _tokens[open + 1].Capitalised || !(_tokens[open - 1].IsWord || _tokens[open - 1].Kind == TokenKind.ParenClose))
            {
                return (-1, -1);
            }

            var participle = lead.EndsWith("ing", System.StringComparison.Ordinal) && lead.Length > 4
                && !(CueLexicon.Verbs.TryGetValue(lead, out var own) && own.Strong);
            if (!participle && lead is not ("in" or "at" or "on" or "during" or "after" or "before" or "while" or "despite" or "amid" or "which"))
            {
                return (-1, -1);
            }

            for (var k = open + 2; k < comma; k++)
            {
                if (W(k) is { } w && !_tokens[k].Capitalised && CueLexicon.Verbs.TryGetValue(w, out var verb) && verb.Strong)
                {
                    // "Lee Park, who said she farms, told": a reporting verb in the aside starts a clause of its own.
                    return (-1, -1);
                }
            }

            var first = SubjectLeft(open - 1);
            if (first < 0 || (first > _sentence.FirstToken && _tokens[first - 1].IsWord && W(first - 1) is not ("and" or "but" or "so" or "then")))
            {
                return (-1, -1);
            }

            var pronoun = first == open - 1 && CueLexicon.Pronouns.Contains(W(first)!) && W(first) is not ("who" or "which" or "that");
            return pronoun || _tokens[first].Capitalised || LooksLikeSource(first, open) ? (first, open) : (-1, -1);
        }

        /// <summary>
        /// Whether tokens <paramref name="first"/> to <paramref name="end"/> (end excluded) describe the name before them:
        /// an age ("70"), an abbreviated place or a party label ("N.C.", "R-Ky."), a phrase opened by "now", "then",
        /// "formerly" or "once", by "of" or "from" and a capitalised word, by "who" or "whose", or by an article, a title
        /// or a rank word ("a farmer", "chief of staff"), with no reporting verb (a weak one only in a relative clause).
        /// </summary>
        private bool IsDescription(int first, int end)
        {
            if (end <= first || W(first) is not { } lead)
            {
                return false;
            }

            if (end == first + 1 && (AbbreviatedPlace(first, end)
                || Tokens.IsPartyLabel(_text, _tokens[first].Start, _text[_tokens[first].End - 1] == '.' ? _tokens[first].End - 1 : _tokens[first].End)
                || (lead.Length <= 3 && char.IsDigit(lead[0]) && char.IsDigit(lead[lead.Length - 1]))))
            {
                return true;
            }

            var relative = lead is "who" or "whose";
            for (var k = first; k < end; k++)
            {
                if (W(k) is { } w && !_tokens[k].Capitalised && CueLexicon.Verbs.TryGetValue(w, out var verb) && (verb.Strong || !relative))
                {
                    return false;
                }
            }

            if (_tokens[first].Capitalised)
            {
                return false;
            }

            return relative || lead is "now" or "then" or "formerly" or "once" || IsDeterminer(lead) || CueLexicon.Titles.Contains(lead) || IsRankWord(lead)
                || (lead is "of" or "from" && first + 1 < end && _tokens[first + 1].Capitalised);
        }

        /// <summary>
        /// The comma that opens the segment ending at the comma <paramref name="comma"/>, reading leftwards at most
        /// 2 × <see cref="MaxPhrase"/> tokens over no stop, quotation mark or colon; -1 when there is none.
        /// </summary>
        private int OpeningComma(int comma)
        {
            var open = comma - 1;
            while (open > _sentence.FirstToken && comma - open <= 2 * MaxPhrase && _tokens[open].Kind != TokenKind.Comma)
            {
                if (_tokens[open].Kind is TokenKind.Stop or TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.Colon or TokenKind.Semicolon)
                {
                    return -1;
                }

                open--;
            }

            return open > _sentence.FirstToken && _tokens[open].Kind == TokenKind.Comma && open < comma - 1 ? open : -1;
        }

        /// <summary>
        /// "As reported by the Ledger, the town hired 40 teachers." and "..., as reported by the Ledger.": a past participle
        /// of a reporting verb between "as" and "by" names its agent as the source (rule <c>source.as-by</c>); the content
        /// is the clause after the phrase's comma when "as" opens the sentence, else the clause before "as".
        /// </summary>
        private Found? AsReportedBy(int t, VerbEntry verb)
        {
            var npFirst = t + 2;
            var npEnd = PhraseRight(npFirst, allowLowerStart: true);
            if (npEnd <= npFirst)
            {
                return null;
            }

            var f = new Found(CueKind.ReportingVerb, t, t + 1, verb.Stance, "source.as-by") { SourceFirst = npFirst, SourceEnd = npEnd };
            var asAt = t - 1;
            if (asAt == _sentence.FirstToken)
            {
                if (npEnd >= _sentence.EndToken || _tokens[npEnd].Kind != TokenKind.Comma)
                {
                    return null;
                }

                SetContent(f, NextContentStart(npEnd), _sentence.End, runsOn: true);
            }
            else
            {
                var before = asAt - 1;
                while (before >= _sentence.FirstToken && _tokens[before].Kind is TokenKind.Comma or TokenKind.Dash)
                {
                    before--;
                }

                if (before < _sentence.FirstToken || before == asAt - 1)
                {
                    // "as reported by" inside a clause with no comma before it ("the same figure as reported by X") compares.
                    return null;
                }

                SetContent(f, _sentence.Start, _tokens[before].End, runsOn: false);
            }

            return f;
        }
    }
}

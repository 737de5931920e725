namespace ClaimRecon.Articles
{
    /// <summary>
    /// A name with its description set off by commas: before the verb ("Dana Reyes, the council's treasurer, said"; "the
    /// council's treasurer, Dana Reyes, said") and after an inverted one ("said Dana Reyes, the council's treasurer.").
    /// </summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// Reading leftwards from the comma before a verb over "Name, appositive,": the first token of the name, or -1.
        /// The appositive starts with a determiner, a title or a rank word ("senior", "former": "Dana Reyes, senior analyst
        /// at the bank, said") and holds no verb; the name is capitalised.
        /// </summary>
        private int Appositive(int comma)
        {
            var open = comma - 1;
            var strongAt = -1;
            var weakAt = -1;
            while (open > _sentence.FirstToken && comma - open <= MaxPhrase && _tokens[open].Kind != TokenKind.Comma)
            {
                if (W(open) is { } w && CueLexicon.Verbs.TryGetValue(w, out var verb) && (verb.Strong || W(open - 1) is not ("who" or "which" or "that")))
                {
                    strongAt = verb.Strong ? open : strongAt;
                    weakAt = verb.Strong ? weakAt : open;
                }

                open--;
            }

            if (strongAt >= 0 || (weakAt >= 0 && !(open > _sentence.FirstToken && _tokens[open].Kind == TokenKind.Comma && W(open + 1) is "who" or "whose")))
            {
                // A reporting verb starts a clause of its own, unless it is a weak one in a relative clause set off by
                // commas that describes the name ("Lee Ortiz, who was listed as a delegate, told the Courier"; "Dana Reyes,
                // a driver who described herself as cautious, said" has it right after "who").
                return -1;
            }

            if (open <= _sentence.FirstToken || _tokens[open].Kind != TokenKind.Comma || W(open + 1) is not { } lead
                || !(IsDeterminer(lead) || CueLexicon.Titles.Contains(lead) || _tokens[open + 1].Capitalised || lead is "who" or "whose" || char.IsDigit(lead[0]) || IsRankWord(lead)))
            {
                return -1;
            }

            var name = SubjectLeft(open - 1);
            while (name >= 0 && name < open - 1 && W(name) is { } time && (CueLexicon.TimeWords.Contains(time) || time is "late" or "early" || IsDayNumber(name)))
            {
                // "In late January the head of the agency, Dana Reyes, said": the time phrase opens the clause, not the name.
                name++;
            }

            // "Dana Reyes, the council's treasurer, said" or, description first, "the council's treasurer, Dana Reyes, said".
            // "of Macon, Ga., said", "Macon, Ga., who sells farms, said": an abbreviated place set off by commas continues an
            // address; neither it nor the phrase around it names the speaker.
            if (name < 0 || AbbreviatedPlace(open + 1, comma) || (name == open - 1 && name > _sentence.FirstToken && _tokens[name - 1].Kind == TokenKind.Comma && AbbreviatedPlace(name, open)))
            {
                return -1;
            }

            // "Rep. Ana Ruiz (D-Ore.), chair of the panel, said": a bracket after the name is read past to the name's last word.
            var nameLast = open - 1;
            if (_tokens[nameLast].Kind == TokenKind.ParenClose)
            {
                while (nameLast > name && _tokens[nameLast].Kind != TokenKind.ParenOpen)
                {
                    nameLast--;
                }

                nameLast--;
            }

            var nameThenDescription = _tokens[name].Capitalised && nameLast >= name && _tokens[nameLast].Capitalised;
            // A possessive is a determiner too: "the mayor's spokesman, Dana Reyes,", "Ortiz's lawyer, Dana Reyes,".
            var descriptionThenName = W(name) is { } d && (IsDeterminer(d) || PossessiveWithin(name, open - 1)) && _tokens[open + 1].Capitalised
                && (_tokens[open - 1].Capitalised || _tokens[comma - 1].Capitalised || HasCapital(comma - 1));
            return nameThenDescription || descriptionThenName ? name : -1;
        }

        /// <summary>Whether a word from <paramref name="first"/> to <paramref name="last"/> (a description before a name) is a possessive ("Ortiz's lawyer").</summary>
        private bool PossessiveWithin(int first, int last)
        {
            for (var k = first; k < last; k++)
            {
                if (W(k) is { } w && SourceAliases.EndsWithPossessive(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the tokens from <paramref name="first"/> to <paramref name="end"/> are one capitalised word ending in a
        /// period that is not a known abbreviation of a title or name ("Ga.", "Fla.", but not "Jr.", nor a party label
        /// such as "R-Ky.", which describes the person it follows).
        /// </summary>
        private bool AbbreviatedPlace(int first, int end) => end == first + 1 && _tokens[first].Capitalised && _text[_tokens[first].End - 1] == '.'
            && !CueLexicon.IsAbbreviation(_text, _tokens[first].Start, _tokens[first].End - 1) && !Tokens.IsPartyLabel(_text, _tokens[first].Start, _tokens[first].End - 1);

        /// <summary>A word with a capital inside it ("al-Fayyadh", "McNeil").</summary>
        private bool HasCapital(int k)
        {
            for (var c = _tokens[k].Start; c < _tokens[k].End; c++)
            {
                if (char.IsUpper(_text[c]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// An inverted speaker described, not named ("said a longtime aide to the governor", "said one official
        /// familiar with the talks", "said an organiser who asked not to be named"): the description runs on from
        /// <paramref name="end"/> over its prepositions and restrictive clause to the first comma, quotation mark or stop,
        /// but not over a phrase of when, or of where or how it was said, that ends the clause ("on Tuesday", "in an
        /// interview.", but "an aide to the mayor" keeps its "to"), nor over a reason for not naming the source ("who
        /// requested anonymity"). Returns the description's end token, or <paramref name="end"/> (where the noun phrase
        /// read so far ends) when the words after it are a clause ("said one plan he likes is ...").
        /// </summary>
        private int DescriptionRight(int first, int end)
        {
            var k = first + 1;
            var relative = false;
            while (k < _sentence.EndToken && k - first < 2 * MaxPhrase && _tokens[k].IsWord)
            {
                relative |= W(k) is "who" or "that" or "which" or "whose";
                if (!relative && k >= end && W(k) is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could")
                {
                    // "said one plan he likes is ...": a clause (the content), not a description.
                    return end;
                }

                if ((W(k) is "on" or "in" or "at" or "last" or "earlier" && W(k + 1) is { } n && (CueLexicon.TimeWords.Contains(n) || IsDayNumber(k + 1)))
                    || CueLexicon.TimeWords.Contains(W(k)!) || (W(k) is "in" or "during" or "on" or "via" && W(k + 1) is "a" or "an" && CircumstanceRunsToClauseEnd(k)) || (W(k) == "who" && GivesAnonymity(k + 1)))
                {
                    return k;
                }

                k++;
            }

            return k < _sentence.EndToken && _tokens[k].Kind is TokenKind.Comma or TokenKind.Stop or TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.Semicolon
                || k >= _sentence.EndToken ? System.Math.Max(k, end) : end;
        }

        /// <summary>
        /// Whether the words from <paramref name="k"/> say why a source is unnamed ("requested anonymity", "spoke on the
        /// condition of anonymity", "asked not to be named", "was not authorized to speak"): a reason, not part of who spoke.
        /// </summary>
        private bool GivesAnonymity(int k) =>
            W(k) is "requested" or "spoke" or "asked" or "insisted" or "demanded"
            || (W(k) is "was" or "is" or "were" or "are" && W(k + 1) == "not" && W(k + 2) is "authorized" or "authorised" or "permitted" or "allowed");

        /// <summary>
        /// An appositive after a name that follows its verb ("said Lee Ortiz, who teaches law at the college"): from
        /// <paramref name="first"/> to the clause's end, or up to and including a comma that a participle or a quotation
        /// follows ("..., a pollster in Ohio, referring to ..."). Returns <paramref name="first"/> when there is none.
        /// </summary>
        private int AppositiveRight(int first)
        {
            if (W(first) is not { } lead || lead is "and" or "but" or "or" or "while" or "as" or "because" or "although" or "though" or "before" or "after" or "when" or "if" or "so" or "then"
                || (!_tokens[first].Capitalised && lead.EndsWith("ing", System.StringComparison.Ordinal)))
            {
                return first;
            }

            for (var k = first; k < _sentence.EndToken && k < first + 3 * MaxPhrase; k++)
            {
                var kind = _tokens[k].Kind;
                if (kind is TokenKind.Stop or TokenKind.Semicolon or TokenKind.QuoteOpen or TokenKind.Colon)
                {
                    return k;
                }

                if (_tokens[k].IsWord && W(k) is { } w && CueLexicon.Verbs.TryGetValue(w, out var verb) && verb.Strong && !_tokens[k].Capitalised)
                {
                    return first;
                }

                if (kind == TokenKind.Comma && k + 1 < _sentence.EndToken
                    && (_tokens[k + 1].Kind == TokenKind.QuoteOpen || (W(k + 1) is { } next && !_tokens[k + 1].Capitalised && next.EndsWith("ing", System.StringComparison.Ordinal))))
                {
                    return k + 1;
                }
            }

            return _sentence.EndToken <= first + 3 * MaxPhrase ? _sentence.EndToken : first;
        }
    }
}

using System.Linq;
using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>The phrases around a cue's verb: its subject (with appositives and relative clauses), the words between subject and verb, and a time phrase after it.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>Reads leftwards from <paramref name="last"/> over a subject noun phrase; returns its first token, or -1.</summary>
        private int SubjectLeft(int last)
        {
            if (last < _sentence.FirstToken || !_tokens[last].IsWord)
            {
                return last >= _sentence.FirstToken && _tokens[last].Kind == TokenKind.ParenClose ? SubjectLeftOverBracket(last) : -1;
            }

            var w = W(last);
            if (w is not null && CueLexicon.Pronouns.Contains(w))
            {
                return last;
            }

            var k = last;
            var depth = 0;
            while (k >= _sentence.FirstToken && last - k < MaxPhrase)
            {
                var token = _tokens[k];
                if (token.IsWord)
                {
                    var word = W(k);
                    if (word is null || (CueLexicon.SubjectStops.Contains(word) && !JoinsNames(k)) || (!token.Capitalised && CueLexicon.Verbs.ContainsKey(word) && k != last && !(W(k - 1) is { } d && IsDeterminer(d)))
                        || IsMannerAdverb(k))
                    {
                        break;
                    }

                    k--;
                    continue;
                }

                if (token.Kind == TokenKind.ParenClose || (token.Kind == TokenKind.ParenOpen && depth > 0))
                {
                    depth += token.Kind == TokenKind.ParenClose ? 1 : -1;
                    k--;
                    continue;
                }

                // An opening bracket with no closing one after it ("... (Statista estimates ...)") starts the subject.
                break;
            }

            var first = k + 1;
            if (k > _sentence.FirstToken && k < last && SubjectAcross(k, last) is var across && across >= 0)
            {
                // "Advisers to the governor say", "Officials from both counties say", "The campaign and its allies said".
                first = across;
            }
            else if (k >= _sentence.FirstToken && k + 1 < last && W(k) is "he" or "she" or "they" or "we" or "i" && W(k + 1) == "and" && SubjectAcross(k + 1, last) is var joined && joined >= 0)
            {
                // "He and his deputies said": the pronoun stopped the reading, but it is the first conjunct.
                first = joined;
            }

            while (first <= last && W(first) is { } lead && IsLeadingFunctionWord(lead))
            {
                first++;
            }

            return first <= last && last - first < MaxPhrase ? first : -1;
        }

        /// <summary>
        /// A subject "X by Y" whose author Y looks like a source ("An examination by the state auditor found"): the
        /// work of a named author is a document, whatever its head noun.
        /// </summary>
        private bool AuthoredBySource(int first, int end)
        {
            for (var k = first + 1; k < end - 1; k++)
            {
                if (W(k) == "by")
                {
                    return LooksLikeSource(k + 1, end);
                }
            }

            return false;
        }

        /// <summary>The first word of a preposition of two words ending in "to" ("next to", "due to", "thanks to", "compared to").</summary>
        private static bool OpensPrepositionWithTo(string w) =>
            w is "next" or "due" or "thanks" or "according" or "prior" or "owing" or "contrary" or "close" or "closer" or "up" or "ahead" or "similar"
                or "compared" or "relative" or "opposed" or "pursuant" or "further" or "addition" or "regard" or "respect" or "as";

        /// <summary>
        /// Whether the subject <paramref name="first"/>..<paramref name="last"/> is a share of a group ("26 percent of
        /// voters", "Twenty-four percent", "six in 10 Democrats", "a strong majority of voters", "half of those polled"),
        /// after hedges ("nearly", "at least", "about"). "A third source" is no share: "third" must end the phrase or
        /// come before "of".
        /// </summary>
        private bool IsShare(int first, int last)
        {
            var k = first;
            while (k <= last && W(k) is "a" or "an" or "the" or "at" or "least" or "nearly" or "almost" or "about" or "roughly" or "some" or "more" or "less" or "fewer" or "than"
                or "over" or "under" or "only" or "just" or "strong" or "slim" or "narrow" or "solid" or "bare" or "clear" or "overwhelming" or "large" or "small" or "slight")
            {
                k++;
            }

            if (k > last || W(k) is not { } lead)
            {
                return false;
            }

            var number = char.IsDigit(lead[0]) || CueLexicon.NumberWords.Contains(lead) || (lead.IndexOf('-') is var dash and > 0 && CueLexicon.NumberWords.Contains(lead.Substring(0, dash)));
            if (number && k + 1 <= last && W(k + 1) is "percent" or "in" or "out")
            {
                return true;
            }

            if (number && k + 1 <= last && _tokens[k + 1].Kind != TokenKind.Word && _text[_tokens[k + 1].Start] == '%')
            {
                return true;
            }

            if (number && k == last && lead.EndsWith("%", System.StringComparison.Ordinal))
            {
                return true;
            }

            var share = number && k + 1 <= last ? W(k + 1) : lead;
            var at = number && k + 1 <= last ? k + 1 : k;
            return share is not null && CueLexicon.ShareWords.Contains(share) && (at == last || W(at + 1) == "of");
        }

        /// <summary>
        /// When the subject starting at <paramref name="first"/> follows "by" or "from" and a document before it ("A 2009
        /// report by X", "a study released in May by X", "An average of recent polls by X"): the document's first token; else -1.
        /// Between the document's head and "by" only participles, prepositions, time words and numbers may stand.
        /// </summary>
        private int DocumentBy(int first)
        {
            if (W(first - 1) is not ("by" or "from"))
            {
                return -1;
            }

            for (var k = first - 2; k >= _sentence.FirstToken && k >= first - 10; k--)
            {
                if (W(k) is not { } w)
                {
                    return -1;
                }

                if (CueLexicon.DocumentNouns.Contains(w) || w is "average" or "projection" or "projections" or "book" or "lawsuit" or "review" or "model" or "forecast")
                {
                    var docFirst = SubjectLeft(k);
                    return docFirst >= 0 && docFirst <= k && IsDeterminerOrCapital(docFirst) ? docFirst : -1;
                }

                var participle = !_tokens[k].Capitalised && (w.EndsWith("ed", System.StringComparison.Ordinal) || w is "out" or "over" or "done");
                if (!(participle || IsPreposition(w) || CueLexicon.TimeWords.Contains(w) || char.IsDigit(w[0]) || (_tokens[k].Capitalised && k < first - 2)))
                {
                    return -1;
                }
            }

            return -1;
        }

        private bool IsDeterminerOrCapital(int k) => W(k) is { } w && (IsDeterminer(w) || _tokens[k].Capitalised || char.IsDigit(w[0]));

        /// <summary>
        /// Whether the phrase's head (its last word, the word before "of", or the word before a last "released",
        /// "conducted", "taken", "published" or "out") is a document ("a county poll", "polls of likely voters", "a county
        /// poll conducted").
        /// </summary>
        private bool HeadIsDocument(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (W(k) is { } w && CueLexicon.DocumentNouns.Contains(w)
                    && (k == end - 1 || IsPreposition(W(k + 1) ?? string.Empty) || (k == end - 2 && W(k + 1) is "released" or "conducted" or "taken" or "published" or "out")))
                {
                    return true;
                }
            }

            return false;
        }

        private int SubjectLeftOverBracket(int close)
        {
            var k = close;
            while (k >= _sentence.FirstToken && _tokens[k].Kind != TokenKind.ParenOpen)
            {
                k--;
            }

            return k > _sentence.FirstToken ? SubjectLeft(k - 1) : -1;
        }

        /// <summary>Skips words between a subject and its verb ("also", "has", "on Saturday", ", however,"), recording a time phrase on <paramref name="f"/>.</summary>
        private int SkipModifiersLeft(int k, Found f)
        {
            while (k >= _sentence.FirstToken)
            {
                var w = W(k);
                if (w is not null && ((CueLexicon.VerbModifiers.Contains(w) && !_tokens[k].Capitalised) || IsMannerAdverb(k)))
                {
                    k--;
                    continue;
                }

                if (!_tokens[k].Capitalised && ((w == "fact" && W(k - 1) == "in") || (w == "past" && W(k - 1) == "the" && W(k - 2) == "in")))
                {
                    // "Her aides have in fact said", "The board has in the past said": an adverb of two or three words.
                    k -= w == "fact" ? 2 : 3;
                    continue;
                }

                if (w is not null && (CueLexicon.TimeWords.Contains(w) || w is "day" || IsDayNumber(k)))
                {
                    var start = k;
                    while (start - 1 >= _sentence.FirstToken && (W(start - 1) is { } p && (CueLexicon.TimeWords.Contains(p) || p is "on" or "in" or "earlier" or "the" or "of" || IsAnaphoricTimeWord(p, start - 1)) || IsDayNumber(start - 1)))
                    {
                        start--;
                    }

                    if (W(start) is "on" or "in" or "last" or "this" or "earlier" or "late" or "early" or "yesterday" or "today")
                    {
                        f.SaidTimeFirst = start;
                        f.SaidTimeEnd = k + 1;
                        k = start - 1;
                        continue;
                    }
                }

                if (_tokens[k].Kind == TokenKind.Comma && ParentheticalBefore(k) is var skip && skip >= 0)
                {
                    k = skip;
                    continue;
                }

                break;
            }

            return k;
        }

        /// <summary>
        /// The subject opening the sentence, for a participle at <paramref name="participle"/> after a comma: a pronoun, a run
        /// of capitalised words ("Mr. Reyes", "Gov. Ana Ruiz") or up to four words ending in a source noun ("The city's
        /// officials"), followed by a lower-case word (the clause's verb); past an opening "But", "And", "Still" or
        /// "Meanwhile". Returns (-1, -1) when the sentence does not open that way.
        /// </summary>
        private (int First, int End) SentenceSubject(int participle)
        {
            var first = _sentence.FirstToken;
            if (W(first) is "but" or "and" or "still" or "meanwhile" or "yet")
            {
                first++;
                if (first < participle && _tokens[first].Kind == TokenKind.Comma)
                {
                    first++;
                }
            }

            if (first >= participle - 2 || !_tokens[first].IsWord)
            {
                return (-1, -1);
            }

            bool VerbAfter(int end) => end < participle - 1 && _tokens[end].IsWord && !_tokens[end].Capitalised && W(end) is { } v
                && !IsPreposition(v) && !IsDeterminer(v) && v is not ("and" or "or" or "who" or "which" or "that") && !char.IsDigit(v[0]);
            var w0 = W(first)!;
            if (w0 is "he" or "she" or "they" or "we" or "i")
            {
                return VerbAfter(first + 1) ? (first, first + 1) : (-1, -1);
            }

            if (_tokens[first].Capitalised && !IsDeterminer(w0))
            {
                var end = first;
                while (end < participle && end - first < 6 && _tokens[end].IsWord && _tokens[end].Capitalised)
                {
                    end++;
                }

                return VerbAfter(end) && LooksLikeSource(first, end) ? (first, end) : (-1, -1);
            }

            for (var end = System.Math.Min(first + 4, participle - 1); end > first; end--)
            {
                if (VerbAfter(end) && !IsDeterminer(W(end - 1) ?? "the") && Enumerable.Range(first, end - first).All(k => _tokens[k].IsWord && !IsPreposition(W(k)!)) && LooksLikeSource(first, end))
                {
                    return (first, end);
                }
            }

            return (-1, -1);
        }

        /// <summary>Reads a time phrase right after the cue ("said in late January", "told state media on Saturday").</summary>
        private int SkipTimeRight(int k, Found f)
        {
            if (W(k) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                // "said Tuesday": a weekday alone.
                var end = W(k + 1) is "morning" or "afternoon" or "evening" or "night" ? k + 2 : k + 1;
                f.SaidTimeFirst = k;
                f.SaidTimeEnd = end;
                return end;
            }

            // "announced the same day that ...", "said the next day": an anaphoric time with no preposition.
            var bare = W(k) == "the" && W(k + 1) is "same" or "previous" or "preceding" or "following" or "next" && W(k + 2) is "day" or "week" or "month" or "year";
            if (W(k) is "on" or "in" or "last" or "this" or "earlier" or "yesterday" or "today" || bare)
            {
                var end = k + 1;
                while (end < _sentence.EndToken && end < k + 6 && (W(end) is { } w && (CueLexicon.TimeWords.Contains(w) || w is "of" or "the" || IsAnaphoricTimeWord(w, end)) || IsDayNumber(end)))
                {
                    end++;
                }

                while (end > k + 1 && W(end - 1) is "the" or "of")
                {
                    // "said on Thursday the figure ...": the article opens the content, not the time.
                    end--;
                }

                if (end > k + 1 || W(k) is "yesterday" or "today")
                {
                    f.SaidTimeFirst = k;
                    f.SaidTimeEnd = end;
                    return end;
                }
            }

            return k;
        }

        /// <summary>
        /// A word of a time phrase that points back to an earlier date ("the same day", "that week", "the previous day",
        /// "the following month"); "that" only right before a time unit, so the "that" opening a content clause is not taken.
        /// </summary>
        private bool IsAnaphoricTimeWord(string w, int k) =>
            w is "same" or "previous" or "preceding" or "following" or "day"
            || (w == "that" && W(k + 1) is "day" or "week" or "month" or "year" or "weekend");

        /// <summary>", however," before a comma at <paramref name="comma"/> (reading leftwards): the token before the opening comma, or -1.</summary>
        private int ParentheticalBefore(int comma)
        {
            for (var width = 1; width <= 3; width++)
            {
                var open = comma - width - 1;
                if (open <= _sentence.FirstToken || _tokens[open].Kind != TokenKind.Comma)
                {
                    continue;
                }

                var words = new List<string>();
                for (var k = open + 1; k < comma; k++)
                {
                    if (W(k) is not { } w)
                    {
                        words.Clear();
                        break;
                    }

                    words.Add(w);
                }

                if (words.Count > 0 && CueLexicon.Parentheticals.Contains(string.Join(" ", words)))
                {
                    return open - 1;
                }
            }

            return -1;
        }

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
            var descriptionThenName = W(name) is { } d && IsDeterminer(d) && _tokens[open + 1].Capitalised
                && (_tokens[open - 1].Capitalised || _tokens[comma - 1].Capitalised || HasCapital(comma - 1));
            return nameThenDescription || descriptionThenName ? name : -1;
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

namespace ClaimRecon.Articles
{
    /// <summary>A subject that holds "and", "to", "by" or "both": a coordination of speakers, or a noun phrase with its preposition.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// A subject that opens its clause and holds "and", "to", "by" or "both" ("State officials and their advisers
        /// said", "Advisers to the governor say", "research paid for by the county found", "Officials from both counties
        /// say"): when the stop word at <paramref name="stop"/> has a noun phrase before it that reaches back to the
        /// sentence's start (or its opening quotation mark, or an "and" or "but" after a comma), that phrase's first token;
        /// else -1. Elsewhere these words end the subject, as they usually end a clause ("... cut costs and officials
        /// said"). Before "and" the first conjunct is at most four words with no digit and no lower-case word ending in
        /// "ed", so a short clause ("The plant closed and workers said") is not read as a subject; a phrase opening with a
        /// preposition ("In talks with the union officials said") is none.
        /// </summary>
        /// <remarks>
        /// A coordination ("and") is read whole in more places (<see cref="CoordinationOpens"/>): after an opening phrase
        /// and its comma ("In Dover, the mayor and her aides said"), after "that" or an opening "But"; with a subject
        /// pronoun as its first conjunct ("He and his deputies said"); with "both" before it, which it keeps ("Both the
        /// union and the board said"); as a list ("Farmers, truckers and dock workers said", with or without a comma
        /// before "and"); and as the author of a document ("A study by the county and the state university found").
        /// </remarks>
        private int SubjectAcross(int stop, int last)
        {
            var stopWord = W(stop);
            var join = stopWord == "and";
            var oxfordComma = join && stop - 2 >= _sentence.FirstToken && _tokens[stop - 1].Kind == TokenKind.Comma && _tokens[stop - 2].IsWord;
            if (stopWord is not ("and" or "to" or "by" or "both") || !(_tokens[stop - 1].IsWord || oxfordComma))
            {
                return -1;
            }

            var k = oxfordComma ? stop - 2 : stop - 1;
            var conjunctLast = k;
            var listed = oxfordComma;
            while (k >= _sentence.FirstToken && last - k < MaxPhrase)
            {
                if (!_tokens[k].IsWord)
                {
                    if (!join || _tokens[k].Kind != TokenKind.Comma || OpeningPhraseBefore(k))
                    {
                        break;
                    }

                    if (k - 1 < _sentence.FirstToken || !_tokens[k - 1].IsWord || (W(k + 1) is { } next && (IsDeterminer(next) || CueLexicon.Pronouns.Contains(next))))
                    {
                        // A list's items are alike: "Turnout rose, the mayor and her staff say" is a clause before a subject.
                        return -1;
                    }

                    // "Farmers, truckers and dock workers said": one more item of a list.
                    listed = true;
                    k--;
                    conjunctLast = k;
                    continue;
                }

                var word = W(k);
                if (word is "and" or "but" && k < stop - 1 && k > _sentence.FirstToken && _tokens[k - 1].Kind is TokenKind.Comma or TokenKind.Semicolon)
                {
                    // "Turnout rose, and advisers to the governor say": a new clause's subject.
                    return k + 1;
                }

                if (join && k == conjunctLast && !listed && word is "he" or "she" or "they" or "we" or "i")
                {
                    // "He and his deputies said": a subject pronoun is a conjunct by itself.
                    k--;
                    break;
                }

                if (join && k < conjunctLast && (word is "both" or "that" or "by" || (k == _sentence.FirstToken && word is "but" or "and" or "yet")))
                {
                    // Words that may open the coordination: read below.
                    break;
                }

                if (word is null || CueLexicon.SubjectStops.Contains(word) && !JoinsNames(k)
                    || (!_tokens[k].Capitalised && CueLexicon.Verbs.ContainsKey(word)) || IsMannerAdverb(k) || CueLexicon.Pronouns.Contains(word))
                {
                    return -1;
                }

                if (join && (char.IsDigit(word[0]) || (!_tokens[k].Capitalised && word.EndsWith("ed", System.StringComparison.Ordinal)) || conjunctLast - k >= (listed ? 3 : 4)
                    || (k < conjunctLast && !_tokens[k].Capitalised && _tokens[k + 1].Capitalised && !IsPreposition(word) && !IsDeterminer(word) && !CueLexicon.Titles.Contains(word) && !IsRankWord(word))))
                {
                    // "One reason Democrats and unions say": a lower-case noun right before a name is no part of one noun phrase
                    // ("Experts on North Korea and", "the former Mayor and" are).
                    return -1;
                }

                k--;
            }

            var atStart = k < _sentence.FirstToken || (k == _sentence.FirstToken && _tokens[k].Kind == TokenKind.QuoteOpen);
            if (!atStart && join)
            {
                return CoordinationOpens(k);
            }

            return atStart && W(k + 1) is { } lead && !IsPreposition(lead) && !IsLeadingFunctionWord(lead) && !(stopWord == "to" && stop == k + 2 && OpensPrepositionWithTo(lead)) ? k + 1 : -1;
        }

        /// <summary>
        /// Where a coordination whose first conjunct starts after token <paramref name="k"/> opens, when what stands at
        /// <paramref name="k"/> may open a subject: the comma after an opening phrase, "that" before a name or a pronoun,
        /// an opening "But", "And" or "Yet", "both" (kept), or "by" after a document (the document's first token). Else -1.
        /// </summary>
        private int CoordinationOpens(int k)
        {
            var first = k + 1;
            var w = W(k);
            if (w == "both")
            {
                // "Both the union and the board said": "both" opens the subject.
                first = k;
                k--;
                w = W(k);
            }

            var lead = W(first);
            var opens = k < _sentence.FirstToken || (k == _sentence.FirstToken && _tokens[k].Kind == TokenKind.QuoteOpen)
                || (_tokens[k].Kind == TokenKind.Comma && OpeningPhraseBefore(k))
                || (k == _sentence.FirstToken && w is "but" or "and" or "yet")
                || (w == "that" && first == k + 1 && (_tokens[first].Capitalised || (lead is not null && CueLexicon.Pronouns.Contains(lead))));
            if (opens)
            {
                return lead is not null && !IsPreposition(lead) && !IsLeadingFunctionWord(lead) ? first : -1;
            }

            // "A study by the county and the state university found": the document with both its authors.
            return w == "by" && first == k + 1 ? DocumentBy(first) : -1;
        }

        /// <summary>
        /// Whether the sentence opens with a phrase of place, time or circumstance that ends at the comma
        /// <paramref name="comma"/> ("In Dover,", "On Monday,", "After the vote,", "Meanwhile,"): at most eight words,
        /// no other punctuation, led by a preposition or an adverb that opens a sentence.
        /// </summary>
        private bool OpeningPhraseBefore(int comma)
        {
            var start = _sentence.FirstToken < comma && _tokens[_sentence.FirstToken].Kind == TokenKind.QuoteOpen ? _sentence.FirstToken + 1 : _sentence.FirstToken;
            if (comma <= start || comma - start > 8)
            {
                return false;
            }

            for (var j = start; j < comma; j++)
            {
                if (!_tokens[j].IsWord)
                {
                    return false;
                }
            }

            return W(start) is "in" or "on" or "at" or "after" or "before" or "during" or "since" or "for" or "with" or "under" or "from" or "through"
                or "across" or "throughout" or "last" or "earlier" or "later" or "meanwhile" or "still" or "however" or "yesterday" or "today"
                or "separately" or "elsewhere" or "overall" or "instead";
        }
    }
}

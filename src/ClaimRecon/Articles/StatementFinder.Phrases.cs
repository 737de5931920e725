using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>Phrase boundaries around a cue: subjects, modifiers, appositives, contents and the word tests they use.</summary>
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
            while (k >= _sentence.FirstToken && last - k < MaxPhrase)
            {
                var token = _tokens[k];
                if (token.IsWord)
                {
                    var word = W(k);
                    if (word is null || (CueLexicon.SubjectStops.Contains(word) && !JoinsNames(k)) || (!token.Capitalised && CueLexicon.Verbs.ContainsKey(word) && k != last)
                        || (!token.Capitalised && word.Length > 4 && word.EndsWith("ly", System.StringComparison.Ordinal)))
                    {
                        break;
                    }

                    k--;
                    continue;
                }

                if (token.Kind is TokenKind.ParenOpen or TokenKind.ParenClose)
                {
                    k--;
                    continue;
                }

                break;
            }

            var first = k + 1;
            while (first <= last && W(first) is { } lead && IsLeadingFunctionWord(lead))
            {
                first++;
            }

            return first <= last && last - first < MaxPhrase ? first : -1;
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
                if (w is not null && CueLexicon.VerbModifiers.Contains(w) && !_tokens[k].Capitalised)
                {
                    k--;
                    continue;
                }

                if (w is not null && (CueLexicon.TimeWords.Contains(w) || IsDayNumber(k)))
                {
                    var start = k;
                    while (start - 1 >= _sentence.FirstToken && (W(start - 1) is { } p && (CueLexicon.TimeWords.Contains(p) || p is "on" or "in" or "earlier" or "the" or "of") || IsDayNumber(start - 1)))
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

            if (W(k) is "on" or "in" or "last" or "this" or "earlier" or "yesterday" or "today")
            {
                var end = k + 1;
                while (end < _sentence.EndToken && end < k + 6 && (W(end) is { } w && (CueLexicon.TimeWords.Contains(w) || w is "of" or "the") || IsDayNumber(end)))
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
                if (w is null || (k > first && CueLexicon.SubjectStops.Contains(w) && !JoinsNames(k)) || (k > first && !token.Capitalised && CueLexicon.Verbs.ContainsKey(w)))
                {
                    break;
                }

                if (w is "on" or "in" or "at" or "last" or "earlier" && k > first && W(k + 1) is { } n && (CueLexicon.TimeWords.Contains(n) || IsDayNumber(k + 1)))
                {
                    break;
                }

                if (IsPreposition(w) && k > first && !(W(k + 1) is { } following && (_tokens[k + 1].Capitalised || IsDeterminer(following) || following.EndsWith("'s", System.StringComparison.Ordinal))))
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

            if (participle is "expected" or "thought" or "believed" && !subjectIsIt && next != "at")
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
                while (start > _sentence.FirstToken && start > comma - MaxPhrase && _tokens[start - 1].Kind != TokenKind.Comma && W(start - 1) is not ("according" or "to" or "that"))
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
        /// Whether a phrase can name a source: its head (the word before its first preposition, or its last word, past a
        /// bracketed acronym) is a source noun, a pronoun, or a capitalised name that is no time word.
        /// </summary>
        private bool LooksLikeSource(int first, int end)
        {
            var head = end - 1;
            for (var j = first + 1; j < end; j++)
            {
                if (W(j) is { } p && IsPreposition(p))
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

            if (CueLexicon.SourceNouns.Contains(w) || CueLexicon.Pronouns.Contains(w))
            {
                return true;
            }

            return _tokens[head].Capitalised && !CueLexicon.TimeWords.Contains(w) && !w.EndsWith("'s", System.StringComparison.Ordinal);
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

        /// <summary>"that", a colon or an opening quotation right after the cue.</summary>
        private bool IntroducesContent(int k) =>
            W(k) == "that" || (k < _sentence.EndToken && _tokens[k].Kind is TokenKind.Colon or TokenKind.QuoteOpen);

        /// <summary>
        /// Reading leftwards from the comma before a verb over "Name, appositive,": the first token of the name, or -1.
        /// The appositive starts with a determiner or a title and holds no verb; the name is capitalised.
        /// </summary>
        private int Appositive(int comma)
        {
            var open = comma - 1;
            while (open > _sentence.FirstToken && comma - open <= MaxPhrase && _tokens[open].Kind != TokenKind.Comma)
            {
                if (W(open) is { } w && CueLexicon.Verbs.ContainsKey(w))
                {
                    return -1;
                }

                open--;
            }

            if (open <= _sentence.FirstToken || _tokens[open].Kind != TokenKind.Comma || W(open + 1) is not { } lead
                || !(IsDeterminer(lead) || CueLexicon.Titles.Contains(lead) || _tokens[open + 1].Capitalised || lead is "who" or "whose" || char.IsDigit(lead[0])))
            {
                return -1;
            }

            var name = SubjectLeft(open - 1);
            return name >= 0 && _tokens[name].Capitalised && _tokens[open - 1].Capitalised ? name : -1;
        }

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

        private bool IsDayNumber(int k) =>
            k >= _sentence.FirstToken && k < _sentence.EndToken && _tokens[k].IsWord && _tokens[k].End - _tokens[k].Start <= 4 && char.IsDigit(_text[_tokens[k].Start]);

        private static bool IsDeterminer(string w) => w is "the" or "a" or "an" or "another" or "this" or "that" or "these" or "those" or "his" or "her" or "its" or "their" or "our" or "some" or "several" or "two" or "three" or "one";

        private static bool IsPreposition(string w) => w is "of" or "at" or "within" or "from" or "in" or "for" or "with" or "on" or "to" or "by";

        private static bool IsLeadingFunctionWord(string w) => IsPreposition(w) || w is "and" or "but" or "or" or "regarding" or "meanwhile" or "however";

        private string? W(int t) => t >= _sentence.FirstToken && t < _sentence.EndToken ? _article.Word(t) : null;
    }
}

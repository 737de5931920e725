using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Finds the attributions of one sentence from its cue words (the rules are listed on <see cref="ArticleReader"/>).
    /// Reads a bounded window around each cue, so the work is linear in the sentence.
    /// </summary>
    internal sealed class StatementFinder
    {
        private const int MaxPhrase = 14;
        private readonly ArticleText _article;
        private readonly string _text;
        private readonly List<Token> _tokens;
        private readonly Dictionary<int, Quote> _quoteByClose = new();
        private readonly Dictionary<int, Quote> _quoteByOpen = new();
        private Sentence _sentence;

        public StatementFinder(ArticleText article)
        {
            _article = article;
            _text = article.Text;
            _tokens = article.Tokens;
            foreach (var quote in article.Quotes)
            {
                _quoteByOpen[quote.OpenToken] = quote;
                if (quote.CloseToken >= 0)
                {
                    _quoteByClose[quote.CloseToken] = quote;
                }
            }
        }

        public List<Found> Find(Sentence sentence, int index)
        {
            _sentence = sentence;
            var found = new List<Found>();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var w = W(t);
                if (w is null)
                {
                    if (_tokens[t].Kind == TokenKind.Colon && sentence.Paragraph == 0 && found.Count == 0)
                    {
                        Add(found, Headline(t), index);
                    }
                    else if (_tokens[t].Kind == TokenKind.Colon && found.Count == 0)
                    {
                        Add(found, Transcript(t), index);
                    }
                    else if (_tokens[t].Kind == TokenKind.Dash && t > sentence.FirstToken && _tokens[t - 1].Kind == TokenKind.QuoteClose)
                    {
                        Add(found, DashSpeaker(t), index);
                    }

                    continue;
                }

                Found? f = null;
                if ((w == "according" && W(t + 1) == "to") || (w == "based" && W(t + 1) == "on"))
                {
                    f = Preposed(t, CueKind.AccordingTo, w == "according" ? "source.according-to" : "source.based-on", requireSourceLike: true);
                }
                else if (w is "citing" or "quoting")
                {
                    f = Preposed(t, CueKind.Citing, "source.citing", requireSourceLike: true, cueLength: 1);
                }
                else if (w is "data" or "figures" or "statistics" or "numbers" && W(t + 1) == "from" && W(t - 1) != "to" && (t - 2 < sentence.FirstToken || W(t - 2) != "according"))
                {
                    f = Preposed(t, CueKind.DataFrom, "source.data-from", requireSourceLike: false, cueLength: 2);
                }
                else if (w == "statement" && W(t + 1) == "from" && W(t - 2) != "according" && W(t - 3) != "according")
                {
                    f = Preposed(t, CueKind.Statement, "source.statement-from", requireSourceLike: false, cueLength: 2);
                }
                else if (IsPassive(t, out var passiveEnd))
                {
                    f = Passive(t, passiveEnd);
                }
                else if (CueLexicon.Verbs.TryGetValue(w, out var verb) && (!_tokens[t].Capitalised || t == sentence.FirstToken))
                {
                    f = verb.Form == VerbForm.Participle ? Participle(t, verb, found) : Finite(t, verb);
                }

                if (f is not null)
                {
                    // "Data from X show ...": the verb's subject swallows an earlier cue; the verb is the attribution.
                    if (f.HasSource && f.SourceFirst < f.CueFirst)
                    {
                        found.RemoveAll(e => e.CueFirst >= f.SourceFirst && e.CueFirst < f.SourceEnd);
                    }

                    Add(found, f, index);
                    t = System.Math.Max(t, f.CueEnd - 1);
                }
            }

            CutRunOnContents(found);
            return found;
        }

        private void Add(List<Found> found, Found? f, int index)
        {
            if (f is null)
            {
                return;
            }

            f.Sentence = index;
            f.Paragraph = _sentence.Paragraph;
            found.Add(f);
        }

        /// <summary>A content that runs to the sentence's end stops where a later cue of the same sentence starts its own clause.</summary>
        private void CutRunOnContents(List<Found> found)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (!found[i].ContentRunsOn)
                {
                    continue;
                }

                for (var j = 0; j < found.Count; j++)
                {
                    var next = found[j];
                    var clauseStart = next.HasSource && next.SourceFirst < next.CueFirst ? _tokens[next.SourceFirst].Start : _tokens[next.CueFirst].Start;
                    if (j != i && clauseStart > found[i].ContentStart && clauseStart < found[i].ContentEnd
                        && (next.SubjectOf is not null || next.Kind is CueKind.Passive || next.Rule.EndsWith("relative", System.StringComparison.Ordinal)))
                    {
                        found[i].ContentEnd = TrimEnd(clauseStart);
                    }
                }
            }
        }

        // ---- cue kinds -------------------------------------------------------------------------------------------

        /// <summary>"according to X", "citing X", "data from X": the source follows the cue; the content is the rest of the sentence.</summary>
        private Found? Preposed(int t, CueKind kind, string rule, bool requireSourceLike, int cueLength = 2)
        {
            var npFirst = t + cueLength;
            var npEnd = PhraseRight(npFirst, allowLowerStart: true);
            if (npEnd <= npFirst || (requireSourceLike && !LooksLikeSource(npFirst, npEnd)))
            {
                return null;
            }

            var f = new Found(kind, t, t + cueLength, Stance.Asserts, rule) { SourceFirst = npFirst, SourceEnd = npEnd };
            var before = t - 1;
            while (before >= _sentence.FirstToken && _tokens[before].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                before--;
            }

            if (before < _sentence.FirstToken)
            {
                SetContent(f, NextContentStart(npEnd), _sentence.End, runsOn: true);
            }
            else
            {
                SetContent(f, _sentence.Start, _tokens[before].End, runsOn: false);
            }

            return f;
        }

        /// <summary>"it was reported that", "is estimated at", "was reported by X".</summary>
        private Found Passive(int t, int end)
        {
            var participle = W(end - 1)!;
            var stance = CueLexicon.Verbs.TryGetValue(participle, out var verb) ? verb.Stance : Stance.Asserts;
            var f = new Found(CueKind.Passive, t, end, stance, "source.passive");
            if (W(end) == "by")
            {
                var npEnd = PhraseRight(end + 1, allowLowerStart: true);
                if (npEnd > end + 1 && LooksLikeSource(end + 1, npEnd))
                {
                    f.SourceFirst = end + 1;
                    f.SourceEnd = npEnd;
                    f.Rule = "source.passive.by-agent";
                }
            }

            SetContent(f, _sentence.Start, _sentence.End, runsOn: false);
            return f;
        }

        /// <summary>"X said", "said X", "X told Y that", "“...,” X said", with the content before or after the cue.</summary>
        private Found? Finite(int t, VerbEntry verb)
        {
            var cueEnd = t + 1;
            if (W(t) is "put" or "puts" && W(t + 1) is "the" or "its" or "their")
            {
                // "put the number at": an estimate; the cue is the whole phrase up to "at".
                var at = t + 2;
                while (at < _sentence.EndToken && at < t + 6 && W(at) != "at")
                {
                    at++;
                }

                if (W(at) != "at")
                {
                    return null;
                }

                cueEnd = at + 1;
                verb = new VerbEntry(Stance.Estimates, VerbForm.Finite, true, false);
            }
            else if (W(t) == "pointed" && W(t + 1) == "out")
            {
                cueEnd = t + 2;
            }

            if (!verb.Strong && W(cueEnd) == "to")
            {
                return null;
            }

            if (cueEnd < _sentence.EndToken && _tokens[cueEnd].Kind == TokenKind.Colon)
            {
                // "said:" — the colon belongs to the cue.
                cueEnd++;
            }

            var f = new Found(CueKind.ReportingVerb, t, cueEnd, verb.Stance, "source.verb.subject-before");
            if (W(t - 1) is "been" or "being" || (W(t - 1) is "is" or "are" or "was" or "were" && W(cueEnd) != "that"))
            {
                return null;
            }

            var subjectEnd = SkipModifiersLeft(t - 1, f);
            var subjectFirst = subjectEnd >= 0 ? SubjectLeft(subjectEnd) : -1;
            if (subjectFirst < 0 && subjectEnd > _sentence.FirstToken && _tokens[subjectEnd].Kind == TokenKind.Comma && Appositive(subjectEnd) is var name && name >= 0)
            {
                // "Dana Reyes, the council's treasurer, said": the name with its appositive, trailing comma included.
                subjectFirst = name;
                f.Rule = "source.verb.subject-before.appositive";
            }

            if (subjectFirst >= 0)
            {
                f.SourceFirst = subjectFirst;
                f.SourceEnd = subjectEnd + 1;
                if (W(subjectFirst) is "who" or "which" && subjectEnd == subjectFirst)
                {
                    f.Rule = "source.verb.relative";
                    SetAntecedent(f, subjectFirst);
                }
                else if (!verb.Strong && (!LooksLikeSource(f.SourceFirst, f.SourceEnd)
                    || (subjectFirst == subjectEnd && CueLexicon.Pronouns.Contains(W(subjectFirst)!) && !IntroducesContent(cueEnd))))
                {
                    // A weak verb ("shows", "found") with a bare pronoun ("you show him") needs "that", a colon or a quotation after it.
                    return null;
                }
            }
            else
            {
                // Inversion: "“...,” said X" or ", said X."
                var npEnd = PhraseRight(cueEnd, allowLowerStart: false);
                if (npEnd <= cueEnd || !(verb.Strong || LooksLikeSource(cueEnd, npEnd)) || !AfterQuoteOrComma(t))
                {
                    return null;
                }

                if (npEnd + 1 < _sentence.EndToken && _tokens[npEnd].Kind == TokenKind.Comma && W(npEnd + 1) is { } lead && (IsDeterminer(lead) || CueLexicon.Titles.Contains(lead)))
                {
                    // "said Dana Reyes, the council's treasurer."
                    var appositiveEnd = PhraseRight(npEnd + 1, allowLowerStart: true);
                    if (appositiveEnd > npEnd + 1 && IsClauseEnd(appositiveEnd))
                    {
                        npEnd = appositiveEnd;
                    }
                }

                f.SourceFirst = cueEnd;
                f.SourceEnd = npEnd;
                f.Rule = "source.verb.subject-after";
            }

            var groupFirst = System.Math.Min(f.SourceFirst, t);
            var groupEnd = System.Math.Max(f.SourceEnd, cueEnd);
            if (verb.TakesRecipient && groupEnd == cueEnd)
            {
                var recipientEnd = PhraseRight(cueEnd, allowLowerStart: true);
                if (recipientEnd > cueEnd)
                {
                    f.RecipientFirst = cueEnd;
                    f.RecipientEnd = recipientEnd;
                    groupEnd = recipientEnd;
                }
            }

            groupEnd = SkipTimeRight(groupEnd, f);
            if (W(groupEnd) == "in" && (W(groupEnd + 1) == "a" || W(groupEnd + 1) == "its" || W(groupEnd + 1) == "their") && (W(groupEnd + 2) == "statement" || W(groupEnd + 3) == "statement"))
            {
                // "said in a statement": the words come from a document; the cue stays the verb.
                f.Kind = CueKind.Statement;
                groupEnd += W(groupEnd + 2) == "statement" ? 3 : 4;
                groupEnd = SkipTimeRight(groupEnd, f);
            }

            if (QuoteEndingBefore(groupFirst) is { } before)
            {
                f.Kind = CueKind.QuoteSpeakerAfter;
                f.Rule = f.Rule == "source.verb.subject-after" ? "source.quote.speaker-after.inverted" : "source.quote.speaker-after";
                SetContent(f, before.Start, before.End, runsOn: false);
                return f;
            }

            var next = groupEnd;
            if (W(next) == "that")
            {
                next++;
            }

            if (next < _sentence.EndToken && _tokens[next].Kind == TokenKind.Colon)
            {
                next++;
            }

            if (next < _sentence.EndToken && _quoteByOpen.TryGetValue(next, out var after))
            {
                SetContent(f, after.Start, after.End, runsOn: false);
                return f;
            }

            if (IsClauseEnd(groupEnd) && groupFirst > _sentence.FirstToken && _tokens[groupFirst - 1].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                // "More than 5,000 ..., a senior security source told Kurdistan24."
                f.Rule = f.Rule == "source.verb.subject-after" ? "source.verb.subject-after.trailing" : "source.verb.trailing";
                SetContent(f, _sentence.Start, _tokens[groupFirst - 1].Start, runsOn: false);
                return f;
            }

            if (next >= _sentence.EndToken || IsClauseEnd(next))
            {
                return null;
            }

            if (f.AntecedentFirst >= 0 || f.Rule == "source.verb.relative")
            {
                var comma = next;
                while (comma < _sentence.EndToken && _tokens[comma].Kind is not (TokenKind.Comma or TokenKind.Dash or TokenKind.Semicolon))
                {
                    comma++;
                }

                SetContent(f, _tokens[next].Start, comma < _sentence.EndToken ? _tokens[comma].Start : _sentence.End, runsOn: false);
                return f;
            }

            SetContent(f, _tokens[next].Start, _sentence.End, runsOn: true);
            return f;
        }

        /// <summary>"..., adding that", "..., stressing that": the subject is the clause's; "officials citing X": the phrase before it.</summary>
        private Found? Participle(int t, VerbEntry verb, List<Found> earlier)
        {
            var f = new Found(CueKind.ReportingVerb, t, t + 1, verb.Stance, "source.participle.clause-subject");
            if (t > _sentence.FirstToken && _tokens[t - 1].Kind == TokenKind.Comma)
            {
                // The clause's subject: the earliest cue of the sentence whose content runs over the participle.
                foreach (var e in earlier)
                {
                    if (e.ContentHolds(_tokens[t].Start) && e.Kind != CueKind.AccordingTo)
                    {
                        f.SubjectOf = e;
                        break;
                    }
                }

                if (f.SubjectOf is null)
                {
                    if (earlier.Count == 0)
                    {
                        return null;
                    }

                    f.SubjectOf = earlier[earlier.Count - 1];
                }
            }
            else
            {
                var subjectFirst = t - 1 >= _sentence.FirstToken ? SubjectLeft(t - 1) : -1;
                if (subjectFirst < 0 || !LooksLikeSource(subjectFirst, t))
                {
                    return null;
                }

                f.SourceFirst = subjectFirst;
                f.SourceEnd = t;
                f.Rule = "source.participle.subject-before";
            }

            var next = t + 1;
            if (verb.TakesRecipient)
            {
                next = System.Math.Max(next, PhraseRight(next, allowLowerStart: true));
            }

            if (W(next) == "that")
            {
                next++;
            }

            if (next < _sentence.EndToken && _tokens[next].Kind == TokenKind.Colon)
            {
                next++;
            }

            if (next >= _sentence.EndToken || IsClauseEnd(next))
            {
                return null;
            }

            SetContent(f, _tokens[next].Start, _quoteByOpen.TryGetValue(next, out var q) ? q.End : _sentence.End, runsOn: !_quoteByOpen.ContainsKey(next));
            return f;
        }

        /// <summary>A headline "Security Source to Kurdistan24: ..." or "Officials: ...".</summary>
        private Found? Headline(int colon)
        {
            var first = _sentence.FirstToken;
            var to = first;
            while (to < colon && W(to) != "to")
            {
                to++;
            }

            var sourceEnd = to < colon ? to : colon;
            if (sourceEnd <= first || sourceEnd - first > 6 || !LooksLikeSource(first, sourceEnd) || colon + 1 >= _sentence.EndToken)
            {
                return null;
            }

            var f = new Found(CueKind.Headline, colon, colon + 1, Stance.Asserts, "source.headline") { SourceFirst = first, SourceEnd = sourceEnd };
            if (to < colon)
            {
                f.RecipientFirst = to + 1;
                f.RecipientEnd = colon;
            }

            SetContent(f, _tokens[colon + 1].Start, _sentence.End, runsOn: false);
            return f;
        }

        /// <summary>A transcript line "SPEAKER: words": one to three upper-case words opening a paragraph before a colon.</summary>
        private Found? Transcript(int colon)
        {
            var first = _sentence.FirstToken;
            if (colon == first || colon - first > 3 || colon + 1 >= _sentence.EndToken || !IsParagraphStart(first))
            {
                return null;
            }

            for (var k = first; k < colon; k++)
            {
                var token = _tokens[k];
                if (!token.IsWord || token.End - token.Start < 2)
                {
                    return null;
                }

                for (var c = token.Start; c < token.End; c++)
                {
                    if (char.IsLower(_text[c]))
                    {
                        return null;
                    }
                }
            }

            var f = new Found(CueKind.Headline, colon, colon + 1, Stance.Asserts, "source.transcript") { SourceFirst = first, SourceEnd = colon };
            SetContent(f, _tokens[colon + 1].Start, _sentence.End, runsOn: false);
            return f;
        }

        /// <summary>"“...” ― Name": a quotation signed with a dash and the speaker's name.</summary>
        private Found? DashSpeaker(int dash)
        {
            var npEnd = PhraseRight(dash + 1, allowLowerStart: false);
            if (npEnd <= dash + 1 || !_quoteByClose.TryGetValue(dash - 1, out var quote))
            {
                return null;
            }

            var f = new Found(CueKind.QuoteSpeakerAfter, dash, dash + 1, Stance.Asserts, "source.quote.dash-speaker") { SourceFirst = dash + 1, SourceEnd = npEnd };
            SetContent(f, quote.Start, quote.End, runsOn: false);
            return f;
        }

        private bool IsParagraphStart(int token) =>
            token == 0 || _text.LastIndexOf('\n', _tokens[token].Start, System.Math.Min(_tokens[token].Start + 1, _tokens[token].Start - _tokens[token - 1].End + 1)) >= 0;

        // ---- phrases ---------------------------------------------------------------------------------------------

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
            if (W(k) is "on" or "in" or "last" or "this" or "earlier" or "yesterday" or "today")
            {
                var end = k + 1;
                while (end < _sentence.EndToken && end < k + 6 && (W(end) is { } w && (CueLexicon.TimeWords.Contains(w) || w is "of" or "the") || IsDayNumber(end)))
                {
                    end++;
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

            if (k >= 0 && _tokens[k].Kind == TokenKind.QuoteClose && _quoteByClose.TryGetValue(k, out var quote))
            {
                return quote;
            }

            // "“...,” he said" where the comma sits inside the quotation marks.
            if (k >= 0 && groupFirst - 1 >= 0 && _tokens[groupFirst - 1].Kind == TokenKind.QuoteClose && _quoteByClose.TryGetValue(groupFirst - 1, out quote))
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

            if (open <= _sentence.FirstToken || _tokens[open].Kind != TokenKind.Comma || W(open + 1) is not { } lead || !(IsDeterminer(lead) || CueLexicon.Titles.Contains(lead) || _tokens[open + 1].Capitalised))
            {
                return -1;
            }

            var name = SubjectLeft(open - 1);
            return name >= 0 && _tokens[name].Capitalised && _tokens[open - 1].Capitalised ? name : -1;
        }

        private bool IsDayNumber(int k) =>
            k >= _sentence.FirstToken && k < _sentence.EndToken && _tokens[k].IsWord && _tokens[k].End - _tokens[k].Start <= 4 && char.IsDigit(_text[_tokens[k].Start]);

        private static bool IsDeterminer(string w) => w is "the" or "a" or "an" or "another" or "this" or "that" or "these" or "those" or "his" or "her" or "its" or "their" or "our" or "some" or "several" or "two" or "three" or "one";

        private static bool IsPreposition(string w) => w is "of" or "at" or "within" or "from" or "in" or "for" or "with" or "on" or "to" or "by";

        private static bool IsLeadingFunctionWord(string w) => IsPreposition(w) || w is "and" or "but" or "or" or "regarding" or "meanwhile" or "however";

        private string? W(int t) => t >= _sentence.FirstToken && t < _sentence.EndToken ? _article.Word(t) : null;
    }
}

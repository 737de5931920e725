using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>Documents as sources: "in the latest poll", a poll that has a candidate leading, and "according to" phrases that run to the clause's end.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// "The county poll has Ortiz leading by 6 points", "A May survey had him at 4 percent", "the latest count gives her
        /// 212 seats", "..., with a new poll giving Ortiz a 9-point edge": a poll, count or average that has, gives or
        /// gave someone a standing reports that standing, as "shows" would. The verb at <paramref name="t"/> needs a
        /// subject that names such a document, then a name or "him", "her", "them", then within a few words a standing
        /// ("leading", "ahead", "at", "tied", a figure, "a ... lead"). "The poll has an error margin" has no one after
        /// the verb and stays unread.
        /// </summary>
        private bool PollGivesStanding(int t)
        {
            if (W(t) is not ("has" or "had" or "have" or "gives" or "gave" or "give" or "giving") || W(t + 1) is not { } who
                || !(who is "him" or "her" or "them" || (_tokens[t + 1].Capitalised && !IsDeterminer(who) && !CueLexicon.TimeWords.Contains(who))))
            {
                return false;
            }

            var first = t - 1 >= _sentence.FirstToken ? SubjectLeft(t - 1) : -1;
            if (first < 0 || !NamesStandingsDocument(first, t))
            {
                return false;
            }

            for (var k = t + 2; k < _sentence.EndToken && k <= t + 8; k++)
            {
                if (W(k) is not { } w)
                {
                    // A bracketed party or state ("Ortiz (D) leading") is read over; other punctuation ends the object.
                    if (_tokens[k].Kind is TokenKind.ParenOpen or TokenKind.ParenClose)
                    {
                        continue;
                    }

                    return false;
                }

                if (char.IsDigit(w[0]) || w is "leading" or "ahead" or "behind" or "trailing" or "tied" or "winning" or "losing" or "beating" or "edging" or "pulling"
                    or "at" or "up" or "down" or "even" or "lead" or "advantage" or "edge" or "margin" or "percent" or "points" or "support" or "majority")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the phrase names a document that reports standings (a poll, survey, count, tally, average or
        /// projection), followed at most by how, when or by whom it was made ("Wednesday's county poll", "a survey
        /// released Friday", "the count by the clerk").
        /// </summary>
        private bool NamesStandingsDocument(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (W(k) is "poll" or "polls" or "survey" or "surveys" or "count" or "tally" or "tallies" or "average" or "averages" or "projection" or "projections")
                {
                    return NamesDocument(k, end);
                }
            }

            return false;
        }

        /// <summary>
        /// "In a poll released Monday, ...", "... in the latest county survey": the poll or survey is the source and
        /// "in" the cue. The phrase is at most <see cref="MaxPhrase"/> words ending in poll(s), survey(s) or polling,
        /// with an optional "released/conducted/taken/published" and a time after it; no verb or clause word inside.
        /// </summary>
        private Found? InPoll(int t)
        {
            if (t + 1 >= _sentence.EndToken || W(t + 1) is not { } first || !(IsDeterminer(first) || _tokens[t + 1].Capitalised || SourceAliases.EndsWithPossessive(first)))
            {
                return null;
            }

            var end = -1;
            for (var k = t + 1; k < _sentence.EndToken && k <= t + MaxPhrase; k++)
            {
                var token = _tokens[k];
                if (!token.IsWord)
                {
                    break;
                }

                var w = W(k);
                if (w is "poll" or "polls" or "survey" or "surveys" or "polling")
                {
                    end = k + 1;
                    break;
                }

                if (w is not null && (CueLexicon.SubjectStops.Contains(w) || (!token.Capitalised && CueLexicon.Verbs.ContainsKey(w)) || w is "in" or "on" or "at" or "for"))
                {
                    break;
                }
            }

            if (end < 0 || (end == t + 3 && W(end - 1) is "polls" or "surveys" && W(t + 1) is "the" or "some" or "several" or "most" or "many" or "all"))
            {
                // "leads in the polls", "80 percent in some polls": standing in polls at large cites no poll.
                return null;
            }

            if (W(end) is "released" or "conducted" or "taken" or "published" or "out")
            {
                var k = end + 1;
                while (k < _sentence.EndToken && k < end + 5 && (W(k) is { } time && (CueLexicon.TimeWords.Contains(time) || time is "last" or "this" or "in" or "on") || IsDayNumber(k)))
                {
                    k++;
                }

                while (k > end + 1 && W(k - 1) is "in" or "on")
                {
                    k--;
                }

                end = k > end + 1 || W(end) == "out" ? k : end;
            }
            else if (W(end) is "last" or "this" or "earlier" or "in" || (W(end) == "the" && W(end + 1) is "same" or "previous" or "following"))
            {
                // "in a county poll last month", "in a comparable poll in late March": the date belongs to the poll's name.
                var k = end;
                var dated = false;
                while (k < _sentence.EndToken && k < end + 4 && W(k) is { } time
                    && (CueLexicon.TimeWords.Contains(time) || time is "in" or "the" or "same" or "earlier" || IsDayAfterMonth(k)))
                {
                    dated |= CueLexicon.TimeWords.Contains(time) && time is not ("last" or "this" or "next" or "late" or "early" or "mid");
                    k++;
                }

                if (dated && W(k - 1) is not ("in" or "the" or "same" or "earlier"))
                {
                    end = k;
                }
            }

            var f = new Found(CueKind.Statement, t, t + 1, Stance.Asserts, "source.in-poll") { SourceFirst = t + 1, SourceEnd = end };
            var before = t - 1;
            while (before >= _sentence.FirstToken && _tokens[before].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                before--;
            }

            if (before < _sentence.FirstToken)
            {
                SetContent(f, NextContentStart(end), _sentence.End, runsOn: true);
            }
            else
            {
                SetContent(f, _sentence.Start, _tokens[before].End, runsOn: false);
            }

            return f;
        }

        /// <summary>
        /// A day or year right after a month's name ("May 12", "Sept. 3", "May 2015"), not a figure after a time unit ("last
        /// year 40") nor one with its unit after it ("in May 12 percent").
        /// </summary>
        private bool IsDayAfterMonth(int k) =>
            IsDayNumber(k) && _tokens[k].End - _tokens[k].Start is 1 or 2 or 4 && W(k - 1) is { } month && CueLexicon.TimeWords.Contains(month)
            && !(k + 1 < _sentence.EndToken && (W(k + 1) is "percent" or "points" or "percentage" || _text[_tokens[k + 1].Start] == '%'))
            && month is not ("year" or "week" or "month" or "weekend" or "day" or "night" or "morning" or "afternoon" or "evening" or "today" or "tonight"
                or "yesterday" or "last" or "this" or "next" or "late" or "early" or "mid" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday"
                or "saturday" or "sunday");

        /// <summary>
        /// "Ana Ruiz: ..." opening a paragraph, or "... - Ana Ruiz: “...”" after a dash: one to three capitalised words
        /// (a name, not a label such as "Update" or "Note") before a colon, the colon followed by a quotation or a
        /// capitalised word. After a dash and before a quotation, as a digest of other outlets' writing quotes them, the
        /// label may name two people joined by "and" ("- Lena Ortiz and Tomas Brandt: “...”") or open with "More from"
        /// ("- More from Ortiz and Brandt: “...”", also opening a paragraph). Returns the name's first token, or -1.
        /// </summary>
        private int SignedColon(int colon)
        {
            var first = colon;
            var joined = false;
            while (first - 1 >= _sentence.FirstToken && colon - first < 7 && _tokens[first - 1].IsWord
                && (_tokens[first - 1].Capitalised || (!joined && W(first - 1) == "and" && first < colon && first - 2 >= _sentence.FirstToken && _tokens[first - 2].Capitalised)))
            {
                joined |= W(first - 1) == "and";
                first--;
            }

            if (first == colon || W(first) is not { } lead || lead is "update" or "note" or "editor's" or "correction" or "related" or "read" or "watch" or "photo" or "source" or "sources" or "q" or "a" or "the")
            {
                return -1;
            }

            var next = _tokens[colon + 1];
            var more = first - 2;
            if (W(first - 1) == "from" && W(more) == "more" && next.Kind == TokenKind.QuoteOpen
                && (more == _sentence.FirstToken ? IsParagraphStart(more) : _tokens[more - 1].Kind == TokenKind.Dash))
            {
                // "- More from Ortiz and Brandt: “...”": the words after "from" name the writers quoted.
                return first;
            }

            if ((joined || colon - first > 3) && !(joined && first > _sentence.FirstToken && next.Kind == TokenKind.QuoteOpen))
            {
                return -1;
            }

            var opens = first == _sentence.FirstToken ? IsParagraphStart(first) : _tokens[first - 1].Kind == TokenKind.Dash;
            return opens && (next.Kind == TokenKind.QuoteOpen || (first > _sentence.FirstToken ? false : next.Capitalised)) ? first : -1;
        }

        /// <summary>
        /// The subject of the clause a conjoined verb ("... and said") shares: the noun phrase opening the sentence (after a
        /// leading "But", "There," or a time phrase and its comma), when a lower-case word follows it and it looks like a
        /// source. Returns (-1, -1) when there is none.
        /// </summary>
        private (int First, int End) ClauseSubject(int conjunction)
        {
            var s = _sentence.FirstToken;
            if (W(s) is "but" or "and" or "so" or "still" or "yet")
            {
                s++;
            }

            for (var k = s; k < s + 5 && k < conjunction; k++)
            {
                if (_tokens[k].Kind == TokenKind.Comma)
                {
                    s = k + 1;
                    break;
                }
            }

            // The subject ends before the first lower-case word that reads as a finite verb: "-ed", an auxiliary, or
            // "-s" right after a name ("Ortiz visits").
            var end = -1;
            for (var k = s + 1; k < conjunction && k <= s + MaxPhrase; k++)
            {
                if (W(k) is not { } w || !_tokens[k].IsWord)
                {
                    return (-1, -1);
                }

                if (!_tokens[k].Capitalised && (w.EndsWith("ed", System.StringComparison.Ordinal) || w is "has" or "had" or "was" or "is" or "will" or "would" or "met" or "went" or "spoke" or "took" or "made" or "gave" or "held" or "led" or "won"
                    || (w.EndsWith("s", System.StringComparison.Ordinal) && _tokens[k - 1].Capitalised) || w[0] == '\''))
                {
                    end = k;
                    break;
                }

                if (CueLexicon.SubjectStops.Contains(w) && !JoinsNames(k))
                {
                    return (-1, -1);
                }
            }

            if (end < 0)
            {
                return (-1, -1);
            }

            return LooksLikeSource(s, end) || (end - s == 1 && W(s) is { } p && CueLexicon.Pronouns.Contains(p) && p is not ("it" or "who" or "which" or "that")) ? (s, end) : (-1, -1);
        }

        /// <summary>"“...,” he continued": a quotation closes right before the subject.</summary>
        private bool QuoteEndsBefore(int subject) => subject > _sentence.FirstToken && _tokens[subject - 1].Kind == TokenKind.QuoteClose;

        /// <summary>
        /// A cue word used as a noun: after a determiner, a quantity word or a number ("the report", "three states",
        /// "all the reports"); "states" also needs "that", a colon or a quotation after it ("the bill states that").
        /// </summary>
        private bool NounNotVerb(int t)
        {
            if (W(t) == "states" && !(W(t + 1) == "that" || (t + 1 < _sentence.EndToken && _tokens[t + 1].Kind is TokenKind.Colon or TokenKind.QuoteOpen)))
            {
                return true;
            }

            if (W(t) is { } plural && plural.EndsWith("s", System.StringComparison.Ordinal) && W(t + 1) is { } next && !_tokens[t + 1].Capitalised
                && CueLexicon.Verbs.TryGetValue(next, out var following) && following.Form == VerbForm.Finite && !next.EndsWith("s", System.StringComparison.Ordinal))
            {
                // "initial estimates put the cost at", "the reports show": the plural noun is the subject of the verb after it.
                return true;
            }

            return t > _sentence.FirstToken && W(t - 1) is { } before
                && (before is "the" or "a" or "an" or "all" or "each" or "every" or "several" or "many" or "multiple" or "more" or "most" or "other" or "two" or "three" or "four" or "five"
                    || char.IsDigit(before[0]) || IsPossessive(t - 1));
        }

        /// <summary>
        /// A possessive before a word makes it a noun ("its forecast", "his promises", "the agency's estimate"):
        /// "his", "its", "their", "our", "my", "your", or a name or noun with "'s" that is no contraction ("it's", "he's",
        /// "that's", "let's" say "it is", "he has", "let us"), or a plural's ("the teachers'"). "Her" is left out: it is as
        /// often an object ("told her").
        /// </summary>
        private bool IsPossessive(int k)
        {
            if (W(k) is not { } w)
            {
                return false;
            }

            if (w is "his" or "its" or "their" or "our" or "my" or "your")
            {
                return true;
            }

            return w.Length > 2 && SourceAliases.EndsWithPossessive(w)
                && w is not ("it's" or "he's" or "she's" or "that's" or "there's" or "here's" or "what's" or "who's" or "let's" or "where's" or "how's" or "one's");
        }

        /// <summary>
        /// The end of an "according to" source: the noun phrase, then on over "by", "of", "for", participles and
        /// names ("a count by the county clerk", "early results of exit polls conducted for the networks") to the clause's
        /// next comma, dash, bracket, quotation mark or end, at most <see cref="MaxPhrase"/> words more.
        /// </summary>
        private int AccordingToEnd(int npEnd)
        {
            var k = npEnd;
            while (k < _sentence.EndToken && k < npEnd + MaxPhrase && _tokens[k].IsWord && W(k) is not ("that" or "which" or "who" or "but" or "while" or "as" or "because")
                && !(W(k) == "and" && W(k + 1) is { } after && (CueLexicon.Pronouns.Contains(after) || CueLexicon.SubjectStops.Contains(after))))
            {
                k++;
            }

            return k < _sentence.EndToken && _tokens[k].IsWord ? npEnd : k;
        }
    }
}

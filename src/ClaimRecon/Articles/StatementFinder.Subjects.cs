using System.Linq;
using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>The phrases around a cue's verb: its subject (appositives are in StatementFinder.Appositives.cs) and the words between subject and verb (a time phrase after it is in StatementFinder.SaidTime.cs).</summary>
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

            if (first == k + 1 && first <= last && W(k) is "these" or "those")
            {
                // "those surveyed said", "These analysts say": the word that stopped the reading is the phrase's determiner.
                first = k;
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

                if (!_tokens[k].Capitalised && ((w == "fact" && W(k - 1) == "in") || (w == "past" && W(k - 1) == "the" && W(k - 2) == "in")
                    || (w == "time" && W(k - 1) == "the" && W(k - 2) == "at" && k - 3 >= _sentence.FirstToken && _tokens[k - 3].Capitalised)))
                {
                    // "Her aides have in fact said", "The board has in the past said", "Mayor Ortiz at the time said" (after
                    // a title, "the mayor at the time said", it dates the office): an adverb of two or three words.
                    k -= w == "fact" ? 2 : 3;
                    continue;
                }

                if (w is not null && (CueLexicon.TimeWords.Contains(w) || w is "day" || IsDayNumber(k)))
                {
                    var start = k;
                    while (start - 1 >= _sentence.FirstToken && (W(start - 1) is { } p && (CueLexicon.TimeWords.Contains(p) || p is "on" or "in" or "earlier" or "later" or "the" or "of" || IsAnaphoricTimeWord(p, start - 1)) || IsDayNumber(start - 1)))
                    {
                        start--;
                    }

                    if (W(start) is "on" or "in" or "last" or "this" or "earlier" or "later" or "late" or "early" or "yesterday" or "today")
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
        /// of capitalised words ("Mr. Reyes", "Gov. Ana Ruiz") with the descriptions set off after it ("Ana Ruiz, the
        /// county's treasurer,") or up to four words ending in a source noun ("The city's officials"), followed by a
        /// lower-case word (the clause's verb); past an opening "But", "And", "Still" or
        /// "Meanwhile", and past up to two opening phrases or subordinate clauses and their commas ("On Tuesday,", "While the
        /// board met,", "Later that day,"). Returns (-1, -1) when the sentence does not open that way.
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

            for (var opened = 0; opened < 2 && first < participle && W(first) is { } opener && OpensSentencePhrase(opener); opened++)
            {
                // "On Tuesday, Ortiz backed the plan, saying ...", "While the board met, Ortiz ...", "Later that day, she ...":
                // the subject follows the opening phrase or clause and its comma.
                var comma = first + 1;
                while (comma < participle - 2 && _tokens[comma].Kind != TokenKind.Comma)
                {
                    comma++;
                }

                first = comma + 1;
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

            if (OpensSubordinateClause(w0) || w0 == "there")
            {
                // "When Ortiz spoke she ...", "There is ...": no subject opens the sentence.
                return (-1, -1);
            }

            if (_tokens[first].Capitalised && !IsDeterminer(w0))
            {
                var end = first;
                while (end < participle && end - first < 6 && _tokens[end].IsWord && _tokens[end].Capitalised)
                {
                    end++;
                }

                if (!LooksLikeSource(first, end))
                {
                    return (-1, -1);
                }

                if (end < participle && _tokens[end].Kind == TokenKind.Comma)
                {
                    // "Lena Ortiz, president of the harbor board, closed the meeting, saying": the name keeps its
                    // descriptions up to the comma before its verb, as before a reporting verb.
                    for (var comma = participle - 2; comma > end; comma--)
                    {
                        if (_tokens[comma].Kind == TokenKind.Comma && VerbAfter(comma + 1) && DescribedName(comma) == first)
                        {
                            return (first, comma + 1);
                        }
                    }
                }

                return VerbAfter(end) ? (first, end) : (-1, -1);
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

        /// <summary>
        /// A word opening a phrase or clause set off before the sentence's subject: a preposition, a word opening a
        /// subordinate clause, or a word of time or place ("On Tuesday,", "While the board met,", "Last week,", "Later that
        /// day,", "Here in Dover,").
        /// </summary>
        private static bool OpensSentencePhrase(string w) =>
            OpensSubordinateClause(w) || IsPreposition(w) || CueLexicon.TimeWords.Contains(w) || w is "during" or "despite" or "amid" or "earlier" or "later" or "here";

        /// <summary>A word that opens a subordinate clause, never a subject ("When he returned, ...", "Although the board ...").</summary>
        private static bool OpensSubordinateClause(string w) =>
            w is "when" or "while" or "although" or "though" or "if" or "as" or "because" or "since" or "after" or "before" or "once" or "until" or "unless" or "whether";

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
    }
}

using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>Cues that are labels, not verbs: a headline "Officials: ...", a transcript's speaker line and a dash before the speaker after a quotation.</summary>
    internal sealed partial class StatementFinder
    {
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
            if (sourceEnd <= first || sourceEnd - first > 6 || !LooksLikeSource(first, sourceEnd) || colon + 1 >= _sentence.EndToken || NamesAnEvent(first, sourceEnd))
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

        /// <summary>Words that open the name of an event or a storm, not of a speaker ("Storm Ilsa", "Hurricane Maria", "Operation Dawn").</summary>
        private static readonly HashSet<string> EventNames = new(System.StringComparer.Ordinal)
        {
            "storm", "hurricane", "typhoon", "cyclone", "tornado", "wildfire", "flood", "floods", "earthquake", "quake", "operation", "election", "budget", "war",
        };

        /// <summary>
        /// Whether a headline's label before its colon names an event, not a speaker: an event word alone ("Floods: 12
        /// dead") or before a name or a number ("Storm Ilsa: death toll rises to 11", "Election 2026: turnout at 61%").
        /// "Fire chief: ..." still names a speaker, and so does a body named after an event ("Election Commission: ...",
        /// "Budget Office: ...", "Flood Board: ...").
        /// </summary>
        private bool NamesAnEvent(int first, int end) =>
            W(first) is { } w && EventNames.Contains(w)
            && (end - first == 1 || (end - first == 2 && (_tokens[first + 1].Capitalised || char.IsDigit(_text[_tokens[first + 1].Start]))
                && !(W(first + 1) is { } body && (CueLexicon.SourceNouns.Contains(body) || body is "board" or "cabinet" or "panel"))));

        /// <summary>
        /// A transcript line "SPEAKER: words": one to three upper-case words opening a paragraph before a colon. A
        /// quotation mark may open the paragraph first, as when a transcript is quoted one paragraph at a time
        /// (each paragraph opens with a quotation mark, the last one closes).
        /// </summary>
        private Found? Transcript(int colon)
        {
            var first = _sentence.FirstToken;
            if (first < colon && _tokens[first].Kind == TokenKind.QuoteOpen && IsParagraphStart(first))
            {
                first++;
            }

            if (colon + 1 < _sentence.EndToken && SignedColon(colon) is var signed && signed >= 0)
            {
                var named = new Found(CueKind.Headline, colon, colon + 1, Stance.Asserts, "source.transcript.named") { SourceFirst = signed, SourceEnd = colon };
                SetContent(named, _tokens[colon + 1].Start, _sentence.End, runsOn: false);
                return named;
            }

            if (colon == first || colon - first > 3 || colon + 1 >= _sentence.EndToken || !(IsParagraphStart(first) || first > _sentence.FirstToken))
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
    }
}

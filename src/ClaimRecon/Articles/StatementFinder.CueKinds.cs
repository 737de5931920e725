using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>The cue kinds before and around a clause: preposed ("according to X"), passive and participle cues; the finite verb is in <c>StatementFinder.Finite.cs</c>, the labels in <c>StatementFinder.Labels.cs</c>.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>"according to X", "citing X", "data from X": the source follows the cue; the content is the rest of the sentence.</summary>
        private Found? Preposed(int t, CueKind kind, string rule, bool requireSourceLike, int cueLength = 2)
        {
            var npFirst = t + cueLength;
            var npEnd = PhraseRight(npFirst, allowLowerStart: true);
            if (npEnd <= npFirst || (requireSourceLike && !LooksLikeSource(npFirst, npEnd)))
            {
                return null;
            }

            if (kind == CueKind.AccordingTo && !requireSourceLike)
            {
                npEnd = AccordingToEnd(npEnd);
            }

            var f = new Found(kind, t, t + cueLength, Stance.Asserts, rule) { SourceFirst = npFirst, SourceEnd = npEnd };
            var before = t - 1;
            while (before >= _sentence.FirstToken && _tokens[before].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                before--;
            }

            if (kind == CueKind.AccordingTo && npEnd - npFirst > 2 && _tokens[npEnd - 1].Kind == TokenKind.ParenClose && _tokens[npFirst].Kind != TokenKind.ParenOpen)
            {
                // "according to exit polls (a small sample)": the aside in brackets is about the source, not part of its name.
                var open = npEnd - 1;
                while (open > npFirst && _tokens[open].Kind != TokenKind.ParenOpen)
                {
                    open--;
                }

                if (open > npFirst && npEnd - open > 3)
                {
                    // "(AROS)": a bracketed acronym of one word stays; it is part of the name.
                    f.SourceEnd = npEnd = open;
                }
            }

            if (before < _sentence.FirstToken || (kind == CueKind.AccordingTo && LeadsIntoClause(before, npEnd)))
            {
                SetContent(f, NextContentStart(npEnd), _sentence.End, runsOn: true);
            }
            else
            {
                SetContent(f, _sentence.Start, _tokens[before].End, runsOn: false);
                if (kind == CueKind.AccordingTo && !requireSourceLike && TrailingAppositiveEnd(npEnd) is var appositiveEnd && appositiveEnd > npEnd)
                {
                    // "..., according to Dana Reyes, an analyst at the bank.": the appositive ending the sentence describes the source.
                    f.SourceEnd = appositiveEnd;
                }
            }

            return f;
        }

        /// <summary>
        /// After a trailing "according to X" (the statement before it): an appositive set off by a comma that runs to the
        /// sentence's end ("according to Dana Reyes, an analyst at the bank.", "according to the Harbor Trust, which tracks
        /// sailings.") is part of the source; its end token, or -1. It opens with a determiner, "who" or "which", a title or a
        /// rank word, and holds no reporting verb.
        /// </summary>
        private int TrailingAppositiveEnd(int npEnd)
        {
            if (npEnd + 1 >= _sentence.EndToken || _tokens[npEnd].Kind != TokenKind.Comma || W(npEnd + 1) is not { } lead
                || !(lead is "a" or "an" or "the" or "one" or "who" or "which" || CueLexicon.Titles.Contains(lead) || IsRankWord(lead)))
            {
                return -1;
            }

            var end = AppositiveRight(npEnd + 1);
            return end > npEnd + 1 && (end >= _sentence.EndToken || _tokens[end].Kind == TokenKind.Stop) ? end : -1;
        }

        /// <summary>
        /// Whether "according to X," is set inside its sentence with the statement after it: what comes before is a
        /// connective of at most three words ("But", "In addition") or a clause opened by a subordinator ("While most were
        /// ..."), and a comma after the source leads into more words.
        /// </summary>
        private bool LeadsIntoClause(int before, int npEnd)
        {
            if (npEnd + 1 >= _sentence.EndToken || _tokens[npEnd].Kind != TokenKind.Comma || IsClauseEnd(npEnd + 1))
            {
                return false;
            }

            var words = 0;
            for (var k = _sentence.FirstToken; k <= before; k++)
            {
                if (_tokens[k].IsWord)
                {
                    words++;
                }
            }

            return words <= 3 || W(_sentence.FirstToken) is "while" or "although" or "though" or "because" or "since" or "if" or "when" or "after" or "as";
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

        /// <summary>"..., adding that", "..., stressing that": the subject is the clause's; "officials citing X": the phrase before it.</summary>
        private Found? Participle(int t, VerbEntry verb, List<Found> earlier)
        {
            var pointingOut = W(t) == "pointing" && W(t + 1) == "out" && W(t + 2) != "of";
            if (CueLexicon.OnlyWithPreposition.Contains(W(t)!) && !pointingOut)
            {
                // "..., referring to Y", "..., pointing to his ears": an aside about what was said, not a second statement
                // ("..., pointing out that ..." is one).
                return null;
            }

            var cueEnd = pointingOut ? t + 2 : t + 1;
            if (IssuedMessageVerb(t) is var issued && issued >= 0)
            {
                // "The board issued a statement saying ...", "... issued a statement Thursday, saying": issuing the message
                // is the saying; the cue runs from the verb that issued it, whose subject is the source.
                var said = Finite(issued, new VerbEntry(verb.Stance, VerbForm.Finite, true, false), cueEndAt: cueEnd);
                if (said is not null)
                {
                    // "The campaign posted a video saying ...": a cue read at the issuing verb is this one.
                    RemoveCuesWithin(earlier, said.CueFirst, t);
                }

                return said;
            }

            var f = new Found(CueKind.ReportingVerb, t, cueEnd, verb.Stance, "source.participle.clause-subject");
            var means = t > _sentence.FirstToken && _tokens[t - 1].Kind != TokenKind.Comma && IsMeansPreposition(t - 1);
            if (means && earlier.Count > 0)
            {
                // "She responded by saying ...": the cue before already reports this saying.
                return null;
            }

            if (t > _sentence.FirstToken && (_tokens[t - 1].Kind == TokenKind.Comma || means))
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

                if (f.SubjectOf is null && earlier.Count > 0)
                {
                    f.SubjectOf = earlier[earlier.Count - 1];
                }
                else if (f.SubjectOf is null)
                {
                    // "Mr. Reyes changed his plans in May, saying ...": with no cue before it, the participle says what the
                    // sentence's own subject said, when that subject is a short phrase that looks like a source.
                    var (subjectFirst, subjectEnd) = SentenceSubject(t);
                    if (subjectFirst < 0)
                    {
                        return null;
                    }

                    f.SourceFirst = subjectFirst;
                    f.SourceEnd = subjectEnd;
                    f.Rule = "source.participle.sentence-subject";
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

            var next = cueEnd;
            if (verb.TakesRecipient)
            {
                next = System.Math.Max(next, PhraseRight(next, allowLowerStart: true));
            }

            // "announcing on the same day that ...": a time phrase after the participle dates the statement.
            next = SkipTimeRight(next, f);
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

        /// <summary>
        /// "by", "after", "before" or "upon" right before a participle of saying, after a word of its clause ("drew a contrast
        /// by saying", "changed course after telling"): the saying is done by the clause's subject, as after a comma.
        /// </summary>
        private bool IsMeansPreposition(int k) =>
            k > _sentence.FirstToken && W(k) is "by" or "after" or "before" or "upon" && _tokens[k - 1].IsWord;

        /// <summary>
        /// The verb that issued a message right before the participle at <paramref name="participle"/>: "issued a statement
        /// saying", "put out a brief statement late Tuesday saying", "sent an email to donors urging", "released a joint
        /// statement confirming", "issued a statement on Friday, saying". Reading leftwards past a comma right before the
        /// participle: up to four words between the message and the participle (a time, a
        /// hearer after "to"), the message noun, up to three words describing it, a determiner, then "issued",
        /// "released", "sent", "posted", "published", "emailed", "circulated", "put out" or "sent out" (or their present
        /// forms). Returns the verb's first token, or -1.
        /// </summary>
        private int IssuedMessageVerb(int participle)
        {
            var k = participle - 1 > _sentence.FirstToken && _tokens[participle - 1].Kind == TokenKind.Comma ? participle - 2 : participle - 1;
            var between = 0;
            while (k >= _sentence.FirstToken && between <= 4 && W(k) is { } w && !IsMessageNoun(w))
            {
                if (!_tokens[k].IsWord || (CueLexicon.SubjectStops.Contains(w) && w is not ("to" or "this")) || (!_tokens[k].Capitalised && CueLexicon.Verbs.ContainsKey(w)))
                {
                    return -1;
                }

                k--;
                between++;
            }

            if (k < _sentence.FirstToken || W(k) is not { } noun || !IsMessageNoun(noun))
            {
                return -1;
            }

            var d = k - 1;
            while (d >= _sentence.FirstToken && d > k - 4 && W(d) is { } m && !IsDeterminer(m) && !CueLexicon.SubjectStops.Contains(m) && !CueLexicon.Verbs.ContainsKey(m))
            {
                d--;
            }

            if (W(d) is not ("a" or "an" or "the" or "its" or "his" or "her" or "their" or "our") || W(d - 1) is not { } v)
            {
                return -1;
            }

            if (v == "out" && W(d - 2) is "put" or "puts" or "sent" or "sends")
            {
                return d - 2;
            }

            return v is "issued" or "issues" or "released" or "releases" or "sent" or "sends" or "posted" or "posts" or "published" or "publishes"
                or "emailed" or "circulated" or "circulates" ? d - 1 : -1;
        }

        private static bool IsMessageNoun(string w) =>
            w is "statement" or "release" or "email" or "e-mail" or "message" or "letter" or "memo" or "note" or "tweet" or "post" or "video" or "ad"
                or "advertisement" or "notice" or "announcement" or "report" or "filing" or "bulletin" or "op-ed" or "editorial";

        /// <summary>A lower-case rank word that may open a name or its appositive ("former", "senior", "acting").</summary>
        private static bool IsRankWord(string w) =>
            w is "former" or "retired" or "longtime" or "outgoing" or "incoming" or "acting" or "deputy" or "senior" or "veteran" or "interim" or "fellow";

        private bool IsParagraphStart(int token) =>
            token == 0 || _text.LastIndexOf('\n', _tokens[token].Start, System.Math.Min(_tokens[token].Start + 1, _tokens[token].Start - _tokens[token - 1].End + 1)) >= 0;
    }
}

using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>The finite-verb cue ("X said", "said X", "X told Y that", a quotation with its speaker after it) and where a verb cue starts.</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// "X said", "said X", "X told Y that", "“...,” X said", with the content before or after the cue. With
        /// <paramref name="auxFirst"/> at or above 0 the verb is a progressive ("is saying", "was telling"): the cue runs from
        /// that auxiliary, and <paramref name="finiteForm"/> is the finite form the verb's entry was read from. With
        /// <paramref name="cueEndAt"/> above <paramref name="t"/> the cue runs to that token ("issued a statement saying").
        /// </summary>
        private Found? Finite(int t, VerbEntry verb, int auxFirst = -1, string? finiteForm = null, int cueEndAt = -1)
        {
            var lead = auxFirst >= 0 ? auxFirst : t;
            if (NounNotVerb(t))
            {
                return null;
            }

            var cueEnd = t + 1;
            var calledEnd = -1;
            if (cueEndAt > t)
            {
                cueEnd = cueEndAt;
            }
            else if (W(t) is "put" or "puts" && W(t + 1) is "the" or "its" or "their")
            {
                // "put the number at": an estimate; the cue is the whole phrase up to "at".
                var at = t + 2;
                while (at < _sentence.EndToken && at < t + 10 && W(at) != "at")
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
            else if (GivenFigureEnd(t) is var given && given > 0)
            {
                // "gave a figure of": the cue runs to "of", and the figure after it is what was said.
                cueEnd = given;
            }
            else if ((W(t) == "pointed" && W(t + 1) == "out") || PointsOut(t) || (TakesPreposition(t) && !NounBeforePreposition(t)))
            {
                // "pointed out", "called for", "referred to", "railed against": the preposition belongs to the cue.
                cueEnd = t + 2;
            }
            else if (W(t) is "called" or "calls" && (calledEnd = CalledWrongEnd(t)) > t)
            {
                // "the office called that estimate exaggerated": a denial by the verb's subject of what it names.
                verb = new VerbEntry(Stance.Denies, VerbForm.Finite, true, false);
            }
            else if (W(t) is "called" or "calls" || CueLexicon.OnlyWithPreposition.Contains(W(t)!))
            {
                // "called" alone names ("a group called X") more often than it says; "the talks", "refer a friend" say nothing.
                return null;
            }

            if (!verb.Strong && ((W(cueEnd) == "to" && !CueLexicon.IntentionVerbs.Contains(finiteForm ?? W(t)!)) || W(cueEnd) == "out"
                || (W(cueEnd) == "as" && W(cueEnd + 1) is not ("many" or "much" or "few" or "little" or "high" or "low" or "large" or "small" or "long"))))
            {
                // "as" right after a weak verb: its object stands before it ("a figure the board described as preliminary"),
                // unless a hedge opens what was said ("polls show as many as 30 percent"); "blasted out a robocall" sends.
                return null;
            }

            if (cueEnd < _sentence.EndToken && _tokens[cueEnd].Kind == TokenKind.Colon)
            {
                // "said:" — the colon belongs to the cue.
                cueEnd++;
            }

            // "has said", "also said", "would later say", "never denied": auxiliaries and adverbs right before the verb belong to the cue.
            var f = new Found(CueKind.ReportingVerb, CueStart(lead), cueEnd, verb.Stance, "source.verb.subject-before");
            if (auxFirst < 0 && (W(t - 1) is "been" or "being" || (W(t - 1) is "is" or "are" or "was" or "were" && W(cueEnd) != "that")))
            {
                return null;
            }

            var subjectEnd = SkipModifiersLeft(lead - 1, f);
            var subjectFirst = subjectEnd >= 0 ? SubjectLeft(subjectEnd) : -1;
            var relativeAt = LongSubject(subjectEnd, ref subjectFirst); // "Riders who attended the hearing said"
            if (subjectFirst < 0 && subjectEnd > _sentence.FirstToken && _tokens[subjectEnd].Kind == TokenKind.Comma && Appositive(subjectEnd) is var name && name >= 0)
            {
                // "Dana Reyes, the council's treasurer, said": the name with its appositive, trailing comma included.
                subjectFirst = name;
                f.Rule = "source.verb.subject-before.appositive";
            }

            if (subjectFirst < 0 && subjectEnd > _sentence.FirstToken && _tokens[subjectEnd].Kind == TokenKind.Comma && DocumentBeforeAside(subjectEnd) is var (asideFirst, asideEnd) && asideFirst >= 0)
            {
                // "The survey, conducted for a farm group, found": the document before a participle or relative clause set off by commas.
                subjectFirst = asideFirst;
                subjectEnd = asideEnd - 1;
            }

            if (subjectFirst < 0 && subjectEnd > _sentence.FirstToken && _tokens[subjectEnd].Kind == TokenKind.Comma && DescribedName(subjectEnd) is var describedName && describedName >= 0)
            {
                // "Lee Park, 70, of Dover, said", "Lee Park, now 81 and retired, said": the name with every description.
                subjectFirst = describedName;
                f.Rule = "source.verb.subject-before.appositive";
            }

            if (subjectFirst < 0 && subjectEnd > _sentence.FirstToken && _tokens[subjectEnd].Kind == TokenKind.Comma && SubjectBeforeAside(subjectEnd) is var (asideSubjectFirst, asideSubjectEnd) && asideSubjectFirst >= 0)
            {
                // "Lee Park, citing county figures, said": the subject before an aside about how or where it was said.
                subjectFirst = asideSubjectFirst;
                subjectEnd = asideSubjectEnd - 1;
                f.Rule = "source.verb.subject-before.aside";
            }

            if (subjectFirst < 0 && W(subjectEnd) is "and" or "but" && ClauseSubject(subjectEnd) is var (clauseFirst, clauseEnd) && clauseFirst >= 0)
            {
                // "The mayor toured the site and said ...": the verb shares the clause's subject.
                subjectFirst = clauseFirst;
                subjectEnd = clauseEnd - 1;
                f.Rule = "source.verb.conjoined";
            }

            if (subjectFirst >= 0 && f.Rule == "source.verb.subject-before" && DocumentBy(subjectFirst) is var document && document >= 0)
            {
                // "A 2009 report by the budget office found": the document is the source, with its author.
                subjectFirst = document;
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
                else if (IsShare(subjectFirst, subjectEnd))
                {
                    // "26 percent of voters said ...": a poll's finding, not a speaker.
                    return null;
                }
                else if (!verb.Strong && (!(LooksLikeSource(f.SourceFirst, relativeAt >= 0 ? relativeAt : f.SourceEnd) || NamesDocument(f.SourceFirst, f.SourceEnd) || AuthoredBySource(f.SourceFirst, f.SourceEnd) || ClauseSubjectBeforeThat(subjectFirst, subjectEnd, cueEnd))
                    || (subjectFirst == subjectEnd && CueLexicon.Pronouns.Contains(W(subjectFirst)!) && !IntroducesContent(cueEnd) && !QuoteEndsBefore(subjectFirst)
                        && !SpeechActAfterPronoun(subjectFirst, finiteForm ?? W(t)!, cueEnd))))
                {
                    // A weak verb ("shows", "found") with a bare pronoun ("you show him") needs "that", a colon or a quotation
                    // after it, unless it names an act of saying ("she vowed to", "he cited").
                    return null;
                }

                if (f.SaidTimeFirst == subjectEnd + 1 && HeadIsDocument(subjectFirst, subjectEnd + 1))
                {
                    // "A county poll last week found": the time dates the poll and belongs to its name.
                    f.SourceEnd = f.SaidTimeEnd;
                }
            }
            else if (auxFirst >= 0)
            {
                // A progressive has its subject before it.
                return null;
            }
            else
            {
                // Inversion: "“...,” said X" or ", said X."
                // "said former Gov. Ana Ruiz": a lower-case rank word may open an inverted speaker's name.
                var npEnd = PhraseRight(cueEnd, allowLowerStart: W(cueEnd) is { } rank && IsRankWord(rank));
                if (npEnd <= cueEnd || !(verb.Strong || LooksLikeSource(cueEnd, npEnd)) || !AfterQuoteOrComma(lead) || W(cueEnd) == "that")
                {
                    return null;
                }

                if (npEnd == cueEnd + 1 && W(cueEnd) is "it" or "he" or "she" or "they" or "we" or "i" or "you" && !IsClauseEnd(npEnd))
                {
                    // "..., said it employs 1,500": a pronoun with a verb after it opens what was said; it is not an inverted speaker.
                    return null;
                }

                if (verb.TakesRecipient || HasOwnVerb(npEnd))
                {
                    // "Dana Reyes, who chairs the board, told the Courier ...": the phrase after "told" is whom it was told;
                    // "..., said the plan would cost 1,500": a phrase with its own verb after it opens what was said. Neither
                    // is a speaker written after the verb: the speaker is the sentence's subject, with all that describes it.
                    var (subjectAt, subjectEndAt) = DescribedSubjectBefore(lead - 1, needsSourceNoun: !verb.Strong);
                    if (subjectAt < 0)
                    {
                        return null;
                    }

                    f.SourceFirst = subjectAt;
                    f.SourceEnd = subjectEndAt;
                    f.Rule = "source.verb.subject-before.described";
                }
                else
                {
                    var described = verb.Strong && !verb.TakesRecipient && W(cueEnd) is "a" or "an" or "one" or "another";
                    if (described)
                    {
                        // "said a longtime aide to the mayor who backs the plan": a description, not a name, runs to its comma.
                        npEnd = DescriptionRight(cueEnd, npEnd);
                    }
                    else
                    {
                        for (var k = cueEnd + 1; k < npEnd; k++)
                        {
                            if ((W(k) is "in" or "during" or "on" or "via" && W(k + 1) is "a" or "an" && CircumstanceRunsToClauseEnd(k))
                                || (W(k) == "at" && W(k + 1) == "the" && W(k + 2) == "time" && (_tokens[k - 1].Capitalised || _tokens[k - 1].Kind == TokenKind.ParenClose)))
                            {
                                // "said Mayor Lena Ortiz in a telephone interview.", "said Mayor Lena Ortiz at the time": how or
                                // when it was said is no part of the name (an appositive after a comma may hold such words of
                                // its own, and is left whole); after a title "at the time" dates the office ("said the
                                // mayor at the time").
                                npEnd = k;
                                break;
                            }
                        }
                    }

                    if (npEnd + 1 < _sentence.EndToken && _tokens[npEnd].Kind == TokenKind.Comma && !(described && W(npEnd + 1) is "who" or "which")
                        && AppositiveRight(npEnd + 1) is var appositiveEnd && appositiveEnd > npEnd + 1)
                    {
                        // "said Dana Reyes, the council's treasurer.", "said Lee Ortiz, who teaches law at the college.", "said Ana Ruiz, 20, of Springfield."
                        npEnd = appositiveEnd;
                    }

                    f.SourceFirst = cueEnd;
                    f.SourceEnd = npEnd;
                    f.Rule = "source.verb.subject-after";
                }
            }

            var groupFirst = System.Math.Min(f.SourceFirst, lead);
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

            var afterVerb = groupEnd;
            groupEnd = SkipTimeRight(groupEnd, f);
            if (afterVerb == f.CueEnd && groupEnd > afterVerb && W(afterVerb) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                // "said Tuesday": a bare weekday right after the verb is written as part of the cue.
                f.CueEnd = groupEnd;
            }

            if (W(groupEnd) == "in" && (W(groupEnd + 1) == "a" || W(groupEnd + 1) == "its" || W(groupEnd + 1) == "their") && (W(groupEnd + 2) == "statement" || W(groupEnd + 3) == "statement"))
            {
                // "said in a statement": the words come from a document; the cue stays the verb.
                f.Kind = CueKind.Statement;
                groupEnd += W(groupEnd + 2) == "statement" ? 3 : 4;
                groupEnd = SkipTimeRight(groupEnd, f);
            }

            if (groupFirst == _sentence.FirstToken && QuoteEndingPreviousSentence(groupFirst) is { } previous && NothingSaidAfter(groupEnd))
            {
                // "“Why would anyone pay that?” Reyes said." The quotation's own stop ends the sentence before the
                // speaker's; a cue with nothing said after it takes that quotation.
                f.Kind = CueKind.QuoteSpeakerAfter;
                f.Rule = f.Rule == "source.verb.subject-after" ? "source.quote.speaker-after.inverted" : "source.quote.speaker-after";
                SetContent(f, previous.Start, previous.End, runsOn: false);
                return f;
            }

            if (QuoteEndingBefore(groupFirst) is { } before && !(QuoteInsidePhrase(before) && SaysAfter(groupEnd)))
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
            else if (CircumstanceBeforeThat(next) is var that && that > next)
            {
                // "said in an interview on Friday that ...": what was said starts after "that".
                next = that + 1;
            }

            if (next < _sentence.EndToken && (_tokens[next].Kind is TokenKind.Colon || (_tokens[next].Kind == TokenKind.Comma && _quoteByOpen.ContainsKey(next + 1))))
            {
                // "said:" or "continued, “...”": the quotation after the mark is what was said.
                next++;
            }

            if (next < _sentence.EndToken && _quoteByOpen.TryGetValue(next, out var after))
            {
                SetContent(f, after.Start, after.End, runsOn: false);
                return f;
            }

            var continuation = ContinuationAfter(groupEnd);
            if (f.Rule == "source.verb.subject-before" && verb.Stance == Stance.Denies && RelativeAfterFigure(groupFirst) is var (relativeFirst, relativeEnd) && relativeFirst >= 0
                && (IsClauseEnd(groupEnd) || W(groupEnd) == "as" || continuation != Continuation.None))
            {
                // "..., a number which the union rejected.", "..., which the union denied.": the denial is about the figure
                // before it, which stays its own speaker's; the words kept are the relative's (a figureless denial then points back).
                SetContent(f, _tokens[relativeFirst].Start, _tokens[relativeEnd - 1].End, runsOn: false);
                f.Rule = "source.verb.relative-denial";
                return f;
            }

            if ((IsClauseEnd(groupEnd) || CircumstanceRunsToClauseEnd(groupEnd) || continuation != Continuation.None) && groupFirst > _sentence.FirstToken && _tokens[groupFirst - 1].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                // "..., he said in an interview on Saturday.": where or how it was said ends the clause; the content is still before.
                // "More than 5,000 ..., a senior security source told Kurdistan24."
                if (f.Rule != "source.verb.subject-after" && FigureNounBeforeSubject(f.SourceFirst, f.SourceEnd) is var subject && subject > f.SourceFirst)
                {
                    // "The union put losses at £9 million, a figure the board denied.": the board's words are about "a figure",
                    // the figure before it, which stays its own speaker's (a figureless denial then points back at it).
                    SetContent(f, _tokens[f.SourceFirst].Start, _tokens[f.SourceFirst + 1].End, runsOn: false);
                    f.SourceFirst = subject;
                    f.Rule = "source.verb.figure-appositive";
                    return f;
                }

                f.Rule = f.Rule == "source.verb.subject-after" ? "source.verb.subject-after.trailing" : "source.verb.trailing";
                // "..., the union said, out of a staff of 900.": a phrase that qualifies the figure is still what was said;
                // "..., the union said, closing most schools.": a participle after the speaker is the writer's narration.
                SetContent(f, _sentence.Start, continuation == Continuation.Qualifier ? _sentence.End : _tokens[groupFirst - 1].Start, runsOn: false);
                return f;
            }

            if (next >= _sentence.EndToken && _tokens[next - 1].Kind == TokenKind.Colon && ParagraphAfterColon() is var (start, end) && end > start)
            {
                // "The senator continued:" ending its paragraph: what was said opens the next one.
                SetContent(f, start, end, runsOn: false);
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

            if (calledEnd > next)
            {
                // "called the figure false and said ...": what is called wrong ends with the denial word's clause.
                SetContent(f, _tokens[next].Start, _tokens[calledEnd - 1].End, runsOn: false);
                return f;
            }

            SetContent(f, _tokens[next].Start, _sentence.End, runsOn: true);
            return f;
        }

        /// <summary>
        /// Where the subject starts in "a figure the council", "an estimate the ministry", "a claim officials" (an appositive
        /// noun for a figure or a statement, then the subject of the verb after it); -1 for any other phrase. With "that" or
        /// "which" after the noun the clause is read as a relative one and does not come here.
        /// </summary>
        private int FigureNounBeforeSubject(int first, int end)
        {
            if (end - first < 3 || W(first) is not ("a" or "an") || W(first + 1) is not ("figure" or "estimate" or "number" or "total" or "count" or "tally"
                or "claim" or "charge" or "forecast" or "projection" or "account" or "assessment" or "characterisation" or "characterization"))
            {
                return -1;
            }

            var subject = first + 2;
            return subject < end && W(subject) is { } w && (_tokens[subject].Capitalised || w is "the" or "his" or "her" or "its" or "their" || CueLexicon.Pronouns.Contains(w)) ? subject : -1;
        }

        /// <summary>
        /// The first token of a verb cue at <paramref name="t"/>: the verb with the auxiliaries and adverbs written right
        /// before it (<see cref="CueLexicon.CueModifiers"/>: "has said", "also said", "would later say", "never denied";
        /// and -ly adverbs: "generally agree", "quickly denied").
        /// </summary>
        private int CueStart(int t)
        {
            var first = t;
            while (first - 1 >= _sentence.FirstToken && first > t - 4 && W(first - 1) is { } w && !_tokens[first - 1].Capitalised && (CueLexicon.CueModifiers.Contains(w) || IsMannerAdverb(first - 1)))
            {
                first--;
            }

            return first;
        }
    }
}

using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Finds the attributions of one sentence from its cue words (the rules are listed on <see cref="ArticleReader"/>).
    /// Reads a bounded window around each cue, so the work is linear in the sentence.
    /// </summary>
    internal sealed partial class StatementFinder
    {
        private const int MaxPhrase = 14;
        private readonly ArticleText _article;
        private readonly string _text;
        private readonly List<Token> _tokens;
        private readonly Dictionary<int, Quote> _quoteByClose;
        private readonly Dictionary<int, Quote> _quoteByOpen;
        private readonly List<Found> _sentenceFound = new();
        private Sentence _sentence;

        public StatementFinder(ArticleText article)
        {
            _article = article;
            _text = article.Text;
            _tokens = article.Tokens;
            _quoteByOpen = new Dictionary<int, Quote>(article.Quotes.Count);
            _quoteByClose = new Dictionary<int, Quote>(article.Quotes.Count);
            foreach (var quote in article.Quotes)
            {
                _quoteByOpen[quote.OpenToken] = quote;
                if (quote.CloseToken >= 0)
                {
                    _quoteByClose[quote.CloseToken] = quote;
                }
            }
        }

        /// <summary>The attributions of one sentence, in one list reused for every sentence: read it before the next call.</summary>
        public List<Found> Find(Sentence sentence, int index)
        {
            _sentence = sentence;
            var found = _sentenceFound;
            found.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                // Every word that opens a cue is a known word flagged as one: any other word is passed over without being read.
                var kind = _tokens[t].Kind;
                if (kind != TokenKind.Word)
                {
                    if (kind == TokenKind.Colon && sentence.Paragraph == 0 && found.Count == 0)
                    {
                        Add(found, Headline(t), index);
                    }
                    else if (kind == TokenKind.Colon && found.Count == 0)
                    {
                        Add(found, Transcript(t), index);
                    }
                    else if (kind == TokenKind.Dash && t > sentence.FirstToken && _tokens[t - 1].Kind == TokenKind.QuoteClose)
                    {
                        Add(found, DashSpeaker(t), index);
                    }

                    continue;
                }

                if (!_article.HasFlag(t, KnownWords.CueOpener))
                {
                    // "the", "of", "officials", "Lenner": a word that opens no cue below is passed over without the checks.
                    continue;
                }

                var w = _article.KnownWord(t)!;
                Found? f = null;
                if (w == "in")
                {
                    f = InPoll(t);
                }
                else if ((w == "according" && W(t + 1) == "to") || (w == "based" && W(t + 1) == "on"))
                {
                    f = Preposed(t, CueKind.AccordingTo, w == "according" ? "source.according-to" : "source.based-on", requireSourceLike: w == "based");
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
                else if (W(t - 1) == "as" && W(t + 1) == "by" && !_tokens[t].Capitalised && w.EndsWith("ed", System.StringComparison.Ordinal) && CueLexicon.Verbs.TryGetValue(w, out var asVerb))
                {
                    f = AsReportedBy(t, asVerb);
                }
                else if (PollGivesStanding(t))
                {
                    // "The county poll has Ortiz leading by 6 points": read as "the poll shows Ortiz leading".
                    f = Finite(t, CueLexicon.Verbs["shows"]);
                }
                else if (IsProgressive(t, out var verbAt, out var progressive, out var finiteForm))
                {
                    // "is saying", "was telling reporters that": the auxiliary opens the cue; the subject stands before it.
                    f = Finite(verbAt, progressive, auxFirst: t, finiteForm: finiteForm);
                }
                else if (IsPassive(t, out var passiveEnd))
                {
                    f = Passive(t, passiveEnd);
                }
                else if (GivenFigureEnd(t) is var given && given > 0 && !_tokens[t].Capitalised)
                {
                    // "The police gave a figure of 18,000": a figure given is a figure said (an estimate when it is called one).
                    f = Finite(t, new VerbEntry(W(given - 2) is "estimate" ? Stance.Estimates : Stance.Asserts, VerbForm.Finite, true, false));
                }
                else if (CueLexicon.Verbs.TryGetValue(w, out var verb) && (!_tokens[t].Capitalised || t == sentence.FirstToken))
                {
                    f = verb.Form == VerbForm.Participle ? Participle(t, verb, found) : Finite(t, verb);
                }

                if (f is not null && InsideQuotation(t))
                {
                    // "“I have always said so,” she said": a speaker's own words are not a new attribution; a figure in
                    // them is the quotation's, read from the cue outside it.
                    f = null;
                }

                if (f is not null)
                {
                    // "Data from X show ...": the verb's subject swallows an earlier cue; the verb is the attribution.
                    if (f.HasSource && f.SourceFirst < f.CueFirst)
                    {
                        // An aside between subject and verb ("Lee Park, citing county figures, said") is this cue's circumstance, not a statement of its own.
                        RemoveCuesWithin(found, f.SourceFirst, f.Rule == "source.verb.subject-before.aside" ? f.CueFirst : f.SourceEnd);
                    }

                    Add(found, f, index);
                    t = System.Math.Max(t, f.CueEnd - 1);
                }
            }

            CutRunOnContents(found);
            return found;
        }

        /// <summary>
        /// Removes the attributions whose cue starts in tokens <paramref name="first"/> to <paramref name="end"/> (end
        /// excluded), keeping the order of the rest. A loop, not a lambda: a lambda capturing the loop's attribution made
        /// <see cref="Find"/> allocate a closure for every token it passed over.
        /// </summary>
        private static void RemoveCuesWithin(List<Found> found, int first, int end)
        {
            var kept = 0;
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].CueFirst < first || found[i].CueFirst >= end)
                {
                    found[kept++] = found[i];
                }
            }

            found.RemoveRange(kept, found.Count - kept);
        }

        /// <summary>Whether token <paramref name="t"/> lies inside a quotation (one left open runs to its paragraph's end).</summary>
        private bool InsideQuotation(int t) => _article.QuoteAt(_tokens[t].Start) is not null;

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

        /// <summary>
        /// A content that runs to the sentence's end stops where a later cue of the same sentence starts its own clause: one
        /// with its own subject, a passive, a relative, or one opened by "while", "whereas", "but" or "though" ("police said
        /// 300 came, while organisers said 900": the organisers' figure is theirs, not something the police said).
        /// </summary>
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
                    var clauseToken = next.HasSource && next.SourceFirst < next.CueFirst ? next.SourceFirst : next.CueFirst;
                    var clauseStart = _tokens[clauseToken].Start;
                    if (j != i && clauseStart > found[i].ContentStart && clauseStart < found[i].ContentEnd
                        && (next.SubjectOf is not null || next.Kind is CueKind.Passive || next.Rule.EndsWith("relative", System.StringComparison.Ordinal)
                            || (clauseToken > 0 && _article.Word(clauseToken - 1) is "while" or "whereas" or "but" or "although" or "though")))
                    {
                        // Never before the content's start: a content of punctuation alone ("said , is estimated") is left empty, not reversed.
                        found[i].ContentEnd = System.Math.Max(found[i].ContentStart, TrimEnd(clauseStart));
                    }
                }
            }
        }
    }
}

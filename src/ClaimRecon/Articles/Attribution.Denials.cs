using System;
using System.Collections.Generic;
using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>Denials without a figure of their own: found, attributed and pointed at what they deny.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>Nouns for someone else's statement that a denial verb can reject ("rejected claims that ...").</summary>
        private static readonly HashSet<string> RejectedReportWords = new(StringComparer.Ordinal)
        {
            "claim", "claims", "report", "reports", "suggestion", "suggestions", "allegation", "allegations", "accusation", "accusations", "charge", "charges",
            "assertion", "assertions", "rumor", "rumors", "rumour", "rumours", "speculation", "talk",
        };

        private List<AttributedDenial> Denials(IReadOnlyList<AttributedMention> mentions)
        {
            var denials = new List<(int Start, AttributedDenial Denial)>();
            if (_text.Sentences.Count == 0)
            {
                return new List<AttributedDenial>();
            }

            // Innermost statements first, so a denial word inside a nested statement is its, not its reporter's.
            var candidates = new List<(Found F, TextSpan Words)>();
            foreach (var f in _found)
            {
                var predicate = StanceRules.DenialOf(_text, f);
                if ((f.VerbStance == Stance.Denies || predicate is not null) && !DeniesADenial(f, predicate))
                {
                    candidates.Add((f, predicate ?? _text.TokenSpan(f.CueFirst, f.CueEnd)));
                }
            }

            candidates.Sort((a, b) => (a.F.ContentEnd - a.F.ContentStart).CompareTo(b.F.ContentEnd - b.F.ContentStart));
            var taken = new HashSet<int>();
            foreach (var (f, words) in candidates)
            {
                if (HoldsFigure(f.ContentStart, f.ContentEnd) || !taken.Add(words.Start))
                {
                    continue;
                }

                denials.Add((words.Start, Denial(f, words, mentions)));
            }

            denials.Sort((a, b) => a.Start.CompareTo(b.Start));
            return OnePerFigure(denials.ConvertAll(d => d.Denial));
        }

        /// <summary>
        /// Whether a denial verb rejects someone else's claim that a figure is wrong ("rejected claims by the tenants' group
        /// that the count was inflated", "denied reports that the toll had been understated"): two denials that cancel, so
        /// the speaker stands by the figure and denies none. Read as a denial of the figure, the speaker was reported as
        /// disputing the very count it defends. Only a report noun opening the content ("claims", "reports", "suggestions",
        /// "allegations", "accusations", "charges") with the denial words after its "that" counts: "rejected the activists'
        /// claims as exaggerated" still denies.
        /// </summary>
        private bool DeniesADenial(Found f, TextSpan? predicate)
        {
            if (f.VerbStance != Stance.Denies || predicate is not { } words)
            {
                return false;
            }

            var first = _text.TokenAt(f.ContentStart);
            var end = _text.TokenAt(words.Start);
            var report = false;
            for (var t = first; t < end && t < first + 12; t++)
            {
                var w = _text.Word(t);
                if (w is null)
                {
                    return false;
                }

                if (report && w == "that")
                {
                    return true;
                }

                report |= RejectedReportWords.Contains(w) && t < first + 4;
            }

            return false;
        }

        /// <summary>
        /// One denial where a sentence denies one figure twice over, by one source ("The board disputed the union's figures,
        /// saying the losses were far lower than claimed": a verb and a predicate, one denial): the one that says which way the
        /// truth lies is kept, else the first. Denials of nothing in particular are all kept.
        /// </summary>
        private static List<AttributedDenial> OnePerFigure(List<AttributedDenial> denials)
        {
            for (var i = denials.Count - 1; i > 0; i--)
            {
                for (var j = i - 1; j >= 0; j--)
                {
                    var (a, b) = (denials[j], denials[i]);
                    if (a.Sentence.Start != b.Sentence.Start)
                    {
                        break;
                    }

                    if (a.Source.Id != b.Source.Id || a.DeniedFigures.Count == 0 || !SameFigures(a.DeniedFigures, b.DeniedFigures))
                    {
                        continue;
                    }

                    if (a.Direction == DenialDirection.None && b.Direction != DenialDirection.None)
                    {
                        denials[j] = b;
                    }

                    denials.RemoveAt(i);
                    break;
                }
            }

            return denials;
        }

        private static bool SameFigures(IReadOnlyList<AttributedMention> a, IReadOnlyList<AttributedMention> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (a[i].Mention.Start != b[i].Mention.Start)
                {
                    return false;
                }
            }

            return true;
        }

        private AttributedDenial Denial(Found f, TextSpan words, IReadOnlyList<AttributedMention> mentions)
        {
            var reading = f.Reading;
            Found? via = null;
            if (Innermost(_text.Tokens[f.CueFirst].Start, f) is { } outer && outer != f && f.SubjectOf is null && f.AntecedentFirst < 0 && outer.Reading.Speaker.Id != reading.Speaker.Id)
            {
                via = outer;
            }

            var root = Root(f);
            TextSpan? sourceSpan = root.HasSource ? _text.TokenSpan(root.SourceFirst, root.SourceEnd) : null;
            var cue = _text.TokenSpan(f.CueFirst, f.CueEnd);
            var speaker = reading.IsOutletItself ? _normalizer.Outlet : reading.Speaker;
            var decisions = new List<RuleDecision>();
            var resolution = reading.Rule.StartsWith("resolve.", StringComparison.Ordinal) || reading.Rule.StartsWith("source.passive", StringComparison.Ordinal) ? "+" + reading.Rule : string.Empty;
            decisions.Add(new RuleDecision(AttributionPart.Source, f.Rule + (via is null ? string.Empty : "+source.nested") + resolution, sourceSpan ?? cue));
            var (chain, chainSources, chainRule) = Chain(f, via, reading);
            decisions.Add(new RuleDecision(AttributionPart.Chain, chainRule, sourceSpan));
            var isVerb = words.Start == cue.Start;
            decisions.Add(new RuleDecision(AttributionPart.Stance, isVerb ? "stance.denial-verb" : "stance.denial-predicate", words));
            var (stated, statedDecision) = TimeRules.StatedAt(_text, f, _article);
            decisions.Add(statedDecision);

            var (figures, deniedSource, deniedDecision) = Denied(f, words, speaker, mentions);
            decisions.Add(deniedDecision);
            var sentence = _text.Sentences[_text.SentenceAt(words.Start)];
            return new AttributedDenial(
                _text.Span(sentence.Start, sentence.End),
                cue,
                words,
                _text.Span(f.ContentStart, f.ContentEnd),
                sourceSpan,
                speaker,
                reading.Organisation,
                chain,
                chainSources,
                StanceRules.Direction(_text, words),
                figures,
                deniedSource,
                stated,
                decisions,
                _article.Url);
        }

        private bool HoldsFigure(int start, int end)
        {
            var i = Array.BinarySearch(_mentionStarts, start);
            if (i < 0)
            {
                i = ~i;
            }

            return i < _mentionStarts.Length && _mentionStarts[i] < end;
        }
    }
}

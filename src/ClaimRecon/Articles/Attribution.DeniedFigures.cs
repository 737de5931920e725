using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Extraction;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>What a denial without a figure denies: the reported figure it points at, or the circulating claims it names.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>How many figures on each side of a denial are looked at for the one it denies (keeps the work per denial bounded).</summary>
        private const int DenialReach = 40;

        /// <summary>How many paragraphs before its own a denial looks for the figure it denies when the figure's sentence shares its words.</summary>
        private const int FarParagraphs = 4;

        /// <summary>Words that say the denied figures are reports or rumours in circulation.</summary>
        private static readonly HashSet<string> ReportWords = new(StringComparer.Ordinal)
        {
            "reported", "reports", "reporting", "rumors", "rumours", "rumor", "rumour", "claims", "claimed", "circulating", "speculation", "allegations", "alleged",
        };

        /// <summary>Words that name a count ("the number of ...", "the toll among ...").</summary>
        private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
        {
            "number", "numbers", "count", "total", "tally", "toll", "figure", "figures", "share", "proportion", "percentage", "amount",
        };

        /// <summary>
        /// Words that, with <see cref="CountWords"/>, make what a denial rejects a figure ("the figure", "the estimate", "the
        /// data"): without one of these, or a direction ("exaggerated", "far lower"), a denial rejects a statement ("a charge
        /// that officials denied", "rejected that forecast"), and only a figure in that statement, in its own sentence or the
        /// one before, is what it denies.
        /// </summary>
        private static readonly HashSet<string> MoreFigureWords = new(StringComparer.Ordinal)
        {
            "counts", "totals", "tallies", "estimate", "estimates", "data", "statistics", "stats",
        };

        /// <summary>Words that end the counted thing's phrase ("foreign nationals | is").</summary>
        private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
        {
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "remains", "remain", "stands", "stood", "will", "would", "could", "may", "might",
            "in", "at", "on", "among", "during", "since", "by",
        };


        /// <summary>What a denial denies: the figures in reach and the source its words name (rules on <see cref="AttributedDenial"/>).</summary>
        private (IReadOnlyList<AttributedMention> Figures, Source? Source, RuleDecision Decision) Denied(Found f, TextSpan words, Source denier, IReadOnlyList<AttributedMention> mentions)
        {
            var first = _text.TokenAt(f.ContentStart);
            var scanEnd = Math.Min(_text.TokenAt(f.ContentEnd), first + Sentences.MaxTokens);
            Source? source = null;
            int thingFirst = -1, thingEnd = -1;
            var ofFigure = StanceRules.Direction(words.Text) != DenialDirection.None;
            for (var t = first; t < scanEnd; t++)
            {
                var w = _text.Word(t);
                if (w is null)
                {
                    continue;
                }

                ofFigure |= CountWords.Contains(w) || MoreFigureWords.Contains(w);

                if (source is null && ReportWords.Contains(w))
                {
                    source = SourceNormalizer.Circulating;
                }

                if (thingFirst < 0 && _text.Tokens[t].Start < words.Start && CountWords.Contains(w) && _text.Word(t + 1) is "of" or "among" or "for")
                {
                    thingFirst = t + 2;
                    thingEnd = thingFirst;
                    while (thingEnd < scanEnd && _text.Tokens[thingEnd].Start < words.Start && _text.Word(thingEnd) is { } x && !PhraseEnds.Contains(x) && thingEnd - thingFirst < 6)
                    {
                        thingEnd++;
                    }
                }
            }

            var owner = OwnerOfFigure(first, scanEnd, words.Start);
            if (!ofFigure && owner is null && thingEnd <= thingFirst && source is null && DeniesAClauseOfItsOwn(first, scanEnd))
            {
                // "denied that its equipment had started the fire": the statement denied is all there, and it holds no figure.
                return (Array.Empty<AttributedMention>(), null, new RuleDecision(AttributionPart.Denied, "denied.none.own-clause"));
            }

            var thing = thingEnd > thingFirst ? _text.Word(thingEnd - 1) : null;
            var stem = thing is { Length: > 4 } && thing.EndsWith("s", StringComparison.Ordinal) ? thing.Substring(0, thing.Length - 1) : thing;
            var sentence = _text.SentenceAt(words.Start);
            var paragraph = _text.Sentences[sentence].Paragraph;
            AttributedMention? best = null;
            var bestShared = 0;
            // Without a thing or an owner named, the words of the denial's content say which figure it answers ("the figures
            // were inflated and many cases were never confirmed" answers the sentence about confirmed cases).
            var content = stem is null && owner is null && ofFigure ? ContentStems(first, scanEnd) : null;
            var at = FirstMentionAtOrAfter(mentions, words.Start);
            for (var i = Math.Max(0, at - DenialReach); i < mentions.Count && i < at + DenialReach; i++)
            {
                var m = mentions[i];
                var ms = _text.SentenceAt(m.Mention.Start);
                var p = _text.Sentences[ms].Paragraph;
                if ((!ofFigure && (ms < sentence - 1 || ms > sentence)) || p < paragraph - FarParagraphs || p > paragraph + 3 || m.Source.Id == denier.Id
                    || (owner is not null ? !SaidBy(m, owner) : (stem is null && m.Mention.Start >= f.ContentStart) || (stem is not null && !FollowedBy(m.Mention, stem))))
                {
                    continue;
                }

                // A denial answers what was said before it: the figure whose sentence shares most of its words, then the nearest
                // figure before its words, and one after only when none is. Two paragraphs back at most, or four for a figure
                // whose sentence shares two of the denial's words or more.
                var shared = content is null ? 0 : SharedStems(ms, content);
                if (p < paragraph - 2 && shared < 2)
                {
                    continue;
                }

                if (best is null || (shared != bestShared ? shared > bestShared
                    : Before(m, words) != Before(best, words) ? Before(m, words) : Math.Abs(m.Mention.Start - words.Start) < Math.Abs(best.Mention.Start - words.Start)))
                {
                    best = m;
                    bestShared = shared;
                }
            }

            TextSpan? evidence = thing is null ? null : _text.TokenSpan(thingFirst, thingEnd);
            var rule = best is null ? (source is null ? "denied.none" : "denied.source.reports") : owner is not null ? "denied.figure.named-source"
                : stem is not null ? "denied.figure.same-thing" : bestShared > 0 ? "denied.figure.shared-words" : "denied.figure.nearest-before";
            var figures = best is null ? Array.Empty<AttributedMention>() : new[] { best };
            return (figures, source, new RuleDecision(AttributionPart.Denied, rule, best is null ? evidence : TextSpan.Of(_text.Text, best.Mention.Start, best.Mention.Start + best.Mention.Length)));
        }

        private static bool Before(AttributedMention m, TextSpan words) => m.Mention.Start < words.Start;

        /// <summary>
        /// The words of a denial's content that can name what a figure counts: four letters or more, not a function word,
        /// a count word or a denial word, each without a plural "s" ("cases" and "case" are one).
        /// </summary>
        private HashSet<string> ContentStems(int first, int end)
        {
            var stems = new HashSet<string>(StringComparer.Ordinal);
            for (var t = first; t < end; t++)
            {
                if (_text.Word(t) is { Length: >= 4 } w && !Extraction.Lexicon.StopWords.Contains(w) && !CountWords.Contains(w) && !MoreFigureWords.Contains(w)
                    && !ReportWords.Contains(w) && !CueLexicon.DenialPredicates.Contains(w))
                {
                    stems.Add(Stem(w));
                }
            }

            return stems;
        }

        /// <summary>How many of <paramref name="stems"/> the sentence at index <paramref name="sentence"/> holds.</summary>
        private int SharedStems(int sentence, HashSet<string> stems)
        {
            var s = _text.Sentences[sentence];
            HashSet<string>? seen = null;
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                if (_text.Word(t) is { Length: >= 4 } w && stems.Contains(Stem(w)))
                {
                    (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(Stem(w));
                }
            }

            return seen?.Count ?? 0;
        }

        private static string Stem(string word) => Internal.PluralShape.Of(word) ? word.Substring(0, word.Length - 1) : word;

        /// <summary>
        /// Whether a denial's content is a "that" clause of its own, three words or more after a "that" right before it or
        /// within its first words ("denied on Tuesday that its equipment had caused the outage"), not a demonstrative
        /// ("rejected that forecast").
        /// </summary>
        private bool DeniesAClauseOfItsOwn(int first, int end)
        {
            int seen = 0, after = first > 0 && _text.Word(first - 1) == "that" ? 0 : -1;
            for (var t = first; t < end; t++)
            {
                if (_text.Word(t) is not { } w)
                {
                    continue;
                }

                seen++;
                if (after >= 0)
                {
                    after++;
                }
                else if (w == "that" && seen <= 4)
                {
                    after = 0;
                }
            }

            return after >= 3;
        }

        /// <summary>
        /// The source a denial names as the figure's owner before its denial words: "the police figure", "the ministry's
        /// estimate", "organisers' count" give "police", "ministry", "organisers"; null when it names none.
        /// </summary>
        private string? OwnerOfFigure(int first, int end, int deniedAt)
        {
            for (var t = first + 1; t < end && _text.Tokens[t].Start < deniedAt; t++)
            {
                if (_text.Word(t) is not { } w || !(CountWords.Contains(w) || w is "estimate" or "estimates"))
                {
                    continue;
                }

                var before = _text.Word(t - 1);
                if (before is null)
                {
                    continue;
                }

                var owner = before.Substring(0, before.Length - SourceAliases.PossessiveLength(before));
                if (owner.Length > 2 && (CueLexicon.SourceNouns.Contains(owner) || _text.Tokens[t - 1].Capitalised) && !CountWords.Contains(owner))
                {
                    return owner;
                }
            }

            return null;
        }

        /// <summary>Whether the figure's source, or the body it speaks for, is named with <paramref name="owner"/> ("police" for "police spokesman").</summary>
        private static bool SaidBy(AttributedMention m, string owner)
        {
            static bool Names(string name, string word)
            {
                var lower = name.ToLowerInvariant();
                var at = lower.IndexOf(word, StringComparison.Ordinal);
                return at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && (at + word.Length == lower.Length || !char.IsLetter(lower[at + word.Length]) || lower[at + word.Length] == 's');
            }

            return Names(m.Source.Name, owner) || (m.SpeaksFor is { } body && Names(body.Name, owner));
        }

        /// <summary>Whether a word starting with <paramref name="stem"/> follows the figure within eight words of its sentence ("2,000 ... holding Turkish nationality").</summary>
        private bool FollowedBy(NumericMention mention, string stem)
        {
            var t = _text.TokenAt(mention.Start + mention.Length);
            var sentence = _text.Sentences[_text.SentenceAt(mention.Start)];
            for (var k = t; k < sentence.EndToken && k < t + 8; k++)
            {
                if (_text.Word(k) is { } w && w.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstMentionAtOrAfter(IReadOnlyList<AttributedMention> mentions, int offset)
        {
            int lo = 0, hi = mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (mentions[mid].Mention.Start < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}

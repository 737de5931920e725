using System;
using System.Collections.Generic;
using ClaimRecon.Extraction;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// One source under several descriptions: a headline's or lead's unnamed source that the body names with its
    /// organisation, and the outlet's own summary of a figure that a cited source gives further down.
    /// </summary>
    /// <remarks>
    /// The heuristic, in full:
    /// <list type="bullet">
    /// <item>An anonymous source named without an organisation ("a senior security source", a headline's "Security
    /// Source") is the article's one anonymous source that is named with an organisation and has the same head noun and
    /// every other word of the vaguer description, rank words aside ("senior", "high-ranking", "top", ...): "a senior
    /// security source" is "a high-ranking security source within the Joint Operations Command". When two or more such
    /// sources fit, or none, the vaguer description stays a source of its own (rule <c>resolve.same-source</c>).</item>
    /// <item>A figure the outlet gives without a cue in the article's opening paragraphs (the paragraphs before the first
    /// one that cites somebody outside a headline: the headline, the standfirst) is the figure of the first later mention
    /// of the same range and unit that a cited source gives: the top of a news report summarises its body (rule
    /// <c>source.summary-of-body</c>).</item>
    /// </list>
    /// </remarks>
    internal sealed partial class Attribution
    {
        private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
        {
            "senior", "high-ranking", "high-level", "highranking", "top", "ranking", "leading", "key", "well-placed", "informed", "knowledgeable", "an", "a", "the", "one",
        };

        /// <summary>Replaces every reading of a vague anonymous source by the one specific source it describes.</summary>
        private void ResolveSameSources()
        {
            var specific = new List<SourceReading>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reading in _readings.Values)
            {
                if (reading.Speaker.Kind == SourceKind.AnonymousOfficial && reading.Organisation is not null && seen.Add(reading.Speaker.Id))
                {
                    specific.Add(reading);
                }
            }

            if (specific.Count == 0)
            {
                return;
            }

            var sameAs = new Dictionary<string, SourceReading?>(StringComparer.Ordinal);
            var found = new List<Found>(_readings.Keys);
            foreach (var f in found)
            {
                var reading = _readings[f];
                if (reading.Speaker.Kind != SourceKind.AnonymousOfficial || reading.Organisation is not null)
                {
                    continue;
                }

                if (!sameAs.TryGetValue(reading.Speaker.Id, out var target))
                {
                    sameAs[reading.Speaker.Id] = target = OnlyFitting(reading.Speaker.Name, specific);
                }

                if (target is not null)
                {
                    _readings[f] = target.Because("resolve.same-source");
                }
            }
        }

        private static SourceReading? OnlyFitting(string vague, List<SourceReading> specific)
        {
            var words = RoleWords(vague);
            if (words.Count == 0)
            {
                return null;
            }

            SourceReading? only = null;
            foreach (var candidate in specific)
            {
                var theirs = RoleWords(candidate.Speaker.Name);
                if (theirs.Count == 0 || Singular(theirs[theirs.Count - 1]) != Singular(words[words.Count - 1]) || !words.TrueForAll(theirs.Contains))
                {
                    continue;
                }

                if (only is not null && only.Speaker.Id != candidate.Speaker.Id)
                {
                    return null;
                }

                only = candidate;
            }

            return only;
        }

        /// <summary>The lower-case words of a role, rank words and determiners left out ("a senior security source" → security, source).</summary>
        private static List<string> RoleWords(string role)
        {
            var words = new List<string>();
            foreach (var word in role.Split(' '))
            {
                var w = word.ToLowerInvariant();
                if (w.Length > 0 && !RankWords.Contains(w))
                {
                    words.Add(w);
                }
            }

            return words;
        }

        private static string Singular(string word) => word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;

        /// <summary>The attribution of an outlet's own figure at the top of the article that a cited source gives further down, or null.</summary>
        private Found? SummaryOf(NumericMention mention, IReadOnlyList<NumericMention> all, int index)
        {
            if (_text.Sentences.Count == 0 || _firstCitingParagraph < 0)
            {
                return null;
            }

            var paragraph = _text.Sentences[_text.SentenceAt(mention.Start)].Paragraph;
            if (paragraph >= _firstCitingParagraph)
            {
                return null;
            }

            for (var j = index + 1; j < all.Count; j++)
            {
                var later = all[j];
                if (_text.Sentences[_text.SentenceAt(later.Start)].Paragraph < _firstCitingParagraph || !later.Range.Equals(mention.Range) || !Equals(later.Unit, mention.Unit))
                {
                    continue;
                }

                var f = Innermost(later.Start, null);
                if (f is not null && !_readings[f].IsOutletItself && _readings[f].Speaker.Kind != SourceKind.Unattributed && f.VerbStance != Claims.Stance.Denies)
                {
                    return f;
                }
            }

            return null;
        }

        /// <summary>The first paragraph holding a statement that is not a headline's, or -1.</summary>
        private int FirstCitingParagraph()
        {
            var first = -1;
            foreach (var f in _found)
            {
                if (f.Kind != CueKind.Headline && !_readings[f].IsOutletItself && (first < 0 || f.Paragraph < first))
                {
                    first = f.Paragraph;
                }
            }

            return first;
        }
    }
}

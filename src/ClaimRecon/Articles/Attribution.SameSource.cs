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
            foreach (var read in _read)
            {
                var reading = read.Reading;
                if (reading.Speaker.Kind == SourceKind.AnonymousOfficial && reading.Organisation is not null && seen.Add(reading.Speaker.Id))
                {
                    specific.Add(reading);
                }
            }

            if (specific.Count == 0)
            {
                return;
            }

            // The specific sources by the head of their role ("source"), each with its role words: a vague description is
            // compared with those of its own head only, so the work does not grow with the square of a long text's sources.
            var byHead = new Dictionary<string, List<(SourceReading Reading, List<string> Words)>>(StringComparer.Ordinal);
            foreach (var candidate in specific)
            {
                var theirs = RoleWords(candidate.Speaker.Name);
                if (theirs.Count == 0)
                {
                    continue;
                }

                var head = Singular(theirs[theirs.Count - 1]);
                if (!byHead.TryGetValue(head, out var group))
                {
                    byHead[head] = group = new List<(SourceReading Reading, List<string> Words)>();
                }

                group.Add((candidate, theirs));
            }

            var sameAs = new Dictionary<string, SourceReading?>(StringComparer.Ordinal);
            foreach (var f in _read)
            {
                var reading = f.Reading;
                if (reading.Speaker.Kind != SourceKind.AnonymousOfficial || reading.Organisation is not null)
                {
                    continue;
                }

                if (!sameAs.TryGetValue(reading.Speaker.Id, out var target))
                {
                    sameAs[reading.Speaker.Id] = target = OnlyFitting(reading.Speaker.Name, byHead);
                }

                if (target is not null)
                {
                    f.Reading = target.Because("resolve.same-source");
                }
            }
        }

        private static SourceReading? OnlyFitting(string vague, Dictionary<string, List<(SourceReading Reading, List<string> Words)>> byHead)
        {
            var words = RoleWords(vague);
            if (words.Count == 0 || !byHead.TryGetValue(Singular(words[words.Count - 1]), out var sameHead))
            {
                return null;
            }

            SourceReading? only = null;
            foreach (var (candidate, theirs) in sameHead)
            {
                if (!words.TrueForAll(theirs.Contains))
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

            // The later figures a summary can be, by range, in text order: found once per article, so that a long text whose
            // first citation comes late is not read once for every figure before it.
            _summaryTargets ??= SummaryTargets(all);
            if (_summaryTargets.TryGetValue(mention.Range, out var targets))
            {
                foreach (var (j, f) in targets)
                {
                    if (j > index && Equals(all[j].Unit, mention.Unit))
                    {
                        return f;
                    }
                }
            }

            return null;
        }

        /// <summary>The figures from the first citing paragraph on whose attribution a summary can take, with it, grouped by range in text order.</summary>
        private Dictionary<Ranges.NumericRange, List<(int Index, Found F)>> SummaryTargets(IReadOnlyList<NumericMention> all)
        {
            var targets = new Dictionary<Ranges.NumericRange, List<(int Index, Found F)>>();
            for (var j = 0; j < all.Count; j++)
            {
                var later = all[j];
                if (_text.Sentences[_text.SentenceAt(later.Start)].Paragraph < _firstCitingParagraph)
                {
                    continue;
                }

                var f = Innermost(later.Start, null);
                if (f is not null && !f.Reading.IsOutletItself && f.Reading.Speaker.Kind != SourceKind.Unattributed && f.VerbStance != Claims.Stance.Denies)
                {
                    if (!targets.TryGetValue(later.Range, out var list))
                    {
                        targets[later.Range] = list = new List<(int Index, Found F)>();
                    }

                    list.Add((j, f));
                }
            }

            return targets;
        }

        /// <summary>The first paragraph holding a statement that is not a headline's, or -1.</summary>
        private int FirstCitingParagraph()
        {
            var first = -1;
            foreach (var f in _found)
            {
                if (f.Kind != CueKind.Headline && !f.Reading.IsOutletItself && (first < 0 || f.Paragraph < first))
                {
                    first = f.Paragraph;
                }
            }

            return first;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A headline's tally: "Outbreak tally passes 250" names no noun of its own; the count it is of is the one the lead
    /// gives next ("253 confirmed measles cases"), as a reader takes it.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string TallyRule = "a tally that reaches the figure (\"tally passes N\"): counts what the next count of the article counts";

        /// <summary>Nouns of a running count named by its size alone ("tally", "toll").</summary>
        private static readonly HashSet<string> TallyNouns = new(StringComparer.Ordinal) { "tally", "toll", "count", "total", "number" };

        /// <summary>Verbs by which a tally reaches a figure; "passes", "tops", "exceeds", "surpasses" and "crosses" also make it more than the figure (<c>ArticleReconciler</c>).</summary>
        internal static readonly HashSet<string> ReachVerbs = new(StringComparer.Ordinal)
        {
            "passes", "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "crosses", "crossed", "reaches", "reached", "hits", "nears",
        };

        /// <summary>Whether a guessed figure follows a tally noun and a verb of reaching ("Outbreak tally passes 250"), and no article before the noun refers back.</summary>
        private static bool TallyBefore(Sentence s, int fw)
        {
            var words = s.Words;
            return fw >= 2 && ReachVerbs.Contains(words[fw - 1].Lower) && TallyNouns.Contains(words[fw - 2].Lower) && !s.Breaks[fw - 2] && !s.Breaks[fw - 1]
                && !(fw >= 3 && words[fw - 3].Lower is "the" or "this" or "that");
        }

        /// <summary>
        /// Gives each tally figure ("Outbreak tally passes 250") the identity of the first recognised count after it, in its
        /// sentence or the next two (a count or running total, not a rate, a share or a plan); with none it stays not recognised.
        /// </summary>
        private List<MentionIdentity> ResolveTallies(List<MentionIdentity> read)
        {
            for (var i = 0; i < read.Count; i++)
            {
                var m = read[i];
                if (m.IsRecognised || !m.Cues.Any(c => c.Rule == TallyRule))
                {
                    continue;
                }

                for (var j = i + 1; j < read.Count && _read[j].Sentence <= _read[i].Sentence + 2; j++)
                {
                    var model = read[j];
                    if (model.IsRecognised && _read[j].Class is UnitClass.Count or UnitClass.Other && (model.Unit.IsOpaque || model.Unit.Equals(Units.Unit.Person)) && model.Kind is Quantities.QuantityKind.Level or Quantities.QuantityKind.Cumulative)
                    {
                        var cue = new IdentityCue(IdentityRole.Thing, m.Mention.Start, m.Mention.Text, "a tally with no noun of its own: counts what " + model.Id + " (\"" + model.Mention.Text + "\") counts");
                        read[i] = new MentionIdentity(m.ArticleId, m.Mention, m.SentenceStart, m.Sentence, model.Thing, model.Head, model.Event, model.Qualifiers, model.Kind, model.Unit, model.Measure, true, m.Cues.Append(cue), m.About);
                        break;
                    }
                }
            }

            return read;
        }
    }
}

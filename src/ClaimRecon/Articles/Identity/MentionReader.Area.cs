using System;
using System.Collections.Generic;
using ClaimRecon.Extraction;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// An area said with a verb of burning, covering or spreading ("the fire has burned 12,000 hectares", "the blaze
    /// has grown to 15,000 hectares"): what it measures is the area of the clause's subject, whatever the verb.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string AreaRule = "subject of an area verb (burned, covers, grown to)";

        // Verbs that give the area of their subject: what a fire burns, what a park covers, what a spill spreads to.
        private static readonly HashSet<string> AreaVerbs = new(StringComparer.Ordinal)
        {
            "burned", "burnt", "burning", "burns", "scorched", "charred", "blackened", "consumed", "torched", "ravaged", "engulfed",
            "covers", "covered", "covering", "cover", "spans", "spanned", "spanning", "grown", "grew", "grows", "spread", "spreads",
            "expanded", "swelled", "swollen", "doubled", "doubles", "tripled", "triples",
        };

        // Words that may stand between the area verb and its figure ("burned through more than", "grown to between").
        private static readonly HashSet<string> AreaGap = new(StringComparer.Ordinal)
        {
            "to", "through", "across", "over", "about", "around", "roughly", "nearly", "almost", "some", "more", "than", "less", "at",
            "least", "between", "an", "estimated", "approximately", "well", "just", "under", "another", "up",
        };

        // Words after a noun that say where it is, not what it is ("a wildfire north of the town").
        private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
        {
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "near", "outside", "inland",
        };

        /// <summary>Whether a unit measures an area (hectares, acres, a length squared).</summary>
        private static bool IsArea(Unit? unit)
        {
            if (unit is null)
            {
                return false;
            }

            if (unit.Symbol is "{ha}" or "{acre}")
            {
                return true;
            }

            var length = 0;
            foreach (var e in unit.Dimension.Exponents)
            {
                if (e.Key == "length")
                {
                    length = e.Value;
                }
                else if (e.Value != 0)
                {
                    return false;
                }
            }

            return length == 2;
        }

        /// <summary>
        /// The subject of an area verb right before the figure (only the gap words between): the noun a relative clause
        /// describes, else the clause's first noun phrase, cut before a direction ("A wildfire north of the town has
        /// burned"); <paramref name="verb"/> is the verb's index. False for a change amount ("grew by 2,000 hectares")
        /// or a pronoun subject.
        /// </summary>
        private static bool AreaSubject(NumericMention m, Sentence s, int fw, out int from, out int to, out int verb)
        {
            from = to = verb = -1;
            var words = s.Words;
            if (m.IsChangeAmount || !IsArea(m.Unit))
            {
                return false;
            }

            var k = fw - 1;
            while (k >= 0 && !s.Breaks[k] && AreaGap.Contains(words[k].Lower))
            {
                k--;
            }

            if (k < 1 || s.Breaks[k] || !AreaVerbs.Contains(words[k].Lower))
            {
                return false;
            }

            verb = k;
            var v = k - 1;
            while (v >= 0 && !s.Breaks[v] && (Auxiliaries.Contains(words[v].Lower) || words[v].Lower is "is" or "was" or "been" or "already" or "now" or "since"))
            {
                v--;
            }

            if (v >= 0 && !s.Breaks[v] && words[v].Lower is "which" or "that")
            {
                return NounPhraseBefore(s, v - 1, out from, out to);
            }

            var start = ClauseStart(s, fw);
            while (start < verb && (IdentityWords.Function.Contains(words[start].Lower) || IsSentenceAdverb(words[start])))
            {
                start++;
            }

            if (start >= verb || !NounPhraseAfter(s, start, -1, out from, out to) || from >= verb)
            {
                return false;
            }

            // A present verb the phrase reader took for a noun ("Cedar Fork fire doubles to 12,000 acres") ends the subject.
            to = Math.Min(to, verb - 1);

            for (var j = from + 1; j <= to; j++)
            {
                if (Directions.Contains(words[j].Lower))
                {
                    to = j - 1;
                    break;
                }
            }

            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Two shapes that name what a figure counts away from the figure itself: money "in" what it is made of ("$40 million in
    /// emergency aid", "$2 billion in loans") and a count of "another" or "a further" N, more of what the count before it in
    /// its sentence counts ("1,800 firefighters ..., and another 400 will arrive").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string MoneyInRule = "what the money is in (\"$40 million in aid\")";

        private const string AnotherRule = "more of what the count before it counts (\"another N\", \"a further N\")";

        /// <summary>Words after "in" that say when or how, not what the money is: "in total", "in cash", "in March".</summary>
        private static readonly HashSet<string> NotMoneyIn = new(StringComparer.Ordinal)
        {
            "total", "all", "cash", "full", "part", "advance", "return", "exchange", "addition", "kind", "person", "time", "turn", "effect", "fact", "contrast", "recent", "spring", "summer", "autumn", "fall", "winter", "quarter", "half",
        };

        /// <summary>
        /// The noun phrase after "in" right after a money figure, with no determiner before it ("$40 million in emergency
        /// aid", "$3 billion in new loans"); not a time ("in March", "in 2024", "in the first quarter"), a place (a
        /// capitalised word) or a manner ("in cash", "in total").
        /// </summary>
        private static bool MoneyIn(Sentence s, int lw, out int from, out int to)
        {
            from = to = -1;
            var words = s.Words;
            var j = lw + 1;
            if (j + 1 >= words.Length || words[j].Lower != "in" || s.Breaks[lw] || s.Breaks[j])
            {
                return false;
            }

            var w = words[j + 1];
            if (w.IsCapitalised || w.IsNumber || IdentityWords.Function.Contains(w.Lower) || IdentityWords.Months.Contains(w.Lower) || IdentityWords.Periods.Contains(w.Lower) || NotMoneyIn.Contains(w.Lower))
            {
                return false;
            }

            if (!NounPhraseAfter(s, j + 1, j, out from, out to))
            {
                return false;
            }

            for (var k = from + 1; k <= to; k++)
            {
                if (words[k].Lower is "last" or "this" or "next" or "each" or "every" || IdentityWords.Months.Contains(words[k].Lower) || IdentityWords.Periods.Contains(words[k].Lower))
                {
                    // "$3 billion in new loans last year": the phrase of time is when, not what.
                    to = k - 1;
                    break;
                }
            }

            return true;
        }

        /// <summary>Whether the figure is "another N" or "a further / an additional / an extra N".</summary>
        private static bool MoreOf(Sentence s, int fw)
        {
            var words = s.Words;
            return fw >= 1 && !s.Breaks[fw - 1] && (words[fw - 1].Lower == "another"
                || (fw >= 2 && !s.Breaks[fw - 2] && words[fw - 1].Lower is "further" or "additional" or "extra" && words[fw - 2].Lower is "a" or "an"));
        }

        /// <summary>
        /// The span of the thing the count before the figure in its sentence counts, for "another N" (<see cref="MoreOf"/>)
        /// with no noun of its own; false when no count comes before it.
        /// </summary>
        private bool Another(NumericMention m, Sentence s, out int from, out int to)
        {
            from = to = -1;
            var words = s.Words;
            var before = LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start && r.Identity.IsRecognised && (r.Class == UnitClass.Count || r.Class == UnitClass.Other));
            var cue = before.Identity?.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing && c.Text == before.Identity.Thing);
            return cue is not null && IndexRange(words, cue.Start, cue.Start + cue.Length, out from, out to);
        }
    }
}

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

        private const string AddedRule = "a number added to a count (\"another N\"): more of it, not the count itself";

        /// <summary>
        /// Words after "in" that say when or how, not what the money is: "in total", "in cash", "in March", "in late March",
        /// "in fiscal 2025", "in real terms", "in secret", and the nouns of phrases that work as a preposition ("in response
        /// to", "in memory of", "in excess of", "in lieu of").
        /// </summary>
        private static readonly HashSet<string> NotMoneyIn = new(StringComparer.Ordinal)
        {
            "total", "all", "cash", "full", "part", "advance", "return", "exchange", "addition", "kind", "person", "time", "turn", "effect", "fact", "contrast", "recent", "spring", "summer", "autumn", "fall", "winter", "quarter", "half",
            "early", "late", "mid", "fiscal", "real", "nominal", "secret", "private", "public", "particular", "theory", "principle", "practice",
            "response", "reply", "memory", "honor", "honour", "lieu", "excess", "light", "favor", "favour", "spite", "search", "respect", "terms", "front", "place", "case", "view", "line", "charge", "order", "relation", "connection", "partnership", "accordance",
        };

        /// <summary>Prepositions the noun phrase after a figure does not stop at by itself ("$12 million in damage across the valley").</summary>
        private static readonly HashSet<string> SpreadPrepositions = new(StringComparer.Ordinal)
        {
            "across", "throughout", "along", "behind", "beneath", "inside", "outside", "near", "following",
        };

        /// <summary>
        /// The noun phrase after "in" right after a money figure, with no determiner before it ("$40 million in emergency
        /// aid", "$3 billion in new loans", "$12 million in annual revenue"); not a time ("in March", "in 2024", "in the
        /// first quarter", "in one season", "in mid-2024"), a place (a capitalised word), a manner ("in cash", "in total") or
        /// a phrase that works as a preposition ("in response to", "in support of"). A phrase that stops before an event
        /// word or an -ing word ("in new spending") is left to the rules for that word.
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
            var perPeriod = w.Lower is "annual" or "yearly" or "quarterly" or "monthly" or "weekly" or "daily";
            if (w.IsCapitalised || w.IsNumber || Lexicon.SmallNumbers.ContainsKey(w.Lower) || w.Lower.StartsWith("mid-", StringComparison.Ordinal) || IdentityWords.Function.Contains(w.Lower) || IdentityWords.Months.Contains(w.Lower)
                || (IdentityWords.Periods.Contains(w.Lower) && !perPeriod) || NotMoneyIn.Contains(w.Lower) || (w.Lower == "support" && j + 2 < words.Length && words[j + 2].Lower == "of"))
            {
                return false;
            }

            if (!NounPhraseAfter(s, j + 1, j, out from, out to))
            {
                return false;
            }

            for (var k = from + 1; k <= to; k++)
            {
                if (words[k].Lower is "last" or "this" or "next" or "each" or "every" || IdentityWords.Months.Contains(words[k].Lower) || IdentityWords.Periods.Contains(words[k].Lower) || SpreadPrepositions.Contains(words[k].Lower))
                {
                    // "$3 billion in new loans last year", "$12 million in damage across the valley": when or where, not what.
                    to = k - 1;
                    break;
                }
            }

            // "$10 million in new spending": the phrase stopped before an event word or an -ing word, which may be what the
            // money is; the reading is left to the rules for that word.
            return !(perPeriod && to == from) && !(to + 1 < words.Length && !s.Breaks[to] && (IsEventWord(words[to + 1]) || words[to + 1].Lower.EndsWith("ing", StringComparison.Ordinal)));
        }

        /// <summary>Whether the figure is "another N" or "a further / an additional / an extra N".</summary>
        private static bool MoreOf(Sentence s, int fw)
        {
            var words = s.Words;
            return fw >= 1 && !s.Breaks[fw - 1] && (words[fw - 1].Lower == "another"
                || (fw >= 2 && !s.Breaks[fw - 2] && words[fw - 1].Lower is "further" or "additional" or "extra" && words[fw - 2].Lower is "a" or "an"));
        }

        /// <summary>
        /// The measure of "another N" (<see cref="MoreOf"/>): a number added to a count, never that count itself ("800
        /// students are enrolled, and an extra 60 are on the waiting list": 60 is no count of the students enrolled), so
        /// <paramref name="measure"/> gains "-more" ("count" becomes "more"). A change ("rise another 1.5 points") is a
        /// change whatever came before it, and keeps its measure.
        /// </summary>
        private static string MoreMeasure(Sentence s, int fw, UnitClass cls, string measure, List<IdentityCue> cues)
        {
            if ((cls != UnitClass.Count && cls != UnitClass.Other) || measure.StartsWith("change", StringComparison.Ordinal) || !MoreOf(s, fw))
            {
                return measure;
            }

            cues.Add(new IdentityCue(IdentityRole.Kind, s.Words[fw - 1].Start, s.Words[fw - 1].Text, AddedRule));
            return measure == "count" ? "more" : measure + "-more";
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

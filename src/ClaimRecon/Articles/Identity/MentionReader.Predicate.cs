using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A count's own verb when no event word of the tables is near it: "40 people were killed" and "120 people were injured"
    /// are two quantities, not one count of people.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>Words between a counted noun and its verb that do not change what the verb is: auxiliaries, a relative pronoun, a few adverbs.</summary>
        private static readonly HashSet<string> BeforeVerb = new(StringComparer.Ordinal)
        {
            "are", "is", "was", "were", "been", "being", "be", "have", "has", "had", "who", "that", "which",
            "reportedly", "also", "still", "later", "then", "now", "all", "either", "allegedly", "initially", "eventually",
        };

        /// <summary>Words between a verb and the figure it governs that belong to the figure's wording ("arrested at least 14 people").</summary>
        private static readonly HashSet<string> BeforeFigure = new(StringComparer.Ordinal)
        {
            "at", "least", "most", "more", "than", "fewer", "less", "about", "around", "roughly", "some", "nearly", "almost",
            "over", "under", "up", "to", "another", "a", "an", "total", "of", "just", "only", "approximately", "estimated",
        };

        /// <summary>Past forms that do not end in "-ed", read as a count's verb ("2,000 people fled", "the march drew 12,000").</summary>
        private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
        {
            "took", "taken", "fled", "left", "lost", "fell", "fallen", "rose", "risen", "went", "gone", "came", "come", "gave",
            "given", "got", "won", "sold", "made", "hurt", "shot", "struck", "caught", "stood", "ran", "found", "drew", "drawn",
            "drove", "driven", "slain", "stricken", "swept", "bought", "brought", "sent", "told", "seen", "saw", "met", "hit",
            "bitten", "stung", "beaten", "thrown", "overthrown", "sworn", "stranded", "laid", "cut", "shed",
        };

        /// <summary>Past forms that are events in every reading and mean one thing, by the word they are compared as.</summary>
        private static readonly Dictionary<string, string> SameEvent = new(StringComparer.Ordinal)
        {
            ["killed"] = "killed", ["died"] = "killed", ["perished"] = "killed", ["slain"] = "killed",
            ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured",
            ["arrested"] = "arrested",
            ["evacuated"] = "evacuated",
            ["displaced"] = "displaced",
            ["flooded"] = "flooded", ["inundated"] = "flooded", ["submerged"] = "flooded",
            ["marched"] = "took-part", ["rallied"] = "took-part", ["protested"] = "took-part", ["demonstrated"] = "took-part", ["attended"] = "took-part", ["gathered"] = "took-part",
        };

        /// <summary>
        /// The verb of a count whose event no table names: the first verb after the counted noun and its auxiliaries ("40
        /// people were killed", "2,000 people fled"), or the verb just before the figure's wording ("police arrested 14
        /// people"). A past form only ("-ed" or an irregular past): a present or a noun is no event to key by.
        /// </summary>
        /// <returns>The verb's index, or -1; <paramref name="event"/> is the word it is keyed by (with "part" after "took").</returns>
        private static int FindOwnVerb(Sentence s, int fw, int spanEnd, out string? @event)
        {
            var words = s.Words;
            @event = null;
            var k = SkipAlsoCounted(s, SkipPlace(s, spanEnd + 1));
            while (k < words.Length && BeforeVerb.Contains(words[k].Lower) && !s.Breaks[k - 1])
            {
                k++;
            }

            if (k < words.Length && k > spanEnd && !s.Breaks[k - 1] && IsPast(words[k]) && !OpensAnotherVerb(words, k))
            {
                @event = EventOf(words, k);
                return k;
            }

            if (k < words.Length && k > spanEnd && !s.Breaks[k - 1] && IsPast(words[k]) && LedVerb(words, k, out var led, out @event))
            {
                return led;
            }

            k = fw - 1;
            while (k >= 0 && BeforeFigure.Contains(words[k].Lower) && !s.Breaks[k])
            {
                k--;
            }

            // "restored power to 30,000 customers": the verb before its object and "to".
            if (k >= 1 && k + 1 < fw && words[k + 1].Lower == "to" && !IsPast(words[k]) && !words[k].IsNumber && !words[k].IsCapitalised
                && !IdentityWords.Function.Contains(words[k].Lower) && !s.Breaks[k - 1] && IsPast(words[k - 1]))
            {
                k--;
            }

            if (k >= 0 && !s.Breaks[k] && IsPast(words[k]) && !OpensAnotherVerb(words, k) && !(k > 0 && words[k - 1].Lower is "a" or "an" or "the"))
            {
                @event = EventOf(words, k);
                return k;
            }

            return -1;
        }

        /// <summary>Past forms that lead to another verb after "to" ("were forced to flee"), where "rushed to hospital" does not.</summary>
        private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
        {
            "forced", "ordered", "told", "asked", "allowed", "permitted", "required", "obliged", "compelled", "urged", "advised", "made", "set", "believed", "thought", "said", "reported", "estimated", "feared", "known",
        };

        /// <summary>
        /// Whether the past form only leads to the verb that is the event: a plan word ("are slated to be moved") or a verb
        /// that takes another after "to" ("were forced to flee").
        /// </summary>
        private static bool OpensAnotherVerb(Word[] words, int k) =>
            IdentityWords.PlanCues.Contains(words[k].Lower) || (k + 1 < words.Length && words[k + 1].Lower == "to" && LeadingVerbs.Contains(words[k].Lower));

        /// <summary>
        /// The index after a place named between a counted noun and its verb ("customers in Tillman County remained"): a
        /// preposition of place and one to four capitalised words, or <paramref name="k"/> when there is none.
        /// </summary>
        private static int SkipPlace(Sentence s, int k)
        {
            var words = s.Words;
            if (k >= words.Length || !(words[k].Lower is "in" or "at" or "across" or "from" or "of" or "on") || s.Breaks[k])
            {
                return k;
            }

            var j = k + 1;
            j += j < words.Length && words[j].Lower == "the" ? 1 : 0;
            var first = j;
            while (j < words.Length && j - first < 4 && words[j].IsCapitalised && !words[j].IsNumber && !s.Breaks[j - 1])
            {
                j++;
            }

            return j > first && j < words.Length && !s.Breaks[j - 1] ? j : k;
        }

        /// <summary>Verbs of counting or telling: "the clinic reported 212 cases" counts cases, it is no event of its own.</summary>
        private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
        {
            "reported", "recorded", "registered", "announced", "counted", "logged", "estimated", "confirmed", "tallied", "listed", "documented", "noted", "cited",
            "claimed",
        };

        /// <summary>
        /// The index of the past participle that says what was done to the things "the number of" counts, for the noun
        /// phrase <paramref name="from"/>..<paramref name="to"/> right after "the number of" (or "total", "toll"...): its
        /// last word ("the number of jobs cut"), the word right after it ("the number of people killed has risen to 12")
        /// or the verb of a relative clause on it ("the number of people who have died"), before the figure
        /// <paramref name="fw"/>; not a plan word ("the number of ferries slated for repair"); -1 when there is none.
        /// </summary>
        private static int NumberOfDone(Sentence s, int from, int to, int fw)
        {
            var words = s.Words;
            if (from < 2 || words[from - 1].Lower != "of" || !IdentityWords.Anaphors.Contains(words[from - 2].Lower) || s.Breaks[from - 1] || s.Breaks[from - 2])
            {
                return -1;
            }

            bool Done(Word w) => IsPast(w) && !IdentityWords.PlanCues.Contains(w.Lower);
            if (to > from && Done(words[to]))
            {
                return to;
            }

            // Right after X, or after "who", "that" or "which" and its auxiliaries ("the number of people who have died").
            var j = to + 1;
            if (j < fw && !s.Breaks[to] && words[j].Lower is "who" or "that" or "which")
            {
                while (j + 1 < fw && !s.Breaks[j] && BeforeVerb.Contains(words[j + 1].Lower))
                {
                    j++;
                }

                j++;
            }

            return j < fw && !s.Breaks[j - 1] && Done(words[j]) ? j : -1;
        }

        /// <summary>
        /// "the number of X" and the participle after X (<see cref="NumberOfDone"/>) in the figure's clause before it
        /// <paramref name="fw"/>, past any phrase of place ("The number of people killed in the floods in the valley has
        /// risen to 12"): <paramref name="from"/>..<paramref name="to"/> is X with its participle.
        /// </summary>
        private static bool NumberOfDoneBefore(Sentence s, int fw, out int from, out int to)
        {
            var words = s.Words;
            for (var k = fw - 1; k >= 1 && !s.Breaks[k - 1]; k--)
            {
                if (words[k].Lower == "of" && IdentityWords.Anaphors.Contains(words[k - 1].Lower) && NounPhraseAfter(s, k + 1, k, out from, out to) && to < fw
                    && NumberOfDone(s, from, to, fw) is var done && done >= 0)
                {
                    to = done;
                    return true;
                }
            }

            from = to = -1;
            return false;
        }

        private static bool IsPast(Word w)
        {
            var lower = w.Lower;
            return !w.IsNumber && !w.IsCapitalised && !ReportingVerbs.Contains(lower)
                && ((lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !IdentityWords.Function.Contains(lower)) || IrregularPast.Contains(lower) || SameEvent.ContainsKey(lower));
        }

        private static string EventOf(Word[] words, int k)
        {
            var lower = words[k].Lower;
            if (ParticipationVerb(words, k) is { } participation)
            {
                return participation;
            }

            if (SameEvent.TryGetValue(lower, out var same))
            {
                return same;
            }

            return k + 1 < words.Length && words[k + 1].Lower == "part" && lower is "took" or "taken" ? "took-part" : lower;
        }
    }
}

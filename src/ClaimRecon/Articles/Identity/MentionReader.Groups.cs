using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Groups a count names by what was done to them or what they were before: a participle before the counted noun ("the
    /// 150 blocked roads" were blocked), a definite group a later verb's plan word does not make a plan ("clearing the 150
    /// blocked roads would cost"), workers brought in (a workforce, not a transfer), and an earlier value of the figure
    /// before it ("down from a peak of 90,000").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string NegatedRule = "an event negated (\"have not received\"): what it has not happened to";

        /// <summary>The rule of a figure read as an earlier value of the figure before it; dates of the two are never shared.</summary>
        internal const string EarlierValueRule = "an earlier value of the figure before it (\"down from a peak of N\")";
        private const string ParticipleRule = "the participle before the counted noun (\"150 blocked roads\")";
        private const string DeployedRule = "workers brought in: the workforce at work, a level, not a transfer";

        private const string SharedSubjectRule = "the subject of a second predicate joined by \"and\" (\"... and was 15% contained\")";
        private const string PopulationRule = "the people a place has (\"a town of N people\")";

        /// <summary>Nouns of places whose "of N people" is how many live there.</summary>
        private static readonly HashSet<string> Settlements = new(StringComparer.Ordinal)
        {
            "town", "city", "village", "hamlet", "suburb", "county", "country", "nation", "island", "district", "province", "region", "community", "state", "municipality", "borough",
        };

        /// <summary>
        /// Whether the figure follows "a town of", "a city of" (a hedge between them aside): the population of the place;
        /// <paramref name="place"/> is the place noun's index.
        /// </summary>
        private static bool PopulationOf(Sentence s, int fw, out int place)
        {
            var words = s.Words;
            var k = fw - 1;
            while (k >= 0 && !s.Breaks[k] && words[k].Lower is "about" or "roughly" or "around" or "nearly" or "almost" or "some" or "approximately" or "just" or "over" or "under")
            {
                k--;
            }

            place = k - 1;
            return k >= 1 && words[k].Lower == "of" && !s.Breaks[k - 1] && Settlements.Contains(words[k - 1].Lower);
        }

        /// <summary>
        /// After a leading verb ("were ordered to evacuate", "were told to leave"), the verb it leads to, as its past form
        /// would be read ("evacuated"); false when that form is neither a table word nor one of the events read as one.
        /// </summary>
        private static bool LedVerb(Word[] words, int k, out int index, out string? @event)
        {
            index = -1;
            @event = null;
            if (k + 2 >= words.Length || words[k + 1].Lower != "to" || !LeadingVerbs.Contains(words[k].Lower))
            {
                return false;
            }

            var bare = words[k + 2].Lower;
            foreach (var past in new[] { bare + "d", bare + "ed" })
            {
                if (bare.Length > 2 && (IdentityWords.CountEvents.ContainsKey(past) || SameEvent.ContainsKey(past)))
                {
                    index = k + 2;
                    @event = SameEvent.TryGetValue(past, out var same) ? same : past;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Past another count that shares the verb ("20 homes and 11 sheds were destroyed") or another place of a list
        /// ("residents of Ashby and Brook Vale were"): the index of the verb's auxiliaries, or <paramref name="k"/>.
        /// </summary>
        private static int SkipAlsoCounted(Sentence s, int k)
        {
            var words = s.Words;
            if (k + 1 >= words.Length || k == 0 || s.Breaks[k - 1] || words[k].Lower is not ("and" or "or"))
            {
                return k;
            }

            var j = k + 1;
            var numbered = words[j].IsNumber;
            var named = words[j].IsCapitalised && !words[j].IsNumber;
            if (!numbered && !named)
            {
                return k;
            }

            j++;
            while (j < words.Length && j - k <= 5 && !s.Breaks[j - 1] && !BeforeVerb.Contains(words[j].Lower) && !IsPast(words[j])
                && (numbered ? !IdentityWords.Function.Contains(words[j].Lower) : words[j].IsCapitalised))
            {
                j++;
            }

            return j < words.Length && !s.Breaks[j - 1] && (BeforeVerb.Contains(words[j].Lower) || IsPast(words[j])) ? j : k;
        }

        /// <summary>Nouns of people at work: brought, sent or flown in, they are a workforce, not people moved.</summary>
        private static readonly HashSet<string> WorkerHeads = new(StringComparer.Ordinal)
        {
            "worker", "crew", "staff", "lineman", "linemen", "engineer", "technician", "firefighter", "officer", "soldier", "troop",
            "volunteer", "personnel", "responder", "medic", "nurse", "doctor", "employee", "contractor", "electrician", "team", "police",
        };

        /// <summary>Words that name an earlier extreme of a figure ("a peak of 90,000", "a high of 12").</summary>
        private static readonly HashSet<string> Extremes = new(StringComparer.Ordinal) { "peak", "high", "low", "record", "maximum", "minimum", "height", "top" };

        /// <summary>
        /// Whether the event word at <paramref name="k"/> is negated: "not", "never" or a word in "n't" among the three words
        /// before it, with only "yet", "been", "be" or "being" between ("have not received", "have not yet been moved").
        /// </summary>
        private static bool Negated(Word[] words, int k)
        {
            for (var j = k - 1; j >= 0 && j >= k - 3; j--)
            {
                var w = words[j].Lower;
                if (w is "not" or "never" || w.EndsWith("n't", StringComparison.Ordinal))
                {
                    return true;
                }

                if (w is not ("yet" or "been" or "be" or "being"))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Buildings and what stands like them, whose burning is their destruction ("300 homes had burned").</summary>
        private static readonly HashSet<string> Structures = new(StringComparer.Ordinal)
        {
            "home", "house", "building", "structure", "business", "barn", "shed", "church", "school", "shop", "store", "cabin", "dwelling", "residence", "outbuilding",
        };

        private const string ContainmentRule = "containment is of the fire the article reports";

        /// <summary>Whether a word of work done ("contained", "containment", "completed", "built") is within the figure's clause near it.</summary>
        private static bool CompletionNear(Sentence s, int fw, int lw)
        {
            var words = s.Words;
            for (var k = fw - 1; k >= 0 && k >= fw - 5 && !s.Breaks[k]; k--)
            {
                if (IdentityWords.ShareEvents.TryGetValue(words[k].Lower, out var e) && e == IdentityWords.Completed)
                {
                    return true;
                }
            }

            for (var k = lw + 1; k < words.Length && k <= lw + 2 && !s.Breaks[k - 1]; k++)
            {
                if (IdentityWords.ShareEvents.TryGetValue(words[k].Lower, out var e) && e == IdentityWords.Completed)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The last fire read before in the article (a count, area or share whose head is a fire), or null.</summary>
        private MentionIdentity? Fire() =>
            LastSince(0, r => r.Identity.IsRecognised && r.Identity.Head is "fire" or "blaze" or "wildfire" or "bushfire" or "inferno").Identity;

        /// <summary>Whether the word after <paramref name="subjectTo"/> is a verb of saying (<see cref="SayingVerbs"/>): the subject is a speaker's ("officials said").</summary>
        private static bool SaysAside(Sentence s, int subjectTo) =>
            subjectTo + 1 < s.Words.Length && SayingVerbs.Contains(s.Words[subjectTo + 1].Lower);

        /// <summary>
        /// Whether the figure is an earlier value of the count before it in its sentence: "from" and, optionally, "a peak
        /// of", "a high of", right before the figure, after a "down" or "up" ("40,000 customers remained without power,
        /// down from a peak of 90,000").
        /// </summary>
        private static bool EarlierValue(Sentence s, int fw)
        {
            var words = s.Words;
            var k = fw - 1;
            if (k >= 2 && words[k].Lower == "of" && Extremes.Contains(words[k - 1].Lower) && words[k - 2].Lower is "a" or "the" or "its" or "their")
            {
                k -= 3;
            }

            if (fw + 1 < words.Length && words[fw].Lower is "down" or "up" && words[fw + 1].Lower == "from" && !s.Breaks[fw])
            {
                // "up from 214": the reader keeps "up from" in the figure's own words.
                return true;
            }

            return k >= 1 && words[k].Lower == "from" && words[k - 1].Lower is "down" or "up" && !s.Breaks[k - 1] && !s.Breaks[k];
        }

        /// <summary>
        /// The index of a past participle inside the counted noun phrase, before its head ("150 blocked roads", "12 injured
        /// people"), or -1; not a custody word (kept as a hold), nor a word of counting ("registered voters").
        /// </summary>
        private static int ParticipleIn(Sentence s, int thingFrom, int thingTo)
        {
            var words = s.Words;
            for (var k = Math.Max(0, thingFrom); k < thingTo; k++)
            {
                if ((IsPast(words[k]) && !IdentityWords.CustodyAdjectives.Contains(words[k].Lower) && !IrregularPast.Contains(words[k].Lower)) || SameEvent.ContainsKey(words[k].Lower))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>Whether the figure opens a definite group ("the 150 blocked roads", "its 600 workers"): a known set, no plan of its own.</summary>
        private static bool Definite(Sentence s, int fw)
        {
            var words = s.Words;
            var k = fw - 1;
            while (k >= 0 && !s.Breaks[k] && words[k].Lower is "about" or "roughly" or "around" or "nearly" or "almost" or "some" or "approximately")
            {
                k--;
            }

            return k >= 0 && !s.Breaks[k] && words[k].Lower is "the" or "these" or "those" or "its" or "their" or "our" or "his" or "her";
        }

        /// <summary>Whether a transfer verb is a phrasal "brought in", "sent in", "flown in" of workers: a workforce deployed.</summary>
        private static bool Deployed(Sentence s, int eventIndex, string? head) =>
            eventIndex >= 0 && eventIndex + 1 < s.Words.Length && s.Words[eventIndex + 1].Lower == "in" && !s.Breaks[eventIndex] && head is not null && WorkerHeads.Contains(head);
    }
}

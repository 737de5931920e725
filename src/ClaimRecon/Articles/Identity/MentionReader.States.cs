using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A count of what is left without a service ("85,000 homes were without power", "40,000 customers remained without
    /// electricity", "85,000 without power"): the state is the count's event, the homes, households and businesses a
    /// utility serves are its customers, and a count that names no noun counts what the article's other count of the same
    /// state counts.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>The state of what a flood covered: "under water", "flooded", "inundated", "submerged".</summary>
        private const string Flooded = "flooded";

        private const string DeathTollRule = "a death toll counts the people killed";
        private const string DeathsRule = "deaths counted are the people killed";

        private const string StateRule = "the state the things counted are in (\"without power\")";

        /// <summary>The services a count can be without, by the word they are compared as (electricity and power are one).</summary>
        private static readonly Dictionary<string, string> Services = new(StringComparer.Ordinal)
        {
            ["power"] = "power", ["electricity"] = "power", ["heat"] = "heat", ["heating"] = "heat", ["water"] = "water",
            ["gas"] = "gas", ["internet"] = "internet", ["phone"] = "phone", ["telephone"] = "phone",
        };

        /// <summary>Verbs that keep the things counted in a state ("remained without power", "were left without power").</summary>
        private static readonly HashSet<string> StateVerbs = new(StringComparer.Ordinal)
        {
            "remained", "remain", "remains", "stayed", "stay", "stays", "left", "went", "go", "sat", "spent",
        };

        /// <summary>What a utility counts as its customers, whatever the article calls them: a customer is a connection, not a person.</summary>
        private static readonly HashSet<string> Premises = new(StringComparer.Ordinal)
        {
            "customer", "home", "household", "house", "business", "premise", "premises", "property", "residence", "dwelling", "account", "connection", "meter", "homes-and-businesses",
        };

        /// <summary>
        /// Whether the count is said to be without a service, or under water: "N without power" right after the figure, or after its noun
        /// phrase, a coordinated noun, a place and an auxiliary or a verb of staying ("homes and businesses in Tillman
        /// County were still without electricity", "remained without power"), "had no power" or "with no power", or "lost power"
        /// after it; "were under water"
        /// (or "underwater") after its noun phrase is the state <c>flooded</c>.
        /// </summary>
        /// <returns>The index of "without" (or "lost"), or -1; <paramref name="state"/> is the event, "without-power".</returns>
        private static int WithoutState(Sentence s, int lw, int spanEnd, out string? state)
        {
            var words = s.Words;
            state = null;
            var k = spanEnd + 1;
            if (lw + 1 < words.Length && words[lw + 1].Lower == "without" && !s.Breaks[lw])
            {
                k = lw + 1;
            }
            else
            {
                if (k + 1 < words.Length && words[k].Lower is "and" or "or" && !s.Breaks[k - 1] && !s.Breaks[k] && !words[k + 1].IsNumber
                    && !IdentityWords.Function.Contains(words[k + 1].Lower) && !IsVerbLike(words[k + 1]))
                {
                    k += 2; // "homes and businesses"
                }

                k = SkipPlace(s, k);
                while (k < words.Length && k > 0 && !s.Breaks[k - 1] && (BeforeVerb.Contains(words[k].Lower) || StateVerbs.Contains(words[k].Lower)))
                {
                    k++;
                }
            }

            if (k > lw + 1 && k < words.Length && !s.Breaks[k - 1] && (words[k].Lower == "underwater" || (words[k].Lower == "under" && k + 1 < words.Length && words[k + 1].Lower == "water" && !s.Breaks[k])))
            {
                // "600 homes were under water": flooded, as "600 homes were flooded" is.
                state = Flooded;
                return k;
            }

            if (k <= 0 || k + 1 >= words.Length || s.Breaks[k - 1] || s.Breaks[k] || !(words[k].Lower is "without" or "lost" or "lose" or "losing" || HasNo(words, k)))
            {
                return -1;
            }

            // "had no power", "with no electricity": the service comes after "no".
            var j = words[k].Lower == "with" ? k + 2 : k + 1;
            if (words[j].Lower is "the" or "any" or "their" or "its" && j + 1 < words.Length && !s.Breaks[j])
            {
                j++;
            }

            if (!Services.TryGetValue(words[j].Lower, out var service)
                || (j + 1 < words.Length && !s.Breaks[j] && ServiceCompounds.Contains(words[j + 1].Lower)))
            {
                // "had no power cuts", "had no water damage": the service names a kind of cut or damage, which they did not have.
                return -1;
            }

            state = "without-" + service;
            return k;
        }

        /// <summary>Nouns a service word modifies ("power cuts", "water damage", "power lines"): having none of them is no state of being without the service.</summary>
        private static readonly HashSet<string> ServiceCompounds = new(StringComparer.Ordinal)
        {
            "cut", "cuts", "outage", "outages", "failure", "failures", "interruption", "interruptions", "line", "lines", "damage", "bill", "bills",
            "shortage", "shortages", "restriction", "restrictions", "rationing", "leak", "leaks", "problem", "problems", "issue", "issues",
        };

        /// <summary>Verbs that say the deaths counted did not happen ("the vaccine prevented 2,000 deaths", "300 deaths were averted").</summary>
        private static readonly HashSet<string> AvertedDeaths = new(StringComparer.Ordinal)
        {
            "prevent", "prevents", "prevented", "preventing", "avert", "averts", "averted", "averting", "avoid", "avoids", "avoided", "avoiding", "save", "saved",
        };

        /// <summary>Whether word <paramref name="k"/> says the things counted have none of something: "no" after "had", "have" or "has" ("45,000 homes had no power"), or "with no".</summary>
        private static bool HasNo(Word[] words, int k) =>
            (words[k].Lower == "no" && words[k - 1].Lower is "had" or "have" or "has")
            || (words[k].Lower == "with" && k + 2 < words.Length && words[k + 1].Lower == "no");

        /// <summary>
        /// Whether a count of deaths is the count of people killed: its counted noun is "deaths" or "fatalities" alone ("14
        /// deaths", "the storm caused nine deaths", "police confirmed three fatalities"), not a rate ("deaths a day", "per
        /// 1,000", "in every 1,000 births") nor a kind of death named before the noun ("1,200 cancer deaths" keeps its own key, so it never meets a
        /// storm's toll), nor deaths said not to have happened ("prevented 2,000 deaths", "300 deaths were averted"), and the
        /// figure is no change amount.
        /// </summary>
        private static bool IsDeathsCount(NumericMention m, Sentence s, UnitClass cls, string? thing, int thingFrom, int thingTo, string? thingRule, string? head, string? @event)
        {
            var words = s.Words;
            return (cls == UnitClass.Count || cls == UnitClass.Other) && !m.IsChangeAmount && thing is not null && thingFrom == thingTo && thingRule != ChangeRule
                && !(@event is not null && AvertedDeaths.Contains(@event))
                && head is "death" or "fatality" && words[thingFrom].Lower is "deaths" or "fatalities"
                && !(thingTo + 1 < words.Length && !s.Breaks[thingTo] && (words[thingTo + 1].Lower is "a" or "an" or "per" or "each" or "every"
                    || (words[thingTo + 1].Lower == "in" && thingTo + 2 < words.Length && words[thingTo + 2].Lower == "every")));
        }

        /// <summary>States of people a disaster leaves them in, by the event they are compared as ("dead" is killed, "unaccounted for" missing).</summary>
        private static readonly Dictionary<string, string> PersonStates = new(StringComparer.Ordinal)
        {
            ["missing"] = "missing", ["unaccounted"] = "missing", ["dead"] = "killed", ["homeless"] = "homeless",
        };

        /// <summary>
        /// Whether the count is said to be in a state people are left in: after its noun phrase, "more", auxiliaries and
        /// verbs of staying ("two more were still missing", "30 people were left homeless", "six remain unaccounted for",
        /// "nine are dead"), "missing", "unaccounted", "dead" or "homeless".
        /// </summary>
        /// <returns>The index of the state's word, or -1; <paramref name="state"/> is the event ("missing", "killed", "homeless").</returns>
        private static int PersonState(Sentence s, int spanEnd, out string? state)
        {
            var words = s.Words;
            state = null;
            var k = spanEnd + 1;
            while (k < words.Length && k > 0 && !s.Breaks[k - 1] && (BeforeVerb.Contains(words[k].Lower) || StateVerbs.Contains(words[k].Lower) || words[k].Lower is "more" or "others"))
            {
                k++;
            }

            if (k <= spanEnd + 1 || k >= words.Length || s.Breaks[k - 1] || !PersonStates.TryGetValue(words[k].Lower, out var found))
            {
                return -1;
            }

            state = found;
            return k;
        }

        /// <summary>
        /// Whether a count with no noun of its own (<paramref name="free"/>: none, a guess, or the subject of a change) is a death
        /// toll: "toll", or "death toll", stands before the figure in its clause ("The death toll from the floods rose to 12",
        /// "the toll stands at 12"). A toll in money is a price, not a count, so only counts qualify.
        /// </summary>
        /// <returns>Whether it is; <paramref name="toll"/> is the index of "toll", else -1.</returns>
        private static bool IsDeathToll(Sentence s, int fw, UnitClass cls, bool free, out int toll)
        {
            toll = -1;
            if (!free || (cls != UnitClass.Count && cls != UnitClass.Other))
            {
                return false;
            }

            var words = s.Words;
            for (var k = fw - 1; k >= 0; k--)
            {
                if (words[k].Lower is "toll" or "tolls")
                {
                    toll = k;
                    return true;
                }

                if (k == 0 || s.Breaks[k - 1] || words[k].IsNumber)
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>The head a count in a state is compared as: a utility's homes, households and businesses are its customers.</summary>
        private static string? StateHead(string? head, string? @event) =>
            head is not null && @event is not null && @event.StartsWith("without-", StringComparison.Ordinal) && Premises.Contains(head) ? "customer" : head;

        /// <summary>
        /// Gives a count in a state with no noun of its own ("Storm leaves 85,000 without power") the head and unit of the
        /// article's other counts of the same state, when they all count one thing; else it stays not recognised.
        /// </summary>
        private static List<MentionIdentity> ResolveStates(List<MentionIdentity> read)
        {
            var result = new List<MentionIdentity>(read.Count);
            foreach (var m in read)
            {
                if (m.Head is not null || m.Event is null || !m.Event.StartsWith("without-", StringComparison.Ordinal))
                {
                    result.Add(m);
                    continue;
                }

                var models = read.Where(o => o != m && o.IsRecognised && o.Head is not null && o.Event == m.Event && o.Kind == m.Kind).ToList();
                if (models.Count == 0 || models.Select(o => o.Head).Distinct(StringComparer.Ordinal).Count() != 1)
                {
                    result.Add(m);
                    continue;
                }

                var model = models[0];
                var cue = new IdentityCue(IdentityRole.Thing, m.Mention.Start, m.Mention.Text, "no noun of its own: counts what " + model.Id + " (\"" + model.Mention.Text + "\", the article's count " + m.Event + ") counts");
                result.Add(new MentionIdentity(m.ArticleId, m.Mention, m.SentenceStart, m.Sentence, m.Thing, model.Head, m.Event, m.Qualifiers, m.Kind, model.Unit, m.Measure, true, m.Cues.Append(cue), m.About));
            }

            return result;
        }
    }
}

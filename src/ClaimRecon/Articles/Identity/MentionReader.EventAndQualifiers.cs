using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>The event word near a mention and its qualifiers (from, to, in, nationality, "so far"), with the cue spans that decided them.</summary>
    internal sealed partial class MentionReader
    {
        private static int FindEvent(Sentence s, int fw, int spanEnd, int thingFrom, int thingTo, UnitClass cls, out string? @event)
        {
            var words = s.Words;
            var table = cls switch
            {
                UnitClass.Money => IdentityWords.MoneyEvents,
                UnitClass.Percent => IdentityWords.ShareEvents,
                UnitClass.Length => IdentityWords.LengthEvents,
                _ => IdentityWords.CountEvents,
            };

            bool Matches(int k, out string? e)
            {
                e = null;
                if (k < 0 || k >= words.Length || (thingFrom >= 0 && k >= thingFrom && k <= thingTo) || !table.TryGetValue(words[k].Lower, out var found))
                {
                    return false;
                }

                // "Turkish nationality" is the share's event; "holding" and a nationality are not events of a count.
                if (found == IdentityWords.Nationality && !(cls == UnitClass.Percent && k > 0 && IdentityWords.Places.ContainsKey(words[k - 1].Lower)))
                {
                    return false;
                }

                e = found;
                return true;
            }

            // The predicate of the counted noun comes first: "2,000 militants ... are being moved", "5,000 have been transferred".
            if (cls != UnitClass.Money)
            {
                for (var k = spanEnd + 1; k <= spanEnd + PredicateReach && k < words.Length; k++)
                {
                    // ", and about 2,500 people have been evacuated": a new clause's verb is not this figure's predicate.
                    if (s.Breaks[k - 1] && ClauseOpeners.Contains(words[k].Lower))
                    {
                        break;
                    }

                    if (Matches(k, out @event) && words[k - 1].Lower is "are" or "is" or "was" or "were" or "been" or "being" or "be" or "have" or "has" or "had")
                    {
                        return k;
                    }
                }
            }

            var leftOpen = true;
            for (var d = 1; d <= EventReach; d++)
            {
                if (Matches(spanEnd + d, out @event))
                {
                    return spanEnd + d;
                }

                var left = fw - d;
                leftOpen &= !(left >= 0 && s.Breaks[left]);
                if (leftOpen && Matches(left, out @event))
                {
                    return left;
                }
            }

            @event = null;
            return -1;
        }

        private List<string> ReadQualifiers(Sentence s, int fw, int spanEnd, int phraseStart, int eventIndex, List<IdentityCue> cues)
        {
            var words = s.Words;
            bool Crosses(int k)
            {
                for (var b = Math.Min(k, fw); b < Math.Max(k, spanEnd); b++)
                {
                    if (s.Breaks[b] && (b < fw || b >= spanEnd) && (k < fw ? b >= k : b < k))
                    {
                        return true;
                    }
                }

                return false;
            }

            var found = new Dictionary<string, (string Value, int Distance, int Index, int Length)>(StringComparer.Ordinal);
            void Offer(string role, string value, int index, int length)
            {
                var distance = index < fw ? fw - index : index - spanEnd;
                if (!found.TryGetValue(role, out var had) || had.Distance > distance)
                {
                    found[role] = (value, distance, index, length);
                }
            }

            var lo = Math.Max(0, fw - QualifierReachLeft);
            var hi = Math.Min(words.Length - 1, spanEnd + QualifierReachRight);
            for (var k = lo; k <= hi; k++)
            {
                var w = words[k].Lower;
                if (k + 1 <= hi)
                {
                    var p = k + 1;
                    if (words[p].Lower == "the" && p + 1 <= hi)
                    {
                        p++;
                    }

                    var place = PlaceAt(words, p);
                    if (place is not null && !Possessive(words[p]) && !Crosses(k))
                    {
                        if (w == "from")
                        {
                            Offer("from", place, k, p - k + 1);
                        }
                        else if (w is "to" or "into")
                        {
                            Offer("to", place, k, p - k + 1);
                        }
                        else if (w is "in" or "inside" or "within")
                        {
                            Offer("in", place, k, p - k + 1);
                        }
                    }
                }

                if (w is "nationality" or "nationals" or "citizens" or "citizenship" && k > 0 && k - 1 >= phraseStart - 1 && k - 1 <= spanEnd + 3 && !Crosses(k - 1)
                    && IdentityWords.Places.TryGetValue(words[k - 1].Lower, out var nation))
                {
                    Offer("nationality", nation, k - 1, 2);
                }
            }

            // "Iraq received 2,250": the receiver is where they went.
            if (eventIndex > 0 && words[eventIndex].Lower.StartsWith("receiv", StringComparison.Ordinal))
            {
                var k = eventIndex - 1;
                while (k > 0 && words[k].Lower is "has" or "have" or "had" or "it" or "already")
                {
                    k--;
                }

                var place = PlaceAt(words, k);
                if (place is not null && !found.ContainsKey("to") && !found.ContainsKey("in"))
                {
                    Offer("to", place, k, eventIndex - k + 1);
                }
            }

            // "confirmed measles cases", "cases of cholera": which outbreak the count is of.
            var disease = DiseaseAt(words, phraseStart, spanEnd);
            if (disease >= 0)
            {
                Offer("disease", words[disease].Lower, disease, 1);
            }

            if (found.ContainsKey("to") && found.ContainsKey("in"))
            {
                found.Remove(found["to"].Distance <= found["in"].Distance ? "in" : "to");
            }

            var list = new List<string>();
            foreach (var pair in found.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                list.Add(pair.Key + "=" + pair.Value.Value);
                var first = words[pair.Value.Index];
                var last = words[pair.Value.Index + pair.Value.Length - 1];
                cues.Add(new IdentityCue(IdentityRole.Qualifier, first.Start, _text.Substring(first.Start, last.End - first.Start), pair.Key + " qualifier"));
            }

            return list;
        }

        private static bool Possessive(Word w) => w.Lower.EndsWith("'s", StringComparison.Ordinal) || w.Lower.EndsWith("\u2019s", StringComparison.Ordinal);

        private static string? PlaceAt(Word[] words, int k)
        {
            if (k < 0 || k >= words.Length)
            {
                return null;
            }

            var w = words[k];
            var lower = Possessive(w) ? w.Lower.Substring(0, w.Lower.Length - 2) : w.Lower;
            if (IdentityWords.Places.TryGetValue(lower, out var place))
            {
                return place;
            }

            return w.IsCapitalised && !IdentityWords.Months.Contains(lower) && !IdentityWords.Function.Contains(lower) && !w.IsNumber && k > 0 ? KeyText.Clean(lower) : null;
        }

        private const string RunningEventRule = "an event that cannot be undone: what it happened to is a running total";

        /// <summary>
        /// Events that cannot be undone, whose counts only grow: people killed, injured, arrested or rescued, and things
        /// destroyed or damaged. A count of one ("86 homes were destroyed") is a running total whatever its tense, so "so
        /// far", "have been" and a plain past meet as one quantity across reports. Held, displaced, missing, sent home,
        /// flooded or without power are states a count can leave, and a crowd that took part is the size of one event: levels.
        /// </summary>
        private static readonly HashSet<string> RunningEvents = new(StringComparer.Ordinal)
        {
            "killed", "injured", "arrested", "rescued", "destroyed", "damaged",
        };

        private static bool IsRunningEvent(string? @event) => @event is not null && RunningEvents.Contains(@event);

        /// <summary>
        /// Whether the clause goes on to say the things counted are still in a state ("12 injured people remain in
        /// hospital", "40 damaged homes are still empty"): a count of those still so, a level, whatever happened to them;
        /// <paramref name="last"/> is the last word of the counted noun.
        /// </summary>
        private static bool StillIn(Sentence s, int last)
        {
            for (var k = last + 1; k < s.Words.Length && k <= last + 3 && !s.Breaks[k - 1]; k++)
            {
                if (s.Words[k].Lower is "remain" or "remains" or "remained" or "stay" or "stays" or "stayed" or "still")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A plan cue (true: a target) or a running-total cue near the figure, added to <paramref name="cues"/>;
        /// <paramref name="runningTotal"/> tells whether the running total is said outright ("so far", "to date",
        /// "thus far", "already"), not only implied by a perfect tense ("have been").
        /// </summary>
        private static bool FindCue(Word[] words, int lo, int hi, int eventIndex, List<IdentityCue> cues, out bool runningTotal, int reachAfter = 3)
        {
            runningTotal = false;
            lo = Math.Max(0, lo - 5);
            hi = Math.Min(words.Length - 1, hi + reachAfter);
            int plan = -1, soFar = -1;
            for (var k = lo; k <= hi; k++)
            {
                var w = words[k].Lower;
                var isPlan = IdentityWords.PlanCues.Contains(w)
                    || (w == "due" && k + 1 < words.Length && words[k + 1].Lower == "to")
                    || (w == "being" && eventIndex == k + 1)
                    || (w == "to" && k + 2 < words.Length && words[k + 1].Lower == "be" && k + 2 == eventIndex);
                if (isPlan && plan < 0)
                {
                    plan = k;
                }

                var outright = (w == "far" && k > 0 && words[k - 1].Lower is "so" or "thus") || (w == "date" && k > 0 && words[k - 1].Lower == "to") || w == "already";
                runningTotal |= outright;
                var isSoFar = outright || (w == "been" && k > 0 && words[k - 1].Lower is "have" or "has" or "had");
                if (isSoFar && soFar < 0)
                {
                    soFar = k;
                }
            }

            if (plan >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Kind, words[plan].Start, words[plan].Text, "a plan or expectation: a target"));
                runningTotal = false;
                return true;
            }

            if (soFar >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Kind, words[soFar].Start, words[soFar].Text, "so far: a running total"));
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Counts of the people who took part in a collective action (a march, a rally, a strike): however each outlet words
    /// it ("the crowd at 18,000", "65,000 marchers", "brought 20,000 people onto the streets", "walked off the job",
    /// "joined the walkout"), the count is the one quantity a fact-checker compares, keyed <c>took-part</c>.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>The event of a count of those who took part in a collective action.</summary>
        internal const string TookPart = "took-part";

        private const string GatheringRule = "the size of a gathering (\"the crowd at N\", \"turnout of N\"): the people who took part";
        private const string DrawRule = "a collective action drew the count (\"the march brought N people onto the streets\"): the people who took part";
        private const string AbsenceRule = "absent from work in a story of a strike (\"N did not report for work\"): the people who took part";
        private const string NoNounPartRule = "took part with no noun of its own (\"1,000 had joined the protest\"): people";
        private const string ParticipantRule = "participants with no event of their own (\"65,000 marchers\"): the people who took part";

        /// <summary>Nouns that name the size of a gathering itself, not a group counted in it: "the crowd at 18,000" counts people.</summary>
        private static readonly HashSet<string> GatheringNouns = new(StringComparer.Ordinal) { "crowd", "turnout", "attendance" };

        /// <summary>Nouns of the people taking part in a collective action; compared as persons (see <see cref="IdentityWords.NounClasses"/>).</summary>
        private static readonly HashSet<string> ParticipantNouns = new(StringComparer.Ordinal)
        {
            "marcher", "protester", "protestor", "demonstrator", "participant", "attendee", "rallygoer", "striker", "picketer",
        };

        /// <summary>Nouns of collective actions whose participants are counted.</summary>
        private static readonly HashSet<string> ActionNouns = new(StringComparer.Ordinal)
        {
            "march", "rally", "protest", "demonstration", "strike", "walkout", "stoppage", "sit-in", "vigil", "picket", "boycott", "procession", "parade",
        };

        /// <summary>
        /// The present forms of the verbs of a collective action: after a plural count ("Tens of thousands march", "Thousands
        /// of teachers strike", a headline's present for what happened) they say what the counted did, not what was counted.
        /// </summary>
        private static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
        {
            "march", "rally", "protest", "strike", "demonstrate", "picket",
        };

        private const string ActionVerbRule = "a collective action's verb right after a plural count (\"Tens of thousands march\"): the people who took part";

        /// <summary>Nouns of a withdrawal of labour: in a story that names one, staying away from work is taking part in it.</summary>
        private static readonly HashSet<string> StrikeNouns = new(StringComparer.Ordinal) { "strike", "walkout", "stoppage" };

        /// <summary>Verbs by which an action gathers its people ("the rally drew 4,000", "brought 20,000 onto the streets").</summary>
        private static readonly HashSet<string> DrawVerbs = new(StringComparer.Ordinal)
        {
            "brought", "drew", "drawn", "attracted", "pulled", "mobilised", "mobilized",
        };

        private const string ActionCostRule = "owner of the cost: the collective action the article reports (its first: a strike, a march)";

        /// <summary>Whether the article names a strike, a walkout or a stoppage anywhere; read once per article.</summary>
        private bool? _namesStrike;

        /// <summary>The first collective action the article names, lemmatised, or "" for none; read once per article.</summary>
        private string? _action;

        /// <summary>
        /// The collective action the article reports: the first action noun in it ("Strike enters second day": strike), not
        /// a capitalised "March" (a month); null when it names none.
        /// </summary>
        private string? ActionOfArticle()
        {
            if (_action is null)
            {
                _action = string.Empty;
                foreach (var sentence in _sentences)
                {
                    foreach (var w in sentence.Words)
                    {
                        var lemma = IdentityWords.Lemma(w.Lower);
                        if (ActionNouns.Contains(lemma) && !(lemma == "march" && w.Text[0] == 'M'))
                        {
                            _action = lemma;
                            break;
                        }
                    }

                    if (_action.Length > 0)
                    {
                        break;
                    }
                }
            }

            return _action.Length == 0 ? null : _action;
        }

        /// <summary>
        /// The participation a count's own verb or phrase names, where its verb alone would not: "walked off the job" and
        /// "walked out", "went on strike", "joined the walkout"; null when it names none.
        /// </summary>
        private static string? ParticipationVerb(Word[] words, int k)
        {
            var lower = words[k].Lower;
            var next = k + 1 < words.Length ? words[k + 1].Lower : null;
            if (lower == "walked" && next is "off" or "out")
            {
                return TookPart;
            }

            if (lower is "went" or "gone" && next == "on" && k + 2 < words.Length && StrikeNouns.Contains(IdentityWords.Lemma(words[k + 2].Lower)))
            {
                return TookPart;
            }

            if (lower == "joined" && ActionAfter(words, k + 1))
            {
                return TookPart;
            }

            return null;
        }

        // "joined the walkout", "joined Saturday's march": an action noun within three words, after a determiner or a name.
        private static bool ActionAfter(Word[] words, int from)
        {
            for (var j = from; j < words.Length && j < from + 4; j++)
            {
                if (ActionNouns.Contains(IdentityWords.Lemma(words[j].Lower)))
                {
                    return true;
                }

                if (IdentityWords.Function.Contains(words[j].Lower) && words[j].Lower is not ("the" or "a" or "an" or "its" or "their" or "this"))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a count, whose event the other rules read as <paramref name="event"/> at <paramref name="eventIndex"/>,
        /// counts the people who took part in a collective action; <paramref name="at"/> is the word that says so and
        /// <paramref name="rule"/> the rule.
        /// </summary>
        private bool TookPartIn(Sentence s, int fw, int spanEnd, int thingTo, string? thingRule, int eventIndex, string? @event, out int at, out string? rule)
        {
            var words = s.Words;
            at = -1;
            rule = null;
            if (eventIndex >= 0 && (@event == IdentityWords.Transfer || @event == words[eventIndex].Lower) && DrawVerbs.Contains(words[eventIndex].Lower)
                && (OntoTheStreets(s, spanEnd + 1) || ActionBefore(s, ClauseStart(s, fw), eventIndex)))
            {
                at = eventIndex;
                rule = DrawRule;
                return true;
            }

            if (@event is null && Absent(s, spanEnd + 1, out at) && NamesStrike())
            {
                rule = AbsenceRule;
                return true;
            }

            if (@event is null && thingTo >= 0 && thingRule != GuessRule && ParticipantNouns.Contains(IdentityWords.Lemma(words[thingTo].Lower)))
            {
                at = thingTo;
                rule = ParticipantRule;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Reads a count's thing again where a crowd or an action's verb decides it: "A crowd of 3,000 filled the square" is
        /// the crowd's size (the thing becomes the gathering noun), and in "Thousands of teachers strike" or "Tens of
        /// thousands march" the word after the count is what they did (after a lone action word, the count has no noun).
        /// </summary>
        /// <returns>The index of the action's verb, or -1.</returns>
        private static int CrowdOrActionVerb(Sentence s, NumericMention m, int lw, int fw, ref string? thing, ref int thingFrom, ref int thingTo, ref string? thingRule)
        {
            var words = s.Words;
            if (thingRule != ChangeRule && GatheringBefore(s, fw, thing is null ? -1 : thingFrom) is var crowd && crowd >= 0)
            {
                thing = words[crowd].Text;
                thingFrom = thingTo = crowd;
                thingRule = GatheringRule;
                return -1;
            }

            if (thing is null || thingRule == GuessRule || thingRule == ChangeRule || thingFrom <= lw)
            {
                return -1;
            }

            if (ActionVerbAt(s, m, thingTo + 1))
            {
                return thingTo + 1;
            }

            if (thingFrom == lw + 1 && ActionVerbAt(s, m, thingFrom))
            {
                var verb = thingFrom;
                thing = null;
                thingFrom = thingTo = -1;
                thingRule = null;
                return verb;
            }

            return -1;
        }

        /// <summary>
        /// Whether the word at <paramref name="k"/>, right after a count's figure or noun phrase, is the present of a collective
        /// action's verb ("Tens of thousands march", "Thousands of teachers strike over pay"): a singular action word after a
        /// plural count is no noun of it. Not after "one" or "1", nor before a noun the word would describe ("strike pay").
        /// </summary>
        private static bool ActionVerbAt(Sentence s, NumericMention m, int k)
        {
            var words = s.Words;
            // A capital after a lowercase word is a name or a month ("on March 3"), not a headline's verb.
            if (k <= 0 || k >= words.Length || s.Breaks[k - 1] || !ActionVerbs.Contains(words[k].Lower) || (words[k].IsCapitalised && !words[k - 1].IsCapitalised))
            {
                return false;
            }

            if (m.Text.Trim().ToLowerInvariant() is "1" or "one" or "a" or "an")
            {
                return false;
            }

            // "march organisers", "strike pay": the word describes the noun after it.
            return k + 1 >= words.Length || s.Breaks[k] || IdentityWords.Function.Contains(words[k + 1].Lower) || words[k + 1].IsCapitalised
                || words[k + 1].Lower is "over" or "against" or "outside" or "across" or "again" or "today";
        }

        /// <summary>
        /// The gathering noun before a figure with only function words between ("A crowd of 3,000 filled the square"), when
        /// the word after the figure is a verb or the people counted; -1 when there is none.
        /// </summary>
        private static int GatheringBefore(Sentence s, int fw, int thingFrom)
        {
            var words = s.Words;
            for (var k = fw - 1; k >= 0 && k >= fw - 3; k--)
            {
                if (GatheringNouns.Contains(words[k].Lower))
                {
                    var after = thingFrom < 0 || IsPast(words[thingFrom]) || IdentityWords.Lemma(words[thingFrom].Lower) == "person";
                    return after && Gathering(s, k, fw) ? k : -1;
                }

                if (!IdentityWords.Function.Contains(words[k].Lower) || s.Breaks[k])
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether a guessed thing is a gathering noun ("crowd", "turnout") with only function words between it and the
        /// figure ("estimated the crowd at 18,000", "put the turnout at more than 60,000", "a crowd of 5,000").
        /// </summary>
        private static bool Gathering(Sentence s, int thingTo, int fw)
        {
            var words = s.Words;
            if (thingTo < 0 || thingTo >= fw || !GatheringNouns.Contains(words[thingTo].Lower))
            {
                return false;
            }

            for (var k = thingTo + 1; k < fw; k++)
            {
                if (!IdentityWords.Function.Contains(words[k].Lower) || s.Breaks[k - 1])
                {
                    return false;
                }
            }

            return !s.Breaks[fw - 1];
        }

        // "onto the streets", "into the streets", "to the streets".
        private static bool OntoTheStreets(Sentence s, int k)
        {
            var words = s.Words;
            return k + 2 < words.Length && words[k].Lower is "onto" or "into" or "to" or "on" && words[k + 1].Lower == "the"
                && words[k + 2].Lower is "streets" or "street" && !s.Breaks[k - 1] && !s.Breaks[k] && !s.Breaks[k + 1];
        }

        // An action noun among the words of the clause before the verb ("Saturday's march against the reform brought ...").
        private static bool ActionBefore(Sentence s, int from, int verb)
        {
            for (var k = Math.Max(0, from); k < verb; k++)
            {
                if (ActionNouns.Contains(IdentityWords.Lemma(s.Words[k].Lower)))
                {
                    return true;
                }
            }

            return false;
        }

        // "did not report for work", "didn't turn up", "failed to report", "stayed away", "stayed home", after the count.
        private static bool Absent(Sentence s, int k, out int at)
        {
            var words = s.Words;
            at = -1;
            while (k < words.Length && words[k].Lower is "also" or "reportedly" or "had" or "have" && !s.Breaks[k - 1])
            {
                k++;
            }

            if (k + 2 < words.Length && ((words[k].Lower == "did" && words[k + 1].Lower == "not") || (words[k].Lower == "failed" && words[k + 1].Lower == "to"))
                && words[k + 2].Lower is "report" or "turn" or "show" or "come")
            {
                at = k + 2;
                return true;
            }

            if (k + 1 < words.Length && words[k].Lower is "didn't" or "didn\u2019t" && words[k + 1].Lower is "report" or "turn" or "show" or "come")
            {
                at = k + 1;
                return true;
            }

            if (k + 1 < words.Length && words[k].Lower == "stayed" && words[k + 1].Lower is "away" or "home")
            {
                at = k;
                return true;
            }

            return false;
        }

        private bool NamesStrike()
        {
            if (_namesStrike is { } known)
            {
                return known;
            }

            foreach (var sentence in _sentences)
            {
                foreach (var w in sentence.Words)
                {
                    if (StrikeNouns.Contains(IdentityWords.Lemma(w.Lower)))
                    {
                        _namesStrike = true;
                        return true;
                    }
                }
            }

            _namesStrike = false;
            return false;
        }
    }
}

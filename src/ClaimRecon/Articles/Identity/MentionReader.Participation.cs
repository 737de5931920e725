using System;
using System.Collections.Generic;

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

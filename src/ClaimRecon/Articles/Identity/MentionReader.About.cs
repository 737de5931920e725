using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="MentionIdentity.About"/>): the property or entity a reader would name, which is
    /// the measured thing for a property ("turnover of 1.3 billion shekels") and otherwise the subject of the figure's
    /// clause ("Harbour Freight, which employs 900 drivers" is about Harbour Freight); and conversions in parentheses.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ConversionRule = "converts the figure before it (in parentheses)";
        private const string RelativeRule = "the noun a relative clause (which, who, that) describes";

        // Thing rules that already name the property or entity the figure is about.
        private static readonly HashSet<string> PropertyRules = new(StringComparer.Ordinal)
        {
            CostRule, ChangeRule, RestatedRule, ConversionRule, NounBeforeOfRule, NumberOfRule, ShareOfRule, LengthRule,
        };

        // Words that open a new clause inside a sentence: its subject comes after them.
        private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
        {
            "while", "whereas", "but", "because", "although", "though", "after", "before", "when", "since", "if", "and",
        };

        // Words that open a subordinate clause: one closed by a comma before the figure is not the figure's clause.
        private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        {
            "while", "whereas", "because", "although", "though", "after", "before", "when", "since", "if", "unless", "once", "until",
        };

        // Prepositions that open a phrase before the subject ("In the north,", "For 2024,", "According to the survey,").
        private static readonly HashSet<string> IntroWords = new(StringComparer.Ordinal)
        {
            "in", "on", "for", "at", "after", "before", "during", "over", "under", "since", "with", "from", "despite", "across",
            "among", "amid", "following", "unlike", "like", "by", "through", "throughout", "within", "according", "if", "when",
            "while", "although", "though", "because", "unless", "once", "until", "whereas", "as",
        };

        // Auxiliary and modal verbs: after "and", they show a clause with its own subject.
        private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        {
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
        };

        // Discourse words that open a clause before its subject.
        private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
        {
            "however", "meanwhile", "now", "still", "yet", "thus", "then", "instead", "moreover", "furthermore", "nevertheless",
            "nonetheless", "besides", "today", "yesterday", "overall", "far", "indeed", "otherwise", "likewise", "hence", "therefore",
        };

        /// <summary>The figure just before this one when this one is its conversion in parentheses ("47 feet (14 metres)", "9 billion yuan (US $1.3 billion)").</summary>
        private MentionIdentity? Converted(NumericMention m, int si)
        {
            var open = m.Start - 1;
            while (open >= 0 && (char.IsWhiteSpace(_text[open]) || char.IsLetter(_text[open]) || _text[open] == '$'))
            {
                open--;
            }

            if (open < 0 || _text[open] != '(' || m.Start - open > 6)
            {
                return null;
            }

            var before = _read.LastOrDefault(r => r.Sentence == si && r.Identity.Mention.Start < open).Identity;
            if (before is null)
            {
                return null;
            }

            var end = before.Mention.Start + before.Mention.Length;
            for (var k = end; k < open; k++)
            {
                if (!char.IsWhiteSpace(_text[k]) && !char.IsLetter(_text[k]))
                {
                    return null;
                }
            }

            return open - end <= 24 ? before : null;
        }

        private string? ReadAbout(Sentence s, int fw, string? thing, string? thingRule, MentionIdentity? converted, List<IdentityCue> cues)
        {
            if (converted is not null)
            {
                return converted.About ?? converted.Thing;
            }

            if (thing is not null && thingRule is not null && PropertyRules.Contains(thingRule))
            {
                return thing;
            }

            var words = s.Words;
            var start = ClauseStart(s, fw);

            // A figure in a relative clause is about the noun the clause describes ("the ferry, which carries 300 cars").
            if (RelativeAntecedent(s, start, fw, out var rf, out var rt))
            {
                return About(words, rf, rt, RelativeRule, cues);
            }

            // A name in the figure's clause is what it is about ("Since last season Chris Wood has scored 22 goals");
            // otherwise the clause's first noun phrase ("panel strength was 9 ksi"). A capitalised word of an earlier
            // figure ("49.5 HZ", "EUR") is not a name.
            var si = SentenceOf(s.Start);
            for (var k = start; k < fw; k++)
            {
                if (IsNameWord(words[k]) && !InEarlierFigure(words[k], si) && NounPhraseAfter(s, k, -1, out var nf, out var nt) && nt < fw)
                {
                    return About(words, nf, nt, "a name in the figure's clause", cues);
                }
            }

            while (start < fw && (IdentityWords.Function.Contains(words[start].Lower) || IsVerbLike(words[start]) || IsSentenceAdverb(words[start])))
            {
                start++;
            }

            if (start < fw && NounPhraseAfter(s, start, -1, out var from, out var to) && to < fw)
            {
                return About(words, from, to, "subject of the figure's clause", cues);
            }

            return thing;
        }

        /// <summary>
        /// The first word of the figure's clause: the word after the nearest clause opener before the figure, past an
        /// opening phrase or subordinate clause that a comma closes ("In the north, the plant ...", "if the plant stays
        /// open, the grid ..."): the figure's subject comes after that comma.
        /// </summary>
        private static int ClauseStart(Sentence s, int fw)
        {
            var words = s.Words;
            var start = 0;
            var opening = fw > 0 && OpensWithPhrase(words[0]);
            for (var k = 0; k < fw; k++)
            {
                if (OpensClause(s, k, fw))
                {
                    // An "and" inside an opening clause ("If sales and costs rise, ...") leaves it open until its comma.
                    opening = (opening && words[k].Lower == "and") || Subordinators.Contains(words[k].Lower) || (k + 1 < fw && OpensWithPhrase(words[k + 1]));
                    start = k + 1;
                }
                else if (opening && s.Breaks[k] && k + 1 < fw && !IsVerbLike(words[k + 1]))
                {
                    // The comma closes the opening phrase, unless an aside follows it ("debt, excluding banks, was ...").
                    start = k + 1;
                    opening = OpensWithPhrase(words[start]);
                }
            }

            return start;
        }

        private static bool OpensWithPhrase(Word w) => IntroWords.Contains(w.Lower) || IsSentenceAdverb(w);

        /// <summary>
        /// Whether the word at <paramref name="k"/> opens a new clause before the figure. "and" does only when a subject
        /// and a verb follow it ("and the gas contract was up 4%"); before a figure ("4 ppb and 2 ppb"), a verb that
        /// shares the subject before it ("and offers 536 hp") or between two noun phrases it joins parts of one clause.
        /// </summary>
        private static bool OpensClause(Sentence s, int k, int fw)
        {
            var w = s.Words[k].Lower;
            if (!ClauseOpeners.Contains(w))
            {
                return false;
            }

            if (w != "and")
            {
                return true;
            }

            for (var j = k + 2; j < fw; j++)
            {
                if (IsVerbLike(s.Words[j]) || Auxiliaries.Contains(s.Words[j].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The noun phrase a relative clause holding the figure describes: "which" or "who", or "that" before a verb,
        /// with no clause punctuation between it and the figure ("Nissan, which is 43 percent owned", "a squad that
        /// contained 17 players").
        /// </summary>
        private static bool RelativeAntecedent(Sentence s, int start, int fw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            for (var k = fw - 1; k > start; k--)
            {
                if (s.Breaks[k])
                {
                    return false;
                }

                var w = words[k].Lower;
                if (w is "which" or "who" || (w == "that" && k + 1 < fw && (IsVerbLike(words[k + 1]) || Auxiliaries.Contains(words[k + 1].Lower))))
                {
                    return NounPhraseBefore(s, k - 1, out from, out to);
                }
            }

            return false;
        }

        private bool InEarlierFigure(Word w, int si) =>
            _read.Any(r => r.Sentence == si && r.Identity.Mention.Start <= w.Start && w.End <= r.Identity.Mention.Start + r.Identity.Mention.Length);

        /// <summary>
        /// A word that opens a clause without being its subject: an adverb in -ly ("Previously", "Currently") or a
        /// discourse word ("However", "Meanwhile", "Now"). The subject comes after it.
        /// </summary>
        private static bool IsSentenceAdverb(Word w) =>
            (w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal)) || SentenceAdverbs.Contains(w.Lower);

        private static bool IsNameWord(Word w) =>
            w.IsCapitalised && !IdentityWords.Function.Contains(w.Lower) && !IdentityWords.Months.Contains(w.Lower) && !w.Lower.EndsWith("ly", StringComparison.Ordinal) && !SentenceAdverbs.Contains(w.Lower);

        private string About(Word[] words, int from, int to, string rule, List<IdentityCue> cues)
        {
            var about = Span(words, from, to);
            cues.Add(new IdentityCue(IdentityRole.About, words[from].Start, about, rule));
            return about;
        }
    }
}

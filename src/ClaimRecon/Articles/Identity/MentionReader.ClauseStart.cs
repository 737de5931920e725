using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Where the figure's clause starts, for <see cref="MentionIdentity.About"/>: after a clause opener, past an opening
    /// phrase or subordinate clause closed by a comma, and after a verb of saying and "that".
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>
        /// The first word of the figure's clause: the word after the nearest clause opener before the figure, past an
        /// opening phrase or subordinate clause that a comma closes ("In the north, the plant ...", "if the plant stays
        /// open, the grid ..."): the figure's subject comes after that comma.
        /// </summary>
        private static int ClauseStart(Sentence s, int fw)
        {
            var words = s.Words;
            var start = 0;
            var opening = fw > 0 && (OpensWithPhrase(words[0]) || ParticipleOpener(s));
            for (var k = 0; k < fw; k++)
            {
                if (OpensClause(s, k, fw))
                {
                    // An "and" inside an opening clause ("If sales and costs rise, ...") leaves it open until its comma.
                    opening = (opening && words[k].Lower == "and") || Subordinators.Contains(words[k].Lower) || (k + 1 < fw && OpensWithPhrase(words[k + 1]));
                    start = k + 1;
                }
                else if (words[k].Lower == "that" && k > 0 && k + 1 < fw && !s.Breaks[k - 1] && ThatVerbs.Contains(words[k - 1].Lower))
                {
                    // "Lakeside has estimated that a strike would cost $80 million": the figure's clause starts after "that".
                    start = k + 1;
                    opening = OpensWithPhrase(words[start]);
                }
                else if (k + 2 < fw && !s.Breaks[k] && SayingVerbs.Contains(words[k].Lower) && ReportedClause(s, k, fw) is var reported && reported > k)
                {
                    // "Officials said on Monday the county will hire 25 nurses": what is said is a clause with a subject of its own.
                    start = reported;
                    opening = false;
                    k = reported - 1;
                }
                else if (opening && s.Breaks[k] && k + 1 < fw && (!IsVerbLike(words[k + 1]) || GerundSubject(s, k + 1, fw)))
                {
                    // The comma closes the opening phrase, unless an aside follows it ("debt, excluding banks, was ..."); an
                    // -ing noun and its preposition with no comma before the figure are the subject ("In the north, sampling
                    // in the spring came back at 6 ppb").
                    start = k + 1;
                    opening = OpensWithPhrase(words[start]);
                }
            }

            return start;
        }

        // Verbs of saying, finding and expecting, in forms that are not nouns, after which a reported clause may follow
        // without "that" ("Officials said the county will hire 25 nurses").
        private static readonly HashSet<string> SayingVerbs = new(
            ("said says told announced reported warned noted added predicted claimed argued found stated wrote estimated expects expected " +
             "believes believed thinks thought confirmed insisted acknowledged admitted suggested reckons reckoned assumed calculated projected").Split(' '),
            StringComparer.Ordinal);

        /// <summary>
        /// The first word of a clause reported after the verb of saying at <paramref name="k"/> ("said the county will hire
        /// 25 nurses", "announced Monday that the firm had cut 30 jobs"), past a day or date and "that": a subject that is
        /// no pronoun or number, then a finite verb within a few words and before the figure <paramref name="fw"/>, no comma
        /// between; -1 when there is none ("reported profits of $4 million", "expects sales to rise 4%", "said it would cut 30 jobs").
        /// </summary>
        private static int ReportedClause(Sentence s, int k, int fw)
        {
            var words = s.Words;
            var j = k + 1;
            if (words[j].Lower == "on" && j + 1 < fw && IdentityWords.Months.Contains(words[j + 1].Lower))
            {
                j++;
            }

            if (IdentityWords.Months.Contains(words[j].Lower) || words[j].Lower is "yesterday" or "today")
            {
                // "said Monday", "announced Dec. 2".
                j += j + 1 < fw && words[j + 1].IsNumber && words[j + 1].Text.Length <= 2 ? 2 : 1;
            }
            else if (words[j].Lower is "last" or "this" && j + 1 < fw && (TimeWords.Contains(words[j + 1].Lower) || TimeSpans.Contains(words[j + 1].Lower)))
            {
                j += 2;
            }

            if (j < fw && words[j].Lower == "that")
            {
                j++;
            }

            for (var b = k; b < j; b++)
            {
                if (s.Breaks[b])
                {
                    return -1;
                }
            }

            if (j + 1 >= fw || words[j].IsNumber || IdentityWords.Anaphors.Contains(words[j].Lower) || words[j].Lower is "it" or "they" or "he" or "she" or "we" or "i" or "you" or "there"
                || (IdentityWords.Function.Contains(words[j].Lower) && !IsDeterminer(words[j])) || IsVerbLike(words[j]) || CommonVerbs.Contains(words[j].Lower))
            {
                return -1;
            }

            for (var v = j + 1; v < fw && v <= j + 6; v++)
            {
                if (s.Breaks[v - 1] || words[v].IsNumber)
                {
                    return -1;
                }

                var w = words[v];
                var plain = v - 1 > j || !IsDeterminer(words[j]);
                if (Auxiliaries.Contains(w.Lower) || w.Lower is "is" or "are" or "was" or "were"
                    || (plain && !w.IsCapitalised && (CommonVerbs.Contains(w.Lower) || w.Lower is "rose" or "fell" or "grew" or "stood" or "sank" or "slid" or "risen" or "fallen" or "grown" || (v - j <= 3 && w.Lower.Length > 4 && w.Lower.EndsWith("ed", StringComparison.Ordinal) && !IsCompoundAdjective(w)))))
                {
                    return j;
                }

                if (IdentityWords.Function.Contains(w.Lower) && !IsDeterminer(w) && w.Lower != "of")
                {
                    // A preposition or "to" before any verb: no clause ("expects sales to rise", "reported losses in 3 mills").
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether the sentence opens with a participle and its object ("Watching the market closely, the bank cut 30
        /// jobs"): a capitalised -ing word, then an article or possessive. The comma closes the phrase; its -ing word is no name.
        /// </summary>
        private static bool ParticipleOpener(Sentence s)
        {
            var words = s.Words;
            return words.Length > 2 && !s.Breaks[0] && words[0].IsCapitalised && words[0].Lower.Length > 4 && words[0].Lower.EndsWith("ing", StringComparison.Ordinal) && IsDeterminer(words[1]);
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
                if ((IsVerbLike(s.Words[j]) && !Participle(s, j)) || Auxiliaries.Contains(s.Words[j].Lower))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

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
            var opening = fw > 0 && OpensWithPhrase(words[0]);
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
    }
}

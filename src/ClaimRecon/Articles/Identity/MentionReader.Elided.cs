using System;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Two shapes of <see cref="MentionIdentity.About"/> where the noun right before the figure is what it is about: a
    /// list that leaves out the verb after its first change ("Ferry shares rose 4% and rail shares 2%") and an object
    /// set to a figure ("the bank cut its main rate to 3%", "lowered its cargo outlook from 4 to 6 per cent").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ElidedRule = "the noun before the figure in a list that leaves out the change verb (\"A rose 4% and B 2%\")";
        private const string ObjectToRule = "the object set to the figure (\"cut its main rate to 3%\") and the subject that has it";

        private const string AgeRule = "the noun an age bound describes (\"pupils under the age of 7\")";

        /// <summary>
        /// The noun right before an age bound that opens the figure ("pupils under the age of 7 years", "runners over
        /// the age of 60"), less the numbers and scale words of a count before it ("40,000 pupils").
        /// </summary>
        private static bool AgeBoundOf(Sentence s, int fw, out int from, out int to)
        {
            from = to = -1;
            var words = s.Words;
            if (fw < 1 || fw + 3 >= words.Length || s.Breaks[fw - 1] || words[fw].Lower is not ("under" or "over" or "above" or "below")
                || words[fw + 1].Lower != "the" || words[fw + 2].Lower != "age" || words[fw + 3].Lower != "of" || !NounPhraseBefore(s, fw - 1, out from, out to))
            {
                return false;
            }

            while (from < to && (words[from].IsNumber || IdentityWords.Scales.Contains(words[from].Lower)))
            {
                from++;
            }

            return !IsVerbLike(words[to]) && !CommonVerbs.Contains(words[to].Lower) && !IdentityWords.Scales.Contains(words[to].Lower);
        }

        /// <summary>
        /// Whether the guessed thing <paramref name="from"/>..<paramref name="to"/> opens a list item after "and" or a
        /// comma, with only "by", "up", "down" or a hedge between it and the figure, after a change figure earlier in
        /// the sentence: the change verb is left out and the thing is what changed.
        /// </summary>
        private bool ElidedChange(Sentence s, NumericMention m, int fw, int from, int to)
        {
            var words = s.Words;
            if (from < 1 || to >= fw || s.Breaks[to] || !(s.Breaks[from - 1] || words[from - 1].Lower == "and") || IsTimeOrSpell(words[to]) || IdentityWords.Months.Contains(words[to].Lower))
            {
                return false;
            }

            for (var k = from; k <= to; k++)
            {
                if (IsVerbLike(words[k]) || CommonVerbs.Contains(words[k].Lower) || HasDigit(words[k]))
                {
                    return false;
                }
            }

            for (var k = to + 1; k < fw; k++)
            {
                if (s.Breaks[k] || !(words[k].Lower is "by" or "up" or "down" || Hedges.Contains(words[k].Lower)))
                {
                    return false;
                }
            }

            var earlier = LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start && r.Identity.SentenceStart == s.Start);
            return earlier.Identity is { } e && (e.Mention.Change != ChangeDirection.None || e.Mention.IsChangeAmount) && e.Mention.Start + e.Mention.Length <= words[from].Start;
        }

        /// <summary>
        /// Whether the guessed thing <paramref name="from"/>..<paramref name="to"/> is an object set to the figure: an
        /// article or possessive before it, only "to" or "at" and hedges between it and the figure ("bring down the
        /// error rate to 0.1 per cent", "kept its main rate at 3%"), or a figure that opens with "from" right after it
        /// ("lowered its cargo outlook from 4 to 6 per cent").
        /// </summary>
        private static bool ObjectSetTo(Sentence s, int fw, int from, int to)
        {
            var words = s.Words;
            if (from < 1 || to + 1 > fw || (to + 1 == fw && words[fw].Lower != "from") || s.Breaks[from - 1] || !IsDeterminer(words[from - 1]) || words[from - 1].Lower is "this" or "that" || IsTimeOrSpell(words[to]))
            {
                return false;
            }

            // What a figure is compared against is not what it measures ("eased against the yen to 108").
            if (from >= 2 && words[from - 2].Lower is "against" or "versus" or "vs" or "than" or "over")
            {
                return false;
            }

            if (words[to + 1].Lower is not ("to" or "at" or "from") || s.Breaks[to] || (to + 1 < fw && words[to + 1].Lower == "from"))
            {
                return false;
            }

            for (var k = to + 2; k < fw; k++)
            {
                if (s.Breaks[k - 1] || !Hedges.Contains(words[k].Lower))
                {
                    return false;
                }
            }

            for (var k = from; k <= to; k++)
            {
                if (HasDigit(words[k]))
                {
                    return false;
                }
            }

            return (to + 1 == fw || !s.Breaks[fw - 1]) && !IsVerbLike(words[to]) && !CommonVerbs.Contains(words[to].Lower);
        }

        /// <summary>Whether the figure <paramref name="m"/> begins with "from" or follows it ("from 4 to 6 per cent").</summary>
        private static bool StartsWithFrom(Sentence s, NumericMention m)
        {
            if (m.Text.StartsWith("from ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var k = Array.FindIndex(s.Words, w => w.Start == m.Start);
            return k >= 1 && s.Words[k - 1].Lower == "from" && !s.Breaks[k - 1];
        }
    }
}

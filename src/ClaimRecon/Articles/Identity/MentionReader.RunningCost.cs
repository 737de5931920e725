namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a running cost pays for, when its own clause says so: the subject of "cost" ("fighting the fire costs $1.5
    /// million a day") or the noun after "for" or "for each day of" ("spent $1.5 million for each day of the fire").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string RunningCostRule = "what the running cost pays for (the subject of \"costs\", \"for X\" after it)";

        /// <summary>
        /// The noun a running cost read by the cost rule (its cost word at <paramref name="costFrom"/>..<paramref
        /// name="costTo"/>) pays for. A possessive pronoun ("for their upkeep") refers back and names nothing here.
        /// </summary>
        private static bool RunningCostOf(Sentence s, int fw, int lw, int costFrom, int costTo, out int from, out int to)
        {
            from = to = -1;
            var words = s.Words;
            if (!IsCostVerb(s, costFrom, costTo))
            {
                return false;
            }

            // "spent $1.5 million for each day of the fire", "$40,000 a week for the night ferry".
            var j = lw + 1;
            if (j < words.Length && !s.Breaks[lw] && ((words[j].Lower == "of" && IdentityWords.Periods.Contains(words[lw].Lower)) || words[j].Lower == "for"))
            {
                if (PaysFor(s, j + 1, out from, out to))
                {
                    return true;
                }
            }

            // "spent $1.5 million for each day the fire has burned": the subject of the clause after "each day".
            if (lw >= 1 && j + 1 < words.Length && !s.Breaks[lw] && IdentityWords.Periods.Contains(words[lw].Lower) && words[lw - 1].Lower is "each" or "every"
                && words[j].Lower is "the" or "a" or "an" or "this" && NounPhraseAfter(s, j + 1, j, out from, out to) && to + 1 < words.Length && !s.Breaks[to]
                && (Auxiliaries.Contains(words[to + 1].Lower) || IsVerbLike(words[to + 1]) || AreaVerbs.Contains(words[to + 1].Lower)))
            {
                return true;
            }

            // "fighting the fire costs $1.5 million a day": the subject right before the verb "costs".
            var k = costTo;
            if (costFrom == costTo && words[k].Lower is "cost" or "costs" && k >= 1 && !s.Breaks[k - 1] && OnlyFunctionWords(words, k + 1, fw)
                && !IdentityWords.Function.Contains(words[k - 1].Lower) && !words[k - 1].IsNumber && !IsVerbLike(words[k - 1]) && !CommonVerbs.Contains(words[k - 1].Lower)
                && NounPhraseBefore(s, k - 1, out from, out to))
            {
                return true;
            }

            from = to = -1;
            return false;
        }

        private static bool PaysFor(Sentence s, int j, out int from, out int to)
        {
            from = to = -1;
            var words = s.Words;
            for (var pass = 0; pass < 2; pass++)
            {
                while (j < words.Length && words[j].Lower is "a" or "an" or "the" or "each" or "every")
                {
                    j++;
                }

                if (j + 1 < words.Length && pass == 0 && IdentityWords.Periods.Contains(words[j].Lower) && words[j + 1].Lower == "of" && !s.Breaks[j])
                {
                    j += 2;
                }
            }

            if (j >= words.Length || words[j].Lower is "its" or "their" or "his" or "her" or "our" or "them" or "it" || IdentityWords.Periods.Contains(words[j].Lower))
            {
                return false;
            }

            return NounPhraseAfter(s, j, j - 1, out from, out to);
        }
    }
}

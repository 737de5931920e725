namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a running cost pays for, when its own clause says so: the subject of "cost" ("fighting the fire costs $1.5
    /// million a day") or the noun after "for" or "for each day of" ("spent $1.5 million for each day of the fire").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string LumpCostRule = "what the cost pays for (the subject of \"cost\", \"for X\" after it)";

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

            // "fighting the fire costs $1.5 million a day": the subject right before the verb "costs"; "Repairs will cost the
            // company about $12 million": past a modal before the verb and the one it costs after it.
            var k = costTo;
            var b = costFrom == costTo && words[k].Lower is "cost" or "costs" ? BeforeModals(s, k - 1) : -1;
            if (b >= 0 && !s.Breaks[b] && (OnlyFunctionWords(words, k + 1, fw) || OnlyFunctionWords(words, AfterCostObject(s, k + 1, fw), fw))
                && !IdentityWords.Function.Contains(words[b].Lower) && !words[b].IsNumber && !IsVerbLike(words[b]) && !CommonVerbs.Contains(words[b].Lower)
                && NounPhraseBefore(s, b, out from, out to))
            {
                return true;
            }

            from = to = -1;
            return false;
        }

        /// <summary>
        /// The index of the word before the modals and "expected to" that stand before a cost verb ("will", "would",
        /// "is expected to"), counting back from <paramref name="b"/>; -1 where a clause break comes first.
        /// </summary>
        private static int BeforeModals(Sentence s, int b)
        {
            var words = s.Words;
            while (b >= 1 && !s.Breaks[b - 1])
            {
                var w = words[b].Lower;
                if (w is "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must" or "also" or "still" or "likely" or "ultimately" or "eventually" or "probably")
                {
                    b--;
                }
                else if (w == "to" && b >= 2 && words[b - 1].Lower is "expected" or "projected" or "estimated" or "likely" or "set" or "going" or "forecast" && !s.Breaks[b - 2])
                {
                    b -= 2;
                    b -= b >= 1 && words[b].Lower is "is" or "are" or "was" or "were" or "be" && !s.Breaks[b - 1] ? 1 : 0;
                }
                else
                {
                    break;
                }
            }

            return b;
        }

        /// <summary>
        /// The index after the one a cost falls on, between "cost" and the figure ("cost the company about $12 million",
        /// "cost taxpayers $3 million"): a determiner or possessive and one or two nouns; <paramref name="j"/> when there is none.
        /// </summary>
        private static int AfterCostObject(Sentence s, int j, int fw)
        {
            var words = s.Words;
            var k = j;
            k += k < fw && words[k].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "each" or "every" ? 1 : 0;
            var nouns = 0;
            while (k < fw && nouns < 2 && !words[k].IsNumber && !IdentityWords.Function.Contains(words[k].Lower) && !s.Breaks[k])
            {
                k++;
                nouns++;
            }

            return nouns > 0 ? k : j;
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

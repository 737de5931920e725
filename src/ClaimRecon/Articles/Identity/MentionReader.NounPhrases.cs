using System;
using System.Linq;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Where a noun phrase after or before a word ends: the words that stop it (function words, numbers, scale words,
    /// event words and verbs), a model number written after a name, and what looks like a verb.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private static bool IsVerbLike(Word w) =>
            IdentityWords.CountEvents.ContainsKey(w.Lower) || IdentityWords.MoneyEvents.ContainsKey(w.Lower) || IdentityWords.PlanCues.Contains(w.Lower)
            || (w.Lower.Length > 4 && !w.IsCapitalised && (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("ing", StringComparison.Ordinal)) && !IsCompoundAdjective(w))
            || w.Lower is "rose" or "risen" or "fell" or "fallen" or "grown" or "shrunk" or "sunk" or "hit" or "reached" or "reaches" or "stood" or "stands" or "put" or "estimated" or "estimates" or "rise" or "fall" or "grew" or "gained" or "lost" or "dropped" or "climbed" or "jumped"
                or "slid" or "slipped" or "shed" or "sank" or "tumbled" or "surged" or "soared" or "plunged" or "added" or "gains" or "loses" or "rises" or "falls" or "was" or "were" or "is" or "are";

        // A noun phrase of up to four words; it stops at a function word, a number, a scale word, an event word, a verb
        // (none of these three after a possessive, where the word is a noun: "a sailor's dozen", "the airline's costs"),
        // a lowercase past form not in "-ed" after a capitalised word ("Harbour Mills cut prices") and a word that opens a
        // subordinate clause ("7 rebounds while shooting", "a yield of 4% although").
        private static bool NounPhraseAfter(Sentence s, int i, int before, out int from, out int to)
        {
            var words = s.Words;
            from = i;
            to = i - 1;
            if (i >= words.Length || (before >= 0 && s.Breaks[before]))
            {
                return false;
            }

            while (to + 1 < words.Length && to + 1 - from < 4)
            {
                var w = words[to + 1];
                if (to >= from && NameNumber(s, to + 1))
                {
                    // "the Fortune 500", "the base Lumia 11": a number written right after a name is part of it.
                    to++;
                    continue;
                }

                var owned = to >= from && Possessive(words[to]);
                if (IdentityWords.Function.Contains(w.Lower) || Subordinators.Contains(w.Lower) || MorePrepositions.Contains(w.Lower) || w.IsNumber || (IdentityWords.Scales.Contains(w.Lower) && !owned) || (IsEventWord(w) && !MeasureNoun(s, to + 1) && !owned)
                    || (to >= from && IsVerbLike(w) && !IdentityWords.CustodyAdjectives.Contains(w.Lower) && !owned)
                    || (to >= from && words[to].IsCapitalised && !w.IsCapitalised && IrregularPast.Contains(w.Lower)))
                {
                    break;
                }

                to++;
                if (s.Breaks[to])
                {
                    break;
                }
            }

            return to >= from;
        }

        /// <summary>
        /// Whether word <paramref name="k"/> is a short whole number written right after a name word, capitalised or
        /// written with a capital inside ("xPad 9"), with no break, unit or scale after it ("Fortune 500", "Lumia 11"; not
        /// "March 5", "Lakeside 40 percent").
        /// </summary>
        private static bool NameNumber(Sentence s, int k)
        {
            var words = s.Words;
            // One name word after a lowercase word or at the start: a person's name of two words before a number is
            // followed by an age ("Dana Okafor 44 has"), not a model number.
            if (k < 1 || s.Breaks[k - 1] || !(words[k - 1].IsCapitalised || InnerCapital(words[k - 1].Text)) || IdentityWords.Months.Contains(words[k - 1].Lower) || words[k].Text.Length > 4
                || (k >= 2 && !s.Breaks[k - 2] && words[k - 2].IsCapitalised && !IdentityWords.Function.Contains(words[k - 2].Lower)))
            {
                return false;
            }

            foreach (var c in words[k].Text)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return k + 1 >= words.Length || s.Breaks[k] || !(IdentityWords.Scales.Contains(words[k + 1].Lower) || IdentityWords.UnitNouns.Contains(words[k + 1].Lower) || ClaimRecon.Extraction.Lexicon.UnitWords.ContainsKey(words[k + 1].Lower));
        }

        // A product name written with a lowercase first letter and a capital inside ("xPad", "eReader"): a name word.
        private static bool InnerCapital(string text) =>
            text.Length > 2 && char.IsLower(text[0]) && char.IsLetter(text[text.Length - 1]) && text.Skip(1).Any(char.IsUpper);

        private static bool IsEventWord(Word w) =>
            (IdentityWords.CountEvents.ContainsKey(w.Lower) && !IdentityWords.CustodyAdjectives.Contains(w.Lower) && w.Lower != "custody")
            || IdentityWords.LengthEvents.ContainsKey(w.Lower) || w.Lower is "holding" or "with" or "who" or "that" or "which";

        private static bool NounPhraseBefore(Sentence s, int last, out int from, out int to)
        {
            var words = s.Words;
            from = to = last;
            if (last < 0 || IdentityWords.Function.Contains(words[last].Lower) || Subordinators.Contains(words[last].Lower) || MorePrepositions.Contains(words[last].Lower) || words[last].IsNumber || IdentityWords.Scales.Contains(words[last].Lower))
            {
                return false;
            }

            // Like the noun phrase after a figure, it stops at a scale word: "6 million homes nationwide" ends "homes nationwide".
            while (from - 1 >= 0 && last - from < 3 && !s.Breaks[from - 1])
            {
                var w = words[from - 1];
                if (IdentityWords.Function.Contains(w.Lower) || Subordinators.Contains(w.Lower) || MorePrepositions.Contains(w.Lower) || w.IsNumber || IdentityWords.Scales.Contains(w.Lower) || (IsVerbLike(w) && !Participle(s, from - 1)))
                {
                    break;
                }

                from--;
            }

            from = AfterModalVerb(s, from, last);
            from = last - from >= 3 ? WholeOpeningPhrase(s, from) : from;
            return true;
        }
    }
}

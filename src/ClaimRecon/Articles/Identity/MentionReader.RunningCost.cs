using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a running cost pays for, when its own clause says so: the subject of "cost" ("fighting the fire costs $1.5
    /// million a day", "the response was costing the state $2.5 million a day") or the noun after "for" or "for each day of" ("spent $1.5 million for each day of the fire").
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string LumpCostRule = "what the cost pays for (the subject of \"cost\", \"for X\" after it)";

        private const string RunningCostRule = "what the running cost pays for (the subject of \"costs\", \"for X\" after it)";

        /// <summary>
        /// The noun a running cost read by the cost rule (its cost word at <paramref name="costFrom"/>..<paramref
        /// name="costTo"/>) pays for. A possessive pronoun ("for their upkeep") refers back and names nothing here.
        /// </summary>
        private static bool RunningCostOf(Sentence s, int fw, int lw, int costFrom, int costTo, out int from, out int to, bool lump = false)
        {
            from = to = -1;
            var words = s.Words;
            if (!IsCostVerb(s, costFrom, costTo))
            {
                return false;
            }

            // "spent $1.5 million for each day of the fire", "$40,000 a week for the night ferry"; a lump sum "spent $11 million
            // on the fire" (a running cost spent on staff in a strike stays the strike's, below).
            var j = lw + 1;
            if (j < words.Length && !s.Breaks[lw] && ((words[j].Lower == "of" && IdentityWords.Periods.Contains(words[lw].Lower)) || words[j].Lower == "for"
                || (lump && words[j].Lower == "on" && words[costTo].Lower is "spent" or "spend" or "spends" or "spending")))
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
            var b = costFrom == costTo && words[k].Lower is "cost" or "costs" ? BeforeModals(s, k - 1) : costFrom == costTo ? BeforeCosting(s, k) : -1;
            while (b > 0 && !s.Breaks[b - 1] && words[b].Lower is "alone" or "also" or "now" or "still" or "already" or "too")
            {
                // "Repairs to the sea wall alone will cost": the adverb stands between the subject and its verb.
                b--;
            }

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
        /// The index of the word before "is costing", "was costing", "has been costing" ("the response was costing the state
        /// $2.5 million a day": the response), counting back from "costing" at <paramref name="k"/>; -1 for another shape.
        /// </summary>
        private static int BeforeCosting(Sentence s, int k)
        {
            var words = s.Words;
            if (k < 2 || words[k].Lower != "costing" || s.Breaks[k - 1] || s.Breaks[k - 2] || words[k - 1].Lower is not ("is" or "was" or "are" or "were" or "been"))
            {
                return -1;
            }

            var a = k - 2;
            if (words[k - 1].Lower == "been")
            {
                if (a < 1 || words[a].Lower is not ("has" or "have" or "had") || s.Breaks[a - 1])
                {
                    return -1;
                }

                a--;
            }

            return BeforeModals(s, a);
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

            if (j >= words.Length || words[j].Lower is "its" or "their" or "his" or "her" or "our" or "them" or "it" || IdentityWords.Periods.Contains(words[j].Lower)
                || ForAPeriod(s, j))
            {
                return false;
            }

            return NounPhraseAfter(s, j, j - 1, out from, out to);
        }

        /// <summary>
        /// Whether the words from <paramref name="j"/> name how long something lasts, not what it pays for: "next", "past",
        /// "coming", "following" or a number, then a period ("$1.2 million a week for the next eight weeks", "for three
        /// more months").
        /// </summary>
        private static bool ForAPeriod(Sentence s, int j)
        {
            var words = s.Words;
            var k = j;
            while (k < words.Length && k < j + 3 && (words[k].IsNumber || Lexicon.SmallNumbers.ContainsKey(words[k].Lower) || Lexicon.ScaleWords.ContainsKey(words[k].Lower) || words[k].Lower is "next" or "past" or "coming" or "following" or "more" or "further" or "several" or "few")
                && !s.Breaks[k])
            {
                k++;
            }

            return k > j && k < words.Length && IdentityWords.Periods.Contains(words[k].Lower);
        }

        /// <summary>
        /// The head of what a money figure with no owner of its own is the cost of: the noun after "per" ("$3 per
        /// detainee"); for a running cost, what its clause pays for, else the collective action the article reports, else
        /// the count just before it; for a lump sum, what its clause says it pays for; <paramref name="head"/> otherwise.
        /// </summary>
        private string? CostOwner(NumericMention m, Sentence s, int si, int fw, int lw, int thingFrom, int thingTo, string? thingRule, string? head, List<IdentityCue> cues)
        {
            var words = s.Words;
            var perPerson = m.Per.FirstOrDefault(p => !IdentityWords.Periods.Contains(p.ToLowerInvariant()));
            if (perPerson is not null && m.Unit is not null && m.Unit.Symbol.EndsWith("/person", StringComparison.Ordinal))
            {
                head = IdentityWords.ClassOf(KeyText.Clean(IdentityWords.Lemma(perPerson.ToLowerInvariant())));
                cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, "owner of the cost: the noun after \"per\""));
            }
            else if ((thingRule is null or CostRule or GuessRule or RestatedRule)
                && m.Unit is not null && UnitClasses.HasPeriod(m.Unit))
            {
                // A running cost ("$70,000 a day", "$2.1 million a month") is the cost of what its clause says it pays for
                // ("fighting the fire costs $1.5 million a day", "spent $1.5 million for each day of the fire"); else of
                // the group counted just before; a lump sum ("The storm cost the region $80 million") is no cost of whatever
                // was counted last.
                var count = LastSince(si - 1, r => r.Class == UnitClass.Count && r.Identity.IsRecognised);
                if (thingRule == CostRule && RunningCostOf(s, fw, lw, thingFrom, thingTo, out var payFrom, out var payTo))
                {
                    head = HeadOf(words, payTo);
                    cues.Add(new IdentityCue(IdentityRole.Thing, words[payFrom].Start, Span(words, payFrom, payTo), RunningCostRule));
                }
                else if (ActionOfArticle() is { } action)
                {
                    // "the city is spending $1.5 million a day on overtime" in a story of a strike: the strike's running cost.
                    head = action;
                    cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, ActionCostRule));
                }
                else if (count.Identity is not null)
                {
                    head = count.Identity.Head;
                    cues.Add(new IdentityCue(IdentityRole.Thing, count.Identity.Mention.Start, count.Identity.Mention.Text, "owner of the cost: the count nearest before it"));
                }
            }
            else if (thingRule == CostRule && RunningCostOf(s, fw, lw, thingFrom, thingTo, out var lumpFrom, out var lumpTo, lump: true))
            {
                // A lump sum is the cost of its clause's subject when the clause says so ("Repairs will cost the company
                // about $12 million", "clearing the roads would cost $3 million"): two costs of one story are not one quantity.
                head = HeadOf(words, lumpTo);
                cues.Add(new IdentityCue(IdentityRole.Thing, words[lumpFrom].Start, Span(words, lumpFrom, lumpTo), LumpCostRule));
            }

            return head;
        }
    }
}

using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Money an estimate puts on a loss: "estimated the damage at €240 million", "put the losses at $80 million": the cost of
    /// that loss, the quantity "put the cost of the damage at" names.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string LossAtRule = "the loss an estimate puts money on (\"estimated the damage at\"): its cost";

        /// <summary>Nouns of a loss whose money is its cost.</summary>
        private static readonly HashSet<string> LossNouns = new(StringComparer.Ordinal)
        {
            "damage", "damages", "loss", "losses", "bill", "repairs", "cleanup", "clean-up",
        };

        /// <summary>Verbs that put an estimate on something ("estimated the damage at", "put the losses at").</summary>
        private static readonly HashSet<string> EstimateAtVerbs = new(StringComparer.Ordinal)
        {
            "estimated", "estimates", "estimate", "estimating", "put", "puts", "putting", "assessed", "assesses", "pegged", "pegs", "calculated", "calculates",
        };

        /// <summary>
        /// Whether the guessed thing <paramref name="thingFrom"/>..<paramref name="thingTo"/> is a loss an estimate verb puts
        /// the money figure at: the verb, "the", "its" or "their" (or nothing), the loss noun, "at", then the figure.
        /// </summary>
        private static bool LossAt(Sentence s, int thingFrom, int thingTo, int fw)
        {
            var words = s.Words;
            if (thingTo < 0 || thingTo + 2 != fw || words[thingTo + 1].Lower != "at" || s.Breaks[thingTo] || s.Breaks[thingTo + 1] || !LossNouns.Contains(words[thingTo].Lower))
            {
                return false;
            }

            var k = thingFrom - 1;
            if (k >= 0 && words[k].Lower is "the" or "its" or "their" && !s.Breaks[k])
            {
                k--;
            }

            return k >= 0 && !s.Breaks[k] && EstimateAtVerbs.Contains(words[k].Lower);
        }
    }
}

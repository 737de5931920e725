using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A count of portions, kinds or containers of something ("five seasons of the quiz show", "12 kinds of mould", "3
    /// million bottles of cider"), for <see cref="MentionIdentity.About"/>: the counted noun is how the thing is counted,
    /// and what it is a count of is the noun phrase after "of".
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string CountedNounRule = "counted noun after the figure";
        private const string PartitiveRule = "what the portions, kinds or containers counted are of (\"five seasons of the show\")";

        // Nouns that count portions, kinds or containers of what follows "of", in the singular and the plural.
        private static readonly HashSet<string> PartitiveNouns = new(
            ("kind kinds type types sort sorts form forms category categories class classes variety varieties species brand brands " +
             "piece pieces part parts section sections segment segments portion portions slice slices page pages chapter chapters " +
             "episode episodes season seasons series edition editions volume volumes issue issues round rounds batch batches " +
             "set sets pair pairs lot lots case cases crate crates box boxes bottle bottles can cans bag bags pack packs packet packets " +
             "carton cartons jar jars cup cups glass glasses loaf loaves sheet sheets roll rolls bale bales truckload truckloads " +
             "shipment shipments container containers").Split(' '),
            StringComparer.Ordinal);

        /// <summary>
        /// What a count of portions, kinds or containers is of: the noun phrase after "of" right after the counted noun
        /// ending at <paramref name="thingTo"/> ("five new seasons of the quiz show": quiz show), past an article or
        /// possessive; not a number, a verb, a unit or a time ("cases of a year"). The counted noun stays the thing.
        /// </summary>
        private static bool PartitiveOf(Sentence s, string? thingRule, int thingTo, out int from, out int to)
        {
            from = to = -1;
            return thingRule == CountedNounRule && thingTo >= 0 && thingTo + 1 < s.Words.Length && PartitiveNouns.Contains(s.Words[thingTo].Lower)
                && MeasureOf(s, thingTo, out from, out to) && !TimeWords.Contains(s.Words[to].Lower);
        }
    }
}

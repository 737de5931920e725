using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A count of portions, kinds or containers of something ("five seasons of the quiz show", "12 kinds of mould", "3
    /// million bottles of cider"), for <see cref="MentionIdentity.About"/>: the counted noun is how the thing is counted,
    /// and what it is a count of is the noun phrase after "of"; likewise a subject that is a figure before "of" ("A third of
    /// those surveyed were over 65") stands for the part of what follows "of".
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string CountedNounRule = "counted noun after the figure";
        private const string PartitiveRule = "what the portions, kinds or containers counted are of (\"five seasons of the show\")";
        private const string WorthOfRule = "what the figure is a worth of (\"$40 million worth of timber\")";

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
        /// What a figure is a worth of: the noun phrase after "worth of" within three words after the figure's last word
        /// <paramref name="lw"/> ("$40 million worth of timber", "three years' worth of data", "50 more years worth of
        /// programmes"), with only plain words and "more" between; not a number, a verb, a unit or a time.
        /// </summary>
        private static bool WorthOf(Sentence s, int lw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            for (var j = lw + 1; j + 1 < words.Length && j <= lw + 3 && !s.Breaks[j - 1]; j++)
            {
                var w = words[j].Lower;
                if (w is "worth" or "worth's" or "worth\u2019s")
                {
                    return !s.Breaks[j] && MeasureOf(s, j, out from, out to) && !TimeWords.Contains(words[to].Lower);
                }

                if ((IdentityWords.Function.Contains(w) && w != "more") || words[j].IsNumber || IsVerbLike(words[j]) || CommonVerbs.Contains(w))
                {
                    return false;
                }
            }

            return false;
        }

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

        /// <summary>
        /// What a subject that is an earlier figure's word is a part of ("A third of those surveyed were over 65", "Half of
        /// the drivers earn $400 a week"): the noun phrase after "of", or "those" and its participle; false when the subject
        /// <paramref name="from"/>..<paramref name="to"/> is no figure's word or no "of" follows it.
        /// </summary>
        private bool PartOfFigureOf(Sentence s, int from, int to, int limit, out int partFrom, out int partTo)
        {
            var words = s.Words;
            partFrom = partTo = -1;
            if (to + 2 >= limit || s.Breaks[to] || words[to + 1].Lower != "of" || !InEarlierFigure(words[from], SentenceOf(s.Start)) || !InEarlierFigure(words[to], SentenceOf(s.Start)))
            {
                return false;
            }

            var j = to + 2;
            if (words[j].Lower == "those" && j + 1 < limit && !s.Breaks[j] && IsVerbLike(words[j + 1]))
            {
                partFrom = j;
                partTo = j + 1;
                return true;
            }

            while (j < limit && IsDeterminer(words[j]))
            {
                j++;
            }

            // "half of the merged 1.2 million": a participle alone before the figure names nothing.
            if (j >= limit || !NounPhraseAfter(s, j, j - 1, out partFrom, out partTo) || partTo >= limit || (partFrom == partTo && IsVerbLike(words[partTo])))
            {
                return false;
            }

            partTo = SubjectEnd(s, partFrom, partTo, limit);
            return true;
        }
    }
}

using System.Collections.Generic;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A figure set against the figure before it, for <see cref="MentionIdentity.About"/>: an earlier value ("Fares take
    /// 6 per cent of pay, up from 4 per cent") and the other side of a comparison ("$41,990 versus $39,500") are about
    /// what the figure they are set against is about; a figure that only counts its own noun is about nothing more.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ComparedRule = "what the figure it is set against (\"up from X\", \"versus X\") is about";

        /// <summary>
        /// What the figure before this one in its sentence is about, when this one is its earlier value ("up from", "down
        /// from", "down from a peak of") or is set against it ("versus", "vs", "compared with", "compared to") and is
        /// written in the same kind of unit; null otherwise.
        /// </summary>
        private string? ComparedAbout(NumericMention m, Sentence s, int fw, List<IdentityCue> cues)
        {
            var words = s.Words;
            var compared = EarlierValue(s, fw)
                || (fw >= 1 && !s.Breaks[fw - 1] && words[fw - 1].Lower is "versus" or "vs" or "vs.")
                || (fw >= 2 && !s.Breaks[fw - 1] && !s.Breaks[fw - 2] && words[fw - 1].Lower is "with" or "to" && words[fw - 2].Lower == "compared");
            if (!compared || LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start).Identity is not { About: { } about } before
                || before.Mention.Start < s.Start || UnitClasses.Of(before.Mention) != UnitClasses.Of(m))
            {
                return null;
            }

            cues.Add(new IdentityCue(IdentityRole.About, before.Mention.Start, before.Mention.Text, ComparedRule));
            return about;
        }

        /// <summary>
        /// Whether the figure only counts its own noun ("We counted 14 herons", "It has one answer"): a plural counted noun
        /// after a figure with no unit (or one thing), asked when nothing else in the clause is what the figure is about.
        /// The counted noun is then the figure's unit and its thing, and the figure is about nothing more, so
        /// <see cref="MentionIdentity.About"/> stays null; a singular noun after a larger number is no count of it ("a 40
        /// megapixel sensor").
        /// </summary>
        private static bool OwnNounCount(NumericMention m, string? thing, string? thingRule)
        {
            if (thing is null || thingRule != CountedNounRule || UnitClasses.Of(m) != UnitClass.Count || m.Per.Count > 0)
            {
                return false;
            }

            var last = LastWord(thing);
            return m.Value == 1 || IdentityWords.Lemma(last) != last;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="MentionIdentity.About"/>): the property or entity a reader would name, which is
    /// the measured thing for a property ("turnover of 1.3 billion shekels") and otherwise the subject of the figure's
    /// clause ("Harbour Freight, which employs 900 drivers" is about Harbour Freight); and conversions in parentheses.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ConversionRule = "converts the figure before it (in parentheses)";

        // Thing rules that already name the property or entity the figure is about.
        private static readonly HashSet<string> PropertyRules = new(StringComparer.Ordinal)
        {
            CostRule, ChangeRule, RestatedRule, ConversionRule, NounBeforeOfRule, NumberOfRule, ShareOfRule, LengthRule,
        };

        // Words that open a new clause inside a sentence: its subject comes after them.
        private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
        {
            "while", "whereas", "but", "because", "although", "though", "after", "before", "when", "since", "if", "and",
        };

        // Discourse words that open a clause before its subject.
        private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
        {
            "however", "meanwhile", "now", "still", "yet", "thus", "then", "instead", "moreover", "furthermore", "nevertheless",
            "nonetheless", "besides", "today", "yesterday", "overall", "far", "indeed", "otherwise", "likewise", "hence", "therefore",
        };

        /// <summary>The figure just before this one when this one is its conversion in parentheses ("47 feet (14 metres)", "9 billion yuan (US $1.3 billion)").</summary>
        private MentionIdentity? Converted(NumericMention m, int si)
        {
            var open = m.Start - 1;
            while (open >= 0 && (char.IsWhiteSpace(_text[open]) || char.IsLetter(_text[open]) || _text[open] == '$'))
            {
                open--;
            }

            if (open < 0 || _text[open] != '(' || m.Start - open > 6)
            {
                return null;
            }

            var before = _read.LastOrDefault(r => r.Sentence == si && r.Identity.Mention.Start < open).Identity;
            if (before is null)
            {
                return null;
            }

            var end = before.Mention.Start + before.Mention.Length;
            for (var k = end; k < open; k++)
            {
                if (!char.IsWhiteSpace(_text[k]) && !char.IsLetter(_text[k]))
                {
                    return null;
                }
            }

            return open - end <= 24 ? before : null;
        }

        private string? ReadAbout(Sentence s, int fw, string? thing, string? thingRule, MentionIdentity? converted, List<IdentityCue> cues)
        {
            if (converted is not null)
            {
                return converted.About ?? converted.Thing;
            }

            if (thing is not null && thingRule is not null && PropertyRules.Contains(thingRule))
            {
                return thing;
            }

            var words = s.Words;
            var start = fw;
            while (start > 0 && !ClauseOpeners.Contains(words[start - 1].Lower))
            {
                start--;
            }

            // A name in the figure's clause is what it is about ("Since last season Chris Wood has scored 22 goals");
            // otherwise the clause's first noun phrase ("panel strength was 9 ksi").
            for (var k = start; k < fw; k++)
            {
                if (IsNameWord(words[k]) && NounPhraseAfter(s, k, k - 1, out var nf, out var nt) && nt < fw)
                {
                    return About(words, nf, nt, "a name in the figure's clause", cues);
                }
            }

            while (start < fw && (IdentityWords.Function.Contains(words[start].Lower) || IsVerbLike(words[start]) || IsSentenceAdverb(words[start])))
            {
                start++;
            }

            if (start < fw && NounPhraseAfter(s, start, start - 1, out var from, out var to) && to < fw)
            {
                return About(words, from, to, "subject of the figure's clause", cues);
            }

            return thing;
        }

        /// <summary>
        /// A word that opens a clause without being its subject: an adverb in -ly ("Previously", "Currently") or a
        /// discourse word ("However", "Meanwhile", "Now"). The subject comes after it.
        /// </summary>
        private static bool IsSentenceAdverb(Word w) =>
            (w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal)) || SentenceAdverbs.Contains(w.Lower);

        private static bool IsNameWord(Word w) =>
            w.IsCapitalised && !IdentityWords.Function.Contains(w.Lower) && !IdentityWords.Months.Contains(w.Lower) && !w.Lower.EndsWith("ly", StringComparison.Ordinal) && !SentenceAdverbs.Contains(w.Lower);

        private string About(Word[] words, int from, int to, string rule, List<IdentityCue> cues)
        {
            var about = Span(words, from, to);
            cues.Add(new IdentityCue(IdentityRole.About, words[from].Start, about, rule));
            return about;
        }
    }
}

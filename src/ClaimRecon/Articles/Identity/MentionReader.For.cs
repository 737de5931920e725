using System;
using System.Collections.Generic;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a figure applies to, for <see cref="MentionIdentity.About"/>: "for X" right after the figure, its described
    /// noun or its "of" phrase ("a 12% drop for the Harbour index", "2 cups of flour for the dough"), also after a list of
    /// figures that share it ("30 and 45 minutes for the two courses"); with "respectively", each figure of the list takes
    /// its own part of the list after "for"; what a change or charge is in or on; and the name heading the sentence
    /// before a dash.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ForRule = "what the figure applies to (\"for X\" after it)";
        private const string HeadingRule = "the name heading the sentence before a dash";
        private const string RespectivelyRule = "the part of \"for X, Y and Z, respectively\" in the figure's place";

        // Words after "for" that name a span of time, a purpose or a set phrase, not what the figure applies to.
        private static readonly HashSet<string> NotAppliedTo = new(StringComparer.Ordinal)
        {
            "first", "second", "third", "last", "next", "final", "time", "times", "while", "now", "example", "instance", "good", "free", "sale",
            "less", "more", "about", "around", "nearly", "almost", "over", "under", "up", "just", "only", "all", "each", "every", "what",
            "my", "your", "his", "her", "their", "our", "its", "him", "them", "us", "me", "you", "it", "this", "that", "these", "those",
            "career", "life", "lifetime", "total", "fiscal", "full", "whole", "entire", "rest", "remainder", "duration", "most", "part",
        };

        /// <summary>
        /// Joins what the figure applies to ("for X" after it) to what it is about, unless the reading already came from a
        /// "for X" (money paid for something) or copies the figure it converts.
        /// </summary>
        private string? WithAppliedTo(NumericMention m, Sentence s, int lw, string? about, MentionIdentity? converted, List<IdentityCue> cues)
        {
            if (about is null || converted is not null || !AppliedTo(s, m, lw, out var from, out var to, out var rule))
            {
                return about;
            }

            foreach (var c in cues)
            {
                if (c.Role == IdentityRole.About && c.Rule == PaidForRule)
                {
                    return about;
                }
            }

            var applied = About(s.Words, from, to, rule, cues);
            return about.IndexOf(applied, StringComparison.OrdinalIgnoreCase) >= 0 ? about : Joined(applied, about);
        }

        /// <summary>
        /// Joins the name that heads the sentence before a dash ("Harbour Mills — Shares of the timber firm rose 2%") to a
        /// reading that names nothing: the heading says whose the subject is. Not a dateline in capitals ("WASHINGTON —").
        /// </summary>
        private string? WithHeading(Sentence s, int fw, string? about, List<IdentityCue> cues)
        {
            var words = s.Words;
            if (about is null || fw < 2)
            {
                return about;
            }

            var k = 0;
            while (k < fw && k < 4 && words[k].IsCapitalised && !s.Breaks[k] && !IdentityWords.Function.Contains(words[k].Lower))
            {
                k++;
            }

            if (k >= fw || k >= 4 || !words[k].IsCapitalised || !s.Breaks[k] || AllCapitals(words[k].Text) || IdentityWords.Function.Contains(words[k].Lower))
            {
                return about;
            }

            var at = words[k].End - s.Start;
            while (at < s.Text.Length && s.Text[at] == ' ')
            {
                at++;
            }

            if (at >= s.Text.Length || s.Text[at] is not ('\u2014' or '\u2013') || HasCapital(about))
            {
                return about;
            }

            return Joined(about, About(words, 0, k, HeadingRule, cues));
        }

        // A capital after the reading's first word: the reading names something ("Shares of Lakeside Foods").
        private static bool HasCapital(string text)
        {
            for (var i = 1; i < text.Length; i++)
            {
                if (char.IsUpper(text[i]) && (text[i - 1] == ' ' || text[i - 1] == ','))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AllCapitals(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The noun phrase after "for" that the figure applies to: right after the figure, after the noun it describes or
        /// the "of" phrase it measures, or after later figures of a list it opens ("5 and 7 litres for"); not a time, a
        /// number, a pronoun, a purpose in -ing or a set phrase ("for the first time", "for 2024", "for his career").
        /// </summary>
        private static bool AppliedTo(Sentence s, NumericMention m, int lw, out int from, out int to, out string rule)
        {
            var words = s.Words;
            from = to = -1;
            rule = ForRule;
            // A figure inside "for" ("shut for 3 days for repairs") is a span of time; a second "for" gives a purpose.
            var j = lw + 1;
            var fw = lw;
            while (fw > 0 && words[fw - 1].End > m.Start)
            {
                fw--;
            }

            if (fw > 0 && words[fw - 1].Lower == "for")
            {
                return false;
            }

            if (MeasureOf(s, lw, out _, out var mt))
            {
                j = mt + 1;
            }
            else if (m.Unit is not null && m.CountedNoun is null && Described(s, m, lw, out _, out var dt) && !s.Breaks[dt])
            {
                j = dt + 1;
            }

            // Later figures of a list the figure opens ("55 litres and 70 litres for", "from 3 km to 5 km for").
            var later = 0;
            var k = j;
            while (k < words.Length && k > lw && (s.Breaks[k - 1] || words[k].Lower is "and" or "or" or "to") && k - lw < 12)
            {
                var n = words[k].Lower is "and" or "or" or "to" ? k + 1 : k;
                if (n >= words.Length || !HasDigit(words[n]))
                {
                    break;
                }

                later++;
                k = n + 1;
                while (k < words.Length && !s.Breaks[k - 1] && (Lexicon.UnitWords.ContainsKey(words[k].Text) || Lexicon.CurrencyWords.ContainsKey(words[k].Text) || IdentityWords.UnitNouns.Contains(words[k].Lower) || IdentityWords.Scales.Contains(words[k].Lower)))
                {
                    k++;
                }

                j = k;
            }

            if (j + 1 >= words.Length || words[j].Lower != "for" || s.Breaks[j - 1])
            {
                return false;
            }

            j++;
            while (j < words.Length && words[j].Lower is "the" or "a" or "an")
            {
                j++;
            }

            if (j >= words.Length || HasDigit(words[j]) || NotAppliedTo.Contains(words[j].Lower) || TimeWords.Contains(words[j].Lower) || TimeSpans.Contains(words[j].Lower) || ForAPeriod(s, j)
                || IdentityWords.Months.Contains(words[j].Lower) || words[j].Lower.EndsWith("ing", StringComparison.Ordinal) || IsVerbLike(words[j]) || CommonVerbs.Contains(words[j].Lower))
            {
                return false;
            }

            if (Respectively(s, j, later, out from, out to))
            {
                rule = RespectivelyRule;
                return true;
            }

            if (!NounPhraseAfter(s, j, j - 1, out from, out to))
            {
                return false;
            }

            while (to > from && (CommonVerbs.Contains(words[to].Lower) || TimeWords.Contains(words[to].Lower) || ClauseOpeners.Contains(words[to].Lower)))
            {
                to--;
            }

            return !TimeWords.Contains(words[to].Lower) && !TimeSpans.Contains(words[to].Lower);
        }

        // Nouns that name a change or a charge and take what it is in or on as their argument ("a drop in profit", "a
        // levy on timber", "a stake in the mill"); after other nouns "in" or "on" gives a place ("a lamp in the hall").
        private static readonly HashSet<string> RelationalNouns = new(StringComparer.Ordinal)
        {
            "drop", "rise", "increase", "decrease", "decline", "fall", "gain", "growth", "jump", "cut", "cuts", "reduction", "improvement", "boost",
            "tax", "taxes", "levy", "duty", "duties", "tariff", "tariffs", "fee", "fees", "surcharge", "stake", "discount", "cap", "limit", "ban", "premium",
        };

        /// <summary>
        /// The last word of an "in" or "on" phrase right after a change or charge noun a figure describes ("a 4% drop
        /// in its quarterly profit", "a 12% levy on imported timber"): what the drop is in, what the levy is on. Not a time, a number or a
        /// month ("a 4% drop in March", "a 3% rise in 2024"); else <paramref name="to"/>.
        /// </summary>
        private static int InOrOnPhrase(Sentence s, int to)
        {
            var words = s.Words;
            var j = to + 1;
            if (j + 1 >= words.Length || s.Breaks[to] || words[j].Lower is not ("in" or "on") || !RelationalNouns.Contains(words[to].Lower))
            {
                return to;
            }

            j++;
            while (j < words.Length && (IsDeterminer(words[j]) || Possessive(words[j])) && !s.Breaks[j])
            {
                j++;
            }

            if (j >= words.Length || HasDigit(words[j]) || IdentityWords.Months.Contains(words[j].Lower) || TimeWords.Contains(words[j].Lower) || TimeSpans.Contains(words[j].Lower)
                || NotAppliedTo.Contains(words[j].Lower) || CommonVerbs.Contains(words[j].Lower) || !NounPhraseAfter(s, j, j - 1, out _, out var end))
            {
                return to;
            }

            while (end > j && (CommonVerbs.Contains(words[end].Lower) || TimeWords.Contains(words[end].Lower) || ClauseOpeners.Contains(words[end].Lower)))
            {
                end--;
            }

            return TimeWords.Contains(words[end].Lower) || TimeSpans.Contains(words[end].Lower) ? to : end;
        }

        /// <summary>
        /// In "for X, Y and Z, respectively" starting at <paramref name="j"/>, the part in the figure's place, the figure
        /// being followed by <paramref name="later"/> figures of its list: the list must have one part per figure.
        /// </summary>
        private static bool Respectively(Sentence s, int j, int later, out int from, out int to)
        {
            var words = s.Words;
            var parts = new List<(int From, int To)>();
            var start = j;
            var k = j;
            for (; k < words.Length && k - j < 16; k++)
            {
                var w = words[k].Lower;
                if (w == "respectively")
                {
                    break;
                }

                if (w is "and" or "or")
                {
                    if (k > start)
                    {
                        parts.Add((start, k - 1));
                    }

                    start = k + 1;
                }
                else if (s.Breaks[k])
                {
                    parts.Add((start, k));
                    start = k + 1;
                }
            }

            from = to = -1;
            if (k >= words.Length || words[k].Lower != "respectively" || parts.Count < 2)
            {
                return false;
            }

            var place = parts.Count - 1 - later;
            if (place < 0 || parts.Count > later + 1 + 4)
            {
                return false;
            }

            (from, to) = parts[place];
            while (from < to && words[from].Lower is "the" or "a" or "an")
            {
                from++;
            }

            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Extraction;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="MentionIdentity.About"/>): the property or entity a reader would name, which is
    /// the measured thing for a property ("sales of 2.4 billion pesos") and otherwise the subject of the figure's
    /// clause ("Harbour Freight, which employs 900 drivers" is about Harbour Freight); and conversions in parentheses.
    /// </summary>
    internal sealed partial class MentionReader
    {
        private const string ConversionRule = "converts the figure before it (in parentheses)";
        private const string RelativeRule = "the noun a relative clause (which, who, that) describes";
        private const string PaidForRule = "what the money is paid for (\"for X\" after a cost verb)";
        private const string OwnerRule = "the subject that has the property named before \"of\" the figure";
        private const string ChangeSubjectRule = "the change's subject with the number of its name or its owner before \"of\"";
        private const string MeasureOfRule = "what the measure is of (\"64 GB of storage\") and the subject that has it";
        private const string RestatedAboutRule = "what the figure it restates (\", or\") is about";
        private const string EarlierChangeRule = "what the change it follows (\"up 5 cents at $60\") is about";
        private const string ChangeWordRule = "the change's subject before a change word read as a noun (\"prices are expected to increase 5%\")";
        private const string NounOfRule = "the noun before \"of\" and the figure (\"the delivery of 900 buses\")";
        private const string ValuedRule = "the noun valued (\"a grant worth $9 million\", \"pottery priced at $20\")";
        private const string SpellRule = "the clause's subject: the change's nearest noun is a time or a spell (\"last year\", \"on a run\")";
        private const string SameDoerRule = "what the figure before it is about (\"rose 4% after falling 2%\")";
        private const string FromToRule = "what the old value of \"from X to Y\" is about";
        private const string DescribedRule = "the noun the figure describes (\"a 65 W charger\")";

        // Adjectives of size or age that follow a measure ("12 miles wide", "3 years old"), and directions ("40 km north
        // of the border"): the figure describes no noun.
        private static readonly HashSet<string> SizeAdjectives = new(StringComparer.Ordinal)
        {
            "wide", "long", "high", "tall", "deep", "old", "thick", "thin", "slim", "away", "apart", "across", "short", "heavy", "big", "large", "small", "higher", "lower",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "inland", "offshore", "upstream", "downstream", "uphill", "downhill",
        };

        // Time words that follow a figure without being what it describes ("ten minutes later", "4% last year").
        private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
        {
            "later", "earlier", "ago", "now", "instead", "early", "late", "last", "next", "this", "today", "yesterday", "tomorrow",
            "annually", "apiece", "each", "overall", "alone", "respectively", "year", "years", "month", "months", "week", "weeks", "day", "days",
        };

        // Words before "of" and a figure that count, group or pick out what follows ("dozens of", "a team of", "one of",
        // "because of"): the figure is about what they count, not about them.
        private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
        {
            "one", "some", "most", "many", "all", "none", "each", "any", "both", "few", "several", "more", "less", "fewer", "out", "because", "instead",
            "ahead", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores", "lots", "lot", "couple", "handful", "group", "groups",
            "team", "teams", "crew", "fleet", "crowd", "batch", "set", "pair", "series", "range", "maximum", "minimum", "host", "bunch", "list", "panel",
            "sample", "age", "ages", "excess", "top", "upwards", "average", "sum", "tally", "majority", "minority", "part", "half", "share", "percentage",
        };

        // Thing rules that already name the property or entity the figure is about.
        private static readonly HashSet<string> PropertyRules = new(StringComparer.Ordinal)
        {
            CostRule, ChangeRule, RestatedRule, ConversionRule, NounBeforeOfRule, NumberOfRule, ShareOfRule, LengthRule,
        };

        // Words before a cost word that make it a noun ("the cost", "its spending").
        private static readonly HashSet<string> CostDeterminers = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every", "per", "total",
            "daily", "monthly", "annual", "yearly", "weekly", "average", "extra", "additional", "public", "government",
        };

        /// <summary>The figure just before this one when this one is its conversion in parentheses ("30 feet (9 metres)", "4 billion rupees (US $48 million)").</summary>
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

            var before = LastSince(si, r => r.Identity.Mention.Start < open).Identity;
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

        private string? ReadAbout(NumericMention m, Sentence s, int fw, int lw, string? thing, string? thingRule, int thingFrom, int thingTo, MentionIdentity? converted, List<IdentityCue> cues)
        {
            if (converted is not null)
            {
                return converted.About ?? converted.Thing;
            }

            if (ComparedAbout(m, s, fw, cues) is { } compared)
            {
                return compared;
            }

            // Money after a cost verb ("paid $900 for a new boiler", "the repair will cost $900") is about what is paid
            // for, else the clause's subject; a cost noun ("the daily cost of each bed is $40") stays the property.
            var costVerb = thingRule == CostRule && IsCostVerb(s, thingFrom, thingTo);
            if (costVerb && PaidFor(s, lw, out var pf, out var pt))
            {
                return About(s.Words, pf, pt, PaidForRule, cues);
            }

            var words = s.Words;
            var start = ClauseStart(s, fw);

            // Money after "worth", "valued at" or "priced at" that follows a noun ("a road grant worth up to $9 million",
            // "pottery priced at under $20") is about that noun; after a verb ("is worth", "will be priced at") the
            // subject rules below decide.
            if (UnitClasses.Of(m) == UnitClass.Money && ValuedNoun(s, fw, start, out var vf, out var vt))
            {
                return About(words, vf, vt, ValuedRule, cues);
            }

            // A measure followed by "of" and what it measures ("the phone has 64 GB of storage", "5 percent of its
            // staff") is about that and the clause's subject that has it, whatever rule read the thing.
            if (!costVerb && (m.Unit is not null || UnitClasses.Of(m) == UnitClass.Percent) && (m.CountedNoun is null || IdentityWords.UnitNouns.Contains(LastWord(m.CountedNoun))) && MeasureOf(s, lw, out var mf, out var mt))
            {
                var measured = About(words, mf, mt, MeasureOfRule, cues);
                return fw > start && Subject(s, start, fw, out var of, out var ot, out _) && !PronounBetween(words, start, fw) ? Joined(measured, About(words, of, ot, OwnerRule, cues)) : measured;
            }

            // A worth ("$40 million worth of timber") is about what it is a worth of.
            if (WorthOf(s, lw, out var wof, out var wot))
            {
                return About(words, wof, wot, WorthOfRule, cues);
            }

            // A count of portions, kinds or containers ("five seasons of the quiz show") is about what they are of.
            if (PartitiveOf(s, thingRule, thingTo, out var pof, out var pot))
            {
                return About(words, pof, pot, PartitiveRule, cues);
            }

            // A restatement (", or 0.6%") is about what the figure it restates is about.
            if (thingRule == RestatedRule && LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start).Identity is { About: { } restated } before)
            {
                cues.Add(new IdentityCue(IdentityRole.About, before.Mention.Start, before.Mention.Text, RestatedAboutRule));
                return restated;
            }

            // The new value of a change written "from X to Y" that the extractor read as two figures ("lowered its outlook from
            // 4 to 6 per cent to 2 to 3 per cent") is about what the old one is about.
            if (fw >= 1 && words[fw - 1].Lower == "to" && !s.Breaks[fw - 1] && LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start).Identity is { About: { } old } oldFigure
                && oldFigure.Mention.Start >= s.Start && oldFigure.Mention.Start + oldFigure.Mention.Length == words[fw - 1].Start - 1 && StartsWithFrom(s, oldFigure.Mention))
            {
                cues.Add(new IdentityCue(IdentityRole.About, oldFigure.Mention.Start, oldFigure.Mention.Text, FromToRule));
                return old;
            }

            // A figure after "after", "before", "since" or "while" and an -ing verb ("rose 4% after falling 2%", "up 40%
            // after sliding 20%") is about what the figure before it in the sentence is about: the clause's subject did both.
            if (fw >= 2 && !s.Breaks[fw - 2] && words[fw - 2].Lower is "after" or "before" or "since" or "while" && words[fw - 1].Lower.EndsWith("ing", StringComparison.Ordinal)
                && IsVerbLike(words[fw - 1]) && LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start).Identity is { About: { } earlier } prior
                && prior.Mention.Start >= s.Start)
            {
                cues.Add(new IdentityCue(IdentityRole.About, prior.Mention.Start, prior.Mention.Text, SameDoerRule));
                return earlier;
            }

            // A change's subject read inside an earlier figure ("the contract was up 5 cents at $60") is that figure's.
            if (thingRule == ChangeRule && EarlierFigureAt(words[thingTo], SentenceOf(m.Start)) is { About: { } changed } change)
            {
                cues.Add(new IdentityCue(IdentityRole.About, change.Mention.Start, change.Mention.Text, EarlierChangeRule));
                return changed;
            }

            // A figure right after "<noun> of" whose thing is a noun after it ("the delivery of about 900 buses", "a survey of
            // 2,000 adults") is about that noun, as "sales of 2.4 billion pesos" is, and the clause's subject that has it;
            // the counted noun stays the thing.
            if (!costVerb && (thingRule is null || !PropertyRules.Contains(thingRule)) && NounOfFigure(s, fw, out var nf, out var nt))
            {
                var ofWhat = About(words, nf, nt, NounOfRule, cues);
                return nf > start && Subject(s, start, nf, out var of, out var ot, out _) && ot < nf && !PronounBetween(words, ot + 1, nf) ? Joined(ofWhat, About(words, of, ot, OwnerRule, cues)) : ofWhat;
            }

            if (thing is not null && thingRule is not null && PropertyRules.Contains(thingRule) && !costVerb)
            {
                // A property named before "of" the figure ("a dividend yield of 4%") belongs to the clause's subject
                // named before it ("the fund offers a dividend yield of 4%"): both are what the figure is about.
                if (thingRule == NounBeforeOfRule && thingFrom > start && Subject(s, start, thingFrom, out var of, out var ot, out _) && ot < thingFrom && !PronounBetween(words, ot + 1, thingFrom))
                {
                    return Joined(thing, About(words, of, ot, OwnerRule, cues));
                }

                // A change whose nearest noun is a time, a spell or a verb ("the gap hit a record last year, having risen by
                // $2 billion", "having grown by $2 billion", "the stock has been on a run, up 40%") is the clause subject's.
                if (thingRule == ChangeRule && IsTimeOrSpell(words[thingTo]) && thingFrom > start && Subject(s, start, thingFrom, out var tf, out var tt, out _) && tt < thingFrom && !IsTimeOrSpell(words[tt]))
                {
                    return About(words, tf, tt, SpellRule, cues);
                }

                // A change word the reader took for a noun ends no subject ("prices are expected to increase 5%").
                if (thingRule == ChangeRule && ChangeWords.Contains(words[thingTo].Lower) && OnlyFunctionWords(words, thingTo + 1, fw) && ChangeWordSubject(s, thingFrom, thingTo, out var wf, out var wt))
                {
                    return About(words, wf, wt, ChangeWordRule, cues);
                }

                // A change's subject described between commas keeps its description ("Ferries, last year's best performer, fell 2%").
                if (thingRule == ChangeRule && AppositiveEnd(s, thingTo, fw) is var ae && ae > thingTo)
                {
                    return Joined(thing, About(words, thingTo + 1, ae, AppositiveRule, cues));
                }

                // A change's subject keeps the number of its name and the owner before "of" ("the Harbour 100 index",
                // "shares of the ferry line").
                if (thingRule == ChangeRule && ChangeSubject(s, start, thingFrom, thingTo, fw, out var cf, out var ct))
                {
                    return About(words, cf, ct, ChangeSubjectRule, cues);
                }

                return thing;
            }

            // An age bound ("pupils under the age of 7", "runners over the age of 60") is about the noun before it.
            if (AgeBoundOf(s, fw, out var gf, out var gt))
            {
                return About(words, gf, gt, AgeRule, cues);
            }

            // A list that leaves out its change verb ("Ferry shares rose 4% and rail shares 2%") is about the noun before each figure.
            if (thingRule == GuessRule && ElidedChange(s, m, fw, thingFrom, thingTo))
            {
                return About(words, thingFrom, thingTo, ElidedRule, cues);
            }

            // An object set to the figure ("the bank cut its main rate to 3%", "estimated the damage at $4 million") is about that object and the subject that has it.
            if ((thingRule == GuessRule || thingRule == LossAtRule) && ObjectSetTo(s, fw, thingFrom, thingTo))
            {
                var set = About(words, thingFrom, thingTo, ObjectToRule, cues);
                if (thingFrom - 1 > start && Subject(s, start, thingFrom - 1, out var sf, out var st, out _) && st < thingFrom - 1 && !PronounBetween(words, start, thingFrom - 1))
                {
                    // The subject reader may keep the verb right before the object's article ("The lender cut its rate").
                    st = st == thingFrom - 2 && st > sf && !words[st].IsCapitalised ? st - 1 : st;
                    return Joined(set, About(words, sf, st, OwnerRule, cues));
                }

                return set;
            }

            // A figure in a relative clause is about the noun the clause describes ("the ferry, which carries 300 cars").
            string? about = null;
            if (RelativeAntecedent(s, start, fw, out var rf, out var rt))
            {
                about = About(words, rf, rt, RelativeRule, cues);
            }
            else if (Subject(s, ref start, fw, out var from, out var to, out var rule))
            {
                about = About(words, from, to, rule, cues);
            }
            else if (start >= fw && (thing is null || thingRule == GuessRule || costVerb) && NounPhraseAfter(s, lw + 1, lw, out var af, out var at) && !IdentityWords.UnitNouns.Contains(words[at].Lower))
            {
                // No subject before the figure ("we fitted a 40 W lamp", "it took a 35 percent stake"): the noun phrase
                // right after the figure, when the thing was only guessed.
                return About(words, af, at, "noun after the figure (no subject before it)", cues);
            }

            // A figure with a unit that describes the noun right after it ("the laptop came with a 65 W charger", "the
            // bank will charge a 0.4 percent fee") is about that noun and the subject that has it.
            if (about is not null && m.Unit is not null && m.CountedNoun is null && Described(s, m, lw, out var df, out var dt))
            {
                // The noun keeps what it is in or on ("a 4% drop in its profit", "a 12% levy on imported timber").
                return Joined(About(words, df, InOrOnPhrase(s, dt), DescribedRule, cues), about);
            }

            return about ?? (OwnNounCount(m, thing, thingRule) ? null : thing);
        }

        /// <summary>
        /// The noun phrase a figure describes: right after it, with nothing between ("a 65 W charger", "a 10% levy on
        /// imports", "its 20 GB data cap"); not a unit, a time word or a verb ("ten minutes later", "4% last year").
        /// </summary>
        private static bool Described(Sentence s, NumericMention m, int lw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            var j = lw + 1;
            if (j >= words.Length || s.Breaks[lw])
            {
                return false;
            }

            // A unit written again ("a 40 yard yard run") or an adjective of size or age ("12 miles wide") is not the noun.
            var w = words[j];
            if (m.Text.EndsWith(w.Text, StringComparison.OrdinalIgnoreCase) || SizeAdjectives.Contains(w.Lower) ||
                IdentityWords.Function.Contains(w.Lower) || w.IsNumber || IdentityWords.UnitNouns.Contains(w.Lower) || IdentityWords.Scales.Contains(w.Lower) || IdentityWords.Months.Contains(w.Lower)
                || ((IsVerbLike(w) || CommonVerbs.Contains(w.Lower)) && !NounAfterArticledFigure(s, m, w)) || IsSentenceAdverb(w) || TimeWords.Contains(w.Lower) || IntroWords.Contains(w.Lower) || ClauseOpeners.Contains(w.Lower)
                || w.Lower is "versus" or "vs" or "ahead" or "behind" || !char.IsLetter(w.Text[0]) || HyphenatedPeriod(w))
            {
                return false;
            }

            if (!NounPhraseAfter(s, j, lw, out from, out to))
            {
                return false;
            }

            while (to > from && (CommonVerbs.Contains(words[to].Lower) || TimeWords.Contains(words[to].Lower) || IsSentenceAdverb(words[to])))
            {
                to--;
            }

            return true;
        }

        // "£24 a-year", "$9 per-month": a period joined to its article by a hyphen, no noun the figure describes.
        private static bool HyphenatedPeriod(Word w) =>
            (w.Lower.StartsWith("a-", StringComparison.Ordinal) && IdentityWords.Periods.Contains(w.Lower.Substring(2)))
            || (w.Lower.StartsWith("per-", StringComparison.Ordinal) && IdentityWords.Periods.Contains(w.Lower.Substring(4)));

        /// <summary>
        /// The noun phrase right before "worth", "valued at" or "priced at" and the figure's first word <paramref name="fw"/>,
        /// inside the clause that starts at <paramref name="start"/>; not when a verb, a function word or a comma comes
        /// before them ("the bridge is worth", "valued, at").
        /// </summary>
        private static bool ValuedNoun(Sentence s, int fw, int start, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            var k = fw - 1;
            if (k >= 1 && words[k].Lower == "at" && words[k - 1].Lower is "valued" or "priced")
            {
                k--;
            }
            else if (k < 0 || words[k].Lower != "worth")
            {
                return false;
            }

            var last = k - 1;
            if (last < start || s.Breaks[last] || s.Breaks[k] || IdentityWords.Function.Contains(words[last].Lower) || IsVerbLike(words[last]) || CommonVerbs.Contains(words[last].Lower)
                || words[last].Lower is "be" or "been" or "being" or "is" or "are" or "was" or "were" || words[last].IsNumber || TimeWords.Contains(words[last].Lower))
            {
                return false;
            }

            if (!NounPhraseBefore(s, last, out from, out to))
            {
                return false;
            }

            // "the shop now sells pottery priced at": a verb the noun phrase reader kept ends what comes before the noun.
            for (var j = to - 1; j >= from; j--)
            {
                if (CommonVerbs.Contains(words[j].Lower) || IsSentenceAdverb(words[j]))
                {
                    from = j + 1;
                    break;
                }
            }

            from = Math.Max(from, start);
            return from <= to;
        }

        /// <summary>
        /// The noun phrase right before "of" and the figure's first word <paramref name="fw"/> ("the delivery of 900 buses"):
        /// not a word that counts or groups ("a total of", "dozens of", "a team of", "one of"), a number, a verb or a name.
        /// </summary>
        private static bool NounOfFigure(Sentence s, int fw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            if (fw < 2 || words[fw - 1].Lower != "of" || s.Breaks[fw - 2])
            {
                return false;
            }

            var w = words[fw - 2];
            return !w.IsNumber && !w.IsCapitalised && !IdentityWords.Anaphors.Contains(w.Lower) && !IdentityWords.Scales.Contains(w.Lower) && !GroupWords.Contains(w.Lower)
                && !IdentityWords.UnitNouns.Contains(w.Lower) && !IsVerbLike(w) && !CommonVerbs.Contains(w.Lower) && !TimeWords.Contains(w.Lower)
                && NounPhraseBefore(s, fw - 2, out from, out to);
        }

        /// <summary>
        /// What a measure is of: the noun phrase after "of" right after the figure ("64 GB of storage", "5 percent of
        /// its staff"), past an article or possessive; not a number ("5 percent of 2,000"), a verb or a unit ("millions of
        /// dollars").
        /// </summary>
        private static bool MeasureOf(Sentence s, int lw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            var j = AfterConversion(s, lw) + 1;
            if (j + 1 >= words.Length || (j == lw + 1 && s.Breaks[lw]) || words[j].Lower != "of")
            {
                return false;
            }

            j++;
            while (j < words.Length && (IsDeterminer(words[j]) || words[j].Lower == "all"))
            {
                j++;
            }

            // "millions of dollars", "thousands of tonnes": the unit, not what is measured.
            if (j >= words.Length || words[j].IsNumber || IsVerbLike(words[j]) || CommonVerbs.Contains(words[j].Lower) || Lexicon.CurrencyWords.ContainsKey(words[j].Text)
                || Lexicon.UnitWords.ContainsKey(words[j].Text) || !NounPhraseAfter(s, j, j - 1, out from, out to))
            {
                return false;
            }

            while (to > from && (CommonVerbs.Contains(words[to].Lower) || TimeWords.Contains(words[to].Lower) || ClauseOpeners.Contains(words[to].Lower) || words[to].Lower is "whichever" or "whatever"))
            {
                to--;
            }

            return true;
        }

        /// <summary>
        /// The last word of a conversion in parentheses right after the figure's last word <paramref name="lw"/> ("8 miles
        /// (13 km) of track"): a figure and its unit words only; else <paramref name="lw"/>.
        /// </summary>
        private static int AfterConversion(Sentence s, int lw)
        {
            var words = s.Words;
            var at = words[lw].End - s.Start;
            while (at < s.Text.Length && s.Text[at] == ' ')
            {
                at++;
            }

            if (!s.Breaks[lw] || at >= s.Text.Length || s.Text[at] != '(' || lw + 1 >= words.Length || !HasDigit(words[lw + 1]))
            {
                return lw;
            }

            for (var k = lw + 1; k < words.Length && k <= lw + 4; k++)
            {
                if (s.Breaks[k])
                {
                    var close = words[k].End - s.Start;
                    // Only the closing parenthesis: ")," or ");" close more than the conversion ("5 miles (8 km), of course").
                    return close + 1 < s.Text.Length && s.Text[close] == ')' && s.Text[close + 1] == ' ' ? k : lw;
                }

                if (k > lw + 1 && !Lexicon.UnitWords.ContainsKey(words[k].Text) && !Lexicon.CurrencyWords.ContainsKey(words[k].Text) && !IdentityWords.Scales.Contains(words[k].Lower))
                {
                    return lw;
                }
            }

            return lw;
        }

        // A time ("last year", "the quarter"), a spell of a change ("on a run", "a losing streak") or a verb the tables know
        // ("having grown by") is no subject of a change.
        private static bool IsTimeOrSpell(Word w) =>
            CommonVerbs.Contains(w.Lower) || TimeWords.Contains(w.Lower) || TimeSpans.Contains(w.Lower) || w.Lower is "run" or "tear" or "streak" or "rally" or "roll" or "spree" or "slump" or "stretch";

        private static bool OnlyFunctionWords(Word[] words, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!IdentityWords.Function.Contains(words[k].Lower))
                {
                    return false;
                }
            }

            return true;
        }

        private MentionIdentity? EarlierFigureAt(Word w, int si) =>
            LastSince(si, r => r.Identity.Mention.Start <= w.Start && w.End <= r.Identity.Mention.Start + r.Identity.Mention.Length).Identity;

        private static bool PronounBetween(Word[] words, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (words[k].Lower is "it" or "they" or "he" or "she" or "we" or "i" or "you")
                {
                    return true;
                }
            }

            return false;
        }

        private static string Joined(string described, string owner) =>
            string.Equals(described, owner, StringComparison.OrdinalIgnoreCase) ? owner : described + ", " + owner;

        /// <summary>Whether the cost word of the thing is a verb ("will cost", "paid", "spending"), not a noun ("the cost", "daily cost of").</summary>
        private static bool IsCostVerb(Sentence s, int from, int to)
        {
            var words = s.Words;
            if (from < 0 || to < from || to >= words.Length)
            {
                return false;
            }

            var w = words[to].Lower;
            if (w is "costing" or "spend" or "spends" or "spent" or "paid" or "pays")
            {
                return true;
            }

            return w is "cost" or "costs" or "spending" or "pay" && from == to
                && (to == 0 || !CostDeterminers.Contains(words[to - 1].Lower))
                && (to + 1 >= words.Length || words[to + 1].Lower != "of");
        }

        /// <summary>"for X" right after the money, past figures restating it ("$900 (740 euros) for a new boiler") and a figure with its unit before X ("for a 4.5 kW heat pump").</summary>
        private static bool PaidFor(Sentence s, int lw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            var j = lw + 1;
            while (j < words.Length && j <= lw + 3 && HasDigit(words[j]))
            {
                j++;
            }

            if (j + 1 >= words.Length || words[j].Lower != "for")
            {
                return false;
            }

            j++;
            while (j < words.Length && (words[j].Lower is "a" or "an" or "the" or "each" or "every" or "its" or "their" or "his" or "her" or "our" || HasDigit(words[j])
                || (HasDigit(words[j - 1]) && ClaimRecon.Extraction.Lexicon.UnitWords.ContainsKey(words[j].Text))))
            {
                // A figure with its unit describes what is paid for ("for a 4.5 kW heat pump": the heat pump).
                j++;
            }

            if (j < words.Length && (IdentityWords.Periods.Contains(words[j].Lower) || ForAPeriod(s, j)))
            {
                // "will cost $1.2 million a week for eight weeks": how long it is paid, not what for.
                return false;
            }

            return NounPhraseAfter(s, j, -1, out from, out to);
        }

        private string About(Word[] words, int from, int to, string rule, List<IdentityCue> cues)
        {
            var about = Span(words, from, to);
            cues.Add(new IdentityCue(IdentityRole.About, words[from].Start, about, rule));
            return about;
        }
    }
}

using System;
using System.Collections.Generic;
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
        private const string RelativeRule = "the noun a relative clause (which, who, that) describes";
        private const string PaidForRule = "what the money is paid for (\"for X\" after a cost verb)";
        private const string OwnerRule = "the subject that has the property named before \"of\" the figure";
        private const string ChangeSubjectRule = "the change's subject with the number of its name or its owner before \"of\"";
        private const string DescribedRule = "the noun the figure describes (\"a 5 W charger\")";

        // Adjectives of size or age that follow a measure ("90 miles wide", "3 years old"): the figure describes no noun.
        private static readonly HashSet<string> SizeAdjectives = new(StringComparer.Ordinal)
        {
            "wide", "long", "high", "tall", "deep", "old", "thick", "thin", "slim", "away", "apart", "across", "short", "heavy", "big", "large", "small", "higher", "lower",
        };

        // Time words that follow a figure without being what it describes ("six minutes later", "4% last year").
        private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
        {
            "later", "earlier", "ago", "now", "instead", "early", "late", "last", "next", "this", "today", "yesterday", "tomorrow",
            "annually", "apiece", "each", "overall", "alone", "respectively", "year", "years", "month", "months", "week", "weeks", "day", "days",
        };

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

        // Words that open a subordinate clause: one closed by a comma before the figure is not the figure's clause.
        private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        {
            "while", "whereas", "because", "although", "though", "after", "before", "when", "since", "if", "unless", "once", "until",
        };

        // Prepositions that open a phrase before the subject ("In the north,", "For 2024,", "According to the survey,").
        private static readonly HashSet<string> IntroWords = new(StringComparer.Ordinal)
        {
            "in", "on", "for", "at", "after", "before", "during", "over", "under", "since", "with", "from", "despite", "across",
            "among", "amid", "following", "unlike", "like", "by", "through", "throughout", "within", "according", "if", "when",
            "while", "although", "though", "because", "unless", "once", "until", "whereas", "as",
        };

        // Auxiliary and modal verbs: after "and", they show a clause with its own subject.
        private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        {
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
        };

        // Words before a cost word that make it a noun ("the cost", "its spending").
        private static readonly HashSet<string> CostDeterminers = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every", "per", "total",
            "daily", "monthly", "annual", "yearly", "weekly", "average", "extra", "additional", "public", "government",
        };

        // Verbs rarely used as nouns, in the forms a noun phrase reader would otherwise take for nouns (regular -ed and
        // -ing forms are verbs already), and pronoun-verb contractions written without their apostrophe. Never a
        // subject, never a name, never the end of one.
        private static readonly HashSet<string> CommonVerbs = new(
            ("see sees saw seen take takes took taken get gets got gotten make makes made give gives gave given know knows knew known " +
             "think thinks thought tell tells become becomes became bring brings keep keeps kept begin begins began begun seem seems " +
             "help helps show shows shown hear hears heard let lets mean means meant leave leaves feel feels felt try tries buy buys " +
             "bought sell sells sold send sends build builds built grow grows grown win wins won lose loses add adds expect believe " +
             "believes go goes went gone come comes came boost boosts use uses used remain remains stay stays provide provides " +
             "require requires contain contains deduce deduces find finds withdraw withdraws withdrew want wants seek seeks sought " +
             "weve theyve ive youve thats theres hes shes whats").Split(' '),
            StringComparer.Ordinal);

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

            // Money after a cost verb ("paid $900 for a new boiler", "the repair will cost $900") is about what is paid
            // for, else the clause's subject; a cost noun ("the daily cost of each bed is $40") stays the property.
            var costVerb = thingRule == CostRule && IsCostVerb(s, thingFrom, thingTo);
            if (costVerb && PaidFor(s, lw, out var pf, out var pt))
            {
                return About(s.Words, pf, pt, PaidForRule, cues);
            }

            var words = s.Words;
            var start = ClauseStart(s, fw);
            if (thing is not null && thingRule is not null && PropertyRules.Contains(thingRule) && !costVerb)
            {
                // A property named before "of" the figure ("a dividend yield of 4%") belongs to the clause's subject
                // named before it ("the fund offers a dividend yield of 4%"): both are what the figure is about.
                if (thingRule == NounBeforeOfRule && thingFrom > start && Subject(s, start, thingFrom, out var of, out var ot, out _) && ot < thingFrom && !PronounBetween(words, ot + 1, thingFrom))
                {
                    return Joined(thing, About(words, of, ot, OwnerRule, cues));
                }

                // A change's subject keeps the number of its name and the owner before "of" ("the Harbour 100 index",
                // "shares of the ferry line").
                if (thingRule == ChangeRule && ChangeSubject(s, thingFrom, thingTo, fw, out var cf, out var ct))
                {
                    return About(words, cf, ct, ChangeSubjectRule, cues);
                }

                return thing;
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
                // No subject before the figure ("we used a 5 W laser", "it took a 51 percent stake"): the noun phrase
                // right after the figure, when the thing was only guessed.
                return About(words, af, at, "noun after the figure (no subject before it)", cues);
            }

            // A figure with a unit that describes the noun right after it ("the tablet ships with a 5 W charger", "the
            // bank charges a 0.6 percent fee") is about that noun and the subject that has it.
            if (about is not null && m.Unit is not null && m.CountedNoun is null && Described(s, m, lw, out var df, out var dt))
            {
                return Joined(About(words, df, dt, DescribedRule, cues), about);
            }

            return about ?? thing;
        }

        /// <summary>
        /// The subject of the figure's clause, ending before <paramref name="limit"/>: a name in the clause ("Since last
        /// spring Dana Okafor has planted 40 trees"), else its first noun phrase ("panel strength was 9 ksi"), with an
        /// "of" phrase after it ("the strength of the panel was 9 ksi"). A capitalised word of an earlier figure ("49.5
        /// HZ", "EUR") is not a name.
        /// </summary>
        private bool Subject(Sentence s, int start, int limit, out int from, out int to, out string rule) => Subject(s, ref start, limit, out from, out to, out rule);

        private bool Subject(Sentence s, ref int start, int limit, out int from, out int to, out string rule)
        {
            var words = s.Words;
            var si = SentenceOf(s.Start);
            rule = "a name in the figure's clause";
            for (var k = start; k < limit; k++)
            {
                if (IsNameWord(words[k]) && !InEarlierFigure(words[k], si) && NounPhraseAfter(s, k, -1, out from, out to) && to < limit)
                {
                    to = OfPhrase(s, to, limit);
                    return true;
                }
            }

            // Before the subject: function words, verbs, adverbs and numbers ("A 60-year-old might draw 3%").
            while (start < limit && (IdentityWords.Function.Contains(words[start].Lower) || IsVerbLike(words[start]) || IsSentenceAdverb(words[start]) || CommonVerbs.Contains(words[start].Lower) || words[start].IsNumber))
            {
                start++;
            }

            rule = "subject of the figure's clause";
            if (start < limit && NounPhraseAfter(s, start, -1, out from, out to) && to < limit)
            {
                // A verb the noun phrase reader does not know ends the subject ("the screen sizes remain 6 inches").
                while (to > from && CommonVerbs.Contains(words[to].Lower))
                {
                    to--;
                }

                to = OfPhrase(s, to, limit);
                return true;
            }

            from = to = -1;
            return false;
        }

        /// <summary>
        /// The last word of an "of" phrase right after a noun phrase ending at <paramref name="to"/> ("the speed of the
        /// old trains"), when it ends before <paramref name="limit"/>; else <paramref name="to"/>.
        /// </summary>
        private static int OfPhrase(Sentence s, int to, int limit)
        {
            var words = s.Words;
            if (to + 2 >= limit || s.Breaks[to] || words[to + 1].Lower != "of" || CommonVerbs.Contains(words[to].Lower))
            {
                return to;
            }

            var j = to + 2;
            while (j < limit && words[j].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those")
            {
                j++;
            }

            if (j < limit && !IsVerbLike(words[j]) && !CommonVerbs.Contains(words[j].Lower) && NounPhraseAfter(s, j, j - 1, out _, out var end) && end < limit)
            {
                while (end > j && CommonVerbs.Contains(words[end].Lower))
                {
                    end--;
                }

                return end;
            }

            return to;
        }

        /// <summary>
        /// The noun phrase a figure describes: right after it, with nothing between ("a 5 W charger", "a 25% tax on
        /// imports", "its 60 GB data cap"); not a unit, a time word or a verb ("6 minutes later", "4% last year").
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

            // A unit written again ("84 yard yard return") or an adjective of size or age ("90 miles wide") is not the noun.
            var w = words[j];
            if (m.Text.EndsWith(w.Text, StringComparison.OrdinalIgnoreCase) || SizeAdjectives.Contains(w.Lower) ||
                IdentityWords.Function.Contains(w.Lower) || w.IsNumber || IdentityWords.UnitNouns.Contains(w.Lower) || IdentityWords.Scales.Contains(w.Lower) || IdentityWords.Months.Contains(w.Lower)
                || IsVerbLike(w) || CommonVerbs.Contains(w.Lower) || IsSentenceAdverb(w) || TimeWords.Contains(w.Lower) || IntroWords.Contains(w.Lower) || ClauseOpeners.Contains(w.Lower)
                || w.Lower is "versus" or "vs" or "ahead" or "behind" || !char.IsLetter(w.Text[0]))
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

        /// <summary>
        /// The subject of a change, widened when it is cut short: a number written in its name ("the Harbour 100 index
        /// rose 2%", "Harbour 100 rose 2%"), not a figure of its own, and the noun phrase before "of" that owns it
        /// ("shares of the ferry line fell 3%"). False when there is nothing to add.
        /// </summary>
        private bool ChangeSubject(Sentence s, int from, int to, int fw, out int f, out int t)
        {
            var words = s.Words;
            var si = SentenceOf(s.Start);
            f = from;
            t = to;
            if (from < 0 || to < from)
            {
                return false;
            }

            // "Harbour 100 rose": the number after a name, before the change verb.
            if (t + 1 < fw && !s.Breaks[t] && words[t + 1].IsNumber && IsNameLike(words[t]) && !InEarlierFigure(words[t + 1], si))
            {
                t++;
            }

            // "the Harbour 100 index rose": a name and a number before the noun.
            if (f >= 2 && !s.Breaks[f - 1] && !s.Breaks[f - 2] && words[f - 1].IsNumber && IsNameLike(words[f - 2]) && !InEarlierFigure(words[f - 1], si))
            {
                f -= 2;
                while (f > 0 && f > from - 5 && !s.Breaks[f - 1] && IsNameLike(words[f - 1]))
                {
                    f--;
                }
            }

            // "shares of the ferry line fell": the noun phrase before "of".
            var j = f - 1;
            while (j >= 0 && !s.Breaks[j] && words[j].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those")
            {
                j--;
            }

            if (j >= 1 && words[j].Lower == "of" && !s.Breaks[j - 1] && NounPhraseBefore(s, j - 1, out var of, out _))
            {
                f = of;
            }

            return f != from || t != to;
        }

        private static bool IsNameLike(Word w) =>
            (w.IsCapitalised || w.Text.IndexOf('&') >= 0 || w.Text.IndexOf('/') >= 0) && !IdentityWords.Function.Contains(w.Lower) && !CommonVerbs.Contains(w.Lower);

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

        /// <summary>
        /// The first word of the figure's clause: the word after the nearest clause opener before the figure, past an
        /// opening phrase or subordinate clause that a comma closes ("In the north, the plant ...", "if the plant stays
        /// open, the grid ..."): the figure's subject comes after that comma.
        /// </summary>
        private static int ClauseStart(Sentence s, int fw)
        {
            var words = s.Words;
            var start = 0;
            var opening = fw > 0 && OpensWithPhrase(words[0]);
            for (var k = 0; k < fw; k++)
            {
                if (OpensClause(s, k, fw))
                {
                    // An "and" inside an opening clause ("If sales and costs rise, ...") leaves it open until its comma.
                    opening = (opening && words[k].Lower == "and") || Subordinators.Contains(words[k].Lower) || (k + 1 < fw && OpensWithPhrase(words[k + 1]));
                    start = k + 1;
                }
                else if (opening && s.Breaks[k] && k + 1 < fw && !IsVerbLike(words[k + 1]))
                {
                    // The comma closes the opening phrase, unless an aside follows it ("debt, excluding banks, was ...").
                    start = k + 1;
                    opening = OpensWithPhrase(words[start]);
                }
            }

            return start;
        }

        private static bool OpensWithPhrase(Word w) => IntroWords.Contains(w.Lower) || IsSentenceAdverb(w);

        /// <summary>
        /// Whether the word at <paramref name="k"/> opens a new clause before the figure. "and" does only when a subject
        /// and a verb follow it ("and the gas contract was up 4%"); before a figure ("4 ppb and 2 ppb"), a verb that
        /// shares the subject before it ("and offers 536 hp") or between two noun phrases it joins parts of one clause.
        /// </summary>
        private static bool OpensClause(Sentence s, int k, int fw)
        {
            var w = s.Words[k].Lower;
            if (!ClauseOpeners.Contains(w))
            {
                return false;
            }

            if (w != "and")
            {
                return true;
            }

            for (var j = k + 2; j < fw; j++)
            {
                if (IsVerbLike(s.Words[j]) || Auxiliaries.Contains(s.Words[j].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The noun phrase a relative clause holding the figure describes: "which" or "who", or "that" before a verb,
        /// with no clause punctuation between it and the figure ("Nissan, which is 43 percent owned", "a squad that
        /// contained 17 players").
        /// </summary>
        private static bool RelativeAntecedent(Sentence s, int start, int fw, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            for (var k = fw - 1; k > start; k--)
            {
                if (s.Breaks[k])
                {
                    return false;
                }

                var w = words[k].Lower;
                if (w is "which" or "who" || (w == "that" && k + 1 < fw && (IsVerbLike(words[k + 1]) || Auxiliaries.Contains(words[k + 1].Lower))))
                {
                    return NounPhraseBefore(s, k - 1, out from, out to);
                }
            }

            return false;
        }

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

        /// <summary>"for X" right after the money, past figures restating it ("$900 (740 euros) for a new boiler").</summary>
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
            while (j < words.Length && (words[j].Lower is "a" or "an" or "the" or "each" or "every" or "its" or "their" or "his" or "her" or "our" || HasDigit(words[j])))
            {
                j++;
            }

            return NounPhraseAfter(s, j, -1, out from, out to);
        }

        private static bool HasDigit(Word w)
        {
            foreach (var c in w.Text)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private bool InEarlierFigure(Word w, int si) =>
            LastSince(si, r => r.Identity.Mention.Start <= w.Start && w.End <= r.Identity.Mention.Start + r.Identity.Mention.Length).Identity is not null;

        /// <summary>
        /// A word that opens a clause without being its subject: an adverb in -ly ("Previously", "Currently") or a
        /// discourse word ("However", "Meanwhile", "Now"). The subject comes after it.
        /// </summary>
        private static bool IsSentenceAdverb(Word w) =>
            (w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal)) || SentenceAdverbs.Contains(w.Lower);

        private static bool IsNameWord(Word w) =>
            w.IsCapitalised && !CommonVerbs.Contains(w.Lower) && !IdentityWords.Function.Contains(w.Lower) && !IdentityWords.Months.Contains(w.Lower) && !w.Lower.EndsWith("ly", StringComparison.Ordinal) && !SentenceAdverbs.Contains(w.Lower);

        private string About(Word[] words, int from, int to, string rule, List<IdentityCue> cues)
        {
            var about = Span(words, from, to);
            cues.Add(new IdentityCue(IdentityRole.About, words[from].Start, about, rule));
            return about;
        }
    }
}

using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// The figure's clause and its subject, for <see cref="MentionIdentity.About"/>: where the clause starts (after a
    /// clause opener, past an opening phrase closed by a comma), the noun a relative clause describes, the clause's
    /// subject (a name, else its first noun phrase with an "of" phrase), and the word tables these read.
    /// </summary>
    internal sealed partial class MentionReader
    {
        // Words that open a new clause inside a sentence: its subject comes after them.
        private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
        {
            "while", "whilst", "whereas", "but", "because", "although", "though", "after", "before", "when", "since", "if", "and",
        };

        // Words that open a subordinate clause: one closed by a comma before the figure is not the figure's clause.
        private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        {
            "while", "whilst", "whereas", "because", "although", "though", "after", "before", "when", "since", "if", "unless", "once", "until",
        };

        // Prepositions that open a phrase before the subject ("In the north,", "For 2024,", "According to the survey,").
        private static readonly HashSet<string> IntroWords = new(StringComparer.Ordinal)
        {
            "in", "on", "for", "at", "after", "before", "during", "over", "under", "since", "with", "from", "despite", "across",
            "among", "amid", "following", "unlike", "like", "by", "through", "throughout", "within", "according", "if", "when",
            "while", "whilst", "although", "though", "because", "unless", "once", "until", "whereas", "as",
        };

        // Auxiliary and modal verbs: after "and", they show a clause with its own subject.
        private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        {
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
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

        // Verbs of saying, thinking and showing whose "that" opens the clause a figure is in.
        private static readonly HashSet<string> ThatVerbs = new(
            ("said says say estimated estimates estimate expects expected expect believes believed believe thinks thought think reported reports " +
             "announced announces warned warns noted notes added predicted predicts forecast forecasts claimed claims argued argues found finds " +
             "shows showed shown suggests suggested hopes hoped fears feared acknowledged admitted confirmed confirms insisted stated wrote " +
             "projected projects calculated calculates assumes assumed reckons reckoned").Split(' '),
            StringComparer.Ordinal);

        // Spans of time that end a phrase before a name ("since the start of the season Dana Okafor"): no title of it.
        private static readonly HashSet<string> TimeSpans = new(StringComparer.Ordinal)
        {
            "season", "seasons", "quarter", "half", "term", "period", "spring", "summer", "autumn", "fall", "winter", "weekend", "night",
            "morning", "afternoon", "evening", "century", "decade", "game", "match", "race", "round", "campaign", "era",
        };

        // Hedges between a subject and its figure ("nearly 90 litres"): a word the noun phrase reader kept before them is a verb.
        private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
        {
            "nearly", "about", "almost", "roughly", "around", "approximately", "some", "just", "barely", "only", "over", "under", "more", "less", "than",
        };

        // Discourse words that open a clause before its subject.
        private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
        {
            "however", "meanwhile", "now", "still", "yet", "thus", "then", "instead", "moreover", "furthermore", "nevertheless",
            "nonetheless", "besides", "today", "yesterday", "overall", "far", "indeed", "otherwise", "likewise", "hence", "therefore",
        };

        /// <summary>
        /// The subject of the figure's clause, ending before <paramref name="limit"/>: a name in the clause ("Since last
        /// season Dana Okafor has scored 19 goals"), else its first noun phrase ("hull strength was 12 ksi"), with an
        /// "of" phrase after it ("the strength of the hull was 12 ksi"). A capitalised word of an earlier figure ("49.9
        /// Hz") is not a name.
        /// </summary>
        private bool Subject(Sentence s, int start, int limit, out int from, out int to, out string rule) => Subject(s, ref start, limit, out from, out to, out rule);

        private bool Subject(Sentence s, ref int start, int limit, out int from, out int to, out string rule)
        {
            var words = s.Words;
            var si = SentenceOf(s.Start);
            start = PastTimePhrase(s, start, limit);
            rule = "a name in the figure's clause";
            for (var k = start; k < limit; k++)
            {
                if (IsNameWord(words[k]) && !InEarlierFigure(words[k], si) && !IsCurrencyCode(words[k]) && NounPhraseAfter(s, k, -1, out from, out to) && to < limit)
                {
                    from = TitleBefore(s, start, from);
                    from = OwnerBeforeName(s, start, from);
                    to = PlaceOrPartAfter(s, OfPhrase(s, SubjectEnd(s, from, to, limit), limit), limit);
                    return true;
                }
            }

            // Before the subject: function words, verbs, adverbs and numbers ("It said 40 ferries"), but an age stays in
            // the subject (AgeBefore: "A 70 year-old runner might need 2,400 calories").
            // A time phrase among them is no subject either ("They have in the past month filed 14 complaints").
            var first = start;
            while (start < limit)
            {
                if (start > first && PastTimePhrase(s, start, limit) is var past && past > start)
                {
                    start = past;
                }
                else if (IdentityWords.Function.Contains(words[start].Lower) || (IsVerbLike(words[start]) && !IngModifier(s, start, limit) && !(start == first && GerundSubject(s, start, limit)))
                    || IsSentenceAdverb(words[start]) || CommonVerbs.Contains(words[start].Lower) || words[start].IsNumber)
                {
                    start++;
                }
                else
                {
                    break;
                }
            }

            rule = "subject of the figure's clause";
            var age = AgeBefore(s, first, start);
            if (age >= 0 && age < start - 1)
            {
                // "a 50-year-old would save 6%": the age alone is the subject, the words after it a verb.
                from = to = age;
                return true;
            }

            if (start < limit && NounPhraseAfter(s, start, -1, out from, out to) && to < limit)
            {
                if (PartOfFigureOf(s, from, to, limit, out var pf, out var pt))
                {
                    from = pf;
                    to = pt;
                    return true;
                }

                from = age >= 0 ? age : from;
                to = PlaceOrPartAfter(s, OfPhrase(s, SubjectEnd(s, from, to, limit), limit), limit);
                return true;
            }

            from = to = -1;
            return false;
        }

        /// <summary>
        /// The first word after a time phrase that opens a clause ("Last year the ferry line carried", "This month, the
        /// county recorded", "Over the past 3 weeks"): no subject and no name; <paramref name="start"/> when there is none.
        /// A year's possession ("This year's budget") is a subject.
        /// </summary>
        private static int PastTimePhrase(Sentence s, int start, int limit)
        {
            var words = s.Words;
            var j = start;
            while (j < limit && !s.Breaks[j] && (IntroWords.Contains(words[j].Lower) || words[j].Lower == "the"))
            {
                j++;
            }

            if (j + 1 >= limit || s.Breaks[j] || words[j].Lower is not ("last" or "next" or "this" or "past" or "previous" or "coming" or "every" or "each" or "recent"))
            {
                return start;
            }

            var t = j + 1;
            if (words[t].IsNumber && !s.Breaks[t] && t + 1 < limit)
            {
                t++;
            }

            var w = words[t].Lower;
            return TimeWords.Contains(w) || TimeSpans.Contains(w) || IdentityWords.Months.Contains(w) ? t + 1 : start;
        }

        /// <summary>
        /// The last word of a subject read as the noun phrase <paramref name="from"/>..<paramref name="to"/>, less the
        /// adverbs and conjunctions it ran into ("Lakeside officially", "the ferry line while") and the
        /// verbs the noun phrase reader took for nouns: one from the table of common verbs ("the tank sizes remain 40
        /// litres"), a lowercase last word before an article ("Lakeside broke a record"), and a lowercase last word with
        /// nothing but hedges, or a particle and a preposition, between it and the figure ("the small pumps lift nearly 90
        /// litres", "the jet flies out at about 900 km/h"), or a preposition after a present tense in -s that follows an
        /// article and one singular noun ("the bond trades at 9 times earnings"): a noun phrase is not followed by an
        /// article or a figure.
        /// </summary>
        private static int SubjectEnd(Sentence s, int from, int to, int limit)
        {
            var words = s.Words;
            while (to > from && (CommonVerbs.Contains(words[to].Lower) || (!words[to].IsCapitalised && (IsSentenceAdverb(words[to]) || Subordinators.Contains(words[to].Lower)))))
            {
                to--;
            }

            // A lowercase word before an article is a verb the tables do not know ("Lakeside broke a record").
            if (to > from && !words[to].IsCapitalised && !s.Breaks[to] && to + 1 < words.Length && words[to + 1].Lower is "a" or "an" or "the"
                && !TimeWords.Contains(words[to].Lower) && !TimeSpans.Contains(words[to].Lower))
            {
                return to - 1;
            }

            if (to > from && !words[to].IsCapitalised && !s.Breaks[to])
            {
                // A particle and a preposition may stand between the verb and its hedged figure ("the jet flies out at about
                // 900 km/h"); a preposition alone may not ("kept the cruising range at 400 km"), but after a present tense in -s
                // that follows an article and a singular noun ("the bond trades at 9 times earnings").
                var j = to + 1;
                var present = false;
                if (j + 1 < words.Length && words[j].Lower is "out" or "up" or "down" or "off" && words[j + 1].Lower is "at" or "to" or "around")
                {
                    j += 2;
                }
                else if (PresentVerbBeforePreposition(s, from, to))
                {
                    // Any figure may follow: the verb's own or the first of a list before it ("trades at 9 times earnings and 2 times book value").
                    present = true;
                    j++;
                }

                while (j < words.Length && Hedges.Contains(words[j].Lower))
                {
                    j++;
                }

                if ((j >= limit || present) && j < words.Length && words[j].IsNumber)
                {
                    to--;
                }
            }

            return to;
        }

        /// <summary>
        /// Whether the -ing word at <paramref name="k"/>, first in its clause, is the clause's subject: a preposition right
        /// after it and no comma between it and the figure (<paramref name="limit"/>): "Sampling in the spring came back at 6
        /// ppb", "borrowing by households fell"; not a phrase a comma closes ("Speaking at the port, the mayor said").
        /// </summary>
        private static bool GerundSubject(Sentence s, int k, int limit)
        {
            var words = s.Words;
            if (!IsGerund(words[k]) || k + 1 >= limit || !(GerundPrepositions.Contains(words[k + 1].Lower) || SubjectPrepositions.Contains(words[k + 1].Lower) || words[k + 1].Lower is "between" or "during"))
            {
                return false;
            }

            for (var j = k; j < limit - 1; j++)
            {
                if (s.Breaks[j])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the -ing word at <paramref name="k"/> describes the noun after it ("the cruising range was 400 km", "its
        /// opening price"): an article or possessive before it and a plain word after it, before the figure.
        /// </summary>
        private static bool IngModifier(Sentence s, int k, int limit)
        {
            var words = s.Words;
            return k > 0 && k + 1 < limit && !s.Breaks[k] && !s.Breaks[k - 1] && words[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                && words[k - 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that"
                && !IdentityWords.Function.Contains(words[k + 1].Lower) && !words[k + 1].IsNumber && !IsVerbLike(words[k + 1]) && !CommonVerbs.Contains(words[k + 1].Lower);
        }

        /// <summary>
        /// The start of a name with the lowercase title or description written right before it, after a function word
        /// or the clause's start ("the self-taught Lena Park", "with broker Harbour Mills"); else <paramref name="from"/>.
        /// </summary>
        private static int TitleBefore(Sentence s, int start, int from)
        {
            var words = s.Words;
            var k = from - 1;
            if (k < start || s.Breaks[k])
            {
                return from;
            }

            var w = words[k];
            if (w.IsCapitalised || w.IsNumber || IdentityWords.Function.Contains(w.Lower) || IsVerbLike(w) || CommonVerbs.Contains(w.Lower) || IsSentenceAdverb(w)
                || IntroWords.Contains(w.Lower) || ClauseOpeners.Contains(w.Lower) || TimeWords.Contains(w.Lower) || IdentityWords.Months.Contains(w.Lower) || TimeSpans.Contains(w.Lower))
            {
                return from;
            }

            return k == start || IdentityWords.Function.Contains(words[k - 1].Lower) ? k : from;
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
            while (j < limit && IsDeterminer(words[j]))
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

        private bool InEarlierFigure(Word w, int si) => EarlierFigureAt(w, si) is not null;

        /// <summary>
        /// A short capitalised code written right before a currency sign ("NZ $40", "HK$ 12"): it names the money's
        /// currency, not an entity the figure is about.
        /// </summary>
        private bool IsCurrencyCode(Word w)
        {
            if (w.Text.Length > 3)
            {
                return false;
            }

            foreach (var c in w.Text)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            var k = w.End;
            while (k < _text.Length && k - w.End < 2 && _text[k] == ' ')
            {
                k++;
            }

            return k < _text.Length && _text[k] is '$' or '\u20ac' or '\u00a3' or '\u00a5';
        }

        /// <summary>
        /// A word that opens a clause without being its subject: an adverb in -ly ("Previously", "Currently") or a
        /// discourse word ("However", "Meanwhile", "Now"). The subject comes after it.
        /// </summary>
        private static bool IsSentenceAdverb(Word w) =>
            (w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(w.Lower)) || SentenceAdverbs.Contains(w.Lower);

        // Nouns and adjectives that end in -ly ("a disorderly exit", "the family", "quarterly sales"): no adverbs.
        private static readonly HashSet<string> LyNouns = new(
            ("family supply rally assembly monopoly anomaly ally belly jelly bully quarterly monthly weekly yearly daily hourly nightly " +
             "elderly orderly disorderly early friendly costly lonely lovely holy curly woolly wily burly surly scholarly").Split(' '),
            StringComparer.Ordinal);

        /// <summary>An article, possessive or demonstrative that opens a noun phrase ("the", "its", "these").</summary>
        private static bool IsDeterminer(Word w) => w.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those";

        private static bool IsNameWord(Word w) =>
            w.IsCapitalised && !CommonVerbs.Contains(w.Lower) && !IdentityWords.Function.Contains(w.Lower) && !IdentityWords.Months.Contains(w.Lower) && !w.Lower.EndsWith("ly", StringComparison.Ordinal) && !SentenceAdverbs.Contains(w.Lower);
    }
}

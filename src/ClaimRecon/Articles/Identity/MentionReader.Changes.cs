using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A change's subject, for <see cref="MentionIdentity.About"/>: widened when it is cut short (a number in its name,
    /// its owner before "of", a description after the article) and read past a change verb the noun phrase reader took
    /// for a noun.
    /// </summary>
    internal sealed partial class MentionReader
    {
        // Change verbs a noun phrase reader takes for nouns ("prices are expected to increase 5%").
        private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
        {
            "increase", "increases", "decrease", "decreases", "grow", "grows", "gain", "decline", "declines", "drop", "drops", "climb", "climbs",
            "jump", "jumps", "dip", "dips", "slide", "slides", "edge", "edges", "advance", "advances", "surge", "surges", "sink", "sinks", "rebound", "rebounds",
        };

        // Prepositions that tie a change's subject to whose or where it is ("shares of", "exports to", "imports from",
        // "demand for", "unemployment among"); not "in", "on" or "at", which as often start a time or a place.
        private static readonly HashSet<string> SubjectPrepositions = new(StringComparer.Ordinal) { "of", "to", "from", "for", "among" };

        // After an -ing noun ("spending on roads", "borrowing by households", "lending to firms"), these prepositions say
        // on what or by whom; the -ing noun is what changed.
        private static readonly HashSet<string> GerundPrepositions = new(StringComparer.Ordinal) { "on", "by", "in", "at", "with", "into" };

        /// <summary>
        /// The subject of a change, widened when it is cut short: a number written in its name ("the Harbour 100 index
        /// rose 2%", "Harbour 100 rose 2%"), not a figure of its own, names joined by "and" ("Lakeside and Harbour Mills"),
        /// and the noun phrase before "of", "to", "from", "for" or "among" that it completes ("shares of the ferry line
        /// fell 3%", "exports to Chile fell 3%"). It never reaches before the clause's start (<paramref name="start"/>:
        /// "Markets steadied after shares of the ferry line fell 3%" keeps "after" out). False when there is nothing to add.
        /// </summary>
        private bool ChangeSubject(Sentence s, int start, int from, int to, int fw, out int f, out int t)
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
            if (f >= start + 2 && !s.Breaks[f - 1] && !s.Breaks[f - 2] && words[f - 1].IsNumber && IsNameLike(words[f - 2]) && !InEarlierFigure(words[f - 1], si))
            {
                f -= 2;
                while (f > start && f > from - 5 && !s.Breaks[f - 1] && IsNameLike(words[f - 1]))
                {
                    f--;
                }

                // "the benchmark Harbour 100 index": a lowercase description after the article.
                f = TitleBefore(s, 0, f);
            }

            // "shares of Lakeside and Harbour Mills fell": names joined by "and" are one subject, not the last name alone.
            // The "and" may have been taken for the start of a clause ("Lakeside and Harbour Mills slipped"): the clause
            // then starts where the first name's does.
            while (f >= 2 && f >= start && IsNameLike(words[f]) && words[f - 1].Lower == "and" && !s.Breaks[f - 2] && !s.Breaks[f - 1] && IsNameLike(words[f - 2]))
            {
                if (start >= f)
                {
                    start = ClauseStart(s, f - 1);
                }

                f -= 2;
                while (f > start && !s.Breaks[f - 1] && IsNameLike(words[f - 1]))
                {
                    f--;
                }
            }

            // "shares of the ferry line fell", "exports to Chile fell", "unemployment among young men rose": the noun
            // phrase before the preposition is what changed; the words after it only say whose or where.
            var j = f - 1;
            while (j >= 0 && !s.Breaks[j] && IsDeterminer(words[j]))
            {
                j--;
            }

            // After an -ing noun the preposition's phrase is never a verb's ("lending to small firms", not "is set to grow").
            var gerund = j >= 1 && IsGerund(words[j - 1]) && (GerundPrepositions.Contains(words[j].Lower) || SubjectPrepositions.Contains(words[j].Lower))
                && j + 1 < words.Length && !IsVerbLike(words[j + 1]) && !CommonVerbs.Contains(words[j + 1].Lower) && !ChangeWords.Contains(words[j + 1].Lower);
            if (j >= start + 1 && (gerund || (SubjectPrepositions.Contains(words[j].Lower) && !Infinitive(words, j)))
                && !s.Breaks[j] && !s.Breaks[j - 1] && NounPhraseBefore(s, j - 1, out var of, out _))
            {
                f = Math.Max(of, start);
            }

            return f != from || t != to;
        }

        /// <summary>
        /// The subject of a change whose last word is a change verb read as a noun: the words before that verb ("Harbour
        /// shares decrease by 2%"), else the noun phrase before the verb and its auxiliaries ("prices are expected to
        /// increase 5%"). False when there is none.
        /// </summary>
        private static bool ChangeWordSubject(Sentence s, int from, int to, out int f, out int t)
        {
            var words = s.Words;
            f = from;
            t = to - 1;
            if (t >= f)
            {
                return true;
            }

            var k = from - 1;
            while (k >= 0 && !s.Breaks[k] && (IdentityWords.Function.Contains(words[k].Lower) || IsVerbLike(words[k]) || CommonVerbs.Contains(words[k].Lower)))
            {
                k--;
            }

            return k >= 0 && !s.Breaks[k] && NounPhraseBefore(s, k, out f, out t);
        }

        // "to" before a verb or after one ("is expected to grow sales", "forecast to slow"): no preposition of a subject.
        private static bool Infinitive(Word[] words, int to)
        {
            if (words[to].Lower != "to")
            {
                return false;
            }

            bool Verb(Word w) => IsVerbLike(w) || CommonVerbs.Contains(w.Lower) || ChangeWords.Contains(w.Lower) || w.Lower is "forecast" or "set" or "likely" or "due" or "able" or "about";
            return Verb(words[to - 1]) || (to + 1 < words.Length && Verb(words[to + 1]));
        }

        /// <summary>
        /// Whether <paramref name="w"/> is an -ing word that can head a noun phrase ("Spending", "borrowing", "lending"):
        /// five letters or more, not a preposition or a conjunction in -ing ("according", "including", "during").
        /// </summary>
        private static bool IsGerund(Word w) =>
            w.Lower.Length > 4 && w.Lower.EndsWith("ing", StringComparison.Ordinal) && !IdentityWords.Function.Contains(w.Lower)
            && w.Lower is not ("including" or "excluding" or "following" or "regarding" or "concerning" or "during" or "having" or "being" or "nothing" or "something" or "anything" or "everything");

        // A word of a name that may hold a number ("Harbour 100"): not a month or weekday ("March 2024 prices rose").
        private static bool IsNameLike(Word w) =>
            (w.IsCapitalised || w.Text.IndexOf('&') >= 0 || w.Text.IndexOf('/') >= 0) && !IdentityWords.Function.Contains(w.Lower) && !CommonVerbs.Contains(w.Lower)
            && !IdentityWords.Months.Contains(w.Lower);
    }
}

using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Where a noun phrase or a subject begins and ends, session 20's rules: a hyphenated participle is an adjective, a
    /// phrase that opens its clause is read whole, an -ed word after a preposition and a length word before "of" are
    /// part of the phrase, a subject runs up to its verb past where it is or what it is in, and after "a" and a figure a
    /// word that looks like a verb is a noun, as is a word after a possessive; a word after a modal verb is a verb; a
    /// possessive opening the subject stays with the name after it.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>
        /// Whether an -ed or -ing word joined by a hyphen to a word before it is an adjective ("the self-appointed guardians",
        /// "a state-owned lender", "the record-breaking run"), not a verb; a verb prefix makes a verb ("re-elected",
        /// "co-founded").
        /// </summary>
        private static bool IsCompoundAdjective(Word w)
        {
            var dash = w.Lower.IndexOf('-');
            return dash > 0 && dash < w.Lower.Length - 1 && !VerbPrefixes.Contains(w.Lower.Substring(0, dash));
        }

        // Prefixes that make a hyphenated verb of a verb ("re-elected", "co-founded", "over-reached").
        private static readonly HashSet<string> VerbPrefixes = new(StringComparer.Ordinal)
        {
            "re", "co", "pre", "de", "un", "mis", "dis", "over", "under", "out", "cross", "double", "fast", "short", "up", "down",
        };

        /// <summary>
        /// The first word of a noun phrase <paramref name="from"/>..<paramref name="last"/> read back from its last word,
        /// less a lowercase word right after a modal verb ("the board would impose charges of $40": "charges"): a bare verb
        /// follows a modal, never a noun; else <paramref name="from"/>.
        /// </summary>
        private static int AfterModalVerb(Sentence s, int from, int last) =>
            from < last && from >= 1 && !s.Breaks[from - 1] && !s.Words[from].IsCapitalised && s.Words[from - 1].Lower is "will" or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "shall"
                ? from + 1
                : from;

        /// <summary>
        /// The start of a subject that opens its clause with a possessive and plain words before a name ("The firm's new
        /// Kettle 9 holds 2 litres": "firm's new Kettle 9"): the possessive, after an article at most; else <paramref name="from"/>.
        /// </summary>
        private static int OwnerBeforeName(Sentence s, int start, int from)
        {
            var words = s.Words;
            var owner = start < from && IsDeterminer(words[start]) ? start + 1 : start;
            if (owner >= from || from - owner > 4 || !Possessive(words[owner]) || words[owner].IsCapitalised)
            {
                return from;
            }

            for (var k = owner; k < from; k++)
            {
                var w = words[k];
                if (s.Breaks[k] || (k > owner && (w.IsCapitalised || IdentityWords.Function.Contains(w.Lower) || IsVerbLike(w) || CommonVerbs.Contains(w.Lower) || w.IsNumber)))
                {
                    return from;
                }
            }

            return owner;
        }

        /// <summary>
        /// Whether a colon or semicolon follows the word at <paramref name="k"/>, before the figure's first word
        /// <paramref name="fw"/> ("the price rose: this year's fare is $40"): a cost word before it is in another clause.
        /// </summary>
        private static bool EndsClause(Sentence s, int k, int fw)
        {
            if (k >= fw - 1 || !s.Breaks[k])
            {
                return false;
            }

            var at = s.Words[k].End - s.Start;
            return at < s.Text.Length && s.Text[at] is ':' or ';';
        }

        // A length word between an article and "of" is the noun that names the measure ("the length of the pier", "the
        // span of the bridge"), not a verb of length.
        private static bool MeasureNoun(Sentence s, int k) =>
            k >= 1 && k + 1 < s.Words.Length && IdentityWords.LengthEvents.ContainsKey(s.Words[k].Lower) && IsDeterminer(s.Words[k - 1]) && s.Words[k + 1].Lower == "of" && !s.Breaks[k];

        /// <summary>
        /// The first word of a noun phrase cut at four words (<paramref name="from"/>) when one or two more words before it
        /// reach back to the start of its clause (the sentence's start, a comma or an article): a phrase that opens its
        /// clause is read whole ("the new york stock exchange composite fell"); else <paramref name="from"/>.
        /// </summary>
        private static int WholeOpeningPhrase(Sentence s, int from)
        {
            var words = s.Words;
            for (var k = from - 1; k >= 0 && k >= from - 2 && !s.Breaks[k]; k--)
            {
                var w = words[k];
                if (IsDeterminer(w))
                {
                    return k + 1 < from ? k + 1 : from;
                }

                if (IdentityWords.Function.Contains(w.Lower) || Subordinators.Contains(w.Lower) || MorePrepositions.Contains(w.Lower) || w.IsNumber || IdentityWords.Scales.Contains(w.Lower)
                    || IsVerbLike(w) || CommonVerbs.Contains(w.Lower) || IsSentenceAdverb(w) || IntroWords.Contains(w.Lower) || TimeWords.Contains(w.Lower))
                {
                    return from;
                }

                if (k == 0 || s.Breaks[k - 1])
                {
                    return k;
                }
            }

            return from;
        }

        // An -ed word right after a preposition describes the noun after it ("a jar of pickled beets", "a salad with
        // smoked trout"): a verb in the past tense does not follow a preposition ("-ing" may: "by selling").
        private static bool PrepositionBeforeEd(Word before, Word w) =>
            before.Lower is "of" or "with" or "in" or "on" or "for" or "from" or "into" or "at" && w.Lower.EndsWith("ed", StringComparison.Ordinal);

        /// <summary>
        /// The last word of a subject ending at <paramref name="to"/> with the phrase after it that says where it is, what it
        /// is in or for ("Harbour Bank in Norway plans", "The fuel loaded on the ship was 40 tonnes", "The fee for
        /// members is $40"), when its clause's verb follows that phrase right away, before <paramref name="limit"/>: a
        /// subject runs up to its verb. A participle may open the phrase ("loaded on the ship"), then only "is", "was",
        /// "has", "will" and the like may follow it; else <paramref name="to"/>.
        /// </summary>
        private static int PlaceOrPartAfter(Sentence s, int to, int limit)
        {
            var words = s.Words;
            var j = to + 1;
            if (j + 1 >= limit || s.Breaks[to])
            {
                return to;
            }

            var participle = false;
            if (words[j].Lower.EndsWith("ed", StringComparison.Ordinal) && words[j].Lower.Length > 4 && !s.Breaks[j] && PlacePrepositions.Contains(words[j + 1].Lower))
            {
                participle = true;
                j++;
            }

            if (!PlacePrepositions.Contains(words[j].Lower) || s.Breaks[j])
            {
                return to;
            }

            j++;
            while (j < limit && IsDeterminer(words[j]))
            {
                j++;
            }

            if (j >= limit || !NounPhraseAfter(s, j, j - 1, out var first, out var end) || end + 1 >= limit || s.Breaks[end])
            {
                return to;
            }

            // A time is no place ("Harbour Bank on Monday said", "in the spring", "at the weekend").
            for (var k = first; k <= end; k++)
            {
                if (IdentityWords.Months.Contains(words[k].Lower) || TimeWords.Contains(words[k].Lower) || TimeSpans.Contains(words[k].Lower) || IsSentenceAdverb(words[k]))
                {
                    return to;
                }
            }

            var verb = words[end + 1];
            var finite = verb.Lower is "is" or "are" or "was" or "were" || Auxiliaries.Contains(verb.Lower)
                || (!participle && (ThatVerbs.Contains(verb.Lower) || (IsVerbLike(verb) && !verb.Lower.EndsWith("ing", StringComparison.Ordinal))));
            return finite ? end : to;
        }

        /// <summary>
        /// Whether the last word <paramref name="to"/> of a subject read from <paramref name="from"/> is a verb in the
        /// present tense before a preposition of level ("The bond trades at 9 times earnings", "The index stands near
        /// 4,000"): an article or possessive, one singular noun, then a lowercase word in -s and "at", "on", "near",
        /// "around", "above" or "below". A plural noun before the -s word makes a noun phrase of both ("the bus fares").
        /// </summary>
        private static bool PresentVerbBeforePreposition(Sentence s, int from, int to)
        {
            var words = s.Words;
            if (to != from + 1 || from < 1 || s.Breaks[from - 1] || s.Breaks[from] || to + 1 >= words.Length || !IsDeterminer(words[from - 1]))
            {
                return false;
            }

            var verb = words[to].Lower;
            var noun = words[from].Lower;
            return verb.Length > 3 && verb.EndsWith("s", StringComparison.Ordinal) && !verb.EndsWith("ss", StringComparison.Ordinal) && !verb.EndsWith("us", StringComparison.Ordinal)
                && !verb.EndsWith("is", StringComparison.Ordinal) && !noun.EndsWith("s", StringComparison.Ordinal)
                && words[to + 1].Lower is "at" or "on" or "near" or "around" or "above" or "below";
        }

        /// <summary>
        /// The index of an age that the subject reader passed over as a number between <paramref name="first"/> and the
        /// subject's first word <paramref name="start"/>: "A 30 year-old could save 12%" ("30" right before "year-old"), "a
        /// 50-year-old would save" (the age in one word, the last number passed over): an age names who the subject is, so
        /// it stays in it; -1 when there is none.
        /// </summary>
        private static int AgeBefore(Sentence s, int first, int start)
        {
            var words = s.Words;
            if (start - 1 >= first && words[start - 1].IsNumber && !s.Breaks[start - 1] && start < words.Length && IsAgeWord(words[start].Lower, false))
            {
                return start - 1;
            }

            for (var k = start - 1; k >= first; k--)
            {
                if (words[k].IsNumber)
                {
                    return IsAgeWord(words[k].Lower, true) && !s.Breaks[k] ? k : -1;
                }
            }

            return -1;
        }

        // "year-old", "month-old" (after a number), or "50-year-old" in one word.
        private static bool IsAgeWord(string w, bool withNumber)
        {
            foreach (var age in AgeWords)
            {
                if (withNumber ? w.EndsWith("-" + age, StringComparison.Ordinal) : w == age)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] AgeWords = { "year-old", "years-old", "month-old", "months-old", "week-old", "weeks-old", "day-old", "days-old" };

        // Prepositions of a phrase that says where a subject is, what it is in or whom it is for.
        private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
        {
            "in", "at", "on", "for", "from", "across", "near", "inside", "outside",
        };

        /// <summary>
        /// Whether the word <paramref name="w"/> right after a figure that "a" or "an" opens is a noun though it looks like a
        /// verb ("a 20GB plan", "a 4% rise in fares"): an article and a figure open a noun phrase; not an -ed or -ing word.
        /// </summary>
        private static bool NounAfterArticledFigure(Sentence s, ClaimRecon.Extraction.NumericMention m, Word w)
        {
            if (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            var k = Array.FindIndex(s.Words, x => x.Start >= m.Start) - 1;
            return k >= 0 && !s.Breaks[k] && s.Words[k].Lower is "a" or "an";
        }

        /// <summary>
        /// Whether word <paramref name="k"/> follows a possessive ("the airline's costs", "the town's spending"): a noun,
        /// never a verb, unless it is a function word ("Harbour's up 4%", where "'s" is "is").
        /// </summary>
        private static bool OwnedNoun(Sentence s, int k) =>
            k >= 1 && !s.Breaks[k - 1] && Possessive(s.Words[k - 1]) && !IdentityWords.Function.Contains(s.Words[k].Lower);
    }
}

using System;
using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>The measured thing of a mention: the counted noun phrase, a cost's owner, a change's subject, or a guess, with the rule that chose it.</summary>
    internal sealed partial class MentionReader
    {
        private const string CostRule = "cost word before the figure";
        private const string ChangeRule = "subject of the change";
        private const string RestatedRule = "restates the figure before it (\", or\")";

        // Prepositions the function-word table leaves out: a noun phrase ends before them ("40 million euros against 35
        // million": euros).
        private static readonly System.Collections.Generic.HashSet<string> MorePrepositions = new(StringComparer.Ordinal)
        {
            "against", "versus", "vs", "despite", "except", "beyond", "upon", "amid", "amidst", "alongside", "beside", "besides", "unlike", "like", "including", "excluding",
        };

        private const string GuessRule = "nearest words before the figure (a guess)";

        // Conjunctions that open a clause of its own: a guess never reaches back past them.
        private static readonly System.Collections.Generic.HashSet<string> GuessStops = new(StringComparer.Ordinal) { "but", "while", "whilst", "whereas", "although", "though", "because" };
        private const string NumberOfRule = "\"the number of X\" before the figure";
        private const string NounBeforeOfRule = "noun before \"of\" and the figure";
        private const string ShareOfRule = "share of the noun after \"of\"";
        private const string LengthRule = "noun before the length verb";

        private string? ReadThing(NumericMention m, Sentence s, int fw, int lw, UnitClass cls, MentionIdentity? converted, out int from, out int to, out string? rule, out (int From, int To)? owner)
        {
            var words = s.Words;
            owner = null;
            from = to = -1;
            rule = null;

            // A conversion in parentheses ("1.2 billion shekels ($330 million)") measures what the figure before it does.
            var convertedCue = converted?.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing && c.Text == converted.Thing);
            if (converted is not null && converted.IsRecognised && convertedCue is not null && IndexRange(words, convertedCue.Start, convertedCue.Start + convertedCue.Length, out from, out to))
            {
                rule = ConversionRule;
                return Span(words, from, to);
            }

            // An area after a verb of burning, covering or spreading is its subject's ("the blaze has burned 9,000 hectares").
            if (AreaSubject(m, s, fw, out from, out to, out _))
            {
                rule = AreaRule;
                return Span(words, from, to);
            }

            // a. The counted noun the extractor found right after the figure.
            if (m.CountedNoun is not null && cls != UnitClass.Money && cls != UnitClass.Percent && !IdentityWords.UnitNouns.Contains(LastWord(m.CountedNoun)))
            {
                var at = _text.IndexOf(m.CountedNoun, m.Start + m.Length, StringComparison.Ordinal);
                if (at >= 0 && at < s.End && IndexRange(words, at, at + m.CountedNoun.Length, out from, out to))
                {
                    rule = CountedNounRule;
                    return m.CountedNoun;
                }
            }

            // "another 400 would arrive": more of what the count before it counts.
            if ((cls == UnitClass.Count || cls == UnitClass.Other) && m.CountedNoun is null && MoreOf(s, fw))
            {
                // With no count before it, "another" names nothing: the figure is left unrecognised, not guessed.
                rule = Another(m, s, out from, out to) ? AnotherRule : null;
                return rule is null ? null : Span(words, from, to);
            }

            // b. Words after the figure, up to a verb, preposition or punctuation ("More than 5,000 ISIS Prisoners Transferred").
            if (cls == UnitClass.Count || cls == UnitClass.Other)
            {
                var i = lw + 1;
                if (PartOfWhole(s, lw) is var whole && whole > 0)
                {
                    i = whole; // "23 of the council's 51 seats": the part counts what the whole counts
                }
                else if (i + 1 < words.Length && words[i].Lower == "of" && !s.Breaks[lw] && (words[i + 1].Lower is "the" or "these" or "those"))
                {
                    i += 2;
                }

                if (NounPhraseAfter(s, i, lw, out from, out to) && !IdentityWords.UnitNouns.Contains(words[to].Lower))
                {
                    if (whole > 0)
                    {
                        // The whole's noun ends at its first plural ("60 bridges need repairs": bridges).
                        for (var k = from; k < to; k++)
                        {
                            if (words[k].Lower.Length > 3 && words[k].Lower.EndsWith("s", StringComparison.Ordinal) && !words[k].Lower.EndsWith("ss", StringComparison.Ordinal))
                            {
                                to = k;
                                break;
                            }
                        }
                    }

                    rule = whole > 0 ? "noun of the whole after \"N of\"" : "noun after the figure";
                    return Span(words, from, to);
                }
            }

            // Restated: "lost 190 points, or 0.6%" measures what the figure before it measures.
            if (fw >= 2 && words[fw - 1].Lower == "or" && s.Breaks[fw - 2])
            {
                var before = LastSince(SentenceOf(m.Start), r => r.Identity.Mention.Start < m.Start);
                var cue = before.Identity?.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing);
                if (cue is not null && IndexRange(words, cue.Start, cue.Start + cue.Length, out from, out to))
                {
                    rule = RestatedRule;
                    return Span(words, from, to);
                }
            }

            // A change ("the index fell 0.9%", "rose 64 points to 4,577"): the subject of the change verb.
            if (m.Change != ChangeDirection.None || m.IsChangeAmount)
            {
                if ((cls == UnitClass.Count || cls == UnitClass.Other) && !m.IsChangeAmount && NumberOfDoneBefore(s, fw, out from, out to))
                {
                    // "The number of people killed in the floods has risen to 12": a count of what was done to them, as
                    // "killed 12 people", not the change's subject.
                    rule = NumberOfRule;
                    return Span(words, from, to);
                }

                var k = fw - 1;
                while (k >= 0 && !s.Breaks[k] && !OwnedNoun(s, k) && (IdentityWords.Function.Contains(words[k].Lower) || IsVerbLike(words[k]) || words[k].IsNumber || IdentityWords.UnitNouns.Contains(words[k].Lower) || IdentityWords.Scales.Contains(words[k].Lower) || words[k].Lower is "end" or "close" or "ended" or "closed"
                    || ToChange(words, k)))
                {
                    k--;
                }

                // A day or month before the change ("said on Monday, up from 49 percent") is when, not what, changed.
                if (k >= 0 && !IdentityWords.Months.Contains(words[k].Lower) && NounPhraseBefore(s, k, out from, out to))
                {
                    // "flu cases in Port Ellery have risen to 215": the phrase after "in" says where; what rose is the noun
                    // phrase before it (the place stays a qualifier).
                    var j = from - 1;
                    while (j >= 0 && !s.Breaks[j] && IsDeterminer(words[j]))
                    {
                        j--;
                    }

                    if ((cls == UnitClass.Count || cls == UnitClass.Other) && !m.IsChangeAmount && j >= 1 && !s.Breaks[j] && !s.Breaks[j - 1] && words[j].Lower is "in" or "at" or "across" or "near" or "inside" or "among"
                        && NounPhraseBefore(s, j - 1, out var placeOf, out var placeOfEnd) && !IdentityWords.Months.Contains(words[placeOfEnd].Lower))
                    {
                        (from, to) = (placeOf, placeOfEnd);
                    }

                    // "Ferries, last year's best performer, fell 2%": what fell is the name before the description set off by commas.
                    (from, to) = AppositiveHead(s, from, to, fw);
                    rule = ChangeRule;
                    return Span(words, from, to);
                }
            }

            // c. "the number of X ... at <figure>", "the total of X".
            for (var k = fw - 1; k >= 1 && k >= fw - 14; k--)
            {
                if (words[k].Lower == "of" && IdentityWords.Anaphors.Contains(words[k - 1].Lower) && NounPhraseAfter(s, k + 1, k, out from, out to) && to < fw)
                {
                    rule = NumberOfRule;
                    to = (cls == UnitClass.Count || cls == UnitClass.Other) && NumberOfDone(s, from, to, fw) is var done && done >= 0 ? done : to;
                    return Span(words, from, to);
                }
            }

            // "sales of 2.4 billion pesos", "a budget of $5 million": the noun before "of".
            if (fw >= 2 && words[fw - 1].Lower == "of" && !s.Breaks[fw - 2] && !IdentityWords.Anaphors.Contains(words[fw - 2].Lower) && NounPhraseBefore(s, fw - 2, out from, out to))
            {
                rule = NounBeforeOfRule;
                return Span(words, from, to);
            }

            // d. Money: "the daily cost of each X is $10", "spends $2.1 million".
            if (cls == UnitClass.Money)
            {
                for (var k = fw - 1; k >= 0 && k >= fw - 12 && !EndsClause(s, k, fw); k--)
                {
                    if (IdentityWords.MoneyEvents.ContainsKey(words[k].Lower))
                    {
                        from = to = k;
                        while (from > 0 && !s.Breaks[from - 1] && words[from - 1].Lower is "daily" or "monthly" or "annual" or "yearly" or "weekly" or "total")
                        {
                            from--;
                        }

                        var j = k + 1;
                        if (j < fw && words[j].Lower == "of" && !s.Breaks[k])
                        {
                            j++;
                            while (j < fw && words[j].Lower is "each" or "every" or "a" or "an" or "the" or "per" or "one")
                            {
                                j++;
                            }

                            if (NounPhraseAfter(s, j, j - 1, out var of, out var ot) && ot < fw)
                            {
                                owner = (of, ot);
                            }
                        }

                        rule = CostRule;
                        return Span(words, from, to);
                    }
                }
            }

            // Money in what it is made of, with no cost word before it: "asked for $40 million in emergency aid" (a cost word
            // keeps the cost rules: "would cost $1.5 million a day in overtime" is the cost of what its clause pays for).
            if (cls == UnitClass.Money && MoneyIn(s, lw, out from, out to))
            {
                rule = MoneyInRule;
                return Span(words, from, to);
            }

            // e. Percent: "80 percent of a concrete wall", "30 percent holding Turkish nationality".
            if (cls == UnitClass.Percent)
            {
                var j = lw + 1;
                if (j < words.Length && words[j].Lower == "of" && !s.Breaks[lw])
                {
                    j++;
                    while (j < words.Length && words[j].Lower is "a" or "an" or "the" or "its" or "their" or "all")
                    {
                        j++;
                    }

                    if (NounPhraseAfter(s, j, j - 1, out from, out to))
                    {
                        rule = ShareOfRule;
                        return Span(words, from, to);
                    }
                }

                // A share of work done ("containment had reached 20%") is no share of the people counted before it.
                var count = CompletionNear(s, fw, lw) ? default : LastSince(SentenceOf(m.Start), r => r.Class == UnitClass.Count && r.Identity.IsRecognised && r.Identity.Unit.Equals(Unit.Person));
                if (count.Identity?.Head is not null)
                {
                    var cue = count.Identity.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing);
                    if (cue is not null && IndexRange(words, cue.Start, cue.Start + cue.Length, out var of, out var ot))
                    {
                        owner = (of, ot);
                        rule = "share of the count in the same sentence";
                        from = of;
                        to = ot;
                        return Span(words, from, to);
                    }
                }
            }

            // f. Length: "a concrete wall stretching roughly 600 kilometers".
            if (cls == UnitClass.Length && fw >= 2 && IdentityWords.LengthEvents.ContainsKey(words[fw - 1].Lower) && NounPhraseBefore(s, fw - 2, out from, out to))
            {
                rule = LengthRule;
                return Span(words, from, to);
            }

            // g. A guess: the nearest content words before the figure.
            var g = fw - 1;
            while (g >= 0 && !s.Breaks[g] && (IdentityWords.Function.Contains(words[g].Lower) || IsVerbLike(words[g]) || words[g].IsNumber))
            {
                if (GuessStops.Contains(words[g].Lower))
                {
                    // "Outages ease, but thousands still waiting": the words before "but" are another clause's.
                    g = -1;
                    break;
                }

                g--;
            }

            if (g >= 0 && NounPhraseBefore(s, g, out from, out to))
            {
                rule = GuessRule;
                return Span(words, from, to);
            }

            from = to = -1;
            return null;
        }

        /// <summary>
        /// Whether word <paramref name="k"/> is part of an infinitive change and what leads to it, between a subject and
        /// its figure: a change verb after "to" ("to grow 5%") or a word of forecast before "to" ("Sales are forecast to
        /// rise 2%", "set to climb", "due to increase"): a verb, not the thing that changed.
        /// </summary>
        private static bool ToChange(Word[] words, int k) =>
            (k >= 1 && words[k - 1].Lower == "to" && ChangeWords.Contains(words[k].Lower))
            || (k + 1 < words.Length && words[k + 1].Lower == "to" && words[k].Lower is "forecast" or "set" or "due" or "likely" or "poised" or "tipped" or "projected" or "slated" or "expected");

        private static string LastWord(string phrase)
        {
            var space = phrase.LastIndexOf(' ');
            return (space < 0 ? phrase : phrase.Substring(space + 1)).ToLowerInvariant();
        }

        /// <summary>
        /// Whether the -ed or -ing word at <paramref name="k"/> describes the noun after it, an article or possessive
        /// before it ("its combined output", "the dried flower products"): then it is part of the noun phrase.
        /// </summary>
        private static bool Participle(Sentence s, int k) =>
            k >= 1 && !s.Breaks[k - 1] && !s.Breaks[k] && (IsDeterminer(s.Words[k - 1]) || PrepositionBeforeEd(s.Words[k - 1], s.Words[k])) && !IdentityWords.CountEvents.ContainsKey(s.Words[k].Lower)
            && !IdentityWords.MoneyEvents.ContainsKey(s.Words[k].Lower) && (s.Words[k].Lower.EndsWith("ed", StringComparison.Ordinal) || s.Words[k].Lower.EndsWith("ing", StringComparison.Ordinal));

        /// <summary>
        /// Where the counted noun starts when the figure ending at word <paramref name="lw"/> is a part of a whole written
        /// after it ("23 of the council's 51 seats", "23 of the 51 seats", "23 of 51 seats"): the word after the whole's
        /// number; 0 when no whole follows.
        /// </summary>
        private static int PartOfWhole(Sentence s, int lw)
        {
            var words = s.Words;
            var j = lw + 1;
            if (j >= words.Length || words[j].Lower != "of" || s.Breaks[lw])
            {
                return 0;
            }

            j++;
            if (j < words.Length && words[j].Lower == "the")
            {
                j++;
            }

            if (j < words.Length && IsPossessive(words, j))
            {
                j += j + 1 < words.Length && words[j + 1].Lower is "'s" or "\u2019s" ? 2 : 1;
            }

            return j + 1 < words.Length && words[j].IsNumber && !s.Breaks[j - 1] ? j + 1 : 0;
        }

        /// <summary>
        /// Whether the figure starting at word <paramref name="fw"/> is the whole a part before it is of ("23 of the
        /// council's 51 seats", "23 of the 51 seats"): what it counts is the total, not the part.
        /// </summary>
        private static bool IsWholeOfPart(Sentence s, int fw)
        {
            var words = s.Words;
            var k = fw - 1;
            if (k >= 0 && words[k].Lower is "'s" or "\u2019s")
            {
                k--;
            }

            if (k >= 0 && IsPossessive(words, k))
            {
                k--;
            }

            if (k >= 0 && words[k].Lower == "the")
            {
                k--;
            }

            return k >= 1 && words[k].Lower == "of" && words[k - 1].IsNumber && !s.Breaks[k - 1] && !s.Breaks[k];
        }

        /// <summary>Whether word <paramref name="k"/> is a possessive ("council's", "council’s", or "council" before a separate "'s").</summary>
        private static bool IsPossessive(Word[] words, int k) =>
            Possessive(words[k]) || (k + 1 < words.Length && words[k + 1].Lower is "'s" or "\u2019s");
    }
}

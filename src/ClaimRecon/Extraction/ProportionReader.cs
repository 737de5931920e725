using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// Proportions and multiples written in words: fractions ("a third of", "two-thirds of", "half the", "a quarter
    /// million"), ratios ("one in four", "1 out of 3") and multiples ("fivefold", "3-fold").
    /// </summary>
    /// <remarks>
    /// Each public reader asks first, without a call, whether token i can start what it reads, and hands only those
    /// tokens to the reader proper: every figure is asked about every kind, nearly all answer no, and the readers proper
    /// clear a frame of amounts on entry.
    /// </remarks>
    internal sealed class ProportionReader : ScannerStage
    {
        private static readonly Dictionary<string, decimal> Denominators = new(StringComparer.OrdinalIgnoreCase)
        {
            ["half"] = 2m, ["halves"] = 2m, ["third"] = 3m, ["thirds"] = 3m, ["quarter"] = 4m, ["quarters"] = 4m, ["fourth"] = 4m,
            ["fourths"] = 4m, ["fifth"] = 5m, ["fifths"] = 5m, ["sixth"] = 6m, ["sixths"] = 6m, ["seventh"] = 7m, ["sevenths"] = 7m,
            ["eighth"] = 8m, ["eighths"] = 8m, ["ninth"] = 9m, ["ninths"] = 9m, ["tenth"] = 10m, ["tenths"] = 10m,
        };

        /// <summary>Adverbs that say a multiple in one word, as "N times" says it.</summary>
        public static readonly Dictionary<string, decimal> TimesWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["twice"] = 2m, ["thrice"] = 3m,
        };

        public ProportionReader(TokenCursor cursor)
            : base(cursor)
        {
        }

        /// <summary>The words a fraction or a multiple can be written with, for the scanner's word classes.</summary>
        public static IEnumerable<string> Words => Denominators.Keys;

        /// <summary>
        /// A fraction whose numerator or denominator is token i: "a third of", "one fourth of", "two-thirds of", "half the",
        /// "three quarters billion". The fraction must be followed by "of", "the" or a scale word, so "the third convoy" and
        /// "a quarter century" stay what they are.
        /// </summary>
        public Amount? ReadFraction(int i) =>
            May(i, WordClass.SmallNumber | WordClass.Denominator) ? ReadFractionAt(i) : null;

        /// <summary>The fraction at token i once its class says it may start one (see <see cref="ReadFraction"/>).</summary>
        private Amount? ReadFractionAt(int i)
        {
            int first;
            int d;
            decimal numerator;
            if (May(i, WordClass.SmallNumber) && Lexicon.SmallNumbers.TryGetValue(Str(i), out var n) && n is > 0m and <= 20m)
            {
                // "one third", "two-thirds", "three quarters"
                first = i;
                numerator = n;
                d = IsDash(i + 1) && Touches(i + 1) ? i + 2 : i + 1;
            }
            else if (May(i, WordClass.Denominator) && Denominators.ContainsKey(Str(i)))
            {
                // "a third", "a quarter", "half"
                d = i;
                numerator = 1m;
                first = (Is(i - 1, "a") || Is(i - 1, "an")) && i - 1 >= Floor ? i - 1 : i;
                if (first == i && !Is(i, "half") && !(Is(i, "quarter") && ScaleAfter(i) > i))
                {
                    return null; // "quarter million" needs no article, "third" and the rest do ("the third million" is an ordinal)
                }

                if (first == i && (Is(i - 1, "first") || Is(i - 1, "second") || Is(i - 1, "back") || Is(i - 1, "front")))
                {
                    return null; // "the second half of the year", "the back half": a part of a period or a game, not a fraction
                }
            }
            else
            {
                return null;
            }

            if (!May(d, WordClass.Denominator) || !Denominators.TryGetValue(Str(d), out var denominator) || (numerator > 1m && !Str(d).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !Is(d, "half")))
            {
                return null;
            }

            var value = numerator / denominator;
            if (first == d && Is(d, "half") && (Is(d + 1, "a") || Is(d + 1, "an")) && IsUnitStart(d + 2))
            {
                // "half a percentage point", "half an hour", "half a mile": half of one unit, read with the unit after it
                return new Amount(first, d + 1, value, null, null, false) { IsWordNumber = true };
            }

            if (Is(d + 1, "of") && (Is(d + 2, "a") || Is(d + 2, "an")) && IsUnitStart(d + 3) && !(May(d + 3, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(d + 3))))
            {
                // "a quarter of a percentage point", "three quarters of an hour"
                return new Amount(first, d + 2, value, null, null, false) { IsWordNumber = true };
            }

            var next = ScaleAfter(d) > d ? ScaleAfter(d) : d + 1;
            if (May(next, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(next), out var scale) && scale >= 100m && !Is(next, "dozen"))
            {
                // "a quarter million", "three quarters billion", "half million"
                return new Amount(first, next, value * scale, Str(next), value, false) { IsWordNumber = true, Factor = scale };
            }

            if (Is(next, "of") && (Is(next + 1, "a") || Is(next + 1, "an")) && May(next + 2, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(next + 2), out var ofScale) && ofScale >= 1000m)
            {
                // "a quarter of a million", "three quarters of a billion": the fraction of the scale, one number
                return new Amount(first, next + 2, value * ofScale, Str(next + 2), value, false) { IsWordNumber = true, Factor = ofScale };
            }

            if (first != d && IsDash(first + 1) && Touches(first + 1) && d == first + 2 && !Is(first - 1, "and"))
            {
                // "two-thirds", "three-quarters": the hyphen makes it a fraction whatever follows ("a two-thirds majority")
                return new Amount(first, d, value, null, null, false) { IsWordNumber = true, IsProportion = true };
            }

            var ofLike = Is(next, "of") || Is(next, "the") || Is(next, "its") || Is(next, "their") || Is(next, "all") || Is(next, "them")
                || (first != d && (EndsClause(next) || Is(next, "and") || Is(next, "or") || Is(next, "but"))) // "above one quarter and below a half"
                || (ByBefore(first) && !Is(next, "to") && !Is(next, "past") && (!IsWord(next) || Has(next, WordClass.Stop))); // "fell by a fifth", "rose by nearly a fifth": the fraction the change took, not "by a quarter to nine" nor "by a third round"
            if (!ofLike || Is(first - 1, "and"))
            {
                return null; // "one and a half", "forty two and a third": a mixed number, not a proportion
            }

            return new Amount(first, d, value, null, null, false) { IsWordNumber = true, IsProportion = true };
        }

        /// <summary>Whether "by" comes right before token <paramref name="first"/>, or before a hedge of one word or "more than"/"less than" right before it ("by nearly a fifth", "by more than half").</summary>
        private bool ByBefore(int first)
        {
            var by = first - 1;
            if (Is(by, "nearly") || Is(by, "almost") || Is(by, "about") || Is(by, "around") || Is(by, "roughly") || Is(by, "approximately") || Is(by, "over") || Is(by, "some") || Is(by, "just"))
            {
                by--;
            }
            else if (Is(by, "than") && (Is(by - 1, "more") || Is(by - 1, "less")))
            {
                by -= 2;
            }

            return by >= Floor && Is(by, "by");
        }

        /// <summary>Whether token k starts a unit that a fraction of one can be given in: "percentage point", or a unit word ("hour", "mile", "metre").</summary>
        private bool IsUnitStart(int k) =>
            (Is(k, "percentage") && (Is(k + 1, "point") || Is(k + 1, "points")))
            || (IsWord(k) && May(k, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(Str(k)) && _t[k].Length > 2);

        /// <summary>
        /// The scale word of hundreds or more right after denominator token d, also joined by a hyphen ("quarter million",
        /// "quarter-million"); d when there is none.
        /// </summary>
        private int ScaleAfter(int d)
        {
            var next = IsDash(d + 1) && Touches(d + 1) && Touches(d + 2) ? d + 2 : d + 1;
            return May(next, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(next), out var scale) && scale >= 100m && !Is(next, "dozen") ? next : d;
        }

        /// <summary>
        /// A ratio starting at token i: "one in four", "one out of three", "1 out of 5", and with digits "1 in 5" when a
        /// word that is no unit follows ("1 in 5 children"; "2 in 5 minutes" stays two numbers).
        /// </summary>
        public Amount? ReadRatio(int i) =>
            ((Is(i + 1, "in") && (IsWord(i) || IsDigitRatio(i))) || (Is(i + 1, "out") && Is(i + 2, "of"))) ? ReadRatioAt(i) : null;

        /// <summary>Whether "N in M" at token i is written in digits with a word after it that is no unit: "1 in 5 children", "3 in 10 of them".</summary>
        private bool IsDigitRatio(int i) =>
            IsWholeNumber(i) && !(IsWord(i + 1) && Touches(i + 1)) && IsWholeNumber(i + 2) && !_t[i + 2].Grouped && !Touches(i + 3)
            && IsWord(i + 3) && !Has(i + 3, WordClass.Stop) && !(May(i + 3, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(Str(i + 3)))
            && !(May(i + 3, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i + 3)));

        /// <summary>The ratio at token i once its joining word is there (see <see cref="ReadRatio"/>).</summary>
        private Amount? ReadRatioAt(int i)
        {
            // The joining words first: they are rarer than a small whole number, and cheaper to ask about.
            var k = i + 1;
            if (Is(k, "in") && (IsWord(i) || IsDigitRatio(i)))
            {
                k++;
            }
            else if (Is(k, "out") && Is(k + 1, "of"))
            {
                k += 2;
            }
            else
            {
                return null;
            }

            if (!TrySmallWhole(i, out var numerator) || numerator == 0m)
            {
                return null;
            }

            if (Is(k, "every"))
            {
                k++;
            }

            if ((Is(k, "a") || Is(k, "an")) && IsWord(i) && May(k + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(k + 1), out var perScale) && perScale >= 100m && !Is(k + 1, "dozen") && perScale > numerator)
            {
                // "one in a hundred", "one in a million"
                return new Amount(i, k + 1, numerator / perScale, null, null, false) { IsWordNumber = true, IsProportion = true };
            }

            if (!TrySmallWhole(k, out var denominator) || denominator <= numerator || IsYearLike(k) || IsSym(k + 1, '%') || (May(k + 1, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(Str(k + 1))))
            {
                return null;
            }

            return new Amount(i, k, numerator / denominator, null, null, false) { IsWordNumber = !IsNumber(i), IsProportion = true };
        }

        /// <summary>A multiple at token i: "fivefold", "ten-fold", "3-fold"; the factor.</summary>
        public Amount? ReadFold(int i) =>
            ((IsWord(i) && _t[i].Length > 4) || (IsDash(i + 1) && Touches(i + 1))) ? ReadFoldAt(i) : null;

        /// <summary>The multiple at token i once its shape allows one (see <see cref="ReadFold"/>).</summary>
        private Amount? ReadFoldAt(int i)
        {
            if (IsWord(i) && Str(i).EndsWith("fold", StringComparison.OrdinalIgnoreCase) && Str(i).Length > 4
                && Lexicon.SmallNumbers.TryGetValue(Str(i).Substring(0, Str(i).Length - 4), out var glued) && glued > 1m)
            {
                return new Amount(i, i, glued, null, null, false) { IsWordNumber = true, IsMultiple = true };
            }

            if (IsDash(i + 1) && Touches(i + 1) && Is(i + 2, "fold") && Touches(i + 2) && TrySmallWhole(i, out var factor) && factor > 1m)
            {
                return new Amount(i, i + 2, factor, null, null, false) { IsWordNumber = !IsNumber(i), IsMultiple = true };
            }

            return null;
        }

        /// <summary>
        /// "twice" or "thrice" comparing with another figure: "twice as many (visitors) as", "thrice as much as", "twice more
        /// than". The factor, for <see cref="MentionAssembler"/> to multiply with the figure compared; a lone "twice" ("twice
        /// a day", "he ran twice") is no figure.
        /// </summary>
        public Amount? ReadTimesWord(int i) =>
            (IsWord(i) && _t[i].Length is 5 or 6) ? ReadTimesWordAt(i) : null;

        /// <summary>The multiple "twice" or "thrice" at token i, whose length is theirs (see <see cref="ReadTimesWord"/>).</summary>
        private Amount? ReadTimesWordAt(int i)
        {
            if (!TimesWords.TryGetValue(Str(i), out var factor))
            {
                return null;
            }

            var compares = (Is(i + 1, "as") && (Is(i + 2, "many") || Is(i + 2, "much") || (IsWord(i + 2) && !Has(i + 2, WordClass.Stop) && Is(i + 3, "as") && FigureAt(Is(i + 4, "the") ? i + 5 : i + 4))))
                || ((Is(i + 1, "more") || Is(i + 1, "higher") || Is(i + 1, "larger") || Is(i + 1, "greater") || Is(i + 1, "bigger")) && Is(i + 2, "than"));
            return compares ? new Amount(i, i, factor, null, null, false) { IsWordNumber = true, IsTimesWord = true } : null;
        }

        /// <summary>Whether a figure in digits starts at token k, with or without a currency symbol ("500", "$40"): what "twice as high as" multiplies.</summary>
        private bool FigureAt(int k) => IsNumber(k) || (IsNumber(k + 1) && Touches(k + 1) && _t[k].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.ContainsKey(Str(k)));

        private bool TrySmallWhole(int i, out decimal value)
        {
            value = 0m;
            if (May(i, WordClass.SmallNumber) && Lexicon.SmallNumbers.TryGetValue(Str(i), out value))
            {
                return true;
            }

            if (IsWholeNumber(i) && WholeValue(i) <= 1000)
            {
                value = WholeValue(i);
                return true;
            }

            return false;
        }
    }
}

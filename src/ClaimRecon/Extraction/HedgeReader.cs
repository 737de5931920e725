using ClaimRecon.Hedging;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Hedges and bounds written before a figure: "more than", "between", "&lt;=", "~".</summary>
    internal sealed class HedgeReader : ScannerStage
    {

        public HedgeReader(TokenCursor cursor)
            : base(cursor)
        {
        }

        /// <summary>The hedge phrase ending at token k, longest first.</summary>
        public (Hedge Hedge, int First)? HedgeEndingAt(int k)
        {
            if (!May(k, WordClass.HedgeEnd))
            {
                return null;
            }

            if (!Lexicon.HedgesByLastWord.TryGetValue(Str(k), out var candidates))
            {
                return null;
            }

            // The word before k decides most candidates ("more than" against "fewer than", "equal to or more than", ...):
            // its length, asked first without a call, rules out nearly all of them; the rest compare word by word.
            var before = k - 1;
            var beforeLength = IsWord(before) ? _t[before].Length : -1;
            foreach (var (words, hedge) in candidates)
            {
                var first = k - words.Length + 1;
                if (first < Floor || first < 0 || (words.Length > 1 && words[words.Length - 2].Length != beforeLength))
                {
                    continue;
                }

                var ok = true;
                for (var w = words.Length - 2; w >= 0 && ok; w--)
                {
                    ok = Is(first + w, words[w]);
                }

                if (ok && !(Is(first, "up") && Is(first + 1, "to") && (((Is(first - 1, "lead") || Is(first - 1, "run") || Is(first - 1, "build")) && Is(first - 2, "the")) || Is(first - 1, "leading"))))
                {
                    return (hedge, first); // not "the lead up to", "the run up to", "leading up to": the time before an event
                }
            }

            return null;
        }

        /// <summary>"&gt;", "&gt;=", "&lt; =", "≤", "≥" written before a number.</summary>
        public (Hedge Hedge, int First)? SymbolHedgeEndingAt(int k)
        {
            if (k < Floor || k < 0 || _t[k].Kind != TokenKind.Symbol)
            {
                return null;
            }

            var c = _text[_t[k].Start];
            if ((c == '>' || c == '<') && k - 1 >= 0 && _t[k - 1].Kind == TokenKind.Symbol && Touches(k) && (IsSym(k - 1, '<') || IsSym(k - 1, '>') || IsSym(k - 1, '=')))
            {
                return null; // "<>30", "=>30": not a comparison we can read
            }

            if ((c == '~' && Touches(k + 1) && (k == 0 || _t[k].SpaceBefore || IsSym(k - 1, '('))) || c == '\u2248')
            {
                return (Hedge.About, k); // "~1.2 mm", "(~80%)": approximately, not a sign
            }

            if (c == '\u2265')
            {
                return (Hedge.AtLeast, k);
            }

            if (c == '\u2264')
            {
                return (Hedge.AtMost, k);
            }

            if (c == '=' && k - 1 >= Floor && (IsSym(k - 1, '>') || IsSym(k - 1, '<')))
            {
                return (IsSym(k - 1, '>') ? Hedge.AtLeast : Hedge.AtMost, k - 1);
            }

            if (c == '>')
            {
                return (Hedge.MoreThan, k);
            }

            if (c == '<')
            {
                return (Hedge.FewerThan, k);
            }

            return null;
        }

        /// <summary>
        /// Whether "over" at token <paramref name="over"/> names the span a figure runs over, not a lower bound: the figure
        /// is a time ("days", "months", "nights") and either another figure ends right before "over", or one or two nouns
        /// after it ("rose 4% over 12 months", "$70,000 a day over 30 days", "a 9 percent raise over two years"), or "over"
        /// opens the sentence and a comma follows the time ("Over 30 years, the fund grew"). "for over 30 years", "jailed 3
        /// men for over two years", "over 30 days have passed" and an age or length ("3 wrecks over 70 years old") stay
        /// "more than".
        /// </summary>
        /// <param name="over">The token of "over".</param>
        /// <param name="last">The figure's last token (its unit or noun included).</param>
        /// <param name="unit">The figure's unit, if any.</param>
        /// <param name="noun">The figure's counted noun, if any.</param>
        public bool OverIsASpan(int over, int last, Unit? unit, string? noun)
        {
            var time = unit is { } u ? u.Dimension.IsDuration : noun is "night" or "nights";
            if (!time || !Is(over, "over") || Is(last + 1, "old") || Is(last + 1, "long"))
            {
                // An age or a length ("over 70 years old", "over 5 hours long") is bounded, whatever comes before it.
                return false;
            }

            if (Cursor.Previous is { } previous && previous.Last < over && previous.Last >= over - 3)
            {
                // Right after the figure, or after one or two nouns that follow it ("a 9 percent raise over two years", "cut
                // 5,000 jobs over three years"); a preposition or verb between ("jailed 3 men for over two years") keeps "more than".
                var between = true;
                for (var k = previous.Last + 1; k < over; k++)
                {
                    between &= IsWord(k) && !Has(k, WordClass.Stop);
                }

                if (between)
                {
                    return true;
                }
            }

            var opens = over == 0 || IsSym(over - 1, '.') || IsSym(over - 1, '!') || IsSym(over - 1, '?') || _text[_t[over].Start - 1] == '\n';
            return opens && IsSym(last + 1, ',');
        }

        /// <summary>The hedge phrase starting at token k and the token after it.</summary>
        public (Hedge Hedge, int Next)? HedgeStartingAt(int k)
        {
            for (var length = 6; length >= 1; length--)
            {
                if (HedgeEndingAt(k + length - 1) is (Hedge h, int f) && f == k)
                {
                    return (h, k + length);
                }
            }

            return null;
        }
    }
}

using ClaimRecon.Hedging;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Verbs of change before a figure: "rose 20%", "down from 3,000", "climbed from 5,000 to 7,000".</summary>
    internal sealed class ChangeReader : ScannerStage
    {
        private static readonly char[] SentenceEnds = { '.', ';', '!', '?' };

        public ChangeReader(TokenCursor cursor)
            : base(cursor)
        {
        }

        /// <summary>Reads a change around the draft's figures: its direction, whether the figure is the change or a level, and the level it came from.</summary>
        public void Read(MentionDraft d)
        {
            // Change: "rose 20%", "up from 3,000", "climbed from 5,000 to 7,000".
            var verb = ChangeVerbBefore(d.First, out var verbIndex, out var viaTo, out var viaFrom);
            if (verb == ChangeDirection.Up && verbIndex == d.First - 1 && d.Unit != Unit.Percent
                && (Is(verbIndex, "raised") || Is(verbIndex, "raise") || Is(verbIndex, "raises") || Is(verbIndex, "raising")))
            {
                verb = ChangeDirection.None; // "the charity raised $40k", "has raised 280 million": an amount raised, not a rise
            }

            if (verb != ChangeDirection.None && !viaTo && !viaFrom && IsMultiplying(verbIndex))
            {
                verb = ChangeDirection.None; // "sales doubled 12 months after the launch": a doubling states its level ("doubled to"), never an amount
            }

            var levelAt = verb != ChangeDirection.None && verbIndex == d.First - 2 && (Is(verbIndex, "up") || Is(verbIndex, "down")) && Is(d.First - 1, "at");

            if (d.Descending && d.High is not null && (verb == ChangeDirection.None || verb == ChangeDirection.Up))
            {
                verb = ChangeDirection.Down;
            }
            else if (d.AcrossTime && d.High is not null && verb == ChangeDirection.None && d.High != d.Low)
            {
                verb = ChangeDirection.Up; // "went from 36 schools in 2006 to 85 in 2009": a rise over time
            }

            if (verb == ChangeDirection.None && Is(d.First - 1, "or") && Cursor.Mentions.Count > 0 && Cursor.Mentions[Cursor.Mentions.Count - 1] is { IsChangeAmount: true } previous
                && _t[d.First - 1].Start - (previous.Start + previous.Length) <= 25)
            {
                verb = previous.Change; // "lost 190 points, or 0.6%"
            }

            // "rose 8% to 99 yuan", "ended down 1% at 1,463.78": the level reached after a change amount, in the same clause
            var reached = false;
            var to = LevelPhraseStart(d.First) - 1; // "rose 12% to a record $3.1bn": the level after "to a record"
            if (verb == ChangeDirection.None && d.High is null && d.Hedge == Hedge.None && (Is(to, "to") || Is(to, "at")) && Cursor.Mentions.Count > 0
                && Cursor.Mentions[Cursor.Mentions.Count - 1] is { IsChangeAmount: true } changed && _t[to].Start - (changed.Start + changed.Length) <= 12
                && _text.IndexOfAny(SentenceEnds, changed.Start + changed.Length, _t[to].Start - (changed.Start + changed.Length)) < 0)
            {
                verb = changed.Change;
                reached = true;
            }

            if (verb != ChangeDirection.None)
            {
                d.Change = verb;
                if (d.Intro == RangeIntro.From && d.High is not null)
                {
                    // from X to Y after a verb of change: a change from X to the level Y
                    d.Prior = d.Low;
                    d.Low = d.High.Value;
                    d.High = null;
                    d.HedgeText = null;
                    d.IsAmount = false;
                }
                else if (d.Intro == RangeIntro.From && d.High is null && d.Hedge == Hedge.None)
                {
                    // "up from 3,000": the figure is the level before the change (as news readers and the NewsQuant
                    // annotators read it); the level now is only known to lie above it
                    d.Prior = d.Low;
                    d.First = verbIndex;
                    d.IsAmount = false;
                }
                else
                {
                    d.IsAmount = !viaTo && !viaFrom && !reached && !levelAt; // "the index was up at 96.1": the level, not the change
                }

                if (Is(d.First - 1, "up") || Is(d.First - 1, "down"))
                {
                    d.First--;
                }
            }
        }

        /// <summary>A sign written against the digits: "-5 yards", "minus 3", "+0.2%".</summary>
        public void ReadSign(MentionDraft d)
        {
            // A sign written against the digits: "-5 yards", "minus 3", "+0.2%".
            var core = d.Amount.First;
            if (IsNumber(core) && core - 1 >= Floor && d.First == core && d.High is null && ((IsDash(core - 1) || IsSym(core - 1, '\u2212') || IsSym(core - 1, '+')) && Touches(core) && (core - 1 == 0 || _t[core - 1].SpaceBefore || IsSym(core - 2, '$') || IsSym(core - 2, '(')) && (!IsNumber(core - 2) || core - 2 < Floor && _t[core - 1].SpaceBefore || (IsSym(core - 1, '+') && _t[core - 1].SpaceBefore))))
            {
                var negative = !IsSym(core - 1, '+');
                if (negative)
                {
                    d.Low = -d.Low;
                }

                d.First = core - 1;
                if (d.Unit == Unit.Percent && d.Change == ChangeDirection.None)
                {
                    d.Change = negative ? ChangeDirection.Down : ChangeDirection.Up;
                    d.IsAmount = true;
                }
            }
            else if (IsNumber(core) && d.First == core - 1 && d.High is null && _t[core - 1].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.ContainsKey(Str(core - 1)) && Touches(core)
                && (IsDash(core - 2) || IsSym(core - 2, '\u2212')) && !IsSym(core - 2, '~') && Touches(core - 1) && core - 2 >= Floor && (core - 2 == 0 || _t[core - 2].SpaceBefore) && !IsNumber(core - 3))
            {
                // A sign before the currency symbol: "-$200", "−€15" (a dash between two figures is a range, not a sign).
                d.Low = -d.Low;
                d.First = core - 2;
            }
            else if (IsNumber(core) && d.First == core && (Is(core - 1, "minus") || (IsDash(core - 1) && Touches(core) && Is(core - 2, "minus"))) && core - 1 >= Floor)
            {
                d.Low = -d.Low;
                d.First = Is(core - 1, "minus") ? core - 1 : core - 2;
            }
        }

        /// <summary>
        /// Where a phrase naming the figure a new level starts, when one stands right before it after "to" or "at": "a record",
        /// "a high of", "a low of", "a peak of", with "record", "new" or "all-time" before "high" or "low" (as in "rose to a
        /// record 7.6 million", "fell to a new low of 1,200"); otherwise <paramref name="first"/> itself.
        /// </summary>
        public int LevelPhraseStart(int first)
        {
            var k = first - 1;
            var highOrLow = Is(k, "of") && (Is(k - 1, "high") || Is(k - 1, "low") || Is(k - 1, "peak"));
            if (highOrLow)
            {
                k -= 2;
            }

            // "a record 7.6 million", "a record high of", "a new low of"; not "a new 2,000-seat theatre" ("new" alone names no level)
            if (Is(k, "record") || (highOrLow && (Is(k, "new") || Is(k, "all-time"))))
            {
                k--;
            }
            else if (!highOrLow)
            {
                return first;
            }

            return k >= Floor && (Is(k, "a") || Is(k, "an")) && (Is(k - 1, "to") || Is(k - 1, "at")) ? k : first;
        }

        /// <summary>Whether token k is a verb of multiplying or halving ("doubled", "tripled", "halved").</summary>
        private bool IsMultiplying(int k) =>
            Is(k, "doubled") || Is(k, "tripled") || Is(k, "trebled") || Is(k, "quadrupled") || Is(k, "halved");

        public ChangeDirection ChangeVerbBefore(int first, out int verbIndex, out bool viaTo, out bool viaFrom)
        {
            viaTo = false;
            viaFrom = false;
            verbIndex = -1;
            first = LevelPhraseStart(first);
            var words = 0;
            var objectWords = 0;
            var afterBy = Is(first - 1, "by"); // "grow its revenue by 12%": up to three words of the verb's object before "by"
            for (var j = first - 1; j >= Floor && j >= 0 && words < (afterBy ? 7 : 4); j--)
            {
                if (!IsWord(j))
                {
                    return ChangeDirection.None;
                }

                if (Has(j, WordClass.Up) && !(Is(j, "up") && j + 1 < first && Is(j + 1, "to")) && !(Is(j, "up") && In(j - 1, Lexicon.PhrasalUp)))
                {
                    verbIndex = j;
                    return ChangeDirection.Up;
                }

                if (Has(j, WordClass.Down))
                {
                    verbIndex = j;
                    return ChangeDirection.Down;
                }

                if (Is(j, "to"))
                {
                    viaTo = true;
                }
                else if (Is(j, "from"))
                {
                    viaFrom = true;
                }
                else if (!(May(j, WordClass.ChangeFiller) && In(j, Lexicon.ChangeFillers)))
                {
                    if (!afterBy || objectWords == 3 || IsCapitalised(j) || Has(j, WordClass.SmallNumber) || IsMonth(j))
                    {
                        return ChangeDirection.None;
                    }

                    objectWords++; // a word of the object: "revenue", "its", "the price of"
                }

                words++;
            }

            return ChangeDirection.None;
        }
    }
}

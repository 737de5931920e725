using ClaimRecon.Hedging;

namespace ClaimRecon.Extraction
{
    /// <summary>The second figure of a range: "X to Y", "X-Y", "between X and Y", "from X to Y", with a scale or unit written once.</summary>
    internal sealed class RangeReader : ScannerStage
    {
        private readonly UnitReader _units;
        private readonly NumberReader _numbers;
        private readonly ChangeReader _changes;

        public RangeReader(TokenCursor cursor, UnitReader units, NumberReader numbers, ChangeReader changes)
            : base(cursor)
        {
            _units = units;
            _numbers = numbers;
            _changes = changes;
        }

        /// <summary>Reads the second figure after the draft's first, if any.</summary>
        public void Read(MentionDraft d)
        {
            // Range: "X to Y", "X-Y", "between X and Y" ("between X to Y"), "from X to Y", "two or three".
            var timed = false;
            var p = d.Intro == RangeIntro.From && !Is(d.P, "to") && !IsDash(d.P) ? PhraseBeforeTo(d.P, out timed) ?? d.P : d.P;
            var either = Is(p, "or") && d.Intro == RangeIntro.None && d.Hedge == Hedge.None && d.Currency is null && !d.Amount.IsProportion;
            var connector = d.Intro == RangeIntro.Between ? Is(p, "and") || IsDash(p) || Is(p, "to")
                : (Is(p, "to") || IsDash(p) || Is(p, "through") || Is(p, "thru") || (Is(p, "and") && d.Intro == RangeIntro.From && d.Unit is not null) || either);
            if (connector && d.Intro == RangeIntro.None && Is(p, "to") && _changes.ChangeVerbBefore(d.First, out _, out _, out _) != ChangeDirection.None)
            {
                connector = false; // "rose 0.7% to 6,327": a change, then the level reached
            }

            if (!d.Amount.IsVague && connector)
            {
                ReadSecond(d, p, either, timed);
            }
        }

        /// <summary>
        /// The second figure after the connector at token <paramref name="p"/> ("to", "-", "and", "or"), kept apart from
        /// <see cref="Read"/> so the many figures with no connector do not clear this method's frame of amounts.
        /// </summary>
        private void ReadSecond(MentionDraft d, int p, bool either, bool timed)
        {
            var q = p + 1;
            if (Is(q, "about") || Is(q, "approximately") || Is(q, "around") || Is(q, "roughly") || IsSym(q, '~'))
            {
                q++; // "between 2 g and about 7 g", "2 - ~7 grams": the approximate word does not change the closed end
            }

            var secondCurrency = false;
            if (_t.Length > q && q < _n && _t[q].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.ContainsKey(Str(q)))
            {
                secondCurrency = true;
                q++;
            }
            else if (May(q, WordClass.DollarPrefix) && Lexicon.DollarPrefixes.ContainsKey(Str(q)) && IsSym(q + 1, '$') && Touches(q + 1))
            {
                secondCurrency = true;
                q += 2;
            }
            else if (IsNumber(q + 1) && _units.GluedCurrency(q, q + 1) is not null)
            {
                secondCurrency = true;
                q += 1; // "from RM1,200 to RM3,000"
            }

            var dashOk = (!IsDash(p) || (IsNumber(q) || secondCurrency || May(q, WordClass.SmallNumber) && Lexicon.SmallNumbers.ContainsKey(Str(q))))
                && !(secondCurrency && d.Currency is null && d.Unit is not null);
            var second = dashOk ? _numbers.ReadAmountAt(q, d.Currency is not null || secondCurrency) : null;
            if (second is Amount alternative && !alternative.IsVague && either && !TwoOrThree(d, alternative))
            {
                return; // "5 or 50", "Windows 10 or 11": not a vague count
            }

            if (second is Amount hi && !hi.IsVague)
            {
                var low = d.Low;
                var high = hi.Value;
                if (d.Amount.ScaleText is null && hi.ScaleText is not null && d.RawLow <= hi.Raw)
                {
                    // "3 to 4 million", "$2-3bn": the scale written once applies to both ends.
                    if (!TryMultiply(d.RawLow, hi.Factor, out low))
                    {
                        return;
                    }

                    d.ScaleText = hi.ScaleText;
                }
                else if (hi.ScaleText is null && d.Amount.ScaleText is not null)
                {
                    d.ScaleText = d.Amount.ScaleText;
                }

                var u2 = _units.UnitAfter(hi.Last + 1, true);
                var rate = d.Unit;
                foreach (var per in d.PerUnits)
                {
                    rate = rate is null ? null : Cursor.Per(rate, per); // "from 20 miles per gallon to 29 mpg": the rate read before the second level
                }

                var clash = d.Unit is not null && u2 is UnitInfo otherUnit && otherUnit.Unit is not null && otherUnit.Unit != d.Unit && otherUnit.Unit != rate;
                // "from 4.8 to 4.7 percent", "from $75 to $45.88": a fall from one level to another, not a range
                d.Descending = d.Intro == RangeIntro.From && low > high;
                if ((low <= high || d.Descending) && !clash)
                {
                    d.Low = low;
                    d.High = high;
                    d.Last = hi.Last;
                    d.P = d.Last + 1;
                    if (u2 is UnitInfo second2 && (d.Unit is null || second2.Unit == d.Unit || second2.Unit == rate || second2.Unit is null))
                    {
                        d.Unit ??= second2.Unit;
                        d.UnitText ??= Span(second2.First, second2.Last);
                        d.Last = second2.Last;
                        d.P = d.Last + 1;
                    }

                    d.AcrossTime = timed;
                    if (d.Intro != RangeIntro.None)
                    {
                        d.First = d.First - 1;
                        d.HedgeText = d.Intro == RangeIntro.Between ? "between" : "from";
                    }
                    else if (either)
                    {
                        d.HedgeText = "or";
                    }
                }
            }
        }

        /// <summary>
        /// "two or three", "10 or 12": a whole count and a larger one of the same kind up to twice it, a vague count
        /// between them; "5 or 50", "one or 2" are alternatives.
        /// </summary>
        private bool TwoOrThree(MentionDraft d, Amount hi) =>
            d.Amount.IsWordNumber == hi.IsWordNumber && d.Amount.ScaleText is null && decimal.Truncate(d.Low) == d.Low && decimal.Truncate(hi.Value) == hi.Value
            && d.Low > 0m && hi.Value > d.Low && hi.Value <= 2m * d.Low && !_t[hi.First].HasFraction;

        /// <summary>
        /// The "to" after a short phrase of time between the two levels of "from X to Y": "from $80 at noon yesterday to $72",
        /// "from 20 mpg in 2008 to 29", "from 21 mpg combined to 23". Up to six tokens of words, years, times of day and
        /// abbreviations; none that starts another clause or comparison ("and", "for", "than", "per", a verb of change).
        /// Null when there is none; <paramref name="timed"/> tells whether the phrase names a time (a year, a time of day,
        /// "yesterday", "last week"), which makes the two levels a change over time.
        /// </summary>
        private int? PhraseBeforeTo(int p, out bool timed)
        {
            timed = false;
            for (var j = p; j < p + 7 && j < _n; j++)
            {
                if (Is(j, "to"))
                {
                    return j > p && !IsCapitalised(j) ? j : null;
                }

                if (IsWord(j))
                {
                    if (Is(j, "and") || Is(j, "or") || Is(j, "but") || Is(j, "from") || Is(j, "than") || Is(j, "between") || Is(j, "for") || Is(j, "per")
                        || Is(j, "among") || Is(j, "who") || Is(j, "which") || Is(j, "that") || Is(j, "while") || Is(j, "with") || Is(j, "where")
                        || Has(j, WordClass.Up | WordClass.Down))
                    {
                        return null;
                    }

                    timed |= IsMonth(j) || Is(j, "yesterday") || Is(j, "today") || Is(j, "night") || Is(j, "morning") || Is(j, "afternoon")
                        || Is(j, "evening") || Is(j, "noon") || Is(j, "week") || Is(j, "month") || Is(j, "year") || Is(j, "quarter") || Is(j, "last");
                    continue;
                }

                if (IsNumber(j) && (IsYearLike(j) || (IsWord(j + 1) && Touches(j + 1) && (Is(j + 1, "am") || Is(j + 1, "pm"))) || ((Is(j + 1, "am") || Is(j + 1, "pm")) && !Touches(j + 1))))
                {
                    timed = true;
                    continue; // "in 2008", "at 10.45pm"
                }

                if (IsSym(j, '.') && Touches(j) && IsWord(j - 1) && _t[j - 1].Length <= 2)
                {
                    continue; // "U.S.", "a.m."
                }

                return null;
            }

            return null;
        }
    }
}

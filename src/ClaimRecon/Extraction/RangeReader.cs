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
            // Range: "X to Y", "X-Y", "between X and Y", "from X to Y".
            var connector = d.Intro == RangeIntro.Between ? Is(d.P, "and") || IsDash(d.P)
                : (Is(d.P, "to") || IsDash(d.P) || Is(d.P, "through") || Is(d.P, "thru") || (Is(d.P, "and") && d.Intro == RangeIntro.From && d.Unit is not null));
            if (connector && d.Intro == RangeIntro.None && Is(d.P, "to") && _changes.ChangeVerbBefore(d.First, out _, out _, out _) != ChangeDirection.None)
            {
                connector = false; // "rose 0.7% to 6,327": a change, then the level reached
            }

            if (!d.Amount.IsVague && connector)
            {
                var q = d.P + 1;
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

                var dashOk = (!IsDash(d.P) || (IsNumber(q) || secondCurrency || May(q, WordClass.SmallNumber) && Lexicon.SmallNumbers.ContainsKey(Str(q))))
                    && !(secondCurrency && d.Currency is null && d.Unit is not null);
                var second = dashOk ? _numbers.ReadAmountAt(q, d.Currency is not null || secondCurrency) : null;
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
                    var clash = d.Unit is not null && u2 is UnitInfo otherUnit && otherUnit.Unit is not null && otherUnit.Unit != d.Unit;
                    // "from 4.8 to 4.7 percent", "from $75 to $45.88": a fall from one level to another, not a range
                    d.Descending = d.Intro == RangeIntro.From && low > high;
                    if ((low <= high || d.Descending) && !clash)
                    {
                        d.Low = low;
                        d.High = high;
                        d.Last = hi.Last;
                        d.P = d.Last + 1;
                        if (u2 is UnitInfo second2 && (d.Unit is null || second2.Unit == d.Unit || second2.Unit is null))
                        {
                            d.Unit ??= second2.Unit;
                            d.UnitText ??= Span(second2.First, second2.Last);
                            d.Last = second2.Last;
                            d.P = d.Last + 1;
                        }

                        if (d.Intro != RangeIntro.None)
                        {
                            d.First = d.First - 1;
                            d.HedgeText = d.Intro == RangeIntro.Between ? "between" : "from";
                        }
                    }
                }
            }
        }
    }
}

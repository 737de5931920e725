using System;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// Builds one mention around a figure, stage by stage: currency and hedge before it, unit after it, the second figure
    /// of a range, bounds written after it, rates and the counted noun, a change, a sign; then the range it states.
    /// </summary>
    internal sealed partial class MentionAssembler : ScannerStage
    {
        private static readonly string[] NoPer = Array.Empty<string>();

        private readonly UnitReader _units;
        private readonly HedgeReader _hedges;
        private readonly NumberReader _numbers;
        private readonly RangeReader _ranges;
        private readonly TrailingBoundReader _trailing;
        private readonly RateReader _rates;
        private readonly ChangeReader _changes;
        private readonly MentionDraft _draft = new();

        public MentionAssembler(TokenCursor cursor, UnitReader units, HedgeReader hedges, NumberReader numbers)
            : base(cursor)
        {
            _units = units;
            _hedges = hedges;
            _numbers = numbers;
            _changes = new ChangeReader(cursor);
            _ranges = new RangeReader(cursor, units, numbers, _changes);
            _trailing = new TrailingBoundReader(cursor, hedges, numbers);
            _rates = new RateReader(cursor, units);
        }

        /// <summary>Reads the mention around <paramref name="amount"/> and returns the token after it.</summary>
        public int Complete(Amount amount)
        {
            var d = _draft;
            d.Start(amount);
            ReadBefore(d);
            ReadUnitAfter(d);
            ReadMultiple(d);
            if (d.Intro == RangeIntro.From)
            {
                _rates.ReadDenominators(d); // "from 20 miles per gallon in 2008 to 29": the rate before the second level
            }

            _ranges.Read(d);
            _trailing.Read(d);
            ReadLateUnit(d);
            _rates.Read(d);
            _changes.Read(d);
            _changes.ReadSign(d);
            ReadRestatedBound(d);
            if (d.Hedge == Hedge.MoreThan && d.High is null && d.HedgeText is not null && _hedges.OverIsASpan(d.First, d.Last, d.Unit, d.Noun))
            {
                // "rose 4% over 12 months": the months the change ran over, not more than 12 of them.
                d.Hedge = Hedge.None;
                d.HedgeText = null;
                d.First++;
            }

            Emit(d);
            return d.Last + 1;
        }

        /// <summary>A currency, a sign, a hedge or a range word written before the figure.</summary>
        private void ReadBefore(MentionDraft d)
        {
            if (!d.Amount.IsVague && _units.CurrencyBefore(d.Amount.First, out var currencyFirst, out var currencyText) is string currency)
            {
                d.Currency = currency;
                d.CurrencyFirst = currencyFirst;
                d.CurrencyText = currencyText;
            }

            else if (!d.Amount.IsVague && d.Amount.ScaleText is null && _units.MillionCodeBefore(d.Amount.First) is string millions)
            {
                // "MEUR 12.5": millions of euros, as "12.5 MEUR" is
                d.Currency = millions;
                d.CurrencyFirst = d.Amount.First - 1;
                d.CurrencyText = Str(d.Amount.First - 1);
                d.TooLarge |= !TryMultiply(d.Low, 1_000_000m, out var scaled);
                d.Low = scaled;
                d.RawLow = scaled;
                d.ScaleText = "M";
            }

            if (d.Currency is not null)
            {
                d.Unit = UnitReader.CurrencyUnit(d.Currency);
                d.UnitText = d.CurrencyText;
                d.First = d.CurrencyFirst;
            }

            // Hedge before the figure.
            var k = d.First - 1;

            // A sign between a comparison or "between" and the figure: "< -30", "<= -30", "between minus 10 and 15".
            var negate = false;
            if (!d.Amount.IsVague && d.Currency is null && k - 1 >= Floor && k - 1 >= 0
                && ((IsNumber(d.First) && (IsSym(k, '-') || IsSym(k, '\u2212')) && Touches(d.First) && (_hedges.SymbolHedgeEndingAt(k - 1) is not null || _hedges.HedgeEndingAt(k - 1) is not null || Is(k - 1, "between")))
                    || ((Is(k, "minus") || Is(k, "negative")) && (Is(k - 1, "between") || Is(k - 1, "from") || _hedges.SymbolHedgeEndingAt(k - 1) is not null || _hedges.HedgeEndingAt(k - 1) is not null))))
            {
                negate = true;
                d.First = k;
                k--;
            }

            if (Is(k, "between") && k >= Floor)
            {
                d.Intro = RangeIntro.Between;
            }
            else if (Is(k, "from") && k >= Floor)
            {
                d.Intro = RangeIntro.From;
            }
            else if (_hedges.HedgeEndingAt(k) is (Hedge h, int hedgeFirst))
            {
                d.Hedge = h;
                d.HedgeText = Span(hedgeFirst, k);
                d.First = hedgeFirst;
            }
            else if (IsDash(k) && Touches(d.First) && Touches(k) && Is(k - 1, "sub") && k - 1 >= Floor)
            {
                d.Hedge = Hedge.FewerThan; // "sub-300"
                d.HedgeText = Span(k - 1, k);
                d.First = k - 1;
            }
            else if (_hedges.SymbolHedgeEndingAt(k) is (Hedge sh, int symbolFirst))
            {
                d.Hedge = sh;
                d.HedgeText = Span(symbolFirst, k);
                d.First = symbolFirst;
            }

            if (negate)
            {
                d.Low = -d.Low;
                d.RawLow = -d.RawLow;
            }
        }

        /// <summary>A unit right after the figure, with a late scale ("75 USD million") and cents ("3 dollars 50 cents").</summary>
        private void ReadUnitAfter(MentionDraft d)
        {
            // Unit right after the first figure.
            d.P = d.Last + 1;
            var unitInfo = d.Unit is null ? _units.UnitAfter(d.P, true) : _units.CurrencyAfterCode(d.P, d.Unit, d.CurrencyText);
            if (unitInfo is null && d.Unit is null && IsDash(d.P) && Touches(d.P) && Touches(d.P + 1) && IsWord(d.P + 1))
            {
                // "a 185-hp engine", "a 3.5-liter V-6"; a currency named in words: "a 10-dollar bill", "a one-yen bid"
                unitInfo = _units.UnitAfter(d.P + 1, false)
                    ?? (May(d.P + 1, WordClass.CurrencyWord) && Lexicon.CurrencyWords.ContainsKey(Str(d.P + 1)) ? _units.UnitAfter(d.P + 1, true) : null);
            }

            if (unitInfo is UnitInfo u1)
            {
                ApplyUnitAfter(d, u1);
            }
        }

        /// <summary>
        /// Takes the unit read right after the figure, with a late scale and cents; apart from <see cref="ReadUnitAfter"/>
        /// so the many figures with no unit do not clear this method's frame of amounts.
        /// </summary>
        private void ApplyUnitAfter(MentionDraft d, UnitInfo u1)
        {
            if (u1.Unit is not null || d.Unit is null)
            {
                d.Unit = u1.Unit ?? d.Unit;
            }

            d.UnitText = d.UnitText is null ? Span(u1.First, u1.Last) : d.UnitText;
            d.Last = u1.Last;
            d.P = d.Last + 1;
            if (u1.Multiplier != 1m)
            {
                d.TooLarge |= !TryMultiply(d.Low, u1.Multiplier, out var scaled);
                d.Low = scaled;
                d.RawLow = d.Low;
                d.ScaleText = Str(u1.First).Substring(0, 1);
            }
            else if (d.Amount.ScaleText is null && IsWord(d.P) && Lexicon.ScaleWords.TryGetValue(Str(d.P), out var lateScale) && lateScale >= 1000m)
            {
                // "75 USD million"
                d.TooLarge |= !TryMultiply(d.Low, lateScale, out var scaled);
                d.Low = scaled;
                d.RawLow = d.Low;
                d.ScaleText = Str(d.P);
                d.Last = d.P;
                d.P++;
            }

            // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
            if (d.Unit is not null && d.Unit.Symbol.Length == 3 && !d.Amount.IsVague && d.ScaleText is null)
            {
                var c = Is(d.P, "and") ? d.P + 1 : d.P;
                var cents = _numbers.ReadAmountAt(c, false);
                if (cents is Amount ct && ct.Value < 100m && (Is(ct.Last + 1, "cents") || Is(ct.Last + 1, "cent")))
                {
                    d.Low += ct.Value / 100m;
                    d.Last = ct.Last + 1;
                    d.P = d.Last + 1;
                }
                else if (cents is Amount spoken && spoken.Value is > 0m and < 100m && spoken.ScaleText is null && decimal.Truncate(spoken.Value) == spoken.Value
                    && (!IsNumber(spoken.First) || _t[spoken.First].Digits == 2) && EndsClause(spoken.Last + 1))
                {
                    // "15 dollars 50.", "thirteen dollars forty five": the minor unit said without its name, at the end of the clause
                    d.Low += spoken.Value / 100m;
                    d.Last = spoken.Last;
                    d.P = d.Last + 1;
                }
            }
        }

        /// <summary>A unit written after the bounds when none was written next to the figure.</summary>
        private void ReadLateUnit(MentionDraft d)
        {
            if (d.Unit is null && d.UnitText is null && !d.Amount.IsVague && _units.UnitAfter(d.P, true) is UnitInfo late)
            {
                d.Unit = late.Unit;
                d.UnitText = Span(late.First, late.Last);
                d.Last = late.Last;
                d.P = d.Last + 1;
            }
        }

        /// <summary>
        /// The bound of the mention just before token k when the figure after k restates it in parentheses: "(" right after
        /// that mention ("more than 100 km (60 miles)"), or "/" right after a restatement that itself opened the parentheses
        /// ("just under 296 hp (224 kW / 300 PS)"). Only bounds carry over (ranges and changes do not); null otherwise.
        /// </summary>
        private PreviousMention? InheritedBound(int k)
        {
            var previous = Cursor.Previous;
            if (previous is not PreviousMention p || p.Last != k - 1 || p.HedgeText is null
                || p.Hedge is not (Hedge.MoreThan or Hedge.AtLeast or Hedge.FewerThan or Hedge.AtMost or Hedge.UpTo or Hedge.Nearly or Hedge.Almost))
            {
                return null;
            }

            return IsSym(k, '(') || (IsSym(k, '/') && IsSym(p.First - 1, '(')) ? p : null;
        }

        /// <summary>
        /// A bare figure restating the mention before it in parentheses, closed right after it ("more than 100 km (60 miles)",
        /// "(224 kW / 300 PS)"), takes that mention's bound; "(2,000 of them children)" is not a restatement.
        /// </summary>
        private void ReadRestatedBound(MentionDraft d)
        {
            if (d.Hedge == Hedge.None && d.High is null && d.TwoSided is null && d.Change == ChangeDirection.None && !d.Amount.IsVague
                && (IsSym(d.Last + 1, ')') || IsSym(d.Last + 1, '/')) && InheritedBound(d.First - 1) is PreviousMention bounded)
            {
                d.Hedge = bounded.Hedge;
                d.HedgeText = bounded.HedgeText;
            }
        }

        /// <summary>Bodies that vote, whose name before a tally is no name's number: "passed the Senate 68-32", "the Supreme Court ruled 6-3".</summary>
        private static readonly WordSet Chambers = new(new[]
        {
            "Senate", "House", "Commons", "Lords", "Assembly", "Parliament", "Congress", "Council", "Court", "Committee", "Board", "Bundestag", "Knesset", "Duma",
        });

        /// <summary>Whether the name at <paramref name="name"/> is a voting body and the figure ending at <paramref name="last"/> opens a tally "N-M" written against it.</summary>
        private bool IsChamberTally(int name, int last) =>
            IsDash(last + 1) && Touches(last + 1) && IsWholeNumber(last + 2) && Touches(last + 2) && Chambers.Contains(_text, _t[name].Start, _t[name].Length);

        /// <summary>Records the mention, or rejects a bare number after a name.</summary>
        private void Emit(MentionDraft d)
        {
            // A bare number right after a name is a name's number: "S&P 500", "Fortune 100", "iPhone 14", "Apple Watch 5".
            if (d.Hedge == Hedge.None && d.High is null && d.Unit is null && d.Noun is null && d.Currency is null && d.Change == ChangeDirection.None
                && !d.Amount.IsWordNumber && !d.Amount.IsVague && d.First == d.Amount.First && d.Amount.First == d.Amount.Last && IsWord(d.First - 1) && d.First - 1 >= Floor
                && HasUpper(d.First - 1) && !IsMonth(d.First - 1) && !(IsSym(d.First - 2, '.') || d.First - 1 == 0) && !Has(d.First - 1, WordClass.Stop)
                && !IsChamberTally(d.First - 1, d.Last))
            {
                Reject(d.First - 1, d.Last, RejectionReason.Identifier);
                return;
            }

            if (d.TooLarge)
            {
                Reject(d.First, d.Last, RejectionReason.TooLarge);
                return;
            }

            var text = Span(d.First, d.Last);
            HedgedFigure? figure = null;
            NumericRange range;
            decimal? value = null;
            if (d.Amount.IsVague)
            {
                range = new NumericRange(RangeBound.Closed(d.Amount.Value), RangeBound.Open(d.Amount.VagueHigh));
            }
            else if (d.TwoSided is NumericRange both)
            {
                range = both;
            }
            else
            {
                if (d.High is decimal hv)
                {
                    figure = HedgedFigure.Between(d.Low, hv, text);
                }
                else
                {
                    if ((d.Hedge == Hedge.Nearly || d.Hedge == Hedge.Almost) && d.Low == 0m)
                    {
                        d.Hedge = Hedge.FewerThan;
                    }

                    figure = HedgedFigure.Of(d.Hedge, d.Low, text);
                    value = d.Low;
                }

                try
                {
                    range = InterpretationPolicy.Default.Interpret(figure);
                }
                catch (ArgumentException)
                {
                    return;
                }
                catch (OverflowException)
                {
                    Reject(d.First, d.Last, RejectionReason.TooLarge); // "about" widens a figure near the decimal limit past it
                    return;
                }
            }

            Cursor.Mentions.Add(new NumericMention(
                _t[d.First].Start,
                text,
                range,
                figure,
                value,
                d.Unit,
                d.UnitText,
                d.Per.Count == 0 ? NoPer : d.Per.ToArray(),
                d.ScaleText,
                d.HedgeText,
                d.Noun,
                d.Change,
                d.IsAmount,
                d.Prior,
                d.Amount.IsVague,
                d.Amount.IsProportion));
            Cursor.Previous = new PreviousMention(d.First, d.Last, figure?.Hedge ?? Hedge.None, d.HedgeText);
            Floor = d.Last + 1;
        }
    }
}

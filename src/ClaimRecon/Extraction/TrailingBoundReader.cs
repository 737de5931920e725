using ClaimRecon.Hedging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Extraction
{
    /// <summary>Bounds written after a figure: "or more", "or less", "or so", "+", "-plus", "or equal to", and a second bound joined ("more than 100 and fewer than 300").</summary>
    internal sealed class TrailingBoundReader : ScannerStage
    {
        private readonly HedgeReader _hedges;
        private readonly NumberReader _numbers;

        public TrailingBoundReader(TokenCursor cursor, HedgeReader hedges, NumberReader numbers)
            : base(cursor)
        {
            _hedges = hedges;
            _numbers = numbers;
        }

        /// <summary>Reads the bounds written after the draft's figures.</summary>
        public void Read(MentionDraft d)
        {
            // Written after: "or more", "or less", "or so", "+", "-plus".
            if ((d.Hedge == Hedge.None || d.Hedge is Hedge.About or Hedge.Approximately or Hedge.Roughly) && d.High is null && !d.Amount.IsVague)
            {
                if (Is(d.P, "or") || Is(d.P, "and"))
                {
                    var w = d.P + 1;
                    Hedge? after = Is(w, "more") || Is(w, "above") || Is(w, "higher") || Is(w, "over") || Is(w, "greater") || (Is(w, "up") && Is(d.P, "and")) ? Hedge.AtLeast
                        : Is(w, "less") || Is(w, "fewer") || Is(w, "below") || Is(w, "under") || Is(w, "lower") ? Hedge.AtMost
                        : Is(w, "so") && Is(d.P, "or") ? Hedge.About
                        : null;
                    // "200 or more than" at the end is still "or more"; "5 or more than 10" is not
                    var than = Is(w + 1, "than");
                    var thanEnds = than && _numbers.ReadAmountAt(w + 2, false) is null && !(IsSym(w + 2, '$') || IsWord(w + 2) && !Has(w + 2, WordClass.Stop));
                    if (after is Hedge a && (d.Hedge == Hedge.None || a != Hedge.About) && (!than || thanEnds))
                    {
                        d.HedgeText = d.Hedge == Hedge.None ? Span(d.P, than ? w + 1 : w) : d.HedgeText + " ... " + Span(d.P, than ? w + 1 : w);
                        d.Hedge = a;
                        d.Last = than ? w + 1 : w;
                        d.P = d.Last + 1;
                    }
                }
                else if (d.Hedge == Hedge.None && IsSym(d.P, '+') && Touches(d.P))
                {
                    d.Hedge = Hedge.AtLeast;
                    d.HedgeText = "+";
                    d.Last = d.P;
                    d.P++;
                }
                else if (d.Hedge == Hedge.None && (IsDash(d.P) && Touches(d.P) && Is(d.P + 1, "plus") && Touches(d.P + 1) || Is(d.P, "plus") && Touches(d.P)))
                {
                    d.Hedge = Hedge.AtLeast;
                    var end = Is(d.P, "plus") ? d.P : d.P + 1;
                    d.HedgeText = Span(d.P, end);
                    d.Last = end;
                    d.P = end + 1;
                }
            }

            // "less than 5000 or equal (to)": the end is closed after all.
            if ((d.Hedge == Hedge.FewerThan || d.Hedge == Hedge.MoreThan) && Is(d.P, "or") && Is(d.P + 1, "equal") && _numbers.ReadAmountAt(Is(d.P + 2, "to") ? d.P + 3 : d.P + 2, false) is null)
            {
                d.Hedge = d.Hedge == Hedge.FewerThan ? Hedge.AtMost : Hedge.AtLeast;
                d.Last = Is(d.P + 2, "to") ? d.P + 2 : d.P + 1;
                d.HedgeText += " ... " + Span(d.P, d.Last);
                d.P = d.Last + 1;
            }

            // Two one-sided bounds joined: "more than 100 and fewer than 300", "at most 100 and at least 20".
            if (d.High is null && !d.Amount.IsVague && d.Hedge is Hedge.MoreThan or Hedge.AtLeast or Hedge.FewerThan or Hedge.AtMost or Hedge.UpTo
                && (Is(d.P, "and") || Is(d.P, "but") || IsSym(d.P, ',')) && _hedges.HedgeStartingAt(Is(d.P + 1, "and") ? d.P + 2 : d.P + 1) is (Hedge other, int otherNext))
            {
                var lowerFirst = d.Hedge is Hedge.MoreThan or Hedge.AtLeast;
                var otherIsLower = other is Hedge.MoreThan or Hedge.AtLeast;
                var second = lowerFirst != otherIsLower ? _numbers.ReadAmountAt(otherNext, d.Currency is not null) : null;
                if (second is Amount o && !o.IsVague)
                {
                    RangeBound Bound(Hedge hh, decimal v) => hh is Hedge.MoreThan or Hedge.FewerThan ? RangeBound.Open(v) : RangeBound.Closed(v);
                    var lower = lowerFirst ? Bound(d.Hedge, d.Low) : Bound(other, o.Value);
                    var upper = lowerFirst ? Bound(other, o.Value) : Bound(d.Hedge, d.Low);
                    if (lower.Value < upper.Value)
                    {
                        var otherStart = Is(d.P + 1, "and") ? d.P + 2 : d.P + 1;
                        d.HedgeText = d.HedgeText + " ... " + Span(otherStart, otherNext - 1);
                        d.TwoSided = new NumericRange(lower, upper);
                        d.Last = o.Last;
                        d.P = d.Last + 1;
                    }
                }
            }
        }
    }
}

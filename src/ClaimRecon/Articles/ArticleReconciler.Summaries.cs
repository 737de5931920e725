using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;

namespace ClaimRecon.Articles
{
    /// <summary>The time of a figure that the top of a report gives again from its body.</summary>
    /// <remarks>
    /// A figure with no time of its own ("Storm leaves 85,000 without power", a headline) that a later figure of the same
    /// article and quantity gives again with a time ("more than 85,000 homes ... were without electricity on Tuesday night")
    /// describes that time: the top of a news report summarises its body. "Gives again" means the same value, bare or with
    /// a hedge of one value ("more than 85,000", "at least 85,000", "about 85,000"). The claim keeps its
    /// own wording, source and stance; it takes the moment the later figure describes and that figure's hedge (a headline
    /// drops "more than" and "about"); its note names the claim it summarises.
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>Gives each claim of one article (<paramref name="first"/>, <paramref name="count"/> claims) with no time of its own the time of the later claim it summarises.</summary>
        private static void DateSummaries(List<Claim> claims, int first, int count)
        {
            // The article's dated claims by quantity, in text order: each undated claim reads only its own quantity's.
            Dictionary<QuantityKey, List<int>>? dated = null;
            for (var b = first; b < first + count; b++)
            {
                if (claims[b].Figure is not null && claims[b].Describes is not null)
                {
                    dated ??= new Dictionary<QuantityKey, List<int>>();
                    if (!dated.TryGetValue(claims[b].Quantity, out var list))
                    {
                        dated[claims[b].Quantity] = list = new List<int>();
                    }

                    list.Add(b);
                }
            }

            if (dated is null)
            {
                return;
            }

            for (var a = first; a < first + count; a++)
            {
                var c = claims[a];
                if (c.Figure is null || c.Describes is not null || !c.Range.IsPoint || !dated.TryGetValue(c.Quantity, out var later))
                {
                    continue;
                }

                foreach (var b in later)
                {
                    if (b > a && (GivesAgain(claims[b].Range, c.Range.Lower.Value) || HedgesAgain(claims[b].Figure!, c.Range.Lower.Value)))
                    {
                        // A one-sided figure's hedge goes with it: the headline's "85,000" is the body's "more than 85,000".
                        var body = claims[b].Figure!;
                        var figure = body.Hedge is Hedge.Range or Hedge.Vague or Hedge.Between || body.Value != c.Figure.Value ? c.Figure : HedgedFigure.Of(body.Hedge, c.Figure.Value, c.Figure.Wording);
                        var note = (c.Note is null ? string.Empty : c.Note + "; ") + "summarises " + claims[b].Id + ": read with its time" + (figure == c.Figure ? string.Empty : " and its hedge (" + body.Hedge + ")");
                        claims[a] = new Claim(c.Id, c.Quantity, figure, c.Attribution, c.Stance, c.StatedAt, claims[b].Describes, c.Evidence, c.Policy, note, c.Denies);
                        break;
                    }
                }
            }
        }

        // The same value with a hedge of one value ("about 12,000 acres" after a headline's "12,000 acres").
        private static bool HedgesAgain(HedgedFigure figure, decimal value) =>
            figure.Hedge is not (Hedge.Range or Hedge.Vague or Hedge.Between) && figure.Value == value;

        // The same value, or the value as the one bound of a one-sided range.
        private static bool GivesAgain(NumericRange range, decimal value) =>
            !range.IsEmpty
            && ((range.IsPoint && range.Lower.Value == value)
                || (!range.Lower.IsUnbounded && range.Upper.IsUnbounded && range.Lower.Value == value)
                || (range.Lower.IsUnbounded && !range.Upper.IsUnbounded && range.Upper.Value == value));
    }
}

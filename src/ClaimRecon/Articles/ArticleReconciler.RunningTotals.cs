using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>The day a running total "since" a time describes: the total as of the day it was said.</summary>
    /// <remarks>
    /// A running total counted from a start ("214 cases since the outbreak began in January", "more than 9,000 doses since
    /// February 1") is the total reached on the day it was said, as "so far" is: it is compared with the same total another
    /// figure gives for a day ("253 cases on Wednesday") on the quantity's timeline, where before it was a period of its own
    /// that no day-dated figure met. Only a figure of a cumulative quantity whose time the "since" rule read
    /// (<c>describes.since</c>) is re-dated; its note says from when the total runs.
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>The claim of a running total "since" a time, dated on the last day of its period; other claims unchanged.</summary>
        private static Claim AsOfLastDay(Claim claim, AttributedMention attributed, Dictionary<QuantityKey, QuantityKind> kinds)
        {
            if (claim.Figure is null || claim.Describes is not { } period || period.FirstDay == period.LastDay
                || !kinds.TryGetValue(claim.Quantity, out var kind) || kind != QuantityKind.Cumulative
                || attributed.DecisionFor(AttributionPart.Describes).Rule != "describes.since")
            {
                return claim;
            }

            var day = TimeReference.OnDay(period.LastDay, period.Label);
            var note = (claim.Note is null ? string.Empty : claim.Note + "; ") + "a running total " + (period.Label ?? "since " + period.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                + ": the total on " + period.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return new Claim(claim.Id, claim.Quantity, claim.Figure, claim.Attribution, claim.Stance, claim.StatedAt, day, claim.Evidence, claim.Policy, note, claim.Denies);
        }
    }
}

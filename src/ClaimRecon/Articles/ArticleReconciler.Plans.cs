using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>The deadline an undated plan is compared at: the one deadline the other claims of the same plan name.</summary>
    /// <remarks>
    /// A plan with no time of its own ("about 600 jobs will be lost") is the same plan as one another report dates ("640
    /// jobs would go by the end of June"), not a plan for the day it was said; so its claim describes the one deadline
    /// the dated claims of its quantity (a target) describe, across the articles, and the two figures are compared.
    /// Only when those claims name exactly one time and the plan was said on or before it; with none or several
    /// deadlines it keeps its own reading (the time it was said).
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>Gives each undated plan among <paramref name="claims"/> the one deadline of its quantity, as the remarks say; linear in the claims.</summary>
        private static void DatePlans(List<Claim> claims, Dictionary<QuantityKey, QuantityKind> kinds)
        {
            // Per plan, the one deadline its dated claims name (null when they name several) and the first claim naming it.
            var deadlines = new Dictionary<QuantityKey, (TimeReference? Deadline, string From)>();
            foreach (var c in claims)
            {
                if (c.Figure is null || c.Describes is not { } d || !kinds.TryGetValue(c.Quantity, out var kind) || kind != QuantityKind.Target)
                {
                    continue;
                }

                if (!deadlines.TryGetValue(c.Quantity, out var known))
                {
                    deadlines[c.Quantity] = (d, c.Id);
                }
                else if (known.Deadline is { } k && (k.FirstDay != d.FirstDay || k.LastDay != d.LastDay))
                {
                    deadlines[c.Quantity] = (null, known.From);
                }
            }

            for (var a = 0; a < claims.Count; a++)
            {
                var c = claims[a];
                if (c.Figure is null || c.Describes is not null || !deadlines.TryGetValue(c.Quantity, out var plan) || plan.Deadline is not { } deadline
                    || (c.StatedAt is { } said && said.LastDay > deadline.LastDay))
                {
                    continue;
                }

                var note = (c.Note is null ? string.Empty : c.Note + "; ") + "a plan with no time of its own: compared at the deadline " + plan.From + " names";
                claims[a] = new Claim(c.Id, c.Quantity, c.Figure, c.Attribution, c.Stance, c.StatedAt, deadline, c.Evidence, c.Policy, note, c.Denies);
            }
        }
    }
}

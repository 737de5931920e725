using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>The deadline an undated plan is compared at: the one deadline the other claims of the same plan name.</summary>
    /// <remarks>
    /// A plan with no time of its own ("about 1,200 jobs will be lost") is the same plan as one another report dates ("1,150
    /// jobs would go by the end of March"), not a plan for the day it was said; so its claim describes the one deadline
    /// the dated claims of its quantity (a target) describe, across the articles, and the two figures are compared.
    /// Only when those claims name exactly one time and the plan was said on or before it; with none or several
    /// deadlines it keeps its own reading (the time it was said).
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>Gives each undated plan among <paramref name="claims"/> the one deadline of its quantity, as the remarks say.</summary>
        private static void DatePlans(List<Claim> claims, Dictionary<QuantityKey, QuantityKind> kinds)
        {
            for (var a = 0; a < claims.Count; a++)
            {
                var c = claims[a];
                if (c.Figure is null || c.Describes is not null || !kinds.TryGetValue(c.Quantity, out var kind) || kind != QuantityKind.Target)
                {
                    continue;
                }

                TimeReference? deadline = null;
                string? from = null;
                var one = true;
                foreach (var other in claims)
                {
                    if (other.Figure is null || other.Describes is not { } d || !other.Quantity.Equals(c.Quantity))
                    {
                        continue;
                    }

                    if (deadline is not null && (deadline.FirstDay != d.FirstDay || deadline.LastDay != d.LastDay))
                    {
                        one = false;
                        break;
                    }

                    deadline ??= d;
                    from ??= other.Id;
                }

                if (one && deadline is not null && (c.StatedAt is not { } said || said.LastDay <= deadline.LastDay))
                {
                    var note = (c.Note is null ? string.Empty : c.Note + "; ") + "a plan with no time of its own: compared at the deadline " + from + " names";
                    claims[a] = new Claim(c.Id, c.Quantity, c.Figure, c.Attribution, c.Stance, c.StatedAt, deadline, c.Evidence, c.Policy, note, c.Denies);
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>Products the text implies: a rate per X times a count of X, and a rate per period times a stated duration.</summary>
    internal static partial class RelationProposer
    {
        /// <summary>Adds a proposed relation: the relation, its rule, the mention whose sentence implies it, and the mentions it relates (target first).</summary>
        private delegate void Proposal(DerivedRelation relation, string rule, MentionIdentity at, params MentionIdentity[] involved);

        /// <summary>
        /// Proposes, in one article, target = rate × operand where the units say so: the rate comes before the target in
        /// the same or the next sentence with figures, and the operand is in the rate's or the target's sentence (a count
        /// also in the sentence before the rate's). A rate per X (per person, per truck, per tonne) takes a count or amount
        /// in X; a count in persons must also count the rate's noun ("$3 per detainee" takes "800 detainees", not "40 people"; other nouns are units of their own, so "$4 per pupil" takes only pupils).
        /// A rate per period (per day, per month) takes a duration ("over 30 days", "for 12 months") and gives a total
        /// that is not itself per period. The target is the first such figure whose unit is exactly the product's, else
        /// the first whose unit converts to it; a target with several such rates before it takes the nearest ("$900 a day" in the sentence before "$500 a day for 30 days, $15,000" is another figure's rate). Mentions whose thing was only guessed may take part: each keeps a key of
        /// its own, so a proposal never merges them with anything, and the units are what the proposal rests on.
        /// </summary>
        private static void ProposeProducts(List<MentionIdentity> mentions, IReadOnlyDictionary<string, QuantityKey> keyOf, SentenceIndex index, Proposal add)
        {
            int SentenceNo(MentionIdentity m) => index.Number(m);
            var candidates = new List<(MentionIdentity Rate, MentionIdentity Target, MentionIdentity Operand, bool Exact, bool PerThing)>();

            foreach (var rate in mentions.Where(m => m.Kind != QuantityKind.Ratio && m.Kind != QuantityKind.Target))
            {
                var perThing = PerNonPeriod(rate.Unit);
                var perPeriod = !perThing && UnitClasses.HasPeriod(rate.Unit);
                if (!perThing && !perPeriod)
                {
                    continue;
                }

                bool IsOperand(MentionIdentity m, MentionIdentity target)
                {
                    if (m == rate || m == target || m.Kind == QuantityKind.Ratio || m.Kind == QuantityKind.Target || PerNonPeriod(m.Unit) || UnitClasses.HasPeriod(m.Unit))
                    {
                        return false;
                    }

                    var no = SentenceNo(m);
                    if (perPeriod)
                    {
                        return m.Unit.Dimension.IsDuration && (m.SentenceStart == rate.SentenceStart || m.SentenceStart == target.SentenceStart);
                    }

                    if (m.Unit.Dimension.IsDuration || !(no == SentenceNo(rate) || no == SentenceNo(target) || no == SentenceNo(rate) - 1))
                    {
                        return false;
                    }

                    return !m.Unit.Equals(Unit.Person) || (rate.Head is not null && m.Head == rate.Head);
                }

                // A target is after the rate in its sentence or the next; an operand in the rate's sentence, the one before
                // it (a count) or the target's: only those sentences are searched.
                var at = SentenceNo(rate);
                foreach (var target in index.In(at, at + 1).Where(t => t != rate && t.Mention.Start > rate.Mention.Start && t.Kind != QuantityKind.Ratio
                    && !PerNonPeriod(t.Unit) && !(perPeriod && UnitClasses.HasPeriod(t.Unit))))
                {
                    var operand = index.In(at - 1, SentenceNo(target)).Where(m => IsOperand(m, target) && rate.Unit.Multiply(m.Unit).IsCommensurableWith(target.Unit))
                        .OrderBy(m => m.SentenceStart == rate.SentenceStart ? 0 : 1)
                        .ThenBy(m => Math.Abs(m.Mention.Start - rate.Mention.Start))
                        .FirstOrDefault();
                    if (operand is not null && Distinct(keyOf[target.Id], keyOf[operand.Id], keyOf[rate.Id]))
                    {
                        candidates.Add((rate, target, operand, rate.Unit.Multiply(operand.Unit).Equals(target.Unit), perThing));
                    }
                }
            }

            // A target takes the nearest rate before it; a rate then gives its first target of exactly the product's unit, else its first.
            var nearest = candidates.GroupBy(c => c.Target).Select(g => g.OrderByDescending(c => c.Rate.Mention.Start).First());
            foreach (var byRate in nearest.GroupBy(c => c.Rate))
            {
                var found = byRate.OrderBy(c => c.Exact ? 0 : 1).ThenBy(c => c.Target.Mention.Start).First();
                var rule = found.PerThing
                    ? (found.Operand.Unit.Equals(Unit.Person) ? "a rate per person times a count gives the total" + (UnitClasses.HasPeriod(found.Target.Unit) ? " per period" : string.Empty) : "a rate per item times a count or amount of that item gives the total")
                    : "a rate per period times a duration gives the total over it";
                add(DerivedRelation.Product(keyOf[found.Target.Id], keyOf[found.Operand.Id], keyOf[byRate.Key.Id]), rule, found.Target, found.Target, found.Operand, byRate.Key);
            }
        }

        /// <summary>Whether a unit is per something other than time: per person, per truck, per tonne.</summary>
        private static bool PerNonPeriod(Unit unit) => unit.Dimension.Exponents.Any(e => e.Value < 0 && e.Key != "time");
    }
}

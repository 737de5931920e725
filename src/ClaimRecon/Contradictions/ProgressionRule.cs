using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Time;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>Cumulative progressions: a running total that falls between periods (a broken progression, or a revision by its own origin).</summary>
    internal sealed class ProgressionRule : IFindingRule
    {
        private const string Rule = "A cumulative count cannot fall: a later figure must not lie wholly below an earlier one.";
        private const string RevisionRule = "A cumulative count that one origin lowers below its own earlier figure is a revision of it.";
        private readonly FindingText _text;

        public ProgressionRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<FindingDraft> drafts)
        {
            foreach (var merge in context.Merges)
            {
                if (merge.Quantity.Kind == QuantityKind.Cumulative)
                {
                    ProgressionFindings(merge, drafts);
                }
            }
        }

        private void ProgressionFindings(QuantityMerge merge, List<FindingDraft> drafts)
        {
            var timed = merge.Periods.Where(p => p.Period is not null).OrderBy(p => p.Period!.FirstDay).ThenBy(p => p.Period!.LastDay).ToArray();
            for (var later = 1; later < timed.Length; later++)
            {
                foreach (var w in timed[later].Witnesses)
                {
                    for (var earlier = 0; earlier < later; earlier++)
                    {
                        if (!timed[earlier].Period!.RelationTo(timed[later].Period!).Equals(AllenRelation.Before)
                            && !timed[earlier].Period!.RelationTo(timed[later].Period!).Equals(AllenRelation.Meets))
                        {
                            continue;
                        }

                        foreach (var e in timed[earlier].Witnesses)
                        {
                            var same = string.Equals(w.OriginId, e.OriginId, StringComparison.Ordinal);
                            if (!WhollyBelow(w.Range, e.Range))
                            {
                                if (!same)
                                {
                                    HedgeDependentProgression(merge, timed[earlier], e, timed[later], w, drafts);
                                }

                                continue;
                            }

                            var gap = w.Range.DistanceTo(e.Range);
                            var relative = Relative(w.Range, e.Range, gap);
                            var claims = Distinct(e.Claims.Concat(w.Claims));
                            var flip = same || !Tolerance.AnyTolerant(claims) ? null : Tolerance.Flip(t => NotFalling(w, e, t));
                            var explanation = same
                                ? $"{_text.Name(w.OriginId)} revises {merge.Quantity.Key} down from {FindingText.Figures(e.Claims)} {FindingText.When(timed[earlier].Period)} to {FindingText.Figures(w.Claims)} {FindingText.When(timed[later].Period)}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) lower: a correction of its own count, not a conflict."
                                : $"{merge.Quantity.Key} is a running total, yet {_text.Who(w.Claims[0])} gives {FindingText.Figures(w.Claims)} {FindingText.When(timed[later].Period)}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) below the {FindingText.Figures(e.Claims)} that {_text.Who(e.Claims[0])} gave {FindingText.When(timed[earlier].Period)}.";
                            drafts.Add(new FindingDraft(
                                same ? FindingKind.Revision : FindingKind.BrokenProgression, relative, merge.Quantity.Key, timed[later].Period, claims,
                                same ? RevisionRule : Rule, explanation, gap, relative, flip, null));
                        }
                    }
                }
            }
        }

        /// <summary>A running total that falls when read literally ("about 100", later "about 85") but not under the policy.</summary>
        private void HedgeDependentProgression(QuantityMerge merge, MergeResult earlier, Witness e, MergeResult later, Witness w, List<FindingDraft> drafts)
        {
            if (!Tolerance.AnyTolerant(w.Claims) && !Tolerance.AnyTolerant(e.Claims))
            {
                return;
            }

            var literalLater = Tolerance.WitnessAt(w.Claims, Tolerance.Step);
            var literalEarlier = Tolerance.WitnessAt(e.Claims, Tolerance.Step);
            if (!WhollyBelow(literalLater.IsEmpty ? w.Range : literalLater, literalEarlier.IsEmpty ? e.Range : literalEarlier))
            {
                return;
            }

            var claims = Distinct(e.Claims.Concat(w.Claims));
            var flip = Tolerance.Flip(t => NotFalling(w, e, t));
            var configured = Tolerance.PolicyTolerance(claims);
            var explanation =
                $"{merge.Quantity.Key} is a running total; {_text.Who(w.Claims[0])} gives {FindingText.Figures(w.Claims)} {FindingText.When(later.Period)}, below the {FindingText.Figures(e.Claims)} that {_text.Who(e.Claims[0])} gave {FindingText.When(earlier.Period)} when read literally: " +
                $"they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                (configured is decimal c ? $" (the interpretation policy reads them {FindingText.Percent(c)} wide)." : ".");
            drafts.Add(new FindingDraft(FindingKind.HedgeDependent, flip ?? 1m, merge.Quantity.Key, later.Period, claims, RangeConflictRule.HedgeRule, explanation, null, null, flip, null));
        }

        /// <summary>Whether, with hedges read t wide, the later witness's figures do not lie wholly below the earlier one's.</summary>
        private static bool NotFalling(Witness later, Witness earlier, decimal t)
        {
            var a = Tolerance.WitnessAt(later.Claims, t);
            var b = Tolerance.WitnessAt(earlier.Claims, t);
            return !a.IsEmpty && !b.IsEmpty && !WhollyBelow(a, b);
        }
    }
}

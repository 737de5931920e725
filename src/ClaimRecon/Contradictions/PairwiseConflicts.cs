using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Range conflicts pair by pair (<see cref="ContradictionOptions.PairwiseDetail"/>): every two witnesses from different
    /// origins for one quantity and period with no value in common, and agreements that rest on reading hedges widely, up
    /// to a limit of pairs per quantity and period; where the limit is reached, the pairs left are counted.
    /// </summary>
    internal sealed class PairwiseConflicts
    {
        private const string Rule = "Figures from different origins for one quantity and period (the same days) must have a value in common.";
        private static readonly HashSet<(string, string)> None = new();
        private readonly FindingText _text;
        private readonly int _limit;

        public PairwiseConflicts(FindingText text, int limit)
        {
            _text = text;
            _limit = limit;
        }

        public void Run(DetectionContext context, MergeResult result, List<Finding> drafts)
        {
            var denied = context.DeniedPairs.TryGetValue(result, out var d) ? d : None;
            var witnesses = result.Witnesses;
            if (witnesses.Count < 2)
            {
                return;
            }

            var literal = new NumericRange[witnesses.Count];
            var order = new int[witnesses.Count];
            for (var i = 0; i < witnesses.Count; i++)
            {
                literal[i] = Tolerance.AnyTolerant(witnesses[i].Claims) ? Tolerance.WitnessAt(witnesses[i].Claims, Tolerance.Step) : witnesses[i].Range;
                if (literal[i].IsEmpty)
                {
                    // The origin's own figures meet only under the policy ("about 100" and "about 105"): compare that
                    // reading, rather than dropping the witness from every comparison.
                    literal[i] = witnesses[i].Range;
                }

                order[i] = i;
            }

            // Sorted by literal upper end: the witnesses wholly below witness b form a prefix of this order.
            Array.Sort(order, (x, y) => CompareUpper(literal[x], literal[y]));
            var examined = 0;
            foreach (var b in order)
            {
                if (literal[b].IsEmpty || literal[b].Lower.IsUnbounded)
                {
                    continue;
                }

                foreach (var a in order)
                {
                    if (a == b || literal[a].IsEmpty)
                    {
                        continue;
                    }

                    if (!WhollyBelow(literal[a], literal[b]))
                    {
                        break;
                    }

                    if (examined == _limit)
                    {
                        var counter = new DisjointCounter(literal);
                        var total = literal.Sum(r => (long)counter.Below(r));
                        context.Omitted.Add(new OmittedPairs(result.Quantity.Key, result.Period, examined, total - examined));
                        return;
                    }

                    examined++;
                    if (denied.Contains(Pair(witnesses[a].OriginId, witnesses[b].OriginId)))
                    {
                        continue;
                    }

                    AddPair(result, witnesses[a], witnesses[b], drafts);
                }
            }
        }

        private void AddPair(MergeResult result, Witness low, Witness high, List<Finding> drafts)
        {
            var claims = Distinct(low.Claims.Concat(high.Claims));
            var flip = Tolerance.AnyTolerant(claims)
                ? Tolerance.Flip(t => Tolerance.WitnessAt(low.Claims, t).Overlaps(Tolerance.WitnessAt(high.Claims, t)))
                : null;
            var who = $"{_text.Who(low.Claims[0])} {_text.Verb(low.Claims[0], "gives")} {FindingText.Figures(low.Claims)} and {_text.Who(high.Claims[0])} {_text.Verb(high.Claims[0], "gives")} {FindingText.Figures(high.Claims)} for {result.Quantity.Key} {FindingText.When(result.Period)}";
            if (low.Range.Overlaps(high.Range))
            {
                var configured = Tolerance.PolicyTolerance(claims);
                var explanation = $"{who}: they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                    (configured is decimal c ? $" (the interpretation policy reads them {FindingText.Percent(c)} wide)." : ".");
                drafts.Add(new Finding(FindingKind.HedgeDependent, flip ?? 1m, result.Quantity.Key, result.Period, claims, RangeConflictRule.HedgeRule, explanation, null, null, flip, null));
                return;
            }

            var gap = low.Range.DistanceTo(high.Range);
            var relative = Relative(low.Range, high.Range, gap);
            var text = $"{who}: {FindingText.Range(low.Range)} and {FindingText.Range(high.Range)} are {FindingText.Number(gap)} ({FindingText.Percent(relative)}) apart" +
                (flip is decimal f ? $"; they would agree only if \"about\"/\"nearly\" were read at least {FindingText.Percent(f)} wide." : gap == 0 ? ", touching at an end that one of them excludes." : ".");
            drafts.Add(new Finding(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, Rule, text, gap, relative, flip, null));
        }
    }
}

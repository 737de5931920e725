using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Oracle for <see cref="SelfContradictionRule"/>: the self-contradiction rule as it was on main 4953af9, writing every explanation at once. Kept
    /// verbatim apart from its name, so the rule that writes its explanations when first read can be checked to give exactly
    /// the same findings, in the same order, with the same text.
    /// </summary>
    internal sealed class ReferenceSelfContradictionRule : IFindingRule
    {
        private const string Rule = "One origin must not give disjoint figures for one quantity and period.";
        private readonly FindingText _text;

        public ReferenceSelfContradictionRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    SelfContradictions(result, drafts);
                }
            }
        }

        private void SelfContradictions(MergeResult result, List<Finding> drafts)
        {
            string? when = null;
            foreach (var outlier in result.Outliers)
            {
                if (outlier.Reason != OutlierReason.SelfContradictory)
                {
                    continue;
                }

                var claims = outlier.Witness.Claims;
                Claim highest = claims[0], lowest = claims[0];
                foreach (var c in claims)
                {
                    // The first of equals wins, as a stable sort would pick it.
                    highest = CompareLower(c.Range, highest.Range) > 0 ? c : highest;
                    lowest = CompareUpper(c.Range, lowest.Range) < 0 ? c : lowest;
                }

                var gap = lowest.Range.DistanceTo(highest.Range);
                var relative = Relative(lowest.Range, highest.Range, gap);
                var explanation = $"{_text.Name(outlier.Witness.OriginId)} gives disjoint figures for {result.Quantity.Key} {when ??= FindingText.When(result.Period)}: " +
                    $"{FindingText.Figure(lowest)} ({lowest.Id}) and {FindingText.Figure(highest)} ({highest.Id}), {FindingText.Number(gap)} ({FindingText.Percent(relative)}) apart.";
                drafts.Add(new Finding(FindingKind.SelfContradiction, relative, result.Quantity.Key, result.Period, claims.ToArray(), Rule, explanation, gap, relative, null, null));
            }
        }
    }
}

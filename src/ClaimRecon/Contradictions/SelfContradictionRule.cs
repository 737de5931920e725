using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>Self-contradictions: one origin giving disjoint figures for one quantity and period.</summary>
    internal sealed class SelfContradictionRule : IFindingRule
    {
        private const string Rule = "One origin must not give disjoint figures for one quantity and period.";
        private readonly FindingText _text;

        public SelfContradictionRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.PeriodArray)
                {
                    SelfContradictions(result, drafts);
                }
            }
        }

        /// <summary>The self-contradictions of one period result.</summary>
        internal void SelfContradictions(MergeResult result, List<Finding> drafts)
        {
            var outliers = result.Outliers;
            for (var i = 0; i < outliers.Count; i++)
            {
                var outlier = outliers[i];
                if (outlier.Reason != OutlierReason.SelfContradictory)
                {
                    continue;
                }

                var claims = outlier.Witness.ClaimArray;
                Claim highest = claims[0], lowest = claims[0];
                foreach (var c in claims)
                {
                    // The first of equals wins, as a stable sort would pick it.
                    highest = CompareLower(c.Range, highest.Range) > 0 ? c : highest;
                    lowest = CompareUpper(c.Range, lowest.Range) < 0 ? c : lowest;
                }

                var gap = lowest.Range.DistanceTo(highest.Range);
                var relative = Relative(lowest.Range, highest.Range, gap);
                // The finding shares the witness's array: neither ever changes it, and a copy for each finding was garbage
                // (or more for each collection to copy) on every detection.
                drafts.Add(Draft(result, outlier.Witness.OriginId, claims, lowest, highest, gap, relative));
            }
        }

        private Finding Draft(MergeResult result, string origin, Claim[] claims, Claim lowest, Claim highest, decimal gap, decimal relative) =>
            new(FindingKind.SelfContradiction, relative, result.Quantity.Key, result.Period, claims, Rule, Text(result, origin, lowest, highest, gap, relative), gap, relative, null, null);

        /// <summary>"X gives disjoint figures for q on d: "a" (id) and "b" (id), G (P%) apart."</summary>
        private System.ReadOnlyMemory<char> Text(MergeResult result, string origin, Claim lowest, Claim highest, decimal gap, decimal relative) =>
            _text.Sentence().Name(origin).Append(' ').Append(_text.Verb(origin, "gives")).Append(" disjoint figures for ").Append(result.Quantity.Key.ToString()).Append(' ').When(result.Period).Append(": ")
                .Figure(lowest).Append(" (").Append(lowest.Id).Append(") and ").Figure(highest).Append(" (").Append(highest.Id).Append("), ")
                .Number(gap).Append(" (").Percent(relative).Append(") apart.").Keep();
    }
}

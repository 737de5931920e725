using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>Denials: a figure one origin denies, asserted by another for the same quantity and period.</summary>
    internal sealed class DenialRule : IFindingRule
    {
        private const string Rule = "A figure one origin denies must not be asserted by another for the same quantity and period.";
        private readonly FindingText _text;

        public DenialRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<FindingDraft> drafts)
        {
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.Periods)
                {
                    context.DeniedPairs[result] = DenialFindings(result, drafts);
                }
            }
        }

        private HashSet<(string, string)> DenialFindings(MergeResult result, List<FindingDraft> drafts)
        {
            var pairs = new HashSet<(string, string)>();
            // Echoes of one denial (one origin denying one range, reported by several outlets) are one finding.
            foreach (var echoes in result.Denials.GroupBy(d => (d.Claim.Attribution.Origin, d.Claim.Range)))
            {
                var denial = echoes.First();
                var denials = echoes.Select(d => d.Claim).ToArray();
                var denier = denial.Claim.Attribution.Origin;
                var own = result.Witnesses.FirstOrDefault(w => string.Equals(w.OriginId, denier, StringComparison.Ordinal));
                foreach (var witness in result.Witnesses)
                {
                    if (string.Equals(witness.OriginId, denier, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var asserted = witness.Claims.Where(c => denials.Any(d => Asserts(c, d))).ToArray();
                    if (asserted.Length == 0)
                    {
                        continue;
                    }

                    pairs.Add(Pair(denier, witness.OriginId));
                    var claims = new List<Claim>(denials);
                    claims.AddRange(asserted);
                    decimal? gap = null, relative = null;
                    var counter = string.Empty;
                    if (own is not null)
                    {
                        claims.AddRange(own.Claims);
                        var assertedRange = Intersection(asserted);
                        if (!own.Range.Overlaps(assertedRange))
                        {
                            gap = own.Range.DistanceTo(assertedRange);
                            relative = Relative(own.Range, assertedRange, gap.Value);
                            counter = $", and gives {FindingText.Range(own.Range)} itself ({FindingText.Figures(own.Claims)}), {FindingText.Number(gap.Value)} ({FindingText.Percent(relative.Value)}) away";
                        }
                        else
                        {
                            counter = $", while its own figures ({FindingText.Figures(own.Claims)}) admit {FindingText.Range(own.Range)}";
                        }
                    }

                    var explanation =
                        $"{_text.Who(denial.Claim)} denies the figure {FindingText.Figure(denial.Claim)} for {result.Quantity.Key} {FindingText.When(denial.Claim.Describes)}, " +
                        $"which {_text.Who(asserted[0])} asserts ({FindingText.Figures(asserted)}){counter}.";
                    drafts.Add(new FindingDraft(FindingKind.Denial, 1m, result.Quantity.Key, result.Period, Distinct(claims), Rule, explanation, gap, relative, null, null));
                }
            }

            return pairs;
        }

        private static bool Asserts(Claim claim, Claim denial)
        {
            if (denial.Range.Contains(claim.Range))
            {
                return true;
            }

            return SameFigure(claim, denial);
        }

        /// <summary>Whether two claims state the same number(s), whatever their hedges.</summary>
        internal static bool SameFigure(Claim claim, Claim other) =>
            claim.Figure is not null && other.Figure is not null && claim.Figure.Value == other.Figure.Value && claim.Figure.UpperValue == other.Figure.UpperValue;
    }
}

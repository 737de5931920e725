using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// What a period's chart shows besides each claim's range: what each denial rules out, the findings about the period
    /// (marked on the chart and linked), and the derived ranges those findings rest on, each as a row of its own.
    /// </summary>
    internal static class ChartRows
    {
        /// <summary>
        /// The values a denial rules out: its own figure with its direction; for a denial without a figure, each named
        /// claim's range (or each figure of the named source) among <paramref name="others"/>, with the direction.
        /// </summary>
        public static NumericRange[] RuledOut(Claim denial, IEnumerable<Claim> others)
        {
            var target = denial.Denies ?? DenialTarget.OwnFigure();
            if (denial.Figure is not null)
            {
                return new[] { target.RuledOut(denial.Range) };
            }

            return others
                .Where(c => c.Stance != Stance.Denies && !c.Range.IsEmpty
                    && (target.SourceId is { } source ? c.Attribution.SourceIds.Contains(source, StringComparer.Ordinal) : target.ClaimIds.Contains(c.Id, StringComparer.Ordinal)))
                .Select(c => target.RuledOut(c.Range))
                .Distinct()
                .ToArray();
        }

        /// <summary>"rules out [7,000, 7,000]", or what a denial without a named figure here denies.</summary>
        public static string RuledOutText(Claim denial, IEnumerable<Claim> others)
        {
            var ranges = RuledOut(denial, others);
            return ranges.Length == 0
                ? "names no figure of this period"
                : "rules out " + string.Join(" and ", ranges.Select(ReportOrder.Range));
        }

        /// <summary>The findings about one quantity and period, in report order.</summary>
        public static Finding[] FindingsOf(ContradictionReport report, MergeResult period) =>
            report.Findings.Where(f => f.Quantity.Equals(period.Quantity.Key) && TimeOrder.SameTime(f.Period, period.Period)).ToArray();

        /// <summary>The marks a chart carries for its findings: id, kind and whether it is a contradiction.</summary>
        public static RangeChart.Mark[] Marks(IEnumerable<Finding> findings) =>
            findings.Select(f => new RangeChart.Mark(f.Id, f.Kind.ToString(), f.IsContradiction)).ToArray();

        /// <summary>One row per derived range a finding of the period rests on, when the relation derives this quantity.</summary>
        public static IEnumerable<RangeChart.Row> Derived(IEnumerable<Finding> findings, MergeResult period)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                if (finding.Derivation is not { } d || !d.Relation.Target.Equals(period.Quantity.Key) || !seen.Add(d.Id))
                {
                    continue;
                }

                var name = d.Relation.Name ?? d.Relation.ToString();
                var literal = d.LiteralResult.Range.Equals(d.Result.Range) ? string.Empty : "; read literally " + ReportOrder.Range(d.LiteralResult.Range);
                yield return new RangeChart.Row(
                    "derived (" + finding.Id + ")", "computed " + ReportOrder.Range(d.Result.Range), d.Id,
                    "derived " + ReportOrder.Range(d.Result.Range) + literal + ": " + name + " (" + d.Id + ", " + finding.Kind + ")",
                    d.Result.Range, hedged: false, inFinding: false, denial: false, derived: true);
            }
        }

        /// <summary>The ids of claims whose agreement a hedge-dependent finding of the period puts in doubt.</summary>
        public static HashSet<Claim> Caution(IEnumerable<Finding> findings) =>
            new(findings.Where(f => f.Kind == FindingKind.HedgeDependent).SelectMany(f => f.Claims));
    }
}

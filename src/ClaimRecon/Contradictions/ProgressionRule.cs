using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Cumulative progressions: a running total that falls between periods. One finding per broken step: a later witness
    /// that lies wholly below earlier figures of other origins is reported once, against the highest of them, with how
    /// many it falls below; below its own origin's earlier figure, once as a revision.
    /// </summary>
    /// <remarks>Each earlier period's witnesses are sorted once by lower end, so a later witness costs O(log n) per earlier period.</remarks>
    internal sealed class ProgressionRule : IFindingRule
    {
        private const string Rule = "A cumulative count cannot fall: a later figure must not lie wholly below an earlier one.";
        private const string RevisionRule = "A cumulative count that one origin lowers below its own earlier figure is a revision of it.";
        private readonly FindingText _text;

        public ProgressionRule(FindingText text) => _text = text;

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            foreach (var merge in context.Merges)
            {
                if (merge.Quantity.Kind == QuantityKind.Cumulative)
                {
                    ProgressionFindings(merge, drafts);
                }
            }
        }

        private void ProgressionFindings(QuantityMerge merge, List<Finding> drafts)
        {
            var timed = merge.Periods.Where(p => p.Period is not null).OrderBy(p => p.Period!.FirstDay).ThenBy(p => p.Period!.LastDay).ToArray();
            var sorted = new Lazy<PeriodIndex>[timed.Length];
            for (var i = 0; i < timed.Length; i++)
            {
                var result = timed[i];
                sorted[i] = new Lazy<PeriodIndex>(() => new PeriodIndex(result));
            }

            for (var later = 1; later < timed.Length; later++)
            {
                foreach (var w in timed[later].Witnesses)
                {
                    if (w.Range.IsEmpty)
                    {
                        continue;
                    }

                    var step = new Step(w);
                    for (var earlier = 0; earlier < later; earlier++)
                    {
                        // Only periods in time order (docs/time.md): a month is not before or after a day inside it.
                        if (!TimeOrder.Before(timed[earlier].Period!, timed[later].Period!))
                        {
                            continue;
                        }

                        step.Compare(sorted[earlier].Value);
                    }

                    if (step.Highest is { } e)
                    {
                        drafts.Add(Falling(merge, step.HighestPeriod!, e, timed[later], w, step.Count, same: false));
                    }

                    if (step.Own is { } own)
                    {
                        drafts.Add(Falling(merge, step.OwnPeriod!, own, timed[later], w, 1, same: true));
                    }

                    if (step.Count == 0 && step.LiteralHighest is { } l)
                    {
                        HedgeDependentProgression(merge, step.LiteralPeriod!, l, timed[later], w, drafts);
                    }
                }
            }
        }

        private Finding Falling(QuantityMerge merge, MergeResult earlier, Witness e, MergeResult later, Witness w, int count, bool same)
        {
            var gap = w.Range.DistanceTo(e.Range);
            var relative = Relative(w.Range, e.Range, gap);
            var claims = Distinct(e.Claims.Concat(w.Claims));
            var flip = same || !Tolerance.AnyTolerant(claims) ? null : Tolerance.Flip(t => NotFalling(w, e, t));
            var more = count > 1 ? $" (and below {count - 1} more earlier {(count == 2 ? "witness" : "witnesses")})" : string.Empty;
            var explanation = same
                ? $"{_text.Name(w.OriginId)} revises {merge.Quantity.Key} down from {FindingText.Figures(e.Claims)} {FindingText.When(earlier.Period)} to {FindingText.Figures(w.Claims)} {FindingText.When(later.Period)}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) lower: a correction of its own count, not a conflict."
                : $"{merge.Quantity.Key} is a running total, yet {_text.Who(w.Claims[0])} {_text.Verb(w.Claims[0], "gives")} {FindingText.Figures(w.Claims)} {FindingText.When(later.Period)}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) below the {FindingText.Figures(e.Claims)} that {_text.Who(e.Claims[0])} gave {FindingText.When(earlier.Period)}{more}.";
            return new Finding(
                same ? FindingKind.Revision : FindingKind.BrokenProgression, relative, merge.Quantity.Key, later.Period, claims,
                same ? RevisionRule : Rule, explanation, gap, relative, flip, null, same ? null : count);
        }

        /// <summary>A running total that falls when read literally ("about 100", later "about 85") but not under the policy.</summary>
        private void HedgeDependentProgression(QuantityMerge merge, MergeResult earlier, Witness e, MergeResult later, Witness w, List<Finding> drafts)
        {
            if (!Tolerance.AnyTolerant(w.Claims) && !Tolerance.AnyTolerant(e.Claims))
            {
                return;
            }

            if (!WhollyBelow(Literal(w), Literal(e)))
            {
                return;
            }

            var claims = Distinct(e.Claims.Concat(w.Claims));
            var flip = Tolerance.Flip(t => NotFalling(w, e, t));
            var configured = Tolerance.PolicyTolerance(claims);
            var explanation =
                $"{merge.Quantity.Key} is a running total; {_text.Who(w.Claims[0])} {_text.Verb(w.Claims[0], "gives")} {FindingText.Figures(w.Claims)} {FindingText.When(later.Period)}, below the {FindingText.Figures(e.Claims)} that {_text.Who(e.Claims[0])} gave {FindingText.When(earlier.Period)} when read literally: " +
                $"they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                (configured is decimal c ? $" (the interpretation policy reads them {FindingText.Percent(c)} wide)." : ".");
            drafts.Add(new Finding(FindingKind.HedgeDependent, flip ?? 1m, merge.Quantity.Key, later.Period, claims, RangeConflictRule.HedgeRule, explanation, null, null, flip, null));
        }

        /// <summary>A witness read literally, or as the policy reads it when its own figures meet only that way.</summary>
        private static NumericRange Literal(Witness w)
        {
            if (!Tolerance.AnyTolerant(w.Claims))
            {
                return w.Range;
            }

            var literal = Tolerance.WitnessAt(w.Claims, Tolerance.Step);
            return literal.IsEmpty ? w.Range : literal;
        }

        /// <summary>Whether, with hedges read t wide, the later witness's figures do not lie wholly below the earlier one's.</summary>
        private static bool NotFalling(Witness later, Witness earlier, decimal t)
        {
            var a = Tolerance.WitnessAt(later.Claims, t);
            var b = Tolerance.WitnessAt(earlier.Claims, t);
            return !a.IsEmpty && !b.IsEmpty && !WhollyBelow(a, b);
        }

        /// <summary>One period's witnesses sorted by lower end, highest first, as the policy reads them and literally.</summary>
        private sealed class PeriodIndex
        {
            private readonly Dictionary<string, int> _positions;

            public PeriodIndex(MergeResult result)
            {
                Result = result;
                ByLower = result.Witnesses.Where(w => !w.Range.IsEmpty).OrderByDescending(w => w.Range, Comparer<NumericRange>.Create(CompareLower)).ToArray();
                Literals = ByLower.Select(Literal).ToArray();
                ByLiteralLower = Enumerable.Range(0, ByLower.Length).OrderByDescending(i => Literals[i], Comparer<NumericRange>.Create(CompareLower)).ToArray();
                _positions = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < ByLower.Length; i++)
                {
                    _positions[ByLower[i].OriginId] = i;
                }
            }

            /// <summary>The position in <see cref="ByLower"/> of the origin's witness, or -1.</summary>
            public int PositionOf(string origin) => _positions.TryGetValue(origin, out var i) ? i : -1;

            public MergeResult Result { get; }

            public Witness[] ByLower { get; }

            public NumericRange[] Literals { get; }

            public int[] ByLiteralLower { get; }

            /// <summary>How many witnesses (a prefix of <see cref="ByLower"/>) lie wholly above <paramref name="range"/>.</summary>
            public int CountAbove(NumericRange range)
            {
                int lo = 0, hi = ByLower.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (WhollyBelow(range, ByLower[mid].Range))
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return lo;
            }
        }

        /// <summary>One later witness compared with every earlier period: the highest earlier figure of another origin it falls below, how many, its own origin's, and the literal counterpart.</summary>
        private sealed class Step
        {
            private readonly Witness _w;

            public Step(Witness w) => _w = w;

            public int Count { get; private set; }

            public Witness? Highest { get; private set; }

            public MergeResult? HighestPeriod { get; private set; }

            public Witness? Own { get; private set; }

            public MergeResult? OwnPeriod { get; private set; }

            public Witness? LiteralHighest { get; private set; }

            public MergeResult? LiteralPeriod { get; private set; }

            private NumericRange LiteralHighestRange { get; set; }

            public void Compare(PeriodIndex index)
            {
                var above = index.CountAbove(_w.Range);
                var ownAt = index.PositionOf(_w.OriginId);
                if (ownAt >= 0 && ownAt < above && (Own is null || CompareLower(index.ByLower[ownAt].Range, Own.Range) > 0))
                {
                    // One witness per origin and period: its own earlier figure makes a revision, not a broken step.
                    Own = index.ByLower[ownAt];
                    OwnPeriod = index.Result;
                }

                var others = above - (ownAt >= 0 && ownAt < above ? 1 : 0);
                if (others > 0)
                {
                    var top = index.ByLower[ownAt == 0 ? 1 : 0];
                    if (Highest is null || CompareLower(top.Range, Highest.Range) > 0)
                    {
                        Highest = top;
                        HighestPeriod = index.Result;
                    }

                    Count += others;
                }

                foreach (var k in index.ByLiteralLower)
                {
                    if (k == ownAt)
                    {
                        continue;
                    }

                    if (LiteralHighest is null || CompareLower(index.Literals[k], LiteralHighestRange) > 0)
                    {
                        LiteralHighest = index.ByLower[k];
                        LiteralHighestRange = index.Literals[k];
                        LiteralPeriod = index.Result;
                    }

                    break;
                }
            }
        }
    }
}

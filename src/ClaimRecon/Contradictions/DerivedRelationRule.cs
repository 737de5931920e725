using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>Declared relations: a figure outside the range its relation derives from the other quantities (interval arithmetic, units carried).</summary>
    internal sealed class DerivedRelationRule : IFindingRule
    {
        private const string Rule = "A figure must lie within the range its declared relation derives from the other quantities (interval arithmetic, units carried).";
        private readonly FindingText _text;
        private readonly Dictionary<QuantityKey, Quantity> _byKey;

        public DerivedRelationRule(FindingText text, Dictionary<QuantityKey, Quantity> byKey)
        {
            _text = text;
            _byKey = byKey;
        }

        public void Run(DetectionContext context, List<Finding> drafts)
        {
            foreach (var relation in context.Relations)
            {
                RelationFindings(relation, context.ByKey, context.Derivations, context.Skipped, drafts);
            }
        }

        private void RelationFindings(
            DerivedRelation relation, Dictionary<QuantityKey, QuantityMerge> merges, List<Derivation> derivations, List<UncheckedRelation> skipped, List<Finding> drafts)
        {
            if (!merges.TryGetValue(relation.Target, out var target))
            {
                skipped.Add(new UncheckedRelation(relation, null, $"no claims on the target {relation.Target}"));
                return;
            }

            var targetUnit = target.Quantity.Unit;
            foreach (var result in target.Periods)
            {
                var operands = new List<Operand>();
                string? missing = null;
                foreach (var key in relation.Operands)
                {
                    if (!merges.TryGetValue(key, out var operandMerge))
                    {
                        missing = $"no claims on the operand {key}";
                        break;
                    }

                    var picked = PickPeriod(operandMerge, result.Period);
                    if (picked is null)
                    {
                        missing = $"no claims on the operand {key} for {result.Period?.ToString() ?? "the target's undated claims"} or before it";
                        break;
                    }

                    if (picked.Status != MergeStatus.Consensus && picked.Status != MergeStatus.Tie)
                    {
                        missing = $"the operand {key} has no agreed value {FindingText.When(picked.Period)} ({picked.Status})";
                        break;
                    }

                    var supporters = picked.Status == MergeStatus.Consensus
                        ? picked.Supporters.ToArray()
                        : picked.Candidates.SelectMany(c => c.Supporters).Distinct().ToArray();
                    operands.Add(new Operand(operandMerge.Quantity, picked, supporters));
                }

                if (missing is not null)
                {
                    skipped.Add(new UncheckedRelation(relation, result.Period, missing));
                    continue;
                }

                UnitRange Derive(decimal? t) =>
                    relation.Evaluate(operands.Select(o => new UnitRange(o.RangeAt(t), o.Quantity.Unit)).ToArray(), targetUnit);

                UnitRange policyResult, literalResult;
                try
                {
                    policyResult = Derive(null);
                    literalResult = Derive(0m);
                }
                catch (OverflowException e)
                {
                    skipped.Add(new UncheckedRelation(relation, result.Period, "the derived range overflows: " + e.Message));
                    continue;
                }
                catch (DivideByZeroException e)
                {
                    skipped.Add(new UncheckedRelation(relation, result.Period, "a divisor is zero: " + e.Message));
                    continue;
                }

                var derivation = new Derivation(
                    "derivation-" + (derivations.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), relation, result.Period,
                    operands.Select(o => o.ToPublic()).ToArray(), policyResult, literalResult);
                derivations.Add(derivation);

                foreach (var witness in result.Witnesses)
                {
                    // Echoes of one figure by one origin (several outlets reporting it) are checked, and reported, once.
                    foreach (var echoes in witness.Claims.GroupBy(c => (c.Figure!.Hedge, c.Figure.Value, c.Figure.UpperValue, c.Figure.StatedRange, c.Policy)))
                    {
                        CheckDerivedClaim(relation, result, operands, derivation, echoes.ToArray(), Derive, drafts);
                    }
                }
            }
        }

        private void CheckDerivedClaim(
            DerivedRelation relation, MergeResult result, List<Operand> operands, Derivation derivation, Claim[] echoes, Func<decimal?, UnitRange> derive, List<Finding> drafts)
        {
            var claim = echoes[0];
            if (derive(Tolerance.Step).Range.Overlaps(Tolerance.RangeAt(claim, Tolerance.Step)))
            {
                return;
            }

            decimal? flip;
            try
            {
                flip = Tolerance.Flip(t => derive(t).Range.Overlaps(Tolerance.RangeAt(claim, t)));
            }
            catch (OverflowException)
            {
                // Read widely enough, the derived range leaves what a decimal holds: no flip point can be given.
                flip = null;
            }

            var policyAgrees = derivation.Result.Range.Overlaps(claim.Range);
            var claims = Distinct(echoes.Concat(operands.SelectMany(o => o.Claims)));
            var formula = relation.Name ?? relation.ToString();
            var inputs = string.Join(", ", operands.Select(o => $"{o.Quantity.Key} {FindingText.Range(o.RangeAt(null))} ({string.Join(", ", o.Origins.Select(_text.Name))})"));
            var rests = RestsOn(relation, operands, claim);
            var head = $"{_text.Who(claim)} {_text.Verb(claim, "gives")} {FindingText.Figure(claim)} for {relation.Target} {FindingText.When(claim.ReferenceTime)}, but {formula} from {inputs} gives {FindingText.Range(derivation.Result.Range)} {derivation.Result.Unit.Symbol}";
            if (policyAgrees)
            {
                var configured = Tolerance.PolicyTolerance(claims);
                var explanation = $"{head} ({FindingText.Range(derivation.LiteralResult.Range)} read literally): they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                    (configured is decimal c ? $" (the policy reads them {FindingText.Percent(c)} wide)" : string.Empty) + rests + ".";
                drafts.Add(new Finding(FindingKind.HedgeDependent, flip ?? 1m, relation.Target, result.Period, claims, RangeConflictRule.HedgeRule, explanation, null, null, flip, derivation));
                return;
            }

            var gap = derivation.Result.Range.DistanceTo(claim.Range);
            var relative = Relative(derivation.Result.Range, claim.Range, gap);
            var text = $"{head}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) away" +
                (flip is decimal f ? $"; they would agree only if \"about\"/\"nearly\" were read at least {FindingText.Percent(f)} wide" : string.Empty) + rests + ".";
            drafts.Add(new Finding(FindingKind.DerivedRelationViolation, relative, relation.Target, result.Period, claims, Rule, text, gap, relative, flip, derivation));
        }

        /// <summary>
        /// Names the individual origins whose figures, put through the relation literally, do reach the claim: "the
        /// monthly figure rests on the 7,000 count". Tries every combination of operand witnesses (up to 256).
        /// </summary>
        private string RestsOn(DerivedRelation relation, List<Operand> operands, Claim claim)
        {
            var choices = operands.Select(o => o.Result.Witnesses.ToArray()).ToArray();
            long combinations = 1;
            foreach (var c in choices)
            {
                combinations *= Math.Max(1, c.Length);
                if (combinations > 256 || c.Length == 0)
                {
                    return string.Empty;
                }
            }

            var target = Tolerance.RangeAt(claim, Tolerance.Step);
            var reaching = new List<string>();
            var index = new int[choices.Length];
            for (long n = 0; n < combinations; n++)
            {
                UnitRange[] Values(decimal t)
                {
                    var values = new UnitRange[choices.Length];
                    for (var i = 0; i < choices.Length; i++)
                    {
                        values[i] = new UnitRange(Tolerance.WitnessAt(choices[i][index[i]].Claims, t), operands[i].Quantity.Unit);
                    }

                    return values;
                }

                var unit = _byKey[relation.Target].Unit;
                NumericRange check, derived;
                try
                {
                    check = relation.Evaluate(Values(Tolerance.Step), unit).Range;
                    derived = relation.Evaluate(Values(0m), unit).Range;
                }
                catch (Exception e) when (e is OverflowException || e is DivideByZeroException)
                {
                    // This combination of one origin's figures goes beyond what a decimal holds, or divides by an
                    // origin's zero; it reaches no claim.
                    check = derived = NumericRange.Empty;
                }

                if (!check.IsEmpty && check.IsBounded && check.Overlaps(target))
                {
                    var parts = new List<string>();
                    for (var i = 0; i < choices.Length; i++)
                    {
                        var w = choices[i][index[i]];
                        var deniedBy = operands[i].Result.Denials.Where(d => d.Claim.Range.Contains(w.Range)
                            || w.Claims.Any(c => DenialRule.SameFigure(c, d.Claim))).Select(d => _text.Name(d.OriginId)).Distinct().ToArray();
                        parts.Add($"{FindingText.Possessive(_text.Name(w.OriginId))} {FindingText.Figures(w.Claims)} for {operands[i].Quantity.Key}" + (deniedBy.Length > 0 ? " (denied by " + string.Join(", ", deniedBy) + ")" : string.Empty));
                    }

                    reaching.Add(string.Join(" with ", parts) + $", which gives {FindingText.Range(derived)}");
                }

                for (var i = choices.Length - 1; i >= 0; i--)
                {
                    if (++index[i] < choices[i].Length)
                    {
                        break;
                    }

                    index[i] = 0;
                }
            }

            return reaching.Count == 0
                ? "; no single origin's figures reach it"
                : "; read literally, the figure rests on " + string.Join("; or on ", reaching);
        }

        private static MergeResult? PickPeriod(QuantityMerge merge, TimeReference? period)
        {
            if (period is null)
            {
                return merge.Periods.FirstOrDefault(p => p.Period is null);
            }

            MergeResult? before = null;
            foreach (var p in merge.Periods)
            {
                if (p.Period is null)
                {
                    continue;
                }

                if (TimeOrder.SameTime(p.Period, period))
                {
                    return p;
                }

                if (p.Period.LastDay < period.FirstDay && (before is null || p.Period.LastDay > before.Period!.LastDay))
                {
                    before = p;
                }
            }

            return before;
        }

        private sealed class Operand
        {
            public Operand(Quantity quantity, MergeResult result, Witness[] supporters)
            {
                Quantity = quantity;
                Result = result;
                Supporters = supporters;
                Claims = supporters.SelectMany(s => s.Claims).Distinct().ToArray();
                Origins = supporters.Select(s => s.OriginId).Distinct(StringComparer.Ordinal).ToArray();
            }

            public Quantity Quantity { get; }

            public MergeResult Result { get; }

            public Witness[] Supporters { get; }

            public Claim[] Claims { get; }

            public string[] Origins { get; }

            /// <summary>The merged value at tolerance t (null: each claim's own policy): the consensus, or the hull of tied candidates.</summary>
            public NumericRange RangeAt(decimal? t)
            {
                if (t is null)
                {
                    return Result.Status == MergeStatus.Consensus
                        ? Result.Consensus
                        : Result.Candidates.Select(c => c.Range).Aggregate((x, y) => x.Hull(y));
                }

                if (Result.Status == MergeStatus.Consensus)
                {
                    return Tolerance.WitnessAt(Claims, t.Value) is { IsEmpty: false } agreed ? agreed : Result.Consensus;
                }

                return Result.Candidates
                    .Select(c => Tolerance.WitnessAt(c.Supporters.SelectMany(s => s.Claims).ToArray(), t.Value))
                    .Aggregate((x, y) => x.IsEmpty ? y : y.IsEmpty ? x : x.Hull(y));
            }

            public DerivationOperand ToPublic() =>
                new(Quantity.Key, Result.Period, new UnitRange(RangeAt(null), Quantity.Unit), Claims, Origins);
        }
    }
}

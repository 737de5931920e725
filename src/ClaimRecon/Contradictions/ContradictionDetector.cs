using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Finds what does not add up in a set of claims, and says why: range conflicts, denials, broken progressions of
    /// cumulative counts (and revisions), violations of declared relations between quantities, self-contradictions, and
    /// agreements that rest on reading "about"/"nearly" widely.
    /// </summary>
    /// <remarks>
    /// <para>Claims are grouped as the <see cref="MergeEngine"/> groups them (by quantity, then by described periods that
    /// share a day) and merged with <see cref="MergeStrategy.MaxAgreement"/>; all claims with one attribution root form
    /// one witness, so echoes count once. Claims on different quantities are never compared, except through a declared
    /// <see cref="DerivedRelation"/>. A cumulative quantity rising over time is not a conflict.</para>
    /// <para>Every comparison is made twice: under each claim's interpretation policy, and literally ("about x" = x,
    /// "nearly x" just below x). Figures that agree literally yield nothing; figures that agree only under the policy
    /// yield a <see cref="FindingKind.HedgeDependent"/> finding; figures disjoint under the policy yield a conflict. Both
    /// carry the tolerance at which the verdict flips, where one up to 100% exists.</para>
    /// <para><see cref="Detect"/> buffers its input. Pairwise checks are output-sensitive (sorted sweeps), but the number
    /// of findings can grow with the square of the witnesses of one quantity and period when they are all disjoint.
    /// Instances are immutable and thread-safe.</para>
    /// </remarks>
    public sealed class ContradictionDetector
    {
        private const string RangeRule = "Figures from different origins for one quantity over periods that share a day must have a value in common.";
        private const string DenialRule = "A figure one origin denies must not be asserted by another for the same quantity and period.";
        private const string ProgressionRule = "A cumulative count cannot fall: a later figure must not lie wholly below an earlier one.";
        private const string RevisionRule = "A cumulative count that one origin lowers below its own earlier figure is a revision of it.";
        private const string DerivedRule = "A figure must lie within the range its declared relation derives from the other quantities (interval arithmetic, units carried).";
        private const string SelfRule = "One origin must not give disjoint figures for one quantity and period.";
        private const string HedgeRule = "Figures that agree only when \"about\"/\"nearly\" are read at least a given width are reported with that width.";

        private readonly Quantity[] _quantities;
        private readonly Dictionary<QuantityKey, Quantity> _byKey;
        private readonly Source[] _sources;
        private readonly DerivedRelation[] _relations;
        private readonly MergeEngine _engine;
        private readonly FindingText _text;

        /// <summary>Creates a detector.</summary>
        /// <param name="quantities">Every quantity the claims may refer to (keys unique).</param>
        /// <param name="sources">Sources, for names in explanations and the provenance graph; optional.</param>
        /// <param name="relations">Declared relations between the quantities; optional.</param>
        /// <exception cref="ArgumentNullException"><paramref name="quantities"/>, a source or a relation is null.</exception>
        /// <exception cref="ArgumentException">A quantity is null or two share a key; a relation names an unknown quantity, or its units do not give the target's unit; the message names the position and the key or relation.</exception>
        public ContradictionDetector(IEnumerable<Quantity> quantities, IEnumerable<Source>? sources = null, IEnumerable<DerivedRelation>? relations = null)
        {
            Preconditions.NotNull(quantities);
            _byKey = Preconditions.IndexUnique(quantities, q => q.Key, null, nameof(quantities), "key");
            _quantities = _byKey.Values.OrderBy(q => q.Key).ToArray();
            _sources = (sources ?? Array.Empty<Source>()).ToArray();
            for (var i = 0; i < _sources.Length; i++)
            {
                if (_sources[i] is null)
                {
                    throw new ArgumentNullException(nameof(sources), $"sources[{i}] is null.");
                }
            }

            _relations = (relations ?? Array.Empty<DerivedRelation>()).ToArray();
            for (var i = 0; i < _relations.Length; i++)
            {
                CheckRelation(_relations[i], i);
            }

            _engine = new MergeEngine(_quantities, _sources, new MergeOptions(MergeStrategy.MaxAgreement));
            _text = new FindingText(new SourceCatalogue(_sources));
        }

        /// <summary>Gets the declared relations.</summary>
        public IReadOnlyList<DerivedRelation> Relations => _relations;

        /// <summary>Creates a detector for the quantities and sources of a claim set.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="relations">Declared relations between its quantities; optional.</param>
        /// <returns>The detector.</returns>
        public static ContradictionDetector For(ClaimSet set, IEnumerable<DerivedRelation>? relations = null)
        {
            Preconditions.NotNull(set);
            return new ContradictionDetector(set.Quantities, set.Sources, relations);
        }

        /// <summary>Examines the claims and returns every finding.</summary>
        /// <param name="claims">The claims; buffered. Each must refer to a known quantity.</param>
        /// <returns>The report.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> or an element is null.</exception>
        /// <exception cref="ArgumentException">A claim refers to an unknown quantity or two claims share an id; the message names the claim.</exception>
        public ContradictionReport Detect(IEnumerable<Claim> claims)
        {
            Preconditions.NotNull(claims);
            var input = claims.ToArray();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < input.Length; i++)
            {
                if (input[i] is null)
                {
                    throw new ArgumentNullException(nameof(claims), $"claims[{i}] is null.");
                }

                if (!ids.Add(input[i].Id))
                {
                    throw new ArgumentException($"claims[{i}] has id \"{input[i].Id}\", which an earlier claim already has; ids must be unique.", nameof(claims));
                }
            }

            var merges = _engine.Merge(input).ToArray();
            var drafts = new List<Draft>();
            foreach (var merge in merges)
            {
                foreach (var result in merge.Periods)
                {
                    var denied = DenialFindings(result, drafts);
                    PairFindings(result, denied, drafts);
                    SelfContradictions(result, drafts);
                }

                if (merge.Quantity.Kind == QuantityKind.Cumulative)
                {
                    ProgressionFindings(merge, drafts);
                }
            }

            var byKey = merges.ToDictionary(m => m.Quantity.Key);
            var derivations = new List<Derivation>();
            var skipped = new List<UncheckedRelation>();
            foreach (var relation in _relations)
            {
                RelationFindings(relation, byKey, derivations, skipped, drafts);
            }

            var ordered = drafts
                .OrderByDescending(d => d.Severity)
                .ThenBy(d => d.Kind)
                .ThenBy(d => d.Quantity)
                .ThenBy(d => string.Join("\u0001", d.Claims.Select(c => c.Id)), StringComparer.Ordinal)
                .ToArray();
            var findings = new Finding[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                var d = ordered[i];
                var origins = d.Claims.Select(c => c.Attribution.Origin).Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal).ToArray();
                findings[i] = new Finding(
                    "finding-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Kind, Clamp(d.Severity), d.Quantity, d.Period,
                    d.Claims, origins, d.Rule, d.Explanation, d.Gap, d.RelativeGap, d.Flip, d.Derivation);
            }

            return new ContradictionReport(input, merges, derivations.ToArray(), findings, skipped.ToArray());
        }

        private void CheckRelation(DerivedRelation? relation, int index)
        {
            if (relation is null)
            {
                throw new ArgumentNullException("relations", $"relations[{index}] is null.");
            }

            var units = new List<UnitRange>();
            foreach (var key in relation.Operands.Concat(new[] { relation.Target }))
            {
                if (!_byKey.ContainsKey(key))
                {
                    throw new ArgumentException($"relations[{index}] \"{relation}\" names quantity {key}, which is not among the quantities.", "relations");
                }
            }

            foreach (var key in relation.Operands)
            {
                units.Add(new UnitRange(NumericRange.Point(1), _byKey[key].Unit));
            }

            try
            {
                relation.Evaluate(units, _byKey[relation.Target].Unit);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"relations[{index}]: {e.Message}", "relations", e);
            }
        }

        // ---- denials ---------------------------------------------------------------------------------------------

        private HashSet<(string, string)> DenialFindings(MergeResult result, List<Draft> drafts)
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
                    drafts.Add(new Draft(FindingKind.Denial, 1m, result.Quantity.Key, result.Period, Distinct(claims), DenialRule, explanation, gap, relative, null, null));
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
        private static bool SameFigure(Claim claim, Claim other) =>
            claim.Figure is not null && other.Figure is not null && claim.Figure.Value == other.Figure.Value && claim.Figure.UpperValue == other.Figure.UpperValue;

        // ---- pairwise ranges ---------------------------------------------------------------------------------------

        private void PairFindings(MergeResult result, HashSet<(string, string)> denied, List<Draft> drafts)
        {
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

                    if (denied.Contains(Pair(witnesses[a].OriginId, witnesses[b].OriginId)))
                    {
                        continue;
                    }

                    AddPair(result, witnesses[a], witnesses[b], drafts);
                }
            }
        }

        private void AddPair(MergeResult result, Witness low, Witness high, List<Draft> drafts)
        {
            var claims = Distinct(low.Claims.Concat(high.Claims));
            var flip = Tolerance.AnyTolerant(claims)
                ? Tolerance.Flip(t => Tolerance.WitnessAt(low.Claims, t).Overlaps(Tolerance.WitnessAt(high.Claims, t)))
                : null;
            var who = $"{_text.Who(low.Claims[0])} gives {FindingText.Figures(low.Claims)} and {_text.Who(high.Claims[0])} gives {FindingText.Figures(high.Claims)} for {result.Quantity.Key} {FindingText.When(result.Period)}";
            if (low.Range.Overlaps(high.Range))
            {
                var configured = Tolerance.PolicyTolerance(claims);
                var explanation = $"{who}: they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                    (configured is decimal c ? $" (the interpretation policy reads them {FindingText.Percent(c)} wide)." : ".");
                drafts.Add(new Draft(FindingKind.HedgeDependent, flip ?? 1m, result.Quantity.Key, result.Period, claims, HedgeRule, explanation, null, null, flip, null));
                return;
            }

            var gap = low.Range.DistanceTo(high.Range);
            var relative = Relative(low.Range, high.Range, gap);
            var text = $"{who}: {FindingText.Range(low.Range)} and {FindingText.Range(high.Range)} are {FindingText.Number(gap)} ({FindingText.Percent(relative)}) apart" +
                (flip is decimal f ? $"; they would agree only if \"about\"/\"nearly\" were read at least {FindingText.Percent(f)} wide." : gap == 0 ? ", touching at an end that one of them excludes." : ".");
            drafts.Add(new Draft(FindingKind.RangeConflict, relative, result.Quantity.Key, result.Period, claims, RangeRule, text, gap, relative, flip, null));
        }

        // ---- self-contradiction --------------------------------------------------------------------------------------

        private void SelfContradictions(MergeResult result, List<Draft> drafts)
        {
            foreach (var outlier in result.Outliers)
            {
                if (outlier.Reason != OutlierReason.SelfContradictory)
                {
                    continue;
                }

                var claims = outlier.Witness.Claims;
                var highest = claims.OrderByDescending(c => c.Range, Comparer<NumericRange>.Create(CompareLower)).First();
                var lowest = claims.OrderBy(c => c.Range, Comparer<NumericRange>.Create(CompareUpper)).First();
                var gap = lowest.Range.DistanceTo(highest.Range);
                var relative = Relative(lowest.Range, highest.Range, gap);
                var explanation = $"{_text.Name(outlier.Witness.OriginId)} gives disjoint figures for {result.Quantity.Key} {FindingText.When(result.Period)}: " +
                    $"{FindingText.Figure(lowest)} ({lowest.Id}) and {FindingText.Figure(highest)} ({highest.Id}), {FindingText.Number(gap)} ({FindingText.Percent(relative)}) apart.";
                drafts.Add(new Draft(FindingKind.SelfContradiction, relative, result.Quantity.Key, result.Period, claims.ToArray(), SelfRule, explanation, gap, relative, null, null));
            }
        }

        // ---- cumulative progressions --------------------------------------------------------------------------------

        private void ProgressionFindings(QuantityMerge merge, List<Draft> drafts)
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
                            drafts.Add(new Draft(
                                same ? FindingKind.Revision : FindingKind.BrokenProgression, relative, merge.Quantity.Key, timed[later].Period, claims,
                                same ? RevisionRule : ProgressionRule, explanation, gap, relative, flip, null));
                        }
                    }
                }
            }
        }

        /// <summary>A running total that falls when read literally ("about 100", later "about 85") but not under the policy.</summary>
        private void HedgeDependentProgression(QuantityMerge merge, MergeResult earlier, Witness e, MergeResult later, Witness w, List<Draft> drafts)
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
            drafts.Add(new Draft(FindingKind.HedgeDependent, flip ?? 1m, merge.Quantity.Key, later.Period, claims, HedgeRule, explanation, null, null, flip, null));
        }

        /// <summary>Whether, with hedges read t wide, the later witness's figures do not lie wholly below the earlier one's.</summary>
        private static bool NotFalling(Witness later, Witness earlier, decimal t)
        {
            var a = Tolerance.WitnessAt(later.Claims, t);
            var b = Tolerance.WitnessAt(earlier.Claims, t);
            return !a.IsEmpty && !b.IsEmpty && !WhollyBelow(a, b);
        }

        // ---- derived relations ----------------------------------------------------------------------------------------

        private void RelationFindings(
            DerivedRelation relation, Dictionary<QuantityKey, QuantityMerge> merges, List<Derivation> derivations, List<UncheckedRelation> skipped, List<Draft> drafts)
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
            DerivedRelation relation, MergeResult result, List<Operand> operands, Derivation derivation, Claim[] echoes, Func<decimal?, UnitRange> derive, List<Draft> drafts)
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
            var rests = RestsOn(relation, result, operands, claim);
            var head = $"{_text.Who(claim)} gives {FindingText.Figure(claim)} for {relation.Target} {FindingText.When(claim.Describes)}, but {formula} from {inputs} gives {FindingText.Range(derivation.Result.Range)} {derivation.Result.Unit.Symbol}";
            if (policyAgrees)
            {
                var configured = Tolerance.PolicyTolerance(claims);
                var explanation = $"{head} ({FindingText.Range(derivation.LiteralResult.Range)} read literally): they agree only if \"about\"/\"nearly\" are read at least {FindingText.Percent(flip ?? 1m)} wide" +
                    (configured is decimal c ? $" (the policy reads them {FindingText.Percent(c)} wide)" : string.Empty) + rests + ".";
                drafts.Add(new Draft(FindingKind.HedgeDependent, flip ?? 1m, relation.Target, result.Period, claims, HedgeRule, explanation, null, null, flip, derivation));
                return;
            }

            var gap = derivation.Result.Range.DistanceTo(claim.Range);
            var relative = Relative(derivation.Result.Range, claim.Range, gap);
            var text = $"{head}, {FindingText.Number(gap)} ({FindingText.Percent(relative)}) away" +
                (flip is decimal f ? $"; they would agree only if \"about\"/\"nearly\" were read at least {FindingText.Percent(f)} wide" : string.Empty) + rests + ".";
            drafts.Add(new Draft(FindingKind.DerivedRelationViolation, relative, relation.Target, result.Period, claims, DerivedRule, text, gap, relative, flip, derivation));
        }

        /// <summary>
        /// Names the individual origins whose figures, put through the relation literally, do reach the claim: "the
        /// monthly figure rests on the 7,000 count". Tries every combination of operand witnesses (up to 256).
        /// </summary>
        private string RestsOn(DerivedRelation relation, MergeResult result, List<Operand> operands, Claim claim)
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
                            || w.Claims.Any(c => SameFigure(c, d.Claim))).Select(d => _text.Name(d.OriginId)).Distinct().ToArray();
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

                if (TimeRelations.SharesDays(p.Period.RelationTo(period)))
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

        // ---- helpers -------------------------------------------------------------------------------------------------

        private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

        private static Claim[] Distinct(IEnumerable<Claim> claims) => claims.Distinct().ToArray();

        private static NumericRange Intersection(IEnumerable<Claim> claims)
        {
            var range = NumericRange.All;
            foreach (var c in claims)
            {
                range = range.Intersect(c.Range);
            }

            return range;
        }

        private static decimal Clamp(decimal value) => value < 0 ? 0 : value > 1 ? 1 : value;

        /// <summary>The gap divided by the larger magnitude at its two edges; 1 when both edges are zero or unbounded.</summary>
        private static decimal Relative(NumericRange a, NumericRange b, decimal gap)
        {
            if (gap == 0)
            {
                return 0;
            }

            var (low, high) = WhollyBelow(a, b) ? (a, b) : (b, a);
            var edge = Math.Max(low.Upper.IsUnbounded ? 0 : Math.Abs(low.Upper.Value), high.Lower.IsUnbounded ? 0 : Math.Abs(high.Lower.Value));
            return edge == 0 ? 1 : Clamp(gap / edge);
        }

        /// <summary>Whether every value of <paramref name="a"/> lies below every value of <paramref name="b"/>.</summary>
        private static bool WhollyBelow(NumericRange a, NumericRange b) =>
            !a.IsEmpty && !b.IsEmpty && EndpointOrder.CompareLowerToUpper(b.Lower, a.Upper) > 0;

        /// <summary>Orders ranges by upper end (open before closed at one value, unbounded last), empty ranges last.</summary>
        private static int CompareUpper(NumericRange a, NumericRange b) =>
            a.IsEmpty || b.IsEmpty ? a.IsEmpty.CompareTo(b.IsEmpty) : EndpointOrder.CompareUpper(a.Upper, b.Upper);

        private static int CompareLower(NumericRange a, NumericRange b) => EndpointOrder.CompareLower(a.Lower, b.Lower);

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

        private sealed class Draft
        {
            public Draft(FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, string explanation, decimal? gap, decimal? relativeGap, decimal? flip, Derivation? derivation)
            {
                Kind = kind;
                Severity = severity;
                Quantity = quantity;
                Period = period;
                Claims = claims;
                Rule = rule;
                Explanation = explanation;
                Gap = gap;
                RelativeGap = relativeGap;
                Flip = flip;
                Derivation = derivation;
            }

            public FindingKind Kind { get; }

            public decimal Severity { get; }

            public QuantityKey Quantity { get; }

            public TimeReference? Period { get; }

            public Claim[] Claims { get; }

            public string Rule { get; }

            public string Explanation { get; }

            public decimal? Gap { get; }

            public decimal? RelativeGap { get; }

            public decimal? Flip { get; }

            public Derivation? Derivation { get; }
        }
    }
}

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Finds what does not add up in a set of claims, and says why: range conflicts, denials, broken progressions of
    /// cumulative counts (and revisions), violations of declared relations between quantities, self-contradictions, and
    /// agreements that rest on reading "about"/"nearly" widely.
    /// </summary>
    /// <remarks>
    /// <para>Claims are grouped as the <see cref="MergeEngine"/> groups them (by quantity, then by described periods that
    /// cover the same days; a month and a day inside it are different periods, neither the same time nor in order) and merged with <see cref="MergeStrategy.MaxAgreement"/>; all claims with one attribution root form
    /// one witness, so echoes count once. Claims on different quantities are never compared, except through a declared
    /// <see cref="DerivedRelation"/>. A cumulative quantity rising over time is not a conflict; its figures are compared across periods only when the periods are in
    /// order (each day of the one on or before each day of the other), as docs/time.md explains.</para>
    /// <para>Every comparison is made twice: under each claim's interpretation policy, and literally ("about x" = x,
    /// "nearly x" just below x). Figures that agree literally yield nothing; figures that agree only under the policy
    /// yield a <see cref="FindingKind.HedgeDependent"/> finding; figures disjoint under the policy yield a conflict. Both
    /// carry the tolerance at which the verdict flips, where one up to 100% exists.</para>
    /// <para>Each family of findings is a rule of its own (derived relations, denials, range conflicts,
    /// self-contradictions, progressions); the detector groups the claims, runs the rules in that order and numbers what
    /// they find.</para>
    /// <para><b>Denials compare ranges.</b> A denial rules out the denied figure's range and, with a direction
    /// (<see cref="DenialDirection"/>), everything beyond it on that side. A figure from another origin that lies wholly in
    /// what is ruled out is contradicted (severity 1), one that straddles the line in part (severity 0.5) when it states
    /// the number denied, one that lies wholly in what the denial leaves possible never. A denial without a figure of its own applies to the claims it names
    /// (in the period where each was merged) or to every figure of the source it names in its period. Figures that agree
    /// with each other and are all denied, derived figures of declared relations included, are one finding.</para>
    /// <para><b>Linear findings.</b> A witness that shares no value with the consensus of its quantity and period is
    /// reported once, against the consensus, with the number of witnesses it disagrees with
    /// (<see cref="Finding.DisagreeingWitnesses"/>); where witnesses split between ranges of equal support (a tie), one
    /// finding names them all; a consensus that holds only when "about"/"nearly" are read widely is one
    /// <see cref="FindingKind.HedgeDependent"/> finding. A falling running total is one finding per later witness (against
    /// the highest earlier figure it falls below), and a denial one finding per denied witness. Every pair instead is an
    /// option (<see cref="ContradictionOptions.PairwiseDetail"/>), limited per quantity and period and reported in
    /// <see cref="ContradictionReport.OmittedPairs"/> where the limit is reached.</para>
    /// <para><see cref="Detect(IEnumerable{Claim})"/> buffers its input; its time grows as n log n in the claims per quantity and period.
    /// Instances are immutable and thread-safe.</para>
    /// </remarks>
    public sealed class ContradictionDetector
    {
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
        /// <param name="options">How much detail to report; null means <see cref="ContradictionOptions.Default"/> (each outlying witness once, against the consensus).</param>
        /// <exception cref="ArgumentNullException"><paramref name="quantities"/>, a source or a relation is null.</exception>
        /// <exception cref="ArgumentException">A quantity is null or two share a key; a relation names an unknown quantity, or its units do not give the target's unit; the message names the position and the key or relation.</exception>
        public ContradictionDetector(IEnumerable<Quantity> quantities, IEnumerable<Source>? sources = null, IEnumerable<DerivedRelation>? relations = null, ContradictionOptions? options = null)
        {
            Options = options ?? ContradictionOptions.Default;
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
                CheckRelation(_relations[i], i, nameof(relations));
            }

            // The rules read every witness's range, so witnesses of several claims keep the one the merge works out.
            _engine = new MergeEngine(_quantities, _sources, new MergeOptions(MergeStrategy.MaxAgreement)).WithWitnessRanges();
            _text = new FindingText(new SourceCatalogue(_sources));
        }

        /// <summary>Gets the options: how much detail is reported.</summary>
        public ContradictionOptions Options { get; }

        /// <summary>Gets the declared relations.</summary>
        public IReadOnlyList<DerivedRelation> Relations => _relations;

        /// <summary>Creates a detector for the quantities and sources of a claim set.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="relations">Declared relations between its quantities; optional.</param>
        /// <param name="options">How much detail to report; null means <see cref="ContradictionOptions.Default"/>.</param>
        /// <returns>The detector.</returns>
        public static ContradictionDetector For(ClaimSet set, IEnumerable<DerivedRelation>? relations = null, ContradictionOptions? options = null)
        {
            Preconditions.NotNull(set);
            return new ContradictionDetector(set.Quantities, set.Sources, relations, options);
        }

        /// <summary>Examines the claims and returns every finding.</summary>
        /// <param name="claims">The claims; buffered. Each must refer to a known quantity.</param>
        /// <returns>The report.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> or an element is null.</exception>
        /// <exception cref="ArgumentException">A claim refers to an unknown quantity or two claims share an id; the message names the claim.</exception>
        public ContradictionReport Detect(IEnumerable<Claim> claims) => Detect(claims, null, CancellationToken.None);

        /// <summary>Examines the claims and returns every finding, telling <paramref name="progress"/> how far it has got and stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
        /// <param name="claims">The claims; buffered. Each must refer to a known quantity.</param>
        /// <param name="progress">
        /// Told, on the thread that runs the detection, the quantities merged (every 1,024 quantities and when all are
        /// merged) and then the rules run (after each: the relation rule; the denial, range and self-contradiction rules, which
        /// run together in one pass over the periods and are reported together when it ends; the progression rule); null for none.
        /// </param>
        /// <param name="cancellationToken">Checked between quantities while merging and between the rules' passes.</param>
        /// <returns>The report; the same as without progress.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> or an element is null.</exception>
        /// <exception cref="ArgumentException">A claim refers to an unknown quantity or two claims share an id; the message names the claim.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public ContradictionReport Detect(IEnumerable<Claim> claims, IProgress<DetectionProgress>? progress, CancellationToken cancellationToken = default) =>
            Detect(claims, progress, keepMerges: false, cancellationToken);

        /// <summary>
        /// As <see cref="Detect(IEnumerable{Claim}, IProgress{DetectionProgress}?, CancellationToken)"/>; with
        /// <paramref name="keepMerges"/> the report keeps every merge the checks ran on instead of working them out again
        /// when <see cref="ContradictionReport.Merges"/> is first read, for a caller that reads them all at once (a
        /// reconciliation report orders its quantities by them).
        /// </summary>
        internal ContradictionReport Detect(IEnumerable<Claim> claims, IProgress<DetectionProgress>? progress, bool keepMerges, CancellationToken cancellationToken)
        {
            Preconditions.NotNull(claims);
            var input = claims.ToArray();
            var namesClaims = CheckIds(input, nameof(claims));
            var rules = new Rules(_text.ForDetection(), _byKey, Options);
            var drafts = new List<Finding>();
            if (progress is null && !cancellationToken.CanBeCanceled && _relations.Length == 0 && !namesClaims)
            {
                var context = new DetectionContext(Array.Empty<QuantityMerge>(), _byKey, _relations);
                var kept = MergeAndCheck(input, rules, context, drafts, keepMerges);
                context.Complete(kept);
                rules.Progressions.Run(context, drafts);
                var findings = Ordered(drafts, number: true);
                if (keepMerges)
                {
                    return new ContradictionReport(input, kept, context.Derivations.ToArray(), findings, context.Skipped.ToArray(), context.Omitted.ToArray());
                }

                var engine = _engine;
                return new ContradictionReport(
                    input, () => engine.Merge(input).ToArray(), context.Derivations.ToArray(), findings, context.Skipped.ToArray(), context.Omitted.ToArray());
            }
            else
            {
                var merges = Merge(input, progress, cancellationToken);
                var context = new DetectionContext(merges, _byKey, _relations);
                Check(rules, context, drafts, progress, cancellationToken);
                return new ContradictionReport(
                    input, merges, context.Derivations.ToArray(), Ordered(drafts, number: true), context.Skipped.ToArray(), context.Omitted.ToArray());
            }
        }

        /// <summary>
        /// Runs the rules: relations first, then denials, ranges and self-contradictions together in one pass over the period
        /// results (each result's denials before its ranges), then progressions; reports each of the five rules as done.
        /// </summary>
        /// <remarks>
        /// One pass instead of three reads each period result's witnesses and outliers once, while they are in the cache:
        /// three passes over 100,000 claims' results each fetched them from memory again. The findings and their order are
        /// those of three passes: the three rules give findings of different kinds, so interleaving their drafts changes no
        /// tie in <see cref="Ordered"/>, and each rule's own drafts keep their order.
        /// </remarks>
        private static void Check(Rules rules, DetectionContext context, List<Finding> drafts, IProgress<DetectionProgress>? progress, CancellationToken cancellationToken)
        {
            const int stages = 5;
            cancellationToken.ThrowIfCancellationRequested();
            rules.Derived.Run(context, drafts);
            progress?.Report(new DetectionProgress(DetectionStage.Checking, 1, stages));

            cancellationToken.ThrowIfCancellationRequested();
            var spans = DenialRule.Resolve(context);
            var scratch = new RangeConflictRule.Scratch();
            foreach (var merge in context.Merges)
            {
                foreach (var result in merge.PeriodArray)
                {
                    rules.Denials.Check(context, result, spans, drafts);
                    rules.Ranges.Check(context, result, drafts, scratch);
                    rules.Selves.SelfContradictions(result, drafts);
                }
            }

            for (var r = 2; r <= 4; r++)
            {
                progress?.Report(new DetectionProgress(DetectionStage.Checking, r, stages));
            }

            cancellationToken.ThrowIfCancellationRequested();
            rules.Progressions.Run(context, drafts);
            progress?.Report(new DetectionProgress(DetectionStage.Checking, stages, stages));
        }

        /// <summary>
        /// Merges every quantity and checks each one's period results for denials, ranges and self-contradictions as soon as it
        /// is merged, while its claims are still in the cache; the findings and their order are those of <see cref="Check"/>,
        /// where no relation is declared and no denial names claims (which may lie in another quantity).
        /// </summary>
        /// <remarks>
        /// Checked after all merging, as <see cref="Check"/> must when relations are declared (their derivations come first
        /// and denials also rule out derived figures), the rules fetched every claim back from memory: on 100,000 claims the
        /// denial rule alone took about 14 ms for the 1% of claims that deny, most of it waiting for claims merged long before.
        /// Without relations the relation rule finds nothing, and the three rules of one pass then see each result exactly as
        /// they would after all merging, in the same order.
        /// <para>Only the merges of cumulative quantities are kept, for the progression rule (which compares periods): a merge
        /// kept for the report is copied by every collection while the report is built, and at 100,000 claims keeping them all
        /// made detection about a fifth slower. The report works them out again when read.</para>
        /// </remarks>
        /// <returns>The merges of cumulative quantities, or with <paramref name="keepAll"/> every merge, in quantity-key order.</returns>
        private QuantityMerge[] MergeAndCheck(Claim[] input, Rules rules, DetectionContext context, List<Finding> drafts, bool keepAll)
        {
            var cumulative = new List<QuantityMerge>();
            var scratch = new RangeConflictRule.Scratch();
            foreach (var merge in _engine.Merge(input))
            {
                if (keepAll || merge.Quantity.Kind == QuantityKind.Cumulative)
                {
                    cumulative.Add(merge);
                }

                foreach (var result in merge.PeriodArray)
                {
                    rules.Denials.CheckOwn(context, result, drafts);
                    rules.Ranges.Check(context, result, drafts, scratch);
                    rules.Selves.SelfContradictions(result, drafts);
                }
            }

            return cumulative.ToArray();
        }

        /// <summary>Merges every quantity, reporting every 1,024 quantities and at the end, and checking the token between quantities.</summary>
        private QuantityMerge[] Merge(Claim[] input, IProgress<DetectionProgress>? progress, CancellationToken cancellationToken)
        {
            if (progress is null && !cancellationToken.CanBeCanceled)
            {
                return _engine.Merge(input).ToArray();
            }

            var total = 0;
            if (progress is not null)
            {
                var keys = new HashSet<QuantityKey>();
                foreach (var claim in input)
                {
                    keys.Add(claim.Quantity);
                }

                total = keys.Count;
                progress.Report(new DetectionProgress(DetectionStage.Merging, 0, total));
            }

            var merges = new List<QuantityMerge>();
            foreach (var merge in _engine.Merge(input))
            {
                cancellationToken.ThrowIfCancellationRequested();
                merges.Add(merge);
                if (progress is not null && (merges.Count & 1023) == 0 && merges.Count < total)
                {
                    progress.Report(new DetectionProgress(DetectionStage.Merging, merges.Count, total));
                }
            }

            progress?.Report(new DetectionProgress(DetectionStage.Merging, merges.Count, total));
            return merges.ToArray();
        }

        /// <summary>
        /// The findings, not yet numbered, by severity as the rules gave it (highest first), kind, quantity and claim ids, findings equal in all four kept in the order
        /// the rules gave them (a stable sort, as ordering by those keys one after the other would give).
        /// </summary>
        /// <param name="drafts">The findings as the rules gave them.</param>
        /// <param name="number">Whether to number the findings (1 for the first) while placing them, instead of in a pass of its own.</param>
        /// <remarks>
        /// The keys, the order and the severities are worked out in arrays rented from the shared pool: at 100,000 claims
        /// (about 20,000 findings) each was a fresh array on the large-object heap, zeroed page by page, on every detection.
        /// </remarks>
        internal static Finding[] Ordered(List<Finding> drafts, bool number = false)
        {
            // First by severity alone, as doubles (a sort of primitive keys is several times faster than one of decimals),
            // then each run of doubles too close to tell apart again by the exact decimal: a conversion can round
            // neighbouring severities to one double, or (by an ulp) the wrong way round, but never by more than the margin.
            // Then each run of equal severities by the other keys and, last, the index: the same order as one stable sort
            // by all four keys.
            var n = drafts.Count;
            var keys = ArrayPool<double>.Shared.Rent(n);
            var order = ArrayPool<int>.Shared.Rent(n);
            var raw = ArrayPool<decimal>.Shared.Rent(n);
            var severities = ArrayPool<decimal>.Shared.Rent(n);
            try
            {
                return OrderIn(drafts, number, n, keys, order, raw, severities);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(keys);
                ArrayPool<int>.Shared.Return(order);
                ArrayPool<decimal>.Shared.Return(raw);
                ArrayPool<decimal>.Shared.Return(severities);
            }
        }

        /// <summary><see cref="Ordered(List{Finding}, bool)"/> in the given work arrays (each at least <paramref name="n"/> long).</summary>
        private static Finding[] OrderIn(List<Finding> drafts, bool number, int n, double[] keys, int[] order, decimal[] raw, decimal[] severities)
        {
            // The drafts are read once, in the order the rules made them; the sorted severities are then copied from the
            // rented array instead of being fetched back from each finding in sorted (scattered) order.
            for (var i = 0; i < n; i++)
            {
                var severity = -drafts[i].RawSeverity;
                raw[i] = severity;
                keys[i] = (double)severity;
                order[i] = i;
            }

            Array.Sort(keys, order, 0, n);
            for (var i = 0; i < n; i++)
            {
                severities[i] = raw[order[i]];
            }

            for (var start = 0; start < n;)
            {
                var end = start + 1;
                var sorted = true;
                while (end < n && keys[end] - keys[end - 1] <= CloseKeys * Math.Max(Math.Abs(keys[end]), Math.Abs(keys[end - 1])))
                {
                    sorted &= severities[end - 1] <= severities[end];
                    end++;
                }

                if (!sorted)
                {
                    Array.Sort(severities, order, start, end - start);
                }

                start = end;
            }

            var ties = new TieOrder(drafts);
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && severities[end] == severities[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(order, start, end - start, ties);
                }

                start = end;
            }

            var ordered = new Finding[n];
            for (var i = 0; i < n; i++)
            {
                var finding = drafts[order[i]];
                ordered[i] = finding;
                if (number)
                {
                    finding.Number(i + 1);
                }
            }

            return ordered;
        }

#if NET
        /// <summary>How many claims ahead of the one being checked <see cref="CheckIds"/> asks the processor to load the id of (and twice as far, the claim).</summary>
        private const int IdAhead = 8;
#endif

        /// <summary>
        /// Throws for the first claim that is null or whose id an earlier claim already has, as adding the ids one by one to
        /// a set would; returns whether any claim is a denial without a figure that names claims rather than a source.
        /// </summary>
        /// <remarks>
        /// An open-addressed table of claim positions (and their ids' hash codes), at most half full, rented from the shared
        /// pool: a set of 100,000 ids was about 2.8 MB of fresh arrays on the large-object heap on every detection.
        /// </remarks>
        private static bool CheckIds(Claim[] input, string argument)
        {
            var namesClaims = false;
            var size = 16;
            while (size < input.Length * 2L)
            {
                size <<= 1;
            }

            var table = ArrayPool<long>.Shared.Rent(size);
            try
            {
                Array.Clear(table, 0, size);
                var mask = size - 1;
                var comparer = StringComparer.Ordinal;
                for (var i = 0; i < input.Length; i++)
                {
#if NET
                    // Each claim and its id string were a first read that missed cache: ask for the claim two strides
                    // ahead, and for the id of the claim one stride ahead (that claim asked for a stride ago).
                    if (i + (2 * IdAhead) < input.Length)
                    {
                        Prefetch.Object(input[i + (2 * IdAhead)], 2);
                    }

                    if (i + IdAhead < input.Length)
                    {
                        Prefetch.Object(input[i + IdAhead]?.Id, 1);
                    }
#endif
                    var claim = input[i] ?? throw new ArgumentNullException(argument, $"claims[{i}] is null.");
                    namesClaims |= claim.Figure is null && claim.Denies is { SourceId: null };
                    var id = claim.Id;
                    var hash = comparer.GetHashCode(id);
                    // Each slot holds the hash code in its high half and the claim's position + 1 in its low half; 0 is free.
                    var entry = unchecked(((long)hash << 32) | (uint)(i + 1));
                    for (var slot = hash & mask; ; slot = (slot + 1) & mask)
                    {
                        var held = table[slot];
                        if (held == 0)
                        {
                            table[slot] = entry;
                            break;
                        }

                        if (unchecked((int)(held >> 32)) == hash && string.Equals(input[unchecked((int)(uint)held) - 1].Id, id, StringComparison.Ordinal))
                        {
                            throw new ArgumentException($"claims[{i}] has id \"{id}\", which an earlier claim already has; ids must be unique.", argument);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<long>.Shared.Return(table);
            }

            return namesClaims;
        }

        /// <summary>
        /// The rules of one detection, sharing its <see cref="FindingText.ForDetection"/> words, whose sentences are kept in
        /// chunks of their own: a detector serves several threads at once, a detection one.
        /// </summary>
        private sealed class Rules
        {
            public Rules(FindingText text, Dictionary<QuantityKey, Quantity> byKey, ContradictionOptions options)
            {
                // The order the detector runs them in matters: derivations come first, since denials also rule out derived
                // figures; denials record the origin pairs they report, which the range rule then skips.
                Derived = new DerivedRelationRule(text, byKey);
                Denials = new DenialRule(text, options.PairwiseDetail);
                Ranges = new RangeConflictRule(text, options);
                Selves = new SelfContradictionRule(text);
                Progressions = new ProgressionRule(text);
            }

            public DerivedRelationRule Derived { get; }

            public DenialRule Denials { get; }

            public RangeConflictRule Ranges { get; }

            public SelfContradictionRule Selves { get; }

            public ProgressionRule Progressions { get; }
        }

        /// <summary>
        /// Doubles of severities closer than this (relative to the larger) are ordered again by their decimals: a decimal's
        /// conversion to double is within a few units in the last place (about 10⁻¹⁶) of its value.
        /// </summary>
        private const double CloseKeys = 1e-12;

        /// <summary>Orders the indexes of findings of equal severity by kind, quantity, claim ids and, last, the index itself.</summary>
        private sealed class TieOrder : IComparer<int>
        {
            private readonly List<Finding> _drafts;

            public TieOrder(List<Finding> drafts) => _drafts = drafts;

            public int Compare(int a, int b)
            {
                Finding x = _drafts[a], y = _drafts[b];
                var c = ((int)x.Kind).CompareTo((int)y.Kind);
                if (c == 0)
                {
                    c = x.Quantity.CompareTo(y.Quantity);
                }

                if (c == 0)
                {
                    c = ClaimIdOrder.Compare(x.ClaimArray, y.ClaimArray);
                }

                return c != 0 ? c : a.CompareTo(b);
            }
        }

        /// <summary>Orders claim lists by their ids, one by one, ordinally; a list that is a prefix of another comes first.</summary>
        private static readonly Comparer<Claim[]> ClaimIdOrder = Comparer<Claim[]>.Create((a, b) =>
        {
            for (var i = 0; i < a.Length && i < b.Length; i++)
            {
                var c = string.CompareOrdinal(a[i].Id, b[i].Id);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        });

        private void CheckRelation(DerivedRelation? relation, int index, string argument)
        {
            if (relation is null)
            {
                throw new ArgumentNullException(argument, $"relations[{index}] is null.");
            }

            var units = new List<UnitRange>();
            foreach (var key in relation.Operands.Concat(new[] { relation.Target }))
            {
                if (!_byKey.ContainsKey(key))
                {
                    throw new ArgumentException($"relations[{index}] \"{relation}\" names quantity {key}, which is not among the quantities.", argument);
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
                throw new ArgumentException($"relations[{index}]: {e.Message}", argument, e);
            }
        }
    }
}

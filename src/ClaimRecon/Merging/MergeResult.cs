using System.Collections.Generic;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// What the claims about one quantity for one period come to under one strategy: the consensus, who supports it,
    /// who stands outside it and why, ties, denials, and a one-sentence explanation.
    /// </summary>
    /// <remarks>
    /// <para>Lists are in a fixed order (witnesses by origin id, claims by id, candidates from low to high), so the same
    /// claims in any order give an equal-looking result.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<MergeResult>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class MergeResult
    {
        private static readonly Witness[] NoWitnesses = System.Array.Empty<Witness>();
        private static readonly Outlier[] NoOutliers = System.Array.Empty<Outlier>();
        private static readonly Denial[] NoDenials = System.Array.Empty<Denial>();

        private static readonly Candidate[] NoCandidates = System.Array.Empty<Candidate>();

        /// <summary>
        /// The witnesses: a <see cref="Witness"/> array; or the one witness of a <see cref="OfOneWitness"/> result until its
        /// list is first read; or the one claim of a <see cref="OfOneClaim"/> result until its witness is first read. Only
        /// ever replaced forward (claim, then witness, then array), each step published once. A <see cref="OfSmall"/> result
        /// keeps its <see cref="SmallAgreement"/> here for good; its witness array is in its details once made.
        /// </summary>
        private object _witnesses;

        /// <summary>Everything else; null for a <see cref="OfOneWitness"/> result until its candidates are first read, and for a <see cref="OfSmall"/> result until any list is.</summary>
        private Details? _details;

        internal MergeResult(
            Quantity quantity,
            TimeReference? period,
            MergeStrategy strategy,
            MergeStatus status,
            NumericRange consensus,
            decimal support,
            Witness[] witnesses,
            Witness[] supporters,
            Witness[] nonDeciding,
            Candidate[]? candidates,
            Outlier[] outliers,
            Denial[] denials,
            decimal? estimate,
            string? estimateNote,
            int? faultBudgetApplied)
        {
            // Null candidates: one candidate, the consensus with the support as score and the supporters, made when first read.
            Quantity = quantity;
            Period = period;
            Strategy = strategy;
            Status = status;
            _witnesses = witnesses;
            _details = new Details(consensus, support, supporters, nonDeciding, candidates, outliers, denials, estimate, estimateNote, faultBudgetApplied);
        }

        private MergeResult(Quantity quantity, TimeReference? period, MergeStrategy strategy, object only, MergeStatus status = MergeStatus.Consensus)
        {
            Quantity = quantity;
            Period = period;
            Strategy = strategy;
            Status = status;
            _witnesses = only;
        }

        /// <summary>Gets the quantity the claims are about.</summary>
        public Quantity Quantity { get; }

        /// <summary>Gets the period the merged claims describe (the days they jointly cover), or null for claims with no time.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets the strategy and its parameters.</summary>
        public MergeStrategy Strategy { get; }

        /// <summary>Gets what kind of answer this is.</summary>
        public MergeStatus Status { get; }

        /// <summary>
        /// Gets the consensus range when <see cref="Status"/> is <see cref="MergeStatus.Consensus"/>; otherwise
        /// <see cref="NumericRange.Empty"/> (a tie is in <see cref="Candidates"/>, never settled here).
        /// </summary>
        public NumericRange Consensus => Volatile.Read(ref _details) is { } details ? details.Consensus : OnlyRange;

        /// <summary>Gets the support of the consensus: the supporters' weight (their count unless weighted) minus denials against it.</summary>
        public decimal Support => Volatile.Read(ref _details) is { } details ? details.Support
            : Volatile.Read(ref _witnesses) switch { Claim => 1m, SmallAgreement small => small.Support, _ => Only.Weight };

        /// <summary>Gets every independent witness that took part, ordered by origin id.</summary>
        public IReadOnlyList<Witness> Witnesses => WitnessList();

        /// <summary>Gets the witnesses whose range holds the consensus (or, for fault-tolerant fusion, a kept region).</summary>
        public IReadOnlyList<Witness> Supporters => DetailsOrSmall() is { } details ? details.Supporters : WitnessList();

        /// <summary>
        /// Gets the supporters that also admit an outlier's or a rival candidate's values, so they support the consensus
        /// without deciding between it and the alternatives (such as "more than 4,580" beside 5,000–6,000 and 7,000).
        /// </summary>
        public IReadOnlyList<Witness> NonDecidingSupporters => DetailsOrSmall()?.NonDeciding ?? NoWitnesses;

        /// <summary>Gets the ranges with the top score under max agreement (one, or several in a tie); empty for other strategies.</summary>
        public IReadOnlyList<Candidate> Candidates => (DetailsOrSmall() ?? MakeDetails()).Candidates;

        /// <summary>Gets the witnesses left out, each with its reason.</summary>
        public IReadOnlyList<Outlier> Outliers => DetailsOrSmall()?.Outliers ?? NoOutliers;

        /// <summary>Gets the denials about this quantity and period.</summary>
        public IReadOnlyList<Denial> Denials => DetailsOrSmall()?.Denials ?? NoDenials;

        /// <summary>
        /// Gets the fault-tolerant point estimate: an <b>estimate</b> computed from the sourced ranges, not a figure anyone
        /// stated. Null for other strategies or when it is undefined (see <see cref="EstimateNote"/>).
        /// </summary>
        public decimal? Estimate => OneWitnessFused()?.Estimate;

        /// <summary>Gets why <see cref="Estimate"/> is missing or how it was limited, or null.</summary>
        public string? EstimateNote => OneWitnessFused()?.EstimateNote;

        /// <summary>Gets the fault budget actually applied by fault-tolerant fusion (the requested budget, at most witnesses − 1); null for other strategies.</summary>
        public int? FaultBudgetApplied => OneWitnessFused()?.FaultBudgetApplied;

        /// <summary>Gets a value indicating whether every witness holds the consensus, no one was left out, nothing ties and no denial touches it.</summary>
        public bool IsUnanimous
        {
            get
            {
                if (DetailsOrSmall() is not { } details)
                {
                    // One witness, no outlier, no denial: it holds the consensus, which is its own range.
                    var range = OnlyRange;
                    return range.Contains(range);
                }

                return Status == MergeStatus.Consensus && details.Outliers.Length == 0 && details.Supporters.Length == WitnessList().Length
                    && AllHoldConsensus(details.Consensus) && !DenialTouchesConsensus(details.Denials);
            }
        }

        /// <summary>Gets a one-sentence explanation naming the sources, figures, period and strategy.</summary>
        public string Explanation => Explanations.Explain(this, Quantity.Key.ToString());

        /// <summary>Returns <see cref="Explanation"/>.</summary>
        /// <returns>The explanation.</returns>
        public override string ToString() => Explanation;

        /// <summary>
        /// A result for one witness with no denial, no other witness and no self-contradictory one, under any strategy: the
        /// witness's range is the consensus, its weight the support (1 unless weighted, as every other strategy counts it), and
        /// it is the only supporter; under max agreement it is also the only candidate, under fault-tolerant fusion the
        /// estimate is its range's midpoint with a fault budget of 0. The witness list and the rest are made when first read.
        /// </summary>
        /// <remarks>Fault-tolerant fusion of a point written with two scales (5 to 5.0) gives the lower end's digits at both ends, so such a witness must not come here.</remarks>
        internal static MergeResult OfOneWitness(Quantity quantity, TimeReference? period, MergeStrategy strategy, Witness only) =>
            new(quantity, period, strategy, only);

        /// <summary>
        /// A <see cref="OfOneWitness"/> result for one claim whose witness would be <see cref="Witness.OfOne"/> with the
        /// claim's origin as id and name and a weight of 1: it holds the claim alone and makes the witness when first read.
        /// </summary>
        /// <remarks>Only for a strategy other than reliability-weighted max agreement, and an origin whose name is its id (no source catalogue, or one that names it so).</remarks>
        internal static MergeResult OfOneClaim(Quantity quantity, TimeReference? period, MergeStrategy strategy, Claim only) =>
            new(quantity, period, strategy, only);

        /// <summary>
        /// A max-agreement result (a consensus, or a tie) whose witnesses, supporters, candidates and outliers are made from
        /// <paramref name="small"/> when any list is first read (see <see cref="SmallAgreement"/>).
        /// </summary>
        internal static MergeResult OfSmall(Quantity quantity, TimeReference? period, MergeStrategy strategy, MergeStatus status, SmallAgreement small) =>
            new(quantity, period, strategy, small, status);

        /// <summary>The one witness's range, read from the claim itself while the witness is not made yet.</summary>
        private NumericRange OnlyRange => Volatile.Read(ref _witnesses) switch
        {
            Claim claim => Witness.OwnRange(claim),
            SmallAgreement small => small.Consensus,
            _ => Only.Range,
        };

        private Witness Only
        {
            get
            {
                var held = Volatile.Read(ref _witnesses);
                if (held is Witness witness)
                {
                    return witness;
                }

                if (held is Witness[] list)
                {
                    return list[0];
                }

                // First read of a one-claim result's witness: publish one; a thread that loses the race takes the winner's.
                var claim = (Claim)held;
                var origin = claim.OriginId;
                var made = Witness.OfOne(origin, origin, claim, 1m);
                var before = Interlocked.CompareExchange(ref _witnesses, made, held);
                return ReferenceEquals(before, held) ? made : before as Witness ?? ((Witness[])before)[0];
            }
        }

        private Witness[] WitnessList()
        {
            var held = Volatile.Read(ref _witnesses);
            if (held is Witness[] list)
            {
                return list;
            }

            if (held is SmallAgreement)
            {
                return DetailsOrSmall()!.All!;
            }

            // First read of a one-witness result: publish one array; a thread that loses the race takes the winner's.
            var only = Only;
            var made = new[] { only };
            var before = Interlocked.CompareExchange(ref _witnesses, made, only);
            return ReferenceEquals(before, only) ? made : (Witness[])before;
        }

        /// <summary>
        /// The details; for a <see cref="OfSmall"/> result made (with its witness array) when first asked for and published
        /// once, so every reader gets the same witness objects. Null for the other results that make them lazily.
        /// </summary>
        private Details? DetailsOrSmall()
        {
            var details = Volatile.Read(ref _details);
            if (details is not null || Volatile.Read(ref _witnesses) is not SmallAgreement small)
            {
                return details;
            }

            var (all, supporters, nonDeciding, candidates, outliers) = small.Make();
            var made = new Details(small.Consensus, small.Support, supporters, nonDeciding, candidates, outliers, NoDenials, null, null, null) { All = all };
            return Interlocked.CompareExchange(ref _details, made, null) ?? made;
        }

        /// <summary>The details, made for a one-witness fault-tolerant result when first read; null for other one-witness results (they have no estimate).</summary>
        private Details? OneWitnessFused() =>
            Volatile.Read(ref _details) ?? (Strategy.Kind == MergeStrategyKind.FaultTolerant ? MakeDetails() : null);

        /// <summary>
        /// The details of a one-witness result, made on the first read of its candidates (or fault-tolerant estimate) and
        /// published once: what the strategy's own path gives one witness and nothing else.
        /// </summary>
        private Details MakeDetails()
        {
            var all = WitnessList();
            var only = all[0];
            Details made;
            switch (Strategy.Kind)
            {
                case MergeStrategyKind.MaxAgreement:
                case MergeStrategyKind.ReliabilityWeighted:
                    made = new Details(
                        only.Range, only.Weight, all, NoWitnesses, new[] { new Candidate(only.Range, only.Weight, all) }, NoOutliers, NoDenials, null, null, null);
                    break;
                case MergeStrategyKind.FaultTolerant:
                    var (estimate, note) = PeriodMerger.EstimateOf(new List<(NumericRange Range, int Weight)>(1) { (only.Range, 1) });
                    made = new Details(only.Range, 1, all, NoWitnesses, NoCandidates, NoOutliers, NoDenials, estimate, note, 0);
                    break;
                default:
                    made = new Details(only.Range, 1, all, NoWitnesses, NoCandidates, NoOutliers, NoDenials, null, null, null);
                    break;
            }

            return Interlocked.CompareExchange(ref _details, made, null) ?? made;
        }

        private bool AllHoldConsensus(NumericRange consensus)
        {
            foreach (var w in WitnessList())
            {
                if (!w.Range.Contains(consensus))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool DenialTouchesConsensus(Denial[] denials)
        {
            foreach (var d in denials)
            {
                if (d.TouchesConsensus)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The parts of a result beyond its quantity, period, strategy, status and witnesses.</summary>
        private sealed class Details
        {
            private Candidate[]? _candidates;

            public Details(
                NumericRange consensus,
                decimal support,
                Witness[] supporters,
                Witness[] nonDeciding,
                Candidate[]? candidates,
                Outlier[] outliers,
                Denial[] denials,
                decimal? estimate,
                string? estimateNote,
                int? faultBudgetApplied)
            {
                Consensus = consensus;
                Support = support;
                Supporters = supporters;
                NonDeciding = nonDeciding;
                _candidates = candidates;
                Outliers = outliers;
                Denials = denials;
                Estimate = estimate;
                EstimateNote = estimateNote;
                FaultBudgetApplied = faultBudgetApplied;
            }

            public NumericRange Consensus { get; }

            public decimal Support { get; }

            /// <summary>The witness array of a <see cref="OfSmall"/> result, made with these details; null for other results.</summary>
            public Witness[]? All { get; init; }

            public Witness[] Supporters { get; }

            public Witness[] NonDeciding { get; }

            /// <summary>The candidates; when null, the one candidate made from the consensus, support and supporters, made on first read.</summary>
            public Candidate[] Candidates => Volatile.Read(ref _candidates) ?? OneCandidate();

            public Outlier[] Outliers { get; }

            public Denial[] Denials { get; }

            public decimal? Estimate { get; }

            private Candidate[] OneCandidate()
            {
                // First read: publish one array; a thread that loses the race takes the winner's.
                var made = new[] { new Candidate(Consensus, Support, Supporters) };
                return Interlocked.CompareExchange(ref _candidates, made, null) ?? made;
            }

            public string? EstimateNote { get; }

            public int? FaultBudgetApplied { get; }
        }
    }
}

using System.Collections.Generic;
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
        private readonly Witness[] _witnesses;
        private readonly Witness[] _supporters;
        private readonly Witness[] _nonDeciding;
        private readonly Candidate[] _candidates;
        private readonly Outlier[] _outliers;
        private readonly Denial[] _denials;

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
            Candidate[] candidates,
            Outlier[] outliers,
            Denial[] denials,
            decimal? estimate,
            string? estimateNote,
            int? faultBudgetApplied)
        {
            Quantity = quantity;
            Period = period;
            Strategy = strategy;
            Status = status;
            Consensus = consensus;
            Support = support;
            _witnesses = witnesses;
            _supporters = supporters;
            _nonDeciding = nonDeciding;
            _candidates = candidates;
            _outliers = outliers;
            _denials = denials;
            Estimate = estimate;
            EstimateNote = estimateNote;
            FaultBudgetApplied = faultBudgetApplied;
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
        public NumericRange Consensus { get; }

        /// <summary>Gets the support of the consensus: the supporters' weight (their count unless weighted) minus denials against it.</summary>
        public decimal Support { get; }

        /// <summary>Gets every independent witness that took part, ordered by origin id.</summary>
        public IReadOnlyList<Witness> Witnesses => _witnesses;

        /// <summary>Gets the witnesses whose range holds the consensus (or, for fault-tolerant fusion, a kept region).</summary>
        public IReadOnlyList<Witness> Supporters => _supporters;

        /// <summary>
        /// Gets the supporters that also admit an outlier's or a rival candidate's values, so they support the consensus
        /// without deciding between it and the alternatives (such as "more than 4,580" beside 5,000–6,000 and 7,000).
        /// </summary>
        public IReadOnlyList<Witness> NonDecidingSupporters => _nonDeciding;

        /// <summary>Gets the ranges with the top score under max agreement (one, or several in a tie); empty for other strategies.</summary>
        public IReadOnlyList<Candidate> Candidates => _candidates;

        /// <summary>Gets the witnesses left out, each with its reason.</summary>
        public IReadOnlyList<Outlier> Outliers => _outliers;

        /// <summary>Gets the denials about this quantity and period.</summary>
        public IReadOnlyList<Denial> Denials => _denials;

        /// <summary>
        /// Gets the fault-tolerant point estimate: an <b>estimate</b> computed from the sourced ranges, not a figure anyone
        /// stated. Null for other strategies or when it is undefined (see <see cref="EstimateNote"/>).
        /// </summary>
        public decimal? Estimate { get; }

        /// <summary>Gets why <see cref="Estimate"/> is missing or how it was limited, or null.</summary>
        public string? EstimateNote { get; }

        /// <summary>Gets the fault budget actually applied by fault-tolerant fusion (the requested budget, at most witnesses − 1); null for other strategies.</summary>
        public int? FaultBudgetApplied { get; }

        /// <summary>Gets a value indicating whether every witness holds the consensus, no one was left out, nothing ties and no denial touches it.</summary>
        public bool IsUnanimous =>
            Status == MergeStatus.Consensus && _outliers.Length == 0 && _supporters.Length == _witnesses.Length
            && AllHoldConsensus() && !DenialTouchesConsensus();

        /// <summary>Gets a one-sentence explanation naming the sources, figures, period and strategy.</summary>
        public string Explanation => Explanations.Explain(this, Quantity.Key.ToString());

        /// <summary>Returns <see cref="Explanation"/>.</summary>
        /// <returns>The explanation.</returns>
        public override string ToString() => Explanation;

        private bool AllHoldConsensus()
        {
            foreach (var w in _witnesses)
            {
                if (!w.Range.Contains(Consensus))
                {
                    return false;
                }
            }

            return true;
        }

        private bool DenialTouchesConsensus()
        {
            foreach (var d in _denials)
            {
                if (d.TouchesConsensus)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

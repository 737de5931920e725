using System.Collections.Generic;
using ClaimRecon.Quantities;

namespace ClaimRecon.Merging
{
    /// <summary>Everything the engine found for one quantity: a merge result per period and, for cumulative quantities, the timeline.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<QuantityMerge>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class QuantityMerge
    {
        private readonly MergeResult[] _periods;

        internal QuantityMerge(Quantity quantity, MergeResult[] periods, CumulativeTimeline? timeline)
        {
            Quantity = quantity;
            _periods = periods;
            Timeline = timeline;
        }

        /// <summary>Gets the quantity.</summary>
        public Quantity Quantity { get; }

        /// <summary>
        /// Gets one result per group of claims whose described periods cover the same days, ordered by first day, then last
        /// day (a month comes before the days inside it); claims with no time form the last group.
        /// </summary>
        public IReadOnlyList<MergeResult> Periods => _periods;

        /// <summary>Gets the results as the array the merge holds, for loops inside the library that must not change it.</summary>
        internal MergeResult[] PeriodArray => _periods;

        /// <summary>Gets the non-falling timeline for a <see cref="QuantityKind.Cumulative"/> quantity; null for other kinds.</summary>
        public CumulativeTimeline? Timeline { get; }

        /// <summary>Returns the explanation of each period, one per line.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Join("\n", System.Linq.Enumerable.Select(_periods, p => p.Explanation));
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Internal;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// How the claims about one quantity and period are merged into a consensus, with the parameters of that rule.
    /// </summary>
    /// <remarks>
    /// <para>Every strategy first reduces claims to independent <see cref="Witness"/>es: claims whose attribution chains
    /// end at the same origin count once, and the ranges one origin gives for one period are intersected. Denials are kept
    /// apart as <see cref="Denial"/>s.</para>
    /// <list type="bullet">
    /// <item><see cref="Intersection"/>: the range every witness admits. Empty is a result (<see cref="MergeStatus.NoAgreement"/>), not an error. Denials are reported, not subtracted.</item>
    /// <item><see cref="Hull"/>: the smallest range holding every witness's range. Denials are reported, not subtracted.</item>
    /// <item><see cref="MaxAgreement"/>: Marzullo's sweep over all witness ends. Each value scores the number of witnesses
    /// admitting it minus the number of origins denying it; the result is every maximal run of values with the top score
    /// and no witness or denial starting or ending inside it, among values some witness admits. When that top score is not positive (every claimed value is denied at least as strongly as it is asserted) there is no consensus (<see cref="MergeStatus.NoAgreement"/>). One such run is the consensus; several are a tie
    /// (<see cref="MergeStatus.Tie"/>), reported as such and never settled.</item>
    /// <item><see cref="FaultTolerant(int)"/>: Brooks–Iyengar fusion. With N witnesses and a fault budget f, keep the
    /// values at least N − f witnesses admit; the fused range is their hull and the point estimate is the mean of the
    /// kept regions' midpoints weighted by how many witnesses admit each. <b>Unbounded claims</b> count in coverage as
    /// stated; a kept region that is unbounded on a side has no midpoint and is left out of the estimate, so when every
    /// kept region is unbounded there is no estimate and the result says so. A budget of N or more in a group of N is
    /// used as N − 1 and the result records the budget applied. Denials are reported, not subtracted.</item>
    /// <item><see cref="ReliabilityWeighted(IReadOnlyDictionary{string, double})"/>: max agreement in which each witness
    /// and each denying origin weighs its origin's reliability (0 to 1) instead of 1. Reliabilities come from the given
    /// table or, when none is given, from each origin source's <see cref="Sources.Source.PriorReliability"/>; an origin with
    /// neither is an error naming it, never a silent default.</item>
    /// </list>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class MergeStrategy : IEquatable<MergeStrategy>
    {
        private readonly KeyValuePair<string, double>[]? _reliabilities;

        private MergeStrategy(MergeStrategyKind kind, int faultBudget, KeyValuePair<string, double>[]? reliabilities)
        {
            Kind = kind;
            FaultBudget = faultBudget;
            _reliabilities = reliabilities;
        }

        /// <summary>Gets the intersection strategy.</summary>
        public static MergeStrategy Intersection { get; } = new(MergeStrategyKind.Intersection, 0, null);

        /// <summary>Gets the hull strategy.</summary>
        public static MergeStrategy Hull { get; } = new(MergeStrategyKind.Hull, 0, null);

        /// <summary>Gets the max-agreement (Marzullo) strategy, the engine's default.</summary>
        public static MergeStrategy MaxAgreement { get; } = new(MergeStrategyKind.MaxAgreement, 0, null);

        /// <summary>Gets the rule.</summary>
        public MergeStrategyKind Kind { get; }

        /// <summary>Gets the number of witnesses allowed to be wrong, for <see cref="MergeStrategyKind.FaultTolerant"/>; otherwise 0.</summary>
        public int FaultBudget { get; }

        /// <summary>
        /// Gets the explicit reliability of each origin source, for <see cref="MergeStrategyKind.ReliabilityWeighted"/>;
        /// empty when reliabilities come from the sources' priors or the strategy does not use them.
        /// </summary>
        public IReadOnlyDictionary<string, double> Reliabilities =>
            _reliabilities is null ? new Dictionary<string, double>(StringComparer.Ordinal) : _reliabilities.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        /// <summary>Gets a value indicating whether reliabilities come from an explicit table rather than the sources' priors.</summary>
        public bool HasExplicitReliabilities => _reliabilities is not null;

        /// <summary>Creates the Brooks–Iyengar fault-tolerant fusion strategy.</summary>
        /// <param name="faultBudget">How many independent sources may be wrong; zero or more.</param>
        /// <returns>The strategy.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="faultBudget"/> is negative.</exception>
        public static MergeStrategy FaultTolerant(int faultBudget)
        {
            if (faultBudget < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(faultBudget), faultBudget, $"faultBudget must be zero or more; got {faultBudget}.");
            }

            return new MergeStrategy(MergeStrategyKind.FaultTolerant, faultBudget, null);
        }

        /// <summary>Creates the reliability-weighted strategy.</summary>
        /// <param name="reliabilities">Reliability (0 to 1) by origin source id, or null to use each source's prior reliability.</param>
        /// <returns>The strategy.</returns>
        /// <exception cref="ArgumentException">A source id is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A reliability is not a number between 0 and 1; the message names the source.</exception>
        public static MergeStrategy ReliabilityWeighted(IReadOnlyDictionary<string, double>? reliabilities = null)
        {
            if (reliabilities is null)
            {
                return new MergeStrategy(MergeStrategyKind.ReliabilityWeighted, 0, null);
            }

            var table = new List<KeyValuePair<string, double>>();
            foreach (var pair in reliabilities)
            {
                Preconditions.NotBlank(pair.Key, "reliabilities key");
                if (double.IsNaN(pair.Value) || pair.Value < 0 || pair.Value > 1)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(reliabilities),
                        pair.Value,
                        $"reliabilities[\"{pair.Key}\"] must be between 0 and 1; got {Preconditions.Describe(pair.Value)}.");
                }

                table.Add(pair);
            }

            table.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return new MergeStrategy(MergeStrategyKind.ReliabilityWeighted, 0, table.ToArray());
        }

        internal bool TryGetReliability(string sourceId, out double reliability)
        {
            reliability = 0;
            if (_reliabilities is null)
            {
                return false;
            }

            int lo = 0, hi = _reliabilities.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var c = string.CompareOrdinal(_reliabilities[mid].Key, sourceId);
                if (c == 0)
                {
                    reliability = _reliabilities[mid].Value;
                    return true;
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return false;
        }

        /// <inheritdoc />
        public bool Equals(MergeStrategy? other) =>
            other is not null && Kind == other.Kind && FaultBudget == other.FaultBudget
            && (_reliabilities is null ? other._reliabilities is null : other._reliabilities is not null && _reliabilities.SequenceEqual(other._reliabilities));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as MergeStrategy);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine((int)Kind, FaultBudget, _reliabilities?.Length ?? -1);

        /// <summary>Returns the strategy and its parameters, e.g. <c>fault-tolerant (fault budget 1)</c> or <c>max agreement</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => Kind switch
        {
            MergeStrategyKind.Intersection => "intersection",
            MergeStrategyKind.Hull => "hull",
            MergeStrategyKind.MaxAgreement => "max agreement",
            MergeStrategyKind.FaultTolerant => "fault-tolerant (fault budget " + FaultBudget.ToString(CultureInfo.InvariantCulture) + ")",
            _ => _reliabilities is null
                ? "reliability-weighted (source priors)"
                : "reliability-weighted (" + string.Join(", ", _reliabilities.Select(p => p.Key + " " + p.Value.ToString("R", CultureInfo.InvariantCulture))) + ")",
        };
    }
}

using System;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>A finding before the detector orders and numbers it.</summary>
    internal sealed class FindingDraft
    {
        public FindingDraft(FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, string explanation, decimal? gap, decimal? relativeGap, decimal? flip, Derivation? derivation, int? disagreeing = null, Lazy<decimal?>? lazyFlip = null)
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
            Disagreeing = disagreeing;
            LazyFlip = lazyFlip;
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

        /// <summary>Gets how many witnesses an outlying witness shares no value with (consensus findings only).</summary>
        public int? Disagreeing { get; }

        /// <summary>Gets the flip tolerance computed when first asked, where computing it for every finding would cost too much.</summary>
        public Lazy<decimal?>? LazyFlip { get; }
    }
}

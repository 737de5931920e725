using System;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>A finding before the detector orders and numbers it.</summary>
    /// <remarks>The explanation is either written at once or, where most findings' explanations may never be read, a
    /// function that writes it when <see cref="Finding.Explanation"/> is first read; the function reads only what does
    /// not change after detection, so its text is the same whenever it runs.</remarks>
    internal sealed class FindingDraft
    {
        public FindingDraft(FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, string explanation, decimal? gap, decimal? relativeGap, decimal? flip, Derivation? derivation, int? disagreeing = null, Lazy<decimal?>? lazyFlip = null)
            : this(kind, severity, quantity, period, claims, rule, gap, relativeGap, flip, derivation, disagreeing, lazyFlip)
        {
            FixedExplanation = explanation;
        }

        public FindingDraft(FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, Func<string> explain, decimal? gap, decimal? relativeGap, decimal? flip, Derivation? derivation, int? disagreeing = null, Lazy<decimal?>? lazyFlip = null)
            : this(kind, severity, quantity, period, claims, rule, gap, relativeGap, flip, derivation, disagreeing, lazyFlip)
        {
            Explain = explain;
        }

        private FindingDraft(FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, decimal? gap, decimal? relativeGap, decimal? flip, Derivation? derivation, int? disagreeing, Lazy<decimal?>? lazyFlip)
        {
            Kind = kind;
            Severity = severity;
            Quantity = quantity;
            Period = period;
            Claims = claims;
            Rule = rule;
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

        /// <summary>Gets the explanation, writing it (again) if it is written when read.</summary>
        public string Explanation => FixedExplanation ?? Explain!();

        /// <summary>Gets the explanation written at once, or null.</summary>
        public string? FixedExplanation { get; }

        /// <summary>Gets the function that writes the explanation when it is first read, or null.</summary>
        public Func<string>? Explain { get; }

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

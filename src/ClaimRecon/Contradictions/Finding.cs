using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Something that does not add up (or adds up only on a generous reading), with the claims involved, their
    /// attribution roots, the rule applied and a one-sentence explanation naming sources, figures and dates.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe. <see cref="Severity"/> is a normalised gap in [0, 1]: the gap between the figures
    /// divided by the larger magnitude at the gap's edges (capped at 1); 1 for an explicit denial; for
    /// <see cref="FindingKind.HedgeDependent"/> it is the tolerance the agreement needs. <see cref="Origins"/> counts each
    /// attribution root once, so five outlets echoing one official count as one origin.
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<Finding>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class Finding
    {
        private readonly Claim[] _claims;
        private readonly string[] _origins;
        private readonly decimal? _flipValue;
        private readonly Lazy<decimal?>? _flip;

        internal Finding(
            string id, FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string[] origins,
            string rule, string explanation, decimal? gap, decimal? relativeGap, decimal? flipTolerance, Lazy<decimal?>? lazyFlip, Derivation? derivation, int? disagreeingWitnesses)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
            Quantity = quantity;
            Period = period;
            _claims = claims;
            _origins = origins;
            Rule = rule;
            Explanation = explanation;
            Gap = gap;
            RelativeGap = relativeGap;
            _flipValue = flipTolerance;
            _flip = lazyFlip;
            Derivation = derivation;
            DisagreeingWitnesses = disagreeingWitnesses;
        }

        /// <summary>Gets the finding's identifier within its report ("finding-1", "finding-2", … in report order).</summary>
        public string Id { get; }

        /// <summary>Gets the rule the finding comes from.</summary>
        public FindingKind Kind { get; }

        /// <summary>
        /// Gets whether the finding is a contradiction: every kind except <see cref="FindingKind.Revision"/> (a source
        /// correcting itself) and <see cref="FindingKind.HedgeDependent"/> (agreement that rests on reading hedges widely).
        /// </summary>
        public bool IsContradiction => Kind != FindingKind.Revision && Kind != FindingKind.HedgeDependent;

        /// <summary>Gets the normalised severity in [0, 1] (see remarks on <see cref="Finding"/>).</summary>
        public decimal Severity { get; }

        /// <summary>Gets the quantity the finding is about (for a derived relation, its target).</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the described period the finding concerns (the later one for a progression), or null.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets the claims involved, all from the input.</summary>
        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Gets the distinct attribution roots (origin source ids) of <see cref="Claims"/>, sorted.</summary>
        public IReadOnlyList<string> Origins => _origins;

        /// <summary>Gets the rule applied, in words.</summary>
        public string Rule { get; }

        /// <summary>Gets a one-sentence plain-English explanation naming sources, figures and dates.</summary>
        public string Explanation { get; }

        /// <summary>Gets the absolute gap between the figures in the quantity's unit, where there is one.</summary>
        public decimal? Gap { get; }

        /// <summary>Gets the gap relative to the larger magnitude at its edges, where there is one.</summary>
        public decimal? RelativeGap { get; }

        /// <summary>
        /// Gets the smallest relative tolerance for "about"/"approximately"/"roughly" and "nearly"/"almost" at which the
        /// figures agree, when some tolerance up to 1 (100%) makes them agree; otherwise null.
        /// </summary>
        /// <remarks>For a witness reported against the consensus, the tolerance at which its figures would share a value
        /// with every witness holding the consensus; it is computed when first read.</remarks>
        public decimal? FlipTolerance => _flip is null ? _flipValue : _flip.Value;

        /// <summary>
        /// Gets, for a witness reported against the consensus (<see cref="FindingKind.RangeConflict"/> by default), how many
        /// of the other witnesses for the quantity and period share no value with it; null for other findings.
        /// </summary>
        public int? DisagreeingWitnesses { get; }

        /// <summary>Gets the derivation checked, for <see cref="FindingKind.DerivedRelationViolation"/> and derived <see cref="FindingKind.HedgeDependent"/> findings.</summary>
        public Derivation? Derivation { get; }

        /// <summary>Returns the kind and the explanation.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Kind + ": " + Explanation;
    }
}

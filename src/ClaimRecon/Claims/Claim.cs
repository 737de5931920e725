using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Claims
{
    /// <summary>
    /// A number someone said about something: which quantity, the figure as worded, the range it stands for under a
    /// named policy, who said it through which chain, with what stance, when, and where it can be checked.
    /// </summary>
    /// <remarks>
    /// <para><see cref="Range"/> is always <see cref="Policy"/> applied to <see cref="Figure"/>; it is computed, never
    /// set, so the two cannot drift apart. Re-read a claim under another policy with <see cref="WithPolicy"/>.</para>
    /// <para><b>Denials.</b> A claim with <see cref="Stance.Denies"/> says what it denies in <see cref="Denies"/>: its own
    /// figure as reported, or other claims' or a source's figures, each with an optional direction ("far lower than
    /// reported"). A denial that gives no figure of its own is made with <see cref="Denying"/>; its <see cref="Figure"/>
    /// is null and its <see cref="Range"/> empty (it states no value); what it rules out follows from the claims it names.
    /// Every other claim has a figure.</para>
    /// <para><see cref="StatedAt"/> is when the source said or published it; <see cref="Describes"/> is the moment or
    /// period the figure is about. Either may be unknown (null); <see cref="ReferenceTime"/> falls back from the second to the first.</para>
    /// <para>A claim refers to its quantity and sources by key and identifier; <see cref="ClaimSet"/> checks that they exist.
    /// Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<Claim>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class Claim : IEquatable<Claim>
    {
        private readonly Evidence[] _evidence;

        /// <summary>Creates a claim.</summary>
        /// <param name="id">A stable identifier, unique in its set.</param>
        /// <param name="quantity">The key of the quantity the figure is about.</param>
        /// <param name="figure">The figure as stated.</param>
        /// <param name="attribution">Who said it, through whom.</param>
        /// <param name="stance">What the speaking source does with the figure.</param>
        /// <param name="statedAt">When it was said or published; null when unknown.</param>
        /// <param name="describes">The moment or period the figure is about; null when unknown.</param>
        /// <param name="evidence">Where it can be checked; null or empty when there is none.</param>
        /// <param name="policy">The interpretation of the hedge; <see cref="InterpretationPolicy.Default"/> when null.</param>
        /// <param name="note">A free-text note; optional.</param>
        /// <param name="denies">For <see cref="Stance.Denies"/>: what is denied; <see cref="DenialTarget.OwnFigure"/> when null. Must be null for every other stance.</param>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/>, <paramref name="figure"/>, or <paramref name="attribution"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="note"/> is blank, an evidence item is null, the policy cannot interpret the figure, or <paramref name="denies"/> is given with a stance other than <see cref="Stance.Denies"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not defined.</exception>
        public Claim(
            string id,
            QuantityKey quantity,
            HedgedFigure figure,
            AttributionChain attribution,
            Stance stance,
            TimeReference? statedAt = null,
            TimeReference? describes = null,
            IEnumerable<Evidence>? evidence = null,
            InterpretationPolicy? policy = null,
            string? note = null,
            DenialTarget? denies = null)
            : this(id, quantity, Preconditions.NotNull(figure), attribution, stance, statedAt, describes, evidence, policy, note, denies, true)
        {
        }

        private Claim(
            string id,
            QuantityKey quantity,
            HedgedFigure? figure,
            AttributionChain attribution,
            Stance stance,
            TimeReference? statedAt,
            TimeReference? describes,
            IEnumerable<Evidence>? evidence,
            InterpretationPolicy? policy,
            string? note,
            DenialTarget? denies,
            bool _)
        {
            Id = Identifiers.Check(id);
            Quantity = Preconditions.NotNull(quantity);
            Figure = figure;
            Attribution = Preconditions.NotNull(attribution);
            OriginId = attribution.Origin;
            OriginKey = OrdinalKeys.Prefix(OriginId);
            Stance = Preconditions.Defined(stance);
            if (denies is not null && stance != Stance.Denies)
            {
                throw new ArgumentException($"denies ({denies}) is only allowed with stance Denies; claim \"{id}\" has stance {stance}.", nameof(denies));
            }

            Denies = stance == Stance.Denies ? denies ?? DenialTarget.OwnFigure() : null;
            if (figure is null && (Denies is null || Denies.IsOwnFigure))
            {
                throw new ArgumentException($"claim \"{id}\" has no figure, so it must deny other claims or a source; denies = {Denies?.ToString() ?? "null"}.", nameof(denies));
            }

            StatedAt = statedAt;
            Describes = describes;
            _evidence = evidence is null ? Array.Empty<Evidence>() : Preconditions.CopyNoNulls(evidence).ToArray();
            Policy = policy ?? InterpretationPolicy.Default;
            Note = note is null ? null : Preconditions.NotBlank(note);
            Range = figure is null ? NumericRange.Empty : Policy.Interpret(figure);
        }

        /// <summary>Gets the stable identifier.</summary>
        public string Id { get; }

        /// <summary>Gets the key of the quantity the figure is about.</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the figure as stated; null only for a denial that gives no figure of its own (see <see cref="Denying"/>).</summary>
        public HedgedFigure? Figure { get; }

        /// <summary>Gets the policy that turned <see cref="Figure"/> into <see cref="Range"/>.</summary>
        public InterpretationPolicy Policy { get; }

        /// <summary>Gets the range the figure stands for under <see cref="Policy"/>; empty for a denial without a figure.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets who said it, through whom.</summary>
        public AttributionChain Attribution { get; }

        /// <summary>
        /// Gets <see cref="AttributionChain.Origin"/> of <see cref="Attribution"/>, kept on the claim: merging reads every
        /// claim's origin, and following the chain for it was a cache miss per claim on large inputs.
        /// </summary>
        internal string OriginId { get; }

        /// <summary>Gets <see cref="OriginId"/>'s <see cref="OrdinalKeys.Prefix"/>, the key merging sorts claims by before comparing origins as strings.</summary>
        internal ulong OriginKey { get; }

        /// <summary>Gets what the speaking source does with the figure.</summary>
        public Stance Stance { get; }

        /// <summary>Gets what a denial denies and which way it puts the truth; null unless <see cref="Stance"/> is <see cref="Stance.Denies"/>.</summary>
        public DenialTarget? Denies { get; }

        /// <summary>Gets when the claim was said or published, if known.</summary>
        public TimeReference? StatedAt { get; }

        /// <summary>Gets the moment or period the figure is about, if known.</summary>
        public TimeReference? Describes { get; }

        /// <summary>Gets <see cref="Describes"/> when known, else <see cref="StatedAt"/>, else null.</summary>
        public TimeReference? ReferenceTime => Describes ?? StatedAt;

        /// <summary>Gets where the claim can be checked.</summary>
        public IReadOnlyList<Evidence> Evidence => _evidence;

        /// <summary>The figure's wording, else its text; for a denial without a figure, what it denies ("the figures of claims a, b, truth lower").</summary>
        internal string FigureWording => Figure is not null
            ? Figure.Wording ?? Figure.ToString()
            : "the figure" + (Denies!.SourceId is { } source ? "s of source " + source : (Denies.ClaimIds.Count == 1 ? " of claim " : "s of claims ") + string.Join(", ", Denies.ClaimIds))
              + (Denies.Direction == DenialDirection.Lower ? " (the truth lower)" : Denies.Direction == DenialDirection.Higher ? " (the truth higher)" : string.Empty);

        /// <summary>Gets the free-text note, if any.</summary>
        public string? Note { get; }

        /// <summary>Creates a denial that gives no figure of its own: it denies other claims' or a source's figures ("inaccurate", "far lower than reported").</summary>
        /// <param name="id">A stable identifier, unique in its set.</param>
        /// <param name="quantity">The key of the quantity whose figures are denied.</param>
        /// <param name="attribution">Who denies it, through whom.</param>
        /// <param name="denies">What is denied: made by <see cref="DenialTarget.OfClaims"/> or <see cref="DenialTarget.OfSource"/>.</param>
        /// <param name="statedAt">When it was said or published; null when unknown.</param>
        /// <param name="describes">The moment or period the denied figures are about; null when unknown.</param>
        /// <param name="evidence">Where it can be checked; null or empty when there is none.</param>
        /// <param name="note">A free-text note; optional.</param>
        /// <returns>The claim, with <see cref="Stance.Denies"/>, no figure and an empty range.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/>, <paramref name="attribution"/> or <paramref name="denies"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="note"/> is blank, an evidence item is null, or <paramref name="denies"/> is <see cref="DenialTarget.OwnFigure"/>, which needs a figure.</exception>
        public static Claim Denying(
            string id,
            QuantityKey quantity,
            AttributionChain attribution,
            DenialTarget denies,
            TimeReference? statedAt = null,
            TimeReference? describes = null,
            IEnumerable<Evidence>? evidence = null,
            string? note = null) =>
            new(id, quantity, null, attribution, Stance.Denies, statedAt, describes, evidence, null, note, Preconditions.NotNull(denies), true);

        /// <summary>Returns the same claim read under another interpretation policy.</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The re-interpreted claim.</returns>
        public Claim WithPolicy(InterpretationPolicy policy) =>
            new(Id, Quantity, Figure, Attribution, Stance, StatedAt, Describes, _evidence, Preconditions.NotNull(policy), Note, Denies, true);

        /// <inheritdoc />
        public bool Equals(Claim? other) =>
            other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Quantity.Equals(other.Quantity)
            && Equals(Figure, other.Figure)
            && Equals(Denies, other.Denies)
            && Policy.Equals(other.Policy)
            && Attribution.Equals(other.Attribution)
            && Stance == other.Stance
            && Equals(StatedAt, other.StatedAt)
            && Equals(Describes, other.Describes)
            && _evidence.SequenceEqual(other._evidence)
            && string.Equals(Note, other.Note, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Claim);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Id), Quantity.GetHashCode(), Figure?.GetHashCode() ?? 0);

        /// <summary>Returns "id: attribution stance figure → range (quantity)", or for a denial without a figure "id: attribution denies (target) (quantity)".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Figure is null
            ? $"{Id}: {Attribution} denies ({Denies}) ({Quantity})"
            : $"{Id}: {Attribution} {Stance.ToString().ToLowerInvariant()} {Figure}{(Denies is { IsOwnFigure: true, Direction: not DenialDirection.None } d ? " (" + d + ")" : string.Empty)} \u2192 {Range} ({Quantity})";
    }
}

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
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/>, <paramref name="figure"/>, or <paramref name="attribution"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="note"/> is blank, an evidence item is null, or the policy cannot interpret the figure.</exception>
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
            string? note = null)
        {
            Id = Identifiers.Check(id);
            Quantity = Preconditions.NotNull(quantity);
            Figure = Preconditions.NotNull(figure);
            Attribution = Preconditions.NotNull(attribution);
            Stance = Preconditions.Defined(stance);
            StatedAt = statedAt;
            Describes = describes;
            _evidence = evidence is null ? Array.Empty<Evidence>() : Preconditions.CopyNoNulls(evidence).ToArray();
            Policy = policy ?? InterpretationPolicy.Default;
            Note = note is null ? null : Preconditions.NotBlank(note);
            Range = Policy.Interpret(Figure);
        }

        /// <summary>Gets the stable identifier.</summary>
        public string Id { get; }

        /// <summary>Gets the key of the quantity the figure is about.</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the figure as stated.</summary>
        public HedgedFigure Figure { get; }

        /// <summary>Gets the policy that turned <see cref="Figure"/> into <see cref="Range"/>.</summary>
        public InterpretationPolicy Policy { get; }

        /// <summary>Gets the range the figure stands for under <see cref="Policy"/>.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets who said it, through whom.</summary>
        public AttributionChain Attribution { get; }

        /// <summary>Gets what the speaking source does with the figure.</summary>
        public Stance Stance { get; }

        /// <summary>Gets when the claim was said or published, if known.</summary>
        public TimeReference? StatedAt { get; }

        /// <summary>Gets the moment or period the figure is about, if known.</summary>
        public TimeReference? Describes { get; }

        /// <summary>Gets <see cref="Describes"/> when known, else <see cref="StatedAt"/>, else null.</summary>
        public TimeReference? ReferenceTime => Describes ?? StatedAt;

        /// <summary>Gets where the claim can be checked.</summary>
        public IReadOnlyList<Evidence> Evidence => _evidence;

        /// <summary>Gets the free-text note, if any.</summary>
        public string? Note { get; }

        /// <summary>Returns the same claim read under another interpretation policy.</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The re-interpreted claim.</returns>
        public Claim WithPolicy(InterpretationPolicy policy) =>
            new(Id, Quantity, Figure, Attribution, Stance, StatedAt, Describes, _evidence, Preconditions.NotNull(policy), Note);

        /// <inheritdoc />
        public bool Equals(Claim? other) =>
            other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Quantity.Equals(other.Quantity)
            && Figure.Equals(other.Figure)
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
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Id), Quantity.GetHashCode(), Figure.GetHashCode());

        /// <summary>Returns "id: attribution stance figure → range (quantity)".</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Id}: {Attribution} {Stance.ToString().ToLowerInvariant()} {Figure} \u2192 {Range} ({Quantity})";
    }
}

using System;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Hedging
{
    /// <summary>A figure as a source stated it: the number (or two, for "between"), its hedge, and the original wording; or a
    /// range stated with its ends ("more than 100 and fewer than 300"), or a vague amount ("thousands") read as a documented range.</summary>
    /// <remarks>
    /// <para>The figure is what was said; the range it stands for is an interpretation, produced by
    /// <see cref="InterpretationPolicy.Interpret(HedgedFigure)"/>. Keeping both lets a report quote "nearly 7,000" while
    /// computing with [6300, 7000).</para>
    /// <para>A stated range (<see cref="Hedge.Range"/>, made by <see cref="OfRange"/>) and a vague amount
    /// (<see cref="Hedge.Vague"/>, made by <see cref="Vague"/>) carry their range in <see cref="StatedRange"/>; every
    /// policy reads them as that range, with no tolerance. Their <see cref="Value"/> is the lower finite end (the upper
    /// one when the lower is unbounded) and <see cref="UpperValue"/> the upper finite end when both are finite.</para>
    /// <para>Equality compares hedge, values (as decimals), stated range and wording (ordinal).</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class HedgedFigure : IEquatable<HedgedFigure>
    {
        /// <summary>The text <see cref="ToString"/> gives, once written (immutable otherwise; a race only writes the same text twice).</summary>
        private string? _description;

        /// <summary>Creates a figure.</summary>
        /// <param name="hedge">The qualifier.</param>
        /// <param name="value">The figure, or the lower figure of "between".</param>
        /// <param name="upperValue">The upper figure of "between"; must be null for every other hedge.</param>
        /// <param name="wording">The words as the source used them, such as "nearly 7,000"; optional.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="hedge"/> is not defined, or <paramref name="upperValue"/> is below <paramref name="value"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="upperValue"/> is missing for "between" or present for another hedge, or <paramref name="wording"/> is blank.</exception>
        /// <remarks><see cref="Hedge.Range"/> and <see cref="Hedge.Vague"/> are refused here: create them with <see cref="OfRange"/> and <see cref="Vague"/>, which take the range.</remarks>
        public HedgedFigure(Hedge hedge, decimal value, decimal? upperValue = null, string? wording = null)
        {
            Preconditions.Defined(hedge);
            if (hedge is Hedge.Range or Hedge.Vague)
            {
                throw new ArgumentException(
                    $"hedge {hedge} states a range; create it with HedgedFigure.{(hedge == Hedge.Range ? "OfRange" : "Vague")}(range, wording) (value = {NumberText.Format(value)}).", nameof(hedge));
            }

            if (hedge == Hedge.Between)
            {
                if (upperValue is null)
                {
                    throw new ArgumentException($"upperValue is required for \"between\" (value = {NumberText.Format(value)}).", nameof(upperValue));
                }

                if (upperValue.Value < value)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(upperValue),
                        upperValue.Value,
                        $"upperValue ({NumberText.Format(upperValue.Value)}) must not be below value ({NumberText.Format(value)}) in \"between\".");
                }
            }
            else if (upperValue is not null)
            {
                throw new ArgumentException(
                    $"upperValue ({NumberText.Format(upperValue.Value)}) is only allowed with Hedge.Between; hedge is {hedge}.", nameof(upperValue));
            }

            if (wording is not null)
            {
                Preconditions.NotBlank(wording);
            }

            Hedge = hedge;
            Value = value;
            UpperValue = upperValue;
            Wording = wording;
        }

        private HedgedFigure(Hedge hedge, NumericRange range, string? wording)
        {
            if (range.IsEmpty || (range.Lower.IsUnbounded && range.Upper.IsUnbounded))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(range), range, $"range {range} states no figure: a stated range must be non-empty and have at least one finite end.");
            }

            if (wording is not null)
            {
                Preconditions.NotBlank(wording);
            }

            Hedge = hedge;
            StatedRange = range;
            Value = range.Lower.IsUnbounded ? range.Upper.Value : range.Lower.Value;
            UpperValue = range.IsBounded ? range.Upper.Value : null;
            Wording = wording;
        }

        /// <summary>Gets the qualifier.</summary>
        public Hedge Hedge { get; }

        /// <summary>Gets the figure, or the lower figure of "between".</summary>
        public decimal Value { get; }

        /// <summary>Gets the upper figure of "between"; null for every other hedge.</summary>
        public decimal? UpperValue { get; }

        /// <summary>Gets the words as the source used them, if recorded.</summary>
        public string? Wording { get; }

        /// <summary>Gets the range as stated, for <see cref="Hedge.Range"/> and <see cref="Hedge.Vague"/>; null for every other hedge.</summary>
        public NumericRange? StatedRange { get; }

        /// <summary>Creates a figure that is a range stated with its ends: "more than 100 and fewer than 300" is (100, 300).</summary>
        /// <param name="range">The range; non-empty, with at least one finite end.</param>
        /// <param name="wording">The original words; optional.</param>
        /// <returns>The figure, with hedge <see cref="Hedge.Range"/>.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is empty or unbounded at both ends.</exception>
        /// <exception cref="ArgumentException"><paramref name="wording"/> is blank.</exception>
        public static HedgedFigure OfRange(NumericRange range, string? wording = null) => new(Hedge.Range, range, wording);

        /// <summary>Creates a vague amount read as a documented range: "thousands" is [2000, 10000) in the reader's table.</summary>
        /// <param name="range">The range the words stand for; non-empty, with at least one finite end.</param>
        /// <param name="wording">The words ("thousands", "dozens", "a few"); optional.</param>
        /// <returns>The figure, with hedge <see cref="Hedge.Vague"/>.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is empty or unbounded at both ends.</exception>
        /// <exception cref="ArgumentException"><paramref name="wording"/> is blank.</exception>
        public static HedgedFigure Vague(NumericRange range, string? wording = null) => new(Hedge.Vague, range, wording);

        /// <summary>Creates a figure for "between <paramref name="lower"/> and <paramref name="upper"/>".</summary>
        /// <param name="lower">The lower figure.</param>
        /// <param name="upper">The upper figure.</param>
        /// <param name="wording">The original words; optional.</param>
        /// <returns>The figure.</returns>
        public static HedgedFigure Between(decimal lower, decimal upper, string? wording = null) => new(Hedge.Between, lower, upper, wording);

        /// <summary>Creates a figure with a single value.</summary>
        /// <param name="hedge">The qualifier; not <see cref="Hedge.Between"/>.</param>
        /// <param name="value">The figure.</param>
        /// <param name="wording">The original words; optional.</param>
        /// <returns>The figure.</returns>
        public static HedgedFigure Of(Hedge hedge, decimal value, string? wording = null) => new(hedge, value, null, wording);

        /// <summary>Returns a copy with other wording.</summary>
        /// <param name="wording">The new wording, or null to drop it.</param>
        /// <returns>The copy.</returns>
        public HedgedFigure WithWording(string? wording) =>
            StatedRange is { } range ? new(Hedge, range, wording) : new(Hedge, Value, UpperValue, wording);

        /// <inheritdoc />
        public bool Equals(HedgedFigure? other) =>
            other is not null
            && Hedge == other.Hedge
            && Value == other.Value
            && UpperValue == other.UpperValue
            && Nullable.Equals(StatedRange, other.StatedRange)
            && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as HedgedFigure);

        /// <inheritdoc />
        public override int GetHashCode() =>
            HashCodes.Combine((int)Hedge, Value.GetHashCode(), UpperValue.GetHashCode(), Wording is null ? 0 : StringComparer.Ordinal.GetHashCode(Wording));

        /// <summary>Returns a short English rendering such as "nearly 7000", "between 5000 and 6000", "(100, 300)" or "vague [2000, 10000)", in invariant culture.</summary>
        /// <returns>The text.</returns>
        /// <remarks>Written once, when first asked for, and kept: findings and reports quote a figure many times.</remarks>
        public override string ToString() => _description ??= HedgeText.Describe(this);
    }
}

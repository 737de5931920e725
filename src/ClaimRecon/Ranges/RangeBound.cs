using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Ranges
{
    /// <summary>One end of a <see cref="NumericRange"/>: unbounded, or a value that is included (closed) or excluded (open).</summary>
    /// <remarks>
    /// <para>The default value is <see cref="Unbounded"/>.</para>
    /// <para>Equality is exact: two bounds are equal when their kinds are equal and, for bounded kinds, their values are
    /// equal as <see cref="decimal"/> numbers (so 5000 and 5000.0 are equal). A bound does not know whether it is a
    /// lower or an upper end; <see cref="NumericRange"/> gives it that meaning.</para>
    /// <para>This type is an immutable value type and is thread-safe.</para>
    /// </remarks>
    public readonly struct RangeBound : IEquatable<RangeBound>
    {
        private readonly decimal _value;

        private RangeBound(BoundKind kind, decimal value)
        {
            Kind = kind;
            _value = value;
        }

        /// <summary>Gets an end with no limit.</summary>
        public static RangeBound Unbounded => default;

        /// <summary>Gets how this end treats its value.</summary>
        public BoundKind Kind { get; }

        /// <summary>Gets a value indicating whether this end has no limit.</summary>
        public bool IsUnbounded => Kind == BoundKind.Unbounded;

        /// <summary>Gets a value indicating whether the end value belongs to the range.</summary>
        public bool IsClosed => Kind == BoundKind.Closed;

        /// <summary>Gets a value indicating whether the end value is excluded from the range.</summary>
        public bool IsOpen => Kind == BoundKind.Open;

        /// <summary>Gets the end value.</summary>
        /// <exception cref="InvalidOperationException">The bound is <see cref="BoundKind.Unbounded"/>.</exception>
        public decimal Value => Kind == BoundKind.Unbounded
            ? throw new InvalidOperationException("An unbounded end has no value; check IsUnbounded first.")
            : _value;

        /// <summary>Creates an end that includes <paramref name="value"/>.</summary>
        /// <param name="value">The end value.</param>
        /// <returns>The closed bound.</returns>
        public static RangeBound Closed(decimal value) => new(BoundKind.Closed, value);

        /// <summary>Creates an end that excludes <paramref name="value"/>.</summary>
        /// <param name="value">The end value.</param>
        /// <returns>The open bound.</returns>
        public static RangeBound Open(decimal value) => new(BoundKind.Open, value);

        /// <summary>Creates a bounded end from a <see cref="double"/>, rejecting NaN and infinities.</summary>
        /// <param name="value">The end value; must be finite and within the range of <see cref="decimal"/>.</param>
        /// <param name="kind"><see cref="BoundKind.Closed"/> or <see cref="BoundKind.Open"/>.</param>
        /// <returns>The bound, with the value converted to <see cref="decimal"/> (the conversion keeps about 15 significant digits).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or too large, or <paramref name="kind"/> is not closed or open.</exception>
        /// <remarks>An unbounded end is <see cref="Unbounded"/>; an infinite <see cref="double"/> is refused rather than read as "no limit", so a NaN or overflow upstream never silently widens a claim.</remarks>
        public static RangeBound FromDouble(double value, BoundKind kind)
        {
            if (kind != BoundKind.Closed && kind != BoundKind.Open)
            {
                throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind must be Closed or Open for a value; got {kind}. Use RangeBound.Unbounded for no limit.");
            }

            return new RangeBound(kind, Preconditions.Finite(value));
        }

        /// <summary>Compares two bounds for equality.</summary>
        /// <param name="left">The first bound.</param>
        /// <param name="right">The second bound.</param>
        /// <returns><see langword="true"/> if they are equal.</returns>
        public static bool operator ==(RangeBound left, RangeBound right) => left.Equals(right);

        /// <summary>Compares two bounds for inequality.</summary>
        /// <param name="left">The first bound.</param>
        /// <param name="right">The second bound.</param>
        /// <returns><see langword="true"/> if they differ.</returns>
        public static bool operator !=(RangeBound left, RangeBound right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(RangeBound other) =>
            Kind == other.Kind && (Kind == BoundKind.Unbounded || _value == other._value);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is RangeBound other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() =>
            Kind == BoundKind.Unbounded ? 0 : HashCodes.Combine((int)Kind, _value.GetHashCode());

        /// <summary>Returns "unbounded", "closed 5000" or "open 5000" (invariant culture).</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Kind switch
        {
            BoundKind.Closed => "closed " + NumberText.Format(_value),
            BoundKind.Open => "open " + NumberText.Format(_value),
            _ => "unbounded",
        };
    }
}

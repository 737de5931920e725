using System;
using System.Globalization;
using System.Numerics;
using ClaimRecon.Ranges;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>
    /// An exact fraction, written for the tests independently of the library's own exact arithmetic, so that whether
    /// x ∘ y lies in X ∘ Y is decided without the rounding of decimal arithmetic and without the code under test.
    /// </summary>
    public readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
    {
        private Rational(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.Sign == 0)
            {
                throw new DivideByZeroException("Rational with a zero denominator.");
            }

            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            Numerator = numerator;
            Denominator = denominator;
        }

        /// <summary>Gets the numerator.</summary>
        public BigInteger Numerator { get; }

        /// <summary>Gets the denominator (positive).</summary>
        public BigInteger Denominator { get; }

        /// <summary>Gets whether the value is zero.</summary>
        public bool IsZero => Numerator.IsZero;

        /// <summary>The exact value of a decimal, read from its text form.</summary>
        /// <param name="value">The decimal.</param>
        /// <returns>The fraction.</returns>
        public static Rational From(decimal value)
        {
            var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var negative = text.StartsWith("-", StringComparison.Ordinal);
            if (negative)
            {
                text = text.Substring(1);
            }

            var point = text.IndexOf('.');
            var digits = point < 0 ? text : text.Remove(point, 1);
            var scale = point < 0 ? 0 : text.Length - point - 1;
            var numerator = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            return new Rational(negative ? -numerator : numerator, BigInteger.Pow(10, scale));
        }

        public static Rational operator +(Rational a, Rational b) =>
            new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Rational operator -(Rational a, Rational b) =>
            new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        /// <inheritdoc />
        /// <summary>Equal values, whatever the form of the fraction (1/2 == 2/4).</summary>
        public static bool operator ==(Rational left, Rational right) => left.Equals(right);

        /// <summary>Different values.</summary>
        public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

        /// <summary>Orders by value.</summary>
        public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

        /// <summary>Orders by value.</summary>
        public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

        /// <summary>Orders by value.</summary>
        public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

        /// <summary>Orders by value.</summary>
        public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

        /// <inheritdoc/>
        public bool Equals(Rational other) => CompareTo(other) == 0;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Rational other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var gcd = BigInteger.GreatestCommonDivisor(Numerator, Denominator);
            return gcd.IsZero ? 0 : HashCode.Combine(Numerator / gcd, Denominator / gcd);
        }

        public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

        /// <summary>Whether <paramref name="value"/> lies in <paramref name="range"/>, its open and closed ends respected.</summary>
        /// <param name="range">The range.</param>
        /// <param name="value">The exact value.</param>
        /// <returns>Whether it lies inside.</returns>
        public static bool In(NumericRange range, Rational value)
        {
            if (range.IsEmpty)
            {
                return false;
            }

            if (!range.Lower.IsUnbounded)
            {
                var c = value.CompareTo(From(range.Lower.Value));
                if (c < 0 || (c == 0 && range.Lower.IsOpen))
                {
                    return false;
                }
            }

            if (!range.Upper.IsUnbounded)
            {
                var c = value.CompareTo(From(range.Upper.Value));
                if (c > 0 || (c == 0 && range.Upper.IsOpen))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override string ToString() => Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Internal;

namespace ClaimRecon.Units
{
    /// <summary>
    /// What kind of thing a unit measures, as a product of base dimensions with whole exponents:
    /// "USD per person per day" is <c>money:USD·person^-1·time^-1</c>.
    /// </summary>
    /// <remarks>
    /// <para>Base dimensions are named: <c>person</c>, <c>time</c>, <c>length</c>, <c>money:XXX</c> for each ISO 4217
    /// currency (dollars and euros never compare without an exchange rate), <c>percentage-point</c>, and
    /// <c>opaque:name</c> for a caller's own unit. Two quantities can be compared only when their dimensions are equal.</para>
    /// <para>Equality compares the exponent of every base dimension. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Dimension : IEquatable<Dimension>
    {
        private readonly KeyValuePair<string, int>[] _exponents;

        private Dimension(KeyValuePair<string, int>[] exponents) => _exponents = exponents;

        /// <summary>Gets the dimension of pure numbers (ratios, percentages).</summary>
        public static Dimension None { get; } = new(Array.Empty<KeyValuePair<string, int>>());

        /// <summary>Gets the base dimensions with their non-zero exponents, ordered by name.</summary>
        public IReadOnlyList<KeyValuePair<string, int>> Exponents => _exponents;

        /// <summary>Gets a value indicating whether this is <see cref="None"/>.</summary>
        public bool IsDimensionless => _exponents.Length == 0;

        /// <summary>Whether this is time and nothing else (a duration: days, months, years).</summary>
        internal bool IsDuration => _exponents.Length == 1 && _exponents[0].Key == "time" && _exponents[0].Value == 1;

        /// <summary>Creates a base dimension with exponent 1.</summary>
        /// <param name="name">The base dimension's name, such as "person" or "money:USD".</param>
        /// <returns>The dimension.</returns>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank or contains '·' or '^'.</exception>
        public static Dimension Of(string name)
        {
            Preconditions.NotBlank(name);
            if (name.IndexOf('\u00B7') >= 0 || name.IndexOf('^') >= 0)
            {
                throw new ArgumentException($"name must not contain '\u00B7' or '^'; got \"{name}\".", nameof(name));
            }

            return new Dimension(new[] { new KeyValuePair<string, int>(name, 1) });
        }

        /// <summary>
        /// The product of base dimensions raised to their exponents, as repeated <see cref="Multiply"/> of
        /// <see cref="Of"/>(name).<see cref="Pow"/>(exponent) would give it, built in one array (a unit is made for every
        /// rate the number reader reads). Names are trusted (a unit's atoms); an empty name is skipped.
        /// </summary>
        internal static Dimension OfBases(KeyValuePair<string, int>[] bases)
        {
            var exponents = new KeyValuePair<string, int>[bases.Length];
            var count = 0;
            foreach (var b in bases)
            {
                if (b.Key.Length == 0 || b.Value == 0)
                {
                    continue;
                }

                // Insert in ordinal name order, adding to an equal name's exponent.
                var at = 0;
                while (at < count && string.CompareOrdinal(exponents[at].Key, b.Key) < 0)
                {
                    at++;
                }

                if (at < count && string.Equals(exponents[at].Key, b.Key, StringComparison.Ordinal))
                {
                    exponents[at] = new KeyValuePair<string, int>(b.Key, checked(exponents[at].Value + b.Value));
                    continue;
                }

                Array.Copy(exponents, at, exponents, at + 1, count - at);
                exponents[at] = b;
                count++;
            }

            var kept = 0;
            for (var e = 0; e < count; e++)
            {
                if (exponents[e].Value != 0)
                {
                    exponents[kept++] = exponents[e];
                }
            }

            if (kept == 0)
            {
                return None;
            }

            if (kept < exponents.Length)
            {
                Array.Resize(ref exponents, kept);
            }

            return new Dimension(exponents);
        }

        /// <summary>Returns the product of two dimensions (exponents add).</summary>
        /// <param name="other">The other dimension.</param>
        /// <returns>The product.</returns>
        public Dimension Multiply(Dimension other) => Combine(Preconditions.NotNull(other), 1);

        /// <summary>Returns the quotient of two dimensions (exponents subtract).</summary>
        /// <param name="other">The divisor.</param>
        /// <returns>The quotient.</returns>
        public Dimension Divide(Dimension other) => Combine(Preconditions.NotNull(other), -1);

        /// <summary>Returns the dimension raised to a whole power.</summary>
        /// <param name="exponent">The power; may be negative or zero.</param>
        /// <returns>The power.</returns>
        public Dimension Pow(int exponent) =>
            exponent == 0 ? None : new Dimension(_exponents.Select(e => new KeyValuePair<string, int>(e.Key, checked(e.Value * exponent))).ToArray());

        /// <inheritdoc />
        public bool Equals(Dimension? other) =>
            other is not null && _exponents.Length == other._exponents.Length
            && _exponents.Zip(other._exponents, (a, b) => string.Equals(a.Key, b.Key, StringComparison.Ordinal) && a.Value == b.Value).All(x => x);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Dimension);

        /// <inheritdoc />
        public override int GetHashCode() =>
            _exponents.Aggregate(17, (h, e) => HashCodes.Combine(h, StringComparer.Ordinal.GetHashCode(e.Key), e.Value));

        /// <summary>Returns the dimension as <c>money:USD·person^-1·time^-1</c>, or <c>1</c> when dimensionless.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            if (_exponents.Length == 0)
            {
                return "1";
            }

            var text = new StringBuilder();
            foreach (var e in _exponents)
            {
                if (text.Length > 0)
                {
                    text.Append('\u00B7');
                }

                text.Append(e.Key);
                if (e.Value != 1)
                {
                    text.Append('^').Append(e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return text.ToString();
        }

        private Dimension Combine(Dimension other, int sign)
        {
            var a = _exponents;
            var b = other._exponents;
            if (b.Length == 0 && sign == 1)
            {
                return this;
            }

            return new Dimension(ExponentLists.Combine(a, b, sign, name => name));
        }
    }
}

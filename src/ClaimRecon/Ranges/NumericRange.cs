using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ClaimRecon.Internal;

namespace ClaimRecon.Ranges
{
    /// <summary>
    /// A convex set of numbers: each end closed, open or unbounded, such as [5000, 6000], (5000, +inf) or the empty range.
    /// </summary>
    /// <remarks>
    /// <para><b>Values are <see cref="decimal"/>.</b> Claims are counts and sums of money stated in decimal text; decimal
    /// keeps "2.1 million" and "0.3" exact, so a range read from text and written back is the same range. See the guide's
    /// page docs/precision.md.</para>
    /// <para><b>Invariants.</b> A non-empty range has lower ≤ upper; when lower = upper both ends are closed (a single point).
    /// Constructing a range that breaks these rules throws; the only empty range is <see cref="Empty"/>, which operations
    /// such as <see cref="Intersect(NumericRange)"/> return when nothing is left.</para>
    /// <para><b>Equality is structural and exact.</b> Two ranges are equal when both are empty, or when their ends have the
    /// same kinds and equal values. (5000, +inf) and [5001, +inf) are different ranges even though they hold the same whole
    /// numbers; compare <see cref="ToCanonical(ValueDomain)"/> results to ask that question. There is no tolerance:
    /// a tolerance is a claim's interpretation (see <c>ClaimRecon.Hedging</c>), not a property of numbers.</para>
    /// <para><b>Default value.</b> <c>default(NumericRange)</c> is <see cref="Empty"/>, never "everything".</para>
    /// <para>This type is an immutable value type and is thread-safe.</para>
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<NumericRange>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public readonly struct NumericRange : IEquatable<NumericRange>, IFormattable
#if NET8_0_OR_GREATER
        , ISpanFormattable, IParsable<NumericRange>
#endif
    {
        private readonly RangeBound _lower;
        private readonly RangeBound _upper;
        private readonly bool _nonEmpty;

        /// <summary>Creates a non-empty range from its two ends.</summary>
        /// <param name="lower">The lower end.</param>
        /// <param name="upper">The upper end.</param>
        /// <exception cref="ArgumentOutOfRangeException">The lower value is greater than the upper value.</exception>
        /// <exception cref="ArgumentException">Lower and upper values are equal but an end is open, which would make the range empty: use <see cref="Empty"/> for that.</exception>
        public NumericRange(RangeBound lower, RangeBound upper)
        {
            if (!lower.IsUnbounded && !upper.IsUnbounded)
            {
                if (lower.Value > upper.Value)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(lower),
                        lower.Value,
                        $"lower ({NumberText.Format(lower.Value)}) must not be greater than upper ({NumberText.Format(upper.Value)}).");
                }

                if (lower.Value == upper.Value && (lower.IsOpen || upper.IsOpen))
                {
                    throw new ArgumentException(
                        $"A single-point range must have two closed ends; {Describe(lower, upper)} at {NumberText.Format(lower.Value)} would be empty. Use NumericRange.Point for the point or NumericRange.Empty for no values.",
                        lower.IsOpen ? nameof(lower) : nameof(upper));
                }
            }

            _lower = lower;
            _upper = upper;
            _nonEmpty = true;
        }

        private NumericRange(RangeBound lower, RangeBound upper, bool trusted)
        {
            _lower = lower;
            _upper = upper;
            _nonEmpty = trusted;
        }

        /// <summary>Gets the range that holds no value. Its text form is <c>{}</c>.</summary>
        public static NumericRange Empty => default;

        /// <summary>Gets the range of every number, (-inf, +inf).</summary>
        public static NumericRange All => new(RangeBound.Unbounded, RangeBound.Unbounded, true);

        /// <summary>Gets a value indicating whether the range holds no value.</summary>
        public bool IsEmpty => !_nonEmpty;

        /// <summary>Gets the lower end.</summary>
        /// <exception cref="InvalidOperationException">The range is empty.</exception>
        public RangeBound Lower => _nonEmpty ? _lower : throw EmptyHasNoBounds();

        /// <summary>Gets the upper end.</summary>
        /// <exception cref="InvalidOperationException">The range is empty.</exception>
        public RangeBound Upper => _nonEmpty ? _upper : throw EmptyHasNoBounds();

        /// <summary>Gets a value indicating whether the range holds exactly one value.</summary>
        public bool IsPoint => _nonEmpty && !_lower.IsUnbounded && !_upper.IsUnbounded && _lower.Value == _upper.Value;

        /// <summary>Gets a value indicating whether both ends are bounded (an empty range counts as bounded).</summary>
        public bool IsBounded => !_nonEmpty || (!_lower.IsUnbounded && !_upper.IsUnbounded);

        /// <summary>Gets the distance from the lower to the upper value: 0 for a point or the empty range, <see langword="null"/> when an end is unbounded.</summary>
        /// <remarks>Open or closed ends do not change the width: (5000, 6000] has width 1000.</remarks>
        /// <exception cref="OverflowException">The width exceeds what a <see cref="decimal"/> holds (about 7.9e28), as for [decimal.MinValue, decimal.MaxValue].</exception>
        public decimal? Width => !_nonEmpty ? 0m : IsBounded ? _upper.Value - _lower.Value : null;

        /// <summary>Gets the value halfway between the ends, or <see langword="null"/> for an empty or unbounded range.</summary>
        /// <remarks>
        /// A single point is its own midpoint, exactly. Otherwise computed as lower + (upper − lower)/2 when both ends have
        /// the same sign and lower/2 + upper/2 when they differ, neither of which can overflow, even at the decimal limits;
        /// the last of 28 significant digits may be rounded.
        /// </remarks>
        public decimal? Midpoint
        {
            get
            {
                if (!_nonEmpty || !IsBounded)
                {
                    return null;
                }

                decimal lower = _lower.Value, upper = _upper.Value;
                if (lower == upper)
                {
                    return lower;
                }

                return (lower >= 0) == (upper >= 0) ? lower + ((upper - lower) / 2m) : (lower / 2m) + (upper / 2m);
            }
        }

        /// <summary>Creates the range holding only <paramref name="value"/>: [value, value].</summary>
        /// <param name="value">The value.</param>
        /// <returns>The single-point range.</returns>
        public static NumericRange Point(decimal value) => new(RangeBound.Closed(value), RangeBound.Closed(value), true);

        /// <summary>Creates [lower, upper].</summary>
        /// <param name="lower">The lower value, included.</param>
        /// <param name="upper">The upper value, included.</param>
        /// <returns>The closed range.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
        public static NumericRange Closed(decimal lower, decimal upper) => new(RangeBound.Closed(lower), RangeBound.Closed(upper));

        /// <summary>Creates (lower, upper).</summary>
        /// <param name="lower">The lower value, excluded.</param>
        /// <param name="upper">The upper value, excluded.</param>
        /// <returns>The open range.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
        /// <exception cref="ArgumentException">The values are equal.</exception>
        public static NumericRange Open(decimal lower, decimal upper) => new(RangeBound.Open(lower), RangeBound.Open(upper));

        /// <summary>Creates [value, +inf): "at least value".</summary>
        /// <param name="value">The lower value, included.</param>
        /// <returns>The range.</returns>
        public static NumericRange AtLeast(decimal value) => new(RangeBound.Closed(value), RangeBound.Unbounded, true);

        /// <summary>Creates (value, +inf): "more than value".</summary>
        /// <param name="value">The lower value, excluded.</param>
        /// <returns>The range.</returns>
        public static NumericRange GreaterThan(decimal value) => new(RangeBound.Open(value), RangeBound.Unbounded, true);

        /// <summary>Creates (-inf, value]: "at most value".</summary>
        /// <param name="value">The upper value, included.</param>
        /// <returns>The range.</returns>
        public static NumericRange AtMost(decimal value) => new(RangeBound.Unbounded, RangeBound.Closed(value), true);

        /// <summary>Creates (-inf, value): "less than value".</summary>
        /// <param name="value">The upper value, excluded.</param>
        /// <returns>The range.</returns>
        public static NumericRange LessThan(decimal value) => new(RangeBound.Unbounded, RangeBound.Open(value), true);

        /// <summary>Compares two ranges for structural equality.</summary>
        /// <param name="left">The first range.</param>
        /// <param name="right">The second range.</param>
        /// <returns><see langword="true"/> if they are equal.</returns>
        public static bool operator ==(NumericRange left, NumericRange right) => left.Equals(right);

        /// <summary>Compares two ranges for structural inequality.</summary>
        /// <param name="left">The first range.</param>
        /// <param name="right">The second range.</param>
        /// <returns><see langword="true"/> if they differ.</returns>
        public static bool operator !=(NumericRange left, NumericRange right) => !left.Equals(right);

        /// <summary>Determines whether <paramref name="value"/> lies in the range.</summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> if the range holds the value.</returns>
        public bool Contains(decimal value)
        {
            if (!_nonEmpty)
            {
                return false;
            }

            var point = RangeBound.Closed(value);
            return EndpointOrder.CompareLower(_lower, point) <= 0 && EndpointOrder.CompareUpper(point, _upper) <= 0;
        }

        /// <summary>Determines whether every value of <paramref name="other"/> lies in this range.</summary>
        /// <param name="other">The range to test.</param>
        /// <returns><see langword="true"/> if <paramref name="other"/> is a subset of this range; always for an empty <paramref name="other"/>.</returns>
        public bool Contains(NumericRange other)
        {
            if (other.IsEmpty)
            {
                return true;
            }

            return _nonEmpty
                && EndpointOrder.CompareLower(_lower, other._lower) <= 0
                && EndpointOrder.CompareUpper(other._upper, _upper) <= 0;
        }

        /// <summary>Determines whether the two ranges share at least one value.</summary>
        /// <param name="other">The other range.</param>
        /// <returns><see langword="true"/> if the intersection is not empty.</returns>
        public bool Overlaps(NumericRange other) => !Intersect(other).IsEmpty;

        /// <summary>Returns the values that lie in both ranges; <see cref="Empty"/> when there are none.</summary>
        /// <param name="other">The other range.</param>
        /// <returns>The intersection.</returns>
        public NumericRange Intersect(NumericRange other)
        {
            if (!_nonEmpty || other.IsEmpty)
            {
                return Empty;
            }

            var lower = EndpointOrder.CompareLower(_lower, other._lower) >= 0 ? _lower : other._lower;
            var upper = EndpointOrder.CompareUpper(_upper, other._upper) <= 0 ? _upper : other._upper;
            return EndpointOrder.CompareLowerToUpper(lower, upper) <= 0 ? new NumericRange(lower, upper, true) : Empty;
        }

        /// <summary>Returns the smallest range that holds both ranges (their convex hull), including any gap between them.</summary>
        /// <param name="other">The other range.</param>
        /// <returns>The hull; the other range when one of them is empty.</returns>
        public NumericRange Hull(NumericRange other)
        {
            if (!_nonEmpty)
            {
                return other;
            }

            if (other.IsEmpty)
            {
                return this;
            }

            var lower = EndpointOrder.CompareLower(_lower, other._lower) <= 0 ? _lower : other._lower;
            var upper = EndpointOrder.CompareUpper(_upper, other._upper) >= 0 ? _upper : other._upper;
            return new NumericRange(lower, upper, true);
        }

        /// <summary>Returns the values that lie strictly between two disjoint ranges.</summary>
        /// <param name="other">The other range.</param>
        /// <returns>
        /// The gap, with each end closed where the neighbouring range's end is open and vice versa: the gap between
        /// [1, 2] and [5, 6] is (2, 5). <see cref="Empty"/> when the ranges overlap, touch (as [1, 2) and [2, 3] do), or
        /// either is empty.
        /// </returns>
        public NumericRange Gap(NumericRange other)
        {
            if (!_nonEmpty || other.IsEmpty || Overlaps(other))
            {
                return Empty;
            }

            var (first, second) = EndpointOrder.CompareUpper(_upper, other._upper) < 0 ? (this, other) : (other, this);
            var lower = first._upper.IsOpen ? RangeBound.Closed(first._upper.Value) : RangeBound.Open(first._upper.Value);
            var upper = second._lower.IsOpen ? RangeBound.Closed(second._lower.Value) : RangeBound.Open(second._lower.Value);
            return EndpointOrder.CompareLowerToUpper(lower, upper) <= 0 ? new NumericRange(lower, upper, true) : Empty;
        }

        /// <summary>Returns the width of the <see cref="Gap(NumericRange)"/> between the ranges: 0 when they overlap or touch.</summary>
        /// <param name="other">The other range.</param>
        /// <returns>The distance between the nearest ends; <see cref="decimal.MaxValue"/> when it is larger than a decimal holds (ends near opposite limits, about ±7.9e28).</returns>
        /// <exception cref="ArgumentException">Either range is empty, so no distance is defined.</exception>
        public decimal DistanceTo(NumericRange other)
        {
            if (!_nonEmpty || other.IsEmpty)
            {
                throw new ArgumentException($"The distance to or from an empty range is undefined (this = {this}, other = {other}).", nameof(other));
            }

            var gap = Gap(other);
            if (gap.IsEmpty)
            {
                return 0m;
            }

            var lower = gap._lower.Value;
            var upper = gap._upper.Value;
            return lower < 0 && upper > decimal.MaxValue + lower ? decimal.MaxValue : upper - lower;
        }

        /// <summary>
        /// Restricts the range to <paramref name="domain"/> and, for whole-number domains, replaces each end by the nearest
        /// whole number inside the range, closed: "more than 5,000" people, (5000, +inf), becomes [5001, +inf).
        /// </summary>
        /// <param name="domain">The values the quantity can take.</param>
        /// <returns>The canonical range; <see cref="Empty"/> when no value of the domain is left (as for (5, 6) on whole numbers).</returns>
        /// <remarks>The result is idempotent: canonicalising a canonical range returns it unchanged.</remarks>
        public NumericRange ToCanonical(ValueDomain domain)
        {
            Preconditions.Defined(domain);
            var range = this;
            if (domain is ValueDomain.NonNegativeReal or ValueDomain.NonNegativeInteger)
            {
                range = range.Intersect(AtLeast(0m));
            }

            if (range.IsEmpty || domain is ValueDomain.Real or ValueDomain.NonNegativeReal)
            {
                return range;
            }

            var lower = range._lower;
            if (!lower.IsUnbounded)
            {
                var v = lower.Value;
                var whole = decimal.Floor(v);
                if (whole == decimal.MaxValue || (whole == v && lower.IsOpen && v > decimal.MaxValue - 1))
                {
                    return Empty;
                }

                lower = RangeBound.Closed(whole == v ? (lower.IsOpen ? v + 1 : v) : whole + 1);
            }

            var upper = range._upper;
            if (!upper.IsUnbounded)
            {
                var v = upper.Value;
                var whole = decimal.Ceiling(v);
                if (whole == decimal.MinValue || (whole == v && upper.IsOpen && v < decimal.MinValue + 1))
                {
                    return Empty;
                }

                upper = RangeBound.Closed(whole == v ? (upper.IsOpen ? v - 1 : v) : whole - 1);
            }

            return EndpointOrder.CompareLowerToUpper(lower, upper) <= 0 ? new NumericRange(lower, upper, true) : Empty;
        }

        /// <summary>Parses the interval notation written by <see cref="ToString()"/>.</summary>
        /// <param name="text">Text such as <c>[5000, 6000]</c>, <c>(5000, +inf)</c>, <c>(-inf, 7000)</c> or <c>{}</c>.</param>
        /// <returns>The range.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not a valid range; the message quotes it and says what is wrong.</exception>
        public static NumericRange Parse(string text)
        {
            Preconditions.NotNull(text);
            return TryParse(text, out var range, out var error) ? range : throw new FormatException(error);
        }

        /// <summary>Tries to parse the interval notation written by <see cref="ToString()"/>.</summary>
        /// <param name="text">The text.</param>
        /// <param name="range">The range, when parsing succeeds.</param>
        /// <returns><see langword="true"/> when <paramref name="text"/> is a valid range.</returns>
        public static bool TryParse([NotNullWhen(true)] string? text, out NumericRange range) => TryParse(text, out range, out _);

        internal static bool TryParse(string? text, out NumericRange range, out string error)
        {
            range = Empty;
            if (text is null)
            {
                error = "range text is null";
                return false;
            }

            var t = text.Trim();
            if (t == "{}" || t == "\u2205")
            {
                error = string.Empty;
                return true;
            }

            if (t.Length < 5 || (t[0] != '[' && t[0] != '(') || (t[t.Length - 1] != ']' && t[t.Length - 1] != ')'))
            {
                error = $"\"{text}\" is not a range: expected interval notation such as [5000, 6000], (5000, +inf) or {{}}";
                return false;
            }

            var parts = t.Substring(1, t.Length - 2).Split(',');
            if (parts.Length != 2)
            {
                error = $"\"{text}\" is not a range: expected exactly one comma between the two ends (no thousands separators)";
                return false;
            }

            if (!TryParseEnd(text, parts[0].Trim(), t[0] == '[', isLower: true, out var lower, out error)
                || !TryParseEnd(text, parts[1].Trim(), t[t.Length - 1] == ']', isLower: false, out var upper, out error))
            {
                return false;
            }

            try
            {
                range = new NumericRange(lower, upper);
            }
            catch (ArgumentException e)
            {
                error = $"\"{text}\" is not a valid range: {FirstSentence(e.Message)}";
                return false;
            }

            error = string.Empty;
            return true;
        }

        /// <summary>Determines whether both ranges hold the same values of <paramref name="domain"/>.</summary>
        /// <param name="other">The other range.</param>
        /// <param name="domain">The domain both are read in.</param>
        /// <returns><see langword="true"/> when the canonical forms are equal: (5000, 6000] and [5001, 6000] are equal on whole numbers.</returns>
        public bool Equals(NumericRange other, ValueDomain domain) => ToCanonical(domain).Equals(other.ToCanonical(domain));

        /// <inheritdoc />
        public bool Equals(NumericRange other) =>
            _nonEmpty == other._nonEmpty && (!_nonEmpty || (_lower.Equals(other._lower) && _upper.Equals(other._upper)));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is NumericRange other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _nonEmpty ? HashCodes.Combine(_lower.GetHashCode(), _upper.GetHashCode()) : 0;

        /// <summary>
        /// Returns the range in interval notation, invariant culture: <c>[5000, 6000]</c>, <c>(5000, +inf)</c>,
        /// <c>(-inf, 7000)</c>, <c>[7000, 7000]</c>, and <c>{}</c> for the empty range. Numbers have no grouping, no exponent
        /// and no trailing zeros. <see cref="Parse(string)"/> reads this form back to an equal range.
        /// </summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            if (!_nonEmpty)
            {
                return "{}";
            }

            var lower = _lower.IsUnbounded ? "(-inf" : (_lower.IsClosed ? "[" : "(") + NumberText.Format(_lower.Value);
            var upper = _upper.IsUnbounded ? "+inf)" : NumberText.Format(_upper.Value) + (_upper.IsClosed ? "]" : ")");
            return lower + ", " + upper;
        }

        /// <summary>
        /// Returns the range in interval notation with each end formatted by <paramref name="format"/> and
        /// <paramref name="formatProvider"/>, as <see cref="decimal.ToString(string, IFormatProvider)"/> formats it:
        /// <c>$"{NumericRange.Closed(5000, 6000):N0}"</c> gives <c>[5,000, 6,000]</c> in English cultures,
        /// <c>{range:F2}</c> two decimals, and custom numeric formats work too.
        /// </summary>
        /// <param name="format">
        /// Null, empty or "G" for the invariant form of <see cref="ToString()"/> (which <see cref="Parse(string)"/> reads
        /// back), whatever the provider; otherwise a standard or custom numeric format applied to each finite end.
        /// </param>
        /// <param name="formatProvider">The culture or number format for the ends; null for the current culture.</param>
        /// <returns>The text. Unbounded ends are <c>-inf</c> and <c>+inf</c>, the empty range <c>{}</c>. When the provider's
        /// decimal separator is a comma, the ends are separated by <c>"; "</c> so the text stays unambiguous.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format; the message names it.</exception>
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            if (string.IsNullOrEmpty(format) || format == "G" || !_nonEmpty)
            {
                return ToString();
            }

            var numbers = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.CurrentCulture);
            var separator = numbers.NumberDecimalSeparator == "," || numbers.CurrencyDecimalSeparator == "," ? "; " : ", ";
            try
            {
                var lower = _lower.IsUnbounded ? "(-inf" : (_lower.IsClosed ? "[" : "(") + _lower.Value.ToString(format, numbers);
                var upper = _upper.IsUnbounded ? "+inf)" : _upper.Value.ToString(format, numbers) + (_upper.IsClosed ? "]" : ")");
                return lower + separator + upper;
            }
            catch (FormatException e)
            {
                throw new FormatException($"\"{format}\" is not a numeric format for a NumericRange's ends: {e.Message}", e);
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>Writes the range into a span, as <see cref="ToString(string, IFormatProvider)"/> formats it.</summary>
        /// <param name="destination">Where to write.</param>
        /// <param name="charsWritten">How many characters were written; 0 when the text does not fit.</param>
        /// <param name="format">Empty or "G" for the invariant form, otherwise a numeric format for each end.</param>
        /// <param name="provider">The culture or number format; null for the current culture.</param>
        /// <returns>Whether the text fitted.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TextForms.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

        /// <summary>Parses the invariant interval notation, as <see cref="Parse(string)"/> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the notation is invariant (no grouping, '.' for decimals).</param>
        /// <returns>The range.</returns>
        static NumericRange IParsable<NumericRange>.Parse(string s, IFormatProvider? provider) => Parse(s);

        /// <summary>Tries to parse the invariant interval notation, as <see cref="TryParse(string, out NumericRange)"/> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the notation is invariant.</param>
        /// <param name="result">The range, on success.</param>
        /// <returns>Whether the text was read.</returns>
        static bool IParsable<NumericRange>.TryParse(string? s, IFormatProvider? provider, out NumericRange result) => TryParse(s, out result);
#endif

        private static bool TryParseEnd(string text, string token, bool closed, bool isLower, out RangeBound bound, out string error)
        {
            bound = RangeBound.Unbounded;
            error = string.Empty;
            var side = isLower ? "lower" : "upper";
            var infinite = isLower
                ? token is "-inf" or "-\u221E"
                : token is "+inf" or "inf" or "+\u221E" or "\u221E";
            if (infinite)
            {
                if (closed)
                {
                    error = $"\"{text}\" is not a valid range: an unbounded {side} end must be written with a parenthesis, since infinity is never a member";
                    return false;
                }

                return true;
            }

            if (!NumberText.TryParse(token, out var value))
            {
                error = $"\"{text}\" is not a valid range: {side} end {NumberText.WhyNotANumber(token)}";
                return false;
            }

            bound = closed ? RangeBound.Closed(value) : RangeBound.Open(value);
            return true;
        }

        private static string Describe(RangeBound lower, RangeBound upper) =>
            (lower.IsOpen ? "an open lower end" : "a closed lower end") + " with " + (upper.IsOpen ? "an open upper end" : "a closed upper end");

        private static string FirstSentence(string message)
        {
            var index = message.IndexOf(Environment.NewLine, StringComparison.Ordinal);
            return index < 0 ? message : message.Substring(0, index);
        }

        private static InvalidOperationException EmptyHasNoBounds() =>
            new("The empty range has no bounds; check IsEmpty first.");
    }
}

using System;
using System.Globalization;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>A run of characters in an article's text: where it starts and the characters themselves.</summary>
    /// <remarks>
    /// <para>Offsets count UTF-16 code units, <see cref="Start"/> included and <see cref="End"/> excluded, so
    /// <c>article.Text.Substring(span.Start, span.Length) == span.Text</c>. The default value is the empty span at 0.</para>
    /// <para>Equality compares the start and the text. This type is immutable and thread-safe.</para>
    /// </remarks>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        private readonly string? _text;

        /// <summary>Creates a span.</summary>
        /// <param name="start">The offset of the first character.</param>
        /// <param name="text">The characters.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public TextSpan(int start, string text)
        {
            if (start < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(start), start, $"start must not be negative; got {start.ToString(CultureInfo.InvariantCulture)}.");
            }

            Start = start;
            _text = Preconditions.NotNull(text);
        }

        /// <summary>Gets the offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Gets the characters of the span.</summary>
        public string Text => _text ?? string.Empty;

        /// <summary>Gets the number of characters.</summary>
        public int Length => Text.Length;

        /// <summary>Gets the offset just after the last character.</summary>
        public int End => Start + Length;

        /// <summary>Tests two spans for equality.</summary>
        /// <param name="left">The first span.</param>
        /// <param name="right">The second span.</param>
        /// <returns><see langword="true"/> when start and text are equal.</returns>
        public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

        /// <summary>Tests two spans for inequality.</summary>
        /// <param name="left">The first span.</param>
        /// <param name="right">The second span.</param>
        /// <returns><see langword="true"/> when start or text differ.</returns>
        public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

        /// <summary>Gets whether <paramref name="offset"/> lies in this span.</summary>
        /// <param name="offset">A character offset.</param>
        /// <returns><see langword="true"/> when <see cref="Start"/> ≤ offset &lt; <see cref="End"/>.</returns>
        public bool Contains(int offset) => offset >= Start && offset < End;

        /// <inheritdoc />
        public bool Equals(TextSpan other) => Start == other.Start && string.Equals(Text, other.Text, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(Start, StringComparer.Ordinal.GetHashCode(Text));

        /// <summary>Returns the text in quotation marks with its offsets, such as <c>"told" [120, 124)</c>.</summary>
        /// <returns>The text form (invariant culture).</returns>
        public override string ToString() => FormattableString.Invariant($"\"{Text}\" [{Start}, {End})");

        internal static TextSpan Of(string text, int start, int end) => new(start, text.Substring(start, end - start));
    }
}

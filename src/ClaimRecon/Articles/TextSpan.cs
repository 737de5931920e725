using System;
using System.Globalization;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>A run of characters in an article's text: where it starts and the characters themselves.</summary>
    /// <remarks>
    /// <para>Offsets count UTF-16 code units, <see cref="Start"/> included and <see cref="End"/> excluded, so
    /// <c>article.Text.Substring(span.Start, span.Length) == span.Text</c>. The default value is the empty span at 0.</para>
    /// <para>A span read from an article shares the article's text instead of copying it, so holding many spans of a long
    /// quotation costs no more memory than the text itself; <see cref="Text"/> copies the characters when asked.</para>
    /// <para>Equality compares the start and the text. This type is immutable and thread-safe.</para>
    /// </remarks>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        private readonly string? _source;
        private readonly int _offset;

        /// <summary>Creates a span.</summary>
        /// <param name="start">The offset of the first character.</param>
        /// <param name="text">The characters.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public TextSpan(int start, string text)
            : this(start, Preconditions.NotNull(text), 0, text.Length)
        {
            if (start < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(start), start, $"start must not be negative; got {start.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        /// <summary>A span that refers to <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="offset"/>, without copying them.</summary>
        private TextSpan(int start, string source, int offset, int length)
        {
            Start = start;
            _source = source;
            _offset = offset;
            Length = length;
        }

        /// <summary>Gets the offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Gets the characters of the span (copied from the article's text on each call).</summary>
        public string Text => _source is null ? string.Empty : _offset == 0 && Length == _source.Length ? _source : _source.Substring(_offset, Length);

        /// <summary>Gets the number of characters.</summary>
        public int Length { get; }

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
        public bool Equals(TextSpan other) =>
            Start == other.Start && Length == other.Length
            && (Length == 0 || string.CompareOrdinal(_source, _offset, other._source, other._offset, Length) == 0);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(Start, Length);

        /// <summary>Returns the text in quotation marks with its offsets, such as <c>"told" [120, 124)</c>.</summary>
        /// <returns>The text form (invariant culture).</returns>
        public override string ToString() => FormattableString.Invariant($"\"{Text}\" [{Start}, {End})");

#if NET
        /// <summary>Gets the characters of the span without copying them.</summary>
        internal ReadOnlySpan<char> Chars => _source is null ? default : _source.AsSpan(_offset, Length);
#endif

        /// <summary>The span [start, end) of an article's text, sharing the text rather than copying it.</summary>
        internal static TextSpan Of(string text, int start, int end) => new(start, text, start, end - start);
    }
}

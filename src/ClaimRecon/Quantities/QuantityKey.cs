using System;
using System.Diagnostics.CodeAnalysis;
using ClaimRecon.Internal;

namespace ClaimRecon.Quantities
{
    /// <summary>
    /// The stable identity of a quantity: what it is about (<see cref="Subject"/>) and what is measured
    /// (<see cref="Measure"/>), written <c>subject/measure</c>, such as <c>isis-detainees-syria-iraq/transferred</c>.
    /// </summary>
    /// <remarks>
    /// <para>Claims are compared only when their keys are equal. Keys are case-sensitive (ordinal) and trimmed; neither
    /// part may contain '/' or be blank. Ordering is ordinal by subject, then measure, so results grouped by key come
    /// out in a stable order.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed partial class QuantityKey : IEquatable<QuantityKey>, IComparable<QuantityKey>
    {
        /// <summary>The text form, once written (a key is immutable; a race only writes the same text twice).</summary>
        private string? _text;

        /// <summary>Creates a key.</summary>
        /// <param name="subject">What the figure is about.</param>
        /// <param name="measure">What is measured about it.</param>
        /// <exception cref="ArgumentException">A part is blank or contains '/'.</exception>
        public QuantityKey(string subject, string measure)
        {
            Subject = CheckPart(subject, nameof(subject));
            Measure = CheckPart(measure, nameof(measure));
        }

        /// <summary>Gets what the figure is about.</summary>
        public string Subject { get; }

        /// <summary>Gets what is measured.</summary>
        public string Measure { get; }

        /// <summary>Parses <c>subject/measure</c>.</summary>
        /// <param name="text">The key text.</param>
        /// <returns>The key.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not two non-blank parts separated by one '/'; the message quotes it.</exception>
        public static QuantityKey Parse(string text)
        {
            Preconditions.NotNull(text);
            return TryParse(text, out var key)
                ? key
                : throw new FormatException($"\"{text}\" is not a quantity key: expected subject/measure with exactly one '/'.");
        }

        /// <summary>Tries to parse <c>subject/measure</c>.</summary>
        /// <param name="text">The key text.</param>
        /// <param name="key">The key, on success.</param>
        /// <returns><see langword="true"/> on success.</returns>
        public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out QuantityKey? key)
        {
            key = null;
            var parts = text?.Split('/');
            if (parts is null || parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                return false;
            }

            key = new QuantityKey(parts[0], parts[1]);
            return true;
        }

        /// <summary>Compares two keys for equality.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> if equal.</returns>
        public static bool operator ==(QuantityKey? left, QuantityKey? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two keys for inequality.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> if they differ.</returns>
        public static bool operator !=(QuantityKey? left, QuantityKey? right) => !(left == right);

        /// <summary>Orders two keys.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> if <paramref name="left"/> sorts first.</returns>
        public static bool operator <(QuantityKey? left, QuantityKey? right) => Compare(left, right) < 0;

        /// <summary>Orders two keys.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> if <paramref name="left"/> sorts last.</returns>
        public static bool operator >(QuantityKey? left, QuantityKey? right) => Compare(left, right) > 0;

        /// <summary>Orders two keys.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
        public static bool operator <=(QuantityKey? left, QuantityKey? right) => Compare(left, right) <= 0;

        /// <summary>Orders two keys.</summary>
        /// <param name="left">The first key.</param>
        /// <param name="right">The second key.</param>
        /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
        public static bool operator >=(QuantityKey? left, QuantityKey? right) => Compare(left, right) >= 0;

        /// <inheritdoc />
        public int CompareTo(QuantityKey? other)
        {
            if (other is null)
            {
                return 1;
            }

            var bySubject = string.CompareOrdinal(Subject, other.Subject);
            return bySubject != 0 ? bySubject : string.CompareOrdinal(Measure, other.Measure);
        }

        /// <inheritdoc />
        public bool Equals(QuantityKey? other) =>
            other is not null && string.Equals(Subject, other.Subject, StringComparison.Ordinal) && string.Equals(Measure, other.Measure, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as QuantityKey);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Subject), StringComparer.Ordinal.GetHashCode(Measure));

        /// <summary>Returns <c>subject/measure</c>.</summary>
        /// <returns>The key text.</returns>
        public override string ToString() => _text ??= Subject + "/" + Measure;

        private static int Compare(QuantityKey? left, QuantityKey? right) =>
            left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

        private static string CheckPart(string value, string name)
        {
            Preconditions.NotBlank(value, name);
            if (value.IndexOf('/') >= 0)
            {
                throw new ArgumentException($"{name} must not contain '/'; got \"{value}\".", name);
            }

            return value.Trim();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>How <see cref="QuantityAlignment"/> decides that mentions measure the same thing: a similarity threshold and the caller's pins and splits.</summary>
    /// <remarks>
    /// <para>A pin puts two mentions in one quantity whatever the rules say; a split keeps two mentions apart (and so the
    /// quantities they end up in). Mentions are named by <see cref="MentionIdentity.Id"/>. A pin and a split of the
    /// same pair is an error when aligning.</para>
    /// <para>Immutable and thread-safe; every <c>With…</c>, <see cref="Pin"/> and <see cref="Split"/> returns a new instance.</para>
    /// </remarks>
    public sealed class AlignmentOptions
    {
        /// <summary>The default threshold, 0.75: same head class, same event, no conflicting qualifier (see <see cref="QuantityAlignment.Similarity"/>).</summary>
        public const double DefaultThreshold = 0.75;

        private readonly KeyValuePair<string, string>[] _pins;
        private readonly KeyValuePair<string, string>[] _splits;

        private AlignmentOptions(double threshold, KeyValuePair<string, string>[] pins, KeyValuePair<string, string>[] splits)
        {
            Threshold = threshold;
            _pins = pins;
            _splits = splits;
        }

        /// <summary>Gets the default options: threshold <see cref="DefaultThreshold"/>, no pins, no splits.</summary>
        public static AlignmentOptions Default { get; } = new(DefaultThreshold, Array.Empty<KeyValuePair<string, string>>(), Array.Empty<KeyValuePair<string, string>>());

        /// <summary>Gets the similarity two mentions need, in (0, 1], to be aligned without a pin.</summary>
        public double Threshold { get; }

        /// <summary>Gets the pairs of mention identifiers the caller put together.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Pins => _pins;

        /// <summary>Gets the pairs of mention identifiers the caller kept apart.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Splits => _splits;

        /// <summary>Returns a copy with another threshold.</summary>
        /// <param name="threshold">The similarity needed, in (0, 1].</param>
        /// <returns>The options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1]; the message gives it.</exception>
        public AlignmentOptions WithThreshold(double threshold)
        {
            if (!(threshold > 0 && threshold <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold must be in (0, 1].");
            }

            return new AlignmentOptions(threshold, _pins, _splits);
        }

        /// <summary>Returns a copy that puts two mentions in one quantity.</summary>
        /// <param name="mentionId">One mention's <see cref="MentionIdentity.Id"/>.</param>
        /// <param name="otherMentionId">The other's.</param>
        /// <returns>The options.</returns>
        /// <exception cref="ArgumentException">An identifier is blank, or both are the same.</exception>
        public AlignmentOptions Pin(string mentionId, string otherMentionId) =>
            new(Threshold, _pins.Append(Pair(mentionId, otherMentionId)).ToArray(), _splits);

        /// <summary>Returns a copy that keeps two mentions in different quantities.</summary>
        /// <param name="mentionId">One mention's <see cref="MentionIdentity.Id"/>.</param>
        /// <param name="otherMentionId">The other's.</param>
        /// <returns>The options.</returns>
        /// <exception cref="ArgumentException">An identifier is blank, or both are the same.</exception>
        public AlignmentOptions Split(string mentionId, string otherMentionId) =>
            new(Threshold, _pins, _splits.Append(Pair(mentionId, otherMentionId)).ToArray());

        private static KeyValuePair<string, string> Pair(string a, string b)
        {
            Preconditions.NotBlank(a);
            Preconditions.NotBlank(b);
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A mention cannot be paired with itself; got \"{a}\" twice.", nameof(b));
            }

            return new KeyValuePair<string, string>(a.Trim(), b.Trim());
        }
    }
}

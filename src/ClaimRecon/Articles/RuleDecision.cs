using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>Which rule decided one part of an attribution, and on what words, so the decision can be explained and overruled.</summary>
    /// <remarks>
    /// <para><see cref="Rule"/> is a stable, dotted name (such as <c>source.verb.subject-before</c> or
    /// <c>stance.denial-verb</c>); the rules are listed in the documentation of <see cref="ArticleReader"/>.</para>
    /// <para>Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class RuleDecision : IEquatable<RuleDecision>
    {
        /// <summary>Creates a decision.</summary>
        /// <param name="part">The part decided.</param>
        /// <param name="rule">The rule's stable name.</param>
        /// <param name="evidence">The words the rule read; null when it read none (a default).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not defined.</exception>
        /// <exception cref="ArgumentException"><paramref name="rule"/> is blank.</exception>
        public RuleDecision(AttributionPart part, string rule, TextSpan? evidence = null)
        {
            Part = Preconditions.Defined(part);
            Rule = Preconditions.NotBlank(rule);
            Evidence = evidence;
        }

        /// <summary>Gets the part decided.</summary>
        public AttributionPart Part { get; }

        /// <summary>Gets the rule's stable name.</summary>
        public string Rule { get; }

        /// <summary>Gets the words the rule read, if any.</summary>
        public TextSpan? Evidence { get; }

        /// <inheritdoc />
        public bool Equals(RuleDecision? other) =>
            other is not null && Part == other.Part && string.Equals(Rule, other.Rule, StringComparison.Ordinal) && Nullable.Equals(Evidence, other.Evidence);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as RuleDecision);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine((int)Part, StringComparer.Ordinal.GetHashCode(Rule));

        /// <summary>Returns "Part: rule on "words"".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Part}: {Rule}" + (Evidence is { } e ? $" on \u201C{e.Text}\u201D" : string.Empty);
    }
}

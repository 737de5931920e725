using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// A relation between quantities that an article's text implies ("the daily cost of each ..." × a count = the daily
    /// cost; a daily figure × days = the monthly one; "30 percent" of a total = a part), proposed for review: it is never
    /// asserted silently. It carries the sentence and the mentions that imply it, and the rule that proposed it.
    /// </summary>
    /// <remarks>The <see cref="Relation"/>'s name starts with "proposed:", so every finding it leads to says so. Immutable and thread-safe.</remarks>
    public sealed class ProposedRelation
    {
        private readonly MentionIdentity[] _mentions;

        internal ProposedRelation(DerivedRelation relation, string rule, string articleId, int sentenceStart, string sentence, IEnumerable<MentionIdentity> mentions)
        {
            Relation = relation;
            Rule = rule;
            ArticleId = articleId;
            SentenceStart = sentenceStart;
            Sentence = sentence;
            _mentions = mentions.ToArray();
        }

        /// <summary>Gets the relation, named "proposed: ..." after its rule.</summary>
        public DerivedRelation Relation { get; }

        /// <summary>Gets the rule that proposed it, in words.</summary>
        public string Rule { get; }

        /// <summary>Gets the article whose text implies it.</summary>
        public string ArticleId { get; }

        /// <summary>Gets the offset of <see cref="Sentence"/> in the article.</summary>
        public int SentenceStart { get; }

        /// <summary>Gets the sentence that implies the relation (the one with its target figure).</summary>
        public string Sentence { get; }

        /// <summary>Gets the mentions it relates: the target's first, then the operands'.</summary>
        public IReadOnlyList<MentionIdentity> Mentions => _mentions;

        /// <summary>Returns "proposed: formula (rule)".</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => "proposed: " + Relation + " (" + Rule + ")";
    }
}

using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Claims;
using ClaimRecon.Reporting;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// What <see cref="ArticleReconciler"/> made of some articles: every figure's attribution and identity, the
    /// quantities aligned across articles, the claims, the relations proposed, and the reconciliation report.
    /// </summary>
    /// <remarks>
    /// Nothing read is dropped: every figure of every article is a claim (<see cref="ClaimIdOf"/>), including figures
    /// whose quantity was not recognised, which get a quantity of their own and are listed in <see cref="Unrecognised"/>.
    /// Immutable and thread-safe.
    /// </remarks>
    public sealed class ArticleReconciliation
    {
        private readonly Dictionary<string, string> _claimIds;

        internal ArticleReconciliation(
            IReadOnlyList<ArticleReading> readings,
            IReadOnlyList<MentionIdentity> mentions,
            QuantityAlignment alignment,
            ClaimSet claims,
            Dictionary<string, string> claimIds,
            ReconciliationReport report)
        {
            Readings = readings;
            Mentions = mentions;
            Alignment = alignment;
            Claims = claims;
            _claimIds = claimIds;
            Report = report;
        }

        /// <summary>Gets each article's reading (attribution of every figure), in the order given.</summary>
        public IReadOnlyList<ArticleReading> Readings { get; }

        /// <summary>Gets every figure's identity, article by article, in text order.</summary>
        public IReadOnlyList<MentionIdentity> Mentions { get; }

        /// <summary>Gets the quantities found and the mentions in each.</summary>
        public QuantityAlignment Alignment { get; }

        /// <summary>Gets the claims, sources and quantities, ready to save as JSON for review.</summary>
        public ClaimSet Claims { get; }

        /// <summary>Gets the relations the articles imply, each with its sentence, proposed for review.</summary>
        public IReadOnlyList<ProposedRelation> ProposedRelations => Alignment.Relations;

        /// <summary>Gets the figures whose quantity was not recognised (kept as claims of their own quantity).</summary>
        public IReadOnlyList<MentionIdentity> Unrecognised => Mentions.Where(m => !m.IsRecognised).ToList();

        /// <summary>Gets the reconciliation: merges per quantity and findings, with the proposed relations checked unless the options said not to.</summary>
        public ReconciliationReport Report { get; }

        /// <summary>Gets the identifier of the claim made from a mention.</summary>
        /// <param name="mentionId">The mention's <see cref="MentionIdentity.Id"/>.</param>
        /// <returns>The claim's identifier.</returns>
        /// <exception cref="System.ArgumentException">No mention has that identifier.</exception>
        public string ClaimIdOf(string mentionId) =>
            _claimIds.TryGetValue(Internal.Preconditions.NotNull(mentionId), out var id)
                ? id
                : throw new System.ArgumentException($"No mention \"{mentionId}\" was read.", nameof(mentionId));
    }
}

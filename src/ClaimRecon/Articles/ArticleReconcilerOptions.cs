using ClaimRecon.Articles.Identity;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>How <see cref="ArticleReconciler"/> turns articles into findings: source aliases, alignment, the hedge policy, and whether proposed relations are checked.</summary>
    /// <remarks>Immutable and thread-safe; every <c>With…</c> returns a new instance.</remarks>
    public sealed class ArticleReconcilerOptions
    {
        private ArticleReconcilerOptions(SourceAliases aliases, AlignmentOptions alignment, InterpretationPolicy? policy, bool checkProposedRelations, bool aliasBodiesAcrossArticles = true)
        {
            Aliases = aliases;
            Alignment = alignment;
            Policy = policy;
            CheckProposedRelations = checkProposedRelations;
            AliasBodiesAcrossArticles = aliasBodiesAcrossArticles;
        }

        /// <summary>Gets the defaults: <see cref="SourceAliases.Default"/>, <see cref="AlignmentOptions.Default"/>, the default hedge policy, proposed relations checked, bodies aliased across articles.</summary>
        public static ArticleReconcilerOptions Default { get; } = new(SourceAliases.Default, AlignmentOptions.Default, null, true);

        /// <summary>Gets the names that denote one source.</summary>
        public SourceAliases Aliases { get; }

        /// <summary>Gets the alignment threshold and the caller's pins and splits.</summary>
        public AlignmentOptions Alignment { get; }

        /// <summary>Gets the interpretation of hedges for every claim; null for <see cref="InterpretationPolicy.Default"/>.</summary>
        public InterpretationPolicy? Policy { get; }

        /// <summary>Gets whether the relations the articles imply are checked by arithmetic in the report (they are always listed, marked proposed).</summary>
        public bool CheckProposedRelations { get; }

        /// <summary>
        /// Gets whether a body one article names with its country ("Oman's Water Authority") and another without it ("the
        /// Water Authority") is one source: only when that name is not in <see cref="Aliases"/>, every article that names
        /// the body with a country names the same one, and that country is the one each article using the bare name names
        /// most often; and a body an article names only by its noun ("the union") is the one body of that noun that the
        /// articles name ("the Eastfield Dockworkers Union"), where exactly one fits. On by default; turn it off when a
        /// wrong merge would cost more than a missed one.
        /// </summary>
        public bool AliasBodiesAcrossArticles { get; }

        /// <summary>Returns a copy with another alias table.</summary>
        /// <param name="aliases">The alias table.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithAliases(SourceAliases aliases) => new(Preconditions.NotNull(aliases), Alignment, Policy, CheckProposedRelations, AliasBodiesAcrossArticles);

        /// <summary>Returns a copy with other alignment options (threshold, pins, splits).</summary>
        /// <param name="alignment">The alignment options.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithAlignment(AlignmentOptions alignment) => new(Aliases, Preconditions.NotNull(alignment), Policy, CheckProposedRelations, AliasBodiesAcrossArticles);

        /// <summary>Returns a copy with another hedge policy.</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithPolicy(InterpretationPolicy policy) => new(Aliases, Alignment, Preconditions.NotNull(policy), CheckProposedRelations, AliasBodiesAcrossArticles);

        /// <summary>Returns a copy that does or does not check the proposed relations.</summary>
        /// <param name="check">Whether to check them.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithProposedRelationsChecked(bool check) => new(Aliases, Alignment, Policy, check, AliasBodiesAcrossArticles);
    
        /// <summary>Returns a copy that does or does not alias bodies named with and without their country across articles (see <see cref="AliasBodiesAcrossArticles"/>).</summary>
        /// <param name="alias">Whether to alias them.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithBodiesAliasedAcrossArticles(bool alias) => new(Aliases, Alignment, Policy, CheckProposedRelations, alias);
    }
}

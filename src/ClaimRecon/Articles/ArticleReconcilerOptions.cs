using ClaimRecon.Articles.Identity;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>How <see cref="ArticleReconciler"/> turns articles into findings: source aliases, alignment, the hedge policy, and whether proposed relations are checked.</summary>
    /// <remarks>Immutable and thread-safe; every <c>With…</c> returns a new instance.</remarks>
    public sealed class ArticleReconcilerOptions
    {
        private ArticleReconcilerOptions(SourceAliases aliases, AlignmentOptions alignment, InterpretationPolicy? policy, bool checkProposedRelations)
        {
            Aliases = aliases;
            Alignment = alignment;
            Policy = policy;
            CheckProposedRelations = checkProposedRelations;
        }

        /// <summary>Gets the defaults: <see cref="SourceAliases.Default"/>, <see cref="AlignmentOptions.Default"/>, the default hedge policy, proposed relations checked.</summary>
        public static ArticleReconcilerOptions Default { get; } = new(SourceAliases.Default, AlignmentOptions.Default, null, true);

        /// <summary>Gets the names that denote one source.</summary>
        public SourceAliases Aliases { get; }

        /// <summary>Gets the alignment threshold and the caller's pins and splits.</summary>
        public AlignmentOptions Alignment { get; }

        /// <summary>Gets the interpretation of hedges for every claim; null for <see cref="InterpretationPolicy.Default"/>.</summary>
        public InterpretationPolicy? Policy { get; }

        /// <summary>Gets whether the relations the articles imply are checked by arithmetic in the report (they are always listed, marked proposed).</summary>
        public bool CheckProposedRelations { get; }

        /// <summary>Returns a copy with another alias table.</summary>
        /// <param name="aliases">The alias table.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithAliases(SourceAliases aliases) => new(Preconditions.NotNull(aliases), Alignment, Policy, CheckProposedRelations);

        /// <summary>Returns a copy with other alignment options (threshold, pins, splits).</summary>
        /// <param name="alignment">The alignment options.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithAlignment(AlignmentOptions alignment) => new(Aliases, Preconditions.NotNull(alignment), Policy, CheckProposedRelations);

        /// <summary>Returns a copy with another hedge policy.</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithPolicy(InterpretationPolicy policy) => new(Aliases, Alignment, Preconditions.NotNull(policy), CheckProposedRelations);

        /// <summary>Returns a copy that does or does not check the proposed relations.</summary>
        /// <param name="check">Whether to check them.</param>
        /// <returns>The options.</returns>
        public ArticleReconcilerOptions WithProposedRelationsChecked(bool check) => new(Aliases, Alignment, Policy, check);
    }
}

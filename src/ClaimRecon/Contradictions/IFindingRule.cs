using System.Collections.Generic;

namespace ClaimRecon.Contradictions
{
    /// <summary>One family of findings: looks at the merged claims in a <see cref="DetectionContext"/> and adds findings, not yet numbered (the detector orders and numbers them).</summary>
    /// <remarks>Rules run in the detector's order; a rule may leave facts in the context for later ones (a denial
    /// records the origin pairs it reported, so the range rule does not report them again).</remarks>
    internal interface IFindingRule
    {
        /// <summary>Adds this family's findings to <paramref name="drafts"/>.</summary>
        void Run(DetectionContext context, List<Finding> drafts);
    }
}

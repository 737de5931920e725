namespace ClaimRecon.Contradictions
{
    /// <summary>The rule a <see cref="Finding"/> comes from.</summary>
    public enum FindingKind
    {
        /// <summary>Figures from different origins for one quantity and period (the same days: a month and a day inside it are not one period) have no value in common.</summary>
        RangeConflict = 0,

        /// <summary>A claim whose stance denies a figure that another origin asserts.</summary>
        Denial,

        /// <summary>For a cumulative quantity, a later figure lies wholly below an earlier one from another origin.</summary>
        BrokenProgression,

        /// <summary>For a cumulative quantity, an origin's later figure lies wholly below its own earlier one: a correction, not a conflict.</summary>
        Revision,

        /// <summary>A claimed figure lies outside the range a declared relation derives from other quantities.</summary>
        DerivedRelationViolation,

        /// <summary>One origin gives disjoint figures for the same quantity and period.</summary>
        SelfContradiction,

        /// <summary>Figures agree under the interpretation policy's reading of "about"/"nearly" but not when read literally; the finding gives the tolerance at which the verdict flips.</summary>
        HedgeDependent,
    }
}

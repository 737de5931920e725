namespace ClaimRecon.Arithmetic
{
    /// <summary>How a derived quantity is computed from its operands.</summary>
    public enum RelationKind
    {
        /// <summary>The target is the product of the operands (detainees × cost per detainee per day).</summary>
        Product = 0,

        /// <summary>The target is the sum of the operands.</summary>
        Sum,

        /// <summary>The target is the first operand divided by the second.</summary>
        Ratio,

        /// <summary>The target is the first operand (a percentage) of the second: p% × whole.</summary>
        PercentOf,

        /// <summary>The target is the one operand expressed per another period (USD/day as USD/month, a month being 28–31 days).</summary>
        PerPeriod,
    }
}

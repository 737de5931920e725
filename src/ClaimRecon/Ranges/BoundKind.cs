namespace ClaimRecon.Ranges
{
    /// <summary>How one end of a <see cref="NumericRange"/> treats its value.</summary>
    public enum BoundKind
    {
        /// <summary>No limit on this side: the range runs to minus or plus infinity. This is the default value.</summary>
        Unbounded = 0,

        /// <summary>The end value belongs to the range ("at least 5,000" has a closed lower bound at 5,000).</summary>
        Closed = 1,

        /// <summary>The end value does not belong to the range ("more than 5,000" has an open lower bound at 5,000).</summary>
        Open = 2,
    }
}

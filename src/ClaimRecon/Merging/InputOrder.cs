namespace ClaimRecon.Merging
{
    /// <summary>What the engine may assume about the order of its input.</summary>
    public enum InputOrder
    {
        /// <summary>Any order: the engine buffers every claim before it yields the first result. This is the default value.</summary>
        Unordered = 0,
        /// <summary>
        /// Claims arrive sorted by quantity key (ordinal, as <see cref="Quantities.QuantityKey.CompareTo(Quantities.QuantityKey)"/>):
        /// the engine streams, holding one quantity's claims at a time, and throws if the order is broken.
        /// </summary>
        SortedByQuantity,
    }
}

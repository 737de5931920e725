namespace ClaimRecon.Ranges
{
    /// <summary>
    /// Orders range ends on the extended number line, taking open and closed ends into account.
    /// </summary>
    /// <remarks>
    /// A lower end is placed at (value, 0) when closed and just after it, (value, +1), when open; an upper end at
    /// (value, 0) when closed and just before it, (value, -1), when open. Unbounded ends sit at minus or plus infinity.
    /// With these keys a range is non-empty exactly when its lower key is at most its upper key, and every range
    /// operation reduces to comparisons of keys. The merge engine sorts ends with the same keys.
    /// </remarks>
    internal static class EndpointOrder
    {
        /// <summary>Compares two lower ends: negative when <paramref name="a"/> admits more small values than <paramref name="b"/>.</summary>
        public static int CompareLower(RangeBound a, RangeBound b) => Compare(a, LowerSide(a), -1, b, LowerSide(b), -1);

        /// <summary>Compares two upper ends: negative when <paramref name="a"/> stops earlier than <paramref name="b"/>.</summary>
        public static int CompareUpper(RangeBound a, RangeBound b) => Compare(a, UpperSide(a), +1, b, UpperSide(b), +1);

        /// <summary>Compares a lower end with an upper end: at most zero exactly when a range with these ends is non-empty.</summary>
        public static int CompareLowerToUpper(RangeBound lower, RangeBound upper) =>
            Compare(lower, LowerSide(lower), -1, upper, UpperSide(upper), +1);

        private static int LowerSide(RangeBound b) => b.Kind == BoundKind.Open ? 1 : 0;

        private static int UpperSide(RangeBound b) => b.Kind == BoundKind.Open ? -1 : 0;

        private static int Compare(RangeBound a, int sideA, int infinityA, RangeBound b, int sideB, int infinityB)
        {
            var ia = a.Kind == BoundKind.Unbounded ? infinityA : 0;
            var ib = b.Kind == BoundKind.Unbounded ? infinityB : 0;
            if (ia != ib)
            {
                return ia.CompareTo(ib);
            }

            if (ia != 0)
            {
                return 0;
            }

            var byValue = a.Value.CompareTo(b.Value);
            return byValue != 0 ? byValue : sideA.CompareTo(sideB);
        }
    }
}

namespace ClaimRecon.Internal
{
    /// <summary>Packed 64-bit keys of strings that order as <see cref="string.CompareOrdinal(string, string)"/> does where they differ.</summary>
    internal static class OrdinalKeys
    {
        /// <summary>
        /// The first four UTF-16 code units of <paramref name="text"/>, high first, padded with zeros: when two keys differ
        /// they order as the strings do under ordinal comparison; equal keys say nothing (compare the strings).
        /// </summary>
        /// <param name="text">The text.</param>
        /// <returns>The key.</returns>
        public static ulong Prefix(string text)
        {
            ulong key = 0;
            for (var i = 0; i < 4; i++)
            {
                key = (key << 16) | (i < text.Length ? text[i] : 0u);
            }

            return key;
        }
    }
}

using System;

namespace ClaimRecon.Internal
{
    /// <summary>The spelling of an English plural noun in "s", used where a source's name or a subject must agree in number.</summary>
    internal static class PluralShape
    {
        /// <summary>
        /// Whether a lower-case word is spelled as a plural in "s": four letters or more, ending in "s" but not in "ss", "us",
        /// "is" or "'s" ("renters", "organisers"; not "press", "census", "analysis", "union's").
        /// </summary>
        /// <param name="lower">The word, lower case.</param>
        /// <returns>True for the shape of a plural.</returns>
        public static bool Of(string lower) =>
            lower.Length > 3 && lower.EndsWith("s", StringComparison.Ordinal) && !lower.EndsWith("ss", StringComparison.Ordinal)
            && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal);
    }
}

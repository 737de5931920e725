using System.Collections.Generic;

namespace ClaimRecon.Internal
{
    /// <summary>Dictionary helpers that read the same on netstandard2.0 and .NET.</summary>
    internal static class Dictionaries
    {
        /// <summary>
        /// Adds <paramref name="value"/> under <paramref name="key"/> unless the key is already there (the first value wins),
        /// in one lookup where the runtime allows it.
        /// </summary>
        /// <returns>True when added; false when the key was already there (nothing changed).</returns>
        public static bool TryAdd<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
#if NET
            return dictionary.TryAdd(key, value);
#else
            // netstandard2.0's Dictionary has no TryAdd.
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
#endif
        }
    }
}

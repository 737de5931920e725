namespace ClaimRecon.Serialization
{
    /// <summary>Two independent 64-bit hashes of a key's UTF-16 code units and length, for indexes that hold keys as hashes or sort them by hash.</summary>
    internal static class KeyHash
    {
        /// <summary>Returns the two hashes of a key.</summary>
        public static (ulong A, ulong B) Of(string key)
        {
            unchecked
            {
                var a = 14695981039346656037UL;
                var b = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
                foreach (var c in key)
                {
                    a = (a ^ c) * 1099511628211UL;
                    b = (b ^ c) * 0xFF51AFD7ED558CCDUL;
                    b ^= b >> 29;
                }

                return (Mix(a ^ (ulong)key.Length), Mix(b));
            }
        }

        /// <summary>MurmurHash3's 64-bit finaliser: every input bit affects every output bit.</summary>
        private static ulong Mix(ulong h)
        {
            unchecked
            {
                h ^= h >> 33;
                h *= 0xFF51AFD7ED558CCDUL;
                h ^= h >> 33;
                h *= 0xC4CEB9FE1A85EC53UL;
                h ^= h >> 33;
                return h;
            }
        }
    }
}

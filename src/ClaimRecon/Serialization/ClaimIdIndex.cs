using System;
using System.Collections.Generic;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The claim ids a streaming reader has seen, each with the line it was first used on, to report a repeated id
    /// without keeping the ids' text: an id is held as a 128-bit hash (about 36 bytes an id instead of about 80), so
    /// reading a file takes memory for its ids in proportion to their number, not their length.
    /// </summary>
    /// <remarks>
    /// Two different ids share a hash with a probability of about n²/2¹²⁹ (10⁻²⁵ for ten million ids). The hash is not
    /// cryptographic: ids crafted to collide would be reported as a repeat (naming both lines), never accepted silently.
    /// Not thread-safe.
    /// </remarks>
    internal sealed class ClaimIdIndex
    {
        private readonly Dictionary<IdHash, int> _lines = new();

        /// <summary>Gets the number of ids held.</summary>
        public int Count => _lines.Count;

        /// <summary>Adds an id seen on a line; false, with the line it was first seen on, when it was seen before.</summary>
        public bool TryAdd(string id, int line, out int firstLine)
        {
            var hash = IdHash.Of(id);
            if (_lines.TryGetValue(hash, out firstLine))
            {
                return false;
            }

            _lines.Add(hash, line);
            return true;
        }

        /// <summary>Returns whether an id has been seen.</summary>
        public bool Contains(string id) => _lines.ContainsKey(IdHash.Of(id));

        /// <summary>Two independent 64-bit hashes of an id's UTF-16 code units and length.</summary>
        private readonly struct IdHash : IEquatable<IdHash>
        {
            private readonly ulong _a;
            private readonly ulong _b;

            private IdHash(ulong a, ulong b)
            {
                _a = a;
                _b = b;
            }

            public static IdHash Of(string id)
            {
                unchecked
                {
                    var a = 14695981039346656037UL;
                    var b = 0x9E3779B97F4A7C15UL ^ (ulong)id.Length;
                    foreach (var c in id)
                    {
                        a = (a ^ c) * 1099511628211UL;
                        b = (b ^ c) * 0xFF51AFD7ED558CCDUL;
                        b ^= b >> 29;
                    }

                    return new IdHash(Mix(a ^ (ulong)id.Length), Mix(b));
                }
            }

            public bool Equals(IdHash other) => _a == other._a && _b == other._b;

            public override bool Equals(object? obj) => obj is IdHash other && Equals(other);

            public override int GetHashCode() => unchecked((int)_a ^ (int)(_a >> 32));

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
}

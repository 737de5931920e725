using System;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The claim ids a streaming reader has seen, each with the line it was first used on, to report a repeated id
    /// without keeping the ids' text: an id is held as a 128-bit hash and its line, 20 bytes in an open-addressing table,
    /// so reading a file takes memory for its ids in proportion to their number, not their length (about 30 bytes an id).
    /// </summary>
    /// <remarks>
    /// <para>Two different ids share a hash with a probability of about n²/2¹²⁹ (10⁻²⁵ for ten million ids). The hash is
    /// not cryptographic: ids crafted to collide would be reported as a repeat (naming both lines), never accepted
    /// silently.</para>
    /// <para>The table is split into 256 shards by the hash's top byte, each growing on its own (linear probing, at most
    /// 7/8 full), so growing copies one shard at a time and never holds two copies of the whole index.</para>
    /// <para>Not thread-safe.</para>
    /// </remarks>
    internal sealed class ClaimIdIndex
    {
        private const int ShardBits = 8;
        private readonly Shard[] _shards = new Shard[1 << ShardBits];

        /// <summary>Gets the number of ids held.</summary>
        public int Count { get; private set; }

        /// <summary>Adds an id seen on a line (0 or more); false, with the line it was first seen on, when it was seen before.</summary>
        public bool TryAdd(string id, int line, out int firstLine)
        {
            if (line < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(line), line, "a line is 0 or more.");
            }

            var hash = IdHash.Of(id);
            var shard = ShardOf(hash);
            if (!shard.TryAdd(hash, line, out firstLine))
            {
                return false;
            }

            Count++;
            return true;
        }

        /// <summary>Returns whether an id has been seen.</summary>
        public bool Contains(string id)
        {
            var hash = IdHash.Of(id);
            return _shards[(int)(hash.A >> (64 - ShardBits))]?.Find(hash) >= 0;
        }

        private Shard ShardOf(IdHash hash)
        {
            var i = (int)(hash.A >> (64 - ShardBits));
            return _shards[i] ??= new Shard();
        }

        /// <summary>One open-addressing table: the two hash halves and the line (plus one; 0 marks an empty slot) in parallel arrays.</summary>
        private sealed class Shard
        {
            private ulong[] _a = new ulong[16];
            private ulong[] _b = new ulong[16];
            private int[] _lines = new int[16];
            private int _count;

            /// <summary>Returns the slot holding the hash, or -1.</summary>
            public int Find(IdHash hash)
            {
                var mask = _lines.Length - 1;
                for (var i = unchecked((int)hash.B) & mask; _lines[i] != 0; i = (i + 1) & mask)
                {
                    if (_a[i] == hash.A && _b[i] == hash.B)
                    {
                        return i;
                    }
                }

                return -1;
            }

            public bool TryAdd(IdHash hash, int line, out int firstLine)
            {
                var found = Find(hash);
                if (found >= 0)
                {
                    firstLine = unchecked(_lines[found] - 1);
                    return false;
                }

                if (_count + 1 > _lines.Length - (_lines.Length >> 3))
                {
                    Grow();
                }

                Put(hash.A, hash.B, unchecked(line + 1));
                _count++;
                firstLine = 0;
                return true;
            }

            private void Put(ulong a, ulong b, int storedLine)
            {
                var mask = _lines.Length - 1;
                var i = unchecked((int)b) & mask;
                while (_lines[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                _a[i] = a;
                _b[i] = b;
                _lines[i] = storedLine;
            }

            private void Grow()
            {
                var (a, b, lines) = (_a, _b, _lines);
                _a = new ulong[a.Length * 2];
                _b = new ulong[a.Length * 2];
                _lines = new int[a.Length * 2];
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i] != 0)
                    {
                        Put(a[i], b[i], lines[i]);
                    }
                }
            }
        }

        /// <summary>Two independent 64-bit hashes of an id's UTF-16 code units and length.</summary>
        private readonly struct IdHash : IEquatable<IdHash>
        {
            private IdHash(ulong a, ulong b)
            {
                A = a;
                B = b;
            }

            /// <summary>Gets the first half: its top byte picks the shard.</summary>
            public ulong A { get; }

            /// <summary>Gets the second half: it picks the slot within the shard.</summary>
            public ulong B { get; }

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

            public bool Equals(IdHash other) => A == other.A && B == other.B;

            public override bool Equals(object? obj) => obj is IdHash other && Equals(other);

            public override int GetHashCode() => unchecked((int)A ^ (int)(A >> 32));

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

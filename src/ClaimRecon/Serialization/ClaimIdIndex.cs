using System;
using System.Collections.Generic;

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
    /// <para>Reading by quantity, the index can instead hold ids in memory that does not grow with the input
    /// (<see cref="Spill"/>): a repeat of an id written out of memory is then found when reading ends
    /// (<see cref="LaterRepeats"/>).</para>
    /// <para>Not thread-safe.</para>
    /// </remarks>
    internal sealed class ClaimIdIndex : IDisposable
    {
        private const int ShardBits = 8;
        private readonly Shard[] _shards = new Shard[1 << ShardBits];
        private SpillingKeyIndex? _spilling;
        private bool _heldBeforeSpilling;

        /// <summary>Gets the number of ids held.</summary>
        public int Count { get; private set; }

        /// <summary>Adds an id seen on a line (0 or more); false, with the line it was first seen on, when it was seen before.</summary>
        public bool TryAdd(string id, int line, out int firstLine)
        {
            if (line < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(line), line, "a line is 0 or more.");
            }

            if (_spilling is not null)
            {
                // Ids added before spilling began stay in the table and are still checked.
                firstLine = _heldBeforeSpilling ? Find(id) : -1;
                if (firstLine >= 0 || !_spilling.TryAdd(id, line, out firstLine))
                {
                    return false;
                }

                Count++;
                return true;
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
        /// <exception cref="InvalidOperationException">The index spills (<see cref="Spill"/>): it cannot say.</exception>
        public bool Contains(string id)
        {
            if (_spilling is not null)
            {
                throw new InvalidOperationException("An index that spills cannot tell whether an id was seen.");
            }

            return Find(id) >= 0;
        }

        /// <summary>
        /// From now on holds at most <paramref name="window"/> further ids in memory, writing older ones to a temporary
        /// file; a repeat of a written-out id is then reported by <see cref="LaterRepeats"/> instead of <see cref="TryAdd"/>.
        /// </summary>
        public void Spill(int window, string? directory = null)
        {
            if (_spilling is null)
            {
                _heldBeforeSpilling = Count > 0;
                _spilling = new SpillingKeyIndex(window, directory);
            }
        }

        /// <summary>Ends a spilling index: every id written out that was seen again later (none when the index does not spill).</summary>
        public List<(string Key, int Line, int FirstLine)> LaterRepeats() => _spilling?.LaterRepeats() ?? new List<(string Key, int Line, int FirstLine)>();

        /// <summary>Deletes the temporary file of a spilling index.</summary>
        public void Dispose() => _spilling?.Dispose();

        /// <summary>Returns the line (0 or more) an id held in the table was first seen on, or -1.</summary>
        private int Find(string id)
        {
            var hash = IdHash.Of(id);
            var shard = _shards[(int)(hash.A >> (64 - ShardBits))];
            return shard is null ? -1 : shard.LineOf(hash);
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

            /// <summary>Returns the line the hash was added with, or -1.</summary>
            public int LineOf(IdHash hash)
            {
                var found = Find(hash);
                return found < 0 ? -1 : unchecked(_lines[found] - 1);
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
                var (a, b) = KeyHash.Of(id);
                return new IdHash(a, b);
            }

            public bool Equals(IdHash other) => A == other.A && B == other.B;

            public override bool Equals(object? obj) => obj is IdHash other && Equals(other);

            public override int GetHashCode() => unchecked((int)A ^ (int)(A >> 32));
        }
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// What a line-based reader knows about each quantity so far, held compactly: a file of one claim per quantity
    /// declares as many quantities as claims, so each costs a fixed-size entry and its key's characters in shared pages
    /// (about 44 bytes plus one per character when every character is below U+0100, two otherwise) instead of a key, a
    /// quantity, a unit and dictionary entries of its own (about 550 bytes).
    /// Quantities keep the order first seen; <see cref="Forget"/> drops one, and the space of forgotten quantities is
    /// reclaimed once they outnumber the rest.
    /// </summary>
    /// <remarks>
    /// Keys are found by their own hash code (randomised per process for strings, so hostile keys cannot be chosen to
    /// collide) with linear probing. Units are shared: equal units are held once. Not thread-safe.
    /// </remarks>
    internal sealed class QuantityTable
    {
        private const int PageBytes = 1 << 16;
        private const int NoLine = -1;
        private readonly List<byte[]> _pages = new();
        private readonly List<Unit> _units = new();
        private readonly Dictionary<Unit, int> _unitIndex = new();
        private const int ChunkShift = 12;
        private readonly List<Entry[]> _chunks = new();
        private readonly Dictionary<int, string> _descriptions = new();
        private int[] _slots = new int[32];
        private int _used;
        private int _live;
        private int _pageUsed = PageBytes;
        private long _liveBytes;
        private long _pageBytes;

        /// <summary>Gets the number of quantities held.</summary>
        public int Count => _live;

        /// <summary>Returns the line a quantity was declared on by a declaration of its own, or null when it was not (or is unknown).</summary>
        public int? DeclaredLine(QuantityKey key)
        {
            var i = Find(key);
            return i < 0 || At(i).DeclaredLine == NoLine ? null : At(i).DeclaredLine;
        }

        /// <summary>Returns whether a quantity is held.</summary>
        public bool Contains(QuantityKey key) => Find(key) >= 0;

        /// <summary>Builds the quantity as known so far, or returns null when it is unknown or has no unit yet.</summary>
        public Quantity? Build(QuantityKey key)
        {
            var i = Find(key);
            return i < 0 || At(i).Unit == 0 ? null : Build(key, i);
        }

        /// <summary>
        /// Records what a line says about a quantity: the first unit, kind, domain and description given hold. Returns the
        /// name of the first of unit, kind and domain that disagrees with what was given earlier (nothing is recorded
        /// then), or null.
        /// </summary>
        /// <param name="key">The quantity.</param>
        /// <param name="line">The line saying it.</param>
        /// <param name="unit">The unit given, or null.</param>
        /// <param name="kind">The kind given, or null.</param>
        /// <param name="domain">The domain given, or null.</param>
        /// <param name="description">The description given, or null.</param>
        /// <param name="declared">Whether the line is a declaration of the quantity (not a claim about it).</param>
        public string? Declare(QuantityKey key, int line, Unit? unit, QuantityKind? kind, ValueDomain? domain, string? description, bool declared)
        {
            var i = Find(key);
            if (i < 0)
            {
                i = Add(key, line);
            }
            else
            {
                ref var known = ref At(i);
                if (unit is not null && known.Unit != 0 && !unit.Equals(_units[known.Unit - 1]))
                {
                    return "unit";
                }

                if (kind is not null && known.Kind != 0 && (int)kind.Value + 1 != known.Kind)
                {
                    return "kind";
                }

                if (domain is not null && known.Domain != 0 && (int)domain.Value + 1 != known.Domain)
                {
                    return "domain";
                }
            }

            ref var entry = ref At(i);
            if (declared && entry.DeclaredLine == NoLine)
            {
                entry.DeclaredLine = line;
            }

            entry.HasClaims |= !declared;
            if (unit is not null && entry.Unit == 0)
            {
                entry.Unit = UnitNumber(unit);
            }

            if (kind is not null && entry.Kind == 0)
            {
                entry.Kind = (byte)((int)kind.Value + 1);
            }

            if (domain is not null && entry.Domain == 0)
            {
                entry.Domain = (byte)((int)domain.Value + 1);
            }

            if (description is not null && !_descriptions.ContainsKey(i))
            {
                _descriptions.Add(i, description);
            }

            return null;
        }

        /// <summary>Forgets a quantity; true when it was held.</summary>
        public bool Forget(QuantityKey key)
        {
            var i = Find(key);
            if (i < 0)
            {
                return false;
            }

            At(i).Live = false;
            _liveBytes -= At(i).Bytes;
            _descriptions.Remove(i);

            _live--;
            if (_used - _live > 1024 && _used - _live > _live)
            {
                Compact();
            }

            return true;
        }

        /// <summary>Walks the quantities held, in the order first seen, each as its key and the quantity built from what is known (null without a unit).</summary>
        /// <param name="onlyWithClaims">Skip quantities that only a declaration of their own named.</param>
        public IEnumerable<(QuantityKey Key, int FirstLine, Quantity? Quantity)> Walk(bool onlyWithClaims)
        {
            for (var i = 0; i < _used; i++)
            {
                var entry = At(i);
                if (entry.Live && (entry.HasClaims || !onlyWithClaims))
                {
                    var key = KeyAt(i);
                    yield return (key, entry.FirstLine, entry.Unit == 0 ? null : Build(key, i));
                }
            }
        }

        /// <summary>Builds, in the order first seen, the quantities held that have a unit.</summary>
        /// <param name="onlyWithClaims">Skip quantities that only a declaration of their own named.</param>
        public IEnumerable<Quantity> Quantities(bool onlyWithClaims)
        {
            foreach (var (_, _, quantity) in Walk(onlyWithClaims))
            {
                if (quantity is not null)
                {
                    yield return quantity;
                }
            }
        }

        private Quantity Build(QuantityKey key, int i)
        {
            var entry = At(i);
            return new Quantity(
                key,
                _units[entry.Unit - 1],
                entry.Kind == 0 ? QuantityKind.Level : (QuantityKind)(entry.Kind - 1),
                entry.Domain == 0 ? ValueDomain.Real : (ValueDomain)(entry.Domain - 1),
                _descriptions.TryGetValue(i, out var description) ? description : null);
        }

        private QuantityKey KeyAt(int i)
        {
            var entry = At(i);
            return new QuantityKey(Text(entry, 0, entry.SubjectLength), Text(entry, entry.SubjectLength, entry.MeasureLength));
        }

        /// <summary>Characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of an entry's key as a string.</summary>
        private string Text(in Entry entry, int start, int length)
        {
            var page = _pages[entry.Page];
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = entry.Wide ? (char)(page[entry.Offset + (2 * (start + c))] | (page[entry.Offset + (2 * (start + c)) + 1] << 8)) : (char)page[entry.Offset + start + c];
            }

            return new string(chars);
        }

        private int UnitNumber(Unit unit)
        {
            if (!_unitIndex.TryGetValue(unit, out var number))
            {
                _units.Add(unit);
                number = _units.Count;
                _unitIndex.Add(unit, number);
            }

            return number;
        }

        /// <summary>Entry <paramref name="i"/>, in its chunk: entries are held in fixed-size arrays, so that growing never copies them or holds two copies at once.</summary>
        private ref Entry At(int i) => ref _chunks[i >> ChunkShift][i & ((1 << ChunkShift) - 1)];

        /// <summary>The entry holding a key, or -1.</summary>
        private int Find(QuantityKey key)
        {
            var hash = key.GetHashCode();
            var mask = _slots.Length - 1;
            for (var s = hash & mask; _slots[s] != 0; s = (s + 1) & mask)
            {
                var i = _slots[s] - 1;
                ref readonly var entry = ref At(i);
                if (entry.Hash == hash && entry.Live && Matches(entry, key))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Matches(in Entry entry, QuantityKey key) =>
            entry.SubjectLength == key.Subject.Length && entry.MeasureLength == key.Measure.Length
            && Matches(entry, 0, key.Subject) && Matches(entry, entry.SubjectLength, key.Measure);

        private bool Matches(in Entry entry, int start, string part)
        {
            var page = _pages[entry.Page];
            if (entry.Wide)
            {
                var at = entry.Offset + (2 * start);
                for (var c = 0; c < part.Length; c++, at += 2)
                {
                    if (part[c] != (page[at] | (page[at + 1] << 8)))
                    {
                        return false;
                    }
                }

                return true;
            }

            var offset = entry.Offset + start;
            for (var c = 0; c < part.Length; c++)
            {
                if (part[c] != page[offset + c])
                {
                    return false;
                }
            }

            return true;
        }

        private int Add(QuantityKey key, int line)
        {
            if (_used == _chunks.Count << ChunkShift)
            {
                _chunks.Add(new Entry[1 << ChunkShift]);
            }

            var wide = Wide(key.Subject) || Wide(key.Measure);
            var bytes = (key.Subject.Length + key.Measure.Length) * (wide ? 2 : 1);
            var (page, offset) = Place(key.Subject, key.Measure, wide, bytes);
            var i = _used++;
            At(i) = new Entry
            {
                Hash = key.GetHashCode(),
                Page = page,
                Offset = offset,
                SubjectLength = key.Subject.Length,
                MeasureLength = key.Measure.Length,
                FirstLine = line,
                DeclaredLine = NoLine,
                Live = true,
                Wide = wide,
            };
            _live++;
            _liveBytes += bytes;
            if (_used * 2 > _slots.Length)
            {
                _slots = new int[_slots.Length * 2];
                Rehash();
            }
            else
            {
                Slot(i);
            }

            return i;
        }

        private static bool Wide(string text)
        {
            foreach (var c in text)
            {
                if (c > '\u00FF')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Copies a key's characters into the current page, or a new one, a byte each (or two, low byte first, when
        /// <paramref name="wide"/>); a key longer than a page gets a page of its own.
        /// </summary>
        private (int Page, int Offset) Place(string subject, string measure, bool wide, int bytes)
        {
            var (page, offset) = Reserve(bytes);
            Copy(measure, _pages[page], Copy(subject, _pages[page], offset, wide), wide);
            return (page, offset);
        }

        /// <summary>Room for <paramref name="bytes"/> in the current page, or a new one; a key longer than a page gets a page of its own.</summary>
        private (int Page, int Offset) Reserve(int bytes)
        {
            if (_pageUsed + bytes > PageBytes || _pages.Count == 0)
            {
                _pages.Add(new byte[Math.Max(PageBytes, bytes)]);
                _pageBytes += Math.Max(PageBytes, bytes);
                _pageUsed = 0;
            }

            var offset = _pageUsed;
            _pageUsed = bytes > PageBytes ? PageBytes : _pageUsed + bytes;
            return (_pages.Count - 1, offset);
        }

        /// <summary>Copies a string's characters to a page from <paramref name="at"/>; returns where it ended.</summary>
        private static int Copy(string part, byte[] page, int at, bool wide)
        {
            foreach (var c in part)
            {
                page[at++] = unchecked((byte)c);
                if (wide)
                {
                    page[at++] = unchecked((byte)(c >> 8));
                }
            }

            return at;
        }

        private void Slot(int i)
        {
            var mask = _slots.Length - 1;
            var s = At(i).Hash & mask;
            while (_slots[s] != 0)
            {
                s = (s + 1) & mask;
            }

            _slots[s] = i + 1;
        }

        private void Rehash()
        {
            Array.Clear(_slots, 0, _slots.Length);
            for (var i = 0; i < _used; i++)
            {
                if (At(i).Live)
                {
                    Slot(i);
                }
            }
        }

        /// <summary>Drops forgotten entries (keeping the order of the rest), copies live keys to fresh pages when most characters are dead, and rebuilds the slots.</summary>
        private void Compact()
        {
            var oldPages = _pages.ToArray();
            var copyText = _pageBytes > (2 * _liveBytes) + PageBytes;
            if (copyText)
            {
                _pages.Clear();
                _pageUsed = PageBytes;
                _pageBytes = 0;
            }

            var kept = 0;
            for (var i = 0; i < _used; i++)
            {
                var entry = At(i);
                if (!entry.Live)
                {
                    continue;
                }

                if (copyText)
                {
                    var (page, offset) = Reserve(entry.Bytes);
                    Buffer.BlockCopy(oldPages[entry.Page], entry.Offset, _pages[page], offset, entry.Bytes);
                    entry.Page = page;
                    entry.Offset = offset;
                }

                At(kept) = entry;
                if (kept != i && _descriptions.TryGetValue(i, out var description))
                {
                    _descriptions.Remove(i);
                    _descriptions[kept] = description;
                }

                kept++;
            }

            for (var i = kept; i < _used; i++)
            {
                At(i) = default;
            }

            _used = kept;
            var slots = 32;
            while (slots < kept * 4)
            {
                slots *= 2;
            }

            if (slots < _slots.Length)
            {
                _slots = new int[slots];
            }

            var chunks = (kept >> ChunkShift) + 1;
            if (_chunks.Count > chunks)
            {
                _chunks.RemoveRange(chunks, _chunks.Count - chunks);
            }

            Rehash();
        }

        /// <summary>One quantity: its hash, where its key's characters are, and what has been said of it (0 for "not yet" in unit, kind and domain).</summary>
        private struct Entry
        {
            public int Hash;
            public int Page;
            public int Offset;
            public int SubjectLength;
            public int MeasureLength;
            public int FirstLine;
            public int DeclaredLine;
            public int Unit;
            public byte Kind;
            public byte Domain;
            private byte _flags;

            public bool Live
            {
                readonly get => (_flags & 1) != 0;
                set => _flags = (byte)(value ? _flags | 1 : _flags & ~1);
            }

            public bool HasClaims
            {
                readonly get => (_flags & 2) != 0;
                set => _flags = (byte)(value ? _flags | 2 : _flags & ~2);
            }

            /// <summary>Gets or sets whether the key is held two bytes a character.</summary>
            public bool Wide
            {
                readonly get => (_flags & 4) != 0;
                set => _flags = (byte)(value ? _flags | 4 : _flags & ~4);
            }

            /// <summary>Gets the bytes the key takes in its page.</summary>
            public readonly int Bytes => (SubjectLength + MeasureLength) * (Wide ? 2 : 1);
        }
    }
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The keys (claim ids, quantity keys) a reader has seen, each with its first line, in memory that does not grow with
    /// the input: the most recent keys are held exactly in memory, and each time that window is full it is written to a
    /// temporary file as one run sorted by a 128-bit hash. A repeat within the window is found at once; a repeat of a key
    /// that has been written out is found by <see cref="LaterRepeats"/>, which merges the runs when reading has ended.
    /// </summary>
    /// <remarks>
    /// <para>Repeats are decided on the keys' text, never on their hashes alone: a hash only orders the runs, and keys with
    /// equal hashes are compared exactly, so no collision makes two keys one.</para>
    /// <para>Memory: the window (about 100 bytes a key for short keys) and, while merging, one buffer per run, whose size
    /// falls as runs are added (64 KiB down to 4 KiB). The temporary file holds 24 bytes plus the key's UTF-16 text per key and
    /// is deleted when the index is disposed (or, failing that, when its handle closes).</para>
    /// <para>Not thread-safe.</para>
    /// </remarks>
    internal sealed class SpillingKeyIndex : IDisposable
    {
        private const int RecordHeader = 24;
        private readonly int _window;
        private readonly string _directory;
        private readonly Dictionary<string, int> _held = new(StringComparer.Ordinal);
        private readonly List<(long Offset, int Count)> _runs = new();
        private FileStream? _file;
        private bool _merged;

        /// <summary>Creates an index that holds at most <paramref name="window"/> keys in memory.</summary>
        /// <param name="window">Keys held before a run is written; 1 or more.</param>
        /// <param name="directory">Where the temporary file goes; null for the system's temporary folder.</param>
        public SpillingKeyIndex(int window, string? directory = null)
        {
            if (window < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(window), window, "the window holds 1 key or more.");
            }

            _window = window;
            _directory = directory ?? Path.GetTempPath();
        }

        /// <summary>Gets the number of runs written to the temporary file so far.</summary>
        public int Runs => _runs.Count;

        /// <summary>
        /// Adds a key seen on a line. False, with the line it was first seen on, when it is held in memory from an earlier
        /// line (the repeat is not added). A repeat of a key already written out is accepted here and reported by
        /// <see cref="LaterRepeats"/>.
        /// </summary>
        /// <exception cref="IOException">The temporary file cannot be written.</exception>
        public bool TryAdd(string key, int line, out int firstLine)
        {
            if (_merged)
            {
                throw new InvalidOperationException("The index has been merged; it takes no more keys.");
            }

            if (_held.TryGetValue(key, out firstLine))
            {
                return false;
            }

            if (_held.Count == _window)
            {
                Spill();
            }

            _held.Add(key, line);
            firstLine = 0;
            return true;
        }

        /// <summary>Returns whether a key is held in memory, with the line it was first seen on (a key written out is not seen here).</summary>
        public bool Contains(string key, out int firstLine) => _held.TryGetValue(key, out firstLine);

        /// <summary>
        /// Ends the index and returns every key written out that was seen again later: the key, the line of the later
        /// sighting and the line it was first seen on, in the order of the later line within each key. Call once, at the
        /// end of reading; without runs it returns nothing (every repeat was found by <see cref="TryAdd"/>).
        /// </summary>
        /// <exception cref="IOException">The temporary file cannot be read.</exception>
        public List<(string Key, int Line, int FirstLine)> LaterRepeats()
        {
            var repeats = new List<(string Key, int Line, int FirstLine)>();
            _merged = true;
            if (_runs.Count == 0)
            {
                return repeats;
            }

            Spill();
            var file = _file!;
            var buffer = Math.Max(4096, Math.Min(64 * 1024, (32 << 20) / _runs.Count));
            var heads = new SortedSet<Entry>(EntryOrder.Instance);
            var readers = new RunReader[_runs.Count];
            for (var r = 0; r < readers.Length; r++)
            {
                readers[r] = new RunReader(file, _runs[r].Offset, _runs[r].Count, buffer);
                if (readers[r].Next(r) is { } first)
                {
                    heads.Add(first);
                }
            }

            // Keys of equal hash come out together; among them, equal text is a repeat of the earliest line.
            var group = new List<Entry>();
            while (heads.Count > 0)
            {
                var entry = heads.Min!;
                heads.Remove(entry);
                if (readers[entry.Run].Next(entry.Run) is { } following)
                {
                    heads.Add(following);
                }

                if (group.Count > 0 && (group[0].A != entry.A || group[0].B != entry.B))
                {
                    Report(group, repeats);
                    group.Clear();
                }

                group.Add(entry);
            }

            Report(group, repeats);
            return repeats;
        }

        /// <summary>Deletes the temporary file.</summary>
        public void Dispose()
        {
            _file?.Dispose();
            _file = null;
            _held.Clear();
        }

        private static void Report(List<Entry> group, List<(string Key, int Line, int FirstLine)> repeats)
        {
            if (group.Count < 2)
            {
                return;
            }

            group.Sort((x, y) => x.Line.CompareTo(y.Line));
            for (var i = 1; i < group.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(group[i].Key, group[j].Key, StringComparison.Ordinal))
                    {
                        repeats.Add((group[i].Key, group[i].Line, group[j].Line));
                        break;
                    }
                }
            }
        }

        /// <summary>Writes the keys held as one run, sorted by hash, and empties the window.</summary>
        private void Spill()
        {
            if (_held.Count == 0)
            {
                return;
            }

            _file ??= new FileStream(
                Path.Combine(_directory, "claimrecon-keys-" + Guid.NewGuid().ToString("N") + ".tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            var entries = new Entry[_held.Count];
            var i = 0;
            foreach (var pair in _held)
            {
                var (a, b) = KeyHash.Of(pair.Key);
                entries[i++] = new Entry(a, b, pair.Value, pair.Key, 0);
            }

            Array.Sort(entries, EntryOrder.Instance);
            var offset = _file.Seek(0, SeekOrigin.End);
            var header = new byte[RecordHeader];
            foreach (var entry in entries)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(0), entry.A);
                BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), entry.B);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), entry.Line);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), entry.Key.Length);
                _file.Write(header, 0, RecordHeader);
                // The key's UTF-16 code units as they are: an encoder would replace a lone surrogate, and the key must come back exact.
                var text = new byte[entry.Key.Length * 2];
                for (var c = 0; c < entry.Key.Length; c++)
                {
                    text[2 * c] = unchecked((byte)entry.Key[c]);
                    text[(2 * c) + 1] = unchecked((byte)(entry.Key[c] >> 8));
                }

                _file.Write(text, 0, text.Length);
            }

            _file.Flush();
            _runs.Add((offset, entries.Length));
            _held.Clear();
        }

        /// <summary>A key with its hash halves, its line and the run it was read from.</summary>
        private sealed class Entry
        {
            public Entry(ulong a, ulong b, int line, string key, int run)
            {
                A = a;
                B = b;
                Line = line;
                Key = key;
                Run = run;
            }

            public ulong A { get; }

            public ulong B { get; }

            public int Line { get; }

            public string Key { get; }

            public int Run { get; }
        }

        /// <summary>By hash, then line (each line holds one key, so no two entries of the merge compare equal), then run.</summary>
        private sealed class EntryOrder : IComparer<Entry>
        {
            public static readonly EntryOrder Instance = new();

            public int Compare(Entry? x, Entry? y)
            {
                var c = x!.A.CompareTo(y!.A);
                if (c == 0)
                {
                    c = x.B.CompareTo(y.B);
                }

                if (c == 0)
                {
                    c = x.Line.CompareTo(y.Line);
                }

                return c != 0 ? c : x.Run.CompareTo(y.Run);
            }
        }

        /// <summary>Reads one run back, record by record, through its own buffer over the shared file.</summary>
        private sealed class RunReader
        {
            private readonly FileStream _file;
            private readonly byte[] _buffer;
            private long _next;
            private int _left;
            private int _start;
            private int _end;

            public RunReader(FileStream file, long offset, int count, int size)
            {
                _file = file;
                _next = offset;
                _left = count;
                _buffer = new byte[size];
            }

            public Entry? Next(int run)
            {
                if (_left == 0)
                {
                    return null;
                }

                _left--;
                var header = Take(RecordHeader);
                var a = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(0));
                var b = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(8));
                var line = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(16));
                var length = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(20));
                var text = Take(length * 2);
                var chars = new char[length];
                for (var c = 0; c < length; c++)
                {
                    chars[c] = (char)(text[2 * c] | (text[(2 * c) + 1] << 8));
                }

                return new Entry(a, b, line, new string(chars), run);
            }

            /// <summary>Returns the next <paramref name="count"/> bytes of the run, refilling the buffer from the file as needed.</summary>
            private byte[] Take(int count)
            {
                var result = new byte[count];
                var done = 0;
                while (done < count)
                {
                    if (_start == _end)
                    {
                        _file.Seek(_next, SeekOrigin.Begin);
                        _end = _file.Read(_buffer, 0, _buffer.Length);
                        _start = 0;
                        _next += _end;
                        if (_end == 0)
                        {
                            throw new IOException("the temporary file of keys ended inside a run.");
                        }
                    }

                    var n = Math.Min(count - done, _end - _start);
                    Buffer.BlockCopy(_buffer, _start, result, done, n);
                    _start += n;
                    done += n;
                }

                return result;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>
    /// Sorts more records than memory should hold: records are kept until there are <c>runLength</c> of them, then
    /// sorted and written to a temporary run; <see cref="Sorted"/> merges the runs. The order must be total (records
    /// that compare equal are the same record), so the result does not depend on where the runs were cut.
    /// </summary>
    /// <typeparam name="T">The record.</typeparam>
    internal sealed class RecordSorter<T> : IDisposable
    {
        private readonly IComparer<T> _order;
        private readonly Action<BinaryWriter, T> _write;
        private readonly Func<BinaryReader, T> _read;
        private readonly int _runLength;
        private readonly string _directory;
        private readonly string _name;
        private readonly List<T> _buffer = new();
        private readonly List<string> _runs = new();

        /// <summary>Creates a sorter.</summary>
        /// <param name="order">The order, total.</param>
        /// <param name="write">Writes a record.</param>
        /// <param name="read">Reads what <paramref name="write"/> wrote.</param>
        /// <param name="runLength">The most records held before a run is written.</param>
        /// <param name="directory">Where runs go.</param>
        /// <param name="name">The runs' file name prefix.</param>
        public RecordSorter(IComparer<T> order, Action<BinaryWriter, T> write, Func<BinaryReader, T> read, int runLength, string directory, string name)
        {
            _order = order;
            _write = write;
            _read = read;
            _runLength = Math.Max(1, runLength);
            _directory = directory;
            _name = name;
        }

        /// <summary>Gets the number of records added.</summary>
        public long Count { get; private set; }

        /// <summary>Adds a record.</summary>
        /// <param name="record">The record.</param>
        public void Add(T record)
        {
            _buffer.Add(record);
            Count++;
            if (_buffer.Count >= _runLength)
            {
                Spill();
            }
        }

        /// <summary>Returns every record in order; call once, after the last <see cref="Add"/>.</summary>
        /// <returns>The records.</returns>
        public IEnumerable<T> Sorted()
        {
            if (_runs.Count == 0)
            {
                _buffer.Sort(_order);
                return _buffer;
            }

            if (_buffer.Count > 0)
            {
                Spill();
            }

            return Merge();
        }

        /// <summary>Deletes the runs.</summary>
        public void Dispose()
        {
            foreach (var run in _runs)
            {
                File.Delete(run);
            }
        }

        private void Spill()
        {
            _buffer.Sort(_order);
            var path = Path.Combine(_directory, _name + "-" + _runs.Count + ".run");
            using (var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
            {
                writer.Write(_buffer.Count);
                foreach (var record in _buffer)
                {
                    _write(writer, record);
                }
            }

            _runs.Add(path);
            _buffer.Clear();
        }

        private IEnumerable<T> Merge()
        {
            var readers = new List<(BinaryReader Reader, int Left)>();
            var heads = new PriorityQueue<int, T>(_order);
            try
            {
                foreach (var run in _runs)
                {
                    var reader = new BinaryReader(new FileStream(run, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14));
                    var left = reader.ReadInt32();
                    readers.Add((reader, left));
                    Next(readers.Count - 1, readers, heads);
                }

                while (heads.TryDequeue(out var index, out var record))
                {
                    yield return record;
                    Next(index, readers, heads);
                }
            }
            finally
            {
                foreach (var (reader, _) in readers)
                {
                    reader.Dispose();
                }
            }
        }

        private void Next(int index, List<(BinaryReader Reader, int Left)> readers, PriorityQueue<int, T> heads)
        {
            var (reader, left) = readers[index];
            if (left > 0)
            {
                heads.Enqueue(index, _read(reader));
                readers[index] = (reader, left - 1);
            }
        }
    }
}

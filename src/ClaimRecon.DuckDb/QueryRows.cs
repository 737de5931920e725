using System;
using System.Collections;
using System.Collections.Generic;
using System.Data.Common;

namespace ClaimRecon.DuckDb
{
    /// <summary>
    /// The rows of an open query result as text cells in the claims CSV format, one row at a time. Owns the result and
    /// whatever else it is given to dispose (the command, a connection it opened) and disposes them once.
    /// </summary>
    /// <remarks>Enumerate once. Not thread-safe.</remarks>
    internal sealed class QueryRows : IEnumerable<IReadOnlyList<string?>>, IEnumerator<IReadOnlyList<string?>>
    {
        private readonly DbDataReader _result;
        private readonly IDisposable[] _owned;
        private readonly CellText.Writer[] _writers;
        private readonly string[] _names;
        private string?[]? _current;
        private long _row;
        private bool _enumerated;
        private bool _disposed;

        /// <summary>Checks every column's type (see <see cref="CellText"/>) and takes the result; on a type it cannot read, disposes everything and throws.</summary>
        /// <exception cref="System.IO.InvalidDataException">A column's type has no text form in the claims format; the message names the column and the type.</exception>
        public QueryRows(DbDataReader result, params IDisposable[] owned)
        {
            _result = result;
            _owned = owned;
            try
            {
                _names = new string[result.FieldCount];
                _writers = new CellText.Writer[result.FieldCount];
                for (var i = 0; i < _names.Length; i++)
                {
                    _names[i] = result.GetName(i);
                    _writers[i] = CellText.For(_names[i], result.GetFieldType(i), result.GetDataTypeName(i));
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>Gets the column names, in the order of the cells.</summary>
        public IReadOnlyList<string> Columns => _names;

        /// <inheritdoc />
        public IReadOnlyList<string?> Current => _current ?? throw new InvalidOperationException("There is no current row.");

        object IEnumerator.Current => Current;

        /// <inheritdoc />
        public IEnumerator<IReadOnlyList<string?>> GetEnumerator()
        {
            if (_enumerated)
            {
                throw new InvalidOperationException("The rows of a query result can be enumerated once.");
            }

            _enumerated = true;
            return this;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (_disposed || !_result.Read())
            {
                _current = null;
                return false;
            }

            _row++;
            var cells = new string?[_writers.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _result.IsDBNull(i) ? null : _writers[i](_result, i, _row);
            }

            _current = cells;
            return true;
        }

        /// <inheritdoc />
        public void Reset() => throw new NotSupportedException("A query result is read once, forward only.");

        /// <inheritdoc />
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _result.Dispose();
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Rows of cells read as the records of a claims CSV file: the column names are the header on line 1, the first row
    /// is line 2, and so on (the lines of the CSV the rows would make). A null cell is an empty one.
    /// </summary>
    /// <remarks>Holds one row at a time. Not thread-safe.</remarks>
    internal sealed class TableRecords : ICsvRecords, IDisposable
    {
        private readonly IReadOnlyList<string> _columns;
        private readonly IEnumerator<IReadOnlyList<string?>> _rows;
        private int _line;

        /// <summary>Creates the records; the rows are enumerated as they are read.</summary>
        public TableRecords(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
        {
            _columns = columns;
            _rows = rows.GetEnumerator();
        }

        /// <inheritdoc />
        public CsvRecord? Next()
        {
            if (_line == 0)
            {
                _line = 1;
                return new CsvRecord(1, _columns, null, null);
            }

            if (!_rows.MoveNext())
            {
                return null;
            }

            _line++;
            var row = _rows.Current ?? throw new InvalidOperationException($"row {_line - 1} (line {_line}) of the table is null; give every row as a list of cells.");
            var fields = new string[row.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i] ?? string.Empty;
            }

            return new CsvRecord(_line, fields, null, null);
        }

        /// <inheritdoc />
        public Task<CsvRecord?> NextAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Next());
        }

        /// <inheritdoc />
        public void Dispose() => _rows.Dispose();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ClaimRecon.Serialization
{
    /// <summary>One CSV record: the line it starts on, its fields, and a syntax error if it has one.</summary>
    internal sealed class CsvRecord
    {
        public CsvRecord(int line, IReadOnlyList<string> fields, int? errorField, string? error)
        {
            Line = line;
            Fields = fields;
            ErrorField = errorField;
            Error = error;
        }

        /// <summary>Gets the 1-based line the record starts on.</summary>
        public int Line { get; }

        /// <summary>Gets the fields, unquoted.</summary>
        public IReadOnlyList<string> Fields { get; }

        /// <summary>Gets the 0-based index of the field with a syntax error, or null.</summary>
        public int? ErrorField { get; }

        /// <summary>Gets the syntax error, or null.</summary>
        public string? Error { get; }
    }

    /// <summary>
    /// Reads RFC 4180 CSV one record at a time from a text reader: comma-separated, fields optionally in double quotes
    /// (<c>""</c> inside quotes is one quote; quoted fields may span lines), records ended by LF, CRLF or CR. Empty lines
    /// are skipped.
    /// </summary>
    /// <remarks>
    /// Streams through its own character buffer, which holds one block of text or, when a record is longer, that record.
    /// <see cref="NextAsync"/> fills the buffer asynchronously until it holds a whole record and then parses it without
    /// blocking. Not thread-safe.
    /// </remarks>
    internal sealed class CsvRecordReader : ICsvRecords
    {
        private const int BlockSize = 16 * 1024;
        private readonly TextReader _reader;
        private char[] _buffer = new char[BlockSize];
        private int _position;
        private int _length;
        private bool _ended;
        private int _line = 1;

        /// <summary>Creates a reader; the text reader is not disposed.</summary>
        public CsvRecordReader(TextReader reader) => _reader = reader;

        /// <summary>Reads the next record, or returns null at the end of the input.</summary>
        public CsvRecord? Next()
        {
            while (true)
            {
                var c = Read();
                if (c == -1)
                {
                    return null;
                }

                var record = ReadRecord(c);
                if (record is not null)
                {
                    return record;
                }
            }
        }

        /// <summary>Reads the next record, reading the text asynchronously; null at the end of the input.</summary>
        public async Task<CsvRecord?> NextAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                await FillRecordAsync(cancellationToken).ConfigureAwait(false);
                var c = Read();
                if (c == -1)
                {
                    return null;
                }

                var record = ReadRecord(c);
                if (record is not null)
                {
                    return record;
                }
            }
        }

        /// <summary>
        /// Reads text asynchronously until the buffer holds a record end outside quotes and one more character (so a CR
        /// can be told from CRLF), or the input ends. The scan follows the parser's states: a quote opens a quoted field
        /// only at a field's start, and a doubled quote inside one stays inside.
        /// </summary>
        private async Task FillRecordAsync(CancellationToken cancellationToken)
        {
            var scanned = _position;
            var state = ScanState.FieldStart;
            var found = false;
            while (true)
            {
                for (; !found && scanned < _length; scanned++)
                {
                    var c = _buffer[scanned];
                    switch (state)
                    {
                        case ScanState.InQuotes:
                            state = c == '"' ? ScanState.QuoteSeen : ScanState.InQuotes;
                            break;
                        case ScanState.QuoteSeen when c == '"':
                            state = ScanState.InQuotes;
                            break;
                        default:
                            if (c == '\n' || c == '\r')
                            {
                                found = true;
                            }
                            else
                            {
                                state = c == ',' ? ScanState.FieldStart : c == '"' && state == ScanState.FieldStart ? ScanState.InQuotes : ScanState.Unquoted;
                            }

                            break;
                    }
                }

                if (_ended || (found && scanned < _length))
                {
                    return;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (_position > 0)
                {
                    Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
                    _length -= _position;
                    scanned -= _position;
                    _position = 0;
                }

                if (_length > _buffer.Length - BlockSize)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var read = await _reader.ReadAsync(_buffer, _length, _buffer.Length - _length).ConfigureAwait(false);
                _ended = read == 0;
                _length += read;
            }
        }

        private int Read() => _position < _length || Refill() ? _buffer[_position++] : -1;

        private int Peek() => _position < _length || Refill() ? _buffer[_position] : -1;

        private bool Refill()
        {
            if (_ended)
            {
                return false;
            }

            _position = 0;
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _ended = _length == 0;
            return !_ended;
        }

        /// <summary>Reads one record whose first character is <paramref name="c"/>; null for an empty line.</summary>
        private CsvRecord? ReadRecord(int c)
        {
            var startLine = _line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var inQuotes = false;
            var quoted = false;
            int? errorField = null;
            string? error = null;
            while (true)
            {
                if (inQuotes)
                {
                    if (c == -1)
                    {
                        errorField ??= fields.Count;
                        error ??= $"the quoted field that opens on line {startLine} is never closed";
                        break;
                    }

                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Read();
                            field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && Peek() != '\n'))
                        {
                            _line++;
                        }

                        field.Append((char)c);
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                }
                else if (c == '\r' || c == '\n' || c == -1)
                {
                    if (c == '\r' && Peek() == '\n')
                    {
                        Read();
                    }

                    if (c != -1)
                    {
                        _line++;
                    }

                    break;
                }
                else if (c == '"' && field.Length == 0 && !quoted)
                {
                    inQuotes = true;
                    quoted = true;
                }
                else
                {
                    if (quoted || c == '"')
                    {
                        errorField ??= fields.Count;
                        error ??= quoted
                            ? "text follows the closing quote of a quoted field; quote the whole field"
                            : "a double quote inside an unquoted field; quote the field and double the quote (\"\")";
                    }

                    field.Append((char)c);
                }

                c = Read();
            }

            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Length == 0 && !quoted && error is null)
            {
                return null;
            }

            return new CsvRecord(startLine, fields.AsReadOnly(), errorField, error);
        }

        private enum ScanState
        {
            FieldStart,
            Unquoted,
            InQuotes,
            QuoteSeen,
        }
    }
}

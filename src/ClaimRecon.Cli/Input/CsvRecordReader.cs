using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ClaimRecon.Cli.Input
{
    /// <summary>One CSV record: the line it starts on, its fields, and a syntax error if it has one.</summary>
    /// <param name="Line">The 1-based line the record starts on.</param>
    /// <param name="Fields">The fields, unquoted.</param>
    /// <param name="ErrorField">The 0-based index of the field with a syntax error, or null.</param>
    /// <param name="Error">The syntax error, or null.</param>
    internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, int? ErrorField, string? Error);

    /// <summary>
    /// Reads RFC 4180 CSV one record at a time from a text reader: comma-separated, fields optionally in double quotes
    /// (<c>""</c> inside quotes is one quote; quoted fields may span lines), records ended by LF, CRLF or CR. Empty lines
    /// are skipped.
    /// </summary>
    /// <remarks>Streams: holds one record at a time. Not thread-safe.</remarks>
    internal sealed class CsvRecordReader
    {
        private readonly TextReader _reader;
        private int _line = 1;

        /// <summary>Creates a reader; the text reader is not disposed.</summary>
        /// <param name="reader">The text.</param>
        public CsvRecordReader(TextReader reader) => _reader = reader;

        /// <summary>Reads the next record.</summary>
        /// <returns>The record, or null at the end of the input.</returns>
        public CsvRecord? Next()
        {
            while (true)
            {
                var c = _reader.Read();
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
                        if (_reader.Peek() == '"')
                        {
                            _reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
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
                    if (c == '\r' && _reader.Peek() == '\n')
                    {
                        _reader.Read();
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

                c = _reader.Read();
            }

            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Length == 0 && !quoted && error is null)
            {
                return null;
            }

            return new CsvRecord(startLine, fields.AsReadOnly(), errorField, error);
        }
    }
}

using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Internal;

namespace ClaimRecon.Serialization
{
    /// <summary>Thrown by <see cref="StrictUtf8Reader"/> for bytes that are not UTF-8, with the line they are on.</summary>
    internal sealed class InvalidUtf8Exception : IOException
    {
        public InvalidUtf8Exception(int line, string bytes)
            : base($"line {line} holds bytes that are not UTF-8 text ({bytes})")
        {
            Line = line;
            Bytes = bytes;
        }

        /// <summary>Gets the 1-based line (counted by LF) of the first invalid byte.</summary>
        public int Line { get; }

        /// <summary>Gets the invalid bytes as hex, such as <c>0xFF</c>.</summary>
        public string Bytes { get; }
    }

    /// <summary>
    /// Decodes a UTF-8 stream strictly: a leading byte order mark is skipped, and bytes that are not UTF-8 throw
    /// <see cref="InvalidUtf8Exception"/> naming their line, never become U+FFFD.
    /// </summary>
    /// <remarks>Leaves the stream open. Not thread-safe.</remarks>
    internal sealed class StrictUtf8Reader : TextReader
    {
        private const int BlockSize = 16 * 1024;
        private readonly Stream _stream;
        private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        private readonly byte[] _bytes = new byte[BlockSize];
        private readonly char[] _chars = new char[BlockSize + 4];
        private int _position;
        private int _length;
        private int _lines = 1;
        private bool _begun;
        private bool _ended;
        private InvalidUtf8Exception? _invalid;

        public StrictUtf8Reader(Stream stream) => _stream = stream;

        public override int Peek() => _position < _length || Fill(Read(_bytes.Length)) ? _chars[_position] : -1;

        public override int Read() => _position < _length || Fill(Read(_bytes.Length)) ? _chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == _length && !Fill(Read(_bytes.Length)))
            {
                return 0;
            }

            return Copy(buffer, index, count);
        }

        public override async Task<int> ReadAsync(char[] buffer, int index, int count)
        {
            if (_position == _length)
            {
#if NET
                var read = _ended ? 0 : await _stream.ReadAsync(_bytes.AsMemory(), CancellationToken.None).ConfigureAwait(false);
#else
                var read = _ended ? 0 : await _stream.ReadAsync(_bytes, 0, _bytes.Length, CancellationToken.None).ConfigureAwait(false);
#endif
                if (!Fill(read))
                {
                    return 0;
                }
            }

            return Copy(buffer, index, count);
        }

        private int Read(int count) => _ended ? 0 : _stream.Read(_bytes, 0, count);

        private int Copy(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _length - _position);
            Array.Copy(_chars, _position, buffer, index, n);
            _position += n;
            return n;
        }

        /// <summary>Decodes the bytes just read (none: the end); false when there is nothing more to give.</summary>
        private bool Fill(int read)
        {
            if (_invalid is not null)
            {
                throw _invalid;
            }

            while (true)
            {
                var start = 0;
                if (!_begun && read > 0)
                {
                    _begun = true;
                    if (read >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
                    {
                        start = 3;
                    }
                }

                _ended = read == 0;
                try
                {
                    _position = 0;
                    _length = _decoder.GetChars(_bytes, start, read - start, _chars, 0, flush: _ended);
                }
                catch (DecoderFallbackException e)
                {
                    // The text before the bad bytes is given first; the next read throws.
                    var at = Math.Max(start, Math.Min(read, start + Math.Max(0, e.Index)));
                    _invalid = new InvalidUtf8Exception(_lines + Count(start, at), HexText.Of(e.BytesUnknown));
                    _ended = true;
                    _length = Decoded(start, at);
                    if (_length == 0)
                    {
                        // Nothing to give first (the bad bytes open the block, or a character is cut off at the end of
                        // the stream): throw now, since a reader told "end of text" never reads again to see the error.
                        throw _invalid;
                    }

                    return true;
                }

                _lines += Count(start, read);
                if (_length > 0 || _ended)
                {
                    return _length > 0;
                }

                read = Read(_bytes.Length);
            }
        }

        private int Decoded(int from, int to)
        {
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetChars(_bytes, from, to - from, _chars, 0);
            }
            catch (DecoderFallbackException)
            {
                return 0;
            }
        }

        private int Count(int from, int to)
        {
            var lines = 0;
            for (var i = from; i < to; i++)
            {
                if (_bytes[i] == (byte)'\n')
                {
                    lines++;
                }
            }

            return lines;
        }
    }
}

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Splits a byte stream into lines (ended by LF or CRLF; the end is not part of the line) without decoding them,
    /// counting line numbers. A line longer than <see cref="MaxLineBytes"/> is returned cut, flagged, and the rest of it
    /// skipped, so one line can never take more memory than that.
    /// </summary>
    /// <remarks>Holds one buffer, which grows only to hold one line. Not thread-safe.</remarks>
    internal sealed class Utf8LineReader
    {
        /// <summary>The longest line read whole: 16 MiB.</summary>
        public const int MaxLineBytes = 16 * 1024 * 1024;

        private const int BlockSize = 64 * 1024;
        private readonly Stream _stream;
        private byte[] _buffer = new byte[BlockSize];
        private int _start;
        private int _end;
        private int _scanned;
        private bool _ended;
        private bool _skipping;

        public Utf8LineReader(Stream stream) => _stream = stream;

        /// <summary>Gets the buffer holding the current line.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Gets where the current line starts in <see cref="Buffer"/>.</summary>
        public int Offset { get; private set; }

        /// <summary>Gets the current line's length in bytes.</summary>
        public int Length { get; private set; }

        /// <summary>Gets the current line's 1-based number.</summary>
        public int Line { get; private set; }

        /// <summary>Gets a value indicating whether the current line was longer than <see cref="MaxLineBytes"/> and is cut.</summary>
        public bool TooLong { get; private set; }

        /// <summary>Moves to the next line; false at the end of the input.</summary>
        public bool Next()
        {
            while (true)
            {
                if (TryTake(out var more))
                {
                    return more;
                }

                Compact();
                var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
                _ended = read == 0;
                _end += read;
            }
        }

        /// <summary>As <see cref="Next"/>, reading asynchronously.</summary>
        public async Task<bool> NextAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (TryTake(out var more))
                {
                    return more;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Compact();
#if NET
                var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
#else
                var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
#endif
                _ended = read == 0;
                _end += read;
            }
        }

        /// <summary>Takes a whole line from the buffer when it holds one (or the input has ended); false when more must be read.</summary>
        private bool TryTake(out bool more)
        {
            more = false;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline < 0)
            {
                _scanned = _end;
                if (_end - _start >= MaxLineBytes && !_skipping)
                {
                    // Give the first MaxLineBytes bytes as the line, flagged; skip the rest up to its end.
                    Take(_start, MaxLineBytes, tooLong: true);
                    _skipping = true;
                    _start = _end;
                    _scanned = _end;
                    more = true;
                    return true;
                }

                if (_skipping)
                {
                    _start = _end;
                }

                if (!_ended)
                {
                    return false;
                }

                if (_end > _start && !_skipping)
                {
                    Take(_start, _end - _start, tooLong: false);
                    _start = _end;
                    more = true;
                    return true;
                }

                return true;
            }

            _scanned = newline + 1;
            if (_skipping)
            {
                _skipping = false;
                _start = _scanned;
                return false;
            }

            var length = newline - _start;
            if (length > 0 && _buffer[newline - 1] == (byte)'\r')
            {
                length--;
            }

            Take(_start, length, tooLong: false);
            _start = _scanned;
            more = true;
            return true;
        }

        private void Take(int offset, int length, bool tooLong)
        {
            Offset = offset;
            Length = length;
            TooLong = tooLong;
            Line++;
        }

        /// <summary>Moves the unread bytes to the front and grows the buffer when a line fills it.</summary>
        private void Compact()
        {
            if (_start > 0)
            {
                System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _scanned -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Min(MaxLineBytes + BlockSize, _buffer.Length * 2));
            }
        }
    }
}

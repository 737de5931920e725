using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>'s text, encoded a chunk at a time, so text
    /// readers feed the token reader without the whole text in memory. An unpaired surrogate in the text is not text and
    /// stops the stream with a <see cref="JsonException"/> saying so, rather than becoming U+FFFD silently.
    /// </summary>
    internal sealed class TextUtf8Stream : Stream
    {
        private readonly TextReader _text;
        private readonly Encoder _encoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetEncoder();
        private readonly char[] _chars = new char[16 * 1024];
        private readonly byte[] _bytes = new byte[(16 * 1024 * 3) + 8];
        private int _start;
        private int _end;
        private bool _done;

        public TextUtf8Stream(TextReader text) => _text = text;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_start == _end && !_done)
            {
                var read = _text.Read(_chars, 0, _chars.Length);
                _done = read == 0;
                try
                {
                    _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
                }
                catch (EncoderFallbackException e)
                {
                    throw new JsonException($"the text holds an unpaired surrogate (U+{(int)(e.CharUnknown == '\0' ? e.CharUnknownHigh : e.CharUnknown):X4}), which is not text");
                }

                _start = 0;
            }

            var n = Math.Min(count, _end - _start);
            Buffer.BlockCopy(_bytes, _start, buffer, offset, n);
            _start += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System;
using System.IO;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>A read-only stream that reads one stream to its end, then the next; disposing it disposes both.</summary>
    internal sealed class ConcatenatedStream : Stream
    {
        private readonly Stream _first;
        private readonly Stream _second;
        private bool _onSecond;

        /// <summary>Joins two readable streams.</summary>
        /// <param name="first">Read first.</param>
        /// <param name="second">Read when the first is at its end.</param>
        public ConcatenatedStream(Stream first, Stream second)
        {
            _first = first;
            _second = second;
        }

        /// <inheritdoc/>
        public override bool CanRead => true;

        /// <inheritdoc/>
        public override bool CanSeek => false;

        /// <inheritdoc/>
        public override bool CanWrite => false;

        /// <inheritdoc/>
        public override long Length => throw new NotSupportedException();

        /// <inheritdoc/>
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <inheritdoc/>
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_onSecond)
            {
                var read = _first.Read(buffer, offset, count);
                if (read > 0 || count == 0)
                {
                    return read;
                }

                _onSecond = true;
            }

            return _second.Read(buffer, offset, count);
        }

        /// <inheritdoc/>
        public override void Flush()
        {
        }

        /// <inheritdoc/>
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        /// <inheritdoc/>
        public override void SetLength(long value) => throw new NotSupportedException();

        /// <inheritdoc/>
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <inheritdoc/>
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _first.Dispose();
                _second.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

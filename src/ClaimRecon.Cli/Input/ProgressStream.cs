using System;
using System.IO;

namespace ClaimRecon.Cli.Input
{
    /// <summary>A read-only view of a seekable stream that reports the fraction read after every read.</summary>
    /// <remarks>Disposes the inner stream with itself. Not thread-safe.</remarks>
    internal sealed class ProgressStream : Stream
    {
        private readonly Stream _inner;
        private readonly Action<double> _report;

        /// <summary>Wraps a stream.</summary>
        /// <param name="inner">A seekable stream, read from its current position.</param>
        /// <param name="report">Called with the fraction read, in [0, 1].</param>
        public ProgressStream(Stream inner, Action<double> report)
        {
            _inner = inner;
            _report = report;
        }

        /// <inheritdoc />
        public override bool CanRead => true;

        /// <inheritdoc />
        public override bool CanSeek => false;

        /// <inheritdoc />
        public override bool CanWrite => false;

        /// <inheritdoc />
        public override long Length => _inner.Length;

        /// <inheritdoc />
        public override long Position
        {
            get => _inner.Position;
            set => throw new NotSupportedException();
        }

        /// <inheritdoc />
        public override int Read(byte[] buffer, int offset, int count) => Reported(_inner.Read(buffer, offset, count));

        /// <inheritdoc />
        public override int Read(Span<byte> buffer) => Reported(_inner.Read(buffer));

        /// <inheritdoc />
        public override void Flush()
        {
        }

        /// <inheritdoc />
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        /// <inheritdoc />
        public override void SetLength(long value) => throw new NotSupportedException();

        /// <inheritdoc />
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Reported(int read)
        {
            _report(_inner.Length == 0 ? 1 : (double)_inner.Position / _inner.Length);
            return read;
        }
    }
}

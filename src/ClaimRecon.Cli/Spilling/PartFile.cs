using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>
    /// Rendered pieces of a report kept in a temporary file until they are written in the report's order. Text is kept
    /// as UTF-16 code units, copied as they are: an encoder would replace a lone surrogate, and the report must come out
    /// as the whole-report writer makes it.
    /// </summary>
    internal sealed class PartFile : IDisposable
    {
        private readonly FileStream _file;
        private char[] _buffer = new char[1024];

        /// <summary>Creates the file; it is deleted when disposed.</summary>
        /// <param name="path">A path no other file has.</param>
        public PartFile(string path) =>
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

        /// <summary>Appends text.</summary>
        /// <param name="text">The text.</param>
        /// <returns>Where it is: its offset in code units, and its length.</returns>
        public (long Offset, int Length) Append(string text)
        {
            var offset = _file.Length / 2;
            _file.Seek(0, SeekOrigin.End);
            _file.Write(MemoryMarshal.AsBytes(text.AsSpan()));
            return (offset, text.Length);
        }

        /// <summary>Writes a piece to <paramref name="output"/>.</summary>
        /// <param name="offset">Its offset, as <see cref="Append"/> gave it.</param>
        /// <param name="length">Its length.</param>
        /// <param name="output">Where to write it.</param>
        public void CopyTo(long offset, int length, TextWriter output) => output.Write(Load(offset, length), 0, length);

        /// <summary>Reads a piece back as a string.</summary>
        /// <param name="offset">Its offset.</param>
        /// <param name="length">Its length.</param>
        /// <returns>The text.</returns>
        public string Read(long offset, int length) => new(Load(offset, length), 0, length);

        /// <summary>Reads a piece into the reused buffer, which is returned.</summary>
        private char[] Load(long offset, int length)
        {
            if (_buffer.Length < length)
            {
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            _file.Seek(offset * 2, SeekOrigin.Begin);
            _file.ReadExactly(MemoryMarshal.AsBytes(_buffer.AsSpan(0, length)));
            return _buffer;
        }

        /// <summary>Closes and deletes the file.</summary>
        public void Dispose() => _file.Dispose();
    }
}

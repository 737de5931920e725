using System;
using System.IO;

namespace ClaimRecon.Cli.Input
{
    /// <summary>A text reader that gives some text already taken from a reader, then the rest of that reader.</summary>
    /// <remarks>Used to look at the start of standard input (which cannot be rewound) and still read all of it. Does not dispose the inner reader. Not thread-safe.</remarks>
    internal sealed class PrefixedReader : TextReader
    {
        private readonly string _prefix;
        private readonly TextReader _rest;
        private int _position;

        /// <summary>Creates the reader.</summary>
        /// <param name="prefix">The text taken already.</param>
        /// <param name="rest">The reader it was taken from.</param>
        public PrefixedReader(string prefix, TextReader rest)
        {
            _prefix = prefix;
            _rest = rest;
        }

        /// <inheritdoc />
        public override int Peek() => _position < _prefix.Length ? _prefix[_position] : _rest.Peek();

        /// <inheritdoc />
        public override int Read() => _position < _prefix.Length ? _prefix[_position++] : _rest.Read();

        /// <inheritdoc />
        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= _prefix.Length)
            {
                return _rest.Read(buffer, index, count);
            }

            var n = Math.Min(count, _prefix.Length - _position);
            _prefix.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}

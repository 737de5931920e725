namespace ClaimRecon.Extraction
{
    internal enum TokenKind : byte
    {
        Number,
        Word,
        Symbol,
    }

    /// <summary>A token of the scanned text: its span, kind, and for digits the value and shape.</summary>
    internal readonly struct Token
    {
        private readonly long _mantissa;
        private readonly byte _scale;

        public Token(TokenKind kind, int start, int end, bool spaceBefore, long mantissa = 0, byte scale = 0, byte digits = 0, bool grouped = false, bool hasFraction = false)
        {
            Kind = kind;
            Start = start;
            End = end;
            SpaceBefore = spaceBefore;
            _mantissa = mantissa;
            _scale = scale;
            Digits = digits;
            Grouped = grouped;
            HasFraction = hasFraction;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        /// <summary>The offset just after the token.</summary>
        public int End { get; }

        /// <summary>Whether whitespace separates this token from the one before.</summary>
        public bool SpaceBefore { get; }

        /// <summary>The number's value (kept as an integer mantissa and a decimal scale, so a token stays small).</summary>
        public decimal Value => new(unchecked((int)(_mantissa & 0xFFFFFFFF)), unchecked((int)(_mantissa >> 32)), 0, false, _scale);

        /// <summary>The number of digits written (0 when more than 18, too many to be a quantity in text).</summary>
        public byte Digits { get; }

        /// <summary>Whether the digits are grouped by thousands separators ("5,000").</summary>
        public bool Grouped { get; }

        public bool HasFraction { get; }

        public int Length => End - Start;
    }
}

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
        public Token(TokenKind kind, int start, int end, bool spaceBefore, decimal value = 0m, byte digits = 0, bool grouped = false, bool hasFraction = false)
        {
            Kind = kind;
            Start = start;
            End = end;
            SpaceBefore = spaceBefore;
            Value = value;
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

        public decimal Value { get; }

        /// <summary>The number of digits written (0 when too many to hold).</summary>
        public byte Digits { get; }

        /// <summary>Whether the digits are grouped by thousands separators ("5,000").</summary>
        public bool Grouped { get; }

        public bool HasFraction { get; }

        public int Length => End - Start;
    }
}

namespace ClaimRecon.Extraction
{
    internal enum TokenKind : byte
    {
        Number,
        Word,
        Symbol,
    }

    /// <summary>
    /// A token of the scanned text and the per-token table the stages read: its span, kind and shape, and the facts
    /// learned about it once per pass (a word's <see cref="WordClass"/>, the slot of its cut string).
    /// </summary>
    /// <remarks>
    /// Sixteen bytes: start, end, a packed shape word and a slot. The shape word holds the kind (bits 0–1), whether
    /// whitespace comes before (bit 2), for numbers whether the digits are grouped (bit 3), whether there is a fraction
    /// (bit 4), the digit count (bits 5–9) and the decimal scale (bits 10–14), and for any token the 1-based index of its
    /// cut string in the cursor's list (bits 15–31, 0 for none). The slot is a word's classes once classified, or a
    /// number's 1-based index into the pass's mantissas (0 reads as the value 0, as an all-zero token always did).
    /// A zeroed token reads as it did before: a number of value 0 with no digits.
    /// <para>The readers below are unchecked although the project checks arithmetic: every value fits (a mask of a few
    /// bits, an end after its start), and each is inlined into hundreds of rules, where the checks' branches only made
    /// the code larger.</para>
    /// </remarks>
    internal struct Token
    {
        public const int MaxStringSlot = (1 << 17) - 1;

        private const int StringShift = 15;

        private readonly int _start;
        private readonly int _end;
        private uint _shape;
        private uint _slot;

        private Token(TokenKind kind, int start, int end, bool spaceBefore, uint numberShape, uint slot)
        {
            _start = start;
            _end = end;
            _shape = (uint)kind | (spaceBefore ? 4u : 0u) | numberShape;
            _slot = slot;
        }

        public readonly TokenKind Kind => unchecked((TokenKind)(_shape & 3));

        public readonly int Start => _start;

        /// <summary>The offset just after the token.</summary>
        public readonly int End => _end;

        /// <summary>Whether whitespace separates this token from the one before.</summary>
        public readonly bool SpaceBefore => (_shape & 4) != 0;

        /// <summary>The number of digits written (0 when more than 18, too many to be a quantity in text).</summary>
        public readonly byte Digits => unchecked((byte)((_shape >> 5) & 31));

        /// <summary>Whether the digits are grouped by thousands separators ("5,000").</summary>
        public readonly bool Grouped => (_shape & 8) != 0;

        public readonly bool HasFraction => (_shape & 16) != 0;

        public readonly int Length => unchecked(_end - _start);

        /// <summary>The number of fraction digits of a number's value.</summary>
        public readonly byte Scale => unchecked((byte)((_shape >> 10) & 31));

        /// <summary>A number's 1-based index into the pass's mantissas (0: the value 0).</summary>
        public readonly int NumberSlot => unchecked((int)_slot);

        /// <summary>Gets or sets a word's classes (<see cref="WordClass.None"/> until classified).</summary>
        public WordClass Class
        {
            readonly get => (WordClass)_slot;
            set => _slot = (uint)value;
        }

        /// <summary>Gets or sets the 1-based index of the token's cut string in the cursor's list (0: not cut yet).</summary>
        public int StringSlot
        {
            readonly get => unchecked((int)(_shape >> StringShift));
            set => _shape = (_shape & ((1u << StringShift) - 1)) | ((uint)value << StringShift);
        }

        public static Token Word(int start, int end, bool spaceBefore) => new(TokenKind.Word, start, end, spaceBefore, 0, 0);

        public static Token Symbol(int start, int end, bool spaceBefore) => new(TokenKind.Symbol, start, end, spaceBefore, 0, 0);

        /// <summary>A number token; <paramref name="digits"/> and <paramref name="scale"/> are at most 18 (the tokenizer keeps 18 digits).</summary>
        public static Token Number(int start, int end, bool spaceBefore, int numberSlot, byte scale, byte digits, bool grouped, bool hasFraction) =>
            new(TokenKind.Number, start, end, spaceBefore, (grouped ? 8u : 0u) | (hasFraction ? 16u : 0u) | ((uint)(digits & 31) << 5) | ((uint)(scale & 31) << 10), (uint)numberSlot);

        /// <summary>The value of a number whose mantissa is <paramref name="mantissa"/> (kept as an integer and a decimal scale).</summary>
        public readonly decimal ValueOf(long mantissa) => new(unchecked((int)(mantissa & 0xFFFFFFFF)), unchecked((int)(mantissa >> 32)), 0, false, Scale);
    }
}

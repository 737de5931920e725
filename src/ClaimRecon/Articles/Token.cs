namespace ClaimRecon.Articles
{
    /// <summary>What a <see cref="Token"/> is, as far as attribution rules care.</summary>
    internal enum TokenKind : byte
    {
        /// <summary>A word, a number, an abbreviation with its periods ("U.S.", "Lt."), or an @handle.</summary>
        Word,

        /// <summary>A comma.</summary>
        Comma,

        /// <summary>A period, question or exclamation mark, or ellipsis.</summary>
        Stop,

        /// <summary>A colon.</summary>
        Colon,

        /// <summary>A semicolon.</summary>
        Semicolon,

        /// <summary>An opening double quotation mark (“, or a straight quote read as opening).</summary>
        QuoteOpen,

        /// <summary>A closing double quotation mark (”, or a straight quote read as closing).</summary>
        QuoteClose,

        /// <summary>A dash between words (—, ―, –, " - ", "--").</summary>
        Dash,

        /// <summary>An opening parenthesis or bracket.</summary>
        ParenOpen,

        /// <summary>A closing parenthesis or bracket.</summary>
        ParenClose,

        /// <summary>Any other symbol.</summary>
        Other,
    }

    /// <summary>One token of an article: its kind and character offsets (end excluded).</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int start, int end, bool capitalised, short known = -1)
        {
            Kind = kind;
            Start = start;
            End = end;
            Capitalised = capitalised;
            KnownPlusOne = (short)(known + 1);
        }

        // Declared offsets first, then the one-byte kind and flag and the two-byte known word: twelve bytes a token.
        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        /// <summary>Gets whether a word starts with an upper-case letter.</summary>
        public bool Capitalised { get; }

        /// <summary>Gets the known word's number + 1 (0: none), so that the default token knows no word.</summary>
        private short KnownPlusOne { get; }

        /// <summary>Gets the number of the known word (<see cref="KnownWords.IndexOf"/>) the token spells, looked up as the word is read; -1 for none, for punctuation and for the default token.</summary>
        public int Known => KnownPlusOne - 1;

        public bool IsWord => Kind == TokenKind.Word;
    }
}

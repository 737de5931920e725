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
        public Token(TokenKind kind, int start, int end, bool capitalised)
        {
            Kind = kind;
            Start = start;
            End = end;
            Capitalised = capitalised;
        }

        // Declared offsets first, then the one-byte kind and flag: twelve bytes a token instead of sixteen.
        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        /// <summary>Gets whether a word starts with an upper-case letter.</summary>
        public bool Capitalised { get; }

        public bool IsWord => Kind == TokenKind.Word;
    }
}

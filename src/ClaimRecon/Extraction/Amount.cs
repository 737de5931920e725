namespace ClaimRecon.Extraction
{
    /// <summary>A figure read from tokens First..Last: its value with the scale applied, the value as written, and what kind of figure it is.</summary>
    internal struct Amount
    {
        public Amount(int first, int last, decimal value, string? scaleText, decimal? raw, bool isVague)
        {
            First = first;
            Last = last;
            Value = value;
            ScaleText = scaleText;
            Raw = raw ?? value;
            IsVague = isVague;
            VagueHigh = 0m;
            IsWordNumber = false;
            Factor = 1m;
        }

        public int First { get; }

        public int Last { get; }

        public decimal Value { get; }

        /// <summary>The value before its scale ("3" in "3 million").</summary>
        public decimal Raw { get; }

        public string? ScaleText { get; }

        /// <summary>The scale applied to digits (1000 for "5k", 1e9 for "2.1 billion"); 1 for number words, whose scale is part of the words.</summary>
        public decimal Factor { get; set; }

        public bool IsVague { get; set; }

        public decimal VagueHigh { get; set; }

        public bool IsWordNumber { get; set; }

        /// <summary>Whether the figure is a proportion: a fraction or a ratio ("a third of", "one in four").</summary>
        public bool IsProportion { get; set; }

        /// <summary>Whether the figure is a multiple ("fivefold", "3-fold").</summary>
        public bool IsMultiple { get; set; }

        /// <summary>Whether the figure is a multiple said in one adverb ("twice", "thrice"), read as "N times" is.</summary>
        public bool IsTimesWord { get; set; }
    }
}

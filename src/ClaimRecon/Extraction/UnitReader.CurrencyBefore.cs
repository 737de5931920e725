namespace ClaimRecon.Extraction
{
    /// <summary>The currency written before a figure: "$", "US$", "RM", "USD", "Rs.", "MEUR" (see <see cref="UnitReader"/>).</summary>
    internal sealed partial class UnitReader
    {
        /// <summary>The token and floor of the last <see cref="CurrencyBefore"/> answer (-1: none yet), and the answer.</summary>
        private int _currencyAt = -1;
        private int _currencyFloor;
        private int _currencyFirst;
        private string? _currencyWritten;
        private string? _currencyCode;

        /// <summary>"$US113", "$A5": token k is the country letters between the dollar sign and the digits.</summary>
        public bool IsCountryAfterDollar(int k) =>
            IsWord(k) && _t[k].Length <= 2 && IsSym(k - 1, '$') && Touches(k) && Lexicon.DollarPrefixes.ContainsKey(Str(k));

        /// <summary>
        /// A currency written as letters against the digits of token <paramref name="number"/>: "RM23.50" (Malaysian ringgit),
        /// "Rp5,000" (rupiah), and "PS2.7m", the ASCII spelling of "£" left by transliteration, read as pounds only when the
        /// figure is grouped, has decimals or a scale ("PS5" stays a name).
        /// </summary>
        public string? GluedCurrency(int k, int number)
        {
            if (!IsWord(k) || !Touches(number) || (IsWord(k - 1) && Touches(k)) || (IsNumber(k - 1) && Touches(k)))
            {
                return null;
            }

            if (IsExact(k, "RM"))
            {
                return "MYR";
            }

            if (IsExact(k, "Rp"))
            {
                return "IDR";
            }

            var t = _t[number];
            if (IsExact(k, "PS") && (t.Grouped || t.HasFraction || (IsWord(number + 1) && Touches(number + 1) && Lexicon.AttachedScales.ContainsKey(Str(number + 1)))))
            {
                return "GBP";
            }

            return null;
        }

        /// <summary>A currency written just before token i: "$", "US$", "HK$", "€", "USD", "Rs.".</summary>
        /// <remarks>
        /// The reader asks this of the same number twice in a row (whether the figure is money, then its currency); the
        /// answer depends only on the tokens and the floor, so the last answer is kept for the same token and floor.
        /// </remarks>
        public string? CurrencyBefore(int i, out int first, out string? written)
        {
            if (i != _currencyAt || Floor != _currencyFloor)
            {
                _currencyCode = ReadCurrencyBefore(i, out _currencyFirst, out _currencyWritten);
                _currencyAt = i;
                _currencyFloor = Floor;
            }

            first = _currencyFirst;
            written = _currencyWritten;
            return _currencyCode;
        }

        private string? ReadCurrencyBefore(int i, out int first, out string? written)
        {
            first = i;
            written = null;
            var k = i - 1;
            if (k < Floor || k < 0)
            {
                return null;
            }

            if (_t[k].Kind == TokenKind.Symbol && IsCurrencySymbol(k) && Lexicon.CurrencySymbols.TryGetValue(Str(k), out var code))
            {
                first = k;
                if (code == "USD" && IsWord(k - 1) && k - 1 >= Floor && Lexicon.DollarPrefixes.TryGetValue(Str(k - 1), out var dollar)
                    && (Touches(k) || Is(k - 1, "c") || Is(k - 1, "hk") || Is(k - 1, "us") || Is(k - 1, "nz") || Is(k - 1, "US") || Is(k - 1, "HK")))
                {
                    first = k - 1;
                    code = dollar;
                }
                else if (code == "USD" && IsSym(k - 1, '.') && Touches(k) && Is(k - 2, "S") && IsSym(k - 3, '.') && Is(k - 4, "U") && k - 4 >= Floor)
                {
                    first = k - 4; // U.S.$
                }

                written = Span(first, k);
                return code;
            }

            // "$US113", "$A5": the country after the symbol
            if (IsWord(k) && Touches(i) && IsSym(k - 1, '$') && Touches(k) && k - 1 >= Floor && Lexicon.DollarPrefixes.TryGetValue(Str(k), out var after) && _t[k].Length <= 2)
            {
                first = k - 1;
                written = Span(first, k);
                return after;
            }

            if (IsWord(k) && _t[k].Length == 3 && May(k, WordClass.IsoCode) && Lexicon.IsoCodes.Contains(Str(k)) && (char.IsUpper(_text[_t[k].Start]) || !IsWord(k - 1) || Touches(i))
                && !IsSym(i + 1, '%') && !Is(i + 1, "percent")) // "BTC 3% higher", "EUR 2% lower": the move of a ticker, no amount of it
            {
                first = k;
                written = Str(k);
                return Str(k).ToUpperInvariant();
            }

            if (GluedCurrency(k, i) is string glued)
            {
                first = k;
                written = Str(k);
                return glued;
            }

            if (IsSym(k, '=') && Touches(k) && Touches(i) && IsExact(k - 1, "Y") && k - 1 >= Floor && !Touches(k - 1)
                && (_t[i].Grouped || (May(i + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i + 1)))))
            {
                first = k - 1;
                written = Span(first, k);
                return "JPY"; // "Y=28,030", "Y=590 billion": the yen sign as wire services type it (not "Y=10" in a formula)
            }

            if (Is(k, "rmb") && !Touches(i))
            {
                first = k;
                written = Str(k);
                return "CNY"; // "RMB 25": renminbi written before the figure
            }

            // "at dollar 22.5 million": the currency word before a scaled or grouped figure, after a preposition, as some wire
            // copy writes it; not "the dollar 1.2% higher", "US dollar 1,200" or "a dollar 10 years ago".
            if (Is(k, "dollar") && !Touches(i) && IsWord(k - 1) && !Has(k - 1, WordClass.CurrencyQualifier) && !Has(k - 1, WordClass.DollarPrefix)
                && (Is(k - 1, "at") || Is(k - 1, "of") || Is(k - 1, "for") || Is(k - 1, "to") || Is(k - 1, "from") || Is(k - 1, "by"))
                && (_t[i].Grouped || (May(i + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i + 1)))))
            {
                first = k;
                written = Str(k);
                return "USD";
            }

            if (Is(k, "Rs") || (IsSym(k, '.') && Is(k - 1, "Rs")))
            {
                first = IsSym(k, '.') ? k - 1 : k;
                written = Span(first, k);
                return "INR";
            }

            return null;
        }

        /// <summary>
        /// The ISO code of millions of a major currency written as one upper-case word before figure i ("MEUR 12.5",
        /// "MUSD 40"), a convention of financial reports; null otherwise. Only the codes below count, so a capitalised
        /// word such as "MARS" or "MALL" before a number is not read as millions of pesos or leks.
        /// </summary>
        public string? MillionCodeBefore(int i)
        {
            var k = i - 1;
            if (k < Floor || !IsMillionCode(k) || _text[_t[k].Start] != 'M')
            {
                return null;
            }

            var code = _text.Substring(_t[k].Start + 1, 3);
            return MajorCodes.Contains(code) ? code : null;
        }
    }
}

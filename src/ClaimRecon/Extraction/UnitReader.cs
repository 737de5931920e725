using System;
using System.Collections.Generic;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Currencies and units around a figure: "$", "US$", "RM", "USD" before it; "%", "percentage points", "Australian dollars", "km" after it.</summary>
    internal sealed partial class UnitReader : ScannerStage
    {
        /// <summary>The ISO codes as a set that is asked without cutting a string (ASCII case folded, as the codes are ASCII).</summary>
        private static readonly WordSet IsoCodeSet = new(Lexicon.IsoCodes);

        /// <summary>The currencies whose millions financial reports write as M and the code ("MSEK"), in upper case.</summary>
        private static readonly HashSet<string> MajorCodes = new(StringComparer.Ordinal)
        {
            "USD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "NZD", "CNY", "HKD", "SGD", "INR", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "ZAR",
        };

        /// <summary>Every currency symbol character (each key of <see cref="Lexicon.CurrencySymbols"/> is one character).</summary>
        private static readonly string CurrencySymbolChars = string.Concat(Lexicon.CurrencySymbols.Keys);

        private readonly HedgeReader _hedges;

        /// <summary>
        /// The words <see cref="UnitAfter"/> asks for by name rather than from a table; with the unit, currency-word,
        /// qualifier and ISO tables they are every word a unit written after a figure can start with (<see cref="WordClass.UnitStart"/>).
        /// </summary>
        internal static IReadOnlyList<string> NamedUnitStarts { get; } = new[]
        {
            "pounds", "pound", "percentage", "percent", "pct", "percents", "pc", "per", "pp", "ppt", "ppts", "basis", "hong", "new", "south",
            "square", "sq", "degrees", "degree",
        };

        public UnitReader(TokenCursor cursor, HedgeReader hedges)
            : base(cursor)
        {
            _hedges = hedges;
        }

        /// <summary>A unit written just after token k - 1 ("%", "percent", "percentage points", "Australian dollars", "USD", "km").</summary>
        /// <remarks>
        /// Most tokens after a figure start no unit: a number, or a word whose cached class says so, is answered here, and
        /// only the rest go on to <see cref="ReadUnitAfter"/>, whose frame of unit answers is cleared on every call.
        /// </remarks>
        public UnitInfo? UnitAfter(int k, bool allowCurrency)
        {
            if (k >= _n || IsNumber(k))
            {
                return null;
            }

            if (IsWord(k) && !May(k, WordClass.UnitStart) && !(allowCurrency && IsMillionCode(k)))
            {
                // A lone letter glued to the figure may still be a temperature scale ("41.2C"): asked only of one-letter words.
                return _t[k].Length == 1 ? TemperatureAt(k) : null;
            }

            return ReadUnitAfter(k, allowCurrency);
        }

        /// <summary>The unit after token k - 1 when token k is a symbol, or a word that may start one (see <see cref="UnitAfter"/>).</summary>
        private UnitInfo? ReadUnitAfter(int k, bool allowCurrency)
        {

            if (IsSym(k, '%'))
            {
                if (Is(k + 1, "points") || Is(k + 1, "point"))
                {
                    return new UnitInfo(Unit.PercentagePoint, k, k + 1, null);
                }

                return new UnitInfo(Unit.Percent, k, k, null);
            }

            if (allowCurrency && _t[k].Kind == TokenKind.Symbol && IsCurrencySymbol(k) && Lexicon.CurrencySymbols.TryGetValue(Str(k), out var symbolCode))
            {
                return new UnitInfo(CurrencyUnit(symbolCode), k, k, null);
            }

            if (IsSym(k, '\u00B0'))
            {
                return TemperatureAt(k); // "39°C", "39 °F", "12°"
            }

            if (!IsWord(k) || (!May(k, WordClass.UnitStart) && !(allowCurrency && IsMillionCode(k))))
            {
                return null; // most words after a figure start no unit: the word's cached class answers
            }

            if (allowCurrency && IsMillionCode(k))
            {
                return new UnitInfo(CurrencyUnit(Str(k).Substring(1).ToUpperInvariant()), k, k, null, 1_000_000m);
            }

            if (allowCurrency && (Is(k, "pounds") || Is(k, "pound")) && IsWord(k - 1) && Lexicon.ScaleWords.ContainsKey(Str(k - 1)) && !Is(k + 1, "of"))
            {
                return new UnitInfo(CurrencyUnit("GBP"), k, Is(k + 1, "sterling") ? k + 1 : k, null);
            }

            if (Is(k, "percentage") && (Is(k + 1, "points") || Is(k + 1, "point")))
            {
                return new UnitInfo(Unit.PercentagePoint, k, k + 1, null);
            }

            if (Is(k, "percent") || Is(k, "pct") || Is(k, "percents") || (Is(k, "pc") && Touches(k)))
            {
                return new UnitInfo(Unit.Percent, k, k, null);
            }

            if (Is(k, "per") && (Is(k + 1, "cent") || Is(k + 1, "centum")))
            {
                return new UnitInfo(Unit.Percent, k, k + 1, null);
            }

            if (Is(k, "pp") || Is(k, "ppt") || Is(k, "ppts"))
            {
                return new UnitInfo(Unit.PercentagePoint, k, k, null);
            }

            if (Is(k, "basis") && (Is(k + 1, "points") || Is(k + 1, "point")))
            {
                return new UnitInfo(Unit.Opaque("bp"), k, k + 1, null);
            }

            if (allowCurrency)
            {
                var q = k;
                string? qualified = null;
                // "Hong Kong dollars", "New Zealand dollars", "South African rand", "US dollars"
                if (Is(q, "Hong") && Is(q + 1, "Kong") || Is(q, "New") && Is(q + 1, "Zealand") || Is(q, "South") && Is(q + 1, "African"))
                {
                    qualified = Is(q, "Hong") ? "HKD" : Is(q, "New") ? "NZD" : "ZAR";
                    q += 2;
                }
                else if (May(q, WordClass.CurrencyQualifier) && Lexicon.CurrencyQualifiers.TryGetValue(Str(q), out var byQualifier) && IsWord(q + 1)
                    && ((May(q + 1, WordClass.CurrencyWord) && Lexicon.CurrencyWords.ContainsKey(Str(q + 1))) || Is(q + 1, "pounds") || Is(q + 1, "pound") || IsCrown(q + 1)))
                {
                    qualified = byQualifier;
                    q += 1;
                }

                if (qualified is "DKK" or "SEK" or "NOK" or "CZK" && IsCrown(q))
                {
                    return new UnitInfo(CurrencyUnit(qualified), k, q, null); // "Danish crowns", "Czech crowns": named only with their country
                }

                if (May(q, WordClass.CurrencyWord) && Lexicon.CurrencyWords.TryGetValue(Str(q), out var byWord) && !(Is(q, "won") && qualified is null && !Is(q - 1, "korean"))
                    && !(Is(q, "bitcoin") && IsWord(q + 1) && !Has(q + 1, WordClass.Stop) && !IsCapitalised(q + 1)))
                {
                    var code = qualified ?? byWord;
                    if (qualified is not null && !IsDollarLike(q) && qualified != byWord && byWord != "USD")
                    {
                        code = qualified;
                    }

                    return new UnitInfo(CurrencyUnit(code), k, q, null);
                }

                if (qualified is not null && (Is(q, "pounds") || Is(q, "pound")))
                {
                    return new UnitInfo(CurrencyUnit(qualified), k, q, null);
                }

                if ((Is(q, "pounds") || Is(q, "pound")) && Is(q + 1, "sterling"))
                {
                    return new UnitInfo(CurrencyUnit("GBP"), k, q + 1, null);
                }

                if (IsWord(q) && _t[q].Length == 3 && May(q, WordClass.IsoCode) && Lexicon.IsoCodes.Contains(Str(q)))
                {
                    return new UnitInfo(CurrencyUnit(Str(q).ToUpperInvariant()), k, q, null);
                }
            }

            if (Is(k, "square") || Is(k, "sq"))
            {
                var m = IsSym(k + 1, '.') ? k + 2 : k + 1;
                if (IsWord(m) && Lexicon.UnitWords.TryGetValue(Str(m), out var squared))
                {
                    return new UnitInfo(Unit.Opaque("square " + squared.Trim('{', '}')), k, m, null);
                }
            }

            if (TemperatureAt(k) is { } temperature)
            {
                return temperature; // "39°C", "12 degrees C"
            }

            if ((Is(k, "degrees") || Is(k, "degree")) && (Is(k + 1, "celsius") || Is(k + 1, "fahrenheit") || Is(k + 1, "centigrade")))
            {
                return new UnitInfo(Lexicon.ParseUnit(Is(k + 1, "fahrenheit") ? "{degF}" : "{degC}"), k, k + 1, null);
            }

            if (May(k, WordClass.UnitWord) && Lexicon.UnitWords.TryGetValue(Str(k), out var symbol))
            {
                if (_t[k].Length == 1 && !(Touches(k) && IsDimensionAdjectiveAfter(k))
                    && ((!Touches(k) && Is(k, "m")) || (k + 1 < _n && Touches(k + 1) && !IsSym(k + 1, '.') && !IsSym(k + 1, ',') && !IsSym(k + 1, ')'))))
                {
                    return null; // "37m" is metres, "173 m" and "24703m212" are not ("m" apart from the digits is as often "million")
                }

                if (IsExact(k, "G") && Touches(k) && IsWholeNumber(k - 1) && WholeValue(k - 1) is >= 2 and <= 6)
                {
                    return null; // "5G", "4G": a mobile network generation, not grams (written "g")
                }

                return new UnitInfo(Lexicon.ParseUnit(symbol), k, k, null);
            }

            return null;
        }

        public bool IsMillionCode(int k) =>
            IsWord(k) && _t[k].Length == 4 && (_text[_t[k].Start] == 'm' || _text[_t[k].Start] == 'M') && IsIsoCodeAt(_t[k].Start + 1);

        /// <summary>Whether the three characters at <paramref name="start"/> are an ISO code (ASCII letters asked of a table without cutting a string).</summary>
        private bool IsIsoCodeAt(int start)
        {
            var ascii = _text[start] <= '\u007F' && _text[start + 1] <= '\u007F' && _text[start + 2] <= '\u007F';
            return ascii ? IsoCodeSet.Contains(_text, start, 3) : Lexicon.IsoCodes.Contains(_text.Substring(start, 3));
        }

        /// <summary>Whether symbol token k can be a key of <see cref="Lexicon.CurrencySymbols"/> (all one character), without cutting a string.</summary>
        private bool IsCurrencySymbol(int k) => CurrencySymbolChars.IndexOf(_text[_t[k].Start]) >= 0;

        public bool IsDollarLike(int q) => Is(q, "dollar") || Is(q, "dollars") || Is(q, "rupee") || Is(q, "rupees") || Is(q, "dinar") || Is(q, "dinars") || Is(q, "riyal") || Is(q, "riyals") || Is(q, "franc") || Is(q, "francs") || Is(q, "peso") || Is(q, "pesos") || Is(q, "pound") || Is(q, "pounds") || Is(q, "lira") || Is(q, "yuan") || Is(q, "yen") || Is(q, "won") || Is(q, "rand") || Is(q, "krona") || Is(q, "krone") || Is(q, "kroner");

        public static Unit? CurrencyUnit(string code) => Lexicon.IsoCodes.Contains(code) ? Lexicon.ParseUnit(code.ToUpperInvariant()) : null;

        /// <summary>
        /// After a currency written before the number, an ISO code may follow it: the same currency ("USD 5 USD") or the
        /// dollar a "$" meant ("$5 AUD"). Another currency after the number starts a figure of its own ("rmb 10 usd 20").
        /// </summary>
        public UnitInfo? CurrencyAfterCode(int k, Unit unit, string? writtenBefore)
        {
            if (IsWord(k) && _t[k].Length == 3 && May(k, WordClass.IsoCode) && Lexicon.IsoCodes.Contains(Str(k))
                && (string.Equals(Str(k), unit.Symbol, StringComparison.OrdinalIgnoreCase) || (writtenBefore is not null && writtenBefore.IndexOf('$') >= 0)))
            {
                return new UnitInfo(CurrencyUnit(Str(k)), k, k, null);
            }

            return null;
        }

        public bool HasCountAfter(int i)
        {
            var k = i + 1;
            if (IsSym(k, '%') || IsWord(k) && ((May(k, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(Str(k))) || (May(k, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(k)))
                || (May(k, WordClass.CurrencyWord) && Lexicon.CurrencyWords.ContainsKey(Str(k))) || Is(k, "percent") || Is(k, "per")
                || ((Is(k, "sq") || Is(k, "square")) && May(k + 1, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(Str(k + 1)))))
            {
                return true;
            }

            if (IsWord(k) && !IsCapitalised(k) && !Has(k, WordClass.Stop) && _hedges.HedgeEndingAt(i - 1) is not null)
            {
                return true;
            }

            if (IsWord(k) && !IsCapitalised(k) && !Has(k, WordClass.Stop) && (ValueOf(i) < 1900m || ValueOf(i) > 2100m))
            {
                var previous = i - 1;
                var yearContext = Is(previous, "in") || Is(previous, "since") || Is(previous, "by") || Is(previous, "until") || Is(previous, "the")
                    || Is(previous, "of") || Is(previous, "from") || Is(previous, "during") || Is(previous, "before") || Is(previous, "after") || Is(previous, "year");
                return !yearContext && _t[k].Length > 2 && _text[_t[k].End - 1] == 's';
            }

            return false;
        }

        /// <summary>Whether word k is "crown" or "crowns", the English name of the Nordic and Czech currencies.</summary>
        private bool IsCrown(int k) => Is(k, "crowns") || Is(k, "crown");

        public bool CurrencyAfterIsMoney(int k) => May(k, WordClass.CurrencyWord | WordClass.IsoCode) && (Lexicon.CurrencyWords.ContainsKey(Str(k)) || Lexicon.IsoCodes.Contains(Str(k)));
    }
}

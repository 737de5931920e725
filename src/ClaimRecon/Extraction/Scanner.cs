using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>One left-to-right pass over the tokens of one text. Not thread-safe; one instance per call.</summary>
    internal sealed class Scanner
    {
        private static readonly WordSet CoreWords = new(
            Lexicon.SmallNumbers.Keys
                .Concat(new[] { "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "few", "several" })
                .Concat(Lexicon.OrdinalWords));

        // Span-keyed copies of the word lists looked up near every number (no substring or string hash per look-up).
        private static readonly WordSet StopWordSet = new(Lexicon.StopWords);
        private static readonly WordSet UpWordSet = new(Lexicon.UpWords);
        private static readonly WordSet DownWordSet = new(Lexicon.DownWords);
        private static readonly WordSet CostWordSet = new(Lexicon.CostWords);
        private static readonly WordSet SmallNumberSet = new(Lexicon.SmallNumbers.Keys);
        private static readonly WordSet RateAdverbSet = new(Lexicon.RateAdverbs.Keys);

        private static readonly string[] NoPer = Array.Empty<string>();

        private static readonly char[] SentenceEnds = { '.', ';', '!', '?' };

        private readonly string _text;
        private readonly Token[] _t;
        private readonly int _n;
        private readonly string?[] _strings;
        private readonly List<NumericMention> _mentions = new();
        private readonly List<RejectedNumber> _rejections = new();
        private int _floor; // first token not yet used by a mention or rejection

        public Scanner(string text)
        {
            _text = text;
            _t = Tokenizer.Tokenize(text, out _n);
            _strings = new string?[_n];
        }

        public IReadOnlyList<NumericMention> Mentions => _mentions;

        public IReadOnlyList<RejectedNumber> Rejections => _rejections;

        public void Run()
        {
            var i = 0;
            while (i < _n)
            {
                var t = _t[i];
                int next;
                if (t.Kind == TokenKind.Number)
                {
                    next = HandleNumber(i);
                }
                else if (t.Kind == TokenKind.Word && t.Length >= 3 && CoreWords.Contains(_text, t.Start, t.Length))
                {
                    next = HandleWord(i);
                }
                else
                {
                    next = i + 1;
                }

                i = Math.Max(next, i + 1);
            }
        }

        // ---------------------------------------------------------------- token helpers

        private bool IsWord(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Word;

        private bool IsNumber(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Number;

        private bool Is(int i, string word) =>
            IsWord(i) && _t[i].Length == word.Length && (_text[_t[i].Start] | 0x20) == (word[0] | 0x20)
            && string.Compare(_text, _t[i].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private bool IsExact(int i, string word) =>
            i >= 0 && i < _n && _t[i].Length == word.Length && string.CompareOrdinal(_text, _t[i].Start, word, 0, word.Length) == 0;

        private bool IsSym(int i, char c) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Symbol && _text[_t[i].Start] == c;

        private bool IsDash(int i) => IsSym(i, '-') || IsSym(i, '\u2013') || IsSym(i, '\u2012') || IsSym(i, '\u2010') || IsSym(i, '~');

        /// <summary>Whether token i touches the token before it (no whitespace between).</summary>
        private bool Touches(int i) => i > 0 && i < _n && !_t[i].SpaceBefore;

        /// <summary>The token's text, cut once per token and kept (the scanner looks at tokens near numbers many times).</summary>
        private string Str(int i) => _strings[i] ??= _text.Substring(_t[i].Start, _t[i].Length);

        private string Span(int first, int last) => _text.Substring(_t[first].Start, _t[last].End - _t[first].Start);

        private bool In(int i, HashSet<string> set) => IsWord(i) && set.Contains(Str(i));

        private bool In(int i, WordSet set) => IsWord(i) && set.Contains(_text, _t[i].Start, _t[i].Length);

        private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_t[i].Start]);

        private bool IsWholeNumber(int i) => IsNumber(i) && !_t[i].HasFraction && !_t[i].Grouped && _t[i].Digits > 0;

        private void Reject(int first, int last, RejectionReason reason)
        {
            _rejections.Add(new RejectedNumber(_t[first].Start, _t[last].End - _t[first].Start, Span(first, last), reason));
            _floor = last + 1;
        }

        // ---------------------------------------------------------------- traps

        private int HandleNumber(int i)
        {
            var trap = NumberTrap(i, out var first, out var last);
            if (trap is RejectionReason reason)
            {
                Reject(Math.Max(first, _floor), last, reason);
                return last + 1;
            }

            var amount = ReadDigits(i, CurrencyBefore(i, out _, out _) is not null);
            return amount is null ? i + 1 : Complete(amount.Value);
        }

        private RejectionReason? NumberTrap(int i, out int first, out int last)
        {
            var t = _t[i];
            first = i;
            last = i;
            if (t.Digits == 0)
            {
                return RejectionReason.TooLarge;
            }

            // Letters glued before the digits: "m3vx13", "MH17", "FY2024", "G7".
            if (IsWord(i - 1) && Touches(i) && !(_t[i - 1].Length == 3 && Lexicon.IsoCodes.Contains(Str(i - 1)) && !(IsWord(i - 2) && Touches(i - 1)))
                && !IsCountryAfterDollar(i - 1) && GluedCurrency(i - 1, i) is null)
            {
                first = i - 1;
                last = GlueEnd(i);
                return Is(i - 1, "FY") ? RejectionReason.FiscalYear : RejectionReason.Identifier;
            }

            if (IsSym(i - 1, '#') && Touches(i))
            {
                first = i - 1;
                return RejectionReason.Identifier;
            }

            // The part after a colon of a clock time, a timestamp or a lap time: "10:38:07", "1:42.3".
            if (IsSym(i - 1, ':') && Touches(i) && IsNumber(i - 2) && Touches(i - 1))
            {
                return RejectionReason.TimeOfDay;
            }

            // A lap or race time: "1:42.3", "2:05.31".
            if (IsWholeNumber(i) && t.Value < 60m && IsSym(i + 1, ':') && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2) && _t[i + 2].HasFraction
                && _t[i + 2].Length >= 4 && _text[_t[i + 2].Start + 2] == '.')
            {
                last = i + 2;
                return RejectionReason.TimeOfDay;
            }

            // A clock time with a time zone: "(0401 GMT)".
            if (IsWholeNumber(i) && t.Digits == 4 && IsWord(i + 1) && Lexicon.TimeZones.Contains(Str(i + 1)) && t.Value % 100 < 60 && t.Value < 2400)
            {
                last = i + 1;
                return RejectionReason.TimeOfDay;
            }

            // A stock index: "S&P 500", "S P 500", "Stoxx 600", "Nasdaq 100".
            if (IsWholeNumber(i) && !Touches(i) && i - 1 >= _floor
                && (In(i - 1, Lexicon.IndexNames) || (IsExact(i - 1, "P") && (IsExact(i - 2, "S") || (IsSym(i - 2, '&') && IsExact(i - 3, "S"))))))
            {
                first = In(i - 1, Lexicon.IndexNames) ? i - 1 : IsExact(i - 2, "S") ? i - 2 : i - 3;
                first = Math.Max(first, _floor);
                return RejectionReason.Identifier;
            }

            // An address: "49 Elm Tree Road", "9 E 71st St", "16-18 Mill Lane".
            if (IsWholeNumber(i) && t.Value < 100000m && AddressEnd(i) is int street)
            {
                last = street;
                return RejectionReason.Identifier;
            }

            // "COVID-19", "F-16", "Su-35", "G-20".
            if (IsDash(i - 1) && Touches(i) && IsWord(i - 2) && Touches(i - 1) && IsCapitalised(i - 2) && _t[i - 2].Length <= 5 && !In(i - 2, StopWordSet))
            {
                first = i - 2;
                return RejectionReason.Identifier;
            }

            // Letters glued after the digits.
            if (IsWord(i + 1) && Touches(i + 1))
            {
                var suffix = Str(i + 1);
                var lower = suffix.Length <= 3 ? suffix.ToLowerInvariant() : suffix;
                if (lower is "st" or "nd" or "rd" or "th")
                {
                    last = i + 1;
                    return RejectionReason.Ordinal;
                }

                if (lower == "s" && t.Digits is 2 or 4 && !t.Grouped)
                {
                    last = i + 1;
                    return RejectionReason.Year;
                }

                if (lower is "am" or "pm" && t.Value <= 12)
                {
                    last = i + 1;
                    return RejectionReason.TimeOfDay;
                }

                var known = Lexicon.AttachedScales.ContainsKey(suffix) || Lexicon.UnitWords.ContainsKey(suffix) || Lexicon.ScaleWords.ContainsKey(suffix) || Lexicon.CurrencyWords.ContainsKey(suffix)
                    || lower is "x" or "mw" or "gw" or "bpd" or "g" or "pc" or "l" or "w" or "sq" || (suffix.Length == 3 && Lexicon.IsoCodes.Contains(suffix)) || IsMillionCode(i + 1);
                if (!known || IsNumber(i + 2) && Touches(i + 2))
                {
                    last = GlueEnd(i);
                    return RejectionReason.Identifier;
                }
            }

            // "Resolution 2254", "Flight 370", "No. 5", "Section 427".
            var before = IsSym(i - 1, '.') ? i - 2 : i - 1;
            if (IsWholeNumber(i) && In(before, Lexicon.IdentifierNouns) && (IsCapitalised(before) || In(before, Lexicon.LowercaseIdentifierNouns)) && !(Is(before, "No") && !IsSym(i - 1, '.'))
                && GluedCurrency(before, i) is null)
            {
                first = before;
                return RejectionReason.Identifier;
            }

            // Times of day: "11 a.m.", "14:30", "5 pm", "10 o'clock".
            if (IsWholeNumber(i) && t.Value <= 24)
            {
                if (IsSym(i + 1, ':') && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2) && _t[i + 2].Length == 2)
                {
                    last = i + 2;
                    if (IsSym(i + 3, ':') && Touches(i + 3) && IsNumber(i + 4) && Touches(i + 4))
                    {
                        last = i + 4;
                    }

                    if (IsTimeSuffix(last + 1, out var end))
                    {
                        last = end;
                    }

                    return RejectionReason.TimeOfDay;
                }

                if (IsTimeSuffix(i + 1, out var suffixEnd))
                {
                    last = suffixEnd;
                    return RejectionReason.TimeOfDay;
                }
            }

            // Slashed numbers: dates, "24/7", "9/11".
            if (IsWholeNumber(i) && IsSym(i + 1, '/') && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2))
            {
                var phrase = Span(i, i + 2);
                if (Lexicon.SlashPhrases.Contains(phrase))
                {
                    last = i + 2;
                    return RejectionReason.SetPhrase;
                }

                if (IsSym(i + 3, '/') && Touches(i + 3) && IsWholeNumber(i + 4) && Touches(i + 4))
                {
                    last = i + 4;
                    return RejectionReason.Date;
                }

                if (_t[i + 2].Digits == 4 || (t.Value <= 31 && _t[i + 2].Value <= 31 && t.Value >= _t[i + 2].Value))
                {
                    last = i + 2;
                    return RejectionReason.Date;
                }
            }

            // ISO dates "2026-02-07" and fiscal years "2022-23", "2022/23".
            if (IsYearLike(i) && (IsDash(i + 1) || IsSym(i + 1, '/')) && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2))
            {
                var next = _t[i + 2];
                if (next.Length == 2 && IsDash(i + 3) && Touches(i + 3) && IsWholeNumber(i + 4) && Touches(i + 4))
                {
                    last = i + 4;
                    return RejectionReason.Date;
                }

                if ((next.Length == 2 && next.Value == (t.Value + 1) % 100) || (next.Length == 4 && next.Value == t.Value + 1))
                {
                    last = i + 2;
                    return RejectionReason.FiscalYear;
                }

                if (next.Length == 2 && next.Value >= 1 && next.Value <= 12 && IsDash(i + 1))
                {
                    last = i + 2;
                    return RejectionReason.Date; // "1995-01": a year and a month
                }
            }

            // Telephone numbers.
            if (IsPhone(i, out var phoneFirst, out var phoneLast))
            {
                first = phoneFirst;
                last = phoneLast;
                return RejectionReason.PhoneNumber;
            }

            // Days of months: "Feb. 7", "February 7, 2026", "7 February".
            if (IsWholeNumber(i) && t.Value >= 1 && t.Value <= 31 && t.Digits <= 2)
            {
                var m = IsSym(i - 1, '.') || ((IsSym(i - 1, '/') || IsDash(i - 1)) && Touches(i - 1)) ? i - 2 : i - 1;
                if (IsMonth(m))
                {
                    first = m;
                    last = YearAfterDate(i);
                    return RejectionReason.Date;
                }

                var after = Is(i + 1, "of") ? i + 2 : i + 1;
                if (IsMonth(after))
                {
                    last = YearAfterDate(after);
                    return RejectionReason.Date;
                }
            }

            // Years: a four-digit whole number from 1000 to 2199 with nothing counted after it.
            var rangeToCount = (IsDash(i + 1) || Is(i + 1, "to") || Is(i + 1, "and")) && IsNumber(i + 2) && (_t[i + 2].Value > 2199m || (IsYearLike(i + 2) && HasCountAfter(i + 2)));
            if (IsYearLike(i) && !rangeToCount && !HasCountAfter(i) && CurrencyBefore(i, out _, out _) is null && SymbolHedgeEndingAt(i - 1) is null
                && !(HedgeEndingAt(i - 1) is (Hedge.MoreThan or Hedge.FewerThan or Hedge.AtLeast or Hedge.AtMost, _)))
            {
                if (IsMonth(i - 1) || (IsSym(i - 1, ',') && IsWholeNumber(i - 2)))
                {
                    // "in February 2026", "Feb. 7, 2026" (a date whose day was read separately)
                    return RejectionReason.Date;
                }

                return RejectionReason.Year;
            }

            return null;
        }

        /// <summary>"$US113", "$A5": token k is the country letters between the dollar sign and the digits.</summary>
        private bool IsCountryAfterDollar(int k) =>
            IsWord(k) && _t[k].Length <= 2 && IsSym(k - 1, '$') && Touches(k) && Lexicon.DollarPrefixes.ContainsKey(Str(k));

        /// <summary>
        /// A currency written as letters against the digits of token <paramref name="number"/>: "RM23.50" (Malaysian ringgit),
        /// "Rp5,000" (rupiah), and "PS2.7m", the ASCII spelling of "£" left by transliteration, read as pounds only when the
        /// figure is grouped, has decimals or a scale ("PS5" stays a name).
        /// </summary>
        private string? GluedCurrency(int k, int number)
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

        /// <summary>The street word's token when a house number at i starts an address of up to four capitalised words; null otherwise.</summary>
        private int? AddressEnd(int i)
        {
            var j = i + 1;
            if (IsDash(j) && Touches(j) && IsWholeNumber(j + 1) && Touches(j + 1))
            {
                j += 2;
            }

            for (var words = 0; words < 4 && j < _n; words++)
            {
                if (IsNumber(j) && IsWord(j + 1) && Touches(j + 1) && (Is(j + 1, "st") || Is(j + 1, "nd") || Is(j + 1, "rd") || Is(j + 1, "th")))
                {
                    j += 2; // "71st"
                    continue;
                }

                if (!IsWord(j) || !IsCapitalised(j) || In(j, StopWordSet) || IsMonth(j))
                {
                    return null;
                }

                if (Lexicon.StreetWords.Contains(Str(j)) && words > 0 || (Lexicon.StreetWords.Contains(Str(j)) && IsWord(j + 1) && IsCapitalised(j + 1) && (Is(j, "Ave") || Is(j, "Rue"))))
                {
                    return j;
                }

                j++;
            }

            return null;
        }

        private int GlueEnd(int i)
        {
            var j = i;
            while (j + 1 < _n && Touches(j + 1) && (IsWord(j + 1) || IsNumber(j + 1)))
            {
                j++;
            }

            return j;
        }

        private bool IsYearLike(int i) => IsWholeNumber(i) && _t[i].Digits == 4 && _t[i].Value >= 1000 && _t[i].Value <= 2199;

        private bool IsMonth(int i) => IsWord(i) && Lexicon.Months.Contains(Str(i)) && !(Is(i, "May") && i > 0 && !IsCapitalised(i) && false);

        private int YearAfterDate(int dayToken)
        {
            if (IsSym(dayToken + 1, ',') && IsYearLike(dayToken + 2))
            {
                return dayToken + 2;
            }

            return IsYearLike(dayToken + 1) ? dayToken + 1 : dayToken;
        }

        private bool IsTimeSuffix(int i, out int end)
        {
            end = i;
            if (Is(i, "a") || Is(i, "p"))
            {
                // "a.m." / "p.m."
                if (IsSym(i + 1, '.') && Is(i + 2, "m"))
                {
                    end = IsSym(i + 3, '.') ? i + 3 : i + 2;
                    return true;
                }

                return false;
            }

            if (Is(i, "am") || Is(i, "pm") || Is(i, "GMT") || Is(i, "UTC") || Is(i, "EST") || Is(i, "EDT") || Is(i, "PST") || Is(i, "CET") || Is(i, "hrs") && false)
            {
                return true;
            }

            if (Is(i, "o") && Tokenizer.IsApostrophe(_text[_t[i].End < _text.Length ? _t[i].End : _t[i].Start]) && Is(i + 2, "clock"))
            {
                end = i + 2;
                return true;
            }

            if (Is(i, "o'clock") || Is(i, "o\u2019clock"))
            {
                return true;
            }

            return false;
        }

        private bool IsPhone(int i, out int first, out int last)
        {
            first = i;
            last = i;
            var t = _t[i];
            if (t.Grouped || t.HasFraction)
            {
                return false;
            }

            var plus = IsSym(i - 1, '+') || (IsSym(i - 1, '(') && IsSym(i - 2, '+'));
            var paren = IsSym(i - 1, '(');
            if (plus || paren)
            {
                first = IsSym(i - 2, '+') ? i - 2 : i - 1;
            }

            // Gather digit groups joined by spaces, brackets, '-', '.', '/'.
            var groups = 1;
            var digits = (int)t.Digits;
            var leadingZero = t.Digits > 1 && _text[t.Start] == '0';
            var dashes = 0;
            var otherSeparators = 0;
            var j = i;
            while (true)
            {
                var k = j + 1;
                var separators = 0;
                while (separators < 3 && (IsSym(k, ')') || IsSym(k, '(') || IsDash(k) || IsSym(k, '.') || IsSym(k, '/')))
                {
                    if (IsSym(k, ')') || IsSym(k, '('))
                    {
                        paren = true;
                    }

                    if (IsDash(k))
                    {
                        dashes++;
                    }
                    else
                    {
                        otherSeparators++;
                    }

                    separators++;
                    k++;
                }

                if (!IsNumber(k) || _t[k].Grouped || _t[k].HasFraction || _t[k].Digits == 0 || _t[k].Start - _t[k - 1].End > 2)
                {
                    break;
                }

                if (separators == 0 && IsSym(k - 1, '.'))
                {
                    break;
                }

                groups++;
                digits += _t[k].Digits;
                leadingZero |= _t[k].Digits > 1 && _text[_t[k].Start] == '0';
                j = k;
                if (groups > 7)
                {
                    break;
                }
            }

            last = j;
            if (paren && IsSym(j + 1, ')'))
            {
                last = j + 1;
            }

            // An extension: "x6388", "ext. 123".
            var x = last + 1;
            if (Is(x, "x") || Is(x, "ext") || Is(x, "extension"))
            {
                var e = IsSym(x + 1, '.') ? x + 2 : x + 1;
                if (IsWholeNumber(e) && groups >= 2)
                {
                    last = e;
                }
            }

            bool Phone()
            {
                if (digits < 7)
                {
                    return (plus || paren) && digits >= 6 && groups >= 2;
                }

                if (groups == 1)
                {
                    return plus || leadingZero || (!HasCountAfter(i) && CurrencyBefore(i, out _, out _) is null);
                }

                var rangeLike = groups == 2 && dashes == 1 && otherSeparators == 0 && !plus && !paren && !leadingZero
                    && t.Digits <= 4 && _t[j].Digits <= 4 && t.Value <= _t[j].Value;
                return !rangeLike;
            }

            if (Phone())
            {
                return true;
            }

            last = i;
            first = i;
            return false;
        }

        private bool HasCountAfter(int i)
        {
            var k = i + 1;
            if (IsSym(k, '%') || IsWord(k) && (Lexicon.UnitWords.ContainsKey(Str(k)) || Lexicon.ScaleWords.ContainsKey(Str(k)) || Lexicon.CurrencyWords.ContainsKey(Str(k)) || Is(k, "percent") || Is(k, "per")
                || ((Is(k, "sq") || Is(k, "square")) && IsWord(k + 1) && Lexicon.UnitWords.ContainsKey(Str(k + 1)))))
            {
                return true;
            }

            if (IsWord(k) && !IsCapitalised(k) && !In(k, StopWordSet) && HedgeEndingAt(i - 1) is not null)
            {
                return true;
            }

            if (IsWord(k) && !IsCapitalised(k) && !In(k, StopWordSet) && (_t[i].Value < 1900m || _t[i].Value > 2100m))
            {
                var w = Str(k);
                var previous = i - 1;
                var yearContext = Is(previous, "in") || Is(previous, "since") || Is(previous, "by") || Is(previous, "until") || Is(previous, "the")
                    || Is(previous, "of") || Is(previous, "from") || Is(previous, "during") || Is(previous, "before") || Is(previous, "after") || Is(previous, "year");
                return !yearContext && w.Length > 2 && w.EndsWith("s", StringComparison.Ordinal);
            }

            return false;
        }

        // ---------------------------------------------------------------- words

        private int HandleWord(int i)
        {
            if (In(i, Lexicon.OrdinalWords))
            {
                Reject(i, i, RejectionReason.Ordinal);
                return i + 1;
            }

            if (Is(i, "one"))
            {
                if (Is(i + 1, "of"))
                {
                    var last = Is(i + 2, "the") || Is(i + 2, "its") || Is(i + 2, "their") || Is(i + 2, "his") || Is(i + 2, "her") || Is(i + 2, "our") || Is(i + 2, "them") || Is(i + 2, "us") ? i + 2 : i + 1;
                    Reject(i, last, RejectionReason.PronounOne);
                    return last + 1;
                }

                if (Is(i - 1, "no") || Is(i - 1, "the") || Is(i - 1, "any") || Is(i - 1, "every") || Is(i - 1, "each") || Is(i - 1, "this")
                    || Is(i - 1, "that") || Is(i - 1, "which") || Is(i + 1, "another") || Is(i - 1, "someone") || Is(i + 1, "day") && IsCapitalised(i))
                {
                    var first = Is(i - 1, "no") || Is(i - 1, "the") || Is(i - 1, "any") || Is(i - 1, "every") || Is(i - 1, "each") || Is(i - 1, "this") || Is(i - 1, "that") || Is(i - 1, "which") ? i - 1 : i;
                    var last = Is(i + 1, "another") ? i + 1 : i;
                    Reject(Math.Max(first, _floor), last, RejectionReason.PronounOne);
                    return last + 1;
                }

                if (IsDash(i + 1) && Touches(i + 1) && IsWord(i + 2) && (Is(i + 2, "third") || Is(i + 2, "quarter") || Is(i + 2, "half") || Is(i + 2, "fifth") || Is(i + 2, "off") || Is(i + 2, "sided") || Is(i + 2, "time") || Is(i + 2, "way") || Is(i + 2, "on")))
                {
                    return i + 3;
                }
            }

            var vague = ReadVague(i);
            if (vague is not null)
            {
                return Complete(vague.Value);
            }

            if (Is(i, "tens") || Is(i, "few") || Is(i, "several") || Is(i, "dozens") || (IsWord(i) && Lexicon.VagueScales.ContainsKey(Str(i))))
            {
                return i + 1;
            }

            var amount = ReadWords(i);
            if (amount is not Amount words)
            {
                return i + 1;
            }

            // "twenty-fifth", "one hundred twenty second", "three trillionth": ordinals written in words.
            var after = IsDash(words.Last + 1) && Touches(words.Last + 1) ? words.Last + 2 : words.Last + 1;
            if (In(after, Lexicon.OrdinalWords) || (Is(after, "second") && words.Value % 100m >= 20m && words.Value % 10m == 0m) || (IsWord(after) && Str(after).EndsWith("th", StringComparison.OrdinalIgnoreCase) && Lexicon.OrdinalWords.Contains(Str(after))))
            {
                Reject(Math.Max(words.First, _floor), after, RejectionReason.Ordinal);
                return after + 1;
            }

            // "one" with nothing counted after it is a pronoun: "the next one", "the last one."
            if (Is(i, "one") && words.First == i && words.Last == i && HedgeEndingAt(i - 1) is null
                && ((!IsWord(i + 1) && !IsSym(i + 1, '%') && !IsDash(i + 1) && !IsNumber(i + 1)) || In(i - 1, Lexicon.OneDeterminers) || Is(i + 1, "who") || Is(i + 1, "that") || Is(i + 1, "which")))
            {
                Reject(i, i, RejectionReason.PronounOne);
                return i + 1;
            }

            return Complete(words);
        }

        /// <summary>"dozens", "hundreds", "tens of thousands", "hundreds of millions", "a few hundred", "several thousand".</summary>
        private Amount? ReadVague(int i)
        {
            decimal low;
            decimal high;
            int last;
            var first = i;
            if (Is(i, "dozens"))
            {
                low = 24m;
                high = 100m;
                last = i;
            }
            else if ((Is(i, "tens") || Is(i, "hundreds")) && Is(i + 1, "of") && IsWord(i + 2) && Lexicon.VagueScales.TryGetValue(Str(i + 2), out var of) && of >= 1000m)
            {
                var step = Is(i, "tens") ? 10m : 100m;
                low = 2m * step * of;
                high = 10m * step * of;
                last = i + 2;
            }
            else if (IsWord(i) && Lexicon.VagueScales.TryGetValue(Str(i), out var scale))
            {
                low = 2m * scale;
                high = 10m * scale;
                last = i;
            }
            else if ((Is(i, "few") && Is(i - 1, "a") || Is(i, "several")) && IsWord(i + 1) && Lexicon.ScaleWords.TryGetValue(Str(i + 1), out var s) && s >= 100m && !Is(i + 1, "mn") && !Is(i + 1, "bn"))
            {
                if (Is(i, "few"))
                {
                    first = i - 1;
                }

                low = 2m * s;
                high = 10m * s;
                last = i + 1;
            }
            else
            {
                return null;
            }

            return new Amount(first, last, low, null, null, false) { VagueHigh = high, IsVague = true };
        }

        /// <summary>Word numbers: "two thousand", "twenty-five", "a hundred and twenty", "half a million", "a dozen".</summary>
        private Amount? ReadWords(int i)
        {
            var first = i;
            decimal total = 0m;
            decimal current = 0m;
            var any = false;
            string? scaleText = null;
            var j = i;
            if (Is(i - 2, "half") && Is(i - 1, "a") && IsWord(i) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 2 >= _floor)
            {
                first = i - 2;
                current = 0.5m;
            }
            else if ((Is(i - 1, "a") || Is(i - 1, "an")) && IsWord(i) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 1 >= _floor)
            {
                first = i - 1;
                current = 1m;
            }

            var last = i - 1;
            while (j < _n && IsWord(j))
            {
                var w = Str(j);
                if (Lexicon.SmallNumbers.TryGetValue(w, out var small))
                {
                    if (any && current % 100m != 0m && !(current % 10m == 0m && current % 100m >= 20m && small < 10m))
                    {
                        break; // "five six" is not one number
                    }

                    current += small;
                    any = true;
                    last = j;
                    if (small >= 20m && IsDash(j + 1) && Touches(j + 1) && IsWord(j + 2) && Touches(j + 2) && Lexicon.SmallNumbers.TryGetValue(Str(j + 2), out var unit) && unit < 10m && unit > 0m)
                    {
                        current += unit;
                        last = j + 2;
                        j += 3;
                        continue;
                    }
                }
                else if (Lexicon.ScaleWords.TryGetValue(w, out var scale) && !Is(j, "mn") && !Is(j, "bn") && !Is(j, "mln") && !Is(j, "bln") && !Is(j, "tn") && !Is(j, "trn") || (Is(j, "bn") || Is(j, "mn")) && any)
                {
                    if (!any && current == 0m)
                    {
                        break;
                    }

                    var c = current == 0m ? 1m : current;
                    if (scale < 1000m)
                    {
                        current = c * scale;
                    }
                    else
                    {
                        total += c * scale;
                        current = 0m;
                    }

                    scaleText = w;
                    any = true;
                    last = j;
                }
                else if (Is(j, "and") && any && IsWord(j + 1) && Lexicon.SmallNumbers.ContainsKey(Str(j + 1)) && (scaleText is not null))
                {
                    // "a hundred and twenty"
                }
                else
                {
                    break;
                }

                j++;
            }

            if (!any)
            {
                return null;
            }

            var value = total + current;
            return new Amount(first, last, value, scaleText, null, false) { IsWordNumber = true };
        }

        // ---------------------------------------------------------------- digits and scales

        private Amount? ReadDigits(int i, bool money)
        {
            var t = _t[i];
            var value = t.Value;
            var last = i;
            string? scaleText = null;
            var k = i + 1;
            if (IsWord(k) && Touches(k) && Lexicon.AttachedScales.TryGetValue(Str(k), out var attached) && (money || Str(k) != "m" || t.HasFraction || CurrencyAfterIsMoney(k + 1)))
            {
                value *= attached;
                scaleText = Str(k);
                last = k;
                k++;
            }

            while (IsWord(k) && Lexicon.ScaleWords.TryGetValue(Str(k), out var scale) && (scaleText is null || scale > 1000m && Lexicon.ScaleWords.TryGetValue(scaleText, out var previous) && previous < scale))
            {
                try
                {
                    value *= scale;
                }
                catch (OverflowException)
                {
                    return null;
                }

                scaleText = scaleText is null ? Str(k) : scaleText + " " + Str(k);
                last = k;
                k++;
            }

            // "$5 m" written apart in money text
            if (scaleText is null && money && IsExact(k, "m") && !Touches(k) && !IsSym(k + 1, '.'))
            {
                value *= 1_000_000m;
                scaleText = "m";
                last = k;
            }

            // "1/2", "3/4": a fraction
            if (scaleText is null && IsSym(i + 1, '/') && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2) && IsWholeNumber(i) && _t[i + 2].Value > t.Value && _t[i + 2].Value <= 100m)
            {
                value = t.Value / _t[i + 2].Value;
                last = i + 2;
            }

            return new Amount(i, last, value, scaleText, t.Value, false);
        }

        private bool CurrencyAfterIsMoney(int k) => IsWord(k) && (Lexicon.CurrencyWords.ContainsKey(Str(k)) || Lexicon.IsoCodes.Contains(Str(k)));

        private Amount? ReadAmountAt(int i, bool money)
        {
            if (IsNumber(i))
            {
                return NumberTrap(i, out _, out _) is null ? ReadDigits(i, money) : null;
            }

            if (IsWord(i) && (Lexicon.SmallNumbers.ContainsKey(Str(i)) || Is(i, "a") && IsWord(i + 1) && Lexicon.ScaleWords.ContainsKey(Str(i + 1))))
            {
                return ReadWords(Is(i, "a") ? i + 1 : i);
            }

            return null;
        }

        // ---------------------------------------------------------------- currencies, units, hedges

        /// <summary>A currency written just before token i: "$", "US$", "HK$", "€", "USD", "Rs.".</summary>
        private string? CurrencyBefore(int i, out int first, out string? written)
        {
            first = i;
            written = null;
            var k = i - 1;
            if (k < _floor || k < 0)
            {
                return null;
            }

            if (_t[k].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.TryGetValue(Str(k), out var code))
            {
                first = k;
                if (code == "USD" && IsWord(k - 1) && k - 1 >= _floor && Lexicon.DollarPrefixes.TryGetValue(Str(k - 1), out var dollar)
                    && (Touches(k) || Is(k - 1, "c") || Is(k - 1, "hk") || Is(k - 1, "us") || Is(k - 1, "nz") || Is(k - 1, "US") || Is(k - 1, "HK")))
                {
                    first = k - 1;
                    code = dollar;
                }
                else if (code == "USD" && IsSym(k - 1, '.') && Touches(k) && Is(k - 2, "S") && IsSym(k - 3, '.') && Is(k - 4, "U") && k - 4 >= _floor)
                {
                    first = k - 4; // U.S.$
                }

                written = Span(first, k);
                return code;
            }

            // "$US113", "$A5": the country after the symbol
            if (IsWord(k) && Touches(i) && IsSym(k - 1, '$') && Touches(k) && k - 1 >= _floor && Lexicon.DollarPrefixes.TryGetValue(Str(k), out var after) && _t[k].Length <= 2)
            {
                first = k - 1;
                written = Span(first, k);
                return after;
            }

            if (IsWord(k) && _t[k].Length == 3 && Lexicon.IsoCodes.Contains(Str(k)) && (char.IsUpper(_text[_t[k].Start]) || !IsWord(k - 1) || Touches(i)))
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

            if (Is(k, "Rs") || (IsSym(k, '.') && Is(k - 1, "Rs")))
            {
                first = IsSym(k, '.') ? k - 1 : k;
                written = Span(first, k);
                return "INR";
            }

            return null;
        }

        /// <summary>A unit written just after token k - 1 ("%", "percent", "percentage points", "Australian dollars", "USD", "km").</summary>
        private UnitInfo? UnitAfter(int k, bool allowCurrency)
        {
            if (k >= _n)
            {
                return null;
            }

            if (IsSym(k, '%'))
            {
                if (Is(k + 1, "points") || Is(k + 1, "point"))
                {
                    return new UnitInfo(Unit.PercentagePoint, k, k + 1, null);
                }

                return new UnitInfo(Unit.Percent, k, k, null);
            }

            if (allowCurrency && _t[k].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.TryGetValue(Str(k), out var symbolCode))
            {
                return new UnitInfo(CurrencyUnit(symbolCode), k, k, null);
            }

            if (!IsWord(k))
            {
                return null;
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
                else if (IsWord(q) && Lexicon.CurrencyQualifiers.TryGetValue(Str(q), out var byQualifier) && IsWord(q + 1) && (Lexicon.CurrencyWords.ContainsKey(Str(q + 1)) || Is(q + 1, "pounds") || Is(q + 1, "pound")))
                {
                    qualified = byQualifier;
                    q += 1;
                }
                else if (IsSym(q, '.') && false)
                {
                }

                if (IsWord(q) && Lexicon.CurrencyWords.TryGetValue(Str(q), out var byWord) && !(Is(q, "won") && qualified is null && !Is(q - 1, "korean")))
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

                if (IsWord(q) && _t[q].Length == 3 && Lexicon.IsoCodes.Contains(Str(q)))
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

            if ((Is(k, "degrees") || Is(k, "degree")) && (Is(k + 1, "celsius") || Is(k + 1, "fahrenheit") || Is(k + 1, "centigrade")))
            {
                return new UnitInfo(Lexicon.ParseUnit(Is(k + 1, "fahrenheit") ? "{degF}" : "{degC}"), k, k + 1, null);
            }

            if (Lexicon.UnitWords.TryGetValue(Str(k), out var symbol))
            {
                if (_t[k].Length == 1 && ((!Touches(k) && Is(k, "m")) || (k + 1 < _n && Touches(k + 1) && !IsSym(k + 1, '.') && !IsSym(k + 1, ',') && !IsSym(k + 1, ')'))))
                {
                    return null; // "37m" is metres, "173 m" and "24703m212" are not ("m" apart from the digits is as often "million")
                }

                return new UnitInfo(Lexicon.ParseUnit(symbol), k, k, null);
            }

            return null;
        }

        /// <summary>"musd", "meur": a currency code with a million prefix, as in wire copy.</summary>
        private bool IsMillionCode(int k) =>
            IsWord(k) && _t[k].Length == 4 && (_text[_t[k].Start] == 'm' || _text[_t[k].Start] == 'M') && Lexicon.IsoCodes.Contains(_text.Substring(_t[k].Start + 1, 3));

        private bool IsDollarLike(int q) => Is(q, "dollar") || Is(q, "dollars") || Is(q, "rupee") || Is(q, "rupees") || Is(q, "dinar") || Is(q, "dinars") || Is(q, "riyal") || Is(q, "riyals") || Is(q, "franc") || Is(q, "francs") || Is(q, "peso") || Is(q, "pesos") || Is(q, "pound") || Is(q, "pounds") || Is(q, "lira") || Is(q, "yuan") || Is(q, "yen") || Is(q, "won") || Is(q, "rand") || Is(q, "krona") || Is(q, "krone") || Is(q, "kroner");

        private static Unit? CurrencyUnit(string code) => Lexicon.IsoCodes.Contains(code) ? Lexicon.ParseUnit(code.ToUpperInvariant()) : null;

        /// <summary>The hedge phrase ending at token k, longest first.</summary>
        private (Hedge Hedge, int First)? HedgeEndingAt(int k)
        {
            if (!IsWord(k))
            {
                return null;
            }

            if (!Lexicon.HedgesByLastWord.TryGetValue(Str(k), out var candidates))
            {
                return null;
            }

            foreach (var (words, hedge) in candidates)
            {
                var first = k - words.Length + 1;
                if (first < _floor || first < 0)
                {
                    continue;
                }

                var ok = true;
                for (var w = 0; w < words.Length && ok; w++)
                {
                    ok = Is(first + w, words[w]);
                }

                if (ok)
                {
                    return (hedge, first);
                }
            }

            return null;
        }

        /// <summary>"&gt;", "&gt;=", "&lt; =", "≤", "≥" written before a number.</summary>
        private (Hedge Hedge, int First)? SymbolHedgeEndingAt(int k)
        {
            if (k < _floor || k < 0 || _t[k].Kind != TokenKind.Symbol)
            {
                return null;
            }

            var c = _text[_t[k].Start];
            if ((c == '>' || c == '<') && k - 1 >= 0 && _t[k - 1].Kind == TokenKind.Symbol && Touches(k) && (IsSym(k - 1, '<') || IsSym(k - 1, '>') || IsSym(k - 1, '=')))
            {
                return null; // "<>30", "=>30": not a comparison we can read
            }

            if ((c == '~' && Touches(k + 1) && (k == 0 || _t[k].SpaceBefore || IsSym(k - 1, '('))) || c == '\u2248')
            {
                return (Hedge.About, k); // "~1.2 mm", "(~80%)": approximately, not a sign
            }

            if (c == '\u2265')
            {
                return (Hedge.AtLeast, k);
            }

            if (c == '\u2264')
            {
                return (Hedge.AtMost, k);
            }

            if (c == '=' && k - 1 >= _floor && (IsSym(k - 1, '>') || IsSym(k - 1, '<')))
            {
                return (IsSym(k - 1, '>') ? Hedge.AtLeast : Hedge.AtMost, k - 1);
            }

            if (c == '>')
            {
                return (Hedge.MoreThan, k);
            }

            if (c == '<')
            {
                return (Hedge.FewerThan, k);
            }

            return null;
        }

        /// <summary>The hedge phrase starting at token k and the token after it.</summary>
        private (Hedge Hedge, int Next)? HedgeStartingAt(int k)
        {
            for (var length = 6; length >= 1; length--)
            {
                if (HedgeEndingAt(k + length - 1) is (Hedge h, int f) && f == k)
                {
                    return (h, k + length);
                }
            }

            return null;
        }

        // ---------------------------------------------------------------- one mention

        private int Complete(Amount amount)
        {
            var first = amount.First;
            var last = amount.Last;
            var currencyFirst = amount.First;
            string? currencyText = null;
            var currency = amount.IsVague ? null : CurrencyBefore(amount.First, out currencyFirst, out currencyText);
            Unit? unit = null;
            string? unitText = null;
            if (currency is not null)
            {
                unit = CurrencyUnit(currency);
                unitText = currencyText;
                first = currencyFirst;
            }

            // Hedge before the figure.
            Hedge hedge = Hedge.None;
            string? hedgeText = null;
            var rangeIntro = RangeIntro.None;
            var k = first - 1;

            // A sign between a comparison or "between" and the figure: "< -30", "<= -30", "between minus 10 and 15".
            var negate = false;
            if (!amount.IsVague && currency is null && k - 1 >= _floor && k - 1 >= 0
                && ((IsNumber(first) && (IsSym(k, '-') || IsSym(k, '\u2212')) && Touches(first) && (SymbolHedgeEndingAt(k - 1) is not null || HedgeEndingAt(k - 1) is not null || Is(k - 1, "between")))
                    || ((Is(k, "minus") || Is(k, "negative")) && (Is(k - 1, "between") || Is(k - 1, "from") || SymbolHedgeEndingAt(k - 1) is not null))))
            {
                negate = true;
                first = k;
                k--;
            }

            if (Is(k, "between") && k >= _floor)
            {
                rangeIntro = RangeIntro.Between;
            }
            else if (Is(k, "from") && k >= _floor)
            {
                rangeIntro = RangeIntro.From;
            }
            else if (HedgeEndingAt(k) is (Hedge h, int hedgeFirst))
            {
                hedge = h;
                hedgeText = Span(hedgeFirst, k);
                first = hedgeFirst;
            }
            else if (IsDash(k) && Touches(first) && Touches(k) && Is(k - 1, "sub") && k - 1 >= _floor)
            {
                hedge = Hedge.FewerThan; // "sub-300"
                hedgeText = Span(k - 1, k);
                first = k - 1;
            }
            else if (SymbolHedgeEndingAt(k) is (Hedge sh, int symbolFirst))
            {
                hedge = sh;
                hedgeText = Span(symbolFirst, k);
                first = symbolFirst;
            }

            var lowValue = negate ? -amount.Value : amount.Value;
            var rawLow = negate ? -amount.Raw : amount.Raw;
            string? scaleText = amount.ScaleText;

            // Unit right after the first figure.
            var p = last + 1;
            var unitInfo = unit is null ? UnitAfter(p, true) : CurrencyAfterCode(p, unit);
            if (unitInfo is null && unit is null && IsDash(p) && Touches(p) && Touches(p + 1) && IsWord(p + 1) && UnitAfter(p + 1, false) is UnitInfo hyphenated)
            {
                unitInfo = hyphenated; // "a 185-hp engine", "a 3.5-liter V-6"
            }

            if (unitInfo is UnitInfo u1)
            {
                if (u1.Unit is not null || unit is null)
                {
                    unit = u1.Unit ?? unit;
                }

                unitText = unitText is null ? Span(u1.First, u1.Last) : unitText;
                last = u1.Last;
                p = last + 1;
                if (u1.Multiplier != 1m)
                {
                    lowValue *= u1.Multiplier;
                    rawLow = lowValue;
                    scaleText = Str(u1.First).Substring(0, 1);
                }
                else if (amount.ScaleText is null && IsWord(p) && Lexicon.ScaleWords.TryGetValue(Str(p), out var lateScale) && lateScale >= 1000m)
                {
                    // "75 USD million"
                    lowValue *= lateScale;
                    rawLow = lowValue;
                    scaleText = Str(p);
                    last = p;
                    p++;
                }

                // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
                if (unit is not null && unit.Symbol.Length == 3 && !amount.IsVague && scaleText is null)
                {
                    var c = Is(p, "and") ? p + 1 : p;
                    var cents = ReadAmountAt(c, false);
                    if (cents is Amount ct && ct.Value < 100m && (Is(ct.Last + 1, "cents") || Is(ct.Last + 1, "cent")))
                    {
                        lowValue += ct.Value / 100m;
                        last = ct.Last + 1;
                        p = last + 1;
                    }
                    else if (cents is Amount spoken && spoken.Value is > 0m and < 100m && spoken.ScaleText is null && decimal.Truncate(spoken.Value) == spoken.Value
                        && (!IsNumber(spoken.First) || _t[spoken.First].Digits == 2) && EndsClause(spoken.Last + 1))
                    {
                        // "15 dollars 50.", "thirteen dollars forty five": the minor unit said without its name, at the end of the clause
                        lowValue += spoken.Value / 100m;
                        last = spoken.Last;
                        p = last + 1;
                    }
                }
            }

            // Range: "X to Y", "X-Y", "between X and Y", "from X to Y".
            decimal? highValue = null;
            var descending = false;
            var connector = rangeIntro == RangeIntro.Between ? Is(p, "and") || IsDash(p)
                : (Is(p, "to") || IsDash(p) || Is(p, "through") || Is(p, "thru") || (Is(p, "and") && rangeIntro == RangeIntro.From && unit is not null));
            if (connector && rangeIntro == RangeIntro.None && Is(p, "to") && ChangeVerbBefore(first, out _, out _, out _) != ChangeDirection.None)
            {
                connector = false; // "rose 0.7% to 6,327": a change, then the level reached
            }

            if (!amount.IsVague && connector)
            {
                var q = p + 1;
                if (Is(q, "about") || Is(q, "approximately") || Is(q, "around") || Is(q, "roughly") || IsSym(q, '~'))
                {
                    q++; // "between 2 g and about 7 g", "2 - ~7 grams": the approximate word does not change the closed end
                }

                var secondCurrency = false;
                if (_t.Length > q && q < _n && _t[q].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.ContainsKey(Str(q)))
                {
                    secondCurrency = true;
                    q++;
                }
                else if (IsWord(q) && Lexicon.DollarPrefixes.ContainsKey(Str(q)) && IsSym(q + 1, '$') && Touches(q + 1))
                {
                    secondCurrency = true;
                    q += 2;
                }
                else if (IsNumber(q + 1) && GluedCurrency(q, q + 1) is not null)
                {
                    secondCurrency = true;
                    q += 1; // "from RM1,200 to RM3,000"
                }

                var dashOk = (!IsDash(p) || (IsNumber(q) || secondCurrency || IsWord(q) && Lexicon.SmallNumbers.ContainsKey(Str(q))))
                    && !(secondCurrency && currency is null && unit is not null);
                var second = dashOk ? ReadAmountAt(q, currency is not null || secondCurrency) : null;
                if (second is Amount hi && !hi.IsVague)
                {
                    var low = lowValue;
                    var high = hi.Value;
                    if (amount.ScaleText is null && hi.ScaleText is not null && rawLow <= hi.Raw && !amount.IsWordNumber == !hi.IsWordNumber)
                    {
                        // "3 to 4 million", "$2-3bn": the scale written once applies to both ends.
                        var factor = hi.Value / hi.Raw;
                        low = rawLow * factor;
                        scaleText = hi.ScaleText;
                    }
                    else if (amount.ScaleText is null && hi.ScaleText is not null && rawLow <= hi.Raw)
                    {
                        var factor = hi.Value / hi.Raw;
                        low = rawLow * factor;
                        scaleText = hi.ScaleText;
                    }
                    else if (hi.ScaleText is null && amount.ScaleText is not null)
                    {
                        scaleText = amount.ScaleText;
                    }

                    var u2 = UnitAfter(hi.Last + 1, true);
                    var clash = unit is not null && u2 is UnitInfo otherUnit && otherUnit.Unit is not null && otherUnit.Unit != unit;
                    // "from 4.8 to 4.7 percent", "from $75 to $45.88": a fall from one level to another, not a range
                    descending = rangeIntro == RangeIntro.From && low > high;
                    if ((low <= high || descending) && !clash)
                    {
                        lowValue = low;
                        highValue = high;
                        last = hi.Last;
                        p = last + 1;
                        if (u2 is UnitInfo second2 && (unit is null || second2.Unit == unit || second2.Unit is null))
                        {
                            unit ??= second2.Unit;
                            unitText ??= Span(second2.First, second2.Last);
                            last = second2.Last;
                            p = last + 1;
                        }

                        if (rangeIntro != RangeIntro.None)
                        {
                            first = first - 1;
                            hedgeText = rangeIntro == RangeIntro.Between ? "between" : "from";
                        }
                        else
                        {
                            hedgeText ??= null;
                        }
                    }
                }
            }

            // Written after: "or more", "or less", "or so", "+", "-plus".
            if ((hedge == Hedge.None || hedge is Hedge.About or Hedge.Approximately or Hedge.Roughly) && highValue is null && !amount.IsVague)
            {
                if (Is(p, "or") || Is(p, "and"))
                {
                    var w = p + 1;
                    Hedge? after = Is(w, "more") || Is(w, "above") || Is(w, "higher") || Is(w, "over") || Is(w, "greater") || (Is(w, "up") && Is(p, "and")) ? Hedge.AtLeast
                        : Is(w, "less") || Is(w, "fewer") || Is(w, "below") || Is(w, "under") || Is(w, "lower") ? Hedge.AtMost
                        : Is(w, "so") && Is(p, "or") ? Hedge.About
                        : null;
                    // "200 or more than" at the end is still "or more"; "5 or more than 10" is not
                    var than = Is(w + 1, "than");
                    var thanEnds = than && ReadAmountAt(w + 2, false) is null && !(IsSym(w + 2, '$') || IsWord(w + 2) && !In(w + 2, StopWordSet));
                    if (after is Hedge a && (hedge == Hedge.None || a != Hedge.About) && (!than || thanEnds))
                    {
                        hedgeText = hedge == Hedge.None ? Span(p, than ? w + 1 : w) : hedgeText + " ... " + Span(p, than ? w + 1 : w);
                        hedge = a;
                        last = than ? w + 1 : w;
                        p = last + 1;
                    }
                }
                else if (hedge == Hedge.None && IsSym(p, '+') && Touches(p))
                {
                    hedge = Hedge.AtLeast;
                    hedgeText = "+";
                    last = p;
                    p++;
                }
                else if (hedge == Hedge.None && (IsDash(p) && Touches(p) && Is(p + 1, "plus") && Touches(p + 1) || Is(p, "plus") && Touches(p)))
                {
                    hedge = Hedge.AtLeast;
                    var end = Is(p, "plus") ? p : p + 1;
                    hedgeText = Span(p, end);
                    last = end;
                    p = end + 1;
                }
            }

            // "less than 5000 or equal (to)": the end is closed after all.
            if ((hedge == Hedge.FewerThan || hedge == Hedge.MoreThan) && Is(p, "or") && Is(p + 1, "equal") && ReadAmountAt(Is(p + 2, "to") ? p + 3 : p + 2, false) is null)
            {
                hedge = hedge == Hedge.FewerThan ? Hedge.AtMost : Hedge.AtLeast;
                last = Is(p + 2, "to") ? p + 2 : p + 1;
                hedgeText += " ... " + Span(p, last);
                p = last + 1;
            }

            // Two one-sided bounds joined: "more than 100 and fewer than 300", "at most 100 and at least 20".
            NumericRange? twoSided = null;
            if (highValue is null && !amount.IsVague && hedge is Hedge.MoreThan or Hedge.AtLeast or Hedge.FewerThan or Hedge.AtMost or Hedge.UpTo
                && (Is(p, "and") || Is(p, "but") || IsSym(p, ',')) && HedgeStartingAt(Is(p + 1, "and") ? p + 2 : p + 1) is (Hedge other, int otherNext))
            {
                var lowerFirst = hedge is Hedge.MoreThan or Hedge.AtLeast;
                var otherIsLower = other is Hedge.MoreThan or Hedge.AtLeast;
                var second = lowerFirst != otherIsLower ? ReadAmountAt(otherNext, currency is not null) : null;
                if (second is Amount o && !o.IsVague)
                {
                    RangeBound Bound(Hedge hh, decimal v) => hh is Hedge.MoreThan or Hedge.FewerThan ? RangeBound.Open(v) : RangeBound.Closed(v);
                    var lower = lowerFirst ? Bound(hedge, lowValue) : Bound(other, o.Value);
                    var upper = lowerFirst ? Bound(other, o.Value) : Bound(hedge, lowValue);
                    if (lower.Value < upper.Value)
                    {
                        var otherStart = Is(p + 1, "and") ? p + 2 : p + 1;
                        hedgeText = hedgeText + " ... " + Span(otherStart, otherNext - 1);
                        twoSided = new NumericRange(lower, upper);
                        last = o.Last;
                        p = last + 1;
                    }
                }
            }

            if (unit is null && unitText is null && !amount.IsVague && UnitAfter(p, true) is UnitInfo late)
            {
                unit = late.Unit;
                unitText = Span(late.First, late.Last);
                last = late.Last;
                p = last + 1;
            }

            // Rates: "per prisoner per day", "a month", "/day", "daily".
            var per = new List<string>();
            var perUnits = new List<Unit>();
            while (true)
            {
                if ((Is(p, "per") || Is(p, "each") || Is(p, "every") || (IsSym(p, '/') && Touches(p) && Touches(p + 1))) && !Is(p + 1, "cent"))
                {
                    var nounFirst = p + 1;
                    var nounLast = NounEnd(nounFirst, 3);
                    if (nounLast < nounFirst)
                    {
                        break;
                    }

                    var head = Str(nounLast);
                    per.Add(Span(nounFirst, nounLast));
                    perUnits.Add(DenominatorUnit(head));
                    last = nounLast;
                    p = last + 1;
                    continue;
                }

                if ((Is(p, "a") || Is(p, "an")) && IsWord(p + 1) && Lexicon.RatePeriods.ContainsKey(Str(p + 1)))
                {
                    per.Add(Str(p + 1));
                    perUnits.Add(DenominatorUnit(Str(p + 1)));
                    last = p + 1;
                    p = last + 1;
                    continue;
                }

                if (IsWord(p) && Lexicon.RateAdverbs.TryGetValue(Str(p), out var adverb) && unit is not null && per.Count == 0)
                {
                    per.Add(Str(p));
                    perUnits.Add(Lexicon.ParseUnit(adverb));
                    last = p;
                    p = last + 1;
                    continue;
                }

                break;
            }

            // The counted noun.
            string? noun = null;
            if (unit is null || amount.IsVague)
            {
                var nounFirst = p;
                if (Is(p, "of") && (amount.IsVague || amount.ScaleText is not null))
                {
                    nounFirst = p + 1;
                }

                if (amount.IsVague && unit is null && UnitAfter(nounFirst, true) is UnitInfo vagueUnit)
                {
                    unit = vagueUnit.Unit;
                    unitText = Span(vagueUnit.First, vagueUnit.Last);
                }
                else
                {
                    var nounLast = NounEnd(nounFirst, 3);
                    if (nounLast >= nounFirst)
                    {
                        noun = Span(nounFirst, nounLast);
                        if (unit is null && Lexicon.PersonNouns.Contains(Str(nounLast)))
                        {
                            unit = Unit.Person;
                        }
                    }
                }
            }

            // A cost said to be daily or for each person earlier in the sentence: "the daily cost of each prisoner is $10".
            if (per.Count == 0 && unit is not null && currency is not null)
            {
                ContextRate(first, per, perUnits);
            }

            if (unit is not null)
            {
                foreach (var d in perUnits)
                {
                    unit = unit.Divide(d);
                }
            }

            // Change: "rose 20%", "up from 3,000", "climbed from 5,000 to 7,000".
            var change = ChangeDirection.None;
            var isAmount = false;
            decimal? prior = null;
            var changeAt = rangeIntro == RangeIntro.From && highValue is not null ? first - 1 + 1 : first;
            var verb = ChangeVerbBefore(changeAt, out var verbIndex, out var viaTo, out var viaFrom);
            if (descending && highValue is not null && (verb == ChangeDirection.None || verb == ChangeDirection.Up))
            {
                verb = ChangeDirection.Down;
            }
            if (verb == ChangeDirection.None && Is(first - 1, "or") && _mentions.Count > 0 && _mentions[_mentions.Count - 1] is { IsChangeAmount: true } previous
                && _t[first - 1].Start - (previous.Start + previous.Length) <= 25)
            {
                verb = previous.Change; // "lost 190 points, or 0.6%"
            }

            // "rose 8% to 99 yuan", "ended down 1% at 1,463.78": the level reached after a change amount, in the same clause
            var reached = false;
            if (verb == ChangeDirection.None && highValue is null && hedge == Hedge.None && (Is(first - 1, "to") || Is(first - 1, "at")) && _mentions.Count > 0
                && _mentions[_mentions.Count - 1] is { IsChangeAmount: true } changed && _t[first - 1].Start - (changed.Start + changed.Length) <= 12
                && _text.IndexOfAny(SentenceEnds, changed.Start + changed.Length, _t[first - 1].Start - (changed.Start + changed.Length)) < 0)
            {
                verb = changed.Change;
                reached = true;
            }

            if (verb != ChangeDirection.None)
            {
                change = verb;
                if (rangeIntro == RangeIntro.From && highValue is not null)
                {
                    // from X to Y after a verb of change: a change from X to the level Y
                    prior = lowValue;
                    lowValue = highValue.Value;
                    highValue = null;
                    hedgeText = null;
                    isAmount = false;
                }
                else if (rangeIntro == RangeIntro.From && highValue is null && hedge == Hedge.None)
                {
                    // "up from 3,000": the level now is above the level it came from
                    prior = lowValue;
                    hedge = verb == ChangeDirection.Up ? Hedge.MoreThan : Hedge.FewerThan;
                    first = verbIndex;
                    hedgeText = Span(verbIndex, amount.First - 1 - (currency is null ? 0 : amount.First - (currencyFirstOr(amount.First))));
                    isAmount = false;
                }
                else
                {
                    isAmount = !viaTo && !viaFrom && !reached;
                }

                if (Is(first - 1, "up") || Is(first - 1, "down"))
                {
                    first--;
                }
            }

            // A sign written against the digits: "-5 yards", "minus 3", "+0.2%".
            var core = amount.First;
            if (IsNumber(core) && core - 1 >= _floor && first == core && highValue is null && ((IsDash(core - 1) || IsSym(core - 1, '\u2212') || IsSym(core - 1, '+')) && Touches(core) && (core - 1 == 0 || _t[core - 1].SpaceBefore || IsSym(core - 2, '$') || IsSym(core - 2, '(')) && (!IsNumber(core - 2) || core - 2 < _floor && _t[core - 1].SpaceBefore || (IsSym(core - 1, '+') && _t[core - 1].SpaceBefore))))
            {
                var negative = !IsSym(core - 1, '+');
                if (negative)
                {
                    lowValue = -lowValue;
                }

                first = core - 1;
                if (unit == Unit.Percent && change == ChangeDirection.None)
                {
                    change = negative ? ChangeDirection.Down : ChangeDirection.Up;
                    isAmount = true;
                }
            }
            else if (IsNumber(core) && first == core && (Is(core - 1, "minus") || (IsDash(core - 1) && Touches(core) && Is(core - 2, "minus"))) && core - 1 >= _floor)
            {
                lowValue = -lowValue;
                first = Is(core - 1, "minus") ? core - 1 : core - 2;
            }

            // A bare number right after a name is a name's number: "S&P 500", "Fortune 100", "iPhone 14", "Apple Watch 5".
            if (hedge == Hedge.None && highValue is null && unit is null && noun is null && currency is null && change == ChangeDirection.None
                && !amount.IsWordNumber && !amount.IsVague && first == amount.First && amount.First == amount.Last && IsWord(first - 1) && first - 1 >= _floor
                && HasUpper(first - 1) && !IsMonth(first - 1) && !(IsSym(first - 2, '.') || first - 1 == 0) && !In(first - 1, StopWordSet))
            {
                Reject(first - 1, last, RejectionReason.Identifier);
                return last + 1;
            }

            var text = Span(first, last);
            HedgedFigure? figure = null;
            NumericRange range;
            decimal? value = null;
            if (amount.IsVague)
            {
                range = new NumericRange(RangeBound.Closed(amount.Value), RangeBound.Open(amount.VagueHigh));
            }
            else if (twoSided is NumericRange both)
            {
                range = both;
            }
            else
            {
                if (highValue is decimal hv)
                {
                    figure = HedgedFigure.Between(lowValue, hv, text);
                }
                else
                {
                    if ((hedge == Hedge.Nearly || hedge == Hedge.Almost) && lowValue == 0m)
                    {
                        hedge = Hedge.FewerThan;
                    }

                    figure = HedgedFigure.Of(hedge, lowValue, text);
                    value = lowValue;
                }

                try
                {
                    range = InterpretationPolicy.Default.Interpret(figure);
                }
                catch (ArgumentException)
                {
                    return last + 1;
                }
            }

            _mentions.Add(new NumericMention(
                _t[first].Start,
                text,
                range,
                figure,
                value,
                unit,
                unitText,
                per.Count == 0 ? NoPer : per.ToArray(),
                scaleText,
                hedgeText,
                noun,
                change,
                isAmount,
                prior,
                amount.IsVague));
            _floor = last + 1;
            return last + 1;
        }

        /// <summary>Whether token k ends a clause: the end of the text or '.', '!', '?', ';', ','.</summary>
        private bool EndsClause(int k) => k >= _n || IsSym(k, '.') || IsSym(k, '!') || IsSym(k, '?') || IsSym(k, ';') || IsSym(k, ',');

        private bool HasUpper(int i)
        {
            for (var c = _t[i].Start; c < _t[i].End; c++)
            {
                if (char.IsUpper(_text[c]))
                {
                    return true;
                }
            }

            return false;
        }

        private int currencyFirstOr(int amountFirst)
        {
            return CurrencyBefore(amountFirst, out var f, out _) is null ? amountFirst : f;
        }

        /// <summary>After a currency symbol, an ISO code may follow the number ("$5 USD"); it confirms the unit.</summary>
        private UnitInfo? CurrencyAfterCode(int k, Unit unit)
        {
            if (IsWord(k) && _t[k].Length == 3 && Lexicon.IsoCodes.Contains(Str(k)))
            {
                return new UnitInfo(CurrencyUnit(Str(k)), k, k, null);
            }

            return null;
        }

        private static Unit DenominatorUnit(string head)
        {
            if (Lexicon.RatePeriods.TryGetValue(head, out var period))
            {
                return Lexicon.ParseUnit(period);
            }

            if (Lexicon.PersonNouns.Contains(head))
            {
                return Unit.Person;
            }

            if (Lexicon.UnitWords.TryGetValue(head, out var symbol))
            {
                return Lexicon.ParseUnit(symbol);
            }

            var name = head.ToLowerInvariant();
            if (name.EndsWith("s", StringComparison.Ordinal) && name.Length > 3 && !name.EndsWith("ss", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 1);
            }

            return Unit.Opaque(name);
        }

        /// <summary>The last token of a noun phrase of up to <paramref name="max"/> words starting at <paramref name="k"/>; k - 1 when there is none.</summary>
        private int NounEnd(int k, int max)
        {
            var end = k - 1;
            var lastLower = k - 1;
            for (var j = k; j < _n && j < k + max; j++)
            {
                if (!IsWord(j) || (j > k && !_t[j].SpaceBefore) || In(j, StopWordSet) || In(j, SmallNumberSet) || In(j, RateAdverbSet) || IsMonth(j)
                    || In(j, UpWordSet) || In(j, DownWordSet))
                {
                    break;
                }

                if (j == k && !IsWord(j + 1) && Str(j).EndsWith("ed", StringComparison.Ordinal))
                {
                    break; // "iPhone 17 launched.": a verb, not a counted noun
                }

                end = j;
                if (!IsCapitalised(j))
                {
                    lastLower = j;
                    if (Str(j).EndsWith("s", StringComparison.OrdinalIgnoreCase) || Lexicon.PersonNouns.Contains(Str(j)) || Lexicon.RatePeriods.ContainsKey(Str(j)))
                    {
                        break; // a plural or a known noun ends the phrase: "5,000 ISIS prisoners have"
                    }
                }
            }

            return lastLower;
        }

        private void ContextRate(int first, List<string> per, List<Unit> perUnits)
        {
            string? period = null;
            string? periodWord = null;
            string? each = null;
            var sawCost = false;
            for (var j = first - 1; j >= _floor && j >= first - 14 && j >= 0; j--)
            {
                if (IsNumber(j) || IsSym(j, ';') || IsSym(j, '?') || IsSym(j, '!') || (IsSym(j, '.') && !IsWord(j - 1)) || (IsSym(j, '.') && IsWord(j - 1) && _t[j - 1].Length > 3))
                {
                    break;
                }

                if (In(j, CostWordSet))
                {
                    sawCost = true;
                }

                if (IsWord(j) && Lexicon.RateAdverbs.TryGetValue(Str(j), out var p) && period is null)
                {
                    period = p;
                    periodWord = Str(j);
                }

                if ((Is(j, "each") || Is(j, "per")) && each is null)
                {
                    var end = NounEnd(j + 1, 3);
                    if (end > j)
                    {
                        each = Str(end);
                    }
                }
            }

            if (!sawCost)
            {
                return;
            }

            if (each is not null)
            {
                per.Add(each);
                perUnits.Add(DenominatorUnit(each));
            }

            if (period is not null)
            {
                per.Add(periodWord!);
                perUnits.Add(Lexicon.ParseUnit(period));
            }
        }

        private ChangeDirection ChangeVerbBefore(int first, out int verbIndex, out bool viaTo, out bool viaFrom)
        {
            viaTo = false;
            viaFrom = false;
            verbIndex = -1;
            var words = 0;
            for (var j = first - 1; j >= _floor && j >= 0 && words < 4; j--)
            {
                if (!IsWord(j))
                {
                    return ChangeDirection.None;
                }

                if (In(j, UpWordSet) && !(Is(j, "up") && j + 1 < first && Is(j + 1, "to")) && !(Is(j, "up") && In(j - 1, Lexicon.PhrasalUp)))
                {
                    verbIndex = j;
                    return ChangeDirection.Up;
                }

                if (In(j, DownWordSet))
                {
                    verbIndex = j;
                    return ChangeDirection.Down;
                }

                if (Is(j, "to"))
                {
                    viaTo = true;
                }
                else if (Is(j, "from"))
                {
                    viaFrom = true;
                }
                else if (!In(j, Lexicon.ChangeFillers))
                {
                    return ChangeDirection.None;
                }

                words++;
            }

            return ChangeDirection.None;
        }

        private enum RangeIntro
        {
            None,
            Between,
            From,
        }

        private readonly struct UnitInfo
        {
            public UnitInfo(Unit? unit, int first, int last, string? written, decimal multiplier = 1m)
            {
                Unit = unit;
                First = first;
                Last = last;
                Written = written;
                Multiplier = multiplier;
            }

            public decimal Multiplier { get; }

            public Unit? Unit { get; }

            public int First { get; }

            public int Last { get; }

            public string? Written { get; }
        }

        private struct Amount
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
            }

            public int First { get; }

            public int Last { get; }

            public decimal Value { get; }

            /// <summary>The value before its scale ("3" in "3 million").</summary>
            public decimal Raw { get; }

            public string? ScaleText { get; }

            public bool IsVague { get; set; }

            public decimal VagueHigh { get; set; }

            public bool IsWordNumber { get; set; }
        }
    }
}

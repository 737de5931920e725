namespace ClaimRecon.Extraction
{
    /// <summary>Telephone numbers: digit groups joined by spaces, brackets, dashes, dots or slashes, with a "+" or an extension.</summary>
    internal sealed class PhoneTrap : ScannerStage
    {
        private readonly UnitReader _units;

        public PhoneTrap(TokenCursor cursor, UnitReader units)
            : base(cursor)
        {
            _units = units;
        }

        public bool IsPhone(int i, out int first, out int last)
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
            if (t.Digits < 7 && !plus && !paren && !IsNumber(i + 1) && !(i + 1 < _n && _t[i + 1].Kind == TokenKind.Symbol))
            {
                return false; // one group of fewer than seven digits, with nothing before or after it that a phone number has
            }
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
                    return plus || leadingZero || (!_units.HasCountAfter(i) && _units.CurrencyBefore(i, out _, out _) is null);
                }

                var rangeLike = groups == 2 && dashes == 1 && otherSeparators == 0 && !plus && !paren && !leadingZero
                    && t.Digits <= 4 && _t[j].Digits <= 4 && ValueOf(i) <= ValueOf(j);
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
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// A stage of the reader: it looks at the tokens around a position of the shared <see cref="TokenCursor"/> with the
    /// token questions every stage asks (is token i this word, this symbol, does it touch the one before).
    /// Indices out of range answer false, so rules can look around without bounds checks.
    /// </summary>
    internal abstract class ScannerStage
    {
        protected ScannerStage(TokenCursor cursor)
        {
            Cursor = cursor;
            _text = cursor.Text;
            _t = cursor.Tokens;
            _n = cursor.Count;
        }

        protected readonly string _text;
        protected readonly Token[] _t;
        protected readonly int _n;

        protected TokenCursor Cursor { get; }

        /// <summary>Gets or sets the first token not yet used by a mention or rejection.</summary>
        protected int Floor
        {
            get => Cursor.Floor;
            set => Cursor.Floor = value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsWord(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Word;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsNumber(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Number;

        /// <summary>Whether token i is the word, ignoring case as .NET's ordinal-ignore-case comparison does.</summary>
        protected bool Is(int i, string word)
        {
            if (!IsWord(i) || _t[i].Length != word.Length)
            {
                return false;
            }

            var start = _t[i].Start;
            for (var k = 0; k < word.Length; k++)
            {
                var a = _text[start + k];
                var b = word[k];
                if (a == b)
                {
                    continue;
                }

                if ((a | b) > '\u007F')
                {
                    // A character beyond ASCII: .NET's own rules for the rest (the part before is ASCII, so no pair is cut).
                    return string.Compare(_text, start + k, word, k, word.Length - k, StringComparison.OrdinalIgnoreCase) == 0;
                }

                // Two ASCII characters are equal ignoring case only as the two cases of one letter.
                if ((a | 0x20) != (b | 0x20) || unchecked((uint)((a | 0x20) - 'a')) > 'z' - 'a')
                {
                    return false;
                }
            }

            return true;
        }

        protected bool IsExact(int i, string word) =>
            i >= 0 && i < _n && _t[i].Length == word.Length && string.CompareOrdinal(_text, _t[i].Start, word, 0, word.Length) == 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsSym(int i, char c) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Symbol && _text[_t[i].Start] == c;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsDash(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Symbol && _text[_t[i].Start] is '-' or '\u2013' or '\u2012' or '\u2010' or '~';

        /// <summary>Whether token i touches the token before it (no whitespace between).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool Touches(int i) => i > 0 && i < _n && !_t[i].SpaceBefore;

        /// <summary>The value of number token i (a zeroed slot past the last token reads 0).</summary>
        protected decimal ValueOf(int i) => Cursor.ValueOf(i);

        /// <summary>The token's text, cut once per token and kept.</summary>
        protected string Str(int i) => Cursor.Str(i);

        /// <summary>
        /// The text of tokens first..last. One token's text is its cut string (<see cref="Str"/>), shared by every span and
        /// mention that names it ("percent", "$", "families"), instead of a new string each time.
        /// </summary>
        protected string Span(int first, int last) => first == last ? Str(first) : _text.Substring(_t[first].Start, _t[last].End - _t[first].Start);

        protected bool In(int i, HashSet<string> set) => IsWord(i) && set.Contains(Str(i));

        /// <summary>Whether token i is a word of the given class (one table look-up per token, kept).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool Has(int i, WordClass wordClass) => IsWord(i) && (Cursor.ClassOf(i) & wordClass) != 0;

        /// <summary>
        /// Whether word token i may be a key of the Lexicon table the guard class stands for: false means it is not (one
        /// cached look-up per token, no string cut); true means ask the table. Non-word tokens answer false.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool May(int i, WordClass table) => IsWord(i) && (Cursor.ClassOf(i) & (table | WordClass.NonAscii)) != 0;

        /// <summary>The factor of scale word token i ("million", "bn"), asked of <see cref="Lexicon.ScaleWords"/> only when the token may be one.</summary>
        protected bool TryScaleWord(int i, out decimal scale)
        {
            scale = 0m;
            return May(i, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(i), out scale);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_t[i].Start]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool IsWholeNumber(int i) => IsNumber(i) && !_t[i].HasFraction && !_t[i].Grouped && _t[i].Digits > 0;

        /// <summary>The value of token i when it is a whole number (<see cref="IsWholeNumber"/>), as an integer: no decimal arithmetic for the commonest questions.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected long WholeValue(int i) => Cursor.MantissaOf(i);

        protected bool IsYearLike(int i) => IsWholeNumber(i) && _t[i].Digits == 4 && WholeValue(i) is >= 1000 and <= 2199;

        protected bool IsMonth(int i) => May(i, WordClass.Month) && Lexicon.Months.Contains(Str(i));

        /// <summary>Whether token k ends a clause: the end of the text or '.', '!', '?', ';', ','.</summary>
        protected bool EndsClause(int k) => k >= _n || IsSym(k, '.') || IsSym(k, '!') || IsSym(k, '?') || IsSym(k, ';') || IsSym(k, ',');

        /// <summary>Whether word token i is written in capitals only ("COVID", "NATO").</summary>
        protected bool IsAllUpper(int i)
        {
            if (!IsWord(i))
            {
                return false;
            }

            for (var c = _t[i].Start; c < _t[i].End; c++)
            {
                if (!char.IsUpper(_text[c]))
                {
                    return false;
                }
            }

            return true;
        }

        protected bool HasUpper(int i)
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

        /// <summary>The last token of the letters and digits glued to token i ("m3vx13").</summary>
        protected int GlueEnd(int i)
        {
            var j = i;
            while (j + 1 < _n && Touches(j + 1) && (IsWord(j + 1) || IsNumber(j + 1)))
            {
                j++;
            }

            return j;
        }

        /// <summary>Whether token i places a time before or after another ("a week earlier", "a year ago"), so the period before it is not a rate.</summary>
        protected bool IsTimeAdverb(int i) =>
            Is(i, "earlier") || Is(i, "ago") || Is(i, "before") || Is(i, "later") || Is(i, "previously") || Is(i, "prior") || Is(i, "back") || Is(i, "after");

        /// <summary>Whether a unit glued to a figure is followed by a dimension adjective ("2m-tall", "4m-wide"), which makes "m" metres.</summary>
        protected bool IsDimensionAdjectiveAfter(int unitToken) =>
            IsDash(unitToken + 1) && Touches(unitToken + 1) && Touches(unitToken + 2) && In(unitToken + 2, Lexicon.DimensionAdjectives);

        /// <summary>
        /// A power of ten written after a figure from token k on: "×10−8", "x10^23", "* 10^-3", "x10-3" (the sign or caret
        /// against the 10). The exponent has one or two digits; false otherwise ("5×10 m" is a size, not a power).
        /// </summary>
        protected bool PowerOfTen(int k, out int exponent, out int last)
        {
            exponent = 0;
            last = k;
            if (!(IsSym(k, '\u00D7') || IsSym(k, '*') || IsExact(k, "x") || IsExact(k, "X")) || !IsWholeNumber(k + 1) || _t[k + 1].Digits != 2 || WholeValue(k + 1) != 10)
            {
                return false;
            }

            var s = k + 2;
            var caret = IsSym(s, '^') && Touches(s);
            s = caret ? s + 1 : s;
            var negative = ((IsDash(s) && !IsSym(s, '~')) || IsSym(s, '\u2212')) && Touches(s);
            var sign = negative || (IsSym(s, '+') && Touches(s));
            s = sign ? s + 1 : s;
            if (!(caret || sign) || !IsWholeNumber(s) || !Touches(s) || _t[s].Digits > 2)
            {
                return false;
            }

            exponent = negative ? -(int)WholeValue(s) : (int)WholeValue(s);
            last = s;
            return true;
        }

        private const decimal Small = 100_000_000_000_000m;

        /// <summary>The product, or false when it would leave the decimal range ("99999999999999999 tn").</summary>
        protected static bool TryMultiply(decimal a, decimal b, out decimal product)
        {
            // Both below 10^14 (nearly every figure in text): the product is below 10^28, so the division below would pass.
            if (!(a < Small && a > -Small && b < Small && b > -Small) && b != 0m && Math.Abs(a) > decimal.MaxValue / Math.Abs(b))
            {
                product = 0m;
                return false;
            }

            product = a * b;
            return true;
        }

        protected void Reject(int first, int last, RejectionReason reason) => Cursor.Reject(first, last, reason);
    }
}

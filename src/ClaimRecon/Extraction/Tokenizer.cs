using System;
using System.Buffers;

namespace ClaimRecon.Extraction
{
    /// <summary>Splits text into numbers, words and single-character symbols in one linear pass (no regular expressions).</summary>
    internal static class Tokenizer
    {
        private const byte OtherChar = 0;
        private const byte LetterChar = 1;
        private const byte SpaceChar = 2;

        /// <summary>The class of each ASCII character (letter, space or other), so the common case costs one look-up per character.</summary>
        private static readonly byte[] Ascii = BuildAscii();

        /// <summary>
        /// The tokens of <paramref name="text"/> (the first <paramref name="count"/> are used, the rest are zeroed) and the
        /// numbers' mantissas, indexed by each number token's <see cref="Token.NumberSlot"/> (slot 0 holds 0). Both arrays
        /// are rented from <see cref="ArrayPool{T}.Shared"/>: the caller gives them back with <see cref="Return"/> once
        /// the pass is over (an array never given back is simply collected).
        /// </summary>
        public static Token[] Tokenize(string text, out int count, out long[] mantissas)
        {
            // A token table is most of what a pass would allocate (16 bytes per token, about a quarter of the characters), so
            // it is rented rather than allocated for every text.
            var tokens = ArrayPool<Token>.Shared.Rent(Estimate(text.Length));
            mantissas = ArrayPool<long>.Shared.Rent(16);
            mantissas[0] = 0; // slot 0 reads as the value 0 (a zeroed token's slot)
            count = 0;
            var numbers = 1;
            var i = 0;
            var n = text.Length;
            var space = true;
            while (i < n)
            {
                var c = text[i];
                if (c == ' ')
                {
                    // the commonest character, first
                    space = true;
                    i++;
                    continue;
                }

                var kind = c < 128 ? Ascii[c] : IsLetter(c) ? LetterChar : IsSpace(c) ? SpaceChar : OtherChar;
                Token token;
                if (kind == LetterChar)
                {
                    token = Token.Word(i, WordEnd(text, i + 1), space);
                }
                else if (kind == SpaceChar)
                {
                    space = true;
                    i++;
                    continue;
                }
                else if ((c >= '0' && c <= '9') || (c == '.' && space && IsDigitAt(text, i + 1)))
                {
                    if (numbers == mantissas.Length)
                    {
                        mantissas = Grow(mantissas);
                    }

                    token = ReadNumber(text, i, space, numbers, out mantissas[numbers]);
                    if (token.End == i)
                    {
                        token = Token.Symbol(i, i + 1, space); // ".5.5": a dot before a dotted sequence is not a number
                    }
                    else
                    {
                        numbers++;
                    }
                }
                else
                {
                    token = Token.Symbol(i, i + 1, space);
                }

                if (count == tokens.Length)
                {
                    tokens = Grow(tokens);
                }

                tokens[count++] = token;
                i = token.End;
                space = false;
            }

            Array.Clear(tokens, count, tokens.Length - count); // stages may look at the slots past the last token, as before
            return tokens;
        }

        /// <summary>Gives the arrays of <see cref="Tokenize"/> back to the pool; neither may be read afterwards.</summary>
        public static void Return(Token[] tokens, long[] mantissas)
        {
            ArrayPool<Token>.Shared.Return(tokens);
            ArrayPool<long>.Shared.Return(mantissas);
        }

        /// <summary>A rented array twice as long holding the items of <paramref name="array"/>, which goes back to the pool.</summary>
        private static T[] Grow<T>(T[] array)
            where T : struct
        {
            var grown = ArrayPool<T>.Shared.Rent(array.Length * 2);
            Array.Copy(array, grown, array.Length);
            ArrayPool<T>.Shared.Return(array);
            return grown;
        }

        public static bool IsSpace(char c) => c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || (c > '\u007F' && char.IsWhiteSpace(c));

        private static bool IsLetter(char c) => unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a' || (c > '\u007F' && char.IsLetter(c));

        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

        private static int Estimate(int length) => (length / 4) + 16;

        /// <summary>The end of the word whose letters continue at <paramref name="j"/>: letters, and apostrophes between letters ("don't").</summary>
        private static int WordEnd(string text, int j)
        {
            var n = text.Length;
            while (j < n)
            {
                var c = text[j];
                if (unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a' || (c > '\u007F' && char.IsLetter(c)))
                {
                    j++;
                }
                else if (IsApostrophe(c) && j + 1 < n && IsLetter(text[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private static byte[] BuildAscii()
        {
            var table = new byte[128];
            for (var c = 0; c < 128; c++)
            {
                table[c] = IsLetter((char)c) ? LetterChar : IsSpace((char)c) ? SpaceChar : OtherChar;
            }

            return table;
        }

        private static Token ReadNumber(string text, int start, bool space, int slot, out long kept)
        {
            var n = text.Length;
            var i = start;
            long mantissa = 0;
            var digits = 0;
            var grouped = false;
            var fraction = false;
            var fractionDigits = 0;
            var overflow = false;

            void Take(char d)
            {
                digits++;
                if (digits <= 18)
                {
                    mantissa = (mantissa * 10) + (d - '0');
                }
                else
                {
                    overflow = true;
                }
            }

            while (i < n && text[i] >= '0' && text[i] <= '9')
            {
                Take(text[i]);
                i++;
            }

            // Indian grouping: "12,34,567" (lakh and crore groups of two digits, then a last group of three).
            if (digits <= 2 && i < n && text[i] == ',')
            {
                var j = i;
                var pairs = 0;
                while (j + 3 < n && text[j] == ',' && IsDigitAt(text, j + 1) && IsDigitAt(text, j + 2) && text[j + 3] == ',')
                {
                    pairs++;
                    j += 3;
                }

                if (pairs > 0 && j < n && text[j] == ',' && IsDigitAt(text, j + 1) && IsDigitAt(text, j + 2) && IsDigitAt(text, j + 3) && !IsDigitAt(text, j + 4))
                {
                    grouped = true;
                    for (var k = i; k < j + 4; k++)
                    {
                        if (text[k] != ',')
                        {
                            Take(text[k]);
                        }
                    }

                    i = j + 4;
                }
            }

            // Thousands groups: a comma followed by exactly three digits and no fourth.
            while (i < n && text[i] == ',' && IsDigitAt(text, i + 1) && IsDigitAt(text, i + 2) && IsDigitAt(text, i + 3) && !IsDigitAt(text, i + 4))
            {
                grouped = true;
                Take(text[i + 1]);
                Take(text[i + 2]);
                Take(text[i + 3]);
                i += 4;
            }

            if (i + 1 < n && text[i] == '.' && IsDigitAt(text, i + 1))
            {
                var end = i + 1;
                while (IsDigitAt(text, end))
                {
                    end++;
                }

                // "246.555.8888" is a dotted sequence (a phone number or a date), not 246.555 followed by more.
                var dotted = (end + 1 < n && text[end] == '.' && IsDigitAt(text, end + 1)) || (start >= 2 && text[start - 1] == '.' && IsDigitAt(text, start - 2));
                if (!dotted)
                {
                    fraction = true;
                    i++;
                    while (i < end)
                    {
                        Take(text[i]);
                        fractionDigits++;
                        i++;
                    }
                }
            }

            kept = overflow ? 0 : mantissa;
            return Token.Number(start, i, space, slot, overflow ? (byte)0 : (byte)fractionDigits, overflow ? (byte)0 : (byte)digits, grouped, fraction);
        }

        private static bool IsDigitAt(string text, int i) => i < text.Length && text[i] >= '0' && text[i] <= '9';
    }
}

using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Splits an article into word and punctuation tokens in one pass (linear in the text; no backtracking).
    /// </summary>
    /// <remarks>
    /// A period belongs to the word before it when that word is a known abbreviation ("Lt.", "Feb.", "Mr."), a single
    /// letter (an initial), or already holds a period ("U.S."); otherwise it is a <see cref="TokenKind.Stop"/>.
    /// Apostrophes and hyphens inside a word stay in it ("Iraq’s", "high-ranking"), except that a pronoun's contracted
    /// auxiliary is a word of its own ("she" and "'s", "they" and "’re"); digits keep their separators
    /// ("5,000", "2.1"). A straight double quote opens when the character before it is white space, an opening bracket
    /// or the start of the text, and closes otherwise (one alone between spaces after a phrase's end closes); so do two
    /// apostrophes (''), which some newsrooms write for one.
    /// </remarks>
    internal static class Tokens
    {
        public static List<Token> Read(string text)
        {
            var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 1 << 20));
            var table = Ascii;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var ascii = c < 128 ? table[c] : (byte)0;
                if ((ascii & Space) != 0 || (c >= 128 && (char.IsWhiteSpace(c) || char.IsControl(c))))
                {
                    i++;
                    continue;
                }

                if ((ascii & Opens) != 0 || (c >= 128 && IsWordChar(c)))
                {
                    i = ReadWord(text, i, tokens, table);
                    continue;
                }

                if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    // Two apostrophes stand for a double quotation mark in some newsroom text: ''like this''.
                    var opens = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2015';
                    tokens.Add(new Token(opens ? TokenKind.QuoteOpen : TokenKind.QuoteClose, i, i + 2, false));
                    i += 2;
                    continue;
                }

                var kind = c switch
                {
                    ',' => TokenKind.Comma,
                    '.' or '!' or '?' or '\u2026' => TokenKind.Stop,
                    ':' => TokenKind.Colon,
                    ';' => TokenKind.Semicolon,
                    '\u201C' or '\u201E' or '\u00AB' => TokenKind.QuoteOpen,
                    '\u201D' or '\u00BB' => TokenKind.QuoteClose,
                    '"' => StraightQuoteOpens(text, i) ? TokenKind.QuoteOpen : TokenKind.QuoteClose,
                    '\u2014' or '\u2015' or '\u2013' or '-' => TokenKind.Dash,
                    '(' or '[' => TokenKind.ParenOpen,
                    ')' or ']' => TokenKind.ParenClose,
                    _ => TokenKind.Other,
                };
                var end = i + 1;
                if (kind == TokenKind.Stop)
                {
                    while (end < text.Length && text[end] is '.' or '!' or '?')
                    {
                        end++;
                    }
                }
                else if (kind == TokenKind.Dash)
                {
                    while (end < text.Length && text[end] is '-' or '\u2014' or '\u2013')
                    {
                        end++;
                    }
                }

                tokens.Add(new Token(kind, i, end, false));
                i = end;
            }

            return tokens;
        }

        /// <summary>
        /// Where the contracted auxiliary of a pronoun starts in the word from <paramref name="start"/> to
        /// <paramref name="end"/> ("she's", "They’re", "we've", "I'm", "you'll", "he'd", "who's"): the offset of its
        /// apostrophe, or -1 when the word is no such contraction.
        /// </summary>
        internal static int ContractionAt(string text, int start, int end)
        {
            var apostrophe = -1;
            for (var k = start + 1; k < end && k <= start + 4; k++)
            {
                if (text[k] is '\'' or '\u2019')
                {
                    apostrophe = k;
                    break;
                }
            }

            if (apostrophe < 0)
            {
                return -1;
            }

            var suffix = end - apostrophe - 1;
            var s0 = suffix >= 1 ? char.ToLowerInvariant(text[apostrophe + 1]) : ' ';
            var s1 = suffix >= 2 ? char.ToLowerInvariant(text[apostrophe + 2]) : ' ';
            var auxiliary = (suffix == 1 && s0 is 's' or 'd' or 'm') || (suffix == 2 && ((s0 == 'r' && s1 == 'e') || (s0 == 'v' && s1 == 'e') || (s0 == 'l' && s1 == 'l')));
            if (!auxiliary)
            {
                return -1;
            }

            var pronoun = text.Substring(start, apostrophe - start).ToLowerInvariant();
            return pronoun is "he" or "she" or "it" or "they" or "we" or "i" or "you" or "who" ? apostrophe : -1;
        }

        /// <summary>
        /// Whether the word from <paramref name="start"/> to <paramref name="end"/> is a US party label with a state
        /// ("D-Ore", "R-Ky", "I-Vt"): one capital of D, R or I, a hyphen, and a capitalised state abbreviation of at most
        /// five letters.
        /// </summary>
        internal static bool IsPartyLabel(string text, int start, int end)
        {
            if (end - start < 3 || end - start > 7 || text[start] is not ('D' or 'R' or 'I') || text[start + 1] != '-' || !char.IsUpper(text[start + 2]))
            {
                return false;
            }

            for (var k = start + 3; k < end; k++)
            {
                if (!char.IsLetter(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int ReadWord(string text, int start, List<Token> tokens, byte[] table)
        {
            var i = start + 1;
            var periods = 0;
            var joinedApostrophe = false;

            // The known word's hash is folded in as each character is read (KnownWords.Step), so the lookup below does not
            // read the word again.
            var hash = KnownWords.Step(0, text[start]);
            while (true)
            {
                i = AsciiRun(text, i, table, ref hash);
                if (i >= text.Length)
                {
                    break;
                }

                var c = text[i];
                if (c >= 128 && IsWordChar(c))
                {
                    hash = KnownWords.Step(hash, c);
                    unchecked
                    {
                        i++;
                    }
                }
                else if ((c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '/' or '&') && i + 1 < text.Length && IsWordChar(text[i + 1]))
                {
                    joinedApostrophe |= c is '\'' or '\u2019';
                    hash = KnownWords.Step(KnownWords.Step(hash, c), text[i + 1]);
                    i += 2;
                }
                else if ((c is ',' or '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                {
                    hash = KnownWords.Step(KnownWords.Step(hash, c), text[i + 1]);
                    i += 2;
                }
                else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsAbbreviationJoin(text, start, i))
                {
                    periods++;
                    hash = KnownWords.Step(KnownWords.Step(hash, c), text[i + 1]);
                    i += 2;
                }
                else if (c == '.' && i + 1 < text.Length && IsWebSuffix(text, i))
                {
                    // "MoveOn.org", "Politico.com": a web address's suffix belongs to its name, and its period ends no sentence.
                    hash = KnownWords.Step(hash, c);
                    i++;
                }
                else
                {
                    break;
                }
            }

            // A plural's possessive apostrophe belongs to its word when a word follows ("the nurses' union said"): alone it was
            // punctuation that ended the phrase, so the union was no source.
            if (i + 2 < text.Length && text[i] is '\'' or '\u2019' && text[i - 1] is 's' or 'S' && text[i + 1] == ' ' && char.IsLetter(text[i + 2]))
            {
                hash = KnownWords.Step(hash, text[i]);
                i++;
            }

            // A trailing period belongs to the word when the word is an abbreviation.
            // So does one followed at once by a comma ("Tampa, Fla., who"): no sentence ends with ".,".
            // So does one closing a party label in brackets ("Sen. Ana Ruiz (D-Ore.) said"): no sentence ends inside them.
            if (i < text.Length && text[i] == '.' && (periods > 0 || (i + 1 < text.Length && text[i + 1] == ',') || CueLexicon.IsAbbreviation(text, start, i)
                || (i + 1 < text.Length && text[i + 1] == ')' && IsPartyLabel(text, start, i))))
            {
                hash = KnownWords.Step(hash, '.');
                i++;
            }

            // "she's", "they're", "we've", "I'm": a pronoun and its contracted auxiliary are two words, so the pronoun is a
            // subject of its own ("She's a nurse but concedes that ...") and the auxiliary reads as one ("they've said").
            // Only an apostrophe joined inside the word can start one: a plural's possessive apostrophe ends the word and is
            // followed by no auxiliary, so a word without a joined apostrophe is looked at no further.
            var contraction = joinedApostrophe ? ContractionAt(text, start, i) : -1;
            if (contraction > start)
            {
                // Two words: each is hashed again from its own characters.
                tokens.Add(new Token(TokenKind.Word, start, contraction, char.IsUpper(text[start]), (short)KnownWords.IndexOf(text, start, contraction)));
                start = contraction;
                var auxiliary = i - start <= ArticleText.MaxWord ? KnownWords.IndexOf(text, start, i) : -1;
                tokens.Add(new Token(TokenKind.Word, start, i, char.IsUpper(text[start]), (short)auxiliary));
                return i;
            }

            // The known word is looked up here, while the word's characters are at hand (a pass of its own over every token
            // cost as much as reading them); a word longer than the article reader reads is none.
            var known = i - start <= ArticleText.MaxWord ? KnownWords.IndexOfFolded(text, start, i, hash) : -1;
            tokens.Add(new Token(TokenKind.Word, start, i, char.IsUpper(text[start]), (short)known));
            return i;
        }

        /// <summary>
        /// Reads the run of ASCII word characters (letters, digits, underscore) from <paramref name="i"/>, most of a word, folding each into
        /// <paramref name="hash"/>; returns where the run ends. A loop of its own, so the hash stays in a register: in the
        /// word loop, with the rest of the word's state, it was stored and loaded again on every character.
        /// </summary>
        private static int AsciiRun(string text, int i, byte[] table, ref uint hash)
        {
            var h = hash;
            while (i < text.Length)
            {
                var c = text[i];
                if (c >= 128 || (table[c] & Word) == 0)
                {
                    break;
                }

                h = KnownWords.Step(h, c);
                unchecked
                {
                    i++;
                }
            }

            hash = h;
            return i;
        }

        /// <summary>
        /// A straight double quote opens when the character before it is white space, an opening bracket, a dash or the start
        /// of the text; except one standing alone between spaces after the end of a phrase ("... 'a record,' " Pell said),
        /// which closes the quotation its words end.
        /// </summary>
        private static bool StraightQuoteOpens(string text, int i)
        {
            if (i == 0 || text[i - 1] is '(' or '[' or '\u2014' or '\u2015')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }

            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }

            var before = i - 1;
            while (before > 0 && text[before] is ' ' or '\t')
            {
                before--;
            }

            return text[before] is not (',' or '.' or '!' or '?' or '\'' or '\u2019' or '\u2026');
        }

        /// <summary>
        /// "U.S", "a.m": a period between single letters joins them into one word; so after a hyphen, as in a US
        /// lawmaker's party and state ("D-N.M.", "R-S.C."), whose periods would otherwise end the sentence.
        /// </summary>
        private static bool IsAbbreviationJoin(string text, int start, int dot)
        {
            var segmentStart = dot - 1;
            while (segmentStart > start && text[segmentStart - 1] is not ('.' or '-'))
            {
                segmentStart--;
            }

            return dot - segmentStart == 1 && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]));
        }

        /// <summary>
        /// Whether the period at <paramref name="dot"/>, after a letter or digit, opens a common web suffix written in lower
        /// case that ends the word ("Politico.com", "MoveOn.org", "lemonde.fr", "example.co.uk").
        /// </summary>
        private static bool IsWebSuffix(string text, int dot)
        {
            if (!char.IsLetterOrDigit(text[dot - 1]))
            {
                return false;
            }

            var end = dot + 1;
            while (end < text.Length && end - dot <= 5 && text[end] is >= 'a' and <= 'z')
            {
                end++;
            }

            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && !IsWebSuffix(text, end))))
            {
                return false;
            }

            foreach (var suffix in WebSuffixes)
            {
                if (suffix.Length == end - dot - 1 && string.CompareOrdinal(text, dot + 1, suffix, 0, suffix.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The web suffixes <see cref="IsWebSuffix"/> knows, compared in place so that no word is copied.</summary>
        private static readonly string[] WebSuffixes = { "com", "org", "net", "gov", "edu", "co", "uk", "fr", "de", "io", "us", "ca", "info", "tv" };

        /// <summary>Bit of <see cref="Ascii"/>: white space or a control character, passed over.</summary>
        private const byte Space = 1;

        /// <summary>Bit of <see cref="Ascii"/>: a word character (<see cref="IsWordChar"/>).</summary>
        private const byte Word = 2;

        /// <summary>Bit of <see cref="Ascii"/>: a character that starts a word token (a word character, '@', '$' or '#').</summary>
        private const byte Opens = 4;

        /// <summary>The classes of the ASCII characters, so the loops over the text test one table entry per character.</summary>
        private static readonly byte[] Ascii = BuildAscii();

        private static byte[] BuildAscii()
        {
            var table = new byte[128];
            for (var c = (char)0; c < 128; c++)
            {
                var word = IsWordChar(c);
                table[c] = (byte)((char.IsWhiteSpace(c) || char.IsControl(c) ? Space : 0) | (word ? Word : 0) | (word || c is '@' or '$' or '#' ? Opens : 0));
            }

            return table;
        }

        /// <summary>A letter, digit, underscore or combining mark; ASCII is answered without a category lookup (no ASCII character is a combining mark).</summary>
        private static bool IsWordChar(char c) => c < 128
            ? unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a' || unchecked((uint)(c - '0')) <= 9 || c == '_'
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
    }
}

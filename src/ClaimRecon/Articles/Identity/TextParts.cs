using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>A word of an article: its span and its lowercase form.</summary>
    internal readonly struct Word
    {
        public Word(int start, string text)
        {
            Start = start;
            Text = text;
            Lower = text.ToLowerInvariant();
        }

        public int Start { get; }

        public int End => Start + Text.Length;

        public string Text { get; }

        public string Lower { get; }

        public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

        public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
    }

    /// <summary>A sentence of an article with its words; <see cref="Breaks"/> marks clause punctuation after a word.</summary>
    internal sealed class Sentence
    {
        public Sentence(int start, string text, Word[] words, bool[] breaks)
        {
            Start = start;
            Text = text;
            Words = words;
            Breaks = breaks;
        }

        public int Start { get; }

        public int End => Start + Text.Length;

        public string Text { get; }

        public Word[] Words { get; }

        /// <summary>Gets, per word, whether a comma, semicolon, colon, dash or parenthesis follows it (quotes do not break a clause).</summary>
        public bool[] Breaks { get; }
    }

    /// <summary>
    /// Splits an article into sentences and words in one linear pass: a sentence ends at '.', '!' or '?' followed by
    /// white space and a capital, digit or quote (not after a short abbreviation such as "Feb." or "Lt."), and at a line
    /// break. Words are runs of letters and digits joined by '-', '\'', '&amp;', ',' or '.' between digits.
    /// </summary>
    internal static class TextParts
    {
        private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "capt", "sgt", "st", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "u.s", "u.k", "u.n", "a.m", "p.m", "inc", "corp", "co", "ltd", "gov", "sen", "rep",
        };

        public static List<Sentence> Split(string text)
        {
            var sentences = new List<Sentence>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    Add(text, start, i, sentences);
                    start = i + 1;
                }
                else if ((c == '.' || c == '!' || c == '?') && EndsSentence(text, i))
                {
                    Add(text, start, i + 1, sentences);
                    start = i + 1;
                }
            }

            Add(text, start, text.Length, sentences);
            return sentences;
        }

        private static bool EndsSentence(string text, int i)
        {
            var j = i + 1;
            while (j < text.Length && (text[j] == '"' || text[j] == '\u201D' || text[j] == '\'' || text[j] == '\u2019' || text[j] == ')'))
            {
                j++;
            }

            if (j >= text.Length || !char.IsWhiteSpace(text[j]))
            {
                return j >= text.Length;
            }

            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] == '"' || text[j] == '\u201C' || text[j] == '\n' || text[j] == '\r'))
            {
                return false;
            }

            if (text[i] != '.')
            {
                return true;
            }

            var k = i - 1;
            while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.'))
            {
                k--;
            }

            var word = text.Substring(k + 1, i - k - 1);
            return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
        }

        private static void Add(string text, int start, int end, List<Sentence> sentences)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end <= start)
            {
                return;
            }

            var words = new List<Word>();
            var breaks = new List<bool>();
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    var s = i;
                    while (i < end && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text, i, end) && i > s)))
                    {
                        i++;
                    }

                    words.Add(new Word(s, text.Substring(s, i - s)));
                    breaks.Add(false);
                    continue;
                }

                if (breaks.Count > 0 && (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013' || (c == '-' && i + 1 < end && text[i + 1] == ' ')))
                {
                    breaks[breaks.Count - 1] = true;
                }

                i++;
            }

            sentences.Add(new Sentence(start, text.Substring(start, end - start), words.ToArray(), breaks.ToArray()));
        }

        private static bool IsJoiner(string text, int i, int end)
        {
            var c = text[i];
            if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))
            {
                return false;
            }

            if (c == '-' || c == '\'' || c == '\u2019' || c == '&')
            {
                return true;
            }

            return (c == ',' || c == '.') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        }
    }
}

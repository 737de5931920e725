using System.Globalization;
using System.Text;
using ClaimRecon.Internal;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// Makes text from claim files safe to print on a terminal: control characters become visible escapes, so a source
    /// name cannot retitle a terminal, move the cursor, hide text or reorder it.
    /// </summary>
    /// <remarks>
    /// <para>Escaped as <c>\uXXXX</c> (four hex digits): C0 controls (U+0000 to U+001F, except the line feed when line
    /// breaks are kept), DEL and the C1 controls (U+007F to U+009F, which include the 8-bit CSI), the bidirectional
    /// marks, embeddings, overrides and isolates (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the line and
    /// paragraph separators (U+2028, U+2029) and unpaired surrogates. Everything else is unchanged. The text report
    /// (<see cref="ReconciliationReport.ToText"/>) passes through this. All members are thread-safe.</para>
    /// </remarks>
    public static class TerminalText
    {
        /// <summary>Returns <paramref name="text"/> with every control character written as a visible escape.</summary>
        /// <param name="text">The text.</param>
        /// <param name="keepLineBreaks">Whether a line feed (<c>\n</c>) is left as a line break; a carriage return is always escaped.</param>
        /// <returns>The text, safe to write to a terminal; the same instance when nothing needed escaping.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static string Escape(string text, bool keepLineBreaks = false)
        {
            Preconditions.NotNull(text);
            StringBuilder? escaped = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (paired || !NeedsEscape(c, keepLineBreaks))
                {
                    escaped?.Append(c);
                    if (paired)
                    {
                        escaped?.Append(text[i + 1]);
                        i++;
                    }

                    continue;
                }

                escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }

            return escaped?.ToString() ?? text;
        }

        private static bool NeedsEscape(char c, bool keepLineBreaks) =>
            (c < 0x20 && !(keepLineBreaks && c == '\n'))
            || (c >= 0x7F && c <= 0x9F)
            || c == '\u200E' || c == '\u200F'
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u2028' || c == '\u2029'
            || char.IsSurrogate(c);
    }
}

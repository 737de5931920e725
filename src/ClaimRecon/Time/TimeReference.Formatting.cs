using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Time
{
    /// <summary>.NET formatting and parsing conventions: <see cref="IFormattable"/>, and on .NET 8 and later <c>ISpanFormattable</c> and <c>IParsable&lt;T&gt;</c>.</summary>
    /// <remarks>The text form is ISO 8601 without the label; parsing through <c>IParsable&lt;T&gt;</c> gives no label.</remarks>
    public sealed partial class TimeReference : IFormattable
#if NET8_0_OR_GREATER
        , ISpanFormattable, IParsable<TimeReference>
#endif
    {
        /// <summary>Returns the text form, as <see cref="ToString()"/> does: a time reference has one invariant text form.</summary>
        /// <param name="format">Null, empty or "G".</param>
        /// <param name="formatProvider">Not used: the form is culture-invariant so that it always parses back.</param>
        /// <returns>The text.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is another format; the message names it.</exception>
        public string ToString(string? format, IFormatProvider? formatProvider) => TextForms.General(ToString(), format, nameof(TimeReference));

#if NET8_0_OR_GREATER
        /// <summary>Writes the text form into a span, as <see cref="ToString()"/> gives it.</summary>
        /// <param name="destination">Where to write.</param>
        /// <param name="charsWritten">How many characters were written; 0 when the text does not fit.</param>
        /// <param name="format">Empty or "G".</param>
        /// <param name="provider">Not used (the form is invariant).</param>
        /// <returns>Whether the text fitted.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TextForms.IsGeneral(format)
                ? TextForms.TryCopy(ToString(), destination, out charsWritten)
                : throw new FormatException(TextForms.Unknown(format.ToString(), nameof(TimeReference)));

        /// <summary>Parses the text form, as <c>Parse(string)</c> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the text form is invariant.</param>
        /// <returns>The value.</returns>
        static TimeReference IParsable<TimeReference>.Parse(string s, IFormatProvider? provider) => Parse(s);

        /// <summary>Tries to parse the text form, as <c>TryParse(string, out T)</c> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the text form is invariant.</param>
        /// <param name="result">The value, on success.</param>
        /// <returns>Whether the text was read.</returns>
        static bool IParsable<TimeReference>.TryParse(string? s, IFormatProvider? provider, out TimeReference result)
        {
            var ok = TryParse(s, out var parsed);
            result = parsed!;
            return ok;
        }
#endif
    }
}

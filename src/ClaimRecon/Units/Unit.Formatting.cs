using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Units
{
    /// <summary>.NET formatting and parsing conventions: <see cref="IFormattable"/>, and on .NET 8 and later <c>ISpanFormattable</c> and <c>IParsable&lt;T&gt;</c>.</summary>
    /// <remarks>The text form is the unit symbol; <c>$"{unit:G}"</c> and span formatting give it, and generic code constrained to <c>IParsable&lt;T&gt;</c> parses it.</remarks>
    public sealed partial class Unit : IFormattable
#if NET8_0_OR_GREATER
        , ISpanFormattable, IParsable<Unit>
#endif
    {
        /// <summary>Returns the text form, as <see cref="ToString()"/> does: a unit has one invariant text form.</summary>
        /// <param name="format">Null, empty or "G".</param>
        /// <param name="formatProvider">Not used: the form is culture-invariant so that it always parses back.</param>
        /// <returns>The text.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is another format; the message names it.</exception>
        public string ToString(string? format, IFormatProvider? formatProvider) => TextForms.General(ToString(), format, nameof(Unit));

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
                : throw new FormatException(TextForms.Unknown(format.ToString(), nameof(Unit)));

        /// <summary>Parses the text form, as <c>Parse(string)</c> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the text form is invariant.</param>
        /// <returns>The value.</returns>
        static Unit IParsable<Unit>.Parse(string s, IFormatProvider? provider) => Parse(s);

        /// <summary>Tries to parse the text form, as <c>TryParse(string, out T)</c> does.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Not used: the text form is invariant.</param>
        /// <param name="result">The value, on success.</param>
        /// <returns>Whether the text was read.</returns>
        static bool IParsable<Unit>.TryParse(string? s, IFormatProvider? provider, out Unit result)
        {
            var ok = TryParse(s, out var parsed);
            result = parsed!;
            return ok;
        }
#endif
    }
}

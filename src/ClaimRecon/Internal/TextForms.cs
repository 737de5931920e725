using System;

namespace ClaimRecon.Internal
{
    /// <summary>
    /// The .NET formatting conventions for types with one invariant text form (units, quantity keys, time references):
    /// "G" or no format gives that form, any other format is refused by name; span formatting copies it.
    /// </summary>
    internal static class TextForms
    {
        /// <summary>Returns <paramref name="text"/> for the general format.</summary>
        /// <param name="text">The type's one text form.</param>
        /// <param name="format">The format asked for: null, empty or "G".</param>
        /// <param name="typeName">The type's name, for the error message.</param>
        /// <returns>The text.</returns>
        /// <exception cref="FormatException">Another format was asked for; the message names it.</exception>
        public static string General(string text, string? format, string typeName) =>
            IsGeneral(format) ? text : throw new FormatException(Unknown(format, typeName));

        /// <summary>The message for a format a type does not define.</summary>
        /// <param name="format">The format asked for.</param>
        /// <param name="typeName">The type's name.</param>
        /// <returns>The message, naming both.</returns>
        public static string Unknown(string? format, string typeName) =>
            $"Unknown {typeName} format \"{format}\"; only \"G\" (or none) is defined, and gives its one invariant text form.";

        /// <summary>Determines whether a format asks for the general form.</summary>
        /// <param name="format">The format.</param>
        /// <returns>True for null, empty or "G".</returns>
        public static bool IsGeneral(string? format) => string.IsNullOrEmpty(format) || format == "G";

#if NET8_0_OR_GREATER
        /// <summary>Determines whether a span format asks for the general form.</summary>
        /// <param name="format">The format.</param>
        /// <returns>True for empty or "G".</returns>
        public static bool IsGeneral(ReadOnlySpan<char> format) => format.IsEmpty || (format.Length == 1 && format[0] == 'G');

        /// <summary>Copies text into a destination span, as <see cref="ISpanFormattable.TryFormat"/> does.</summary>
        /// <param name="text">The text.</param>
        /// <param name="destination">Where to write.</param>
        /// <param name="written">How many characters were written; 0 when it does not fit.</param>
        /// <returns>Whether the whole text fitted.</returns>
        public static bool TryCopy(string text, Span<char> destination, out int written)
        {
            if (text.AsSpan().TryCopyTo(destination))
            {
                written = text.Length;
                return true;
            }

            written = 0;
            return false;
        }
#endif
    }
}

using System;
using System.Linq;

namespace ClaimRecon.Cli.Input
{
    /// <summary>Enum values as the JSON format names them: the member name in lower camel case (<c>moreThan</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    internal static class EnumText<T>
        where T : struct, Enum
    {
        /// <summary>Gets the accepted names, comma-separated, for messages.</summary>
        public static string Known { get; } = string.Join(", ", Enum.GetValues<T>().Select(Name));

        /// <summary>Returns the lower-camel-case name of a value.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The name.</returns>
        public static string Name(T value)
        {
            var name = value.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        /// <summary>Parses a name, ignoring case; numbers are not accepted.</summary>
        /// <param name="text">The text.</param>
        /// <param name="value">The value, when recognised.</param>
        /// <returns>Whether the text names a value.</returns>
        public static bool TryParse(string text, out T value)
        {
            foreach (var candidate in Enum.GetValues<T>())
            {
                if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}

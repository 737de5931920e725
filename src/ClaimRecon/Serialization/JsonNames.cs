using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Serialization
{
    /// <summary>The JSON identifiers of enum values: the member name in lower camel case ("moreThan", "newsOutlet").</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    internal static class JsonNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names =
            Enum.GetValues(typeof(T)).Cast<T>().ToDictionary(v => v, v => Camel(v.ToString()));

        private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        private static readonly Dictionary<string, T> ValuesIgnoringCase = new(Values, StringComparer.OrdinalIgnoreCase);

        public static string Known => string.Join(", ", Names.Values);

        public static string Name(T value) =>
            Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(T).Name}.");

        public static bool TryParse(string text, out T value) => Values.TryGetValue(text, out value);

        /// <summary>Parses a name as CSV writes it: any case, numbers not accepted.</summary>
        public static bool TryParseIgnoringCase(string text, out T value) => ValuesIgnoringCase.TryGetValue(text, out value);

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}

using System;
using ClaimRecon.Quantities;

namespace ClaimRecon.Serialization
{
    /// <summary>Checks shared by the per-element readers: required fields, the values constructors' errors point at, quantity keys.</summary>
    internal static class JsonElementReaders
    {
        /// <summary>Reports each of the given fields that the object did not have, or had as null, as missing.</summary>
        public static void Require(JsonFieldReader r, ObjectScope scope, string?[] shown, string[] fields, params int[] required)
        {
            foreach (var index in required)
            {
                if (!scope.Has(index) || shown[index] == "null")
                {
                    r.Add(scope.Path + "." + fields[index], null, fields[index] + " is missing");
                }
            }
        }

        /// <summary>Reports every field the object did not have, or had as null, as missing.</summary>
        public static void RequireAll(JsonFieldReader r, ObjectScope scope, string?[] shown)
        {
            for (var i = 0; i < shown.Length; i++)
            {
                if (!scope.Has(i) || shown[i] == "null")
                {
                    r.Add(scope.Path + "." + scope.Known[i], null, scope.Known[i] + " is missing");
                }
            }
        }

        /// <summary>Maps a constructor parameter's name to the value the object gave for the field of that name.</summary>
        public static Func<string?, string?> ShownBy(string[] fields, string?[] shown) => name =>
        {
            var index = name is null ? -1 : Array.IndexOf(fields, name);
            return index < 0 ? null : shown[index];
        };

        /// <summary>Reads a quantity key, <c>subject/measure</c>.</summary>
        public static QuantityKey? Key(JsonFieldReader r, string path, string name)
        {
            var text = r.String(path, name);
            if (text is null)
            {
                return null;
            }

            if (QuantityKey.TryParse(text, out var key))
            {
                return key;
            }

            r.Add(path, r.Tokens.Shown, $"\"{ProblemText.Shorten(text)}\" is not a quantity key: expected subject/measure with exactly one '/'");
            return null;
        }
    }
}

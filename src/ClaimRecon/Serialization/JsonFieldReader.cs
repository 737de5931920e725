using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using ClaimRecon.Claims;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The field reader under the per-element readers: walks objects and arrays token by token, reports unknown and
    /// repeated properties, and reads scalar fields (strings, exact numbers, whole numbers, booleans, enum names, times),
    /// each problem with its JSON path and the offending value.
    /// </summary>
    /// <remarks>Each value reader is called with the value's first token current and leaves its last token current.</remarks>
    internal sealed class JsonFieldReader
    {
        private const int MaxUnitsKept = 1024;
        private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);

        public JsonFieldReader(JsonTokenSource tokens)
        {
            Tokens = tokens;
        }

        public JsonTokenSource Tokens { get; }

        public List<ValidationProblem> Problems { get; } = new();

        /// <summary>Gets the path of the value being read, for a malformed-JSON problem.</summary>
        public string CurrentPath { get; private set; } = "$";

        public int ProblemCount => Problems.Count;

        public void Add(string path, string? value, string message) => Problems.Add(new ValidationProblem(path, value, ProblemText.Message(message)));

        /// <summary>
        /// Parses a unit, giving the same object for the same text each time (up to 1,024 texts), so that a document
        /// declaring a million quantities in one unit holds the unit once, not a million times.
        /// </summary>
        public bool TryUnit(string text, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out string? error)
        {
            error = null;
            if (_units.TryGetValue(text, out unit))
            {
                return true;
            }

            if (!Unit.TryParse(text, out unit, out error))
            {
                return false;
            }

            if (_units.Count < MaxUnitsKept)
            {
                _units.Add(text, unit);
            }

            return true;
        }

        /// <summary>Reads the next token, which must exist (the token source reports a truncated document as malformed).</summary>
        public void Next()
        {
            if (!Tokens.Read())
            {
                throw new JsonException("the document ends inside a value");
            }
        }

        /// <summary>Starts an object at the current token; when it is not one, reports it (unless null and optional) and skips it.</summary>
        public bool BeginObject(string path, string[] known, out ObjectScope scope, string what = "expected a JSON object")
        {
            scope = new ObjectScope(path, known);
            if (Tokens.TokenType == JsonTokenType.StartObject)
            {
                return true;
            }

            Add(path, Tokens.Shown, what);
            Tokens.Skip();
            return false;
        }

        /// <summary>
        /// Moves to the next known property of the object, its value's first token current; reports and skips unknown and
        /// repeated ones. Returns false at the end of the object.
        /// </summary>
        public bool NextProperty(ref ObjectScope scope, out int index, out string path)
        {
            while (true)
            {
                Next();
                if (Tokens.TokenType == JsonTokenType.EndObject)
                {
                    index = -1;
                    path = scope.Path;
                    CurrentPath = scope.Path;
                    return false;
                }

                var name = Tokens.Text;
                var nameShown = Tokens.Shown;
                path = name is null ? scope.Path : scope.Path + "." + ProblemText.Shorten(name);
                CurrentPath = path;
                Next();
                if (name is null)
                {
                    Add(scope.Path, nameShown, "a property name contains an unpaired surrogate escape (\\ud800 to \\udfff alone) or bytes that are not UTF-8, so it is not text");
                    Tokens.Skip();
                    continue;
                }

                index = Array.IndexOf(scope.Known, name);
                if (index < 0)
                {
                    Add(path, Tokens.Shown, $"\"{ProblemText.Shorten(name)}\" is not a known property here; expected one of: {string.Join(", ", scope.Known)}");
                    Tokens.Skip();
                    continue;
                }

                var bit = 1UL << index;
                if ((scope.Seen & bit) != 0)
                {
                    Add(path, Tokens.Shown, $"{name} is given more than once in one object; JSON leaves the meaning of a repeated name undefined, so it is not read");
                    Tokens.Skip();
                    continue;
                }

                scope.Seen |= bit;
                return true;
            }
        }

        /// <summary>Starts an array at the current token; when it is not one, reports it and skips it.</summary>
        public bool BeginArray(string path, string message)
        {
            if (Tokens.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            Add(path, Tokens.Shown, message);
            Tokens.Skip();
            return false;
        }

        /// <summary>Moves to the next item of the array, its first token current. Returns false at the end of the array.</summary>
        public bool NextItem(string arrayPath, ref int index, out string path)
        {
            Next();
            if (Tokens.TokenType == JsonTokenType.EndArray)
            {
                path = arrayPath;
                CurrentPath = arrayPath;
                return false;
            }

            index++;
            path = arrayPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            CurrentPath = path;
            return true;
        }

        public bool IsNull => Tokens.TokenType == JsonTokenType.Null;

        /// <summary>Reads a non-blank string; null (after reporting) for anything else. JSON null is absent: null with no problem.</summary>
        public string? String(string path, string name)
        {
            switch (Tokens.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String when Tokens.NotText:
                    Add(path, Tokens.Shown, $"{name} contains an unpaired surrogate escape (\\ud800 to \\udfff alone) or bytes that are not UTF-8, so it is not text");
                    return null;
                case JsonTokenType.String when Tokens.Text!.Trim().Length == 0:
                    Add(path, Tokens.Shown, $"{name} must not be empty");
                    return null;
                case JsonTokenType.String:
                    return Tokens.Text;
                default:
                    Add(path, Tokens.Shown, $"{name} must be a string");
                    Tokens.Skip();
                    return null;
            }
        }

        /// <summary>
        /// Reads a number, given as a JSON number or as a string, by one rule: the value must be exactly what a decimal
        /// holds (no rounding, however small the part that would be lost). JSON null is absent.
        /// </summary>
        public decimal? Decimal(string path)
        {
            switch (Tokens.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                case JsonTokenType.String when !Tokens.NotText:
                    var text = Tokens.TokenType == JsonTokenType.String ? Tokens.Text!.Trim() : Tokens.Text!;
                    if (ExactNumber.TryParse(text, out var value, out var why))
                    {
                        return value;
                    }

                    Add(path, Tokens.Shown, Tokens.TokenType == JsonTokenType.String ? why : why.Replace("\"" + ProblemText.Shorten(text) + "\"", ProblemText.Shorten(text)));
                    return null;
                default:
                    Add(path, Tokens.Shown, $"{Tokens.Shown} is not a number");
                    Tokens.Skip();
                    return null;
            }
        }

        /// <summary>Reads a whole number within the range of an <see cref="int"/>.</summary>
        public int? Int(string path, string name)
        {
            var shown = Tokens.Shown;
            var value = Decimal(path);
            if (value is null)
            {
                return null;
            }

            if (value.Value != decimal.Truncate(value.Value) || value.Value < int.MinValue || value.Value > int.MaxValue)
            {
                Add(path, shown, $"{name} must be a whole number from {int.MinValue} to {int.MaxValue}");
                return null;
            }

            return (int)value.Value;
        }

        /// <summary>Reads true or false.</summary>
        public bool? Boolean(string path, string message)
        {
            if (Tokens.TokenType is JsonTokenType.True or JsonTokenType.False)
            {
                return Tokens.Boolean;
            }

            Add(path, Tokens.TokenType == JsonTokenType.Null ? null : Tokens.Shown, message);
            Tokens.Skip();
            return null;
        }

        /// <summary>Reads an enum by its JSON name.</summary>
        public T? Enum<T>(string path, string name)
            where T : struct, Enum
        {
            var text = String(path, name);
            if (text is null)
            {
                return null;
            }

            if (JsonNames<T>.TryParse(text, out var value))
            {
                return value;
            }

            Add(path, Tokens.Shown, $"\"{ProblemText.Shorten(text)}\" is not a known {name}; expected one of: {JsonNames<T>.Known}");
            return null;
        }

        /// <summary>Reads a time: an ISO-8601 string, or <c>{"value", "label"}</c>.</summary>
        public TimeReference? Time(string path)
        {
            string? text;
            string? label = null;
            var valuePath = path;
            var shown = Tokens.Shown;
            if (Tokens.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (Tokens.TokenType == JsonTokenType.String)
            {
                text = String(path, "time");
            }
            else if (Tokens.TokenType == JsonTokenType.StartObject)
            {
                var before = ProblemCount;
                text = null;
                var scope = new ObjectScope(path, TimeFields);
                while (NextProperty(ref scope, out var index, out var fieldPath))
                {
                    if (index == 0)
                    {
                        shown = Tokens.Shown;
                        text = String(fieldPath, "value");
                    }
                    else
                    {
                        label = String(fieldPath, "label");
                    }
                }

                if ((scope.Seen & 1) == 0)
                {
                    Add(path + ".value", null, "value is missing");
                }

                if (text is null || ProblemCount > before)
                {
                    return null;
                }

                valuePath = path + ".value";
            }
            else
            {
                Add(path, Tokens.Shown, "expected an ISO-8601 time string or {\"value\", \"label\"}");
                Tokens.Skip();
                return null;
            }

            if (text is null)
            {
                return null;
            }

            if (!TimeReference.TryParse(text, label, out var time, out var error))
            {
                Add(valuePath, shown, error);
                return null;
            }

            return time;
        }

        private static readonly string[] TimeFields = { "value", "label" };

        /// <summary>Runs a constructor, turning an <see cref="ArgumentException"/> into a problem at the field it names.</summary>
        public T? Build<T>(string path, Func<T> create, Func<string?, string?>? shownFor = null)
            where T : class
        {
            try
            {
                return create();
            }
            catch (ArgumentException e)
            {
                var field = e.ParamName is null || shownFor is null || shownFor(e.ParamName) is null ? null : e.ParamName;
                var message = e.Message;
                var cut = message.IndexOf(Environment.NewLine, StringComparison.Ordinal);
                if (cut >= 0)
                {
                    message = message.Substring(0, cut);
                }

                var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
                if (suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal))
                {
                    message = message.Substring(0, message.Length - suffix.Length);
                }

                Add(field is null ? path : path + "." + field, field is null ? "{...}" : shownFor!(field), message);
                return null;
            }
        }
    }

    /// <summary>An object being read: its path, the property names it knows, and which of them have been seen.</summary>
    internal struct ObjectScope
    {
        public ObjectScope(string path, string[] known)
        {
            Path = path;
            Known = known;
            Seen = 0;
        }

        public string Path { get; }

        public string[] Known { get; }

        public ulong Seen { get; set; }

        public readonly bool Has(int index) => (Seen & (1UL << index)) != 0;
    }
}

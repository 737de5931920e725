using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// Reads relations between quantities from JSON: an array of
    /// <c>{"kind": "product", "target": "a/b", "operands": ["c/d", "e/f"], "name": "optional", "comment": "ignored"}</c>,
    /// where <c>kind</c> is <c>product</c>, <c>sum</c>, <c>ratio</c>, <c>percentOf</c> or <c>perPeriod</c>.
    /// </summary>
    /// <remarks>Unknown properties are errors, as in the claims format. Every problem carries its JSON path and value.</remarks>
    internal static class RelationsReader
    {
        private static readonly string[] Properties = { "kind", "target", "operands", "name", "comment" };

        /// <summary>Reads relations from JSON text.</summary>
        /// <param name="stream">The UTF-8 JSON.</param>
        /// <param name="file">The file's name, for problems.</param>
        /// <param name="relations">The relations read without problems (all of them when there is none).</param>
        /// <returns>Every problem found.</returns>
        public static IReadOnlyList<InputProblem> Read(Stream stream, string file, out IReadOnlyList<DerivedRelation> relations) =>
            Read(stream, file, out relations, out _);

        /// <summary>Reads relations from JSON text, with the position of each in the file's array.</summary>
        /// <param name="stream">The UTF-8 JSON.</param>
        /// <param name="file">The file's name, for problems.</param>
        /// <param name="relations">The relations read without problems (all of them when there is none).</param>
        /// <param name="positions">The index in the file's array of each of <paramref name="relations"/>, for problem paths.</param>
        /// <returns>Every problem found.</returns>
        public static IReadOnlyList<InputProblem> Read(Stream stream, string file, out IReadOnlyList<DerivedRelation> relations, out IReadOnlyList<int> positions)
        {
            var problems = new List<InputProblem>();
            var result = new List<DerivedRelation>();
            var indices = new List<int>();
            relations = result;
            positions = indices;
            JsonDocument document;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException e)
            {
                problems.Add(new InputProblem(file, (int?)(e.LineNumber + 1), null, e.Path ?? "$", Excerpt(bytes, e.LineNumber, e.BytePositionInLine), "is not valid JSON: " + e.Message));
                return problems;
            }

            using (document)
            {
                var root = document.RootElement;
                CheckText(root, "$", file, problems);
                if (problems.Count > 0)
                {
                    return problems;
                }

                if (root.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(InputProblem.AtPath(file, "$", Show(root), "relations are a JSON array of {\"kind\", \"target\", \"operands\"} objects"));
                    return problems;
                }

                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    var relation = ReadRelation(item, $"$[{index}]", file, problems);
                    if (relation is not null)
                    {
                        result.Add(relation);
                        indices.Add(index);
                    }

                    index++;
                }
            }

            return problems;
        }

        /// <summary>
        /// Reports strings and property names that are not text (an unpaired surrogate escape such as <c>"\ud800"</c>,
        /// which .NET cannot turn into a string) and properties given twice (which JSON leaves undefined; no "last one wins").
        /// </summary>
        private static void CheckText(JsonElement element, string path, string file, List<InputProblem> problems)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = property.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            problems.Add(InputProblem.AtPath(file, path, JsonText.Quote(Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(property))), "a property name contains an unpaired surrogate escape (\\ud800 to \\udfff alone), which is not text"));
                            continue;
                        }

                        var propertyPath = path + "." + JsonText.Shorten(name);
                        if (!seen.Add(name))
                        {
                            problems.Add(InputProblem.AtPath(file, propertyPath, Show(property.Value), "is given more than once in one object"));
                        }

                        CheckText(property.Value, propertyPath, file, problems);
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        CheckText(item, $"{path}[{index++}]", file, problems);
                    }

                    break;
                case JsonValueKind.String:
                    try
                    {
                        element.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        problems.Add(InputProblem.AtPath(file, path, JsonText.Shorten(Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element))), "contains an unpaired surrogate escape (\\ud800 to \\udfff alone), which is not text"));
                    }

                    break;
            }
        }

        /// <summary>The text around a JSON error's position (bytes decoded leniently: it is shown, not read), for the problem's value.</summary>
        private static string Excerpt(byte[] bytes, long? line, long? position)
        {
            var offset = 0;
            for (var l = 0L; l < (line ?? 0) && offset < bytes.Length; offset++)
            {
                if (bytes[offset] == (byte)'\n')
                {
                    l++;
                }
            }

            offset = (int)Math.Min(bytes.Length, offset + (position ?? 0));
            var start = Math.Max(0, offset - 10);
            var text = Encoding.UTF8.GetString(bytes, start, Math.Min(40, bytes.Length - start));
            return JsonText.Quote(text.Length == 0 ? "(end of input)" : text);
        }

        private static DerivedRelation? ReadRelation(JsonElement item, string path, string file, List<InputProblem> problems)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(InputProblem.AtPath(file, path, Show(item), "a relation is an object with \"kind\", \"target\" and \"operands\""));
                return null;
            }

            var count = problems.Count;
            foreach (var property in item.EnumerateObject().Where(p => !Properties.Contains(p.Name, StringComparer.Ordinal)))
            {
                problems.Add(InputProblem.AtPath(file, path + "." + property.Name, Show(property.Value), $"is not a relation property; the properties are {string.Join(", ", Properties)}"));
            }

            RelationKind kind = default;
            var kindText = String(item, "kind", path, file, problems, required: true);
            if (kindText is not null && !EnumText<RelationKind>.TryParse(kindText, out kind))
            {
                problems.Add(InputProblem.AtPath(file, path + ".kind", JsonText.Quote(kindText), "is not a relation kind; use one of " + EnumText<RelationKind>.Known));
            }

            var target = Key(item.TryGetProperty("target", out var t) ? t : (JsonElement?)null, path + ".target", file, problems);
            var operands = new List<QuantityKey>();
            if (!item.TryGetProperty("operands", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(InputProblem.AtPath(file, path + ".operands", item.TryGetProperty("operands", out var bad) ? Show(bad) : null, "operands are required: an array of quantity keys"));
            }
            else
            {
                var i = 0;
                foreach (var operand in list.EnumerateArray())
                {
                    var key = Key(operand, $"{path}.operands[{i}]", file, problems);
                    if (key is not null)
                    {
                        operands.Add(key);
                    }

                    i++;
                }
            }

            var name = String(item, "name", path, file, problems, required: false);
            String(item, "comment", path, file, problems, required: false);
            if (problems.Count > count || target is null)
            {
                return null;
            }

            try
            {
                var relation = kind switch
                {
                    RelationKind.Product => DerivedRelation.Product(target, operands.ToArray()),
                    RelationKind.Sum => DerivedRelation.Sum(target, operands.ToArray()),
                    RelationKind.Ratio when operands.Count == 2 => DerivedRelation.Ratio(target, operands[0], operands[1]),
                    RelationKind.PercentOf when operands.Count == 2 => DerivedRelation.PercentOf(target, operands[0], operands[1]),
                    RelationKind.PerPeriod when operands.Count == 1 => DerivedRelation.PerPeriod(target, operands[0]),
                    _ => null,
                };
                if (relation is null)
                {
                    problems.Add(InputProblem.AtPath(file, path + ".operands", "[...]",
                        $"a {EnumText<RelationKind>.Name(kind)} relation takes {(kind == RelationKind.PerPeriod ? "one operand" : "two operands")}; got {operands.Count}"));
                    return null;
                }

                return name is null ? relation : relation.WithName(name);
            }
            catch (ArgumentException e)
            {
                problems.Add(InputProblem.AtPath(file, path, "{...}", e.Message));
                return null;
            }
        }

        private static string? String(JsonElement item, string property, string path, string file, List<InputProblem> problems, bool required)
        {
            if (!item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    problems.Add(InputProblem.AtPath(file, path + "." + property, null, $"\"{property}\" is required"));
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                problems.Add(InputProblem.AtPath(file, path + "." + property, Show(value), "must be a non-empty string"));
                return null;
            }

            return value.GetString();
        }

        private static QuantityKey? Key(JsonElement? element, string path, string file, List<InputProblem> problems)
        {
            if (element is null || element.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add(InputProblem.AtPath(file, path, element is null ? null : Show(element.Value), element is null ? "is missing: give a quantity key such as \"subject/measure\"" : "must be a quantity key such as \"subject/measure\""));
                return null;
            }

            if (!QuantityKey.TryParse(element.Value.GetString(), out var key))
            {
                problems.Add(InputProblem.AtPath(file, path, Show(element.Value), "is not a quantity key of the form subject/measure"));
                return null;
            }

            return key;
        }

        private static string Show(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => JsonText.Quote(Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element)).Trim('"')),
            JsonValueKind.Object => "{...}",
            JsonValueKind.Array => "[...]",
            _ => JsonText.Shorten(element.GetRawText()),
        };
    }
}

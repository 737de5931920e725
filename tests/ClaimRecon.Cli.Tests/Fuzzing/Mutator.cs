using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>
    /// Seeded mutations of a JSON or CSV input: structural ones (delete, duplicate, retype a field; plant a huge or tiny
    /// number, deep nesting or hostile text) and raw ones (flip bytes, truncate, insert bytes that are not UTF-8).
    /// </summary>
    internal sealed class Mutator
    {
        private const string Mark = "@@fuzz";
        private readonly Random _random;
        private readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

        public Mutator(int seed) => _random = new Random(seed);

        /// <summary>Gets what was done, for the failure message.</summary>
        public List<string> Log { get; } = new();

        /// <summary>Mutates a JSON document one to three times.</summary>
        public byte[] Json(string json)
        {
            _raw.Clear();
            var root = JsonNode.Parse(json)!;
            var structural = _random.Next(1, 4);
            for (var i = 0; i < structural; i++)
            {
                root = MutateTree(root);
            }

            var text = root.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = _random.Next(2) == 0,
                Encoder = _random.Next(2) == 0 ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
            });
            foreach (var (placeholder, raw) in _raw)
            {
                text = text.Replace("\"" + placeholder + "\"", raw, StringComparison.Ordinal);
            }

            return Raw(Encoding.UTF8.GetBytes(text));
        }

        /// <summary>Mutates a CSV text one to three times.</summary>
        public byte[] Csv(string csv)
        {
            var lines = csv.Split('\n').Where(l => l.Length > 0).Select(Cells).ToList();
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                MutateCsv(lines);
            }

            var text = string.Join("\n", lines.Select(l => string.Join(",", l))) + (_random.Next(4) == 0 ? string.Empty : "\n");
            return Raw(Encoding.UTF8.GetBytes(text));
        }

        private static List<string> Cells(string line)
        {
            // Splits at commas outside quotes, keeping each cell's raw text (quotes included).
            var cells = new List<string>();
            var start = 0;
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (line[i] == ',' && !quoted)
                {
                    cells.Add(line.Substring(start, i - start));
                    start = i + 1;
                }
            }

            cells.Add(line.Substring(start));
            return cells;
        }

        private static string CsvQuote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private byte[] Raw(byte[] bytes)
        {
            // Half the cases stay structurally mutated only; the rest also get raw damage.
            switch (_random.Next(8))
            {
                case 0:
                    {
                        var flips = _random.Next(1, 5);
                        for (var i = 0; i < flips && bytes.Length > 0; i++)
                        {
                            var at = _random.Next(bytes.Length);
                            bytes[at] = _random.Next(2) == 0 ? (byte)(bytes[at] ^ (1 << _random.Next(8))) : (byte)_random.Next(256);
                            Log.Add($"byte flip at {at}");
                        }

                        return bytes;
                    }

                case 1:
                    {
                        var at = _random.Next(bytes.Length + 1);
                        Log.Add($"truncate at {at} of {bytes.Length}");
                        return bytes.AsSpan(0, at).ToArray();
                    }

                case 2:
                    {
                        var at = _random.Next(bytes.Length + 1);
                        var bad = Pick(HostileValues.BadBytes);
                        Log.Add($"insert non-UTF-8 bytes {Convert.ToHexString(bad)} at {at}");
                        return bytes.Take(at).Concat(bad).Concat(bytes.Skip(at)).ToArray();
                    }

                case 3:
                    Log.Add("leading BOM");
                    return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
                default:
                    return bytes;
            }
        }

        private string Placeholder(string raw)
        {
            var key = Mark + _raw.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@@";
            _raw[key] = raw;
            return key;
        }

        private JsonNode MutateTree(JsonNode root)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = Pick(nodes);
            var parent = target.Parent;
            switch (_random.Next(9))
            {
                case 0 when parent is JsonObject o:
                    Log.Add($"delete {target.GetPath()}");
                    o.Remove(target.GetPropertyName());
                    break;
                case 1 when parent is JsonObject o:
                    {
                        var name = target.GetPropertyName();
                        Log.Add($"duplicate {target.GetPath()}");
                        // The placeholder key is written back as the original name: the object then has it twice.
                        o[Placeholder(JsonSerializer.Serialize(name))] = _random.Next(2) == 0 ? target.DeepClone() : Retyped(target);
                        break;
                    }

                case 1 when parent is JsonArray a:
                    Log.Add($"duplicate {target.GetPath()}");
                    a.Add(target.DeepClone());
                    break;
                case 2:
                    Log.Add($"retype {target.GetPath()}");
                    Replace(target, Retyped(target));
                    break;
                case 3:
                case 4:
                    {
                        var number = Pick(HostileValues.Numbers);
                        Log.Add($"number {number} at {target.GetPath()}");
                        Replace(target, JsonValue.Create(Placeholder(_random.Next(4) == 0 ? "\"" + number + "\"" : number)));
                        break;
                    }

                case 5:
                    {
                        var depth = Pick(new[] { 63, 64, 65, 200, 5000 });
                        Log.Add($"nesting {depth} at {target.GetPath()}");
                        Replace(target, JsonValue.Create(Placeholder(new string('[', depth) + "1" + new string(']', depth))));
                        break;
                    }

                case 6:
                    {
                        var bad = Pick(HostileValues.BadEscapes);
                        Log.Add($"escape {bad} at {target.GetPath()}");
                        Replace(target, JsonValue.Create(Placeholder("\"a" + bad + "b\"")));
                        break;
                    }

                case 7 when target is JsonObject o && o.Count > 0:
                    {
                        var text = Pick(HostileValues.Texts);
                        Log.Add($"hostile key at {target.GetPath()}");
                        o[text] = JsonValue.Create(1);
                        break;
                    }

                default:
                    {
                        var text = Pick(HostileValues.Texts);
                        Log.Add($"hostile text {JsonSerializer.Serialize(text.Length > 40 ? text.Substring(0, 40) : text)} at {target.GetPath()}");
                        var original = target.GetValueKind() == JsonValueKind.String ? target.GetValue<string>() : string.Empty;
                        Replace(target, JsonValue.Create(_random.Next(2) == 0 ? original + text : text));
                        break;
                    }
            }

            return root;
        }

        private JsonNode? Retyped(JsonNode node) => _random.Next(6) switch
        {
            0 => node.GetValueKind() == JsonValueKind.String ? JsonValue.Create(5) : JsonValue.Create("5"),
            1 => JsonValue.Create(true),
            2 => null,
            3 => new JsonObject { ["v"] = node.DeepClone() },
            4 => new JsonArray(node.DeepClone()),
            _ => JsonValue.Create(string.Empty),
        };

        private static void Replace(JsonNode target, JsonNode? replacement)
        {
            switch (target.Parent)
            {
                case JsonObject o:
                    o[target.GetPropertyName()] = replacement;
                    break;
                case JsonArray a:
                    a[target.GetElementIndex()] = replacement;
                    break;
            }
        }

        private static void Collect(JsonNode? node, List<JsonNode> nodes)
        {
            if (node is null)
            {
                return;
            }

            nodes.Add(node);
            if (node is JsonObject o)
            {
                foreach (var p in o.ToList())
                {
                    Collect(p.Value, nodes);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a.ToList())
                {
                    Collect(item, nodes);
                }
            }
        }

        private void MutateCsv(List<List<string>> lines)
        {
            // Earlier deletions may have emptied the file or this line (the long run found both).
            if (lines.Count == 0)
            {
                Log.Add("csv no line left");
                return;
            }

            var row = _random.Next(lines.Count);
            var cells = lines[row];
            if (cells.Count == 0)
            {
                Log.Add($"csv no cell left on line {row}");
                return;
            }

            var cell = _random.Next(cells.Count);
            switch (_random.Next(9))
            {
                case 0:
                    Log.Add($"csv delete cell {row}:{cell}");
                    cells.RemoveAt(cell);
                    break;
                case 1:
                    Log.Add($"csv duplicate cell {row}:{cell}");
                    cells.Insert(cell, cells[cell]);
                    break;
                case 2:
                    Log.Add($"csv delete line {row}");
                    lines.RemoveAt(row);
                    break;
                case 3:
                    Log.Add($"csv duplicate line {row}");
                    lines.Insert(row, new List<string>(cells));
                    break;
                case 4:
                case 5:
                    {
                        var number = Pick(HostileValues.Numbers);
                        Log.Add($"csv number {number} at {row}:{cell}");
                        cells[cell] = number;
                        break;
                    }

                case 6:
                    Log.Add($"csv retype {row}:{cell}");
                    cells[cell] = Pick(new[] { "true", "", "\"\"", "abc", "5", "{}", "\"a,b\"", "\"unterminated" });
                    break;
                default:
                    {
                        var text = Pick(HostileValues.Texts);
                        Log.Add($"csv hostile text at {row}:{cell}");
                        cells[cell] = _random.Next(3) == 0 ? text : CsvQuote(text);
                        break;
                    }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>
    /// Nothing accepted from CSV is silently changed or dropped: an accepted file is valid UTF-8 and strict RFC 4180; every
    /// data row is one claim with the row's id; its numbers are held exactly and its free text (wording, quote, url, note),
    /// the source ids of its attribution and the ids it denies are all in that claim as written back to JSON; a declared
    /// source keeps its name. The records are split by a parser of our own, not the library's.
    /// </summary>
    internal static class AcceptedCsvOracle
    {
        private static readonly string[] FreeText = { "wording", "quote", "url", "note" };
        private static readonly Regex Number = new(@"[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", RegexOptions.CultureInvariant);

        public static string? Check(byte[] input, ClaimSet set)
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input);
            }
            catch (DecoderFallbackException)
            {
                return "accepted a CSV file that is not UTF-8";
            }

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            if (Records(text) is not { } records)
            {
                return "accepted a CSV file that is not strict RFC 4180 (a stray or unclosed quote)";
            }

            var written = JsonDocument.Parse(ClaimJson.Write(set));
            var claims = written.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, StringComparer.Ordinal);
            var sources = written.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, StringComparer.Ordinal);
            string[]? header = null;
            var rows = 0;
            foreach (var record in records)
            {
                if (record.Count == 1 && record[0].Length == 0)
                {
                    continue;
                }

                if (record[0].TrimStart().StartsWith('#'))
                {
                    // A #source line with an empty name is named by its id, as documented.
                    var name = record.Count >= 3 && record[2].Trim().Length > 0 ? record[2].Trim() : record.Count >= 2 ? record[1].Trim() : string.Empty;
                    if (string.Equals(record[0].Trim(), "#source", StringComparison.OrdinalIgnoreCase) && record.Count >= 2 && record[1].Trim().Length > 0
                        && (!sources.TryGetValue(record[1].Trim(), out var source) || source.GetProperty("name").GetString() != name))
                    {
                        return $"accepted #source {record[1].Trim()} named \"{Short(name)}\" but the claim set does not hold that name";
                    }

                    continue;
                }

                if (header is null)
                {
                    header = record.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                    continue;
                }

                rows++;
                if (Row(header, record, claims) is { } changed)
                {
                    return changed;
                }
            }

            return rows == set.Claims.Count ? null : $"accepted {rows} rows but the claim set holds {set.Claims.Count} claims";
        }

        private static string? Row(string[] header, List<string> record, Dictionary<string, JsonElement> claims)
        {
            string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < record.Count ? record[i].Trim() : string.Empty;

            var id = Cell("id");
            if (!claims.TryGetValue(id, out var claim))
            {
                return $"accepted the row of id \"{Short(id)}\" but the claim set has no such claim";
            }

            var (numbers, strings) = Values(claim);
            var hedge = Cell("hedge");
            var interval = hedge is "range" or "vague";
            foreach (var column in new[] { "value", "upperValue" })
            {
                var cell = Cell(column.ToLowerInvariant());
                foreach (var figure in interval ? Number.Matches(cell).Select(m => m.Value) : cell.Length == 0 ? Enumerable.Empty<string>() : new[] { cell })
                {
                    if (AcceptedInputOracle.Exact(figure.TrimStart('+')) is not decimal value)
                    {
                        return $"claim {id}: accepted {column} \"{Short(figure)}\", which a decimal does not hold exactly";
                    }

                    if (!numbers.Any(n => AcceptedInputOracle.Exact(n) == value))
                    {
                        return $"claim {id}: accepted {column} {figure} but the claim does not hold it";
                    }
                }
            }

            foreach (var column in FreeText)
            {
                var cell = Cell(column);
                if (cell.Length > 0 && !strings.Contains(cell))
                {
                    return $"claim {id}: accepted the {column} \"{Short(cell)}\" but the claim does not hold it";
                }
            }

            // The reporter's id comes first, whole; each step after it is relation:id.
            var segments = Cell("attribution").Split('>');
            foreach (var source in segments.Take(1).Concat(segments.Skip(1).Select(s => s.Substring(s.IndexOf(':') + 1))).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                if (!strings.Contains(source))
                {
                    return $"claim {id}: accepted the source \"{Short(source)}\" in its attribution but the claim does not name it";
                }
            }

            foreach (var denied in Cell("denies").Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                var target = denied.StartsWith("source:", StringComparison.Ordinal) ? denied.Substring(7).Trim() : denied;
                if (!strings.Contains(target))
                {
                    return $"claim {id}: accepted a denial of \"{Short(target)}\" but the claim does not name it";
                }
            }

            return null;
        }

        /// <summary>The records of a strict RFC 4180 text (LF, CRLF or CR ends), or null when a quote is stray or never closed.</summary>
        private static List<List<string>>? Records(string text)
        {
            var records = new List<List<string>>();
            var i = 0;
            while (i < text.Length)
            {
                var record = new List<string>();
                while (true)
                {
                    var field = new StringBuilder();
                    if (i < text.Length && text[i] == '"')
                    {
                        i++;
                        while (true)
                        {
                            if (i >= text.Length)
                            {
                                return null;
                            }

                            if (text[i] == '"')
                            {
                                if (i + 1 < text.Length && text[i + 1] == '"')
                                {
                                    field.Append('"');
                                    i += 2;
                                    continue;
                                }

                                i++;
                                break;
                            }

                            field.Append(text[i++]);
                        }

                        if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            return null;
                        }
                    }
                    else
                    {
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            if (text[i] == '"')
                            {
                                return null;
                            }

                            field.Append(text[i++]);
                        }
                    }

                    record.Add(field.ToString());
                    if (i < text.Length && text[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    i += i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n' ? 2 : 1;
                    break;
                }

                records.Add(record);
            }

            return records;
        }

        private static (List<string> Numbers, HashSet<string> Strings) Values(JsonElement element)
        {
            var numbers = new List<string>();
            var strings = new HashSet<string>(StringComparer.Ordinal);
            Collect(element, numbers, strings);
            return (numbers, strings);
        }

        private static void Collect(JsonElement element, List<string> numbers, HashSet<string> strings)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, numbers, strings);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, numbers, strings);
                    }

                    break;
                case JsonValueKind.Number:
                    numbers.Add(element.GetRawText());
                    break;
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
            }
        }

        private static string Short(string s) => s.Length > 60 ? s.Substring(0, 60) : s;
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Text;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using Newtonsoft.Json;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// The JSON and Markdown reports cut into the parts a report written piece by piece needs (the tool's large-file
    /// path): the opening, one finding, one quantity, and the text between the arrays. Each part is written by the code
    /// that writes the whole report (<see cref="ReportWriters"/>), so parts put together in the report's order give the
    /// same text, character for character.
    /// </summary>
    internal static class ReportParts
    {
        /// <summary>What closes a JSON array of items at the report's second level.</summary>
        public const string JsonArrayEnd = "\n  ]";

        /// <summary>
        /// The JSON report up to its findings array, not included: <c>{</c>, the title and counts, <c>"findings": </c>.
        /// </summary>
        public static string JsonHead(string title, int claims, int origins)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented })
            {
                json.WriteStartObject();
                json.WritePropertyName("title");
                json.WriteValue(title);
                json.WritePropertyName("claimCount");
                json.WriteValue(claims);
                json.WritePropertyName("originCount");
                json.WriteValue(origins);
                json.WritePropertyName("findings");
                json.WriteStartArray();
                json.Flush();
                var head = text.ToString();
                return head.Substring(0, head.Length - 1);
            }
        }

        /// <summary>The text between two of the report's top-level arrays: <c>,</c> then the next property's name.</summary>
        public static string JsonProperty(string name) => ",\n  " + JsonConvert.ToString(name) + ": ";

        /// <summary>One finding as an item of the report's findings array (its line break and indentation included), under the id given.</summary>
        public static string JsonFinding(Finding finding, string id) => JsonItem(json => ReportWriters.JsonFinding(json, finding, id));

        /// <summary>One finding as an item of the report's findings array, under the id given, naming its derivation (if any) by <paramref name="derivationId"/>.</summary>
        public static string JsonFinding(Finding finding, string id, string? derivationId) => JsonItem(json => ReportWriters.JsonFinding(json, finding, id, derivationId));

        /// <summary>One derivation as an item of the report's derivations array, under the id given.</summary>
        public static string JsonDerivation(Derivation derivation, string id) => JsonItem(json => ReportWriters.JsonDerivation(json, derivation, id));

        /// <summary>One "not checked" line of the Markdown report.</summary>
        public static string MarkdownUnchecked(UncheckedRelation skipped) => "\n- Not checked: " + ReportWriters.Md(skipped.ToString());

        /// <summary>One quantity as an item of the report's quantities array.</summary>
        public static string JsonQuantity(QuantityMerge merge) => JsonItem(json => ReportWriters.JsonQuantity(json, merge));

        /// <summary>One string as an item of one of the report's string arrays.</summary>
        public static string JsonString(string value) => JsonItem(json => json.WriteValue(value));

        /// <summary>The Markdown report's opening: title, summary and the findings heading (and "No findings." when there are none).</summary>
        public static string MarkdownHead(string title, int claims, int origins, int quantities, int findings, int contradictions) =>
            "# " + ReportWriters.Md(title) + "\n\n" + ReportWriters.Md(ReportWriters.Summary(claims, origins, quantities, findings, contradictions)) + "\n\n## Findings\n\n"
            + (findings == 0 ? "No findings.\n" : string.Empty);

        /// <summary>One finding's line of the Markdown report.</summary>
        public static string MarkdownFinding(Finding finding)
        {
            var md = new StringBuilder();
            ReportWriters.MarkdownFinding(md, finding);
            return md.ToString();
        }

        /// <summary>The Markdown report's line for a quantity and period whose pairwise detail was limited.</summary>
        public static string MarkdownOmitted(OmittedPairs omitted) => "\n- Pairwise detail limited: " + ReportWriters.Md(omitted.ToString());

        /// <summary>One quantity's section of the Markdown report; <paramref name="report"/> holds its claims' sources.</summary>
        public static string MarkdownQuantity(ReconciliationReport report, QuantityMerge merge)
        {
            var md = new StringBuilder();
            ReportWriters.MarkdownQuantity(md, report, merge);
            return md.ToString();
        }

        /// <summary>Writes one value inside an object's array at the report's depth and returns the item as the array shows it.</summary>
        private static string JsonItem(Action<JsonWriter> write)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented })
            {
                json.WriteStartObject();
                json.WritePropertyName("x");
                json.WriteStartArray();
                write(json);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            // {\n  "x": [ ITEM \n  ]\n}: the item is what lies between the bracket and the array's end.
            var whole = text.ToString();
            var start = whole.IndexOf('[') + 1;
            var end = whole.LastIndexOf(JsonArrayEnd, StringComparison.Ordinal);
            return whole.Substring(start, end - start);
        }
    }
}

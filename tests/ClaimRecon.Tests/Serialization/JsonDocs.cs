using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>A small valid document in the JSON format, as a <see cref="JObject"/> a test can break in one place.</summary>
    internal static class JsonDocs
    {
        /// <summary>Returns a valid document: three sources, two quantities, and <paramref name="claims"/> claims "c0", "c1", ...</summary>
        /// <param name="claims">How many claims.</param>
        /// <returns>The document.</returns>
        public static JObject Valid(int claims = 1)
        {
            var doc = JObject.Parse("""
                {
                  "schemaVersion": 1,
                  "policies": [ { "name": "wide", "approximateTolerance": 0.25, "nearlyTolerance": 0.2, "bareFigureTolerance": 0.05 } ],
                  "sources": [
                    { "id": "k24", "name": "Kurdistan24", "kind": "newsOutlet", "priorReliability": 0.7 },
                    { "id": "joc-source", "name": "JOC source", "kind": "anonymousOfficial", "role": "senior security source" },
                    { "id": "joc", "name": "Joint Operations Command", "kind": "officialBody" }
                  ],
                  "quantities": [
                    { "key": "detainees/transferred", "unit": "person", "kind": "cumulative", "domain": "nonNegativeInteger" },
                    { "key": "operation/cost", "unit": "USD/day", "kind": "flow", "domain": "nonNegativeReal" }
                  ],
                  "claims": []
                }
                """);
            var list = (JArray)doc["claims"]!;
            foreach (var i in Enumerable.Range(0, claims))
            {
                list.Add(Claim(i));
            }

            return doc;
        }

        /// <summary>Returns a valid claim "c{i}": about 1000 + i transferred, with its range, attribution and times.</summary>
        /// <param name="i">The index.</param>
        /// <returns>The claim.</returns>
        public static JObject Claim(int i)
        {
            var value = 1000 + i;
            var lower = (value - (value / 10m)).ToString(CultureInfo.InvariantCulture);
            var upper = (value + (value / 10m)).ToString(CultureInfo.InvariantCulture);
            return JObject.Parse($$"""
                {
                  "id": "c{{i}}",
                  "quantity": "detainees/transferred",
                  "figure": { "hedge": "about", "value": {{value}}, "wording": "about {{value}}" },
                  "range": { "lower": {{lower}}, "lowerClosed": true, "upper": {{upper}}, "upperClosed": true },
                  "stance": "asserts",
                  "attribution": [ "k24", { "cites": "joc-source" }, { "speaksFor": "joc" } ],
                  "statedAt": "2026-02-07T11:00:00+03",
                  "describes": { "value": "2026-01-21/2026-01-31", "label": "late January" },
                  "evidence": [ { "url": "https://example.org/story", "quote": "about", "start": 10, "end": 15 } ],
                  "note": "n"
                }
                """);
        }
    }
}

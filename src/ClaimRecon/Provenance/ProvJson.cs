using System.IO;
using System.Linq;
using ClaimRecon.Internal;
using Newtonsoft.Json;

namespace ClaimRecon.Provenance
{
    /// <summary>Writes a <see cref="ProvenanceGraph"/> as W3C PROV-JSON (W3C Member Submission, 2013).</summary>
    /// <remarks>
    /// One JSON object with the keys <c>prefix</c>, <c>entity</c>, <c>agent</c>, <c>activity</c> and one key per relation
    /// type (<c>wasGeneratedBy</c>, <c>used</c>, <c>wasDerivedFrom</c>, <c>wasAttributedTo</c>, <c>wasAssociatedWith</c>,
    /// <c>actedOnBehalfOf</c>); quotations are <c>wasDerivedFrom</c> records with prov:type prov:Quotation, as the
    /// submission prescribes. Typed literals are written as <c>{"$": value, "type": type}</c>. Keys without records are
    /// left out. The output is deterministic. Thread-safe.
    /// </remarks>
    internal static class ProvJson
    {
        /// <summary>Returns the graph as indented PROV-JSON text.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The JSON text.</returns>
        public static string Write(ProvenanceGraph graph)
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            Write(graph, writer);
            return writer.ToString();
        }

        /// <summary>Writes the graph as indented PROV-JSON.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write; not closed.</param>
        public static void Write(ProvenanceGraph graph, TextWriter writer)
        {
            Preconditions.NotNull(graph);
            Preconditions.NotNull(writer);
            using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
            json.WriteStartObject();
            json.WritePropertyName("prefix");
            json.WriteStartObject();
            json.WritePropertyName(ProvenanceGraph.Prefix);
            json.WriteValue(ProvenanceGraph.Namespace);
            json.WriteEndObject();

            foreach (var (kind, key) in new[] { (ProvElementKind.Entity, "entity"), (ProvElementKind.Agent, "agent"), (ProvElementKind.Activity, "activity") })
            {
                WriteSection(json, key, graph.Elements.Where(e => e.Kind == kind).Select(e => (e.Id, e.Attributes)));
            }

            foreach (var (kind, key) in new[]
            {
                (ProvRelationKind.WasGeneratedBy, "wasGeneratedBy"), (ProvRelationKind.Used, "used"), (ProvRelationKind.WasDerivedFrom, "wasDerivedFrom"),
                (ProvRelationKind.WasAttributedTo, "wasAttributedTo"), (ProvRelationKind.WasAssociatedWith, "wasAssociatedWith"), (ProvRelationKind.ActedOnBehalfOf, "actedOnBehalfOf"),
                (ProvRelationKind.WasInfluencedBy, "wasInfluencedBy"),
            })
            {
                WriteSection(json, key, graph.Relations.Where(r => r.Kind == kind).Select(r => (r.Id, r.Attributes)));
            }

            json.WriteEndObject();
        }

        /// <summary>Writes one top-level key with its records, or nothing when there are none.</summary>
        private static void WriteSection(JsonTextWriter json, string key, System.Collections.Generic.IEnumerable<(string Id, System.Collections.Generic.IReadOnlyList<ProvAttribute> Attributes)> records)
        {
            var started = false;
            foreach (var (id, attributes) in records)
            {
                if (!started)
                {
                    json.WritePropertyName(key);
                    json.WriteStartObject();
                    started = true;
                }

                json.WritePropertyName(id);
                WriteAttributes(json, attributes);
            }

            if (started)
            {
                json.WriteEndObject();
            }
        }

        private static void WriteAttributes(JsonTextWriter json, System.Collections.Generic.IReadOnlyList<ProvAttribute> attributes)
        {
            json.WriteStartObject();
            foreach (var attribute in attributes)
            {
                json.WritePropertyName(attribute.Name);
                if (attribute.Type is null)
                {
                    json.WriteValue(attribute.Value);
                }
                else
                {
                    json.WriteStartObject();
                    json.WritePropertyName("$");
                    json.WriteValue(attribute.Value);
                    json.WritePropertyName("type");
                    json.WriteValue(attribute.Type);
                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
        }
    }
}

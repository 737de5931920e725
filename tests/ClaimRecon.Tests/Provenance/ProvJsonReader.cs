using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace ClaimRecon.Tests.Provenance
{
    /// <summary>
    /// A small, independent PROV-JSON reader for the tests: it checks the document against the structure of the W3C
    /// PROV-JSON submission (allowed top-level keys, the required formal attributes of each relation, typed literals)
    /// and returns what it read, so a test can compare it with the graph that was written.
    /// </summary>
    internal sealed class ProvJsonReader
    {
        /// <summary>Top-level keys the PROV-JSON submission allows (section 2; the schema's own spelling of wasEndedBy aside).</summary>
        public static readonly string[] AllowedTopLevelKeys =
        {
            "prefix", "entity", "activity", "agent", "bundle",
            "wasGeneratedBy", "used", "wasInformedBy", "wasStartedBy", "wasEndedBy", "wasInvalidatedBy", "wasDerivedFrom",
            "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy", "specializationOf", "alternateOf",
            "mentionOf", "hadMember",
        };

        /// <summary>For each relation we write: the formal attributes whose values are identifiers, and which are required.</summary>
        public static readonly Dictionary<string, (string Name, bool Required)[]> RelationAttributes = new()
        {
            ["wasGeneratedBy"] = new[] { ("prov:entity", true), ("prov:activity", false) },
            ["used"] = new[] { ("prov:activity", true), ("prov:entity", false) },
            ["wasDerivedFrom"] = new[] { ("prov:generatedEntity", true), ("prov:usedEntity", true), ("prov:activity", false), ("prov:generation", false), ("prov:usage", false) },
            ["wasAttributedTo"] = new[] { ("prov:entity", true), ("prov:agent", true) },
            ["wasAssociatedWith"] = new[] { ("prov:activity", true), ("prov:agent", false), ("prov:plan", false) },
            ["actedOnBehalfOf"] = new[] { ("prov:delegate", true), ("prov:responsible", true), ("prov:activity", false) },
            ["wasInfluencedBy"] = new[] { ("prov:influencee", true), ("prov:influencer", true) },
        };

        public List<string> Problems { get; } = new();

        public Dictionary<string, string> Prefixes { get; } = new();

        /// <summary>Element id → (kind, attributes as "name=value^^type").</summary>
        public Dictionary<string, (string Kind, HashSet<string> Attributes)> Elements { get; } = new();

        /// <summary>(relation key, sorted attribute text).</summary>
        public List<(string Kind, string Id, Dictionary<string, string> Attributes)> Relations { get; } = new();

        public static ProvJsonReader Read(string json)
        {
            var reader = new ProvJsonReader();
            var root = JObject.Parse(json);
            foreach (var property in root.Properties())
            {
                if (!AllowedTopLevelKeys.Contains(property.Name))
                {
                    reader.Problems.Add($"top-level key \"{property.Name}\" is not a PROV-JSON key");
                    continue;
                }

                if (property.Value is not JObject records)
                {
                    reader.Problems.Add($"\"{property.Name}\" is not an object");
                    continue;
                }

                if (property.Name == "prefix")
                {
                    foreach (var p in records.Properties())
                    {
                        reader.Prefixes[p.Name] = (string)p.Value!;
                    }

                    continue;
                }

                foreach (var record in records.Properties())
                {
                    if (record.Value is not JObject attributes)
                    {
                        reader.Problems.Add($"{property.Name}.{record.Name} is not an object (a repeated id would be an array, which we never write)");
                        continue;
                    }

                    var read = new Dictionary<string, string>();
                    foreach (var attribute in attributes.Properties())
                    {
                        read[attribute.Name] = reader.Literal(property.Name + "." + record.Name + "." + attribute.Name, attribute.Value);
                    }

                    if (property.Name is "entity" or "agent" or "activity")
                    {
                        reader.Elements[record.Name] = (property.Name, new HashSet<string>(read.Select(a => a.Key + "=" + a.Value)));
                    }
                    else
                    {
                        reader.Relations.Add((property.Name, record.Name, read));
                    }
                }
            }

            reader.CheckRelations();
            return reader;
        }

        private string Literal(string path, JToken value)
        {
            switch (value)
            {
                case JValue plain when plain.Type == JTokenType.String:
                    return (string)plain!;
                case JObject typed when typed["$"] is JValue v && typed["type"] is JValue t && typed.Count == 2:
                    return (string)v! + "^^" + (string)t!;
                default:
                    Problems.Add($"{path}: {value.ToString(Newtonsoft.Json.Formatting.None)} is neither a string nor a typed literal {{\"$\", \"type\"}}");
                    return value.ToString();
            }
        }

        private void CheckRelations()
        {
            foreach (var (kind, id, attributes) in Relations)
            {
                if (!id.StartsWith("_:", System.StringComparison.Ordinal))
                {
                    Problems.Add($"{kind}.{id}: relation ids should be blank nodes (\"_:\")");
                }

                if (!RelationAttributes.TryGetValue(kind, out var formal))
                {
                    Problems.Add($"{kind}.{id}: relation kind not expected from ClaimRecon");
                    continue;
                }

                foreach (var (name, required) in formal)
                {
                    if (!attributes.TryGetValue(name, out var reference))
                    {
                        if (required)
                        {
                            Problems.Add($"{kind}.{id}: required attribute {name} is missing");
                        }

                        continue;
                    }

                    if (!Elements.ContainsKey(reference))
                    {
                        Problems.Add($"{kind}.{id}: {name} = {reference} is not defined as an entity, agent or activity");
                    }
                }
            }

            foreach (var id in Elements.Keys.Concat(Relations.SelectMany(r => r.Attributes.Values.Where(v => v.EndsWith("^^prov:QUALIFIED_NAME", System.StringComparison.Ordinal)))))
            {
                var name = id.Split('^')[0];
                var colon = name.IndexOf(':');
                var prefix = colon > 0 ? name.Substring(0, colon) : string.Empty;
                if (prefix != "prov" && prefix != "xsd" && !Prefixes.ContainsKey(prefix))
                {
                    Problems.Add($"{name}: prefix \"{prefix}\" is not declared");
                }
            }
        }
    }
}

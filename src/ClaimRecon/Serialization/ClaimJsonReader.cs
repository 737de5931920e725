using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads schema version 1 (docs/json-format.md) into the model, collecting every problem with its JSON path and value
    /// instead of stopping at the first.
    /// </summary>
    internal sealed class ClaimJsonReader
    {
        private readonly List<ValidationProblem> _problems = new();
        private readonly Dictionary<string, InterpretationPolicy> _policies = new(StringComparer.Ordinal)
        {
            [InterpretationPolicy.DefaultName] = InterpretationPolicy.Default,
        };

        private ClaimJsonReader()
        {
        }

        public static ClaimReadResult Read(TextReader text)
        {
            JToken root;
            using (var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal, CloseInput = false })
            {
                try
                {
                    root = JToken.ReadFrom(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, LineInfoHandling = LineInfoHandling.Load });
                    if (json.Read() && json.TokenType != JsonToken.Comment)
                    {
                        return ClaimReadResult.Failed(new[] { new ValidationProblem("$", Shorten(json.Value?.ToString()), $"malformed JSON: more content after the top-level value (line {json.LineNumber}, position {json.LinePosition})") });
                    }
                }
                catch (JsonReaderException e)
                {
                    var path = string.IsNullOrEmpty(e.Path) ? "$" : "$." + e.Path;
                    return ClaimReadResult.Failed(new[] { new ValidationProblem(path, null, "malformed JSON: " + e.Message) });
                }
            }

            return new ClaimJsonReader().ReadDocument(root);
        }

        internal static TimeReference? ReadTime(JToken? token, string path, List<ValidationProblem> problems)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                return null;
            }

            string? text;
            string? label = null;
            if (token.Type == JTokenType.String)
            {
                text = (string?)token;
            }
            else if (token is JObject obj)
            {
                var reader = new ClaimJsonReader();
                reader.CheckProperties(obj, path, "value", "label");
                text = reader.ReadString(obj, "value", path, required: true);
                label = reader.ReadString(obj, "label", path, required: false);
                problems.AddRange(reader._problems);
                if (text is null || reader._problems.Count > 0)
                {
                    return null;
                }

                path += ".value";
            }
            else
            {
                problems.Add(new ValidationProblem(path, Show(token), "expected an ISO-8601 time string or {\"value\", \"label\"}"));
                return null;
            }

            if (!TimeReference.TryParse(text, label, out var time, out var error))
            {
                problems.Add(new ValidationProblem(path, Show(token is JObject o ? o["value"]! : token), error));
                return null;
            }

            return time;
        }

        private static string Show(JToken token) => token.Type switch
        {
            JTokenType.String => "\"" + Shorten((string?)token) + "\"",
            JTokenType.Null => "null",
            JTokenType.Object => "{...}",
            JTokenType.Array => "[...]",
            _ => Shorten(token.ToString(Formatting.None)) ?? string.Empty,
        };

        private static string? Shorten(string? text) => text is null || text.Length <= 80 ? text : text.Substring(0, 77) + "...";

        private ClaimReadResult ReadDocument(JToken root)
        {
            if (root is not JObject doc)
            {
                _problems.Add(new ValidationProblem("$", Show(root), "expected a JSON object at the top level"));
                return ClaimReadResult.Failed(_problems);
            }

            CheckProperties(doc, "$", "schemaVersion", "policies", "sources", "quantities", "claims");
            var version = doc["schemaVersion"];
            if (version is null)
            {
                _problems.Add(new ValidationProblem("$.schemaVersion", null, $"schemaVersion is missing; this reader understands version {ClaimJson.SchemaVersion}"));
                return ClaimReadResult.Failed(_problems);
            }

            if (version.Type != JTokenType.Integer || ((JValue)version).Value is BigInteger || (long)version != ClaimJson.SchemaVersion)
            {
                _problems.Add(new ValidationProblem("$.schemaVersion", Show(version), $"{Show(version)} is not a supported schema version; this reader understands version {ClaimJson.SchemaVersion}"));
                return ClaimReadResult.Failed(_problems);
            }

            foreach (var (item, path) in Items(doc, "policies", required: false))
            {
                var policy = ReadPolicy(item, path);
                if (policy is not null && !_policies.TryGetValue(policy.Name, out _))
                {
                    _policies.Add(policy.Name, policy);
                }
                else if (policy is not null)
                {
                    _problems.Add(new ValidationProblem(path + ".name", policy.Name, $"policy name \"{policy.Name}\" is {(policy.Name == InterpretationPolicy.DefaultName ? "reserved for the built-in policy" : "defined more than once")}"));
                }
            }

            var sources = new List<Source>();
            var sourceIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (item, path) in Items(doc, "sources", required: true))
            {
                CheckUnique(RawString(item, "id"), sourceIds, path + ".id", "source id");
                var source = ReadSource(item, path);
                if (source is not null)
                {
                    sources.Add(source);
                }
            }

            var quantities = new List<Quantity>();
            var quantityKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (item, path) in Items(doc, "quantities", required: true))
            {
                CheckUnique(CanonicalKey(RawString(item, "key")), quantityKeys, path + ".key", "quantity key");
                var quantity = ReadQuantity(item, path);
                if (quantity is not null)
                {
                    quantities.Add(quantity);
                }
            }

            var claims = new List<Claim>();
            var claimIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (item, path) in Items(doc, "claims", required: true))
            {
                CheckUnique(RawString(item, "id"), claimIds, path + ".id", "claim id");
                CheckReferences(item, path, sourceIds, quantityKeys);
                var claim = ReadClaim(item, path);
                if (claim is not null)
                {
                    claims.Add(claim);
                }
            }

            if (_problems.Count > 0)
            {
                return ClaimReadResult.Failed(_problems);
            }

            var problems = ClaimSet.Validate(sources, quantities, claims, out var set);
            return set is null ? ClaimReadResult.Failed(problems) : ClaimReadResult.Succeeded(set);
        }

        private static string? RawString(JToken item, string property) =>
            item is JObject o && o[property]?.Type == JTokenType.String ? (string?)o[property] : null;

        private static string? CanonicalKey(string? text) => QuantityKey.TryParse(text, out var key) ? key.ToString() : null;

        private void CheckUnique(string? id, HashSet<string> seen, string path, string what)
        {
            if (id is not null && !seen.Add(id))
            {
                _problems.Add(new ValidationProblem(path, "\"" + id + "\"", $"{what} \"{id}\" is used more than once"));
            }
        }

        /// <summary>Checks a claim's references against every id the file defines, also when other parts of the claim or of the referenced element are bad.</summary>
        private void CheckReferences(JToken item, string path, HashSet<string> sourceIds, HashSet<string> quantityKeys)
        {
            if (item is not JObject claim)
            {
                return;
            }

            var key = CanonicalKey(RawString(claim, "quantity"));
            if (key is not null && !quantityKeys.Contains(key))
            {
                _problems.Add(new ValidationProblem(path + ".quantity", "\"" + key + "\"", $"quantity \"{key}\" is not defined in $.quantities"));
            }

            if (claim["attribution"] is not JArray chain)
            {
                return;
            }

            for (var i = 0; i < chain.Count; i++)
            {
                var id = i == 0
                    ? (chain[i].Type == JTokenType.String ? (string?)chain[i] : null)
                    : (chain[i] is JObject step && step.Count == 1 && step.Properties().First().Value.Type == JTokenType.String ? (string?)step.Properties().First().Value : null);
                if (id is not null && !sourceIds.Contains(id))
                {
                    _problems.Add(new ValidationProblem($"{path}.attribution[{i}]", "\"" + id + "\"", $"source \"{id}\" is not defined in $.sources"));
                }
            }
        }

        private IEnumerable<(JToken Item, string Path)> Items(JObject doc, string name, bool required)
        {
            var token = doc[name];
            if (token is null || token.Type == JTokenType.Null)
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem("$." + name, null, $"{name} is missing; give an empty array if there are none"));
                }

                yield break;
            }

            if (token is not JArray array)
            {
                _problems.Add(new ValidationProblem("$." + name, Show(token), $"{name} must be an array"));
                yield break;
            }

            for (var i = 0; i < array.Count; i++)
            {
                yield return (array[i], $"$.{name}[{i}]");
            }
        }

        private InterpretationPolicy? ReadPolicy(JToken item, string path)
        {
            if (!AsObject(item, path, out var obj, "name", "approximateTolerance", "nearlyTolerance", "bareFigureTolerance"))
            {
                return null;
            }

            var name = ReadString(obj, "name", path, required: true);
            var approximate = ReadDecimal(obj, "approximateTolerance", path, required: true);
            var nearly = ReadDecimal(obj, "nearlyTolerance", path, required: true);
            var bare = ReadDecimal(obj, "bareFigureTolerance", path, required: true);
            if (name is null || approximate is null || nearly is null || bare is null)
            {
                return null;
            }

            return Build(path, obj, () => new InterpretationPolicy(name, approximate.Value, nearly.Value, bare.Value));
        }

        private Source? ReadSource(JToken item, string path)
        {
            if (!AsObject(item, path, out var obj, "id", "name", "kind", "role", "priorReliability"))
            {
                return null;
            }

            var before = _problems.Count;
            var id = ReadString(obj, "id", path, required: true);
            var name = ReadString(obj, "name", path, required: true);
            var kind = ReadEnum<SourceKind>(obj, "kind", path);
            var role = ReadString(obj, "role", path, required: false);
            var reliability = ReadDecimal(obj, "priorReliability", path, required: false);
            if (_problems.Count > before || id is null || name is null || kind is null)
            {
                return null;
            }

            // The writer writes the double's shortest round-trip text; parsing that text as a double gives the same double back,
            // whereas the decimal-to-double cast can be off by one unit in the last place.
            return Build(path, obj, () => new Source(
                id, name, kind.Value, role, reliability is null ? null : double.Parse(reliability.Value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        private Quantity? ReadQuantity(JToken item, string path)
        {
            if (!AsObject(item, path, out var obj, "key", "unit", "kind", "domain", "description"))
            {
                return null;
            }

            var before = _problems.Count;
            var keyText = ReadString(obj, "key", path, required: true);
            QuantityKey? key = null;
            if (keyText is not null && !QuantityKey.TryParse(keyText, out key))
            {
                _problems.Add(new ValidationProblem(path + ".key", "\"" + keyText + "\"", $"\"{keyText}\" is not a quantity key: expected subject/measure with exactly one '/'"));
            }

            var unitText = ReadString(obj, "unit", path, required: true);
            Unit? unit = null;
            if (unitText is not null && !Unit.TryParse(unitText, out unit, out var unitError))
            {
                _problems.Add(new ValidationProblem(path + ".unit", "\"" + unitText + "\"", unitError));
            }

            var kind = ReadEnum<QuantityKind>(obj, "kind", path);
            var domain = ReadEnum<ValueDomain>(obj, "domain", path);
            var description = ReadString(obj, "description", path, required: false);
            if (_problems.Count > before || key is null || unit is null || kind is null || domain is null)
            {
                return null;
            }

            return Build(path, obj, () => new Quantity(key, unit, kind.Value, domain.Value, description));
        }

        private Claim? ReadClaim(JToken item, string path)
        {
            if (!AsObject(item, path, out var obj, "id", "quantity", "figure", "policy", "range", "stance", "attribution", "statedAt", "describes", "evidence", "note", "denies"))
            {
                return null;
            }

            var before = _problems.Count;
            var id = ReadString(obj, "id", path, required: true);
            var quantityText = ReadString(obj, "quantity", path, required: true);
            QuantityKey? quantity = null;
            if (quantityText is not null && !QuantityKey.TryParse(quantityText, out quantity))
            {
                _problems.Add(new ValidationProblem(path + ".quantity", "\"" + quantityText + "\"", $"\"{quantityText}\" is not a quantity key: expected subject/measure with exactly one '/'"));
            }

            var denies = obj["denies"] is { Type: not JTokenType.Null } deniesToken ? ReadDenialTarget(deniesToken, path + ".denies") : null;
            var figureless = obj["figure"] is null or { Type: JTokenType.Null } && denies is { IsOwnFigure: false };
            var figure = figureless ? null : ReadFigure(obj["figure"], path + ".figure");
            var policyName = ReadString(obj, "policy", path, required: false) ?? InterpretationPolicy.DefaultName;
            if (!_policies.TryGetValue(policyName, out var policy))
            {
                _problems.Add(new ValidationProblem(path + ".policy", "\"" + policyName + "\"", $"policy \"{policyName}\" is not defined in $.policies (built in: {InterpretationPolicy.DefaultName})"));
            }

            var range = obj["range"] is { Type: not JTokenType.Null } rangeToken ? ReadRange(rangeToken, path + ".range") : null;
            var stance = ReadEnum<Stance>(obj, "stance", path);
            var attribution = ReadAttribution(obj["attribution"], path + ".attribution");
            var statedAt = ReadTime(obj["statedAt"], path + ".statedAt", _problems);
            var describes = ReadTime(obj["describes"], path + ".describes", _problems);
            var evidence = ReadEvidenceList(obj["evidence"], path + ".evidence");
            var note = ReadString(obj, "note", path, required: false);
            if (_problems.Count > before || id is null || quantity is null || (figure is null && !figureless) || policy is null || stance is null || attribution is null || evidence is null)
            {
                return null;
            }

            if (figureless && stance != Stance.Denies)
            {
                _problems.Add(new ValidationProblem(path + ".figure", null, $"figure is missing; only a claim with stance \"denies\" may omit it (stance is \"{JsonNames<Stance>.Name(stance.Value)}\")"));
                return null;
            }

            var claim = Build(path, obj, () => figure is null
                ? Claim.Denying(id, quantity, attribution, denies!, statedAt, describes, evidence, note)
                : new Claim(id, quantity, figure, attribution, stance.Value, statedAt, describes, evidence, policy, note, denies));
            if (claim is not null && range is not null && !claim.Range.Equals(range.Value))
            {
                _problems.Add(new ValidationProblem(
                    path + ".range",
                    range.Value.ToString(),
                    $"range {range.Value} does not match the figure \"{claim.Figure}\" under policy \"{policy.Name}\", which gives {claim.Range}; fix the figure or the policy, or omit range"));
                return null;
            }

            return claim;
        }

        private HedgedFigure? ReadFigure(JToken? token, string path)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                _problems.Add(new ValidationProblem(path, null, "figure is missing"));
                return null;
            }

            if (!AsObject(token, path, out var obj, "hedge", "value", "upperValue", "wording", "range"))
            {
                return null;
            }

            if (obj["hedge"] is { Type: JTokenType.String } h0 && ((string?)h0 == "range" || (string?)h0 == "vague"))
            {
                return ReadRangeFigure(obj, path, (string?)h0 == "vague");
            }

            if (obj["range"] is not null)
            {
                _problems.Add(new ValidationProblem(path + ".range", Show(obj["range"]!), "range belongs to a figure with hedge \"range\" or \"vague\"; give value (and upperValue for \"between\") instead"));
            }

            var before = _problems.Count;
            var hedgeText = ReadString(obj, "hedge", path, required: true);
            Hedge? hedge = null;
            if (hedgeText is not null)
            {
                if (JsonNames<Hedge>.TryParse(hedgeText, out var h))
                {
                    hedge = h;
                }
                else
                {
                    _problems.Add(new ValidationProblem(path + ".hedge", "\"" + hedgeText + "\"", HedgeText.UnknownMessage(hedgeText)));
                }
            }

            var value = ReadDecimal(obj, "value", path, required: true);
            var upper = ReadDecimal(obj, "upperValue", path, required: false);
            var wording = ReadString(obj, "wording", path, required: false);
            if (_problems.Count > before || hedge is null || value is null)
            {
                return null;
            }

            return Build(path, obj, () => new HedgedFigure(hedge.Value, value.Value, upper, wording));
        }

        /// <summary>Reads a figure that is a stated range or a vague amount: hedge, range and wording, no value.</summary>
        private HedgedFigure? ReadRangeFigure(JObject obj, string path, bool vague)
        {
            var before = _problems.Count;
            foreach (var name in new[] { "value", "upperValue" })
            {
                if (obj[name] is { } extra)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", Show(extra), $"{name} is not given for hedge \"{(vague ? "vague" : "range")}\"; the range says it"));
                }
            }

            NumericRange? range = null;
            if (obj["range"] is not { Type: not JTokenType.Null } rangeToken)
            {
                _problems.Add(new ValidationProblem(path + ".range", null, $"range is missing; hedge \"{(vague ? "vague" : "range")}\" needs it"));
            }
            else
            {
                range = ReadRange(rangeToken, path + ".range");
            }

            var wording = ReadString(obj, "wording", path, required: false);
            if (_problems.Count > before || range is null)
            {
                return null;
            }

            return Build(path, obj, () => vague ? HedgedFigure.Vague(range.Value, wording) : HedgedFigure.OfRange(range.Value, wording));
        }

        /// <summary>Reads <c>{"claims": [...]}</c> or <c>{"source": "id"}</c> (or neither, for the claim's own figure), with an optional <c>"direction"</c>.</summary>
        private DenialTarget? ReadDenialTarget(JToken token, string path)
        {
            if (!AsObject(token, path, out var obj, "claims", "source", "direction"))
            {
                return null;
            }

            var before = _problems.Count;
            var direction = DenialDirection.None;
            if (obj["direction"] is { Type: not JTokenType.Null })
            {
                direction = ReadEnum<DenialDirection>(obj, "direction", path) ?? DenialDirection.None;
            }

            var source = ReadString(obj, "source", path, required: false);
            List<string>? ids = null;
            if (obj["claims"] is { Type: not JTokenType.Null } claimsToken)
            {
                if (claimsToken is not JArray array)
                {
                    _problems.Add(new ValidationProblem(path + ".claims", Show(claimsToken), "claims must be an array of claim ids"));
                }
                else
                {
                    ids = new List<string>();
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i].Type != JTokenType.String)
                        {
                            _problems.Add(new ValidationProblem($"{path}.claims[{i}]", Show(array[i]), "a claim id must be a string"));
                        }
                        else
                        {
                            ids.Add((string)array[i]!);
                        }
                    }
                }
            }

            if (source is not null && ids is not null)
            {
                _problems.Add(new ValidationProblem(path, Show(obj), "give either claims or source, not both"));
            }

            if (_problems.Count > before)
            {
                return null;
            }

            return Build(path, obj, () => ids is not null ? DenialTarget.OfClaims(ids, direction)
                : source is not null ? DenialTarget.OfSource(source, direction)
                : DenialTarget.OwnFigure(direction));
        }

        private NumericRange? ReadRange(JToken token, string path)
        {
            if (!AsObject(token, path, out var obj, "lower", "lowerClosed", "upper", "upperClosed", "empty"))
            {
                return null;
            }

            if (obj["empty"] is { } emptyToken)
            {
                if (emptyToken.Type != JTokenType.Boolean || !(bool)emptyToken || obj.Count > 1)
                {
                    _problems.Add(new ValidationProblem(path + ".empty", Show(emptyToken), "an empty range is written {\"empty\": true} and nothing else"));
                    return null;
                }

                return NumericRange.Empty;
            }

            var lower = ReadEnd(obj, "lower", "lowerClosed", path);
            var upper = ReadEnd(obj, "upper", "upperClosed", path);
            if (lower is null || upper is null)
            {
                return null;
            }

            var built = Build<object>(path, obj, () => new NumericRange(lower.Value, upper.Value));
            return built is NumericRange range ? range : null;
        }

        private RangeBound? ReadEnd(JObject obj, string valueName, string closedName, string path)
        {
            var before = _problems.Count;
            var value = ReadDecimal(obj, valueName, path, required: false);
            var closedToken = obj[closedName];
            if (_problems.Count > before)
            {
                return null;
            }

            if (value is null)
            {
                if (closedToken is not null && closedToken.Type != JTokenType.Null)
                {
                    _problems.Add(new ValidationProblem($"{path}.{closedName}", Show(closedToken), $"{closedName} is given but {valueName} is not; an unbounded end has neither"));
                    return null;
                }

                return RangeBound.Unbounded;
            }

            if (closedToken is null || closedToken.Type != JTokenType.Boolean)
            {
                _problems.Add(new ValidationProblem($"{path}.{closedName}", closedToken is null ? null : Show(closedToken), $"{closedName} must be true or false when {valueName} is given"));
                return null;
            }

            return (bool)closedToken ? RangeBound.Closed(value.Value) : RangeBound.Open(value.Value);
        }

        private AttributionChain? ReadAttribution(JToken? token, string path)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                _problems.Add(new ValidationProblem(path, null, "attribution is missing: give at least the reporter's source id, as [\"kurdistan24\"]"));
                return null;
            }

            if (token is not JArray array || array.Count == 0)
            {
                _problems.Add(new ValidationProblem(path, Show(token), "attribution must be a non-empty array: the reporter's id, then {\"cites\": id} or {\"speaksFor\": id} steps"));
                return null;
            }

            var before = _problems.Count;
            string? reporter = null;
            if (array[0].Type == JTokenType.String)
            {
                reporter = (string?)array[0];
            }
            else
            {
                _problems.Add(new ValidationProblem(path + "[0]", Show(array[0]), "the first element must be the reporter's source id, a string"));
            }

            var steps = new List<AttributionStep>();
            for (var i = 1; i < array.Count; i++)
            {
                var stepPath = $"{path}[{i}]";
                if (array[i] is JObject step && step.Count == 1)
                {
                    var property = step.Properties().First();
                    var relation = property.Name switch
                    {
                        "cites" => AttributionRelation.Cites,
                        "speaksFor" => AttributionRelation.SpeaksFor,
                        _ => (AttributionRelation?)null,
                    };
                    if (relation is null)
                    {
                        _problems.Add(new ValidationProblem($"{stepPath}.{property.Name}", Show(property.Value), $"\"{property.Name}\" is not an attribution relation; expected cites or speaksFor"));
                    }
                    else if (property.Value.Type != JTokenType.String)
                    {
                        _problems.Add(new ValidationProblem($"{stepPath}.{property.Name}", Show(property.Value), "expected a source id string"));
                    }
                    else
                    {
                        var added = Build(stepPath, step, () => new AttributionStep(relation.Value, (string)property.Value!));
                        if (added is not null)
                        {
                            steps.Add(added);
                        }
                    }
                }
                else
                {
                    _problems.Add(new ValidationProblem(stepPath, Show(array[i]), "each step after the reporter must be {\"cites\": id} or {\"speaksFor\": id}"));
                }
            }

            return _problems.Count > before || reporter is null ? null : Build(path, array, () => new AttributionChain(reporter, steps));
        }

        private List<Evidence>? ReadEvidenceList(JToken? token, string path)
        {
            var list = new List<Evidence>();
            if (token is null || token.Type == JTokenType.Null)
            {
                return list;
            }

            if (token is not JArray array)
            {
                _problems.Add(new ValidationProblem(path, Show(token), "evidence must be an array"));
                return null;
            }

            var before = _problems.Count;
            for (var i = 0; i < array.Count; i++)
            {
                var itemPath = $"{path}[{i}]";
                if (!AsObject(array[i], itemPath, out var obj, "url", "quote", "start", "end"))
                {
                    continue;
                }

                var urlText = ReadString(obj, "url", itemPath, required: false);
                Uri? url = null;
                if (urlText is not null && !Uri.TryCreate(urlText, UriKind.Absolute, out url))
                {
                    _problems.Add(new ValidationProblem(itemPath + ".url", "\"" + urlText + "\"", $"\"{urlText}\" is not an absolute URL"));
                }

                var quote = ReadString(obj, "quote", itemPath, required: false);
                var start = ReadInt(obj, "start", itemPath);
                var end = ReadInt(obj, "end", itemPath);
                if (_problems.Count == before)
                {
                    var evidence = Build(itemPath, obj, () => new Evidence(url, quote, start, end));
                    if (evidence is not null)
                    {
                        list.Add(evidence);
                    }
                }
            }

            return _problems.Count > before ? null : list;
        }

        private bool AsObject(JToken token, string path, out JObject obj, params string[] allowed)
        {
            if (token is JObject o)
            {
                obj = o;
                CheckProperties(o, path, allowed);
                return true;
            }

            obj = null!;
            _problems.Add(new ValidationProblem(path, Show(token), "expected a JSON object"));
            return false;
        }

        private void CheckProperties(JObject obj, string path, params string[] allowed)
        {
            foreach (var property in obj.Properties())
            {
                if (Array.IndexOf(allowed, property.Name) < 0)
                {
                    _problems.Add(new ValidationProblem($"{path}.{property.Name}", Show(property.Value), $"\"{property.Name}\" is not a known property here; expected one of: {string.Join(", ", allowed)}"));
                }
            }
        }

        private string? ReadString(JObject obj, string name, string path, bool required)
        {
            var token = obj[name];
            if (token is null || token.Type == JTokenType.Null)
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", null, $"{name} is missing"));
                }

                return null;
            }

            if (token.Type != JTokenType.String)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", Show(token), $"{name} must be a string"));
                return null;
            }

            var text = (string)token!;
            if (text.Trim().Length == 0)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", "\"" + text + "\"", $"{name} must not be empty"));
                return null;
            }

            return text;
        }

        private decimal? ReadDecimal(JObject obj, string name, string path, bool required)
        {
            var token = obj[name];
            if (token is null || token.Type == JTokenType.Null)
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", null, $"{name} is missing"));
                }

                return null;
            }

            switch (token.Type)
            {
                case JTokenType.Integer:
                    try
                    {
                        // Integers beyond Int64 arrive as BigInteger, which is not IConvertible.
                        var integer = ((JValue)token).Value;
                        return integer is BigInteger big ? (decimal)big : Convert.ToDecimal(integer, CultureInfo.InvariantCulture);
                    }
                    catch (OverflowException)
                    {
                        _problems.Add(new ValidationProblem($"{path}.{name}", Show(token), $"{Show(token)} is too large (a decimal holds about ±7.9e28)"));
                        return null;
                    }

                case JTokenType.Float:
                    if (((JValue)token).Value is decimal d)
                    {
                        return d;
                    }

                    _problems.Add(new ValidationProblem($"{path}.{name}", Show(token), $"{Show(token)} is not a finite number"));
                    return null;
                case JTokenType.String:
                    var text = (string)token!;
                    if (NumberText.TryParse(text.Trim(), out var parsed))
                    {
                        return parsed;
                    }

                    _problems.Add(new ValidationProblem($"{path}.{name}", "\"" + text + "\"", NumberText.WhyNotANumber(text)));
                    return null;
                default:
                    _problems.Add(new ValidationProblem($"{path}.{name}", Show(token), $"{Show(token)} is not a number"));
                    return null;
            }
        }

        private int? ReadInt(JObject obj, string name, string path)
        {
            var value = ReadDecimal(obj, name, path, required: false);
            if (value is null)
            {
                return null;
            }

            if (value.Value != decimal.Truncate(value.Value) || value.Value < int.MinValue || value.Value > int.MaxValue)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", NumberText.Format(value.Value), $"{name} must be a whole number"));
                return null;
            }

            return (int)value.Value;
        }

        private T? ReadEnum<T>(JObject obj, string name, string path)
            where T : struct, Enum
        {
            var text = ReadString(obj, name, path, required: true);
            if (text is null)
            {
                return null;
            }

            if (JsonNames<T>.TryParse(text, out var value))
            {
                return value;
            }

            _problems.Add(new ValidationProblem($"{path}.{name}", "\"" + text + "\"", $"\"{text}\" is not a known {name}; expected one of: {JsonNames<T>.Known}"));
            return null;
        }

        private T? Build<T>(string path, JToken token, Func<T> create)
            where T : class
        {
            try
            {
                return create();
            }
            catch (ArgumentException e)
            {
                var fieldToken = e.ParamName is null || token is not JObject o ? null : o[e.ParamName];
                var field = fieldToken is null ? string.Empty : "." + e.ParamName;
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

                _problems.Add(new ValidationProblem(path + field, fieldToken is null ? Show(token) : Show(fieldToken), message));
                return null;
            }
        }
    }
}

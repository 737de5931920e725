using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads schema version 1 (docs/json-format.md) token by token into the model, collecting every problem with its
    /// JSON path and value instead of stopping at the first. No document tree is built: memory is the claims read, one
    /// claim's fields, and the token buffer.
    /// </summary>
    /// <remarks>
    /// Policies must come before the claims that name them (the writer's order); sources and quantities may come in any
    /// order. The element readers are <see cref="JsonPolicyReader"/>, <see cref="JsonSourceReader"/>,
    /// <see cref="JsonQuantityReader"/> and <see cref="JsonClaimReader"/>, over the <see cref="JsonFieldReader"/>.
    /// </remarks>
    internal sealed class ClaimJsonReader : IDisposable
    {
        private static readonly string[] DocumentFields = { "schemaVersion", "policies", "sources", "quantities", "claims" };
        private readonly JsonFieldReader _r;
        private readonly Dictionary<string, InterpretationPolicy> _policies = new(StringComparer.Ordinal)
        {
            [InterpretationPolicy.DefaultName] = InterpretationPolicy.Default,
        };

        private readonly List<Source> _sources = new();
        private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
        private readonly QuantityTable _quantities = new();
        private readonly List<Claim> _claims = new();
        // Claim ids as 128-bit hashes, not strings: a document read without keeping its claims holds only these per claim.
        private readonly ClaimIdIndex _claimIds = new();
        private readonly List<(string Path, string? Shown, string Id, bool IsQuantity)> _unresolved = new();
        private bool _sourcesRead;
        private bool _quantitiesRead;

        /// <summary>When given, claims are handed to it as they are read and not kept; denials are kept to check what they name.</summary>
        private readonly Action<Claim>? _onClaim;
        private readonly List<(int Index, Claim Claim)> _denials = new();
        private int _claimIndex;
        private readonly bool _buildQuantities;

        private ClaimJsonReader(Stream utf8, Action<Claim>? onClaim, bool buildQuantities = true)
        {
            _buildQuantities = buildQuantities;
            _r = new JsonFieldReader(new JsonTokenSource(utf8));
            _onClaim = onClaim;
        }

        /// <summary>Reads a claim set from UTF-8 JSON.</summary>
        public static ClaimReadResult Read(Stream utf8)
        {
            using var reader = new ClaimJsonReader(utf8, null);
            return reader.ReadDocument();
        }

        /// <summary>Reads UTF-8 JSON handing each claim read without a problem to <paramref name="onClaim"/>; the set has no claims.</summary>
        public static ClaimReadResult Read(Stream utf8, Action<Claim> onClaim)
        {
            using var reader = new ClaimJsonReader(utf8, onClaim);
            return reader.ReadDocument();
        }

        /// <summary>
        /// As <see cref="Read(Stream, Action{Claim})"/>, but the set holds the sources only: the quantities are checked
        /// and counted, not built, so that a document of one claim per quantity is not held as quantities at the end.
        /// </summary>
        public static ClaimReadResult ReadCounting(Stream utf8, Action<Claim> onClaim, out int quantities) => ReadCounting(utf8, onClaim, out quantities, out _);

        /// <summary>As <see cref="ReadCounting(Stream, Action{Claim}, out int)"/>, and gives a look-up of any quantity the document declares or names, built when asked.</summary>
        public static ClaimReadResult ReadCounting(Stream utf8, Action<Claim> onClaim, out int quantities, out Func<QuantityKey, Quantity?> find)
        {
            using var reader = new ClaimJsonReader(utf8, onClaim, buildQuantities: false);
            var result = reader.ReadDocument();
            quantities = reader._quantities.Count;
            find = reader._quantities.Build;
            return result;
        }

        /// <summary>
        /// As <see cref="ReadCounting(Stream, Action{Claim}, out int)"/>, and gives the quantities the claims name, built one at a time as they are walked
        /// (for sharing a large document's claims out by quantity without holding every quantity at once).
        /// </summary>
        public static ClaimReadResult ReadClaimed(Stream utf8, Action<Claim> onClaim, out IEnumerable<Quantity> claimed) =>
            ReadClaimed(utf8, onClaim, out claimed, out _);

        /// <summary>As <see cref="ReadClaimed(Stream, Action{Claim}, out IEnumerable{Quantity})"/>, and gives a look-up of any quantity the document declares or names, built when asked.</summary>
        public static ClaimReadResult ReadClaimed(Stream utf8, Action<Claim> onClaim, out IEnumerable<Quantity> claimed, out Func<QuantityKey, Quantity?> find)
        {
            using var reader = new ClaimJsonReader(utf8, onClaim, buildQuantities: false);
            var result = reader.ReadDocument();
            var table = reader._quantities;
            claimed = table.Quantities(onlyWithClaims: true);
            find = table.Build;
            return result;
        }

        /// <summary>Releases the claim id index (which holds no file: it never spills here).</summary>
        public void Dispose() => _claimIds.Dispose();

        private ClaimReadResult ReadDocument()
        {
            var finished = false;
            string? versionProblem = null;
            ValidationProblem? version = null;
            try
            {
                if (!_r.Tokens.Read())
                {
                    return ClaimReadResult.Failed(new[] { new ValidationProblem("$", "(empty)", "the input is empty; expected one JSON object") });
                }

                if (_r.BeginObject("$", DocumentFields, out var scope, "expected a JSON object at the top level"))
                {
                    while (_r.NextProperty(ref scope, out var index, out var path))
                    {
                        switch (index)
                        {
                            case 0:
                                version = ReadVersion(path, out versionProblem);
                                break;
                            case 1: ReadArray(path, "policies", ReadPolicy); break;
                            case 2: ReadArray(path, "sources", ReadSource); _sourcesRead = true; break;
                            case 3: ReadArray(path, "quantities", ReadQuantity); _quantitiesRead = true; break;
                            default:
                                var claimReader = new JsonClaimReader(_r, name => _policies.TryGetValue(name, out var p) ? p : null, new ClaimInterning());
                                ReadArray(path, "claims", (itemPath, _) => ReadClaim(claimReader, itemPath));
                                break;
                        }
                    }

                    if (!scope.Has(0))
                    {
                        return ClaimReadResult.Failed(new[] { new ValidationProblem("$.schemaVersion", null, $"schemaVersion is missing; this reader understands version {ClaimJson.SchemaVersion}") });
                    }

                    foreach (var (index, name) in new[] { (2, "sources"), (3, "quantities"), (4, "claims") })
                    {
                        if (!scope.Has(index))
                        {
                            _r.Add("$." + name, null, $"{name} is missing; give an empty array if there are none");
                        }
                    }
                }

                finished = true;
                _r.Tokens.Read();
            }
            catch (JsonException e)
            {
                var where = e.LineNumber is long line ? $" (line {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
                var reason = finished ? "more content after the top-level value: " + FirstSentence(e.Message) : FirstSentence(e.Message);
                var excerpt = _r.Tokens.Excerpt();
                var problem = new ValidationProblem(finished ? "$" : _r.CurrentPath, excerpt, "malformed JSON: " + reason + " at " + excerpt + where);
                return ClaimReadResult.Failed(versionProblem is null ? new[] { problem } : new[] { version!, problem });
            }

            if (versionProblem is not null)
            {
                return ClaimReadResult.Failed(new[] { version! });
            }

            foreach (var (path, shown, id, isQuantity) in _unresolved)
            {
                CheckReference(path, shown, id, isQuantity);
            }

            if (_r.Problems.Count > 0)
            {
                return ClaimReadResult.Failed(_r.Problems);
            }

            if (_onClaim is not null)
            {
                CheckDenials();
                if (_r.Problems.Count > 0)
                {
                    return ClaimReadResult.Failed(_r.Problems);
                }
            }

            var quantities = _buildQuantities ? new List<Quantity>(_quantities.Quantities(onlyWithClaims: false)) : new List<Quantity>();
            var problems = ClaimSet.Validate(_sources, quantities, _claims, out var set);
            return set is null ? ClaimReadResult.Failed(problems) : ClaimReadResult.Succeeded(set);
        }

        /// <summary>The first sentence of a System.Text.Json message, without its own position suffix.</summary>
        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut < 0 ? message : message.Substring(0, cut)).Trim();
        }

        private ValidationProblem? ReadVersion(string path, out string? problem)
        {
            var shown = _r.Tokens.Shown;
            problem = null;
            if (_r.Tokens.TokenType == JsonTokenType.Number && _r.Tokens.Text == ClaimJson.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                return null;
            }

            _r.Tokens.Skip();
            problem = $"{shown} is not a supported schema version; this reader understands version {ClaimJson.SchemaVersion}";
            return new ValidationProblem(path, shown, problem);
        }

        private void ReadArray(string path, string name, Action<string, int> readItem)
        {
            if (_r.IsNull)
            {
                return;
            }

            if (!_r.BeginArray(path, $"{name} must be an array"))
            {
                return;
            }

            var index = -1;
            while (_r.NextItem(path, ref index, out var itemPath))
            {
                readItem(itemPath, index);
            }
        }

        private void ReadPolicy(string path, int index)
        {
            var policy = JsonPolicyReader.Read(_r, path);
            if (policy is null)
            {
                return;
            }

            if (_policies.ContainsKey(policy.Name))
            {
                _r.Add(path + ".name", "\"" + ProblemText.Shorten(policy.Name) + "\"", $"policy name \"{ProblemText.Shorten(policy.Name)}\" is {(policy.Name == InterpretationPolicy.DefaultName ? "reserved for the built-in policy" : "defined more than once")}");
                return;
            }

            _policies.Add(policy.Name, policy);
        }

        private void ReadSource(string path, int index)
        {
            var source = JsonSourceReader.Read(_r, path, out var id);
            CheckUnique(id, _sourceIds, path + ".id", "source id");
            if (source is not null)
            {
                _sources.Add(source);
            }
        }

        private void ReadQuantity(string path, int index)
        {
            var quantity = JsonQuantityReader.Read(_r, path, out var key);
            if (key is null || !QuantityKey.TryParse(key, out var parsed))
            {
                return;
            }

            if (_quantities.Contains(parsed))
            {
                _r.Add(path + ".key", "\"" + ProblemText.Shorten(key) + "\"", $"quantity key \"{ProblemText.Shorten(key)}\" is used more than once");
                return;
            }

            // A quantity with problems is still known by its key (its claims are not also reported), without a unit.
            _quantities.Declare(parsed, index, quantity?.Unit, quantity?.Kind, quantity?.Domain, quantity?.Description, declared: true);
        }

        private void ReadClaim(JsonClaimReader reader, string path)
        {
            var claim = reader.Read(path, out var references);
            if (references.Id is { } claimId && !_claimIds.TryAdd(claimId, _claimIndex, out _))
            {
                _r.Add(path + ".id", "\"" + ProblemText.Shorten(claimId) + "\"", $"claim id \"{ProblemText.Shorten(claimId)}\" is used more than once");
            }

            if (references.Quantity is { } key)
            {
                Reference(path + ".quantity", "\"" + ProblemText.Shorten(key) + "\"", key, isQuantity: true);
            }

            if (references.Sources is { } sources)
            {
                foreach (var (position, id) in sources)
                {
                    Reference($"{path}.attribution[{position.ToString(CultureInfo.InvariantCulture)}]", "\"" + ProblemText.Shorten(id) + "\"", id, isQuantity: false);
                }
            }

            var index = _claimIndex++;
            if (claim is null)
            {
                return;
            }

            if (_onClaim is null)
            {
                _claims.Add(claim);
                return;
            }

            if (claim.Denies is { IsOwnFigure: false })
            {
                _denials.Add((index, claim));
            }

            _onClaim(claim);
        }

        /// <summary>Checks a reference now when its array has been read, or at the end when it comes later in the file.</summary>
        private void Reference(string path, string shown, string id, bool isQuantity)
        {
            if (isQuantity ? _quantitiesRead : _sourcesRead)
            {
                CheckReference(path, shown, id, isQuantity);
            }
            else
            {
                _unresolved.Add((path, shown, id, isQuantity));
            }
        }

        private void CheckReference(string path, string? shown, string id, bool isQuantity)
        {
            if (isQuantity)
            {
                // A quantity a claim names is marked as claimed (Declare with nothing new records only that).
                if (!(QuantityKey.TryParse(id, out var key) && _quantities.Contains(key)))
                {
                    _r.Add(path, shown, $"quantity \"{ProblemText.Shorten(id)}\" is not defined in $.quantities");
                }
                else
                {
                    _quantities.Declare(key, 0, null, null, null, null, declared: false);
                }
            }
            else if (!isQuantity && !_sourceIds.Contains(id))
            {
                _r.Add(path, shown, $"source \"{ProblemText.Shorten(id)}\" is not defined in $.sources");
            }
        }

        /// <summary>What <see cref="ClaimSet.Validate"/> checks of denials, for claims that were handed on instead of kept.</summary>
        private void CheckDenials()
        {
            foreach (var (index, claim) in _denials)
            {
                var path = "$.claims[" + index.ToString(CultureInfo.InvariantCulture) + "].denies";
                var denies = claim.Denies!;
                if (denies.SourceId is { } source && !_sourceIds.Contains(source))
                {
                    _r.Add(path + ".source", ProblemText.Quote(source), $"claim \"{ProblemText.Shorten(claim.Id)}\" denies the figures of source \"{ProblemText.Shorten(source)}\", which is not defined");
                }

                for (var k = 0; k < denies.ClaimIds.Count; k++)
                {
                    var denied = denies.ClaimIds[k];
                    var at = path + ".claims[" + k.ToString(CultureInfo.InvariantCulture) + "]";
                    if (!_claimIds.Contains(denied))
                    {
                        _r.Add(at, ProblemText.Quote(denied), $"claim \"{ProblemText.Shorten(claim.Id)}\" denies claim \"{ProblemText.Shorten(denied)}\", which is not among the claims");
                    }
                    else if (string.Equals(denied, claim.Id, StringComparison.Ordinal))
                    {
                        _r.Add(at, ProblemText.Quote(denied), $"claim \"{ProblemText.Shorten(claim.Id)}\" denies itself");
                    }
                }
            }
        }

        private void CheckUnique(string? id, HashSet<string> seen, string path, string what)
        {
            if (id is not null && !seen.Add(id))
            {
                _r.Add(path, "\"" + ProblemText.Shorten(id) + "\"", $"{what} \"{ProblemText.Shorten(id)}\" is used more than once");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Claims read from JSON Lines (docs/json-format.md#json-lines): each line one JSON object, either a claim (the
    /// fields of <c>$.claims[i]</c>) or a declaration <c>{"source": {...}}</c>, <c>{"quantity": {...}}</c> or
    /// <c>{"policy": {...}}</c> (the fields of the JSON format's sources, quantities and policies). Declarations come
    /// before the claims that use them, so every line is checked when it is read; a denial's denied claims are checked
    /// at the end. Problems carry the line and the JSON path within that line's object.
    /// </summary>
    /// <remarks>
    /// Each line is read token by token through the JSON format's element readers (<see cref="JsonClaimReader"/> and
    /// the others) over one reused <see cref="JsonTokenSource"/>. Holds one line, the declarations, each claim id with
    /// its line and the denials' references; not the claims. Not thread-safe.
    /// </remarks>
    internal sealed class JsonLinesClaimSource : IClaimSource
    {
        private static readonly string[] DeclarationNames = { "source", "quantity", "policy" };
        private readonly Utf8LineReader _lines;
        private readonly JsonTokenSource _tokens = new(Stream.Null);
        private readonly ClaimInterning _interning = new();
        private readonly Dictionary<string, InterpretationPolicy> _policies = new(StringComparer.Ordinal) { [InterpretationPolicy.DefaultName] = InterpretationPolicy.Default };
        private readonly Dictionary<string, Source> _sourcesById = new(StringComparer.Ordinal);
        private readonly List<Source> _sources = new();
        private readonly QuantityTable _quantities = new();
        private readonly ClaimIdIndex _claimIdLines = new();
        private readonly List<(int Line, Claim Claim)> _denials = new();
        private bool _byQuantity;

        public JsonLinesClaimSource(Stream utf8) => _lines = new Utf8LineReader(utf8);

        public List<ValidationProblem> Problems { get; } = new();

        public IReadOnlyList<Source> Sources => _sources;

        public IReadOnlyList<Quantity> Quantities => Built(onlyWithClaims: false);

        public int QuantityCount => _quantities.Count;

        public Quantity? FindQuantity(QuantityKey key) => _quantities.Build(key);

        // Built one at a time as the caller walks them (reconciling a large file in parts writes each declaration and drops
        // it), never as a list: a file of one claim a quantity would hold every quantity at once.
        public IEnumerable<Quantity> ClaimedQuantities() => _quantities.Quantities(onlyWithClaims: true);

        public Source? FindSource(string id) => _sourcesById.TryGetValue(id, out var source) ? source : null;

        public bool Next(out Claim? claim, out int line)
        {
            claim = null;
            line = 0;
            if (!_lines.Next())
            {
                return false;
            }

            line = _lines.Line;
            claim = ReadLine();
            return true;
        }

        public async Task<(bool More, Claim? Claim, int Line)> NextAsync(CancellationToken cancellationToken)
        {
            if (!await _lines.NextAsync(cancellationToken).ConfigureAwait(false))
            {
                return (false, null, 0);
            }

            return (true, ReadLine(), _lines.Line);
        }

        public ValidationProblem Locate(int line, string path, ValidationProblem problem) =>
            ValidationProblem.OnLine(line, new ValidationProblem(path, problem.Value, problem.Message));

        public void ReadByQuantity(int idWindow, string? directory)
        {
            _byQuantity = true;
            _claimIdLines.Spill(idWindow, directory);
        }

        public void Forget(QuantityKey key) => _quantities.Forget(key);

        public void Dispose() => _claimIdLines.Dispose();

        /// <summary>Every declared quantity (a JSON Lines quantity is declared whole, so each has a unit).</summary>
        private List<Quantity> Built(bool onlyWithClaims) => new(_quantities.Quantities(onlyWithClaims));

        public void Finish()
        {
            foreach (var (line, denial) in _denials)
            {
                var denied = denial.Denies!.ClaimIds;
                for (var k = 0; k < denied.Count; k++)
                {
                    var path = "$.denies.claims[" + k.ToString(CultureInfo.InvariantCulture) + "]";
                    if (!_claimIdLines.Contains(denied[k]))
                    {
                        Add(line, path, ProblemText.Json(denied[k]), $"claim \"{ProblemText.Shorten(denial.Id)}\" denies claim \"{ProblemText.Shorten(denied[k])}\", which is not among the claims");
                    }
                    else if (string.Equals(denied[k], denial.Id, StringComparison.Ordinal))
                    {
                        Add(line, path, ProblemText.Json(denied[k]), $"claim \"{ProblemText.Shorten(denial.Id)}\" denies itself");
                    }
                }
            }

            _denials.Clear();
            foreach (var (id, line, first) in _claimIdLines.LaterRepeats())
            {
                Add(line, "$.id", ProblemText.Json(id), $"claim id \"{ProblemText.Shorten(id)}\" is already used on line {first}; found when reading ended (reading by quantity holds only recent ids in memory), after the quantities of both claims were given out");
            }

        }

        private void Add(int line, string path, string? value, string message) =>
            Problems.Add(ValidationProblem.OnLine(line, new ValidationProblem(path, value, ProblemText.Message(message))));

        /// <summary>Reads the current line: a claim, or null for a blank line, a declaration or a line with problems.</summary>
        private Claim? ReadLine()
        {
            var line = _lines.Line;
            if (_lines.TooLong)
            {
                Add(line, "$", null, $"the line is longer than {Utf8LineReader.MaxLineBytes / (1024 * 1024)} MiB, the most this reader reads as one claim");
                return null;
            }

            if (IsBlank())
            {
                return null;
            }

            var fields = new JsonFieldReader(_tokens);
            Claim? claim = null;
            try
            {
                Restart();
                if (_tokens.TokenType != JsonTokenType.StartObject)
                {
                    fields.Add("$", _tokens.Shown, "each line must be one JSON object: a claim, or a {\"source\"|\"quantity\"|\"policy\": {...}} declaration");
                    _tokens.Skip();
                }
                else if (Declaration() is { } name)
                {
                    ReadDeclaration(fields, name);
                }
                else
                {
                    Restart();
                    claim = ReadClaim(fields, line);
                }

                if (_tokens.Read())
                {
                    throw new JsonException("more content after the line's object");
                }
            }
            catch (JsonException e)
            {
                var cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                var reason = (cut < 0 ? e.Message : e.Message.Substring(0, cut)).Trim();
                var excerpt = _tokens.Excerpt();
                fields.Problems.Clear();
                fields.Add(fields.CurrentPath, excerpt, "malformed JSON: " + reason + " at " + excerpt);
                claim = null;
            }

            foreach (var problem in fields.Problems)
            {
                Problems.Add(ValidationProblem.OnLine(line, problem));
            }

            return fields.Problems.Count == 0 ? claim : null;
        }

        private bool IsBlank()
        {
            var buffer = _lines.Buffer;
            for (var i = _lines.Offset; i < _lines.Offset + _lines.Length; i++)
            {
                if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }

            return true;
        }

        private void Restart()
        {
            _tokens.Reset(new MemoryStream(_lines.Buffer, _lines.Offset, _lines.Length, writable: false));
            _tokens.Read();
        }

        /// <summary>After the line's <c>{</c>: the declaration's name when the first property is one of them and holds an object, else null.</summary>
        private string? Declaration()
        {
            if (!_tokens.Read() || _tokens.TokenType != JsonTokenType.PropertyName || Array.IndexOf(DeclarationNames, _tokens.Text) < 0)
            {
                return null;
            }

            var name = _tokens.Text!;
            return _tokens.Read() && _tokens.TokenType == JsonTokenType.StartObject ? name : null;
        }

        private void ReadDeclaration(JsonFieldReader fields, string name)
        {
            var path = "$." + name;
            switch (name)
            {
                case "source":
                    var source = JsonSourceReader.Read(fields, path, out var id);
                    if (source is not null && Dictionaries.TryAdd(_sourcesById, source.Id, source))
                    {
                        _sources.Add(source);
                    }
                    else if (id is not null && _sourcesById.ContainsKey(id))
                    {
                        fields.Add(path + ".id", ProblemText.Json(id), $"source id \"{ProblemText.Shorten(id)}\" is declared more than once");
                    }

                    break;
                case "quantity":
                    var quantity = JsonQuantityReader.Read(fields, path, out var key);
                    if (quantity is not null && !_quantities.Contains(quantity.Key))
                    {
                        _quantities.Declare(quantity.Key, _lines.Line, quantity.Unit, quantity.Kind, quantity.Domain, quantity.Description, declared: true);
                    }
                    else if (key is not null && QuantityKey.TryParse(key, out var parsed) && _quantities.Contains(parsed))
                    {
                        fields.Add(path + ".key", ProblemText.Json(key), $"quantity key \"{ProblemText.Shorten(key)}\" is declared more than once");
                    }

                    break;
                default:
                    var policy = JsonPolicyReader.Read(fields, path);
                    if (policy is not null && !Dictionaries.TryAdd(_policies, policy.Name, policy))
                    {
                        fields.Add(path + ".name", ProblemText.Json(policy.Name), $"policy name \"{ProblemText.Shorten(policy.Name)}\" is {(policy.Name == InterpretationPolicy.DefaultName ? "reserved for the built-in policy" : "declared more than once")}");
                    }

                    break;
            }

            fields.Next();
            if (_tokens.TokenType != JsonTokenType.EndObject)
            {
                fields.Add("$", null, $"a declaration line holds its one property \"{name}\" and nothing else");
                while (_tokens.TokenType != JsonTokenType.EndObject)
                {
                    _tokens.Skip();
                    fields.Next();
                }
            }
        }

        /// <summary>Whether a claim's quantity is declared; a declared one is marked as having claims.</summary>
        private bool Claimed(Claim? claim, string key)
        {
            var parsed = claim?.Quantity;
            if (parsed is null && !QuantityKey.TryParse(key, out parsed))
            {
                return false;
            }

            if (!_quantities.Contains(parsed))
            {
                return false;
            }

            _quantities.Declare(parsed, 0, null, null, null, null, declared: false);
            return true;
        }

        private Claim? ReadClaim(JsonFieldReader fields, int line)
        {
            var reader = new JsonClaimReader(fields, name => _policies.TryGetValue(name, out var p) ? p : null, _interning);
            var claim = reader.Read("$", out var references);
            if (references.Id is { } id)
            {
                if (!_claimIdLines.TryAdd(id, line, out var first))
                {
                    fields.Add("$.id", ProblemText.Json(id), $"claim id \"{ProblemText.Shorten(id)}\" is already used on line {first}");
                }
            }

            if (references.Quantity is { } key && !Claimed(claim, key))
            {
                fields.Add("$.quantity", references.QuantityShown, _byQuantity
                    ? $"quantity \"{ProblemText.Shorten(key)}\" is not declared on an earlier line, or its claims come back after its set was given out; declare it with {{\"quantity\": {{...}}}} before its claims, and keep each quantity's claims together"
                    : $"quantity \"{ProblemText.Shorten(key)}\" is not declared on an earlier line; declare it with {{\"quantity\": {{...}}}}");
            }

            if (references.Sources is { } sources)
            {
                foreach (var (position, sourceId) in sources)
                {
                    if (!_sourcesById.ContainsKey(sourceId))
                    {
                        fields.Add("$.attribution[" + position.ToString(CultureInfo.InvariantCulture) + "]", ProblemText.Json(sourceId), $"source \"{ProblemText.Shorten(sourceId)}\" is not declared on an earlier line; declare it with {{\"source\": {{...}}}}");
                    }
                }
            }

            if (claim?.Denies is { } denies)
            {
                if (denies.SourceId is { } denied && !_sourcesById.ContainsKey(denied))
                {
                    fields.Add("$.denies.source", ProblemText.Json(denied), $"claim \"{ProblemText.Shorten(claim.Id)}\" denies the figures of source \"{ProblemText.Shorten(denied)}\", which is not declared on an earlier line");
                }

                // Reading by quantity, denials of claims are checked within their quantity instead.
                if (denies.ClaimIds.Count > 0 && fields.Problems.Count == 0 && !_byQuantity)
                {
                    _denials.Add((line, claim));
                }
            }

            return claim;
        }
    }
}

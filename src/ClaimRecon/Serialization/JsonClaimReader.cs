using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Serialization
{
    /// <summary>Reads one element of <c>$.claims</c>, with its figure, range, attribution and evidence readers.</summary>
    internal sealed class JsonClaimReader
    {
        private static readonly string[] Fields = { "id", "quantity", "figure", "policy", "range", "stance", "attribution", "statedAt", "describes", "evidence", "note", "denies" };
        private readonly JsonFieldReader _r;
        private readonly Func<string, InterpretationPolicy?> _policy;
        private readonly ClaimInterning _interning;

        public JsonClaimReader(JsonFieldReader reader, Func<string, InterpretationPolicy?> policy, ClaimInterning interning)
        {
            _r = reader;
            _policy = policy;
            _interning = interning;
        }

        /// <summary>The references the claim makes, for the document reader to check against every id the file defines.</summary>
        public readonly struct References
        {
            public References(string? id, string? quantity, string? quantityShown, List<(int Position, string Id)>? sources)
            {
                Id = id;
                Quantity = quantity;
                QuantityShown = quantityShown;
                Sources = sources;
            }

            public string? Id { get; }

            public string? Quantity { get; }

            public string? QuantityShown { get; }

            public List<(int Position, string Id)>? Sources { get; }
        }

        public Claim? Read(string path, out References references)
        {
            references = default;
            if (!_r.BeginObject(path, Fields, out var scope))
            {
                return null;
            }

            var before = _r.ProblemCount;
            string? id = null, note = null, policyName = null;
            QuantityKey? quantity = null;
            HedgedFigure? figure = null;
            NumericRange? range = null;
            Stance? stance = null;
            AttributionChain? attribution = null;
            TimeReference? statedAt = null, describes = null;
            List<Evidence>? evidence = null;
            DenialTarget? denies = null;
            List<(int, string)>? sourceRefs = null;
            string? policyPath = null, policyShown = null, rangePath = null, quantityShown = null;
            var shown = new string?[Fields.Length];
            while (_r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = _r.Tokens.Shown;
                switch (index)
                {
                    case 0: id = _r.String(field, "id"); break;
                    case 1:
                        quantityShown = _r.Tokens.Shown;
                        quantity = JsonElementReaders.Key(_r, field, "quantity");
                        break;
                    case 2: figure = ReadFigure(field); break;
                    case 3:
                        policyPath = field;
                        policyShown = _r.Tokens.Shown;
                        policyName = _r.String(field, "policy");
                        break;
                    case 4:
                        rangePath = field;
                        range = _r.IsNull ? null : ReadRange(field);
                        break;
                    case 5: stance = _r.Enum<Stance>(field, "stance"); break;
                    case 6: attribution = ReadAttribution(field, out sourceRefs); break;
                    case 7: statedAt = _interning.Time(_r.Time(field)); break;
                    case 8: describes = _interning.Time(_r.Time(field)); break;
                    case 9: evidence = ReadEvidenceList(field); break;
                    case 10: note = _r.String(field, "note"); break;
                    default: denies = _r.IsNull ? null : ReadDenialTarget(field); break;
                }
            }

            references = new References(id, quantity?.ToString(), quantityShown, sourceRefs);
            JsonElementReaders.Require(_r, scope, shown, Fields, 0, 1, 5);
            var figureless = (!scope.Has(2) || shown[2] == "null") && denies is { IsOwnFigure: false };
            if ((!scope.Has(2) || shown[2] == "null") && !figureless)
            {
                _r.Add(path + ".figure", null, "figure is missing");
            }

            if (!scope.Has(6) || shown[6] == "null")
            {
                _r.Add(path + ".attribution", null, "attribution is missing: give at least the reporter's source id, as [\"kurdistan24\"]");
            }

            var policy = _policy(policyName ?? InterpretationPolicy.DefaultName);
            if (policy is null)
            {
                _r.Add(policyPath ?? path + ".policy", policyShown, $"policy \"{ProblemText.Shorten(policyName!)}\" is not defined in $.policies (built in: {InterpretationPolicy.DefaultName}); policies must come before the claims that name them");
            }

            if (_r.ProblemCount > before || id is null || quantity is null || (figure is null && !figureless) || policy is null || stance is null || attribution is null)
            {
                return null;
            }

            if (figureless && stance != Stance.Denies)
            {
                _r.Add(path + ".figure", null, $"figure is missing; only a claim with stance \"denies\" may omit it (stance is \"{JsonNames<Stance>.Name(stance.Value)}\")");
                return null;
            }

            var key = _interning.Key(quantity);
            var proofs = (IEnumerable<Evidence>?)evidence ?? NoEvidence;
            var claim = _r.Build(
                path,
                () => figure is null
                    ? Claim.Denying(id, key, attribution, denies!, statedAt, describes, proofs, note)
                    : new Claim(id, key, figure, attribution, stance.Value, statedAt, describes, proofs, policy, note, denies),
                JsonElementReaders.ShownBy(Fields, shown));
            if (claim is not null && range is not null && !claim.Range.Equals(range.Value))
            {
                _r.Add(
                    rangePath!,
                    range.Value.ToString(),
                    $"range {range.Value} does not match the figure \"{claim.Figure}\" under policy \"{policy.Name}\", which gives {claim.Range}; fix the figure or the policy, or omit range");
                return null;
            }

            return claim;
        }

        private static readonly Evidence[] NoEvidence = Array.Empty<Evidence>();

        private static readonly string[] FigureFields = { "hedge", "value", "upperValue", "wording", "range" };

        private HedgedFigure? ReadFigure(string path)
        {
            if (_r.IsNull)
            {
                return null;
            }

            if (!_r.BeginObject(path, FigureFields, out var scope))
            {
                return null;
            }

            var before = _r.ProblemCount;
            string? hedgeText = null, hedgeShown = null;
            decimal? value = null, upper = null;
            string? wording = null;
            NumericRange? range = null;
            var shown = new string?[FigureFields.Length];
            while (_r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = _r.Tokens.Shown;
                switch (index)
                {
                    case 0:
                        hedgeShown = _r.Tokens.Shown;
                        hedgeText = _r.String(field, "hedge");
                        break;
                    case 1: value = _r.Decimal(field); break;
                    case 2: upper = _r.Decimal(field); break;
                    case 3: wording = _r.String(field, "wording"); break;
                    default: range = _r.IsNull ? null : ReadRange(field); break;
                }
            }

            if (hedgeText is "range" or "vague")
            {
                return ReadRangeFigure(path, scope, shown, range, wording, hedgeText == "vague", before);
            }

            if (scope.Has(4) && shown[4] != "null")
            {
                _r.Add(path + ".range", shown[4], "range belongs to a figure with hedge \"range\" or \"vague\"; give value (and upperValue for \"between\") instead");
            }

            Hedge? hedge = null;
            if (hedgeText is not null)
            {
                if (JsonNames<Hedge>.TryParse(hedgeText, out var h))
                {
                    hedge = h;
                }
                else
                {
                    _r.Add(path + ".hedge", hedgeShown, HedgeText.UnknownMessage(ProblemText.Shorten(hedgeText)));
                }
            }

            JsonElementReaders.Require(_r, scope, shown, FigureFields, 0, 1);
            if (_r.ProblemCount > before || hedge is null || value is null)
            {
                return null;
            }

            return _r.Build(path, () => new HedgedFigure(hedge.Value, value.Value, upper, wording), JsonElementReaders.ShownBy(FigureFields, shown));
        }

        /// <summary>A figure that is a stated range or a vague amount: hedge, range and wording, no value.</summary>
        private HedgedFigure? ReadRangeFigure(string path, ObjectScope scope, string?[] shown, NumericRange? range, string? wording, bool vague, int before)
        {
            var hedge = vague ? "vague" : "range";
            foreach (var index in new[] { 1, 2 })
            {
                if (scope.Has(index))
                {
                    _r.Add($"{path}.{FigureFields[index]}", shown[index], $"{FigureFields[index]} is not given for hedge \"{hedge}\"; the range says it");
                }
            }

            if (!scope.Has(4) || shown[4] == "null")
            {
                _r.Add(path + ".range", null, $"range is missing; hedge \"{hedge}\" needs it");
            }

            if (_r.ProblemCount > before || range is null)
            {
                return null;
            }

            return _r.Build(path, () => vague ? HedgedFigure.Vague(range.Value, wording) : HedgedFigure.OfRange(range.Value, wording), JsonElementReaders.ShownBy(FigureFields, shown));
        }

        private static readonly string[] DenialFields = { "claims", "source", "direction" };

        /// <summary>Reads <c>{"claims": [...]}</c> or <c>{"source": "id"}</c> (or neither, for the claim's own figure), with an optional <c>"direction"</c>.</summary>
        private DenialTarget? ReadDenialTarget(string path)
        {
            if (!_r.BeginObject(path, DenialFields, out var scope))
            {
                return null;
            }

            var before = _r.ProblemCount;
            var direction = DenialDirection.None;
            string? source = null;
            List<string>? ids = null;
            var shown = new string?[DenialFields.Length];
            while (_r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = _r.Tokens.Shown;
                switch (index)
                {
                    case 0:
                        if (_r.IsNull)
                        {
                            break;
                        }

                        if (!_r.BeginArray(field, "claims must be an array of claim ids"))
                        {
                            break;
                        }

                        ids = new List<string>();
                        var i = -1;
                        while (_r.NextItem(field, ref i, out var itemPath))
                        {
                            if (_r.Tokens.TokenType != System.Text.Json.JsonTokenType.String)
                            {
                                _r.Add(itemPath, _r.Tokens.Shown, "a claim id must be a string");
                                _r.Tokens.Skip();
                            }
                            else if (_r.String(itemPath, "a claim id") is { } claimId)
                            {
                                ids.Add(claimId);
                            }
                        }

                        break;
                    case 1: source = _r.String(field, "source"); break;
                    default: direction = _r.IsNull ? DenialDirection.None : _r.Enum<DenialDirection>(field, "direction") ?? DenialDirection.None; break;
                }
            }

            if (source is not null && ids is not null)
            {
                _r.Add(path, "{...}", "give either claims or source, not both");
            }

            if (_r.ProblemCount > before)
            {
                return null;
            }

            return _r.Build(
                path,
                () => ids is not null ? DenialTarget.OfClaims(ids, direction) : source is not null ? DenialTarget.OfSource(source, direction) : DenialTarget.OwnFigure(direction),
                JsonElementReaders.ShownBy(DenialFields, shown));
        }

        private static readonly string[] RangeFields = { "lower", "lowerClosed", "upper", "upperClosed", "empty" };

        private NumericRange? ReadRange(string path)
        {
            if (!_r.BeginObject(path, RangeFields, out var scope))
            {
                return null;
            }

            var before = _r.ProblemCount;
            decimal? lower = null, upper = null;
            bool? lowerClosed = null, upperClosed = null, empty = null;
            var shown = new string?[RangeFields.Length];
            while (_r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = _r.Tokens.Shown;
                switch (index)
                {
                    case 0: lower = _r.Decimal(field); break;
                    case 2: upper = _r.Decimal(field); break;
                    case 1: lowerClosed = _r.IsNull ? null : _r.Boolean(field, "lowerClosed must be true or false when lower is given"); break;
                    case 3: upperClosed = _r.IsNull ? null : _r.Boolean(field, "upperClosed must be true or false when upper is given"); break;
                    default: empty = _r.IsNull ? null : _r.Boolean(field, "an empty range is written {\"empty\": true} and nothing else"); break;
                }
            }

            if (_r.ProblemCount > before)
            {
                return null;
            }

            if (scope.Has(4))
            {
                if (empty != true || scope.Seen != 1UL << 4)
                {
                    _r.Add(path + ".empty", shown[4], "an empty range is written {\"empty\": true} and nothing else");
                    return null;
                }

                return NumericRange.Empty;
            }

            var low = End(path, "lower", "lowerClosed", lower, lowerClosed, shown[1], shown[0]);
            var high = End(path, "upper", "upperClosed", upper, upperClosed, shown[3], shown[2]);
            if (low is null || high is null)
            {
                return null;
            }

            var built = _r.Build<object>(path, () => new NumericRange(low.Value, high.Value), JsonElementReaders.ShownBy(RangeFields, shown));
            return built is NumericRange r ? r : null;
        }

        private RangeBound? End(string path, string valueName, string closedName, decimal? value, bool? closed, string? closedShown, string? valueShown)
        {
            if (value is null)
            {
                if (closed is not null)
                {
                    _r.Add($"{path}.{closedName}", closedShown, $"{closedName} is given but {valueName} is not; an unbounded end has neither");
                    return null;
                }

                return RangeBound.Unbounded;
            }

            if (closed is null)
            {
                // A missing flag has no text of its own: name the end it belongs to, so the problem still shows a value.
                _r.Add($"{path}.{closedName}", closedShown ?? $"{valueName} {valueShown}", $"{closedName} must be true or false when {valueName} is given");
                return null;
            }

            return closed.Value ? RangeBound.Closed(value.Value) : RangeBound.Open(value.Value);
        }

        private static readonly string[] StepFields = { "cites", "speaksFor" };

        private AttributionChain? ReadAttribution(string path, out List<(int, string)>? references)
        {
            references = null;
            if (_r.IsNull)
            {
                return null;
            }

            if (!_r.BeginArray(path, "attribution must be a non-empty array: the reporter's id, then {\"cites\": id} or {\"speaksFor\": id} steps"))
            {
                return null;
            }

            var before = _r.ProblemCount;
            string? reporter = null;
            var steps = new List<AttributionStep>();
            references = new List<(int, string)>();
            var index = -1;
            while (_r.NextItem(path, ref index, out var itemPath))
            {
                if (index == 0)
                {
                    if (_r.Tokens.TokenType == System.Text.Json.JsonTokenType.String)
                    {
                        reporter = _r.String(itemPath, "the reporter's source id");
                        if (reporter is not null)
                        {
                            references.Add((0, reporter));
                        }
                    }
                    else
                    {
                        _r.Add(itemPath, _r.Tokens.Shown, "the first element must be the reporter's source id, a string");
                        _r.Tokens.Skip();
                    }

                    continue;
                }

                if (_r.Tokens.TokenType != System.Text.Json.JsonTokenType.StartObject)
                {
                    _r.Add(itemPath, _r.Tokens.Shown, "each step after the reporter must be {\"cites\": id} or {\"speaksFor\": id}");
                    _r.Tokens.Skip();
                    continue;
                }

                var scope = new ObjectScope(itemPath, StepFields);
                var count = 0;
                AttributionStep? step = null;
                while (_r.NextProperty(ref scope, out var relationIndex, out var field))
                {
                    count++;
                    var relation = relationIndex == 0 ? AttributionRelation.Cites : AttributionRelation.SpeaksFor;
                    if (_r.Tokens.TokenType != System.Text.Json.JsonTokenType.String)
                    {
                        _r.Add(field, _r.Tokens.Shown, "expected a source id string");
                        _r.Tokens.Skip();
                        continue;
                    }

                    var sourceId = _r.String(field, "the source id");
                    if (sourceId is not null)
                    {
                        references.Add((index, sourceId));
                        step = _r.Build(itemPath, () => new AttributionStep(relation, sourceId));
                    }
                }

                if (count != 1 && _r.ProblemCount == before)
                {
                    _r.Add(itemPath, "{...}", "each step after the reporter must be {\"cites\": id} or {\"speaksFor\": id}");
                }
                else if (step is not null)
                {
                    steps.Add(step);
                }
            }

            if (index < 0)
            {
                _r.Add(path, "[...]", "attribution must be a non-empty array: the reporter's id, then {\"cites\": id} or {\"speaksFor\": id} steps");
                return null;
            }

            return _r.ProblemCount > before || reporter is null ? null : _interning.Chain(reporter, steps, () => _r.Build(path, () => new AttributionChain(reporter, steps)));
        }

        private static readonly string[] EvidenceFields = { "url", "quote", "start", "end" };

        private List<Evidence>? ReadEvidenceList(string path)
        {
            var list = new List<Evidence>();
            if (_r.IsNull)
            {
                return list;
            }

            if (!_r.BeginArray(path, "evidence must be an array"))
            {
                return null;
            }

            var before = _r.ProblemCount;
            var index = -1;
            while (_r.NextItem(path, ref index, out var itemPath))
            {
                if (!_r.BeginObject(itemPath, EvidenceFields, out var scope))
                {
                    continue;
                }

                var itemBefore = _r.ProblemCount;
                Uri? url = null;
                string? quote = null;
                int? start = null, end = null;
                var shown = new string?[EvidenceFields.Length];
                while (_r.NextProperty(ref scope, out var field, out var fieldPath))
                {
                    shown[field] = _r.Tokens.Shown;
                    switch (field)
                    {
                        case 0:
                            var urlText = _r.String(fieldPath, "url");
                            if (urlText is not null && !Uri.TryCreate(urlText, UriKind.Absolute, out url))
                            {
                                _r.Add(fieldPath, _r.Tokens.Shown, $"\"{ProblemText.Shorten(urlText)}\" is not an absolute URL");
                            }

                            break;
                        case 1: quote = _r.String(fieldPath, "quote"); break;
                        case 2: start = _r.Int(fieldPath, "start"); break;
                        default: end = _r.Int(fieldPath, "end"); break;
                    }
                }

                if (_r.ProblemCount == itemBefore)
                {
                    var evidence = _r.Build(itemPath, () => new Evidence(url, quote, start, end), JsonElementReaders.ShownBy(EvidenceFields, shown));
                    if (evidence is not null)
                    {
                        list.Add(evidence);
                    }
                }
            }

            return _r.ProblemCount > before ? null : list;
        }
    }
}

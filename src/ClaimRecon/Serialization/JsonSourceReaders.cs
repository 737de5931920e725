using System.Globalization;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>Reads one element of <c>$.policies</c>.</summary>
    internal static class JsonPolicyReader
    {
        private static readonly string[] Fields = { "name", "approximateTolerance", "nearlyTolerance", "bareFigureTolerance" };

        public static InterpretationPolicy? Read(JsonFieldReader r, string path)
        {
            if (!r.BeginObject(path, Fields, out var scope))
            {
                return null;
            }

            var before = r.ProblemCount;
            string? name = null;
            decimal? approximate = null, nearly = null, bare = null;
            var shown = new string?[Fields.Length];
            while (r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = r.Tokens.Shown;
                switch (index)
                {
                    case 0: name = r.String(field, "name"); break;
                    case 1: approximate = r.Decimal(field); break;
                    case 2: nearly = r.Decimal(field); break;
                    default: bare = r.Decimal(field); break;
                }
            }

            JsonElementReaders.RequireAll(r, scope, shown);
            if (r.ProblemCount > before || name is null || approximate is null || nearly is null || bare is null)
            {
                return null;
            }

            return r.Build(path, () => new InterpretationPolicy(name, approximate.Value, nearly.Value, bare.Value), JsonElementReaders.ShownBy(Fields, shown));
        }
    }

    /// <summary>Reads one element of <c>$.sources</c>.</summary>
    internal static class JsonSourceReader
    {
        private static readonly string[] Fields = { "id", "name", "kind", "role", "priorReliability" };

        public static Source? Read(JsonFieldReader r, string path, out string? id)
        {
            id = null;
            if (!r.BeginObject(path, Fields, out var scope))
            {
                return null;
            }

            var before = r.ProblemCount;
            string? name = null, role = null;
            SourceKind? kind = null;
            decimal? reliability = null;
            var shown = new string?[Fields.Length];
            while (r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = r.Tokens.Shown;
                switch (index)
                {
                    case 0: id = r.String(field, "id"); break;
                    case 1: name = r.String(field, "name"); break;
                    case 2: kind = r.Enum<SourceKind>(field, "kind"); break;
                    case 3: role = r.String(field, "role"); break;
                    default: reliability = r.Decimal(field); break;
                }
            }

            JsonElementReaders.Require(r, scope, shown, Fields, 0, 1, 2);
            if (r.ProblemCount > before || id is null || name is null || kind is null)
            {
                return null;
            }

            // The writer writes the double's shortest round-trip text; parsing that text as a double gives the same double
            // back, whereas the decimal-to-double cast can be off by one unit in the last place.
            var sourceId = id;
            return r.Build(path, () => new Source(
                sourceId, name, kind.Value, role, reliability is null ? null : double.Parse(reliability.Value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
                JsonElementReaders.ShownBy(Fields, shown));
        }
    }

    /// <summary>Reads one element of <c>$.quantities</c>.</summary>
    internal static class JsonQuantityReader
    {
        private static readonly string[] Fields = { "key", "unit", "kind", "domain", "description" };

        public static Quantity? Read(JsonFieldReader r, string path, out string? canonicalKey)
        {
            canonicalKey = null;
            if (!r.BeginObject(path, Fields, out var scope))
            {
                return null;
            }

            var before = r.ProblemCount;
            QuantityKey? key = null;
            Unit? unit = null;
            QuantityKind? kind = null;
            ValueDomain? domain = null;
            string? description = null;
            var shown = new string?[Fields.Length];
            while (r.NextProperty(ref scope, out var index, out var field))
            {
                shown[index] = r.Tokens.Shown;
                switch (index)
                {
                    case 0:
                        key = JsonElementReaders.Key(r, field, "key");
                        canonicalKey = key?.ToString();
                        break;
                    case 1:
                        var unitText = r.String(field, "unit");
                        if (unitText is not null && !r.TryUnit(unitText, out unit, out var unitError))
                        {
                            r.Add(field, r.Tokens.Shown, unitError);
                        }

                        break;
                    case 2: kind = r.Enum<QuantityKind>(field, "kind"); break;
                    case 3: domain = r.Enum<ValueDomain>(field, "domain"); break;
                    default: description = r.String(field, "description"); break;
                }
            }

            JsonElementReaders.Require(r, scope, shown, Fields, 0, 1, 2, 3);
            if (r.ProblemCount > before || key is null || unit is null || kind is null || domain is null)
            {
                return null;
            }

            return r.Build(path, () => new Quantity(key, unit, kind.Value, domain.Value, description), JsonElementReaders.ShownBy(Fields, shown));
        }
    }
}

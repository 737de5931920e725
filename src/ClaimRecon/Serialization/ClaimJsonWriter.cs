using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using Newtonsoft.Json;

namespace ClaimRecon.Serialization
{
    /// <summary>Writes schema version 1 (docs/json-format.md).</summary>
    internal static class ClaimJsonWriter
    {
        private static readonly TimeReferenceJsonConverter TimeConverter = new();

        public static void Write(ClaimSet set, TextWriter text)
        {
            using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
            var serializer = JsonSerializer.CreateDefault();
            json.WriteStartObject();
            json.WritePropertyName("schemaVersion");
            json.WriteValue(ClaimJson.SchemaVersion);

            var policies = Policies(set);
            json.WritePropertyName("policies");
            json.WriteStartArray();
            foreach (var policy in policies)
            {
                WritePolicy(json, policy);
            }

            json.WriteEndArray();

            json.WritePropertyName("sources");
            json.WriteStartArray();
            foreach (var source in set.Sources)
            {
                WriteSource(json, source);
            }

            json.WriteEndArray();

            json.WritePropertyName("quantities");
            json.WriteStartArray();
            foreach (var quantity in set.Quantities)
            {
                WriteQuantity(json, quantity);
            }

            json.WriteEndArray();

            json.WritePropertyName("claims");
            json.WriteStartArray();
            foreach (var claim in set.Claims)
            {
                WriteClaim(json, claim, serializer);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
        }

        /// <summary>The policies the set's claims use, other than the built-in default, in first use order.</summary>
        public static List<InterpretationPolicy> Policies(ClaimSet set) =>
            set.Claims.Select(c => c.Policy).Where(p => p.Name != InterpretationPolicy.DefaultName).Distinct().ToList();

        public static void WritePolicy(JsonWriter json, InterpretationPolicy policy, bool keepScale = false)
        {
            json.WriteStartObject();
            Property(json, "name", policy.Name);
            Number(json, "approximateTolerance", policy.ApproximateTolerance, keepScale);
            Number(json, "nearlyTolerance", policy.NearlyTolerance, keepScale);
            Number(json, "bareFigureTolerance", policy.BareFigureTolerance, keepScale);
            json.WriteEndObject();
        }

        public static void WriteSource(JsonWriter json, Source source)
        {
            json.WriteStartObject();
            Property(json, "id", source.Id);
            Property(json, "name", source.Name);
            Property(json, "kind", JsonNames<SourceKind>.Name(source.Kind));
            Property(json, "role", source.Role);
            if (source.PriorReliability is { } reliability)
            {
                json.WritePropertyName("priorReliability");
                json.WriteValue(reliability);
            }

            json.WriteEndObject();
        }

        public static void WriteQuantity(JsonWriter json, Quantity quantity)
        {
            json.WriteStartObject();
            Property(json, "key", quantity.Key.ToString());
            Property(json, "unit", quantity.Unit.Symbol);
            Property(json, "kind", JsonNames<QuantityKind>.Name(quantity.Kind));
            Property(json, "domain", JsonNames<ValueDomain>.Name(quantity.Domain));
            Property(json, "description", quantity.Description);
            json.WriteEndObject();
        }

        public static void WriteClaim(JsonWriter json, Claim claim, JsonSerializer serializer, bool keepScale = false)
        {
            json.WriteStartObject();
            Property(json, "id", claim.Id);
            Property(json, "quantity", claim.Quantity.ToString());

            if (claim.Figure is { } figure)
            {
                json.WritePropertyName("figure");
                json.WriteStartObject();
                Property(json, "hedge", JsonNames<Hedge>.Name(figure.Hedge));
                if (figure.StatedRange is { } stated)
                {
                    json.WritePropertyName("range");
                    WriteRange(json, stated, keepScale);
                }
                else
                {
                    Number(json, "value", figure.Value, keepScale);
                    if (figure.UpperValue is { } upperValue)
                    {
                        Number(json, "upperValue", upperValue, keepScale);
                    }
                }

                Property(json, "wording", figure.Wording);
                json.WriteEndObject();
            }

            if (claim.Denies is { } denies && !(denies.IsOwnFigure && denies.Direction == DenialDirection.None))
            {
                json.WritePropertyName("denies");
                json.WriteStartObject();
                if (denies.SourceId is not null)
                {
                    Property(json, "source", denies.SourceId);
                }
                else if (denies.ClaimIds.Count > 0)
                {
                    json.WritePropertyName("claims");
                    json.WriteStartArray();
                    foreach (var deniedId in denies.ClaimIds)
                    {
                        json.WriteValue(deniedId);
                    }

                    json.WriteEndArray();
                }

                if (denies.Direction != DenialDirection.None)
                {
                    Property(json, "direction", JsonNames<DenialDirection>.Name(denies.Direction));
                }

                json.WriteEndObject();
            }

            Property(json, "policy", claim.Policy.Name);
            if (claim.Figure is not null)
            {
                json.WritePropertyName("range");
                WriteRange(json, claim.Range, keepScale);
            }

            Property(json, "stance", JsonNames<Stance>.Name(claim.Stance));

            json.WritePropertyName("attribution");
            json.WriteStartArray();
            json.WriteValue(claim.Attribution.Reporter);
            foreach (var step in claim.Attribution.Steps)
            {
                json.WriteStartObject();
                Property(json, step.Relation == AttributionRelation.Cites ? "cites" : "speaksFor", step.SourceId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteTime(json, "statedAt", claim.StatedAt, serializer);
            WriteTime(json, "describes", claim.Describes, serializer);

            if (claim.Evidence.Count > 0)
            {
                json.WritePropertyName("evidence");
                json.WriteStartArray();
                foreach (var evidence in claim.Evidence)
                {
                    json.WriteStartObject();
                    Property(json, "url", evidence.Url?.OriginalString);
                    Property(json, "quote", evidence.Quote);
                    if (evidence.Start is { } start && evidence.End is { } end)
                    {
                        json.WritePropertyName("start");
                        json.WriteValue(start);
                        json.WritePropertyName("end");
                        json.WriteValue(end);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            Property(json, "note", claim.Note);
            json.WriteEndObject();
        }

        private static void WriteRange(JsonWriter json, NumericRange range, bool keepScale)
        {
            json.WriteStartObject();
            if (range.IsEmpty)
            {
                json.WritePropertyName("empty");
                json.WriteValue(true);
            }
            else
            {
                WriteEnd(json, "lower", "lowerClosed", range.Lower, keepScale);
                WriteEnd(json, "upper", "upperClosed", range.Upper, keepScale);
            }

            json.WriteEndObject();
        }

        private static void WriteEnd(JsonWriter json, string valueName, string closedName, RangeBound bound, bool keepScale)
        {
            if (bound.IsUnbounded)
            {
                return;
            }

            Number(json, valueName, bound.Value, keepScale);
            json.WritePropertyName(closedName);
            json.WriteValue(bound.IsClosed);
        }

        private static void WriteTime(JsonWriter json, string name, TimeReference? time, JsonSerializer serializer)
        {
            if (time is null)
            {
                return;
            }

            json.WritePropertyName(name);
            TimeConverter.WriteJson(json, time, serializer);
        }

        private static void Property(JsonWriter json, string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            json.WritePropertyName(name);
            json.WriteValue(value);
        }

        /// <summary>Writes a number without exponent; trailing zeros are dropped unless <paramref name="keepScale"/> (for a copy that must read back digit for digit, as "5.0" is shown as written).</summary>
        private static void Number(JsonWriter json, string name, decimal value, bool keepScale = false)
        {
            json.WritePropertyName(name);
            json.WriteRawValue(keepScale ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : NumberText.Format(value));
        }
    }
}

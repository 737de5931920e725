using System;
using ClaimRecon.Time;
using Newtonsoft.Json;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Writes and reads a <see cref="TimeReference"/>: its ISO-8601 text (<c>2026-02-07</c>, <c>2026-01</c>,
    /// <c>2026-01-21/2026-01-31</c>, ...) or, when it has a label, <c>{"value": "...", "label": "..."}</c>.
    /// </summary>
    internal sealed class TimeReferenceJsonConverter : JsonConverter<TimeReference>
    {
        public override void WriteJson(JsonWriter writer, TimeReference? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
                return;
            }

            if (value.Label is null)
            {
                writer.WriteValue(value.ToString());
                return;
            }

            writer.WriteStartObject();
            writer.WritePropertyName("value");
            writer.WriteValue(value.ToString());
            writer.WritePropertyName("label");
            writer.WriteValue(value.Label);
            writer.WriteEndObject();
        }

        public override TimeReference? ReadJson(JsonReader reader, Type objectType, TimeReference? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }

            var path = reader.Path;
            var token = Newtonsoft.Json.Linq.JToken.ReadFrom(reader);
            var text = token.Type == Newtonsoft.Json.Linq.JTokenType.String ? (string?)token : (string?)token["value"];
            var label = token.Type == Newtonsoft.Json.Linq.JTokenType.Object ? (string?)token["label"] : null;
            return TimeReference.TryParse(text, label, out var time, out var error)
                ? time
                : throw new JsonSerializationException($"{path}: {error}");
        }
    }
}

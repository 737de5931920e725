using System;
using ClaimRecon.Time;
using Newtonsoft.Json;
using NodaTime;
using NodaTime.Text;

namespace ClaimRecon.Serialization
{
    /// <summary>Writes and reads a <see cref="LocalDate"/> as ISO-8601 text, <c>2026-02-07</c>.</summary>
    internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
    {
        public override void WriteJson(JsonWriter writer, LocalDate value, JsonSerializer serializer) =>
            writer.WriteValue(LocalDatePattern.Iso.Format(value));

        public override LocalDate ReadJson(JsonReader reader, Type objectType, LocalDate existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.String
                ? ParseOrThrow(LocalDatePattern.Iso.Parse((string)reader.Value!), reader)
                : throw new JsonSerializationException($"{reader.Path}: expected an ISO-8601 date string such as 2026-02-07, found {reader.TokenType}.");

        internal static T ParseOrThrow<T>(ParseResult<T> result, JsonReader reader) =>
            result.Success ? result.Value : throw new JsonSerializationException($"{reader.Path}: {result.Exception.Message}", result.Exception);
    }

    /// <summary>Writes and reads an <see cref="OffsetDateTime"/> as ISO-8601 text with its offset, <c>2026-02-07T11:00:00+03</c>.</summary>
    internal sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime>
    {
        public override void WriteJson(JsonWriter writer, OffsetDateTime value, JsonSerializer serializer) =>
            writer.WriteValue(OffsetDateTimePattern.ExtendedIso.Format(value));

        public override OffsetDateTime ReadJson(JsonReader reader, Type objectType, OffsetDateTime existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.String
                ? LocalDateJsonConverter.ParseOrThrow(OffsetDateTimePattern.ExtendedIso.Parse((string)reader.Value!), reader)
                : throw new JsonSerializationException($"{reader.Path}: expected an ISO-8601 date-time string with offset, found {reader.TokenType}.");
    }

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

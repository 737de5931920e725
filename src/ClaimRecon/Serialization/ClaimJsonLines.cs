using System.Globalization;
using System.IO;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using Newtonsoft.Json;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Claims as JSON Lines (docs/json-format.md#json-lines): one JSON object per line, a claim with the fields of the
    /// JSON format's claim, or a declaration <c>{"source": {...}}</c>, <c>{"quantity": {...}}</c>,
    /// <c>{"policy": {...}}</c> on a line before the claims that use it. Read one claim at a time with
    /// <see cref="ClaimReader.JsonLines(Stream)"/>.
    /// </summary>
    /// <remarks>
    /// Writing then reading gives an equal claim set (everything the JSON format holds survives). All members are
    /// thread-safe.
    /// </remarks>
    public static class ClaimJsonLines
    {
        /// <summary>Reads a claim set from a stream of UTF-8 JSON Lines, which is left open: <see cref="ClaimReader.JsonLines(Stream)"/> then <see cref="ClaimReader.ReadToEnd"/>.</summary>
        /// <param name="utf8">The stream.</param>
        /// <returns>The claim set, or every problem with its line, JSON path and value.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="utf8"/> is null.</exception>
        /// <exception cref="IOException">The stream cannot be read.</exception>
        public static ClaimReadResult Read(Stream utf8)
        {
            using var reader = ClaimReader.JsonLines(utf8);
            return reader.ReadToEnd();
        }

        /// <summary>Writes a claim set as JSON Lines: a line per policy other than the default, per source, per quantity, then per claim.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="writer">Where to write (LF line ends, no indentation); left open.</param>
        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
        public static void Write(ClaimSet set, TextWriter writer)
        {
            Preconditions.NotNull(set);
            Preconditions.NotNull(writer);
            var serializer = JsonSerializer.CreateDefault();
            foreach (var policy in ClaimJsonWriter.Policies(set))
            {
                Declaration(writer, "policy", json => ClaimJsonWriter.WritePolicy(json, policy));
            }

            foreach (var source in set.Sources)
            {
                Declaration(writer, "source", json => ClaimJsonWriter.WriteSource(json, source));
            }

            foreach (var quantity in set.Quantities)
            {
                Declaration(writer, "quantity", json => ClaimJsonWriter.WriteQuantity(json, quantity));
            }

            foreach (var claim in set.Claims)
            {
                using var json = Line(writer);
                ClaimJsonWriter.WriteClaim(json, claim, serializer);
                json.Flush();
                writer.Write('\n');
            }
        }

        /// <summary>Writes a claim set as JSON Lines text.</summary>
        /// <param name="set">The claim set.</param>
        /// <returns>The text.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="set"/> is null.</exception>
        public static string Write(ClaimSet set)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Write(set, writer);
            return writer.ToString();
        }

        private static JsonTextWriter Line(TextWriter writer) => new(writer) { Formatting = Formatting.None, CloseOutput = false };

        private static void Declaration(TextWriter writer, string name, System.Action<JsonWriter> write)
        {
            using var json = Line(writer);
            json.WriteStartObject();
            json.WritePropertyName(name);
            write(json);
            json.WriteEndObject();
            json.Flush();
            writer.Write('\n');
        }
    }
}

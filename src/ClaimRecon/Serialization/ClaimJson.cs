using System;
using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Internal;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads and writes claim sets in ClaimRecon's versioned JSON format (schema version <see cref="SchemaVersion"/>,
    /// described in docs/json-format.md).
    /// </summary>
    /// <remarks>
    /// <para>Writing then reading gives an equal claim set: sources, quantities, claims, policies, times at their
    /// precision, and evidence all survive. Numbers are written as JSON numbers with no exponent or trailing zeros, and read as <see cref="decimal"/>.</para>
    /// <para>Reading never throws for bad input: it returns a <see cref="ClaimReadResult"/> listing every problem (malformed
    /// JSON, unknown properties, bad values, missing references) with its JSON path and offending value. The input is read whole.</para>
    /// <para>All members are thread-safe.</para>
    /// </remarks>
    public static class ClaimJson
    {
        /// <summary>The schema version this library writes and reads.</summary>
        public const int SchemaVersion = 1;

        /// <summary>Reads a claim set from JSON text.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The claim set or every problem found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        public static ClaimReadResult Read(string json)
        {
            Preconditions.NotNull(json);
            using var reader = new StringReader(json);
            return ClaimJsonReader.Read(reader);
        }

        /// <summary>Reads a claim set from a text reader, which is left open.</summary>
        /// <param name="reader">The reader.</param>
        /// <returns>The claim set or every problem found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
        public static ClaimReadResult Read(TextReader reader) => ClaimJsonReader.Read(Preconditions.NotNull(reader));

        /// <summary>Reads a claim set from a UTF-8 JSON file.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>The claim set or every problem found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
        /// <exception cref="IOException">The file cannot be opened.</exception>
        public static ClaimReadResult ReadFile(string path)
        {
            Preconditions.NotNull(path);
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return ClaimJsonReader.Read(reader);
        }

        /// <summary>Writes a claim set as indented JSON text.</summary>
        /// <param name="set">The claim set.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
        public static string Write(ClaimSet set)
        {
            Preconditions.NotNull(set);
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            ClaimJsonWriter.Write(set, writer);
            return writer.ToString();
        }

        /// <summary>Writes a claim set as indented JSON to a text writer, which is left open.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static void Write(ClaimSet set, TextWriter writer) => ClaimJsonWriter.Write(Preconditions.NotNull(set), Preconditions.NotNull(writer));
    }
}

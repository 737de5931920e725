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
    /// JSON, unknown properties, bad values, missing references) with its JSON path and offending value.</para>
    /// <para>The JSON must be strict (RFC 8259): one object, no comments, no single quotes or unquoted names, nothing after
    /// it. It is read token by token without a document tree, so reading takes the memory of the claims read, not of
    /// the text. Numbers (JSON numbers or numbers written as strings) must be exactly what a <see cref="decimal"/> holds;
    /// nothing is rounded. Limits: nesting 64 deep, 16 MiB for one string or number; beyond them the input is reported
    /// as malformed. Policies must come before the claims that name them, as the writer writes them.</para>
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
            using var utf8 = new TextUtf8Stream(reader);
            return ClaimJsonReader.Read(utf8);
        }

        /// <summary>Reads a claim set from a text reader, which is left open.</summary>
        /// <param name="reader">The reader.</param>
        /// <returns>The claim set or every problem found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
        public static ClaimReadResult Read(TextReader reader)
        {
            using var utf8 = new TextUtf8Stream(Preconditions.NotNull(reader));
            return ClaimJsonReader.Read(utf8);
        }

        /// <summary>Reads a claim set from a stream of UTF-8 JSON (a leading byte order mark is allowed), which is left open.</summary>
        /// <param name="utf8">The stream.</param>
        /// <returns>The claim set or every problem found; bytes that are not UTF-8 are a problem, never replaced.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
        /// <exception cref="IOException">The stream cannot be read.</exception>
        public static ClaimReadResult Read(Stream utf8) => ClaimJsonReader.Read(Preconditions.NotNull(utf8));

        /// <summary>
        /// Reads a claim set from a stream of UTF-8 JSON without keeping its claims: each claim read without a problem is
        /// handed to <paramref name="onClaim"/> as it is read, so memory holds the sources, quantities, claim ids and
        /// denials, not the claims. The stream is left open.
        /// </summary>
        /// <param name="utf8">The stream.</param>
        /// <param name="onClaim">Called with each claim, in file order.</param>
        /// <returns>
        /// The sources and quantities as a claim set with no claims, or every problem found. A claim handed on may belong
        /// to a document found bad later (a repeated id, a missing reference): trust the claims only when the result
        /// succeeds. The checks are those of <see cref="Read(Stream)"/>.
        /// </returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="IOException">The stream cannot be read.</exception>
        public static ClaimReadResult Read(Stream utf8, Action<Claim> onClaim) =>
            ClaimJsonReader.Read(Preconditions.NotNull(utf8), Preconditions.NotNull(onClaim));

        /// <summary>Reads a claim set from a JSON file: UTF-8 (with or without a byte order mark), or UTF-16 with its byte order mark.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>The claim set or every problem found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
        /// <exception cref="IOException">The file cannot be opened.</exception>
        public static ClaimReadResult ReadFile(string path)
        {
            Preconditions.NotNull(path);
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var first = new byte[2];
            var count = file.Read(first, 0, 2);
            file.Position = 0;
            if (count == 2 && ((first[0] == 0xFF && first[1] == 0xFE) || (first[0] == 0xFE && first[1] == 0xFF)))
            {
                using var text = new StreamReader(file, Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
                using var utf8 = new TextUtf8Stream(text);
                return ClaimJsonReader.Read(utf8);
            }

            return ClaimJsonReader.Read(file);
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

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Claims as CSV, one claim per row, with the columns of docs/claimrecon-tool.md; <c>#source</c> and
    /// <c>#quantity</c> lines declare sources and quantities. Read with <see cref="ClaimReader.Csv(TextReader)"/>.
    /// </summary>
    /// <remarks>
    /// CSV holds less than the JSON format: one evidence item without offsets, no source reliability, no time labels and
    /// only the default interpretation policy. <see cref="Write(ClaimSet, TextWriter)"/> refuses a set that uses any of
    /// these (or text CSV would change: leading or trailing white space, which cells lose), naming the claim, source or
    /// quantity and the field, so what it writes reads back equal. All members are thread-safe.
    /// </remarks>
    public static class ClaimCsv
    {
        private static readonly string[] ColumnArray = CsvHeader.Columns.ToArray();
        private static readonly char[] Special = { ',', '"', '\r', '\n' };

        /// <summary>Gets the columns a header may name, in the order <see cref="Write(ClaimSet, TextWriter)"/> writes them.</summary>
        public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(ColumnArray);

        /// <summary>Reads a claim set from CSV text, which is left open: <see cref="ClaimReader.Csv(TextReader)"/> then <see cref="ClaimReader.ReadToEnd"/>.</summary>
        /// <param name="reader">The text.</param>
        /// <returns>The claim set, or every problem with its line, column and value.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
        public static ClaimReadResult Read(TextReader reader)
        {
            using var claims = ClaimReader.Csv(reader);
            return claims.ReadToEnd();
        }

        /// <summary>Writes a claim set as CSV: <c>#source</c> lines, <c>#quantity</c> lines, the header with every column, then one row per claim.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="writer">Where to write; left open.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The set holds what CSV cannot (see the remarks); the message names the item and field. Nothing is written then.</exception>
        public static void Write(ClaimSet set, TextWriter writer)
        {
            Preconditions.NotNull(set);
            Preconditions.NotNull(writer);
            Check(set, nameof(set));
            foreach (var source in set.Sources)
            {
                Line(writer, "#source", source.Id, source.Name, JsonNames<SourceKind>.Name(source.Kind), source.Role);
            }

            foreach (var quantity in set.Quantities)
            {
                Line(writer, "#quantity", quantity.Key.ToString(), quantity.Unit.ToString(), JsonNames<QuantityKind>.Name(quantity.Kind), JsonNames<ValueDomain>.Name(quantity.Domain), quantity.Description);
            }

            Line(writer, ColumnArray);
            var cells = new string?[ColumnArray.Length];
            foreach (var claim in set.Claims)
            {
                Row(claim, cells);
                Line(writer, cells);
            }
        }

        /// <summary>Writes a claim set as CSV text.</summary>
        /// <param name="set">The claim set.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
        /// <exception cref="ArgumentException">The set holds what CSV cannot.</exception>
        public static string Write(ClaimSet set)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Write(set, writer);
            return writer.ToString();
        }

        private static void Row(Claim claim, string?[] cells)
        {
            Array.Clear(cells, 0, cells.Length);
            cells[0] = claim.Id;
            cells[1] = claim.Quantity.ToString();
            if (claim.Figure is { } figure)
            {
                cells[5] = JsonNames<Hedge>.Name(figure.Hedge);
                cells[6] = figure.StatedRange is { } stated ? stated.ToString() : figure.Value.ToString(CultureInfo.InvariantCulture);
                cells[7] = figure.UpperValue?.ToString(CultureInfo.InvariantCulture);
                cells[8] = figure.Wording;
            }

            cells[9] = JsonNames<Stance>.Name(claim.Stance);
            cells[10] = string.Join(">", new[] { claim.Attribution.Reporter }.Concat(claim.Attribution.Steps.Select(
                s => (s.Relation == AttributionRelation.Cites ? "cites:" : "speaksFor:") + s.SourceId)));
            cells[11] = claim.StatedAt?.ToString();
            cells[12] = claim.Describes?.ToString();
            if (claim.Evidence.Count == 1)
            {
                cells[13] = claim.Evidence[0].Quote;
                cells[14] = claim.Evidence[0].Url?.OriginalString;
            }

            cells[15] = claim.Note;
            if (claim.Denies is { } denies)
            {
                cells[16] = denies.SourceId is { } source ? "source:" + source : denies.ClaimIds.Count > 0 ? string.Join(";", denies.ClaimIds) : null;
                cells[17] = denies.Direction == DenialDirection.None ? null : JsonNames<DenialDirection>.Name(denies.Direction);
            }
        }

        private static void Line(TextWriter writer, params string?[] cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var cell = cells[i];
                if (cell is null)
                {
                    continue;
                }

                if (cell.IndexOfAny(Special) < 0)
                {
                    writer.Write(cell);
                }
                else
                {
                    writer.Write('"');
                    writer.Write(cell.Replace("\"", "\"\""));
                    writer.Write('"');
                }
            }

            writer.Write('\n');
        }

        /// <summary>Refuses what CSV cannot hold, before anything is written.</summary>
        private static void Check(ClaimSet set, string argument)
        {
            foreach (var source in set.Sources)
            {
                if (source.PriorReliability is not null)
                {
                    Refuse(argument, $"source \"{source.Id}\" has a prior reliability, which CSV has no column for");
                }

                Text(argument, "source \"" + source.Id + "\"", "id", source.Id);
                Text(argument, "source \"" + source.Id + "\"", "name", source.Name);
                Text(argument, "source \"" + source.Id + "\"", "role", source.Role);
            }

            foreach (var quantity in set.Quantities)
            {
                Text(argument, "quantity \"" + quantity.Key + "\"", "description", quantity.Description);
            }

            foreach (var claim in set.Claims)
            {
                var what = "claim \"" + claim.Id + "\"";
                Text(argument, what, "id", claim.Id);
                Text(argument, what, "note", claim.Note);
                Text(argument, what, "wording", claim.Figure?.Wording);
                if (claim.Id.StartsWith("#", StringComparison.Ordinal))
                {
                    Refuse(argument, $"{what} has an id starting with #, which CSV reads as a directive or comment line");
                }

                if (!ReferenceEquals(claim.Policy, InterpretationPolicy.Default) && !claim.Policy.Equals(InterpretationPolicy.Default))
                {
                    Refuse(argument, $"{what} uses policy \"{claim.Policy.Name}\"; CSV claims always use the default policy");
                }

                if (claim.Evidence.Count > 1 || claim.Evidence.Any(e => e.Start is not null))
                {
                    Refuse(argument, $"{what} has {(claim.Evidence.Count > 1 ? claim.Evidence.Count + " evidence items" : "evidence with offsets")}; CSV holds one url and quote without offsets");
                }

                Text(argument, what, "quote", claim.Evidence.Count == 1 ? claim.Evidence[0].Quote : null);
                foreach (var (field, time) in new[] { ("statedAt", claim.StatedAt), ("describes", claim.Describes) })
                {
                    if (time?.Label is not null)
                    {
                        Refuse(argument, $"{what} has a {field} label \"{time.Label}\", which CSV has no column for");
                    }
                }

                if (claim.Denies is { } denies && denies.ClaimIds.Any(id => id.IndexOf(';') >= 0 || (denies.ClaimIds.Count == 1 && id.StartsWith("source:", StringComparison.Ordinal))))
                {
                    Refuse(argument, $"{what} denies a claim whose id holds \";\" or starts with \"source:\", which the denies column reads differently");
                }

                foreach (var id in claim.Attribution.SourceIds)
                {
                    if (id.IndexOf('>') >= 0)
                    {
                        Refuse(argument, $"{what} names source \"{id}\", whose id holds \">\", the separator of the attribution column");
                    }
                }
            }
        }

        private static void Text(string argument, string what, string field, string? text)
        {
            if (text is not null && text.Trim().Length != text.Length)
            {
                Refuse(argument, $"{what} has a {field} that starts or ends with white space, which CSV cells lose: \"{ProblemText.Shorten(text)}\"");
            }
        }

        private static void Refuse(string argument, string message) => throw new ArgumentException("CSV cannot hold this claim set: " + message + ".", argument);
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Internal;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The header of a claims CSV file: which field holds which column. Reads the first line that is not a <c>#</c> line;
    /// unknown columns are problems (their cells are ignored), a repeated or missing required column makes the rows
    /// unreadable.
    /// </summary>
    /// <remarks>Immutable once read.</remarks>
    internal sealed class CsvHeader
    {
        /// <summary>The columns a header may name, in the order the writer writes them.</summary>
        public static readonly string[] Columns =
        {
            "id", "quantity", "unit", "kind", "domain", "hedge", "value", "upperValue", "wording", "stance", "attribution",
            "statedAt", "describes", "quote", "url", "note", "denies", "direction",
        };

        private static readonly string[] RequiredColumns = { "id", "quantity", "value", "attribution" };

        private static readonly Dictionary<string, string> KnownColumns = Index();

        private readonly Dictionary<string, int> _indexes;
        private readonly string?[] _names;

        private CsvHeader(int line, Dictionary<string, int> indexes, string?[] names, bool usable)
        {
            Line = line;
            _indexes = indexes;
            _names = names;
            Usable = usable;
        }

        /// <summary>Gets the line of the header.</summary>
        public int Line { get; }

        /// <summary>Gets the number of fields every row must have.</summary>
        public int FieldCount => _names.Length;

        /// <summary>Gets a value indicating whether rows can be read against this header (no required column is missing or repeated).</summary>
        public bool Usable { get; }

        /// <summary>Reads a header record, adding its problems.</summary>
        public static CsvHeader Read(CsvRecord record, List<ValidationProblem> problems)
        {
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new string?[record.Fields.Count];
            var usable = true;
            for (var i = 0; i < record.Fields.Count; i++)
            {
                var name = record.Fields[i].Trim();
                if (!KnownColumns.TryGetValue(name, out var known))
                {
                    problems.Add(ValidationProblem.InCsv(record.Line, null, ProblemText.Json(name),
                        $"header field {i + 1} is not a known column; the columns are {string.Join(", ", Columns)}"));
                }
                else if (!Dictionaries.TryAdd(indexes, known, i))
                {
                    problems.Add(ValidationProblem.InCsv(record.Line, null, ProblemText.Json(name), $"header field {i + 1} repeats the column \"{known}\""));
                    usable = false;
                }
                else
                {
                    names[i] = known;
                }
            }

            foreach (var required in RequiredColumns)
            {
                if (!indexes.ContainsKey(required))
                {
                    problems.Add(ValidationProblem.InCsv(record.Line, null, null, $"the header has no \"{required}\" column, which every claim needs"));
                    usable = false;
                }
            }

            return new CsvHeader(record.Line, indexes, names, usable);
        }

        /// <summary>Returns the known column at a field index, or null for an unknown column or an index past the header.</summary>
        public string? NameAt(int index) => index < _names.Length ? _names[index] : null;

        /// <summary>Returns the trimmed cell of a column in a record, or empty when the header has no such column.</summary>
        public string Cell(CsvRecord record, string column) => _indexes.TryGetValue(column, out var i) ? record.Fields[i].Trim() : string.Empty;

        private static Dictionary<string, string> Index()
        {
            var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in Columns)
            {
                index.Add(column, column);
            }

            return index;
        }
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Internal;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>Reading claims from rows of cells: a database query, a data frame, a spreadsheet.</summary>
    public sealed partial class ClaimReader
    {
        /// <summary>
        /// Creates a reader of claims from rows of text cells that hold the columns of the claims CSV format
        /// (docs/claimrecon-tool.md: <c>id</c>, <c>quantity</c>, <c>value</c>, <c>attribution</c>, and any of the others),
        /// read exactly as that CSV would be, one row at a time. For an adapter over a database query, a data frame or a
        /// spreadsheet: write each cell as the CSV format writes it (figures as plain decimal digits, dates as
        /// <c>2026-02-07</c>); a null cell is an empty one.
        /// </summary>
        /// <param name="columns">The column names, in the order of each row's cells (case-insensitive; unknown or repeated names are problems, as in a CSV header).</param>
        /// <param name="rows">The rows, enumerated lazily as claims are read (once); each must have as many cells as there are columns, or it is a problem.</param>
        /// <param name="sources">Sources to declare before the rows (their names, kinds and roles); ids the rows name but this does not declare are named by their id, as in CSV. Null: none.</param>
        /// <returns>The reader; disposing it disposes the rows' enumerator.</returns>
        /// <remarks>
        /// <para><b>Where problems are.</b> A problem's <see cref="Claims.ValidationProblem.Line"/> is the line of the CSV the rows would make:
        /// the column names are line 1, the first row line 2. Its <see cref="Claims.ValidationProblem.Column"/> names the column.</para>
        /// <para>No cell is read as a <c>#</c> line: a row whose first cell starts with <c>#</c> is a row like any other.</para>
        /// <para>A row given as null makes <see cref="Read"/> throw <see cref="InvalidOperationException"/> naming the row.</para>
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="columns"/>, <paramref name="rows"/>, a column name or a source is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="sources"/> declares one id twice; the message names it.</exception>
        public static ClaimReader Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows, IEnumerable<Source>? sources = null)
        {
            Preconditions.NotNull(columns);
            Preconditions.NotNull(rows);
            var names = new string[columns.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = columns[i] ?? throw new ArgumentNullException(nameof(columns), $"column {i + 1} has no name (null).");
            }

            var declared = new List<Source>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in sources ?? Array.Empty<Source>())
            {
                if (source is null)
                {
                    throw new ArgumentNullException(nameof(sources), $"source {declared.Count + 1} is null.");
                }

                if (!ids.Add(source.Id))
                {
                    throw new ArgumentException($"sources declares the id \"{source.Id}\" twice.", nameof(sources));
                }

                declared.Add(source);
            }

            var records = new TableRecords(names, rows);
            return new ClaimReader(new CsvClaimSource(records, declared), records);
        }
    }
}

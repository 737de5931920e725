using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using DuckDB.NET.Data;

namespace ClaimRecon.DuckDb
{
    /// <summary>
    /// Reads claims at scale through DuckDB: from Parquet files, sorted by quantity for
    /// <see cref="ClaimReader.ReadByQuantity"/>, or from any query. Rows hold the columns of the claims CSV format
    /// (docs/claimrecon-tool.md) and are checked exactly as that CSV would be (<see cref="ClaimReader.Table"/>): every
    /// problem keeps its row (as a line: the column names are line 1, the first row line 2), column and value.
    /// </summary>
    /// <remarks>
    /// <para>The result streams: the reader holds one row, DuckDB what its query needs (a sort spills to disk past
    /// DuckDB's memory limit). Cells are written as the CSV format writes them (<c>VARCHAR</c> as it is, integers and
    /// <c>DECIMAL</c> in full, <c>DOUBLE</c> in its shortest round-trip form, <c>DATE</c> as <c>2026-02-07</c>,
    /// <c>TIMESTAMPTZ</c> as its UTC instant); a column of any other type is refused when the query opens, naming it.</para>
    /// <para>Each reader is used by one thread; dispose it to close the query (and the connection it opened).</para>
    /// </remarks>
    public static class DuckDbClaims
    {
        private static readonly char[] GlobCharacters = { '*', '?', '[' };

        /// <summary>
        /// Opens Parquet files of claims sorted by quantity, ready for <see cref="ClaimReader.ReadByQuantity"/>: each
        /// quantity's claims come together, in file order (by file name, then row), whatever their order in the files.
        /// </summary>
        /// <param name="path">A Parquet file, or a DuckDB glob of several (<c>claims/*.parquet</c>).</param>
        /// <param name="options">Sources to declare and DuckDB's memory limit; null for <see cref="DuckDbReadOptions.Default"/>.</param>
        /// <returns>The reader; dispose it to close the query and its in-memory DuckDB database.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
        /// <exception cref="FileNotFoundException"><paramref name="path"/> names no glob and no file exists there.</exception>
        /// <exception cref="InvalidDataException">DuckDB cannot read the files as a table with a <c>quantity</c> column (the message names the path and gives DuckDB's reason), or a column's type has no text form in the claims format (the message names the column).</exception>
        /// <exception cref="ArgumentException">The options declare one source id twice, or DuckDB refuses their memory limit or temporary directory (the message names the option and its value).</exception>
        public static ClaimReader ReadParquet(string path, DuckDbReadOptions? options = null)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (path.IndexOfAny(GlobCharacters) < 0 && !File.Exists(path))
            {
                throw new FileNotFoundException($"there is no Parquet file \"{path}\".", path);
            }

            var literal = "'" + path.Replace("'", "''") + "'";
            var sql = "SELECT * EXCLUDE (filename, file_row_number) FROM read_parquet(" + literal
                + ", filename = true, file_row_number = true) ORDER BY quantity, filename, file_row_number";
            options ??= DuckDbReadOptions.Default;
            var connection = new DuckDBConnection("Data Source=:memory:");
            try
            {
                connection.Open();
                foreach (var (setting, option, value) in new[] { ("memory_limit", nameof(DuckDbReadOptions.MemoryLimit), options.MemoryLimit), ("temp_directory", nameof(DuckDbReadOptions.TemporaryDirectory), options.TemporaryDirectory) })
                {
                    if (Set(connection, setting, value) is { } refused)
                    {
                        throw new ArgumentException($"DuckDB refuses {option} \"{value}\": {refused.Message}", nameof(options), refused);
                    }
                }

                return Open(connection, sql, options.Sources, ownsConnection: true, path);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Runs a query whose rows hold claims in the columns of the claims CSV format and reads them one row at a
        /// time. For <see cref="ClaimReader.ReadByQuantity"/>, order the rows by quantity (<c>ORDER BY quantity</c>).
        /// </summary>
        /// <param name="connection">An open connection; it stays open when the reader is disposed.</param>
        /// <param name="sql">The query (<c>SELECT * FROM 'claims.csv' ORDER BY quantity</c>).</param>
        /// <param name="sources">Sources to declare before the rows. Null: none.</param>
        /// <returns>The reader; dispose it to close the query.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="connection"/> or <paramref name="sql"/> is null.</exception>
        /// <exception cref="ArgumentException">The connection is not open, or <paramref name="sources"/> declares one id twice.</exception>
        /// <exception cref="InvalidDataException">DuckDB cannot run the query (the message gives DuckDB's reason), or a column's type has no text form in the claims format (the message names the column).</exception>
        public static ClaimReader Query(DuckDBConnection connection, string sql, IEnumerable<Source>? sources = null)
        {
            if (connection is null)
            {
                throw new ArgumentNullException(nameof(connection));
            }

            if (sql is null)
            {
                throw new ArgumentNullException(nameof(sql));
            }

            if (connection.State != ConnectionState.Open)
            {
                throw new ArgumentException($"the connection is {connection.State}; open it first.", nameof(connection));
            }

            return Open(connection, sql, sources, ownsConnection: false, null);
        }

        /// <summary>Sets a DuckDB setting when a value is given; returns DuckDB's refusal, or null.</summary>
        private static DuckDBException? Set(DuckDBConnection connection, string setting, string? value)
        {
            if (value is null)
            {
                return null;
            }

            using var command = connection.CreateCommand();
            command.CommandText = "SET " + setting + " = '" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
            try
            {
                command.ExecuteNonQuery();
                return null;
            }
            catch (DuckDBException e)
            {
                return e;
            }
        }

        private static ClaimReader Open(DuckDBConnection connection, string sql, IEnumerable<Source>? sources, bool ownsConnection, string? path)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.UseStreamingMode = true;
            DuckDBDataReader result;
            try
            {
                result = (DuckDBDataReader)command.ExecuteReader();
            }
            catch (DuckDBException e)
            {
                command.Dispose();
                throw new InvalidDataException(path is null ? $"DuckDB cannot run the query: {e.Message}" : $"\"{path}\" cannot be read as claims: {e.Message}", e);
            }

            var rows = ownsConnection ? new QueryRows(result, command, connection) : new QueryRows(result, command);
            try
            {
                return ClaimReader.Table(rows.Columns, rows, sources);
            }
            catch
            {
                rows.Dispose();
                throw;
            }
        }
    }
}

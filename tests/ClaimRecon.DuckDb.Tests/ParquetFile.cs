using System;
using System.IO;
using DuckDB.NET.Data;

namespace ClaimRecon.DuckDb.Tests
{
    /// <summary>A Parquet file written by DuckDB from a query, in a folder of its own that is deleted on dispose.</summary>
    internal sealed class ParquetFile : IDisposable
    {
        private readonly string _folder;

        public ParquetFile(string select)
        {
            _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimrecon-duckdb-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            Path = System.IO.Path.Combine(_folder, "claims.parquet");
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "COPY (" + select + ") TO '" + Path + "' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        public string Path { get; }

        public string Folder => _folder;

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}

using System;
using System.Collections.Generic;
using ClaimRecon.Sources;

namespace ClaimRecon.DuckDb
{
    /// <summary>How <see cref="DuckDbClaims.ReadParquet(string, DuckDbReadOptions?)"/> reads: sources to declare, and the memory its in-memory DuckDB database may use.</summary>
    /// <remarks>Immutable and thread-safe. <see cref="Default"/> declares no source and leaves DuckDB's own limits (80% of the machine's memory).</remarks>
    public sealed class DuckDbReadOptions
    {
        /// <summary>Gets the options that declare no source and leave DuckDB's memory limit as it is.</summary>
        public static DuckDbReadOptions Default { get; } = new();

        /// <summary>Gets the sources to declare before the rows (names, kinds, roles); ids the rows name but this does not declare are named by their id.</summary>
        public IReadOnlyList<Source> Sources { get; init; } = Array.Empty<Source>();

        /// <summary>
        /// Gets the most memory DuckDB may use for the query, in DuckDB's notation (<c>"500MB"</c>, <c>"2GB"</c>), or null
        /// for DuckDB's default. Past it, the sort by quantity spills to <see cref="TemporaryDirectory"/>.
        /// </summary>
        public string? MemoryLimit { get; init; }

        /// <summary>Gets the folder DuckDB spills to past <see cref="MemoryLimit"/>, or null for DuckDB's default (<c>.tmp</c> in the working directory).</summary>
        public string? TemporaryDirectory { get; init; }
    }
}

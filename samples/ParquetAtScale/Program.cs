// Reconciles a Parquet file of claims one quantity at a time, in bounded memory, and says how fast and how big it ran.
//   dotnet run -c Release --project samples/ParquetAtScale -- [claims.parquet] [--generate N] [--memory-limit 500MB] [--max-peak-mb M]
// With --generate N (and a path), first writes N generated claims there: 100 claims per quantity, figures from five
// outlets with hedges, stored in an order that interleaves the quantities, so the reader has to sort them; the run then
// fails (exit 1) unless every generated claim and quantity came back with no problem. With --memory-limit, DuckDB's sort
// spills to disk past that much memory. With --max-peak-mb, the run fails when the process's peak working set is larger.
using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ClaimRecon.DuckDb;
using ClaimRecon.Reporting;
using DuckDB.NET.Data;

var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "claimrecon-sample-claims.parquet");
var generate = Array.IndexOf(args, "--generate") is var at and >= 0 && at + 1 < args.Length
    ? long.Parse(args[at + 1], CultureInfo.InvariantCulture)
    : File.Exists(path) ? 0 : 100_000;
var memoryLimit = Array.IndexOf(args, "--memory-limit") is var m and >= 0 && m + 1 < args.Length ? args[m + 1] : null;
var maxPeak = Array.IndexOf(args, "--max-peak-mb") is var p and >= 0 && p + 1 < args.Length ? long.Parse(args[p + 1], CultureInfo.InvariantCulture) : (long?)null;
var failed = false;

if (generate > 0)
{
    var watch = Stopwatch.StartNew();
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    var quantities = Math.Max(1, generate / 100);
    command.CommandText = $"""
        COPY (
          SELECT 'c' || i AS id,
                 'region' || (i % {quantities}) || '/displaced' AS quantity,
                 'person' AS unit,
                 'cumulative' AS kind,
                 ['none', 'about', 'moreThan', 'nearly', 'atLeast'][1 + (i // {quantities}) % 5] AS hedge,
                 (10000 + ((i * 7919) % 2000))::DECIMAL(12,0) AS value,
                 'outlet' || ((i // {quantities}) % 5) || '>cites:official' || (i % 3) AS attribution,
                 '2026-03-' || lpad(CAST(1 + (i // {quantities}) % 2 AS VARCHAR), 2, '0') AS statedAt
          FROM range({generate}) r(i)
        ) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)
        """;
    command.ExecuteNonQuery();
    Console.WriteLine($"wrote {generate:N0} claims to {path} ({new FileInfo(path).Length / 1e6:N1} MB) in {watch.Elapsed.TotalSeconds:N1} s");
}

var timer = Stopwatch.StartNew();
long sets = 0, findings = 0;
using (var reader = DuckDbClaims.ReadParquet(path, new DuckDbReadOptions { MemoryLimit = memoryLimit, TemporaryDirectory = memoryLimit is null ? null : Path.Combine(Path.GetTempPath(), "claimrecon-sample-spill") }))
{
    foreach (var set in reader.ReadByQuantity())
    {
        var report = ReconciliationReport.Create(set);
        sets++;
        findings += report.Contradictions.Findings.Count;
    }

    foreach (var problem in reader.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    var seconds = timer.Elapsed.TotalSeconds;
    Console.WriteLine($"reconciled {reader.ClaimCount:N0} claims of {sets:N0} quantities in {seconds:N1} s: {reader.ClaimCount / seconds:N0} claims/s, {findings:N0} findings, {reader.Problems.Count:N0} problems");
    if (generate > 0 && (reader.ClaimCount != generate || sets != Math.Max(1, generate / 100) || reader.Problems.Count > 0))
    {
        Console.Error.WriteLine($"FAILED: generated {generate:N0} claims of {Math.Max(1, generate / 100):N0} quantities, read {reader.ClaimCount:N0} claims of {sets:N0} quantities with {reader.Problems.Count:N0} problems");
        failed = true;
    }
}

using var self = Process.GetCurrentProcess();
var peakMb = self.PeakWorkingSet64 / 1_000_000;
Console.WriteLine($"peak working set {peakMb:N0} MB");
if (peakMb > maxPeak)
{
    Console.Error.WriteLine($"FAILED: peak working set {peakMb:N0} MB is over --max-peak-mb {maxPeak:N0}");
    failed = true;
}

return failed ? 1 : 0;

using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// A second ratio column: each case's mean time over the mean of another named case with the same parameters, so a
    /// report can give ratios to two baselines measured in the same run.
    /// </summary>
    public sealed class RatioToCaseColumn : IColumn
    {
        private readonly string _method;

        /// <summary>Creates the column.</summary>
        /// <param name="method">The benchmark method whose mean is the denominator.</param>
        /// <param name="name">The column header.</param>
        public RatioToCaseColumn(string method, string name)
        {
            _method = method;
            ColumnName = name;
        }

        /// <inheritdoc />
        public string Id => nameof(RatioToCaseColumn) + "." + _method;

        /// <inheritdoc />
        public string ColumnName { get; }

        /// <inheritdoc />
        public bool AlwaysShow => true;

        /// <inheritdoc />
        public ColumnCategory Category => ColumnCategory.Custom;

        /// <inheritdoc />
        public int PriorityInCategory => 0;

        /// <inheritdoc />
        public bool IsNumeric => true;

        /// <inheritdoc />
        public UnitType UnitType => UnitType.Dimensionless;

        /// <inheritdoc />
        public string Legend => $"Mean time over the mean time of {_method} with the same parameters";

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var own = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var reference = summary.BenchmarksCases.FirstOrDefault(b =>
                b.Descriptor.WorkloadMethod.Name == _method && b.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
            var denominator = reference is null ? null : summary[reference]?.ResultStatistics?.Mean;
            return own is double o && denominator is double d && d > 0
                ? (o / d).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
                : "NA";
        }

        /// <inheritdoc />
        public bool IsAvailable(Summary summary) => true;

        /// <inheritdoc />
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        /// <inheritdoc />
        public override string ToString() => ColumnName;
    }

    /// <summary>Allocated bytes per operation divided by an integer parameter of the case (such as the number of claims).</summary>
    public sealed class AllocatedPerClaimColumn : IColumn
    {
        private readonly string _parameter;

        /// <summary>Creates the column.</summary>
        /// <param name="parameter">The name of the parameter that counts the items.</param>
        public AllocatedPerClaimColumn(string parameter) => _parameter = parameter;

        /// <inheritdoc />
        public string Id => nameof(AllocatedPerClaimColumn) + "." + _parameter;

        /// <inheritdoc />
        public string ColumnName => "B/claim";

        /// <inheritdoc />
        public bool AlwaysShow => true;

        /// <inheritdoc />
        public ColumnCategory Category => ColumnCategory.Custom;

        /// <inheritdoc />
        public int PriorityInCategory => 1;

        /// <inheritdoc />
        public bool IsNumeric => true;

        /// <inheritdoc />
        public UnitType UnitType => UnitType.Dimensionless;

        /// <inheritdoc />
        public string Legend => $"Allocated bytes per operation divided by {_parameter}";

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var count = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == _parameter)?.Value;
            if (report is null || count is not int n || n <= 0)
            {
                return "NA";
            }

            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is long b ? ((double)b / n).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "NA";
        }

        /// <inheritdoc />
        public bool IsAvailable(Summary summary) => true;

        /// <inheritdoc />
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        /// <inheritdoc />
        public override string ToString() => ColumnName;
    }
}

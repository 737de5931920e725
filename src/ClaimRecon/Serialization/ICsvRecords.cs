using System.Threading;
using System.Threading.Tasks;

namespace ClaimRecon.Serialization
{
    /// <summary>Where <see cref="CsvClaimSource"/> takes its records from: CSV text (<see cref="CsvRecordReader"/>) or rows of cells (<see cref="TableRecords"/>).</summary>
    internal interface ICsvRecords
    {
        /// <summary>Reads the next record, or returns null at the end of the input.</summary>
        CsvRecord? Next();

        /// <summary>As <see cref="Next"/>, reading asynchronously.</summary>
        Task<CsvRecord?> NextAsync(CancellationToken cancellationToken);
    }
}

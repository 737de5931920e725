using System;
using System.Globalization;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// How far a detection has got (see <see cref="ContradictionDetector.Detect(System.Collections.Generic.IEnumerable{Claims.Claim}, IProgress{DetectionProgress}?, System.Threading.CancellationToken)"/>):
    /// first the quantities merged, then the rules run over all of them.
    /// </summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class DetectionProgress
    {
        /// <summary>Creates a progress report.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="done">The quantities merged, or the rules run, so far.</param>
        /// <param name="total">The quantities to merge, or the rules to run.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined, or <paramref name="done"/> is not between 0 and <paramref name="total"/>.</exception>
        public DetectionProgress(DetectionStage stage, int done, int total)
        {
            if (stage is not DetectionStage.Merging and not DetectionStage.Checking)
            {
                throw new ArgumentOutOfRangeException(nameof(stage), stage, "stage must be Merging or Checking.");
            }

            if (total < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(total), total, "total must be 0 or more.");
            }

            if (done < 0 || done > total)
            {
                throw new ArgumentOutOfRangeException(nameof(done), done, $"done must be between 0 and total ({total.ToString(CultureInfo.InvariantCulture)}).");
            }

            Stage = stage;
            Done = done;
            Total = total;
        }

        /// <summary>Gets the stage: merging the quantities, then checking them with each rule.</summary>
        public DetectionStage Stage { get; }

        /// <summary>Gets the quantities merged, or the rules run, so far.</summary>
        public int Done { get; }

        /// <summary>Gets the quantities to merge, or the rules to run.</summary>
        public int Total { get; }

        /// <summary>Returns "merging: 120 of 4,000 quantities" or "checking: 2 of 5 rules".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Stage == DetectionStage.Merging
            ? $"merging: {Done.ToString("N0", CultureInfo.InvariantCulture)} of {Total.ToString("N0", CultureInfo.InvariantCulture)} quantities"
            : $"checking: {Done.ToString("N0", CultureInfo.InvariantCulture)} of {Total.ToString("N0", CultureInfo.InvariantCulture)} rules";
    }
}

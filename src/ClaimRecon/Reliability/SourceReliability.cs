using System.Globalization;

namespace ClaimRecon.Reliability
{
    /// <summary>What truth discovery learned about one source: how reliable it is, how sure that is, and what it rests on.</summary>
    /// <remarks>
    /// <para>Each source has a precision τ (the inverse of its typical error, in scale units) with a Gamma posterior: a prior
    /// worth one claim of average loss, updated by the source's claims on quantities with two or more independent witnesses.
    /// <see cref="Reliability"/> is 1 − exp(−τ) at the posterior mean, the probability that one of its claims lies within one
    /// scale unit of the truth under a Laplace error model; <see cref="Lower"/> and <see cref="Upper"/> apply the same map to
    /// the 2.5% and 97.5% posterior quantiles. A source with one claim therefore cannot look perfect: its interval stays wide.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class SourceReliability
    {
        internal SourceReliability(string sourceId, string witnessId, double reliability, double lower, double upper, double weight, int claimCount, int evidenceCount)
        {
            SourceId = sourceId;
            WitnessId = witnessId;
            Reliability = reliability;
            Lower = lower;
            Upper = upper;
            Weight = weight;
            ClaimCount = claimCount;
            EvidenceCount = evidenceCount;
        }

        /// <summary>Gets the source id (the origin of attribution chains).</summary>
        public string SourceId { get; }

        /// <summary>
        /// Gets the id of the witness the source counts as: itself, or for a group of sources found to copy one another, the
        /// group member whose id sorts first (ordinal).
        /// </summary>
        public string WitnessId { get; }

        /// <summary>Gets the reliability, from 0 to 1, at the posterior mean.</summary>
        public double Reliability { get; }

        /// <summary>Gets the reliability at the 2.5% posterior quantile.</summary>
        public double Lower { get; }

        /// <summary>Gets the reliability at the 97.5% posterior quantile.</summary>
        public double Upper { get; }

        /// <summary>Gets the weight the source's claims get in the estimate: the 2.5% posterior quantile of its precision (CATD's confidence bound).</summary>
        public double Weight { get; }

        /// <summary>Gets the number of the source's claims.</summary>
        public int ClaimCount { get; }

        /// <summary>Gets how many of them are about quantities with two or more independent witnesses, the only ones that tell anything about reliability.</summary>
        public int EvidenceCount { get; }

        /// <summary>Returns e.g. <c>capitalbot 0.93 [0.92, 0.94] (25820 claims, 1037 as evidence)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1:0.###} [{2:0.###}, {3:0.###}] ({4} claims, {5} as evidence)",
            SourceId,
            Reliability,
            Lower,
            Upper,
            ClaimCount,
            EvidenceCount);
    }
}

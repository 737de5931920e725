using System.Globalization;

namespace ClaimRecon.Reliability
{
    /// <summary>How much one claim counts towards its quantity's estimate.</summary>
    /// <remarks>The weights of a quantity's claims sum to 1. This type is immutable and thread-safe.</remarks>
    public sealed class ClaimWeight
    {
        internal ClaimWeight(string claimId, string sourceId, double weight)
        {
            ClaimId = claimId;
            SourceId = sourceId;
            Weight = weight;
        }

        /// <summary>Gets the claim's id.</summary>
        public string ClaimId { get; }

        /// <summary>Gets the origin of the claim's attribution chain.</summary>
        public string SourceId { get; }

        /// <summary>Gets the claim's share of the estimate, from 0 to 1.</summary>
        public double Weight { get; }

        /// <summary>Returns e.g. <c>c1 (joc) 0.25</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => ClaimId + " (" + SourceId + ") " + Weight.ToString("0.####", CultureInfo.InvariantCulture);
    }
}

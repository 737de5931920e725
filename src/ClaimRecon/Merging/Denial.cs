using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>A claim that denies a figure, as evidence against the values it denies.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class Denial
    {
        internal Denial(Claim claim, string originName, decimal weight, bool touchesConsensus)
        {
            Claim = claim;
            OriginName = originName;
            Weight = weight;
            TouchesConsensus = touchesConsensus;
        }

        /// <summary>Gets the denying claim.</summary>
        public Claim Claim { get; }

        /// <summary>Gets the id of the origin of the denial.</summary>
        public string OriginId => Claim.OriginId;

        /// <summary>Gets the origin's name when the engine knows the source; otherwise its id.</summary>
        public string OriginName { get; }

        /// <summary>Gets the values denied.</summary>
        public NumericRange Range => Claim.Range;

        /// <summary>Gets the weight subtracted from every denied value under max agreement (1, or the origin's reliability); other strategies report denials without subtracting.</summary>
        public decimal Weight { get; }

        /// <summary>Gets a value indicating whether the denied values overlap the consensus, i.e. the result admits a value someone denied.</summary>
        public bool TouchesConsensus { get; }

        /// <summary>Returns e.g. <c>joc denies [7000, 7000] (k24-joc-source-denies-7000)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => OriginId + " denies " + Range + " (" + Claim.Id + ")";
    }
}

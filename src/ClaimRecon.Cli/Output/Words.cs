using System.Globalization;

namespace ClaimRecon.Cli.Output
{
    /// <summary>Counted nouns for messages: "1 claim", "19 claims", "1 quantity".</summary>
    internal static class Words
    {
        /// <summary>Returns a count with its noun, singular or plural.</summary>
        /// <param name="n">The count.</param>
        /// <param name="one">The singular.</param>
        /// <param name="many">The plural; the singular with "s" when null.</param>
        /// <returns>The text.</returns>
        public static string Count(long n, string one, string? many = null) =>
            n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
    }
}

namespace ClaimRecon.Cli
{
    /// <summary>The tool's documented exit codes.</summary>
    internal static class ExitCodes
    {
        /// <summary>The command succeeded (with <c>--fail-on-findings</c>: and found nothing).</summary>
        public const int Ok = 0;

        /// <summary><c>--fail-on-findings</c> was given and the reconciliation has findings.</summary>
        public const int Findings = 1;

        /// <summary>Bad input: a bad option or argument, a missing file, or problems in the claims or relations.</summary>
        public const int BadInput = 2;

        /// <summary>An unexpected error inside the tool (a bug); the message says what happened.</summary>
        public const int InternalError = 3;
    }
}

using System;
using System.CommandLine;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>The rule every file argument shares: a word starting with <c>-</c> is an option, not a file name.</summary>
    internal static class FileArguments
    {
        /// <summary>
        /// Makes the parser reject an argument value that looks like an option (<c>--bogus</c>), which it would otherwise
        /// take as a file name. A lone <c>-</c> (standard input) is allowed; a file whose name starts with <c>-</c> is
        /// given as <c>./-name</c>.
        /// </summary>
        /// <param name="argument">The file argument.</param>
        public static void RejectOptionLike(Argument argument) => argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value.StartsWith("-", StringComparison.Ordinal))
                {
                    result.AddError($"unknown option \"{token.Value}\" (a file whose name starts with - is written ./{token.Value})");
                }
            }
        });
    }
}

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ClaimRecon.Cli
{
    /// <summary>The entry point of the <c>claimrecon</c> tool.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            // Standard input is read as UTF-8 (a byte order mark is honoured), whatever the console's input encoding.
            using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return await ClaimReconCli.RunAsync(args, Console.Out, Console.Error, stdin, CliEnvironment.FromConsole()).ConfigureAwait(false);
        }
    }
}

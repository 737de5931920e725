using System;
using System.Threading.Tasks;

namespace ClaimRecon.Cli
{
    /// <summary>The entry point of the <c>claimrecon</c> tool.</summary>
    internal static class Program
    {
        private static Task<int> Main(string[] args) =>
            ClaimReconCli.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromConsole());
    }
}

using BenchmarkDotNet.Running;

namespace ClaimRecon.Benchmarks
{
    /// <summary>Entry point: hands the command line to BenchmarkDotNet's switcher (for example <c>--filter '*' --job dry</c>).</summary>
    public static class Program
    {
        /// <summary>Runs the benchmarks chosen on the command line.</summary>
        /// <param name="args">BenchmarkDotNet arguments.</param>
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

using System.IO;

namespace ClaimRecon.Tests.Support
{
    /// <summary>Reads the pages of the user guide in <c>docs/</c>, with line ends normalised to LF.</summary>
    internal static class DocPages
    {
        /// <summary>The text of <c>docs/<paramref name="page"/></c>.</summary>
        public static string Read(string page) =>
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "docs", page)).Replace("\r\n", "\n");

        /// <summary>The text of README.md at the repository root.</summary>
        public static string Readme() =>
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
    }
}

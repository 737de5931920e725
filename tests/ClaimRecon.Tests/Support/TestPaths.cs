using System;
using System.IO;

namespace ClaimRecon.Tests.Support
{
    /// <summary>
    /// Finds the repository and the shared reference folder beside it from the test binaries' location. Paths compiled
    /// into the assembly (caller file paths) cannot be used: CI builds map source paths to <c>/_/</c>.
    /// </summary>
    internal static class TestPaths
    {
        /// <summary>The folder holding ClaimRecon.sln.</summary>
        public static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClaimRecon.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("ClaimRecon.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>A folder of the test project's sources, e.g. <c>Api</c>.</summary>
        public static string TestSourceFolder(string name) => Path.Combine(RepositoryRoot(), "tests", "ClaimRecon.Tests", name);

        /// <summary>
        /// A folder under <c>../shared</c> beside the repository (reference material that is never copied into it).
        /// Throws when it is missing, so a test that needs it fails instead of passing without checking anything.
        /// </summary>
        public static string Shared(string name)
        {
            for (var directory = new DirectoryInfo(RepositoryRoot()); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("shared/" + name + " not found beside " + RepositoryRoot());
        }
    }
}

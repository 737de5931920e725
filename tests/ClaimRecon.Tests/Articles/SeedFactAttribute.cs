using System.IO;
using System.Linq;
using ClaimRecon.Tests.Support;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>A fact that reads the seed articles from ../shared/seeds at run time and is skipped, saying why, where they are absent.</summary>
    public sealed class SeedFactAttribute : FactAttribute
    {
        public SeedFactAttribute()
        {
            if (SeedArticles.Folder() is null)
            {
                Skip = "../shared/seeds is not beside the repository (the seed articles are reference material, never copied into it)";
            }
        }
    }

    internal static class SeedArticles
    {
        public static string? Folder()
        {
            for (var directory = new DirectoryInfo(TestPaths.RepositoryRoot()); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        public static string Text(string prefix) => File.ReadAllText(Directory.GetFiles(Folder()!, prefix + "_*.txt").Single());
    }
}

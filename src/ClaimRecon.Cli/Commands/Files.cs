using System.IO;
using ClaimRecon.Cli.Input;

namespace ClaimRecon.Cli.Commands
{
    /// <summary>Checks that files named on the command line exist before anything is read.</summary>
    internal static class Files
    {
        /// <summary>Reports a path that names no file.</summary>
        /// <param name="path">The path, or null when none was given.</param>
        /// <param name="what">The argument or option that gave it.</param>
        /// <param name="command">The command's name.</param>
        /// <param name="io">Where errors go.</param>
        /// <returns><see cref="ExitCodes.BadInput"/> when the file is missing; otherwise null.</returns>
        public static int? Missing(string? path, string what, string command, CommandIo io)
        {
            if (path is null || path == InputLoader.StandardInput || File.Exists(path))
            {
                return null;
            }

            return io.UsageError(command, what, Directory.Exists(path) ? $"\"{path}\" is a directory, not a file" : $"no such file \"{path}\"");
        }
    }
}

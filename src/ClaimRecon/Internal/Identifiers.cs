using System;
using System.Runtime.CompilerServices;

namespace ClaimRecon.Internal
{
    /// <summary>Rules for the identifiers of sources and claims.</summary>
    internal static class Identifiers
    {
        public static string Check(string? id, [CallerArgumentExpression(nameof(id))] string? name = null)
        {
            Preconditions.NotBlank(id, name);
            if (id!.Trim().Length != id.Length)
            {
                throw new ArgumentException($"{name} must not start or end with white space; got \"{id}\".", name);
            }

            return id;
        }
    }
}

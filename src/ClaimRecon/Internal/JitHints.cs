using System.Runtime.CompilerServices;

namespace ClaimRecon.Internal
{
    /// <summary>Method attributes for the JIT that every target framework can name.</summary>
    internal static class JitHints
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c> (512), which netstandard2.0 does not name: the method is compiled
        /// fully optimised at once, without tiering or profile-guided recompilation. Runtimes that do not know it ignore it.
        /// </summary>
        /// <remarks>
        /// For a few hot loops of the article reader, whose tiered builds kept loop variables on the stack (the
        /// profile-guided tier, built from the loop's on-stack-replacement, took the loop for cold).
        /// </remarks>
        public const MethodImplOptions Optimised = (MethodImplOptions)512;
    }
}

#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ClaimRecon.Internal
{
    /// <summary>Hints to the processor to load objects into cache before they are read (x86 only; nothing elsewhere; not in the netstandard2.0 build).</summary>
    /// <remarks>
    /// A prefetch never faults and changes no value, so reading an object's address without pinning it is safe here: if the
    /// garbage collector moves the object in between, the hint only fetches the wrong line. Used where a loop reads large
    /// inputs object by object and each first read missed cache (merging claims sorted by quantity).
    /// </remarks>
    internal static class Prefetch
    {
        /// <summary>Asks for the first <paramref name="lines"/> 64-byte cache lines of <paramref name="value"/> (at most 4).</summary>
        /// <param name="value">The object; null is ignored.</param>
        /// <param name="lines">How many lines, from the object's start.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static unsafe void Object(object? value, int lines)
        {
            if (!Sse.IsSupported || value is null)
            {
                return;
            }

            // The object's first field; the object starts one pointer before it. Unchecked: an address past the object
            // is only a hint, and the checked build tested every addition for overflow.
            unchecked
            {
                var start = (byte*)Unsafe.AsPointer(ref Unsafe.As<StrongBox<byte>>(value).Value) - sizeof(nint);
                Sse.Prefetch0(start);
                if (lines > 1)
                {
                    Sse.Prefetch0(start + 64);
                }

                if (lines > 2)
                {
                    Sse.Prefetch0(start + 128);
                }

                if (lines > 3)
                {
                    Sse.Prefetch0(start + 192);
                }
            }
        }
    }
}
#endif

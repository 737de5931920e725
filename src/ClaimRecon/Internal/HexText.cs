using System;

namespace ClaimRecon.Internal
{
    /// <summary>Bytes written as hexadecimal text, for problems that name bytes which are not text.</summary>
    internal static class HexText
    {
        /// <summary>"0x" then two upper-case hex digits per byte ("0xC3A9"); "0x" alone when there are none.</summary>
        public static string Of(byte[]? bytes)
        {
            bytes ??= Array.Empty<byte>();
#if NET
            return "0x" + Convert.ToHexString(bytes);
#else
            return "0x" + BitConverter.ToString(bytes).Replace("-", string.Empty);
#endif
        }
    }
}

namespace ClaimRecon.Internal
{
    /// <summary>Hash combining for netstandard2.0, which lacks <c>System.HashCode</c>.</summary>
    internal static class HashCodes
    {
        public static int Combine(int a, int b)
        {
            unchecked
            {
                return (a * 397) ^ b;
            }
        }

        public static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

        public static int Combine(int a, int b, int c, int d) => Combine(Combine(a, b, c), d);
    }
}

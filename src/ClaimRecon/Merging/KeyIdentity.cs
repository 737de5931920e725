using System.Collections.Generic;
using ClaimRecon.Quantities;

namespace ClaimRecon.Merging
{
    /// <summary>Compares quantity keys by object identity (hashing the reference, not the strings).</summary>
    internal sealed class KeyIdentity : IEqualityComparer<QuantityKey>
    {
        public static readonly KeyIdentity Instance = new();

        public bool Equals(QuantityKey? x, QuantityKey? y) => ReferenceEquals(x, y);

        public int GetHashCode(QuantityKey obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

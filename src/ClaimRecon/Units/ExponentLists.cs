using System;
using System.Collections.Generic;

namespace ClaimRecon.Units
{
    /// <summary>
    /// Products and quotients of units and dimensions, kept as lists of (factor, exponent) ordered by the factor's name:
    /// two such lists combine in one merge pass, with exponents that cancel to zero dropped.
    /// </summary>
    internal static class ExponentLists
    {
        /// <summary>Returns <paramref name="a"/> × <paramref name="b"/>^<paramref name="sign"/>, still ordered by name.</summary>
        /// <param name="a">The first list, ordered by <paramref name="nameOf"/> (ordinal).</param>
        /// <param name="b">The second list, in the same order.</param>
        /// <param name="sign">1 to multiply, -1 to divide.</param>
        /// <param name="nameOf">The name the lists are ordered by.</param>
        /// <returns>The merged list; exponent overflow throws <see cref="OverflowException"/>.</returns>
        public static KeyValuePair<TKey, int>[] Combine<TKey>(KeyValuePair<TKey, int>[] a, KeyValuePair<TKey, int>[] b, int sign, Func<TKey, string> nameOf)
        {
            var merged = new KeyValuePair<TKey, int>[a.Length + b.Length];
            int i = 0, j = 0, count = 0;
            while (i < a.Length || j < b.Length)
            {
                var order = i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(nameOf(a[i].Key), nameOf(b[j].Key));
                KeyValuePair<TKey, int> next;
                if (order < 0)
                {
                    next = a[i++];
                }
                else if (order > 0)
                {
                    next = new KeyValuePair<TKey, int>(b[j].Key, checked(sign * b[j].Value));
                    j++;
                }
                else
                {
                    next = new KeyValuePair<TKey, int>(a[i].Key, checked(a[i].Value + (sign * b[j].Value)));
                    i++;
                    j++;
                }

                if (next.Value != 0)
                {
                    merged[count++] = next;
                }
            }

            if (count < merged.Length)
            {
                Array.Resize(ref merged, count);
            }

            return merged;
        }
    }
}

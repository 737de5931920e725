using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>Sorting the sweep's range ends once, as packed 64-bit records or as decimals, and placing each range on the pieces.</summary>
    internal sealed partial class CoverageSweep
    {
        /// <summary>Sorts the finite ends, numbers the distinct values and sets each range's first and last piece; returns the number of distinct values.</summary>
        private int SortEnds(List<NumericRange> ranges, int witnessCount, List<NumericRange> denials, int total)
        {
            // Each finite end once: its value and a tag (range << 2 | upper << 1 | closed), so no range is read again.
            Grow(ref _endValues, 2 * total);
            Grow(ref _endTags, 2 * total);
            var m = 0;
            for (var r = 0; r < total; r++)
            {
                var range = r < witnessCount ? ranges[r] : denials[r - witnessCount];
                var lower = range.Lower;
                if (!lower.IsUnbounded)
                {
                    _endValues[m] = lower.Value;
                    _endTags[m++] = (r << 2) | (lower.IsClosed ? 1 : 0);
                }

                var upper = range.Upper;
                if (!upper.IsUnbounded)
                {
                    _endValues[m] = upper.Value;
                    _endTags[m++] = (r << 2) | 2 | (upper.IsClosed ? 1 : 0);
                }
            }

            if (m == 0)
            {
                return 0;
            }

            Grow(ref _values, m);
            return TryPackedSort(witnessCount, m, out var distinct) ? distinct : DecimalSort(witnessCount, m);
        }

        /// <summary>Sorts the ends as packed 64-bit records when every end's digits fit; false (nothing set) otherwise.</summary>
        [SuppressMessage("Performance", "CA1822", Justification = "Uses the instance's scratch arrays on .NET; the netstandard2.0 build has no packed sort.")]
        private bool TryPackedSort(int witnessCount, int m, out int distinct)
        {
            distinct = 0;
#if NET
            // Record: the value scaled to the largest scale among the ends, then the end's index in the low bits.
            var indexBits = 1;
            while ((1L << indexBits) < m)
            {
                indexBits++;
            }

            var limit = 1UL << (62 - indexBits);
            Grow(ref _mantissas, m);
            Grow(ref _scales, m);
            var maxScale = 0;
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < m; i++)
            {
                decimal.GetBits(_endValues[i], bits);
                if (bits[2] != 0 || bits[1] < 0)
                {
                    return false; // More than 63 bits of digits: sort the decimals themselves.
                }

                var scale = (bits[3] >> 16) & 0xFF;
                var mantissa = unchecked((long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
                _mantissas[i] = bits[3] < 0 ? -mantissa : mantissa;
                _scales[i] = scale;
                maxScale = Math.Max(maxScale, scale);
            }

            if (maxScale >= PowersOfTen.Length)
            {
                return false;
            }

            Grow(ref _packed, m);
            for (var i = 0; i < m; i++)
            {
                var factor = PowersOfTen[maxScale - _scales[i]];
                var mantissa = _mantissas[i];
                var magnitude = (ulong)(mantissa < 0 ? -mantissa : mantissa);
                if (magnitude != 0 && magnitude > (limit - 1) / factor)
                {
                    return false;
                }

                var key = (long)(magnitude * factor);
                _packed[i] = ((mantissa < 0 ? -key : key) << indexBits) | (long)i;
            }

            Array.Sort(_packed, 0, m);
            var mask = (1L << indexBits) - 1;
            var k = -1;
            long previous = 0;
            for (var i = 0; i < m; i++)
            {
                var key = _packed[i] >> indexBits;
                var end = (int)(_packed[i] & mask);
                if (k < 0 || key != previous)
                {
                    k++;
                    previous = key;
                    _values[k] = _endValues[end];
                }

                Place(witnessCount, _endTags[end], k);
            }

            distinct = k + 1;
            return true;
#else
            return false;
#endif
        }

        private int DecimalSort(int witnessCount, int m)
        {
            Array.Sort(_endValues, _endTags, 0, m);
            var k = -1;
            for (var i = 0; i < m; i++)
            {
                if (k < 0 || _endValues[i] != _values[k])
                {
                    _values[++k] = _endValues[i];
                }

                Place(witnessCount, _endTags[i], k);
            }

            return k + 1;
        }

        /// <summary>Sets the first or last piece of the range an end belongs to, given the index of its distinct value.</summary>
        private void Place(int witnessCount, int tag, int k)
        {
            var r = tag >> 2;
            var upper = (tag & 2) != 0;
            var closed = (tag & 1) != 0;
            var piece = upper ? (closed ? (2 * k) + 1 : 2 * k) : (closed ? (2 * k) + 1 : (2 * k) + 2);
            if (r < witnessCount)
            {
                if (upper)
                {
                    WitnessEnd[r] = piece;
                }
                else
                {
                    WitnessStart[r] = piece;
                }
            }
            else if (upper)
            {
                _denialEnd[r - witnessCount] = piece;
            }
            else
            {
                _denialStart[r - witnessCount] = piece;
            }
        }
    }
}

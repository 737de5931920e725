using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ClaimRecon.Ranges;
#if NET
using System;
using System.Runtime.InteropServices;
#endif

namespace ClaimRecon.Merging
{
    /// <summary>The sweep in one pass for a few witnesses, every weight 1 and no denial: the usual merge of a small quantity.</summary>
    internal sealed partial class CoverageSweep
    {
        /// <summary>Witness count up to which <see cref="TryCountRuns"/> applies (its ends are insertion-sorted).</summary>
        public const int SmallCount = 16;

        /// <summary>
        /// What <see cref="Build"/> (unweighted, no denial, scores) then <see cref="TopRuns"/> give for at most
        /// <see cref="SmallCount"/> witnesses, in one pass over the ends: the same pieces, witness starts and ends, end
        /// values and runs, with the top count in <paramref name="top"/> (<see cref="int.MinValue"/> when nothing is covered,
        /// as <see cref="TopRuns"/> gives). False, with nothing a caller reads set, when some end's digits do not fit the
        /// packed records; then <see cref="Build"/> must run.
        /// </summary>
        /// <remarks>
        /// With every weight 1 and no denial a piece's score is its coverage, so one running sum gives both. Equal end
        /// values keep the representative <see cref="TryPackedSort"/> keeps (the lowest end index among equal keys), and
        /// the overflow check is the same bound without a division, so the digits of every range made from the pieces are
        /// the same.
        /// </remarks>
        [SuppressMessage("Performance", "CA1822", Justification = "Uses the instance's scratch arrays on .NET; the netstandard2.0 build has no packed sort.")]
        public bool TryCountRuns(int witnessCount, List<NumericRange> ranges, List<(int First, int Last)> runs, out int top)
        {
            top = int.MinValue;
#if NET
            // Unchecked: every index and count here is at most 2 × SmallCount + 1, and the packed keys are bounded below.
            unchecked
            {
                var w = witnessCount;
                var capacity = 2 * w;
                Grow(ref _endValues, capacity);
                Grow(ref _endTags, capacity);
                Grow(ref _mantissas, capacity);
                Grow(ref _scales, capacity);
                Grow(ref _packed, capacity);
                EnsureRangeSpace(w, 0);
                var endValues = _endValues;
                var tags = _endTags;
                var mantissas = _mantissas;
                var scales = _scales;
                var starts = WitnessStart;
                var lasts = WitnessEnd;
                var given = CollectionsMarshal.AsSpan(ranges);
                var bits = _bits; // Not stackalloc: a method with one is compiled once, without the profile-guided tier.
                var m = 0;
                var maxScale = 0;
                for (var r = 0; r < w; r++)
                {
                    starts[r] = 0;
                    lasts[r] = int.MaxValue;
                    ref readonly var range = ref given[r];
                    for (var side = 0; side < 2; side++)
                    {
                        var bound = side == 0 ? range.Lower : range.Upper;
                        if (bound.IsUnbounded)
                        {
                            continue;
                        }

                        var value = bound.Value;
                        decimal.GetBits(value, bits);
                        if (bits[2] != 0 || bits[1] < 0)
                        {
                            return false; // More than 63 bits of digits: the decimal sort of Build.
                        }

                        var scale = (bits[3] >> 16) & 0xFF;
                        var mantissa = (long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
                        endValues[m] = value;
                        tags[m] = (r << 2) | (side << 1) | (bound.IsClosed ? 1 : 0);
                        mantissas[m] = bits[3] < 0 ? -mantissa : mantissa;
                        scales[m] = scale;
                        maxScale = Math.Max(maxScale, scale);
                        m++;
                    }
                }

                var distinct = 0;
                if (m > 0)
                {
                    if (maxScale >= PowersOfTen.Length)
                    {
                        return false;
                    }

                    var indexBits = 1;
                    while ((1L << indexBits) < m)
                    {
                        indexBits++;
                    }

                    // magnitude × factor ≤ limit − 1 exactly when magnitude ≤ (limit − 1) / factor, TryPackedSort's check;
                    // an end already at the common scale (factor 1, the usual case) needs no multiplication.
                    var most = (1UL << (62 - indexBits)) - 1;
                    var packed = _packed;
                    for (var i = 0; i < m; i++)
                    {
                        var mantissa = mantissas[i];
                        var magnitude = (ulong)(mantissa < 0 ? -mantissa : mantissa);
                        ulong low;
                        if (scales[i] == maxScale)
                        {
                            low = magnitude;
                        }
                        else if (Math.BigMul(magnitude, PowersOfTen[maxScale - scales[i]], out low) != 0)
                        {
                            return false;
                        }

                        if (low > most)
                        {
                            return false;
                        }

                        var key = (long)low;
                        var record = ((mantissa < 0 ? -key : key) << indexBits) | (long)i;
                        var j = i - 1;
                        while (j >= 0 && packed[j] > record)
                        {
                            packed[j + 1] = packed[j];
                            j--;
                        }

                        packed[j + 1] = record;
                    }

                    Grow(ref _values, m);
                    var values = _values;
                    var mask = (1L << indexBits) - 1;
                    var k = -1;
                    long previous = 0;
                    for (var i = 0; i < m; i++)
                    {
                        var key = packed[i] >> indexBits;
                        var end = (int)(packed[i] & mask);
                        if (k < 0 || key != previous)
                        {
                            k++;
                            previous = key;
                            values[k] = endValues[end];
                        }

                        var tag = tags[end];
                        var closed = tag & 1;
                        if ((tag & 2) != 0)
                        {
                            lasts[tag >> 2] = (2 * k) + closed;
                        }
                        else
                        {
                            starts[tag >> 2] = (2 * k) + 2 - closed;
                        }
                    }

                    distinct = k + 1;
                }

                var pieces = (2 * distinct) + 1;
                PieceCount = pieces;
                _weighted = false;
                Grow(ref _countDelta, pieces + 1);
                var coverage = Coverage;
                Grow(ref coverage, pieces + 1);
                Coverage = coverage;
                var events = Event;
                Grow(ref events, pieces + 1);
                Event = events;
                var delta = _countDelta;
                for (var p = 0; p <= pieces; p++)
                {
                    delta[p] = 0;
                    events[p] = false;
                }

                for (var r = 0; r < w; r++)
                {
                    var s = starts[r];
                    var e = Math.Min(lasts[r], pieces - 1);
                    lasts[r] = e;
                    delta[s]++;
                    delta[e + 1]--;
                    events[s] = true;
                    events[e + 1] = true;
                }

                var count = 0;
                var most2 = 0;
                for (var p = 0; p < pieces; p++)
                {
                    count += delta[p];
                    coverage[p] = count;
                    most2 = Math.Max(most2, count);
                }

                runs.Clear();
                if (most2 == 0)
                {
                    return true; // Nothing covered: no runs and the top TopRuns gives then.
                }

                top = most2;
                var start = -1;
                for (var p = 0; p <= pieces; p++)
                {
                    var inTop = p < pieces && coverage[p] == most2;
                    if (start >= 0 && (!inTop || events[p]))
                    {
                        runs.Add((start, p - 1));
                        start = -1;
                    }

                    if (inTop && start < 0)
                    {
                        start = p;
                    }
                }

                return true;
            }
#else
            return false;
#endif
        }
    }
}

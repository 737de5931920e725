using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Merging;

namespace ClaimRecon.Contradictions
{
    /// <content>Which groups of denials hit which claims of a witness, found through indexes of what the groups rule out.</content>
    internal sealed partial class DenialRule
    {
        /// <summary>
        /// Finds, for a witness, every group of denials from another origin that hits one of its claims. A group hits a claim
        /// when the claim lies wholly in what the group rules out, or shares values with it while stating the very number
        /// denied ("about 7,000" against a denied "7,000"); a claim that only touches the ruled-out values with a wide range
        /// of its own ("more than 4,580" against a denied "7,000") is not hit.
        /// </summary>
        /// <remarks>
        /// One <see cref="RuledOutIndex"/> of every group answers "which ruled-out ranges contain this claim"; one per
        /// denied number (value and upper value of the denied figure) answers "which of those stating this claim's number
        /// overlap it". Each witness costs O((h + c) log g) for c claims, h hits and g groups, instead of comparing it with
        /// every group. Hits come back in group order, each with the witness's hit claims in their order, as a loop over
        /// every group and every claim would list them.
        /// </remarks>
        private sealed class HitFinder
        {
            /// <summary>Up to this many groups denying one number are compared with a claim one by one, without an index.</summary>
            private const int ScannedGroups = 8;

            private readonly Group[] _groups;
            private readonly int[] _origins;
            private readonly Dictionary<string, int> _originIds = new(StringComparer.Ordinal);
            private readonly RuledOutIndex? _containing;
            private readonly Dictionary<(decimal, decimal?), (int[] Few, RuledOutIndex? Many)>? _sameNumber;
            private readonly List<int> _found = new();
            private readonly List<long> _pairs = new();

            public HitFinder(Group[] groups)
            {
                _groups = groups;
                _origins = new int[groups.Length];
                if (groups.Length <= ScannedGroups)
                {
                    // A few groups (most periods have one denial or none) are compared with each claim one by one: building
                    // the indexes would cost more than it saves.
                    for (var i = 0; i < groups.Length; i++)
                    {
                        if (!_originIds.TryGetValue(groups[i].Origin, out var origin))
                        {
                            origin = _originIds.Count;
                            _originIds[groups[i].Origin] = origin;
                        }

                        _origins[i] = origin;
                    }

                    return;
                }

                var entries = new (int Id, Ranges.NumericRange Range, int Origin)[groups.Length];
                // Groups by denied number, as chains through `previous` (no list per number: most numbers are denied once).
                var last = new Dictionary<(decimal, decimal?), int>();
                var previous = new int[groups.Length];
                for (var i = 0; i < groups.Length; i++)
                {
                    if (!_originIds.TryGetValue(groups[i].Origin, out var origin))
                    {
                        origin = _originIds.Count;
                        _originIds[groups[i].Origin] = origin;
                    }

                    _origins[i] = origin;
                    entries[i] = (i, groups[i].RuledOut, origin);
                    if ((groups[i].Target ?? groups[i].Denials[0]).Figure is { } figure)
                    {
                        var key = (figure.Value, figure.UpperValue);
                        previous[i] = last.TryGetValue(key, out var before) ? before : -1;
                        last[key] = i;
                    }
                }

                _containing = new RuledOutIndex(entries);
                // Only indexed groups need the groups by number; a few groups (the usual case) are compared one by one.
                _sameNumber = new Dictionary<(decimal, decimal?), (int[] Few, RuledOutIndex? Many)>();
                foreach (var pair in last)
                {
                    var count = 0;
                    for (var g = pair.Value; g >= 0; g = previous[g])
                    {
                        count++;
                    }

                    var members = new int[count];
                    for (var g = pair.Value; g >= 0; g = previous[g])
                    {
                        members[--count] = g;
                    }

                    // A few groups are compared one by one; many (one number denied by many origins) get an index.
                    _sameNumber[pair.Key] = members.Length <= ScannedGroups
                        ? (members, null)
                        : (members, new RuledOutIndex(Array.ConvertAll(members, g => entries[g])));
                }
            }

            /// <summary>The groups that hit the witness, in group order, each with the claims it hits and whether it rules all of them out wholly; null when none.</summary>
            public List<(Group Group, Claim[] Claims, bool Wholly)>? Find(Witness witness)
            {
                var excluded = _originIds.TryGetValue(witness.OriginId, out var origin) ? origin : -1;
                var count = witness.ClaimCount;
                _pairs.Clear();
                if (_containing is null)
                {
                    Scan(witness, count, excluded);
                }

                for (var c = 0; c < count && _containing is not null; c++)
                {
                    var claim = witness.ClaimAt(c);
                    if (claim.Range.IsEmpty)
                    {
                        // Every range contains the empty range, and it overlaps none.
                        for (var g = 0; g < _groups.Length; g++)
                        {
                            if (_origins[g] != excluded)
                            {
                                _pairs.Add(Pair(g, c));
                            }
                        }

                        continue;
                    }

                    _found.Clear();
                    _containing!.Containing(claim.Range, excluded, _found);
                    if (claim.Figure is { } figure && _sameNumber!.TryGetValue((figure.Value, figure.UpperValue), out var same))
                    {
                        if (same.Many is { } index)
                        {
                            index.Overlapping(claim.Range, excluded, _found);
                        }
                        else
                        {
                            foreach (var g in same.Few)
                            {
                                if (_origins[g] != excluded && _groups[g].RuledOut.Overlaps(claim.Range))
                                {
                                    _found.Add(g);
                                }
                            }
                        }
                    }

                    foreach (var g in _found)
                    {
                        _pairs.Add(Pair(g, c));
                    }
                }

                if (_pairs.Count == 0)
                {
                    return null;
                }

                // Group order, then claim order; a claim both contained and overlapped with its number appears twice.
                _pairs.Sort();
                var n = 0;
                for (var i = 0; i < _pairs.Count; i++)
                {
                    if (n == 0 || _pairs[i] != _pairs[n - 1])
                    {
                        _pairs[n++] = _pairs[i];
                    }
                }

                var hits = new List<(Group Group, Claim[] Claims, bool Wholly)>();
                var hit = new List<Claim>();
                for (var i = 0; i < n; i++)
                {
                    var g = (int)(_pairs[i] >> 32);
                    hit.Add(witness.ClaimAt((int)(_pairs[i] & 0xFFFFFFFF)));
                    if (i + 1 == n || (int)(_pairs[i + 1] >> 32) != g)
                    {
                        var group = _groups[g];
                        var wholly = true;
                        foreach (var claim in hit)
                        {
                            wholly &= group.RuledOut.Contains(claim.Range);
                        }

                        hits.Add((group, hit.ToArray(), wholly));
                        hit.Clear();
                    }
                }

                return hits;
            }

            /// <summary>
            /// The pairs of hitting group and hit claim, group by group and claim by claim, comparing every claim with every
            /// group of another origin as the indexes answer: contained in what the group rules out, or overlapping it while
            /// stating the number the group denies.
            /// </summary>
            private void Scan(Witness witness, int count, int excluded)
            {
                for (var g = 0; g < _groups.Length; g++)
                {
                    if (_origins[g] == excluded)
                    {
                        continue;
                    }

                    var group = _groups[g];
                    var denied = (group.Target ?? group.Denials[0]).Figure;
                    for (var c = 0; c < count; c++)
                    {
                        var claim = witness.ClaimAt(c);
                        var range = claim.Range;
                        // The overlap, read from the claim itself, is asked before the figure, which is an object of its own
                        // to fetch: most claims lie clear of what a denial rules out.
                        if (range.IsEmpty || group.RuledOut.Contains(range)
                            || (denied is not null && group.RuledOut.Overlaps(range) && claim.Figure is { } figure && figure.Value == denied.Value && figure.UpperValue == denied.UpperValue))
                        {
                            _pairs.Add(Pair(g, c));
                        }
                    }
                }
            }

            private static long Pair(int group, int claim) => ((long)group << 32) | (uint)claim;
        }
    }
}

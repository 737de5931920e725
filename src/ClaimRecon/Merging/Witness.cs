using System.Collections.Generic;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// One independent voice in a merge: every non-denying claim, for one period, whose attribution chain ends at the same
    /// origin, with the range they admit together.
    /// </summary>
    /// <remarks>
    /// <para>Claims that trace back to one origin count once however many outlets repeat them; the ranges they give are
    /// intersected, so "more than 5,000" and "between 5,000 and 6,000" from the same Joint Operations Command source make
    /// one witness for (5000, 6000].</para>
    /// <para>This type is immutable and thread-safe. A witness of one claim (the usual case) holds that claim alone and
    /// makes the one-element <see cref="Claims"/> list when it is first read; a witness of several claims works out their
    /// common <see cref="Range"/> when it is first read. Every thread gets the same list and range.</para>
    /// </remarks>
    public sealed class Witness
    {
        /// <summary>
        /// The claims: a <see cref="Claim"/> (one claim, list not made yet; the range is the claim's own), a one-element
        /// <see cref="Claim"/> array (the same, list made), a longer <see cref="Claim"/> array (several claims, range not
        /// worked out yet), or a <see cref="ClaimGroup"/> (several claims and their range). Only ever replaced once: from the
        /// claim to its one-element array by <see cref="ClaimList"/>, or from several claims to their group by
        /// <see cref="Grouped"/>.
        /// </summary>
        private object _claims;

        /// <summary>A witness of the given claims with the given range, kept as given (tests build witnesses this way).</summary>
        internal Witness(string originId, string originName, Claim[] claims, NumericRange range, decimal weight)
            : this(originId, originName, new ClaimGroup(claims, range), weight)
        {
        }

        /// <summary>A witness of several claims (ordered by id, none denying); its range, their intersection, is worked out when first read.</summary>
        internal Witness(string originId, string originName, Claim[] claims, decimal weight)
            : this(originId, originName, (object)claims, weight)
        {
        }

        private Witness(string originId, string originName, object claims, decimal weight)
        {
            OriginId = originId;
            OriginName = originName;
            _claims = claims;
            Weight = weight;
        }

        /// <summary>Gets the id of the source every claim of this witness traces back to.</summary>
        public string OriginId { get; }

        /// <summary>Gets the origin's name when the engine knows the source; otherwise its id.</summary>
        public string OriginName { get; }

        /// <summary>Gets the claims, ordered by id.</summary>
        public IReadOnlyList<Claim> Claims => ClaimList();

        /// <summary>Gets the range every claim of this witness admits (their intersection); empty when they contradict each other.</summary>
        public NumericRange Range
        {
            get
            {
                var claims = Volatile.Read(ref _claims);
                if (claims is Claim one)
                {
                    return OwnRange(one);
                }

                if (claims is ClaimGroup group)
                {
                    return group.Range;
                }

                var list = (Claim[])claims;
                return list.Length == 1 ? OwnRange(list[0]) : Grouped(list).Range;
            }
        }

        /// <summary>Gets the vote: 1, or the origin's reliability under <see cref="MergeStrategyKind.ReliabilityWeighted"/>.</summary>
        public decimal Weight { get; }

        /// <summary>Gets the claims as an array, ordered by id; callers inside the library must not change it.</summary>
        internal Claim[] ClaimArray => ClaimList();

        /// <summary>Gets how many claims the witness holds.</summary>
        internal int ClaimCount => Volatile.Read(ref _claims) switch
        {
            ClaimGroup group => group.Claims.Length,
            Claim[] list => list.Length,
            _ => 1,
        };

        /// <summary>
        /// Gets the claim at <paramref name="index"/> (0 to <see cref="ClaimCount"/> − 1) without making the one-element list
        /// of a one-claim witness, which <see cref="ClaimArray"/> makes and keeps.
        /// </summary>
        internal Claim ClaimAt(int index) => Volatile.Read(ref _claims) switch
        {
            Claim one when index == 0 => one,
            Claim => throw new System.ArgumentOutOfRangeException(nameof(index), index, "A one-claim witness has only claim 0."),
            ClaimGroup group => group.Claims[index],
            var list => ((Claim[])list)[index],
        };

        /// <summary>Copies the claims, in order, into <paramref name="into"/> from <paramref name="at"/>, without making the list of a one-claim witness.</summary>
        /// <returns>How many claims were copied.</returns>
        internal int CopyClaims(Claim[] into, int at)
        {
            var held = Volatile.Read(ref _claims);
            if (held is Claim one)
            {
                into[at] = one;
                return 1;
            }

            var list = held is ClaimGroup group ? group.Claims : (Claim[])held;
            System.Array.Copy(list, 0, into, at, list.Length);
            return list.Length;
        }

        /// <summary>Returns e.g. <c>joc (3 claims): (5000, 6000]</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            OriginId + (ClaimCount == 1 ? string.Empty : " (" + ClaimCount + " claims)") + ": " + Range;

        internal string ClaimIds => string.Join(", ", System.Linq.Enumerable.Select(ClaimList(), c => c.Id));

        /// <summary>A witness of one claim, whose range is the claim's own (empty ranges made <see cref="NumericRange.Empty"/>, as intersecting does).</summary>
        internal static Witness OfOne(string originId, string originName, Claim claim, decimal weight) => new(originId, originName, claim, weight);

        /// <summary>The range one claim gives a witness: its own, or <see cref="NumericRange.Empty"/> when it is empty (what intersecting it with the whole line gives).</summary>
        internal static NumericRange OwnRange(Claim claim) => claim.Range.IsEmpty ? NumericRange.Empty : claim.Range;

        /// <summary>
        /// The range several claims of one origin admit together: the first one's own range, intersected with each next one's
        /// in order (the merger folds them the same way, so a witness's range comes out the same digits whichever computed it).
        /// </summary>
        internal static NumericRange IntersectionOf(Claim[] claims)
        {
            var range = OwnRange(claims[0]);
            for (var k = 1; k < claims.Length; k++)
            {
                range = range.Intersect(claims[k].Range);
            }

            return range;
        }

        /// <summary>First read of a several-claim witness's range: publish the claims with their range; a thread that loses the race takes the winner's.</summary>
        private ClaimGroup Grouped(Claim[] claims)
        {
            var made = new ClaimGroup(claims, IntersectionOf(claims));
            var before = Interlocked.CompareExchange(ref _claims, made, claims);
            return ReferenceEquals(before, claims) ? made : (ClaimGroup)before;
        }

        private Claim[] ClaimList()
        {
            var claims = Volatile.Read(ref _claims);
            if (claims is ClaimGroup group)
            {
                return group.Claims;
            }

            if (claims is Claim[] list)
            {
                return list;
            }

            // First read of a one-claim witness: publish one array; a thread that loses the race takes the winner's.
            var made = new[] { (Claim)claims };
            var before = Interlocked.CompareExchange(ref _claims, made, claims);
            return ReferenceEquals(before, claims) ? made : (Claim[])before;
        }

        /// <summary>Several claims of one origin and the range they admit together.</summary>
        private sealed class ClaimGroup
        {
            public ClaimGroup(Claim[] claims, NumericRange range)
            {
                Claims = claims;
                Range = range;
            }

            public Claim[] Claims { get; }

            public NumericRange Range { get; }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Internal;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Estimates, together, how reliable each source is and what each quantity's true value is, from range claims that
    /// disagree ("truth discovery", in the manner of CRH and CATD).
    /// </summary>
    /// <remarks>
    /// <para><b>Model.</b> Every claim is a range; its loss against a candidate truth is zero inside the range and grows with
    /// the distance to the range outside it, divided by the quantity's robust scale (see <see cref="TruthDiscoveryOptions"/>)
    /// and passed through the chosen <see cref="TruthLoss"/>. Open ends count as closed for distances.</para>
    /// <para><b>Iteration.</b> Start with every source weighing 1. (1) Truth step: for each quantity, the estimate minimises the
    /// weighted sum of its claims' losses. (2) Reliability step: each source's precision gets a Gamma posterior, with a prior
    /// worth one claim of average loss, updated by its claims on quantities with two or more independent witnesses (a quantity
    /// only one witness speaks to says nothing about reliability); its weight is the 2.5% quantile of that posterior, so a
    /// source with few claims weighs little however right it looks (CATD's confidence bound). Repeat until no estimate moves by
    /// more than the tolerance (in scale units) between two truth steps, or the iteration limit is reached; the reported
    /// reliabilities are those computed from the final estimates.</para>
    /// <para><b>Witnesses.</b> Claims with the same attribution origin, and sources found to copy one another, form one
    /// witness. In each quantity a witness weighs as much as its heaviest member, shared evenly among its claims there.</para>
    /// <para><b>Determinism.</b> Claims are put in (quantity key, claim id) order and sources in ordinal id order before any
    /// arithmetic, so neither the input order nor the source names change the result (two exceptions: a copy group is named
    /// after its member whose id sorts first, and copy pairs of exactly equal strength are linked in source-id order). The arithmetic is in <c>double</c>
    /// (claims are <c>decimal</c>); with absolute loss the estimate is always a claimed end, or the exact decimal midpoint of two,
    /// so it is exact. Denials are left out and counted.</para>
    /// <para><b>Cost.</b> Buffers all claims. Setup sorts each quantity's ends once (O(n log n)); each iteration is linear in the
    /// claims. Copy detection looks at every pair of sources on each contested quantity with at most 200 sources.</para>
    /// </remarks>
    public static class TruthDiscovery
    {
        /// <summary>Runs truth discovery on claims.</summary>
        /// <param name="claims">The claims; denials are left out. Claim ids must be unique.</param>
        /// <param name="options">The options; null for <see cref="TruthDiscoveryOptions.Default"/>.</param>
        /// <returns>The estimate of every quantity and the reliability of every source.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
        /// <exception cref="ArgumentException">A claim is null, two claims share an id, a claim's range is empty, or no claim is left once denials are out; the message names the position or id.</exception>
        public static TruthDiscoveryResult Estimate(IEnumerable<Claim> claims, TruthDiscoveryOptions? options = null) =>
            Estimate(claims, options, null, CancellationToken.None);

        /// <summary>Runs truth discovery on claims, telling <paramref name="progress"/> after each truth step and stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
        /// <param name="claims">The claims; denials are left out. Claim ids must be unique.</param>
        /// <param name="options">The options; null for <see cref="TruthDiscoveryOptions.Default"/>.</param>
        /// <param name="progress">Told the iteration and the largest move after each truth step, on the calling thread; null for none.</param>
        /// <param name="cancellationToken">Checked while the claims are read and prepared (every 1,024 claims or quantities) and before each step.</param>
        /// <returns>The estimate of every quantity and the reliability of every source; the same as without progress.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
        /// <exception cref="ArgumentException">A claim is null, two claims share an id, a claim's range is empty, or no claim is left once denials are out; the message names the position or id.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public static TruthDiscoveryResult Estimate(IEnumerable<Claim> claims, TruthDiscoveryOptions? options, IProgress<TruthDiscoveryProgress>? progress, CancellationToken cancellationToken = default)
        {
            Preconditions.NotNull(claims);
            options ??= TruthDiscoveryOptions.Default;
            var list = new List<Claim>();
            var denials = 0;
            var position = 0;
            foreach (var claim in claims)
            {
                if ((position & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (claim is null)
                {
                    throw new ArgumentException($"claims[{position}] is null.", nameof(claims));
                }

                if (claim.Stance == Stance.Denies)
                {
                    denials++;
                }
                else if (claim.Range.IsEmpty)
                {
                    throw new ArgumentException($"claims[{position}] (\"{claim.Id}\") has an empty range, which no value can satisfy.", nameof(claims));
                }
                else
                {
                    list.Add(claim);
                }

                position++;
            }

            if (list.Count == 0)
            {
                throw new ArgumentException(
                    position == 0 ? "claims is empty; there is nothing to estimate." : $"claims holds only denials ({denials}); there is nothing to estimate.",
                    nameof(claims));
            }

            return new TruthSolver(list, options, denials, cancellationToken).Run(progress);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Unordered input is buffered by quantity, then handed out in key order; each quantity's list is let go once handed
    /// out, so a caller that keeps what it merged (contradiction detection) does not also carry every list to the end.
    /// </summary>
    public sealed class BufferedGroupsTests
    {
        private static readonly QuantityKey[] Keys = { new("harbour", "ships"), new("airport", "flights"), new("depot", "trucks") };

        private static readonly MergeEngine Engine = new(Keys.Select(k => MergeGenerators.QuantityOf(QuantityKind.Level, k)));

        /// <summary>Two claims for each quantity, the quantities interleaved and not in key order.</summary>
        private static List<Claim> Interleaved() =>
            Enumerable.Range(0, 6).Select(i =>
                new Claim("claim-" + i, Keys[i % 3], HedgedFigure.Of(Hedge.None, 40 + i), AttributionChain.Direct("port-office-" + i), Stance.Asserts)).ToList();

        [Fact]
        public void Groups_ComeInKeyOrder_EachWithItsClaimsInInputOrder()
        {
            var groups = Engine.BufferGroups(Interleaved()).ToList();

            groups.Select(g => g.Item1.Key.ToString()).Should().Equal("airport/flights", "depot/trucks", "harbour/ships");
            groups.Select(g => string.Join(",", g.Item2.Select(c => c.Id))).Should().Equal("claim-1,claim-4", "claim-2,claim-5", "claim-0,claim-3");
        }

        [Fact]
        public void AGroupHandedOut_IsNoLongerHeld_OnceTheNextIsAskedFor()
        {
            var claims = Interleaved();
            using var groups = Engine.BufferGroups(claims).GetEnumerator();

            var first = FirstGroupsList(groups);
            groups.MoveNext().Should().BeTrue();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            first.IsAlive.Should().BeFalse("only the caller held the first quantity's list, and it dropped it");
            groups.Current.Item2.Should().HaveCount(2);
        }

        /// <summary>A weak reference to the first group's list; not inlined, so no local of the test keeps the list.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static WeakReference FirstGroupsList(IEnumerator<(Quantity, List<Claim>)> groups)
        {
            groups.MoveNext().Should().BeTrue();
            return new WeakReference(groups.Current.Item2);
        }
    }
}

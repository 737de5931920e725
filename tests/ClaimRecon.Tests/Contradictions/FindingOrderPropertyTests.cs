using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Contradictions;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Findings come by severity (highest first), then kind, quantity and claim ids. On the random stories of
    /// <see cref="DenialIndexOraclePropertyTests"/>, ordering the report's findings again by those keys with LINQ's stable
    /// ordering must change nothing, and the ids must number them in that order.
    /// </summary>
    public sealed class FindingOrderPropertyTests
    {
        private static readonly Comparer<IReadOnlyList<ClaimRecon.Claims.Claim>> ByIds = Comparer<IReadOnlyList<ClaimRecon.Claims.Claim>>.Create((a, b) =>
        {
            for (var i = 0; i < a.Count && i < b.Count; i++)
            {
                var c = string.CompareOrdinal(a[i].Id, b[i].Id);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Count.CompareTo(b.Count);
        });

        [Fact]
        public void Findings_AreInSeverityKindQuantityAndClaimOrder_NumberedAsListed()
        {
            var ties = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var (claims, relations) = DenialIndexOraclePropertyTests.Build(seed);
                var findings = new ContradictionDetector(DenialIndexOraclePropertyTests.Quantities, relations: relations).Detect(claims).Findings;

                var again = findings.OrderByDescending(f => f.Severity).ThenBy(f => (int)f.Kind).ThenBy(f => f.Quantity).ThenBy(f => f.Claims, ByIds).ToList();
                findings.Should().Equal(again, "seed {0}", seed);
                findings.Select(f => f.Id).Should().Equal(Enumerable.Range(1, findings.Count).Select(i => "finding-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                ties += findings.Zip(findings.Skip(1), (a, b) => a.Severity == b.Severity).Any(t => t) ? 1 : 0;
            }, 500);

            // Equal severities must be common, or the order among them is never tried.
            ties.Should().BeGreaterThan(100);
        }
    }
}

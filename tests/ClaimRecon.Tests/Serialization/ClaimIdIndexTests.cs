using System.Globalization;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>The streaming readers' index of claim ids, held as hashes: repeats are found with their first line, distinct ids never meet.</summary>
    public sealed class ClaimIdIndexTests
    {
        [Fact]
        public void ARepeatedId_GivesTheLineItWasFirstSeenOn()
        {
            var index = new ClaimIdIndex();

            index.TryAdd("c1", 2, out _).Should().BeTrue();
            index.TryAdd("c2", 3, out _).Should().BeTrue();
            index.TryAdd("c1", 9, out var first).Should().BeFalse();

            first.Should().Be(2);
            index.Contains("c2").Should().BeTrue();
            index.Contains("c3").Should().BeFalse();
        }

        [Fact]
        public void IdsThatDifferInOrderCaseOrLength_AreDifferent()
        {
            var index = new ClaimIdIndex();
            var ids = new[] { "ab", "ba", "Ab", "aB", "a", "abc", "a\u0000", "\u0000a", "é", "e\u0301", "\U0001F600" };

            for (var i = 0; i < ids.Length; i++)
            {
                index.TryAdd(ids[i], i, out _).Should().BeTrue(ids[i]);
            }

            index.Count.Should().Be(ids.Length);
        }

        [Fact]
        public void TwoMillionDistinctIds_AllGoIn()
        {
            // Sequential and near-identical ids, as generated files have them: a weak hash would make some of them meet.
            var index = new ClaimIdIndex();
            for (var i = 0; i < 1_000_000; i++)
            {
                index.TryAdd("claim-" + i.ToString("D9", CultureInfo.InvariantCulture), i, out _).Should().BeTrue();
                index.TryAdd(i.ToString("x", CultureInfo.InvariantCulture), i, out _).Should().BeTrue();
            }

            index.Count.Should().Be(2_000_000);
        }
    }
}

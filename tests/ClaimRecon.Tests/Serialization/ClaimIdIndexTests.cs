using System;
using System.Collections.Generic;
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
        [Fact]
        public void AgreesWithASetOfTheIdsThemselves_OnRandomIdsWithManyRepeats()
        {
            // Oracle: a dictionary of the ids' text. Short ids from a small alphabet repeat often; the index grows through
            // many sizes of every shard on the way to 300,000 ids.
            var random = new Random(20261202);
            var index = new ClaimIdIndex();
            var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var line = 0; line < 400_000; line++)
            {
                var length = random.Next(1, 5);
                var chars = new char[length];
                for (var k = 0; k < length; k++)
                {
                    chars[k] = "abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)];
                }

                var id = new string(chars);
                var added = index.TryAdd(id, line, out var first);
                if (oracle.TryGetValue(id, out var expected))
                {
                    added.Should().BeFalse(id);
                    first.Should().Be(expected, id);
                }
                else
                {
                    added.Should().BeTrue(id);
                    oracle.Add(id, line);
                }
            }

            index.Count.Should().Be(oracle.Count);
            index.Contains("zz9z").Should().Be(oracle.ContainsKey("zz9z"));
            index.Contains("toolong").Should().BeFalse();
        }

        [Fact]
        public void TheLastPossibleLine_IsKept()
        {
            var index = new ClaimIdIndex();

            index.TryAdd("c1", int.MaxValue, out _).Should().BeTrue();
            index.TryAdd("c1", 3, out var first).Should().BeFalse();

            first.Should().Be(int.MaxValue);
            FluentActions.Invoking(() => index.TryAdd("c2", -1, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line");
        }
    }
}

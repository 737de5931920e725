using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>The index reading by quantity uses: recent keys in memory, older ones in sorted runs on disk, every repeat found once.</summary>
    public sealed class SpillingKeyIndexTests
    {
        [Fact]
        public void ARepeatInTheWindow_IsFoundAtOnce_AndARepeatOfAWrittenOutKey_WhenTheIndexEnds()
        {
            using var index = new SpillingKeyIndex(window: 2);

            index.TryAdd("north", 2, out _).Should().BeTrue();
            index.TryAdd("south", 3, out _).Should().BeTrue();
            index.TryAdd("south", 4, out var first).Should().BeFalse();
            first.Should().Be(3);
            index.TryAdd("east", 5, out _).Should().BeTrue("the window was full: north and south went to a run");
            index.TryAdd("north", 6, out _).Should().BeTrue("north is no longer in memory");
            index.Runs.Should().Be(1);

            index.LaterRepeats().Should().Equal(("north", 6, 2));
        }

        [Fact]
        public void WithoutRuns_NothingIsWritten_AndNothingIsReportedLate()
        {
            using var index = new SpillingKeyIndex(window: 10);
            index.TryAdd("a", 1, out _).Should().BeTrue();
            index.TryAdd("a", 2, out _).Should().BeFalse();

            index.Runs.Should().Be(0);
            index.LaterRepeats().Should().BeEmpty();
        }

        [Fact]
        public void TheTemporaryFile_IsGoneOnceTheIndexIsDisposed()
        {
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "claimrecon-spill-test-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                var index = new SpillingKeyIndex(window: 1, folder);
                index.TryAdd("a", 1, out _);
                index.TryAdd("b", 2, out _);
                Directory.GetFiles(folder).Should().ContainSingle();

                index.Dispose();

                Directory.GetFiles(folder).Should().BeEmpty();
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void LongAndUnusualKeys_ComeBackFromTheRunsIntact()
        {
            var keys = new[] { new string('x', 100_000), "é", "e\u0301", "\U0001F600", "a\u0000b", string.Empty };
            using var index = new SpillingKeyIndex(window: 1);
            for (var i = 0; i < keys.Length; i++)
            {
                index.TryAdd(keys[i], i + 1, out _).Should().BeTrue();
            }

            for (var i = 0; i < keys.Length; i++)
            {
                index.TryAdd(keys[i], 100 + i, out _).Should().BeTrue();
            }

            index.LaterRepeats().Should().BeEquivalentTo(keys.Select((k, i) => (k, 100 + i, i + 1)));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(17)]
        [InlineData(1000)]
        public void EveryRepeat_IsReportedExactlyOnce_NamingAnEarlierLineOfTheSameKey(int window)
        {
            // Oracle: the keys' own text. Every line whose key occurred on an earlier line is a repeat, reported either at
            // once or when the index ends, never both, with a line before it that held the same key; no other line is.
            var random = new Random(window);
            var lines = Enumerable.Range(1, 5000).Select(_ => "k" + random.Next(800)).ToArray();
            var reported = new Dictionary<int, int>();
            using var index = new SpillingKeyIndex(window);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!index.TryAdd(lines[i], i + 1, out var earlier))
                {
                    reported.Add(i + 1, earlier);
                }
            }

            foreach (var (key, line, earlier) in index.LaterRepeats())
            {
                lines[line - 1].Should().Be(key);
                reported.Add(line, earlier);
            }

            var expected = lines.Select((key, i) => (key, line: i + 1)).Where(x => Array.IndexOf(lines, x.key) < x.line - 1).Select(x => x.line).ToList();
            reported.Keys.OrderBy(l => l).Should().Equal(expected);
            foreach (var (line, earlier) in reported)
            {
                earlier.Should().BeLessThan(line);
                lines[earlier - 1].Should().Be(lines[line - 1]);
            }
        }
    }
}

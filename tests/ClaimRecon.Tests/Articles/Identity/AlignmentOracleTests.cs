using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// <see cref="QuantityAlignment.Align"/> compares only the pairs that can reach the threshold; an oracle that compares
    /// every pair of mentions, written here from the rules in its remarks and nothing else of its code, groups the same.
    /// </summary>
    public sealed class AlignmentOracleTests
    {
        private static readonly string[] Sentences =
        {
            "{0} prisoners were moved from Syria.", "{0} prisoners were moved from Iran.", "{0} prisoners were moved to Iraq.",
            "{0} detainees were transferred.", "{0} detainees were transferred to Iraq.", "{0} Turkish prisoners were moved.",
            "{0} prisoners are held in Iraq.", "{0} detainees are held.", "Officials plan to move {0} prisoners to Iraq.",
            "Iraq expects to hold {0} prisoners.", "{0} teachers were moved.", "The school hired {0} teachers.",
            "The Marlow Shipping Composite Index fell {0} points.", "The Marlow fell {0} points.", "The Lakeside Index fell {0} points.",
            "The wall is {0} kilometres long.", "The figure was {0}.", "Prices rose {0} percent.", "{0} migrants were moved to Iraq.",
            "{0} refugees were moved.", "{0} people are held in Iraq.",
        };

        private static readonly string[] Figures = { "500", "more than 500", "700", "about 1,200", "nearly 700", "33,000" };

        private static readonly double[] Thresholds = { 0.3, 0.4, 0.5, 0.75, 0.9, 0.93, 1.0 };

        private static readonly Gen<string> Sentence = Gen.Zip(Gen.Elements(Sentences), Gen.Elements(Figures)).Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Item1, p.Item2));

        private static readonly Gen<(string[][] Articles, double Threshold, int Seed)> Cases =
            from articles in Sentence.ArrayOf().Select(a => a.Take(14).ToArray()).ArrayOf().Select(a => a.Take(3).ToArray())
            from threshold in Gen.Elements(Thresholds)
            from seed in Gen.Choose(0, int.MaxValue)
            select (articles, threshold, seed);

        [Fact]
        public void GroupsAsComparingEveryPairWould()
        {
            PropertyRunner.ForAll(Cases, c =>
            {
                var mentions = c.Articles.SelectMany((sentences, k) => Read(string.Join(" ", sentences), "a" + k)).ToList();
                var options = RandomPinsAndSplits(mentions, AlignmentOptions.Default.WithThreshold(c.Threshold), new Random(c.Seed));
                var aligned = QuantityAlignment.Align(mentions, options).Quantities.Select(q => string.Join(" ", q.Mentions.Select(m => m.Id))).ToList();
                var expected = Oracle(mentions, options).Select(g => string.Join(" ", g.Select(i => mentions[i].Id))).ToList();
                aligned.Should().Equal(expected, "threshold {0}, pins {1}, splits {2}, texts: {3}", c.Threshold, string.Join(",", options.Pins), string.Join(",", options.Splits), string.Join(" | ", c.Articles.Select(a => string.Join(" ", a))));
            }, cases: 400);
        }

        [Fact]
        public void ARepeatedArticleOfManyFiguresIsAlignedInOneGroupPerQuantity()
        {
            // 600 figures of 3 quantities: grouped the same however many times the paragraph repeats.
            var paragraph = "About 1,200 prisoners were moved to Iraq. Officials plan to move 700 prisoners to Iraq. The school hired 500 teachers. ";
            var mentions = Read(string.Concat(Enumerable.Repeat(paragraph, 200)), "a");

            var alignment = QuantityAlignment.Align(mentions);

            mentions.Should().HaveCount(600);
            alignment.Quantities.Select(q => q.Mentions.Count).Should().Equal(200, 200, 200);
        }

        private static AlignmentOptions RandomPinsAndSplits(List<MentionIdentity> mentions, AlignmentOptions options, Random random)
        {
            var used = new HashSet<(int, int)>();
            for (var k = 0; mentions.Count > 1 && k < 4; k++)
            {
                int a = random.Next(mentions.Count), b = random.Next(mentions.Count);
                if (a == b || !used.Add((Math.Min(a, b), Math.Max(a, b))) || random.Next(3) == 0)
                {
                    continue;
                }

                options = k % 2 == 0 ? options.Pin(mentions[a].Id, mentions[b].Id) : options.Split(mentions[a].Id, mentions[b].Id);
            }

            return options;
        }

        // The rules of QuantityAlignment's remarks, every pair compared: pins; equal identities together (unless a split
        // names one or they score under the threshold); then class pairs at their best mention pair's similarity, most
        // similar first, ties by first mentions; complete link on compatibility (similarity above 0); splits respected.
        private static List<List<int>> Oracle(List<MentionIdentity> ms, AlignmentOptions options)
        {
            var n = ms.Count;
            var index = ms.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var group = Enumerable.Range(0, n).ToArray();
            void Join(int a, int b)
            {
                var (from, to) = (group[a], group[b]);
                for (var i = 0; i < n; i++)
                {
                    group[i] = group[i] == from ? to : group[i];
                }
            }

            foreach (var pin in options.Pins)
            {
                Join(index[pin.Key], index[pin.Value]);
            }

            var splits = options.Splits.Select(s => (index[s.Key], index[s.Value])).ToList();
            var named = new HashSet<int>(splits.SelectMany(s => new[] { s.Item1, s.Item2 }));
            var classOf = Enumerable.Range(0, n).ToArray();
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (classOf[j] == j && EqualIdentities(ms[i], ms[j]) && !named.Contains(i) && !named.Contains(j) && QuantityAlignment.Similarity(ms[i], ms[i]) >= options.Threshold)
                    {
                        classOf[i] = j;
                        Join(i, j);
                        break;
                    }
                }
            }

            var classes = Enumerable.Range(0, n).Where(i => classOf[i] == i).ToList();
            double Best(int c, int d) => Enumerable.Range(0, n).Where(i => classOf[i] == c)
                .SelectMany(i => Enumerable.Range(0, n).Where(j => classOf[j] == d).Select(j => QuantityAlignment.Similarity(ms[i], ms[j]))).Max();
            var pairs = classes.SelectMany(c => classes.Where(d => d > c).Select(d => (Score: Best(c, d), C: c, D: d)))
                .Where(p => p.Score >= options.Threshold).OrderByDescending(p => p.Score).ThenBy(p => p.C).ThenBy(p => p.D).ToList();
            foreach (var (_, c, d) in pairs)
            {
                var (gc, gd) = (group[c], group[d]);
                if (gc == gd)
                {
                    continue;
                }

                var left = Enumerable.Range(0, n).Where(i => group[i] == gc).ToList();
                var right = Enumerable.Range(0, n).Where(i => group[i] == gd).ToList();
                var compatible = left.All(i => right.All(j => QuantityAlignment.Similarity(ms[i], ms[j]) > 0));
                var split = splits.Any(s => (group[s.Item1] == gc && group[s.Item2] == gd) || (group[s.Item1] == gd && group[s.Item2] == gc));
                if (compatible && !split)
                {
                    Join(c, d);
                }
            }

            return Enumerable.Range(0, n).GroupBy(i => group[i]).Select(g => g.ToList()).OrderBy(g => g[0]).ToList();
        }

        private static bool EqualIdentities(MentionIdentity a, MentionIdentity b) =>
            a.IsRecognised && b.IsRecognised && a.Kind == b.Kind && a.Unit.Equals(b.Unit) && a.Head == b.Head && a.Measure == b.Measure && a.Thing == b.Thing
            && Roles(a).SequenceEqual(Roles(b));

        // Qualifiers by role, "in" read as "to", as the remarks say.
        private static IEnumerable<string> Roles(MentionIdentity m) =>
            m.Qualifiers.Select(q => q.StartsWith("in=", StringComparison.Ordinal) ? "to=" + q.Substring(3) : q).Distinct().OrderBy(q => q, StringComparer.Ordinal);
    }
}

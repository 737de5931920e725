using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The range and self-contradiction rules write their explanations through a <see cref="FindingSentence"/> (which also
    /// computes some flip tolerances when first read); <see cref="ReferenceRangeConflictRule"/> and
    /// <see cref="ReferenceSelfContradictionRule"/>, the rules as they were, wrote them with a string builder. On the random
    /// stories of <see cref="DenialIndexOraclePropertyTests"/> (every hedge, denials of every kind, echoes, several periods, a
    /// declared sum) both must give the same drafts in the same order, word for word. A finding's explanation and origins
    /// must also be one text and one list however many threads read them at once; the sentence is written once, when the
    /// finding is made, and a lazily computed flip tolerance once, when first read.
    /// </summary>
    public sealed class LazyExplanationOraclePropertyTests
    {
        private readonly ITestOutputHelper _output;

        public LazyExplanationOraclePropertyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void TheRulesThatWriteWhenRead_GiveExactlyTheReferenceRulesFindings()
        {
            int outliers = 0, ties = 0, splits = 0, hedged = 0, selves = 0, findings = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var (claims, relations) = DenialIndexOraclePropertyTests.Build(seed);
                var merges = new MergeEngine(DenialIndexOraclePropertyTests.Quantities, null, new MergeOptions(MergeStrategy.MaxAgreement)).Merge(claims).ToArray();

                var expected = Run(merges, relations, text => new IFindingRule[] { new ReferenceRangeConflictRule(text, ContradictionOptions.Default), new ReferenceSelfContradictionRule(text) });
                var actual = Run(merges, relations, text => new IFindingRule[] { new RangeConflictRule(text, ContradictionOptions.Default), new SelfContradictionRule(text) });

                actual.Should().Equal(expected, "seed {0} must give the reference's findings, in order, word for word", seed);
                findings += expected.Count;
                outliers += expected.Any(l => l.StartsWith("RangeConflict", StringComparison.Ordinal) && l.Contains(" other witnesses.", StringComparison.Ordinal)) ? 1 : 0;
                ties += expected.Any(l => l.Contains("the nearest of the ", StringComparison.Ordinal)) ? 1 : 0;
                splits += expected.Any(l => l.Contains(") below the highest, ", StringComparison.Ordinal)) ? 1 : 0;
                hedged += expected.Any(l => l.StartsWith("HedgeDependent", StringComparison.Ordinal)) ? 1 : 0;
                selves += expected.Any(l => l.StartsWith("SelfContradiction", StringComparison.Ordinal)) ? 1 : 0;
            }, 1_200);

            _output.WriteLine($"{findings} findings; stories with: an outlier {outliers}, an outlier against a tie {ties}, a split {splits}, a hedge-dependent consensus {hedged}, a self-contradiction {selves}");

            // The stories must reach every sentence the rules write, or the equality above proves little.
            outliers.Should().BeGreaterThan(60);
            ties.Should().BeGreaterThan(5);
            splits.Should().BeGreaterThan(200);
            hedged.Should().BeGreaterThan(25);
            selves.Should().BeGreaterThan(200);
        }

        [Fact]
        public void TheRulesOfOneDetection_KeepingTheirSentencesInChunks_GiveExactlyTheReferenceRulesFindings()
        {
            // One detection's words for every story, so that its sentences fill many chunks and many straddle a chunk's end.
            var keeping = new FindingText(new SourceCatalogue(Array.Empty<Source>())).ForDetection();
            long findings = 0, characters = 0;
            for (var seed = 0; seed < 1_500; seed++)
            {
                var (claims, relations) = DenialIndexOraclePropertyTests.Build(seed);
                var merges = new MergeEngine(DenialIndexOraclePropertyTests.Quantities, null, new MergeOptions(MergeStrategy.MaxAgreement)).Merge(claims).ToArray();

                var expected = Run(merges, relations, text => new IFindingRule[] { new ReferenceRangeConflictRule(text, ContradictionOptions.Default), new ReferenceSelfContradictionRule(text) });
                var actual = Run(merges, relations, _ => new IFindingRule[] { new RangeConflictRule(keeping, ContradictionOptions.Default), new SelfContradictionRule(keeping) });

                actual.Should().Equal(expected, "seed {0} must give the reference's findings, in order, word for word", seed);
                findings += expected.Count;
                characters += expected.Sum(l => l.Length);
            }

            _output.WriteLine($"{findings} findings, {characters} characters");
            characters.Should().BeGreaterThan(10L * SentenceWriter.ChunkLength, "the sentences must fill many chunks");
        }

        [Fact]
        public async Task ExplanationsAndOrigins_ReadByManyThreadsAtOnce_AreOneTextAndOneList_AsReadInOrder()
        {
            var read = 0;
            foreach (var seed in Enumerable.Range(1, 40))
            {
                var (claims, relations) = DenialIndexOraclePropertyTests.Build(seed);
                var detector = new ContradictionDetector(DenialIndexOraclePropertyTests.Quantities, relations: relations);
                var inOrder = detector.Detect(claims).Findings.Select(f => f.Explanation + " | " + string.Join(",", f.Origins)).ToList();

                var findings = detector.Detect(claims).Findings;
                const int threads = 6;
                var seen = new (string Explanation, IReadOnlyList<string> Origins)[threads][];
                using (var start = new Barrier(threads))
                {
                    var tasks = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
                    {
                        start.SignalAndWait();
                        // Half the threads read from the end, in another culture, so first reads meet in the middle.
                        if (t % 2 == 1)
                        {
                            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fa-IR");
                        }

                        var mine = new (string, IReadOnlyList<string>)[findings.Count];
                        for (var k = 0; k < findings.Count; k++)
                        {
                            var i = t % 2 == 0 ? k : findings.Count - 1 - k;
                            mine[i] = (findings[i].Explanation, findings[i].Origins);
                        }

                        seen[t] = mine;
                    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
                    await Task.WhenAll(tasks);
                }

                for (var i = 0; i < findings.Count; i++)
                {
                    (findings[i].Explanation + " | " + string.Join(",", findings[i].Origins)).Should().Be(inOrder[i], "seed {0}, finding {1}", seed, i);
                    for (var t = 0; t < threads; t++)
                    {
                        seen[t][i].Explanation.Should().Be(findings[i].Explanation, "every thread reads the one text kept");
                        seen[t][i].Origins.Should().BeSameAs(findings[i].Origins, "every thread gets the one list kept");
                    }
                }

                read += findings.Count;
            }

            read.Should().BeGreaterThan(200);
        }

        [Fact]
        public void AFindingsExplanation_IsWrittenOnce_WhenTheFindingIsMade_AndItsFlipWhenFirstRead()
        {
            var claim = new Claim("c1", Count, HedgedFigure.Of(Hedge.None, 5m), AttributionChain.Direct("s1"), Stance.Asserts);
            var sentence = new Counting(0.25m);
            var finding = new Finding(FindingKind.RangeConflict, 0.5m, Count, null, new[] { claim }, "a rule", sentence, null, null, null, null);
            finding.Number(7);

            sentence.Written.Should().Be(1, "the rule writes the sentence while it has the claims at hand");
            finding.Kind.Should().Be(FindingKind.RangeConflict);
            finding.Origins.Should().Equal("s1");
            finding.Id.Should().Be("finding-7");
            sentence.Flipped.Should().Be(0, "the flip tolerance is computed only when read");
            finding.Explanation.Should().Be("written 1");
            finding.Explanation.Should().Be("written 1");
            finding.ToString().Should().Be("RangeConflict: written 1");
            sentence.Written.Should().Be(1, "reading it does not write it again");
            finding.FlipTolerance.Should().Be(0.25m);
            finding.FlipTolerance.Should().Be(0.25m);
            sentence.Flipped.Should().Be(1);
        }

        [Fact]
        public void AFlipToleranceComputedWhenRead_MayBeNull_AndIsComputedOnce()
        {
            var claim = new Claim("c1", Count, HedgedFigure.Of(Hedge.None, 5m), AttributionChain.Direct("s1"), Stance.Asserts);
            var sentence = new Counting(null);
            var finding = new Finding(FindingKind.RangeConflict, 0.5m, Count, null, new[] { claim }, "a rule", sentence, null, null, 0.75m, null);

            finding.FlipTolerance.Should().BeNull("the sentence computes it, and the value given is not used");
            finding.FlipTolerance.Should().BeNull();
            sentence.Flipped.Should().Be(1);
        }

        [Fact]
        public void AFindingsSeverity_IsClamped_ButOrderedByTheRulesValue()
        {
            var claim = new Claim("c1", Count, HedgedFigure.Of(Hedge.None, 5m), AttributionChain.Direct("s1"), Stance.Asserts);
            var finding = new Finding(FindingKind.RangeConflict, 1.5m, Count, null, new[] { claim }, "a rule", "text", null, null, null, null);

            finding.Severity.Should().Be(1m);
            finding.RawSeverity.Should().Be(1.5m);
        }

        /// <summary>Counts how often the sentence is written and the flip tolerance computed.</summary>
        private sealed class Counting : FindingSentence
        {
            private readonly decimal? _flip;

            public Counting(decimal? flip) => _flip = flip;

            public int Written { get; private set; }

            public int Flipped { get; private set; }

            public override bool FlipsLazily => true;

            public override string Write() => "written " + (++Written).ToString(CultureInfo.InvariantCulture);

            public override decimal? Flip()
            {
                Flipped++;
                return _flip;
            }
        }

        /// <summary>Runs the relation and denial rules, then the given range and self-contradiction rules; returns their drafts as text.</summary>
        private static List<string> Run(QuantityMerge[] merges, DerivedRelation[] relations, Func<FindingText, IFindingRule[]> rules)
        {
            var byKey = DenialIndexOraclePropertyTests.Quantities.ToDictionary(q => q.Key);
            var context = new DetectionContext(merges, byKey, relations);
            var text = new FindingText(new SourceCatalogue(Array.Empty<Source>()));
            var drafts = new List<Finding>();
            new DerivedRelationRule(text, byKey).Run(context, drafts);
            new DenialRule(text).Run(context, drafts);
            drafts.Clear();
            foreach (var rule in rules(text))
            {
                rule.Run(context, drafts);
            }

            return drafts.Select(d => string.Join("|",
                d.Kind, d.Severity.ToString(CultureInfo.InvariantCulture), d.Quantity, d.Period?.ToString() ?? "-", string.Join(",", d.Claims.Select(c => c.Id)),
                d.Rule, d.Explanation, d.Gap?.ToString(CultureInfo.InvariantCulture) ?? "-", d.RelativeGap?.ToString(CultureInfo.InvariantCulture) ?? "-",
                d.FlipTolerance?.ToString(CultureInfo.InvariantCulture) ?? "-",
                d.Derivation?.ToString() ?? "-", d.DisagreeingWitnesses?.ToString(CultureInfo.InvariantCulture) ?? "-")).ToList();
        }
    }
}

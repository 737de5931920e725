using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Merging;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Laws of contradiction detection on generated claim sets: findings only cite input claims, claim order changes
    /// nothing, claims that share a value under their policies yield no contradiction, and claims that share a value read
    /// literally yield no finding at all.
    /// </summary>
    public sealed class ContradictionPropertyTests
    {
        /// <summary>Cases per property.</summary>
        public const int Cases = 1000;

        /// <summary>The literal reading of "about"/"nearly": 0.01% wide.</summary>
        private const decimal Literal = 0.0001m;

        private static readonly string[] Origins = { "o1", "o2", "o3", "o4", "o5" };
        private static readonly string[] Outlets = { "k24", "rudaw", "ap" };
        private static readonly decimal[] CommonValues = { 1m, 7m, 12.5m, 100m, 5000m, 2100000m };

        private static readonly string?[] Times =
        {
            null, "2026-02-07", "2026-02-08", "2026-02-10", "2026-02-07/2026-02-09", "2026-02-10T09:00:00+03", "2026-01", "2026-02",
        };

        /// <summary>Policies no narrower than the literal reading, so a figure read literally lies inside its policy reading.</summary>
        private static readonly InterpretationPolicy[] Policies =
        {
            InterpretationPolicy.Default,
            new("narrow", 0.01m, 0.01m, 0m),
            new("wide", 0.25m, 0.3m, 0m),
            new("bare-5", 0.05m, 0.02m, 0.05m),
            new("asymmetric", 0.02m, 0.2m, 0m),
        };

        private static readonly QuantityKind[] Kinds = { QuantityKind.Level, QuantityKind.Cumulative, QuantityKind.Flow, QuantityKind.Target, QuantityKind.Ratio };

        [Fact]
        public void EveryFindingCitesOnlyInputClaims_WithTheirAttributionRootsAsOrigins()
        {
            PropertyRunner.ForAll(RelatedCorpora, c =>
            {
                var report = new ContradictionDetector(c.Corpus.Quantities, null, c.Relations).Detect(c.Corpus.Claims);
                var input = new HashSet<Claim>(c.Corpus.Claims, ReferenceEqualityComparer<Claim>.Instance);
                report.Findings.Select(f => f.Id).Should().Equal(Enumerable.Range(1, report.Findings.Count).Select(i => "finding-" + i));
                foreach (var f in report.Findings)
                {
                    f.Claims.Should().NotBeEmpty();
                    f.Claims.Should().OnlyContain(claim => input.Contains(claim), "{0} cites only input claims", f.Id);
                    f.Claims.Should().OnlyHaveUniqueItems();
                    f.Origins.Should().Equal(f.Claims.Select(x => x.Attribution.Origin).Distinct().OrderBy(o => o, StringComparer.Ordinal));
                    f.Severity.Should().BeInRange(0m, 1m);
                    f.Explanation.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
                    f.IsContradiction.Should().Be(f.Kind != FindingKind.Revision && f.Kind != FindingKind.HedgeDependent);
                    if (f.FlipTolerance is decimal flip)
                    {
                        flip.Should().BeInRange(0m, 1m);
                        (flip % Literal).Should().Be(0m, "the flip tolerance is a whole number of 0.01% steps");
                    }

                    if (f.Kind == FindingKind.DerivedRelationViolation)
                    {
                        f.Derivation.Should().NotBeNull();
                        f.Claims.Should().Contain(x => x.Quantity.Equals(f.Quantity), "the violating claim is on the target");
                    }

                    if (f.Derivation is null)
                    {
                        f.Claims.Should().OnlyContain(x => x.Quantity.Equals(f.Quantity), "without a relation, claims on different quantities are never compared");
                    }
                }

                report.Derivations.SelectMany(d => d.Claims).Where(claim => !input.Contains(claim)).Should().BeEmpty("derivations rest only on input claims");
            }, Cases);
        }

        [Fact]
        public void ShufflingTheClaims_GivesTheSameFindings()
        {
            var cases = from c in RelatedCorpora
                        from seed in Gen.Choose(0, int.MaxValue)
                        select (Case: c, Seed: seed);
            PropertyRunner.ForAll(cases, x =>
            {
                var detector = new ContradictionDetector(x.Case.Corpus.Quantities, null, x.Case.Relations);
                var expected = detector.Detect(x.Case.Corpus.Claims);
                var shuffled = detector.Detect(MergeGenerators.Shuffle(x.Case.Corpus.Claims, x.Seed));
                shuffled.Findings.Select(ContradictionFixtures.Text).Should().Equal(expected.Findings.Select(ContradictionFixtures.Text));
                shuffled.Derivations.Select(d => d.Id + " " + d).Should().Equal(expected.Derivations.Select(d => d.Id + " " + d));
                shuffled.Unchecked.Select(u => u.ToString()).Should().Equal(expected.Unchecked.Select(u => u.ToString()));
            }, Cases);
        }

        [Fact]
        public void ClaimsWhosePolicyRangesShareAValue_YieldNoContradiction_OnlyHedgeDependentFindingsWithinThePolicyTolerance()
        {
            PropertyRunner.ForAll(CommonValueSets(literal: false), s =>
            {
                var report = new ContradictionDetector(s.Quantities).Detect(s.Claims);
                report.Contradictions.Should().BeEmpty();
                foreach (var f in report.Findings)
                {
                    f.Kind.Should().Be(FindingKind.HedgeDependent);

                    // Every claim's policy reading holds the common value; reading all hedges at the widest policy tolerance
                    // among them holds it too, so the verdict flips no later than that.
                    var widest = f.Claims.Max(c => Math.Max(c.Policy.ApproximateTolerance, c.Policy.NearlyTolerance));
                    f.FlipTolerance.Should().NotBeNull();
                    f.FlipTolerance!.Value.Should().BeLessOrEqualTo(widest);
                }
            }, Cases);
        }

        [Fact]
        public void ClaimsWhoseLiteralRangesShareAValue_YieldNoFindingAtAll()
        {
            PropertyRunner.ForAll(CommonValueSets(literal: true), s =>
            {
                var report = new ContradictionDetector(s.Quantities).Detect(s.Claims);
                report.Findings.Should().BeEmpty();
            }, Cases);
        }

        /// <summary>A corpus from <see cref="MergeGenerators.Corpus"/> (denials included) with 0–3 declared sums and per-period relations between its quantities.</summary>
        private static Gen<RelatedCorpus> RelatedCorpora =>
            from corpus in MergeGenerators.Corpus
            from seed in Gen.Choose(0, int.MaxValue)
            select WithRelations(corpus, seed);

        private static RelatedCorpus WithRelations(Corpus corpus, int seed)
        {
            var random = new Random(seed);
            var keys = corpus.Quantities.Select(q => q.Key).ToArray();
            var relations = new List<DerivedRelation>();
            var count = keys.Length < 2 ? 0 : random.Next(4);
            for (var i = 0; i < count; i++)
            {
                var picked = keys.OrderBy(_ => random.Next()).Take(3).ToArray();
                relations.Add(picked.Length == 3 && random.Next(2) == 0
                    ? DerivedRelation.Sum(picked[0], picked[1], picked[2])
                    : DerivedRelation.PerPeriod(picked[0], picked[1]));
            }

            return new RelatedCorpus(corpus, relations);
        }

        /// <summary>
        /// 1–3 quantities of any kind, each with 1–12 claims (non-denying stances, pooled origins reached directly or through
        /// outlets, pooled times, pooled policies) whose ranges all hold one value per quantity: under each claim's policy,
        /// or with <paramref name="literal"/> also when "about"/"nearly" are read 0.01% wide.
        /// </summary>
        private static Gen<CommonValueSet> CommonValueSets(bool literal) =>
            Gen.Choose(0, int.MaxValue).Select(seed => BuildCommonValueSet(seed, literal));

        private static CommonValueSet BuildCommonValueSet(int seed, bool literal)
        {
            var random = new Random(seed);
            T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
            var quantities = new List<Quantity>();
            var claims = new List<Claim>();
            var values = new List<decimal>();
            var quantityCount = random.Next(1, 4);
            for (var q = 0; q < quantityCount; q++)
            {
                var key = new QuantityKey("story-" + q, "count");
                quantities.Add(new Quantity(key, Unit.Person, Pick(Kinds), ValueDomain.NonNegativeReal));
                var v = Pick(CommonValues);
                values.Add(v);
                var claimCount = random.Next(1, 13);
                for (var i = 0; i < claimCount; i++)
                {
                    var policy = Pick(Policies);
                    var candidates = Figures(v, literal).Where(f => policy.Interpret(f).Contains(v)).ToList();
                    var figure = Pick(candidates);
                    var origin = Pick(Origins);
                    var chain = random.Next(3) switch
                    {
                        0 => AttributionChain.Direct(origin),
                        1 => AttributionChain.Direct(Pick(Outlets)).Citing(origin),
                        _ => AttributionChain.Direct(Pick(Outlets)).Citing("reporter").SpeakingFor(origin),
                    };
                    var time = Pick(Times);
                    var when = time is null ? null : TimeReference.Parse(time);
                    var describes = random.Next(2) == 0;
                    claims.Add(new Claim(
                        $"q{q}-c{i}", key, figure, chain, Pick(new[] { Stance.Asserts, Stance.Estimates, Stance.Relays }),
                        statedAt: describes ? null : when, describes: describes ? when : null, policy: policy));
                }
            }

            return new CommonValueSet(quantities, MergeGenerators.Shuffle(claims, random.Next()), values);
        }

        /// <summary>Figures around <paramref name="v"/>; those read literally (0.01%) hold v when <paramref name="literal"/>, else some only under a policy.</summary>
        private static IEnumerable<HedgedFigure> Figures(decimal v, bool literal)
        {
            var d = v / 10m;
            yield return HedgedFigure.Of(Hedge.None, v);
            yield return HedgedFigure.Of(Hedge.Exactly, v);
            yield return HedgedFigure.Of(Hedge.MoreThan, v - d);
            yield return HedgedFigure.Of(Hedge.AtLeast, v);
            yield return HedgedFigure.Of(Hedge.AtLeast, v - d);
            yield return HedgedFigure.Of(Hedge.FewerThan, v + d);
            yield return HedgedFigure.Of(Hedge.AtMost, v);
            yield return HedgedFigure.Of(Hedge.UpTo, v + d);
            yield return HedgedFigure.Between(v - d, v);
            yield return HedgedFigure.Between(v, v + d);
            yield return HedgedFigure.Between(v - d, v + (2 * d));
            yield return HedgedFigure.Of(Hedge.About, v);
            yield return HedgedFigure.Of(Hedge.Approximately, v);
            yield return HedgedFigure.Of(Hedge.Roughly, v);

            // Half the literal width above v: "nearly" it reaches down to v even when read literally.
            yield return HedgedFigure.Of(Hedge.Nearly, v + (v * Literal / 2m));
            yield return HedgedFigure.Of(Hedge.Almost, v + (v * Literal / 2m));
            yield return HedgedFigure.Of(Hedge.About, v + (v * Literal / 2m));
            if (literal)
            {
                yield break;
            }

            foreach (var factor in new[] { 0.8m, 0.9m, 0.95m, 0.99m, 1.01m, 1.05m, 1.1m, 1.2m, 1.3m })
            {
                yield return HedgedFigure.Of(Hedge.About, v * factor);
                yield return HedgedFigure.Of(Hedge.Roughly, v * factor);
                if (factor > 1)
                {
                    yield return HedgedFigure.Of(Hedge.Nearly, v * factor);
                    yield return HedgedFigure.Of(Hedge.Almost, v * factor);
                }
            }

            yield return HedgedFigure.Of(Hedge.None, v * 1.04m);
            yield return HedgedFigure.Of(Hedge.None, v * 0.96m);
        }

        /// <summary>A corpus and relations declared between its quantities.</summary>
        public sealed class RelatedCorpus
        {
            public RelatedCorpus(Corpus corpus, IReadOnlyList<DerivedRelation> relations)
            {
                Corpus = corpus;
                Relations = relations;
            }

            public Corpus Corpus { get; }

            public IReadOnlyList<DerivedRelation> Relations { get; }

            public override string ToString() => Corpus + "\nrelations:\n  " + string.Join("\n  ", Relations);
        }

        /// <summary>Claims whose ranges share one value per quantity.</summary>
        public sealed class CommonValueSet
        {
            public CommonValueSet(IReadOnlyList<Quantity> quantities, IReadOnlyList<Claim> claims, IReadOnlyList<decimal> values)
            {
                Quantities = quantities;
                Claims = claims;
                Values = values;
            }

            public IReadOnlyList<Quantity> Quantities { get; }

            public IReadOnlyList<Claim> Claims { get; }

            public IReadOnlyList<decimal> Values { get; }

            public override string ToString() =>
                string.Join("; ", Quantities.Select((q, i) => $"{q.Key} ({q.Kind}) shares {Values[i]}")) + "\n  " +
                string.Join("\n  ", Claims.Select(c => $"{MergeGenerators.Describe(c)} under {c.Policy.Name}"));
        }

        private sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
            where T : class
        {
            public static readonly ReferenceEqualityComparer<T> Instance = new();

            public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

            public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}

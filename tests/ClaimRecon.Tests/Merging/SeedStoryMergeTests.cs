using System;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>The merge engine on the seed story (samples/seed-story.json), checked against figures read from the reports.</summary>
    public sealed class SeedStoryMergeTests
    {
        private static readonly QuantityKey Transferred = QuantityKey.Parse("isis-detainees-syria-iraq/transferred");
        private readonly ITestOutputHelper _output;

        public SeedStoryMergeTests(ITestOutputHelper output) => _output = output;

        private static ClaimSet Seed() => ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();

        private static QuantityMerge TransferredMerge(MergeStrategy strategy)
        {
            var set = Seed();
            return MergeEngine.For(set, new MergeOptions(strategy)).Merge(set.Claims).Single(q => q.Quantity.Key.Equals(Transferred));
        }

        [Fact]
        public void SecondArticle_JocStatementsIntersect_SevenThousandIsOutsideAndDenied_SecurityMediaCellDoesNotDecide()
        {
            var merge = TransferredMerge(MergeStrategy.MaxAgreement);
            var tenth = merge.Periods.Single(p => p.Period!.Equals(TimeReference.Parse("2026-02-10")));
            _output.WriteLine(tenth.Explanation);

            tenth.Status.Should().Be(MergeStatus.Consensus);
            tenth.Consensus.Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)));
            tenth.Support.Should().Be(2);
            tenth.Supporters.Select(w => w.OriginId).Should().Equal("joc", "security-media-cell");
            tenth.Supporters.Single(w => w.OriginId == "joc").Claims.Should().HaveCount(3, "the lead, the repeated 'more than 5,000' and 'between 5,000 and 6,000' are one origin");

            var outlier = tenth.Outliers.Should().ContainSingle().Subject;
            outlier.Witness.OriginId.Should().Be("circulating-claims");
            outlier.Witness.Range.Should().Be(NumericRange.Point(7000));
            outlier.Distance.Should().Be(1000);
            outlier.DeniedBy.Select(d => d.OriginId).Should().Equal("joc");

            tenth.NonDecidingSupporters.Select(w => w.OriginId).Should().Equal("security-media-cell");
            tenth.Denials.Should().ContainSingle().Which.TouchesConsensus.Should().BeFalse();
            tenth.IsUnanimous.Should().BeFalse();
            tenth.Explanation.Should().Contain("(5,000, 6,000]").And.Contain("Circulating claims").And.Contain("denied by Joint Operations Command");
        }

        [Fact]
        public void WithoutTheDenial_SevenThousandTiesAndTheTieIsReportedNotSettled()
        {
            var set = Seed();
            var claims = set.Claims.Where(c => c.Stance != Stance.Denies).ToList();
            var merge = MergeEngine.For(set).Merge(claims).Single(q => q.Quantity.Key.Equals(Transferred));
            var tenth = merge.Periods.Single(p => p.Period!.Equals(TimeReference.Parse("2026-02-10")));
            _output.WriteLine(tenth.Explanation);

            tenth.Status.Should().Be(MergeStatus.Tie);
            tenth.Consensus.IsEmpty.Should().BeTrue();
            tenth.Candidates.Select(c => c.Range).Should().Equal(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)), NumericRange.Point(7000));
            tenth.Candidates.Should().OnlyContain(c => c.Score == 2);
            tenth.Explanation.Should().Contain("tie");
        }

        [Fact]
        public void CumulativeTimeline_FromTwoThousandTwoHundredFiftyToMoreThanFiveThousand_HasNoConflict()
        {
            var merge = TransferredMerge(MergeStrategy.MaxAgreement);
            _output.WriteLine(merge.Timeline!.ToString());

            merge.Timeline!.IsConsistent.Should().BeTrue();
            merge.Timeline.Points.Select(p => p.Period.ToString()).Should().Equal("2026-02-07", "2026-02-10");
            merge.Timeline.Points[0].Stated.Should().Be(NumericRange.Point(2250));
            merge.Timeline.Points[0].Bounds.Should().Be(NumericRange.Point(2250));
            merge.Timeline.Points[1].Bounds.Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)));
            merge.Periods[0].Supporters.Should().ContainSingle().Which.Claims.Should().HaveCount(3, "three reports of the Security Media Cell's 2,250 are one origin");
        }

        [Fact]
        public void DifferentQuantitiesThatLookAlike_AreNeverMergedTogether()
        {
            var set = Seed();
            var results = MergeEngine.For(set).Merge(set.Claims).ToList();

            results.Select(r => r.Quantity.Key).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            results.Should().HaveCount(set.Quantities.Count);
            var slated = results.Single(r => r.Quantity.Key.Measure == "slated-for-transfer");
            slated.Timeline.Should().BeNull("a target is not cumulative");
            slated.Periods.SelectMany(p => p.Witnesses).SelectMany(w => w.Claims).Should().OnlyContain(c => c.Quantity.Equals(slated.Quantity.Key));
        }

        [Fact]
        public void FaultTolerantFusion_OnTheSecondArticle_KeepsWhatTwoOfThreeAdmitAndLabelsItsEstimate()
        {
            var merge = TransferredMerge(MergeStrategy.FaultTolerant(1));
            var tenth = merge.Periods.Single(p => p.Period!.Equals(TimeReference.Parse("2026-02-10")));
            _output.WriteLine(tenth.Explanation);

            // Witnesses: joc (5000, 6000], circulating {7000}, security media cell (4580, +inf). Two of three admit (5000, 6000] and {7000}.
            tenth.FaultBudgetApplied.Should().Be(1);
            tenth.Consensus.Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(7000)));
            tenth.Estimate.Should().Be(((5500m * 2) + (7000m * 2)) / 4);
            tenth.Explanation.Should().Contain("estimate");
        }

        [Fact]
        public void Intersection_OfTheSecondArticle_IsEmptyBecauseSevenThousandIsOutsideTheJocRange()
        {
            var merge = TransferredMerge(MergeStrategy.Intersection);
            var tenth = merge.Periods.Single(p => p.Period!.Equals(TimeReference.Parse("2026-02-10")));
            _output.WriteLine(tenth.Explanation);

            tenth.Status.Should().Be(MergeStatus.NoAgreement);
            tenth.Consensus.IsEmpty.Should().BeTrue();
            tenth.Explanation.Should().Contain("do not overlap");
        }
    }
}

using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>The wording of the split finding when denials outweigh every value the witnesses claim, written out by hand.</summary>
    public sealed class SplitWordingTests
    {
        [Fact]
        public void WitnessesSharingNoValue_WhenDenialsOutweighEveryValue_AreOneSplitFinding_InTheseWords()
        {
            // 100 and 200 from two origins, each denied by a third and a fourth: no value keeps any support.
            var report = Detect(Quantity(Count),
                Claim("low", Count, Bare(100), "north"),
                Claim("high", Count, Bare(200), "south"),
                Claim("no-low", Count, Bare(100), "east", stance: Stance.Denies),
                Claim("no-high", Count, Bare(200), "west", stance: Stance.Denies));

            var split = report.Findings.Should().ContainSingle(f => f.Rule == RangeConflictRule.SplitRule).Subject;
            split.Explanation.Should().Be(
                "The 2 witnesses for story/count on 10 February 2026 share no value, and denials outweigh every value they claim: " +
                "the lowest, north's \"100\", lies 100 (50%) below the highest, south's \"200\".");
            split.Ids().Should().Equal("low", "high");
        }
    }
}

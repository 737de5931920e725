using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Counts of the people who took part in a march, a rally or a strike are one quantity however each outlet words them:
    /// a crowd, a turnout, marchers, people brought onto the streets, teachers who walked off the job, members who joined
    /// the walkout. Sentences of our own.
    /// </summary>
    public sealed class ParticipationTests
    {
        [Theory]
        [InlineData("Police estimated the crowd at 4,500 at its height.", "4,500")]
        [InlineData("The organisers put turnout at more than 9,000.", "more than 9,000")]
        [InlineData("The union claimed 9,000 marchers.", "9,000")]
        [InlineData("Roughly 700 protesters gathered outside the court.", "Roughly 700")]
        [InlineData("Sunday's rally brought some 5,000 people onto the streets of Tarnby.", "some 5,000")]
        [InlineData("The vigil drew 1,200 people.", "1,200")]
        [InlineData("Nearly 2,000 people marched through the old town.", "Nearly 2,000")]
        public void ACrowdIsTheCountOfThePeopleWhoTookPart(string sentence, string figure)
        {
            var m = Read(sentence).Single(x => x.Mention.Text == figure);

            m.IsRecognised.Should().BeTrue();
            m.Key.ToString().Should().Be("person/took-part");
            m.Kind.Should().Be(ClaimRecon.Quantities.QuantityKind.Level);
            m.Unit.Should().Be(Unit.Person);
        }

        [Theory]
        [InlineData("Tens of thousands march against the toll plan", "Tens of thousands", "person/took-part")]
        [InlineData("Hundreds rally outside the court", "Hundreds", "person/took-part")]
        [InlineData("Thousands of nurses strike over rotas", "Thousands", "nurse/took-part")]
        [InlineData("A crowd of 3,000 filled the square.", "3,000", "person/took-part")]
        [InlineData("A crowd of about 900 people lined the route.", "about 900", "person/took-part")]
        [InlineData("The union said 1,000 had joined the protest.", "1,000", "person/took-part")]
        public void AHeadlinesVerbACrowdThatFillsAPlaceAndThoseWhoJoinedAreWhoTookPart(string sentence, string figure, string key)
        {
            var m = Read(sentence).Single(x => x.Mention.Text == figure);

            m.IsRecognised.Should().BeTrue();
            m.Key.ToString().Should().Be(key);
        }

        [Fact]
        public void TheFigureThatRefersBackKeepsTheGroupItRefersTo_NotPeople()
        {
            var read = Read("The union said 13,000 members had joined the walkout. Officials put the figure at fewer than 8,000.");

            read[1].Key.Should().Be(read[0].Key, "\"the figure\" is the members' count, though no noun follows it");
        }

        [Fact]
        public void AnActionWordThatDescribesTheNounAfterItIsNoVerb()
        {
            Read("About 5,000 strike ballots were posted.").Single().Key.Measure.Should().NotBe("took-part");
        }

        [Theory]
        [InlineData("About 800 nurses walked off the job on Monday.", "About 800")]
        [InlineData("About 800 nurses walked out at dawn.", "About 800")]
        [InlineData("About 800 nurses went on strike.", "About 800")]
        [InlineData("About 800 nurses had joined the walkout by noon.", "About 800")]
        public void WalkingOutAndJoiningAStrikeAreTakingPart(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().Be("nurse/took-part");
        }

        [Fact]
        public void StayingAwayFromWorkIsTakingPart_OnlyInAStoryOfAStrike()
        {
            var strike = Read("The nurses' strike closed two wards. About 600 nurses did not report for work.");
            var snow = Read("Snow closed two wards. About 600 nurses did not report for work.");

            strike.Single(m => m.Mention.Text == "About 600").Key.Measure.Should().Be("took-part");
            snow.Single(m => m.Mention.Text == "About 600").Key.Measure.Should().NotBe("took-part", "without a strike an absence is no walkout");
        }

        [Fact]
        public void PeopleBroughtSomewhereByOthersAreStillMoved()
        {
            Read("The army brought 300 people to the camp.").Single().Key.Measure.Should().Be("transferred");
        }

        [Fact]
        public void ProtestersArrestedAreArrested_NotTheCrowd()
        {
            Read("Police arrested 40 protesters.").Single().Key.ToString().Should().Be("person/arrested");
        }

        [Fact]
        public void AFigureGivenRightBeforeItsValueAndAnUpperBoundReferBack()
        {
            var read = Read("Sunday's rally brought some 5,000 people onto the streets. The police gave a figure of 4,000. Even the upper bound is around 6,000.");

            read.Select(m => m.Key.ToString()).Should().Equal("person/took-part", "person/took-part", "person/took-part");
        }

        [Fact]
        public void EveryWordingOfOneCrowdIsOneQuantity()
        {
            var a = QuantityReader.Read(NumericMentionExtractor.Extract("Nearly 2,000 people marched through Tarnby on Sunday. Police estimated the crowd at 1,500, while organisers put turnout at 6,000."), "a");
            var b = QuantityReader.Read(NumericMentionExtractor.Extract("Sunday's march brought about 2,500 people onto the streets. The organisers claimed 6,500 marchers."), "b");

            QuantityAlignment.Align(a.Concat(b)).Quantities.Should().ContainSingle();
        }

        [Fact]
        public void MembersWhoJoinedAWalkoutAreTheOneGroupThatWalkedOut()
        {
            var a = QuantityReader.Read(NumericMentionExtractor.Extract("More than 800 nurses walked off the job on Monday."), "a");
            var b = QuantityReader.Read(NumericMentionExtractor.Extract("The union said 900 members had joined the walkout."), "b");

            QuantityAlignment.Align(a.Concat(b)).Quantities.Should().ContainSingle();
        }

        [Fact]
        public void MembersAreNotAlignedWhenTwoGroupsTookPart()
        {
            var a = QuantityReader.Read(NumericMentionExtractor.Extract("More than 800 nurses walked off the job on Monday. About 300 porters walked out too."), "a");
            var b = QuantityReader.Read(NumericMentionExtractor.Extract("The union said 900 members had joined the walkout."), "b");

            QuantityAlignment.Align(a.Concat(b)).Quantities.Should().HaveCount(3, "members could be either group");
        }

        [Fact]
        public void ARunningCostInAStoryOfAStrikeIsTheStrikesCost_NotTheCostOfTheGroupCountedBefore()
        {
            var read = Read("The nurses' strike entered its third day. About 40 patients were moved to other hospitals. The city is spending $200,000 a day on agency staff.");

            read.Single(m => m.Mention.Text == "$200,000 a day").Key.Subject.Should().Be("strike");
        }

        [Fact]
        public void TwoUnrelatedArticlesStillAlignNothing()
        {
            var a = QuantityReader.Read(NumericMentionExtractor.Extract("Nearly 2,000 people marched through Tarnby on Sunday. Police estimated the crowd at 1,500."), "a");
            var b = QuantityReader.Read(NumericMentionExtractor.Extract("The harbour handled 40,000 containers last month. Fees rose 3%."), "b");

            QuantityAlignment.Align(a.Concat(b)).Quantities.Where(q => q.Mentions.Select(m => m.ArticleId).Distinct().Count() > 1).Should().BeEmpty();
        }
    }
}

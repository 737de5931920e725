using System.Linq;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Readings that went wrong on a wildfire story of our own (two outlets): a town's population taken for a count of
    /// people, an evacuation order and a list of counts sharing a verb not keyed by their event, the cost of the firefight
    /// apart from the cost of fighting the fire, containment unread. Sentences of our own.
    /// </summary>
    public sealed class WildfireStoryTests
    {
        [Fact]
        public void ATownsPopulationIsNotACountOfPeopleInShelters()
        {
            var read = Read("Some 600 people slept in shelters. Halden, a village of about 900 people, was spared.");

            read[1].Key.Measure.Should().Be("population");
            read[0].Key.Should().NotBe(read[1].Key);
        }

        [Fact]
        public void ResidentsOrderedToEvacuateAreComparedWithPeopleEvacuated()
        {
            var a = Read("Some 2,000 residents of Ashby and Brook Vale were ordered to evacuate.", "a");
            var b = Read("About 2,600 people have been evacuated from Ashby, the sheriff said.", "b");

            a.Single().Key.Measure.Should().Be(b.Single().Key.Measure);
            var alignment = QuantityAlignment.Align(a.Concat(b));
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Fact]
        public void ACountListedBeforeAnotherSharesItsVerb()
        {
            Read("At least 30 homes and 12 barns were destroyed.").Select(m => m.Key.Measure).Should().Equal("destroyed", "destroyed");
        }

        [Fact]
        public void TheCostOfTheFirefightIsTheCostOfFightingTheFire()
        {
            var a = Read("Fighting the wildfire costs about $1 million a day, the agency said.", "a");
            var b = Read("She put the cost of the firefight at $900,000 a day.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Fact]
        public void ContainmentIsACompletedShareOfTheFire_AlsoInASecondPredicate()
        {
            var a = Read("The fire was 20 percent contained on Monday.", "a");
            var b = Read("The blaze had burned 5,000 acres by Monday night and was 30% contained.", "b");

            a.Single().Key.Measure.Should().Be("completed-share");
            b.Single(m => m.Mention.Text == "30%").Head.Should().Be("fire");
            var alignment = QuantityAlignment.Align(a.Concat(b));
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b.Single(m => m.Mention.Text == "30%").Id));
        }

        [Theory]
        [InlineData("The blaze had burned 5,000 acres and was only 30% contained.", "30%", "fire")]
        [InlineData("The Tarn fire has burned 3,000 acres, officials said on Friday, and was 25% contained.", "25%", "fire")]
        public void ContainmentAfterAnAdverbOrASpeakersAsideIsStillTheSubjectsShare(string sentence, string figure, string head)
        {
            var m = Read(sentence).Single(x => x.Mention.Text == figure);

            m.Head.Should().Be(head);
            m.Key.Measure.Should().Be("completed-share");
        }

        [Fact]
        public void ContainmentReachingAShareIsTheShareOfTheFireTheArticleReports()
        {
            var a = Read("The Tarn fire had grown to 3,000 acres by Friday. Crews said 900 firefighters were on the lines and that containment had reached 20%.", "a");
            var b = Read("The Tarn fire was 15% contained on Thursday.", "b");

            var share = a.Single(x => x.Mention.Text == "20%");
            share.Key.ToString().Should().Be("fire/completed-share", "containment is no share of the firefighters counted before it");
            QuantityAlignment.Align(a.Concat(b)).KeyOf(share.Id).Should().Be(QuantityAlignment.Align(a.Concat(b)).KeyOf(b[0].Id));
        }

        [Fact]
        public void ContainmentWithNoFireReadBeforeIsLeftUnrecognised()
        {
            Read("Crews said containment had reached 20%.").Single().IsRecognised.Should().BeFalse();
        }

        [Fact]
        public void HomesThatBurnedAreHomesDestroyed_ButAFiresAcresAndCarsAreNot()
        {
            var a = Read("The sheriff denied reports that more than 300 homes had burned.", "a");
            var b = Read("At least 90 homes have been destroyed, the county said.", "b");

            a.Single().Key.ToString().Should().Be("home/destroyed");
            QuantityAlignment.Align(a.Concat(b)).KeyOf(a[0].Id).Should().Be(QuantityAlignment.Align(a.Concat(b)).KeyOf(b[0].Id));
            Read("The fire has burned 5,000 acres.").Single().Key.ToString().Should().Be("fire/area");
            Read("Some 12 cars burned in the lot.").Single().Key.Measure.Should().NotBe("destroyed");
        }

        [Theory]
        [InlineData("The state had spent nearly $11 million on the fire so far.", "fire")]
        [InlineData("The city spent $2 million on new buses.", "bus")]
        public void MoneySpentOnSomethingIsItsCost(string sentence, string head)
        {
            var m = Read(sentence).Single();

            m.Head.Should().Be(head);
            m.Key.Measure.Should().Be("cost");
        }
    }
}

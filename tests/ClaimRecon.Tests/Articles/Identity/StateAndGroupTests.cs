using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Counts a reader joins across a story: what is left without power however the outlet words it, a count's earlier
    /// peak, a group named by what was done to it, and workers brought in; and the guards that keep other counts apart.
    /// </summary>
    public sealed class StateAndGroupTests
    {
        [Fact]
        public void HomesWithoutPowerAndCustomersWhoRemainedWithoutElectricityAreOneQuantity()
        {
            var a = Read("About 12,000 homes and businesses in Dunmore were without power on Monday.", "a");
            var b = Read("Some 9,500 customers in Dunmore remained without electricity, the utility said.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            a.Single().Key.Measure.Should().Be("without-power");
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Theory]
        [InlineData("Rescuers said three more were still missing.", "three", "person/missing")]
        [InlineData("Six hikers remain unaccounted for.", "Six", "hiker/missing")]
        [InlineData("At least 30 people were left homeless.", "At least 30", "person/homeless")]
        [InlineData("The coastguard said nine were dead.", "nine", "person/killed")]
        public void PeopleLeftMissingHomelessOrDeadAreCountedByThatState(string sentence, string figure, string key)
        {
            var m = Read(sentence).Single(x => x.Mention.Text == figure);

            m.IsRecognised.Should().BeTrue();
            m.Key.ToString().Should().Be(key);
        }

        [Fact]
        public void TheDeadAndTheKilledAreOneQuantity_TheMissingAnother()
        {
            var a = Read("The storm killed 14 people, and 5 more are missing.", "a");
            var b = Read("Officials said 15 people were dead.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
            alignment.KeyOf(a[1].Id).Should().NotBe(alignment.KeyOf(a[0].Id));
        }

        [Theory]
        [InlineData("Roughly 7,000 homes had no power after the gale.", "Roughly 7,000")]
        [InlineData("The utility said 2,300 homes with no electricity were waiting for crews.", "2,300")]
        public void HomesThatHadNoPowerAreCountedAsWithoutPower(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().Be("customer/without-power");
        }

        [Theory]
        [InlineData("Coroners recorded 14 deaths after the heatwave.", "14")]
        [InlineData("The crash caused three deaths, police said.", "three")]
        [InlineData("Police confirmed 6 fatalities on the ring road.", "6")]
        public void DeathsAndFatalitiesCountedAreThePeopleKilled(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().Be("person/killed");
        }

        [Theory]
        [InlineData("Doctors logged 1,200 cancer deaths last year.", "1,200")]
        [InlineData("The ward saw 4 deaths a week in winter.", "4")]
        public void AKindOfDeathOrARateOfDeathsIsNotTheToll(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().NotBe("person/killed");
        }

        [Theory]
        [InlineData("The new vaccine prevented 2,000 deaths, the ministry said.", "2,000")]
        [InlineData("Planners said 300 deaths were averted by the early sirens.", "300")]
        [InlineData("Roughly 12 deaths in every 1,000 births were logged.", "Roughly 12")]
        public void DeathsThatDidNotHappenOrARateInEveryThousandAreNotTheToll(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().NotBe("person/killed");
        }

        [Theory]
        [InlineData("Only 3 of the 40 clinics had no power cuts during the gale.", "3")]
        [InlineData("Nine homes had no water damage, the insurer said.", "Nine")]
        [InlineData("Around 800 homes had no power lines down, the utility said.", "Around 800")]
        public void HavingNoPowerCutsOrWaterDamageIsNoStateOfBeingWithoutTheService(string sentence, string figure)
        {
            Read(sentence).Single(x => x.Mention.Text == figure).Key.ToString().Should().NotContain("without");
        }

        [Fact]
        public void PeopleWithoutPowerAreNotTheUtilitysCustomers()
        {
            var read = Read("About 30,000 people were without power in Dunmore. Some 12,000 households were without power in Dunmore.");

            read[0].Key.Should().NotBe(read[1].Key, "a household holds several people");
        }

        [Fact]
        public void AHeadlineCountWithNoNounCountsWhatTheArticlesOtherCountOfTheStateCounts()
        {
            var read = Read("Gale leaves 12,000 without power\n\nMore than 12,000 homes in Dunmore were without electricity after the gale, the utility said.");

            read[0].IsRecognised.Should().BeTrue();
            var alignment = QuantityAlignment.Align(read);
            alignment.KeyOf(read[0].Id).Should().Be(alignment.KeyOf(read[1].Id));
            read[0].Cues.Should().Contain(c => c.Rule.StartsWith("no noun of its own", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ACountWithNoNounAndNoOtherCountOfItsStateStaysNotRecognised()
        {
            Read("Gale leaves 12,000 without power").Single().IsRecognised.Should().BeFalse();
        }

        [Fact]
        public void AnEarlierPeakIsTheSameQuantityAsTheCountBeforeIt()
        {
            var read = Read("Some 9,500 customers remained without power on Tuesday, down from a peak of 14,000 on Sunday.");

            read[1].Key.Should().Be(read[0].Key);
            read[1].Kind.Should().Be(read[0].Kind);
        }

        [Fact]
        public void AGroupNamedByAParticipleIsKeyedByIt_AndALaterPlanWordIsNotItsPlan()
        {
            var a = Read("At least 60 roads were blocked by snow, officials said.", "a");
            var b = Read("The council said reopening the 70 blocked roads would take a week.", "b");

            b.Single().Kind.Should().Be(QuantityKind.Level, "the roads are blocked now; the plan is the reopening");
            b.Single().Key.Measure.Should().Be("blocked");
            QuantityAlignment.Align(a.Concat(b)).KeyOf(b[0].Id).Should().Be(QuantityAlignment.Align(a.Concat(b)).KeyOf(a[0].Id));
        }

        [Fact]
        public void WorkersBroughtInAreTheWorkforceAtWork()
        {
            var a = Read("The utility brought in 400 line workers from other regions.", "a");
            var b = Read("About 450 workers are now helping with repairs, the utility said.", "b");

            a.Single().Kind.Should().Be(QuantityKind.Level);
            var alignment = QuantityAlignment.Align(a.Concat(b));
            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Fact]
        public void PrisonersBroughtInAreStillATransfer()
        {
            Read("Guards brought in 400 prisoners from the old jail.").Single().Key.Measure.Should().Be("transferred");
        }

        [Fact]
        public void AGuessDoesNotReachBackPastBut()
        {
            var m = Read("Floodwaters recede, but thousands still stranded").Single();

            m.Thing.Should().BeNull();
            m.Unit.Symbol.Should().Be("{figure}");
        }

        [Theory]
        [InlineData("Roughly 300 cottages were under water.")]
        [InlineData("About 300 cottages were underwater by dusk.")]
        [InlineData("Some 300 cottages had been flooded.")]
        [InlineData("Around 300 cottages were inundated.")]
        public void CottagesUnderWaterAndCottagesFloodedAreOneMeasure(string sentence)
        {
            Read(sentence).Single().Key.ToString().Should().Be("cottage/flooded");
        }
    }
}

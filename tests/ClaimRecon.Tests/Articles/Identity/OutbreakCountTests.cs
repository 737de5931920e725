using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What an outbreak story's counts measure: which disease, running totals of cases, the people taken into hospital
    /// however each outlet words it, pupils sent home, a headline's tally, a death toll. Sentences of our own.
    /// </summary>
    public sealed class OutbreakCountTests
    {
        private static QuantityAlignment Align(string a, string b) =>
            QuantityAlignment.Align(QuantityReader.Read(NumericMentionExtractor.Extract(a), "a").Concat(QuantityReader.Read(NumericMentionExtractor.Extract(b), "b")));

        [Fact]
        public void CasesOfTwoDiseasesAreTwoQuantities()
        {
            var alignment = Align("Clinics in Dunmore have logged 140 dengue cases.", "Clinics in Dunmore have logged 140 malaria cases.");

            alignment.Quantities.Should().HaveCount(2, "dengue and malaria cases are two counts, whatever their figures");
        }

        [Fact]
        public void CasesOfADiseaseMeetCasesThatNameNone()
        {
            var alignment = Align("Clinics in Dunmore have logged 140 dengue cases.", "The health office in Dunmore counted 150 cases.");

            alignment.Quantities.Should().ContainSingle();
        }

        [Theory]
        [InlineData("Vets have confirmed 9 cases of rabies this year.", "rabies")]
        [InlineData("Doctors confirmed 61 measles cases in the district.", "measles")]
        public void TheDiseaseIsAQualifier(string sentence, string disease)
        {
            var m = Read(sentence)[0];

            m.Qualifiers.Should().Contain("disease=" + disease);
            m.Key.Subject.Should().StartWith("case-" + disease);
        }

        [Theory]
        [InlineData("Doctors have confirmed 212 flu cases.", QuantityKind.Cumulative)]
        [InlineData("Flu cases at the care home rose to 31.", QuantityKind.Cumulative)]
        [InlineData("Doctors reported 40 new flu cases on Tuesday.", QuantityKind.Level)]
        [InlineData("The ward has 12 active cases.", QuantityKind.Level)]
        public void ACountOfCasesIsARunningTotal_NewOrActiveCasesAreNot(string sentence, QuantityKind kind)
        {
            Read(sentence)[0].Kind.Should().Be(kind);
        }

        [Theory]
        [InlineData("About 30 patients were admitted to the hospital overnight.")]
        [InlineData("Twelve residents needed hospital treatment after the smoke spread.")]
        [InlineData("Nine climbers have been hospitalised.")]
        [InlineData("Five walkers were treated in hospital for burns.")]
        [InlineData("Forty people were rushed to hospital.")]
        public void BeingTakenIntoHospitalIsOneEventHoweverItIsWorded(string sentence)
        {
            var m = Read(sentence)[0];

            m.Key.Measure.Should().Be("hospitalised");
            m.Kind.Should().Be(QuantityKind.Cumulative);
        }

        [Fact]
        public void PatientsAndPeopleInHospitalAreOneQuantity()
        {
            var alignment = Align("Doctors said 37 patients had needed hospital treatment.", "The ministry said 41 people have been admitted to hospital since May.");

            alignment.Quantities.Should().ContainSingle().Which.Quantity.Key.ToString().Should().Be("person/hospitalised");
        }

        [Fact]
        public void ThoseStillInHospitalAreNotThoseTakenThere()
        {
            Read("Twelve people remain in hospital.")[0].Key.Measure.Should().NotBe("hospitalised");
        }

        [Fact]
        public void PupilsSentHomeAreNoTransfer()
        {
            var home = Read("About 400 pupils were sent home early.")[0];

            home.Key.Measure.Should().Be("sent-home");
            home.Kind.Should().Be(QuantityKind.Level);
            Read("The army sent 300 soldiers to the border.")[0].Key.Measure.Should().Be("transferred");
        }

        [Theory]
        [InlineData("The charity has printed 5,400 vouchers since March.", QuantityKind.Cumulative)]
        [InlineData("Since the start of 2025 the mill has shed 640 jobs.", QuantityKind.Cumulative)]
        [InlineData("The charity printed 5,400 vouchers on Monday.", QuantityKind.Level)]
        public void ACountSinceATimeIsARunningTotal(string sentence, QuantityKind kind)
        {
            Read(sentence)[0].Kind.Should().Be(kind);
        }

        [Fact]
        public void AHeadlinesTallyCountsWhatTheLeadCounts()
        {
            var read = Read("Dengue tally tops 1,000\n\nThe health office said 1,040 dengue cases had been confirmed.");

            read[0].IsRecognised.Should().BeTrue();
            read[0].Key.Should().Be(read[1].Key);
        }

        [Fact]
        public void ATallyWithNoCountAfterItStaysUnrecognised()
        {
            Read("Dengue tally tops 1,000\n\nThe health office will publish its report on Friday.")[0].IsRecognised.Should().BeFalse();
        }

        [Fact]
        public void JobsCutAreOneCountWhetherTheVerbFollowsOrLeads()
        {
            var alignment = Align("The mill has cut 2,400 jobs since 2024.", "The closure takes the number of jobs cut at the mill to 3,550 since 2024.");

            alignment.Quantities.Should().ContainSingle().Which.Quantity.Key.ToString().Should().Be("job/cut");
        }

        [Theory]
        [InlineData("The number of people killed in the floods in the Ashby valley has risen to 12.")]
        [InlineData("The number of people killed rose to 12 on Tuesday.")]
        [InlineData("The storm took the number of people killed in the Ashby valley to 12.")]
        [InlineData("The number of people who have died in the Ashby valley has risen to 12.")]
        public void TheNumberOfPeopleKilledIsTheKilledCountWhateverVerbChangesIt(string sentence)
        {
            var alignment = Align("The floods in the Ashby valley have killed nine people.", sentence);

            alignment.Quantities.Should().ContainSingle().Which.Quantity.Key.ToString().Should().StartWith("person").And.EndWith("/killed");
        }

        [Theory]
        [InlineData("The death toll from the Ashby valley floods rose to 12 on Tuesday.")]
        [InlineData("By Tuesday the death toll stood at 12.")]
        [InlineData("The toll in the Ashby valley has reached 12, the coroner said.")]
        public void ADeathTollIsTheKilledCount(string sentence)
        {
            var alignment = Align("The floods in the Ashby valley have killed nine people.", sentence);

            alignment.Quantities.Should().ContainSingle().Which.Quantity.Key.ToString().Should().StartWith("person").And.EndWith("/killed");
        }

        [Theory]
        [InlineData("Drivers pay a toll of $6 on the new bridge.")]
        [InlineData("The death toll rose by 3 overnight.")]
        public void AMoneyTollOrARiseOfATollIsNoKilledCount(string sentence)
        {
            Read(sentence)[0].Key.ToString().Should().NotEndWith("/killed");
        }

        [Fact]
        public void TheNumberOfHomesThatWereDestroyedCountsHomesDestroyed()
        {
            Read("The number of homes that were destroyed reached 40.")[0].Key.ToString().Should().Be("home/destroyed");
        }

        [Fact]
        public void APlanWordAfterTheNumberOfIsNoEventDoneToThem()
        {
            Read("The total number of ferries slated for repair is 40.")[0].Key.ToString().Should().Be("ferry/planned");
        }
    }
}

using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// A figure's earlier value written "up from N" measures what the figure measures; a disease named in the plural form
    /// does not end the counted noun; a count that "has risen to" a figure is a count of its subject.
    /// </summary>
    public sealed class EarlierValueAndHeadTests
    {
        [Theory]
        [InlineData("The shelter housed 96 families on Friday, up from 71 a month ago.")]
        [InlineData("Cycling trips rose to 5,400 on Sunday, up from 4,100 the week before.")]
        [InlineData("The hotline took 320 calls on Monday, down from 410 on Friday.")]
        public void AnEarlierValueWrittenUpFromMeasuresWhatTheFigureMeasures(string sentence)
        {
            var read = Read(sentence);

            read.Should().HaveCount(2);
            read[1].IsRecognised.Should().BeTrue();
            read[1].Key.Should().Be(read[0].Key);
        }

        [Theory]
        [InlineData("Doctors confirmed 61 measles cases in the district.", "case")]
        [InlineData("Vets treated 14 rabies cases last year.", "case")]
        [InlineData("The broadcaster sent 12 news crews to the border.", "crew")]
        public void ADiseaseOrNounEndingInSThatIsNoPluralDoesNotEndTheCountedNoun(string sentence, string head)
        {
            Read(sentence)[0].Head.Should().Be(head, "the disease is a qualifier of the cases, not the noun counted");
        }

        [Fact]
        public void ThePluralThatEndsACountedNounStillEndsIt()
        {
            NumericMentionExtractor.Extract("About 300 soldiers arrived.").Mentions[0].CountedNoun.Should().Be("soldiers");
        }

        [Theory]
        [InlineData("The number of flu cases has risen to 480.")]
        [InlineData("Flu cases have risen to 480.")]
        [InlineData("The number of flu cases has fallen to 480.")]
        public void ACountThatHasRisenOrFallenToAFigureIsACountOfItsSubject(string sentence)
        {
            Read(sentence)[0].Key.Subject.Should().Be("case-flu");
        }
    

        [Theory]
        [InlineData("Doctors now see about 20 new cases a week.", "count-per-week")]
        [InlineData("About 40 ferries a day cross the strait.", "count-per-day")]
        [InlineData("The tunnel takes about 30,000 lorries daily.", "count-per-day")]
        public void ACountPerPeriodIsAFlowOfItsOwn(string sentence, string measure)
        {
            var read = Read(sentence)[0];

            read.Key.Measure.Should().Be(measure);
            read.Kind.Should().Be(QuantityKind.Flow);
        }

        [Fact]
        public void ACountPerPeriodIsNotTheRunningCount()
        {
            var read = Read("The clinic has confirmed 214 cases and now sees about 20 new cases a week.");

            read[1].Key.Should().NotBe(read[0].Key);
        }

        [Fact]
        public void ACountAWeekAgoIsNoRate()
        {
            Read("The clinic had 300 cases a week ago.")[0].Kind.Should().NotBe(QuantityKind.Flow);
        }
    

        [Theory]
        [InlineData("Flu cases in the harbour district have risen to 215.")]
        [InlineData("The number of measles cases among pupils has risen to 90.")]
        [InlineData("Confirmed cases at the care home rose to 31 on Friday.")]
        public void ACountThatRoseIsOfTheNounBeforeWhereItIs(string sentence)
        {
            Read(sentence)[0].Head.Should().Be("case");
        }

        [Fact]
        public void AShareChangeKeepsItsOwner()
        {
            Read("Shares in the ferry line fell 3% on Monday.")[0].Key.Subject.Should().Be("line");
        }
    

        [Fact]
        public void ACountThatRoseToAFigureIsTheCountOfItsThing()
        {
            var rose = Read("Flu cases rose to 212 on Tuesday.")[0];
            var counted = Read("Doctors counted 212 flu cases on Tuesday.")[0];

            rose.Key.Measure.Should().Be("count");
            rose.Key.Should().Be(counted.Key);
        }

        [Fact]
        public void AnIndexThatRoseToAFigureIsStillALevelWithItsUnit()
        {
            Read("The harbour index rose to 4.2 points on Tuesday.")[0].Key.Measure.Should().NotBe("count");
        }
    }
}

using System;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>One key for the same quantity across articles, none for different ones, and the relations text implies.</summary>
    public sealed class QuantityAlignmentTests
    {
        private const string First = "More than 3,000 migrants have been relocated from Greece to Italy so far. Officials plan to relocate 9,000 migrants.";
        private const string Second = "Italy says it has received 3,400 migrants from Greece. About 4,000 migrants are held in Italy.";

        [Fact]
        public void TheSameQuantityInTwoArticlesGetsOneKey()
        {
            var a = Read(First, "a");
            var b = Read(Second, "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
            alignment.QuantityOf(a[0].Id).SpansArticles.Should().BeTrue();
            alignment.KeyOf(a[1].Id).Should().NotBe(alignment.KeyOf(a[0].Id), "planned is not done");
            alignment.KeyOf(b[1].Id).Should().NotBe(alignment.KeyOf(b[0].Id), "held is not moved");
            alignment.Quantities.Should().HaveCount(3);
        }

        [Theory]
        [InlineData("500 prisoners were moved from Syria.", "500 prisoners were moved from Iran.")]
        [InlineData("500 prisoners were moved.", "500 prisoners are held.")]
        [InlineData("500 prisoners were moved.", "500 teachers were moved.")]
        [InlineData("500 prisoners were moved.", "500 Turkish nationals were moved.")]
        [InlineData("The wall is 600 kilometres long.", "The company hired 600 engineers.")]
        public void DifferentQuantitiesAreNeverAligned(string one, string other)
        {
            var a = Read(one, "a");
            var b = Read(other, "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().NotBe(alignment.KeyOf(b[0].Id));
            QuantityAlignment.Similarity(a[0], b[0]).Should().BeLessThan(AlignmentOptions.DefaultThreshold);
        }

        [Fact]
        public void SynonymsOfTheHeadAlign()
        {
            var a = Read("More than 700 prisoners were transferred to Jordan.", "a");
            var b = Read("About 750 detainees were moved to Jordan.", "b");

            QuantityAlignment.Similarity(a[0], b[0]).Should().Be(1.0);
            QuantityAlignment.Align(a.Concat(b)).Quantities.Should().ContainSingle();
        }

        [Fact]
        public void TheCallerCanSplitAndPin()
        {
            var a = Read("More than 700 prisoners were transferred to Jordan.", "a");
            var b = Read("About 750 detainees were moved to Jordan.", "b");
            var c = Read("The council hired 12 teachers.", "c");

            var split = QuantityAlignment.Align(a.Concat(b), AlignmentOptions.Default.Split(a[0].Id, b[0].Id));
            split.KeyOf(a[0].Id).Should().NotBe(split.KeyOf(b[0].Id));

            var pinned = QuantityAlignment.Align(a.Concat(c), AlignmentOptions.Default.Pin(a[0].Id, c[0].Id));
            pinned.KeyOf(a[0].Id).Should().Be(pinned.KeyOf(c[0].Id));
        }

        [Fact]
        public void BadOptionsNameTheProblem()
        {
            var a = Read("More than 700 prisoners were transferred to Jordan.", "a");

            var unknown = () => QuantityAlignment.Align(a, AlignmentOptions.Default.Pin(a[0].Id, "zz@1"));
            unknown.Should().Throw<ArgumentException>().WithMessage("*zz@1*");
            var both = () => QuantityAlignment.Align(a, AlignmentOptions.Default.Pin("x@1", "y@2").Split("x@1", "y@2"));
            both.Should().Throw<ArgumentException>();
            var threshold = () => AlignmentOptions.Default.WithThreshold(0);
            threshold.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("threshold");
            var self = () => AlignmentOptions.Default.Split("x@1", "x@1");
            self.Should().Throw<ArgumentException>();
            var twice = () => QuantityAlignment.Align(a.Concat(a));
            twice.Should().Throw<ArgumentException>().WithMessage("*a@0*");
        }

        [Fact]
        public void UnrecognisedFiguresStayAlone()
        {
            var a = Read("The answer was 42.", "a");
            var b = Read("The answer was 42.", "b");

            QuantityAlignment.Align(a.Concat(b)).Quantities.Should().HaveCount(2);
        }

        [Fact]
        public void RateTimesCountAndDailyToMonthlyAreProposedWithTheirSentence()
        {
            var read = Read("Housing costs 30 dollars per refugee per day. With 2,000 refugees in the camp, the daily bill is $60,000, or roughly $1.8 million a month.");

            var relations = QuantityAlignment.Align(read).Relations;

            relations.Select(r => r.Relation.ToString()).Should().Equal(
                "refugee/cost-per-day = refugee/count \u00D7 refugee/cost-per-person-per-day",
                "refugee/cost-per-month = refugee/cost-per-day per period");
            relations.Should().OnlyContain(r => r.Relation.Name!.StartsWith("proposed:", StringComparison.Ordinal) && r.Sentence.StartsWith("With 2,000", StringComparison.Ordinal));
            relations[0].Relation.Kind.Should().Be(RelationKind.Product);
        }

        [Fact]
        public void APercentageOfACountIsProposedAsThePartItNames()
        {
            var read = Read("The total number of migrants due to be relocated is 9,000, with about 40 percent holding Syrian nationality. Nearly 3,500 migrants holding Syrian nationality are to be relocated.");

            var relation = QuantityAlignment.Align(read).Relations.Should().ContainSingle().Which;

            relation.Relation.ToString().Should().Be("migrant-syria/planned-transfer = migrant-syria/share-syria % of migrant/planned-transfer");
            relation.Mentions.Select(m => m.Mention.Text).Should().Equal("Nearly 3,500", "about 40 percent", "9,000");
        }

        [Fact]
        public void NothingIsProposedWithoutTheOperands()
        {
            QuantityAlignment.Align(Read("The daily bill is $60,000.")).Relations.Should().BeEmpty();
        }

        [Fact]
        public void AShortNameOfAnIndexIsAlignedWithItsFullName()
        {
            var a = Read("The Harbour Bay Composite Index fell 0.7% on Monday.", "a");
            var b = Read("By noon the Harbour fell 0.4%.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Theory]
        [InlineData("The Harbour Bay Composite Index fell 0.7%.", "The Harbour Bay Small Cap fell 0.4%.")]
        [InlineData("The Harbour Bay Composite Index fell 0.7%.", "The Lakeside Index fell 0.4%.")]
        [InlineData("The Harbour Bay Composite Index fell 0.7%.", "The Harbour Bay Composite Index closed at 1,204.5 points.")]
        public void ANameThatIsNotAShortFormOrAnotherMeasureIsNotAligned(string one, string other)
        {
            var a = Read(one, "a");
            var b = Read(other, "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().NotBe(alignment.KeyOf(b[0].Id));
        }
    }
}

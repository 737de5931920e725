using System;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Articles;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Contradictions;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Products the text implies, on sentences of our own: a rate per X times a count or amount of X, and a rate per
    /// period times a stated duration, each proposed with its sentence and checked by the report, never asserted.
    /// </summary>
    public sealed class ProposedProductTests
    {
        private static readonly OffsetDateTime Day = new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero);

        private static ArticleReconciliation Reconcile(string text) => ArticleReconciler.Reconcile(new[] { new Article(text, "Tidewater Post", Day) });

        private static string[] Texts(ProposedRelation r) => r.Mentions.Select(m => m.Mention.Text).ToArray();

        [Fact]
        public void ACountInTheSentenceBeforeTheRateIsTheRatesOperand()
        {
            var relation = QuantityAlignment.Align(Read("The hostel houses 300 pilgrims. Meals cost $4 per pilgrim a day, so it spends $1,200 a day on food.")).Relations.Should().ContainSingle().Which;

            relation.Relation.Kind.Should().Be(RelationKind.Product);
            Texts(relation).Should().Equal("$1,200 a day", "300", "$4 per pilgrim a day");
            relation.Sentence.Should().StartWith("Meals cost");
            relation.Relation.Name.Should().StartWith("proposed:");
        }

        [Fact]
        public void ARatePerPersonTakesACountOfItsOwnNounOnly()
        {
            QuantityAlignment.Align(Read("The camp employs 40 people. Food costs $3 per detainee a day, or $2,400 a day in all.")).Relations
                .Should().BeEmpty("the people employed are not the detainees the rate is per, though both count persons");

            var relation = QuantityAlignment.Align(Read("The camp employs 40 people and holds 800 detainees. Food costs $3 per detainee a day, or $2,400 a day in all.")).Relations.Should().ContainSingle().Which;
            Texts(relation).Should().Equal("$2,400 a day", "800", "$3 per detainee a day");
        }

        [Fact]
        public void ARatePerUnitTimesAnAmountInThatUnitGivesTheTotal()
        {
            var relation = QuantityAlignment.Align(Read("The bakery bought 2,000 tonnes of flour at $40 per tonne, a purchase of $80,000.")).Relations.Should().ContainSingle().Which;

            Texts(relation).Should().Equal("$80,000", "2,000 tonnes", "$40 per tonne");
            relation.Rule.Should().Be("a rate per item times a count or amount of that item gives the total");
        }

        [Fact]
        public void ADailyRateTimesAStatedNumberOfDaysGivesThePeriodsTotal()
        {
            var relation = QuantityAlignment.Align(Read("The town paid the ferry company $800 a day, and for 30 days the bill came to $24,000.")).Relations.Should().ContainSingle().Which;

            Texts(relation).Should().Equal("$24,000", "30 days", "$800 a day");
            relation.Rule.Should().Be("a rate per period times a duration gives the total over it");
        }

        [Fact]
        public void ADurationTakesTheNearestRateBeforeTheTotal()
        {
            var relations = QuantityAlignment.Align(Read("The shelter spends $1,500 a day on meals. The town paid the ferry company $800 a day, and for 30 days the bill came to $24,000.")).Relations;

            relations.Should().ContainSingle().Which.Mentions.Select(m => m.Mention.Text).Should().Equal("$24,000", "30 days", "$800 a day");
        }

        [Fact]
        public void ARateWithNothingToMultiplyProposesNothing()
        {
            QuantityAlignment.Align(Read("The ferry costs $800 a day to run. The season lasts 90 days.")).Relations.Should().BeEmpty("no total is stated");
            QuantityAlignment.Align(Read("Tickets cost $12 per passenger, and 300 tonnes of cargo crossed, worth $5,000.")).Relations.Should().BeEmpty("passengers are not tonnes");
        }

        [Fact]
        public void TheReportChecksTheProductAndNamesItProposed()
        {
            var agrees = Reconcile("The town paid the ferry company $800 a day, and for 30 days the bill came to $24,000.");
            var disagrees = Reconcile("The town paid the ferry company $800 a day, and for 30 days the bill came to $31,000.");

            agrees.Report.Contradictions.Findings.Should().NotContain(f => f.Kind == FindingKind.DerivedRelationViolation);
            disagrees.Report.Contradictions.Findings.Should().ContainSingle(f => f.Kind == FindingKind.DerivedRelationViolation)
                .Which.Explanation.Should().Contain("proposed: a rate per period times a duration");
        }

        [Fact]
        public void AProductOfTwoSourcesFiguresIsTheOutletsArithmetic()
        {
            var r = Reconcile("The harbour office counts 300 pilgrims at the hostel. The charity says meals cost $4 per pilgrim a day, putting the food bill at $1,200 a day.");

            Origin(r, "300").Should().Be("harbour-office");
            Origin(r, "$1,200 a day").Should().Be("tidewater-post", "the count is the harbour office's and the rate the charity's, so the product is the outlet's");
        }

        [Fact]
        public void AProductOfOneSourcesFiguresStaysThatSources()
        {
            var r = Reconcile("The Harbour Office says the ferry was paid $800 a day and that for 30 days the bill came to $24,000.");

            r.ProposedRelations.Should().ContainSingle();
            Origin(r, "$24,000").Should().Be("harbour-office");
        }

        private static string Origin(ArticleReconciliation r, string figure) =>
            r.Claims.Claims.Single(c => c.Figure?.Wording == figure).Attribution.Origin;

        [Fact]
        public void PartsNamedOfAWholeAddUpToIt_AndTheReportChecksTheSum()
        {
            var relation = QuantityAlignment.Align(Read("Of the 90 patients, 60 were women and 30 were men, the clinic said.")).Relations.Should().ContainSingle().Which;

            relation.Relation.Kind.Should().Be(RelationKind.Sum);
            Texts(relation).Should().Equal("90", "60", "30");
            relation.Rule.Should().Be("the parts named of a whole add up to it");

            Reconcile("Of the 90 patients, 60 were women and 30 were men, the clinic said.").Report.Contradictions.Findings
                .Should().NotContain(f => f.Kind == FindingKind.DerivedRelationViolation);
            Reconcile("Of the 90 patients, 60 were women and 20 were men, the clinic said.").Report.Contradictions.Findings
                .Should().ContainSingle(f => f.Kind == FindingKind.DerivedRelationViolation)
                .Which.Explanation.Should().Contain("proposed: the parts named of a whole add up to it");
        }

        [Theory]
        [InlineData("Of the 90 patients, 60 were women, the clinic said.")]
        [InlineData("Of the 90 patients, 60 were women and 12 were seriously ill, the clinic said.")]
        [InlineData("The clinic saw 90 patients; 60 were women and 30 were men.")]
        [InlineData("Of the 90 patients, 60 were women and the ward spent $30 on each.")]
        public void NoSumIsProposedUnlessEveryFigureAfterTheWholeIsAPartOfItsKind(string sentence)
        {
            QuantityAlignment.Align(Read(sentence)).Relations.Should().NotContain(r => r.Relation.Kind == RelationKind.Sum);
        }
    }
}

using System.Linq;
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
    /// Counts whose event no table names are told apart by their own verb: a story's dead, injured and evacuated are three
    /// quantities, not one count of people that contradicts itself.
    /// </summary>
    public sealed class OwnVerbTests
    {
        [Fact]
        public void CountsOfOnePeopleWithDifferentVerbsAreDifferentQuantities()
        {
            var read = Read("At least 12 people were killed in the landslide. 85 people were injured. Rescuers freed 40 people from the mud.");

            read.Select(m => m.Key.Measure).Should().Equal("killed", "injured", "freed");
            read.Select(m => m.Key.Subject).Distinct().Should().ContainSingle();
            read[0].Cues.Should().Contain(c => c.Role == IdentityRole.Event && c.Text == "killed");
        }

        [Theory]
        [InlineData("Police arrested 14 people after the match.", "arrested")]
        [InlineData("About 3,000 people fled the town.", "fled")]
        [InlineData("Some 20,000 people took part in the strike.", "took-part")]
        [InlineData("Some 20,000 people marched through the capital.", "took-part")]
        [InlineData("Nine people died in the crash.", "killed")]
        [InlineData("Forty people were rushed to hospital.", "hospitalised")]
        [InlineData("About 500 people were forced to flee.", "count")]
        [InlineData("About 500 workers are expected to join the walkout.", "planned")]
        public void TheCountsOwnVerbIsItsMeasure(string sentence, string measure)
        {
            Read(sentence).Single().Key.Measure.Should().Be(measure);
        }

        [Theory]
        [InlineData("About 9,000 households in Marlow County remained without heat.", "without-heat")]
        [InlineData("Engineers restored water to about 6,000 households.", "restored")]
        [InlineData("The ward reported 310 infections last week.", "count")]
        [InlineData("Officials recorded 310 infections last week.", "count")]
        [InlineData("In all, 310 infections were confirmed.", "count")]
        public void APlaceBeforeTheVerbAndAnObjectBeforeToDoNotHideIt_AndReportingIsNoEvent(string sentence, string measure)
        {
            Read(sentence).Single().Key.Measure.Should().Be(measure);
        }

        [Fact]
        public void CustomersRestoredAndCustomersStillCutOffAreTwoQuantities()
        {
            var read = Read("Crews restored power to 12,000 customers in Marlow County. About 8,000 customers in Marlow County remained without power.");

            read.Select(m => m.Key).Distinct().Should().HaveCount(2, "a count of those restored is not a count of those still cut off");
        }

        [Fact]
        public void TheVerbOfATableStillWins()
        {
            Read("About 2,000 prisoners were transferred to the new jail.").Single().Key.Measure.Should().Be("transferred");
        }

        [Fact]
        public void AVerbAloneDoesNotMakeAFigureWithoutAThingRecognised()
        {
            var m = Read("More than 600 were evacuated.").Single();

            m.IsRecognised.Should().BeFalse("the verb says what happened, not what was counted");
        }

        [Fact]
        public void DiedAndWereKilledInTwoArticlesAreOneQuantity()
        {
            var a = Read("At least 30 people died in the storm.", "a");
            var b = Read("The storm killed 31 people, officials said.", "b");

            var alignment = QuantityAlignment.Align(a.Concat(b));

            alignment.KeyOf(a[0].Id).Should().Be(alignment.KeyOf(b[0].Id));
        }

        [Fact]
        public void AStoryOfDeadAndEvacuatedHasNoSelfContradiction()
        {
            var article = new Article("Officials said 12 people were killed and 300 people were evacuated from the coast.", "Daily Ledger", new LocalDate(2025, 3, 14));

            var result = ArticleReconciler.Reconcile(new[] { article });

            result.Report.Contradictions.Findings.Should().NotContain(f => f.Kind == FindingKind.SelfContradiction);
            result.Claims.Claims.Select(c => c.Quantity).Distinct().Should().HaveCount(2);
        }
    }
}

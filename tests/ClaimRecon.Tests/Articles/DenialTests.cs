using System;
using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>Denials that give no figure of their own, each read from sentences of our own.</summary>
    public sealed class DenialTests
    {
        private static readonly QuantityKey Boats = new("harbour", "boats-seized");

        [Fact]
        public void AFigurelessDenialPointsAtTheReportedFigureBeforeIt()
        {
            var reading = Reading.Of("Organisers put attendance at 40,000. Police said the figure was exaggerated.");

            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Source.Id.Should().Be("police");
            denial.Words.Text.Should().Be("exaggerated");
            denial.Cue.Text.Should().Be("said");
            denial.Direction.Should().Be(DenialDirection.Lower);
            denial.DeniedFigures.Should().ContainSingle().Which.Mention.Text.Should().Be("40,000");
            denial.DeniedSource.Should().BeNull();
            denial.DecisionFor(AttributionPart.Denied).Rule.Should().Be("denied.figure.nearest-before");
            denial.DecisionFor(AttributionPart.Stance).Rule.Should().Be("stance.denial-predicate");
            denial.Chain.ToString().Should().Be("daily-ledger \u2192 cites \u2192 police");
            reading.Mentions.Single().Stance.Should().NotBe(Stance.Denies, "the organisers' own figure is not the denial's");
        }

        [Fact]
        public void ADenialOfAClauseAboutNoNumberPointsAtNoFigure()
        {
            var reading = Reading.Of("Some 400 homes lost power on Monday, the county said. Harlow Electric denied on Tuesday that its equipment had caused the outage.");

            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.DeniedFigures.Should().BeEmpty("the utility denies a cause, not the county's count");
            denial.DecisionFor(AttributionPart.Denied).Rule.Should().Be("denied.none.own-clause");
        }

        [Fact]
        public void ADenialThatNamesWhatItCountsPointsAtAFigureOfThatThing()
        {
            var reading = Reading.Of("A radio station said 40 boats were seized and 300 fishermen were detained.\nThe coastguard said the number of boats is far lower than that.");

            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Direction.Should().Be(DenialDirection.Lower);
            denial.Words.Text.Should().Be("far lower than");
            denial.DeniedFigures.Single().Mention.Text.Should().Be("40");
            denial.DecisionFor(AttributionPart.Denied).Rule.Should().Be("denied.figure.same-thing");
        }

        [Fact]
        public void ADenialOfWhatIsBeingReportedDeniesCirculatingClaims()
        {
            var denial = Reading.Of("The union said the number of striking nurses is far lower than what is being reported.").Denials.Single();

            denial.Direction.Should().Be(DenialDirection.Lower);
            denial.DeniedFigures.Should().BeEmpty();
            denial.DeniedSource!.Id.Should().Be("circulating-claims");
            denial.ToClaim("u1", Boats).Denies.Should().Be(DenialTarget.OfSource("circulating-claims", DenialDirection.Lower));
        }

        [Fact]
        public void TheDeniersOwnFigureIsNotWhatItDenies()
        {
            var denial = Reading.Of("The Harbour Authority said 12 boats were seized. It later said the number of boats is far lower than what was reported.").Denials.Single();

            denial.Source.Name.Should().Be("Harbour Authority");
            denial.DeniedFigures.Should().BeEmpty();
            denial.DecisionFor(AttributionPart.Denied).Rule.Should().Be("denied.source.reports");
        }

        [Theory]
        [InlineData("The bureau said the jobless count was understated.", DenialDirection.Higher, "understated")]
        [InlineData("Reports of a surge in arrests are inaccurate, the governor said.", DenialDirection.None, "inaccurate")]
        [InlineData("The ministry denied the reports.", DenialDirection.None, "denied")]
        public void DenialWordsGiveTheDirection(string text, DenialDirection direction, string words)
        {
            var denial = Reading.Of(text).Denials.Should().ContainSingle().Which;

            denial.Direction.Should().Be(direction);
            denial.Words.Text.Should().Be(words);
        }

        [Fact]
        public void ADenialThatCarriesItsFigureIsAMentionNotAFigurelessDenial()
        {
            var reading = Reading.Of("The ministry said reports of 500 deserters were inaccurate.");

            reading.Denials.Should().BeEmpty();
            reading.Mentions.Single().Stance.Should().Be(Stance.Denies);
        }

        [Fact]
        public void ADenialBecomesAClaimWithoutAFigureDenyingTheClaimsItIsGiven()
        {
            var denial = Reading.Of("Organisers put attendance at 40,000. Police said on Thursday the figure was exaggerated.").Denials.Single();

            var claim = denial.ToClaim("police-1", Boats, new[] { "organisers-1" });

            claim.Figure.Should().BeNull();
            claim.Stance.Should().Be(Stance.Denies);
            claim.Denies.Should().Be(DenialTarget.OfClaims(new[] { "organisers-1" }, DenialDirection.Lower));
            claim.Attribution.Should().Be(denial.Chain);
            claim.StatedAt!.ToString().Should().Be("2025-03-13");
            claim.Evidence.Single().Quote.Should().Be("the figure was exaggerated");
        }

        [Fact]
        public void ADenialNamingNeitherFiguresNorSourcesNeedsTheClaimsItDenies()
        {
            var denial = Reading.Of("The bureau said the jobless count was understated.").Denials.Single();

            denial.Invoking(d => d.ToClaim("b1", Boats)).Should().Throw<InvalidOperationException>().WithMessage("*understated*");
            denial.ToClaim("b1", Boats, new[] { "x" }).Denies!.ClaimIds.Should().Equal("x");
        }

        [Fact]
        public void TheReconcilerMakesTheDenialAClaimAgainstTheDeniedFiguresClaim()
        {
            var published = Reading.Published;
            var r = ArticleReconciler.Reconcile(new[] { new Article("Organisers said 40,000 people marched. Police said the figure was exaggerated.", "Daily Ledger", published) });

            var denial = r.Claims.Claims.Should().ContainSingle(c => c.Figure == null).Which;
            var marched = r.Claims.Claims.Single(c => c.Figure != null);
            denial.Denies.Should().Be(DenialTarget.OfClaims(new[] { marched.Id }, DenialDirection.Lower));
            denial.Quantity.Should().Be(marched.Quantity);
            denial.Id.Should().Be("daily-ledger-denial-1");
        }

        [Fact]
        public void CallingAnEstimateWrongLaterInTheSentenceIsAnotherSourcesDenialOfIt()
        {
            var reading = Reading.Of("Growers put the crop losses at more than $80 million, but the farm bureau called that estimate inflated.");

            var figure = reading.Mentions.Single();
            figure.Source.Id.Should().Be("daily-ledger/growers", "a group noun is scoped to the outlet that names it");
            figure.Stance.Should().Be(Stance.Estimates, "the growers' figure is theirs; the bureau's words come after a \"but\" of its own");
            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Source.Id.Should().Be("farm-bureau");
            denial.Cue.Text.Should().Be("called");
            denial.Direction.Should().Be(DenialDirection.Lower);
            denial.DeniedFigures.Should().ContainSingle().Which.Mention.Text.Should().Be("more than $80 million");
        }

        [Theory]
        [InlineData("Tenants said 600 flats were empty. The housing office calls the figures false.", "housing-office", DenialDirection.None)]
        [InlineData("Tenants said 600 flats were empty. The council called the count a gross underestimate.", "council", DenialDirection.Higher)]
        [InlineData("Tenants said 600 flats were empty. The landlords called that number an exaggeration.", "daily-ledger/landlords", DenialDirection.Lower)]
        [InlineData("Tenants said 600 flats were empty. The council called the plan to count them wrong.", "council", DenialDirection.None)]
        [InlineData("Tenants said 600 flats were empty. The council called the rent and vacancy figures false.", "council", DenialDirection.None)]
        public void CallingAFigureWrongIsADenial(string text, string denier, DenialDirection direction)
        {
            var denial = Reading.Of(text).Denials.Should().ContainSingle().Which;

            denial.Source.Id.Should().Be(denier);
            denial.Direction.Should().Be(direction);
            denial.DeniedFigures.Should().ContainSingle().Which.Mention.Text.Should().Be("600");
        }

        [Theory]
        [InlineData("A charity called Fair Count said 600 flats were empty.")]
        [InlineData("The mayor called the 600 empty flats a scandal.")]
        public void CallingSomethingByANameOrAnythingButWrongDeniesNothing(string text)
        {
            var reading = Reading.Of(text);

            reading.Denials.Should().BeEmpty();
            reading.Mentions.Single().Stance.Should().NotBe(Stance.Denies);
        }

        [Theory]
        [InlineData("Some 300 voters called the wrong hotline, the county clerk said.")]
        [InlineData("Donors who called the fake charity lost $2 million, police said.")]
        [InlineData("Neighbours called a fake number after 3 cars were stolen, police said.")]
        public void ADenialWordBeforeTheNounItDescribesCallsNothingWrong(string text)
        {
            var reading = Reading.Of(text);

            reading.Denials.Should().BeEmpty("what was phoned is \"the wrong hotline\", \"a fake number\": no figure is called wrong");
            reading.Statements.Should().NotContain(x => x.Cue.Text == "called");
        }

        [Theory]
        [InlineData("She called the audit false and said the firm paid $12 million in tax.", "$12 million")]
        [InlineData("Analysts called the chart misleading but said sales did rise 4%.", "4%")]
        [InlineData("Ortiz called to say that was wrong and that 30 jobs were at risk.", "30")]
        public void WhatIsCalledWrongEndsBeforeTheNextClause(string text, string figure)
        {
            Reading.Of(text).Mentions.Single(m => m.Mention.Text == figure).Stance.Should().NotBe(Stance.Denies, "the figure is in a clause of its own after the denial");
        }
    }
}

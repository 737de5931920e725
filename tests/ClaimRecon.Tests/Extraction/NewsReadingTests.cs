using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// Readings news text needs that the reader used to get wrong (issue 14, accuracy): powers of ten, changes across a
    /// time phrase, vague counts, spans of days, scores and names with numbers, change verbs with an object, currencies
    /// named with their country. Every sentence here is our own.
    /// </summary>
    public sealed class NewsReadingTests
    {
        [Theory]
        [InlineData("Repairs come to about $2,500 for each flooded household.", "about $2,500 for each flooded household", "USD/{household}")]
        [InlineData("The ferry charges $4 for every passenger.", "$4 for every passenger", "USD/person")]
        public void ForEachOrForEveryAfterAFigureIsItsDenominator(string sentence, string text, string unit)
        {
            var mention = Extract.Single(sentence);

            mention.Text.Should().Be(text);
            mention.Unit!.Symbol.Should().Be(unit);
        }

        [Fact]
        public void ForEachOfTheAndForEveryBeforeAFigure_OpenNoDenominator()
        {
            Extract.Single("They paid $40 for each of the tickets.").Unit.Should().Be(Unit.UsDollar);
            NumericMentionExtractor.Extract("There are 3 nurses for every 1,000 patients.").Mentions.Select(m => m.Text).Should().Equal("3", "1,000");
        }

        [Fact]
        public void APowerOfTenIsPartOfTheFigure()
        {
            var small = Extract.Single("The wavelength is about 5.5×10−7 metres.");
            small.Value.Should().Be(0.00000055m);
            small.Unit.Should().Be(Unit.Parse("m"));
            small.Figure!.Hedge.Should().Be(Hedge.About);
            small.ScaleText.Should().Be("×10−7");

            Extract.Single("The planet's mass is 6.0 × 10^24 kilograms.").Value.Should().Be(6_000_000_000_000_000_000_000_000m);
            Extract.Single("The film was 2.5x10-3 mm thick.").Value.Should().Be(0.0025m);
        }

        [Fact]
        public void APowerOfTenPastWhatADecimalHoldsIsRejectedWhole()
        {
            var result = Extract.All("The scale is 1.6×10−35 metres.");
            result.Mentions.Should().BeEmpty("neither the 10 nor the exponent is a figure of its own");
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.TooLarge && r.Text == "1.6×10−35");
        }

        [Fact]
        public void FromOneLevelToAnotherAcrossATimePhraseIsOneChange()
        {
            var fall = Extract.Single("Prices dropped from $80 at noon yesterday to $72 at 9am.");
            fall.Value.Should().Be(72m);
            fall.PriorValue.Should().Be(80m);
            fall.Change.Should().Be(ChangeDirection.Down);
            fall.Unit!.Symbol.Should().Be("USD");

            var rise = Extract.Single("Mileage went from 30 miles per gallon in 2010 to 36 mpg in 2020.");
            rise.Value.Should().Be(36m);
            rise.PriorValue.Should().Be(30m);
            rise.Change.Should().Be(ChangeDirection.Up, "a year between the levels makes them a change over time");
            rise.Unit.Should().Be(Unit.Parse("mi/{gal}"));
        }

        [Fact]
        public void LevelsForDifferentGroupsAreNotAChange()
        {
            Extract.All("The dose ranges from 5 mg for adults to 2 mg for children.").Mentions.Should().HaveCount(2);
        }

        [Fact]
        public void BetweenOneFigureToAnotherIsARange()
        {
            var mention = Extract.Single("The project will take between five to 8 years.");
            mention.Range.Should().Be(NumericRange.Closed(5m, 8m));
            mention.Unit.Should().Be(Unit.Parse("year"));
        }

        [Fact]
        public void TwoCloseCountsJoinedByOrAreAVagueRange()
        {
            var mention = Extract.Single("Over the last two or three years, rents doubled.");
            mention.Range.Should().Be(NumericRange.Closed(2m, 3m));
            mention.Unit.Should().Be(Unit.Parse("year"));

            Extract.Single("She will run 10 or 12 miles.").Range.Should().Be(NumericRange.Closed(10m, 12m));
            Extract.All("The quiz had 5 or 50 answers.").Mentions.Should().HaveCount(2, "counts far apart are alternatives");
        }

        [Fact]
        public void ASpanOfDaysIsOneDate()
        {
            var result = Extract.All("The fair runs Sept. 12-15 and again 3-6 October.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => (r.Text, r.Reason)).Should().Equal(("Sept. 12-15", RejectionReason.Date), ("3-6 October", RejectionReason.Date));
        }

        [Fact]
        public void TheSecondHalfOfAPeriodIsNotAFraction()
        {
            Extract.All("Sales were weak in the second half of the season.").Mentions.Should().BeEmpty();
            Extract.Single("The club keeps half the ticket money.").Value.Should().Be(0.5m);
        }

        [Fact]
        public void APostalCodeIsAnIdentifier()
        {
            var result = Extract.All("Homes in the 10025 ZIP code sold fast.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.Identifier && r.Text == "10025 ZIP code");
        }

        [Fact]
        public void AnAcronymsNumberWithASpaceBeforeTheDashIsAnIdentifier()
        {
            var result = Extract.All("A rally on COVID -19 rules drew crowds.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.Identifier);

            Extract.Single("By noon the DAX stood at CAC -2% and little else.").Value.Should().Be(-2m, "a percentage after an index name is a change");
        }

        [Fact]
        public void UpAtAFigureIsTheLevelNotTheChange()
        {
            var mention = Extract.Single("The index was up at 96.1 on Monday.");
            mention.Change.Should().Be(ChangeDirection.Up);
            mention.IsChangeAmount.Should().BeFalse();
        }

        [Fact]
        public void MoneyRaisedIsNotARise()
        {
            var raised = Extract.All("The museum has raised 4 million of the 10 million it needs.").Mentions[0];
            raised.Change.Should().Be(ChangeDirection.None);

            var rates = Extract.Single("The bank raised rates by 0.25 points.");
            rates.Change.Should().Be(ChangeDirection.Up);
            rates.IsChangeAmount.Should().BeTrue();
        }

        [Theory]
        [InlineData("The group expects to grow its revenue by 12 per cent.", ChangeDirection.Up)]
        [InlineData("The council cut the parks budget by 8%.", ChangeDirection.Down)]
        [InlineData("The forecast was revised upward by $40 billion.", ChangeDirection.Up)]
        [InlineData("Estimates were revised downward by 3%.", ChangeDirection.Down)]
        public void AChangeVerbWithItsObjectBeforeByMakesTheFigureTheChange(string sentence, ChangeDirection direction)
        {
            var mention = Extract.Single(sentence);
            mention.Change.Should().Be(direction);
            mention.IsChangeAmount.Should().BeTrue();
        }

        [Fact]
        public void TheLeadUpToAnEventIsNotABound()
        {
            var mention = Extract.Single("The lead up to 5,000 job cuts took months.");
            mention.Figure!.Hedge.Should().Be(Hedge.None);

            Extract.Single("The car can run up to 400 km on a charge.").Figure!.Hedge.Should().Be(Hedge.UpTo);
        }

        [Fact]
        public void AnAverageOfAFourDigitFigureIsNotAYear()
        {
            Extract.Single("Fares will go up by an average of 1500 next spring.").Value.Should().Be(1500m);
        }

        [Fact]
        public void TwiceAsHighAsAFigureIsTheProduct()
        {
            var mention = Extract.Single("Rents are twice as high as the 500 of last year.");
            mention.Value.Should().Be(1000m);
            mention.PriorValue.Should().Be(500m);

            Extract.Single("The bid was three times as large as the $40 offered before.").Value.Should().Be(120m);
            Extract.All("The siren is twice as loud as a drum.").Mentions.Should().BeEmpty("nothing is multiplied");
        }

        [Fact]
        public void AParticipleAfterAFigureIsNotItsCountedNoun()
        {
            Extract.Single("Of the 300 shipped in May, most arrived.").CountedNoun.Should().BeNull();
            Extract.Single("There were over 200 wounded in the attack.").CountedNoun.Should().Be("wounded");
        }

        [Fact]
        public void AScoreIsNotAQuantity()
        {
            var result = Extract.All("The hosts beat the visitors 3-1 and later drew 2-2.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => (r.Text, r.Reason)).Should().Equal(("3-1", RejectionReason.Score), ("2-2", RejectionReason.Score));

            Extract.All("The team lost 2-3 at home.").Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.Score);
            Extract.Single("Rain fell for 2-3 days.").Range.Should().Be(NumericRange.Closed(2m, 3m));
            Extract.All("The senate voted 52-48 to pass it.").Mentions.Should().HaveCount(2, "a vote is two counts");
            Extract.All("Half the seats went to women under a 50-50 rule.").Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.SetPhrase);
        }

        [Fact]
        public void ACountNamingAKindOfThingIsNotAnAmount()
        {
            var result = Extract.All("It has a six-speed gearbox and a 4-cylinder engine.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => r.Text).Should().Equal("six-speed", "4-cylinder");
        }

        [Fact]
        public void AModelNumberBeforeItsNameIsAnIdentifier()
        {
            var result = Extract.All("Airlines grounded 40 737 Max jets.");
            result.Mentions.Should().ContainSingle().Which.Value.Should().Be(40m);
            result.Rejections.Should().ContainSingle(r => r.Text == "737 Max" && r.Reason == RejectionReason.Identifier);
        }

        [Fact]
        public void ACapitalBWrittenApartIsBillion()
        {
            Extract.Single("About 8 B people live on the planet.").Value.Should().Be(8_000_000_000m);
            Extract.Single("The firm is worth $3 B today.").Value.Should().Be(3_000_000_000m);
            Extract.Single("She took 2 B vitamins a day.").Value.Should().Be(2m);
        }

        [Fact]
        public void CrownsNamedWithTheirCountryAreThatCurrencyAndARestatementKeepsTheBound()
        {
            var result = Extract.All("The fund holds more than 7.5 million Danish crowns (US $1.1 million) in cash.");
            result.Mentions.Should().HaveCount(2);
            result.Mentions[0].Unit!.Symbol.Should().Be("DKK");
            result.Mentions[1].Figure!.Hedge.Should().Be(Hedge.MoreThan);
            Extract.Single("The dentist fitted 3 crowns.").Unit.Should().BeNull();
        }

        [Fact]
        public void PowerAndPressureRestatedInOtherUnitsKeepTheBound()
        {
            var engine = Extract.All("The engine makes just under 300 hp (221 kW / 304 PS).").Mentions;
            engine.Select(m => m.Figure!.Hedge).Should().Equal(Hedge.Nearly, Hedge.Nearly, Hedge.Nearly);
            engine[2].Unit!.Symbol.Should().Be("{PS}");

            var strength = Extract.All("Strength was lower than 9 ksi (62 MPa).").Mentions;
            strength[1].Figure!.Hedge.Should().Be(Hedge.FewerThan);
            strength[1].Unit!.Symbol.Should().Be("{MPa}");
        }

        [Fact]
        public void AMobileNetworkGenerationIsNotGrams()
        {
            var mention = Extract.Single("The 5G rollout reached the coast.");
            mention.Value.Should().Be(5m);
            mention.Unit.Should().BeNull();
            mention.CountedNoun.Should().BeNull();
        }
    }
}

using System;
using System.Linq;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="MentionIdentity.About"/>), session 15's rules: what the figure applies to ("for
    /// X"), what a change or charge is in or on, a verb the tables do not know, a measure's conversion, a name heading the
    /// sentence and currency codes, read from sentences of our own.
    /// </summary>
    public sealed class AboutAppliedToTests
    {
        private static MentionIdentity At(string text, string figure) => AboutTests.At(text, figure);

        [Theory]
        [InlineData("The bakery mixes 3 kg of rye flour for the sourdough.", "3 kg", "sourdough, rye flour, bakery")]
        [InlineData("Kestrel Bank expects a 9% drop for the Harbour Composite.", "9%", "Harbour Composite, drop, Kestrel Bank")]
        [InlineData("Battery life stays at 14 hours for the smaller laptop.", "14 hours", "smaller laptop, Battery life")]
        public void AFigureIsAlsoAboutWhatItIsFor(string sentence, string figure, string about)
        {
            var m = At(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("applies to"));
        }

        [Theory]
        [InlineData("Tank sizes stay 40 litres, 55 litres and 70 litres for the compact, family and touring vans, respectively.", "40 litres", "compact, Tank sizes")]
        [InlineData("Tank sizes stay 40 litres, 55 litres and 70 litres for the compact, family and touring vans, respectively.", "55 litres", "family, Tank sizes")]
        [InlineData("Tank sizes stay 40 litres, 55 litres and 70 litres for the compact, family and touring vans, respectively.", "70 litres", "touring vans, Tank sizes")]
        public void EachFigureOfAListTakesItsOwnPartOfRespectively(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AllFiguresOfAListShareWhatTheyAreFor()
        {
            At("Ferry crossings take 35 and 50 minutes for the island route.", "35").About.Should().Contain("island route");
        }

        [Theory]
        [InlineData("The ferry ran at 80 percent for the first time.", "80 percent")]
        [InlineData("Rents rose 4 percent for the year.", "4 percent")]
        [InlineData("The striker scored 21 goals for his club.", "21")]
        [InlineData("The lodge charges $90 for 2026.", "$90")]
        [InlineData("The road stayed shut for 3 days for repairs.", "3 days")]
        public void ATimeAPronounOrAPurposeAfterForIsNotWhatTheFigureIsFor(string sentence, string figure)
        {
            At(sentence, figure).Cues.Should().NotContain(c => c.Role == IdentityRole.About && c.Rule.Contains("applies to"));
        }

        [Fact]
        public void MoneyPaidForSomethingIsNotJoinedTwice()
        {
            At("The council paid $900 for a new boiler.", "$900").About.Should().Be("new boiler");
        }

        [Theory]
        [InlineData("Kestrel Bank reported a 4% drop in its quarterly profit.", "4%", "drop in its quarterly profit, Kestrel Bank")]
        [InlineData("The port imposed a 12% levy on imported timber.", "12%", "levy on imported timber, port")]
        public void AChangeOrChargeKeepsWhatItIsInOrOn(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Kestrel Bank reported a 4% drop in March.", "4%", "drop, Kestrel Bank")]
        [InlineData("The hotel fitted a 40 W lamp in the hallway.", "40 W", "lamp, hotel")]
        public void AMonthOrAPlaceAfterTheDescribedNounIsNotItsArgument(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Lakeside broke a record with 300 sales.", "300", "Lakeside")]
        [InlineData("The jet flies out at about 900 km/h.", "900 km/h", "jet")]
        [InlineData("The open day a year ago drew 4,000 visitors.", "4,000", "open day")]
        [InlineData("It will keep the cruising range at 400 km.", "400 km", "cruising range")]
        public void AVerbTheTablesDoNotKnowEndsTheSubject(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The mill holds 40 tonnes (88,000 lb) of grain.", "40 tonnes", "grain, mill")]
        [InlineData("The mill holds 40 tonnes (88,000 lb) of grain.", "88,000 lb", "grain, mill")]
        [InlineData("The trail is 5 miles (8 km), of course.", "5 miles", "trail")]
        public void AMeasureOfSomethingReachesPastItsConversion(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Harbour Mills — Shares of the timber firm rose 2% after the bell.", "2%", "Shares of the timber firm, Harbour Mills")]
        [InlineData("WASHINGTON — The agency said costs rose 4%.", "4%", "agency")]
        [InlineData("Harbour Mills — Shares of Lakeside Foods rose 2%.", "2%", "Shares of Lakeside Foods")]
        public void ANameHeadingTheSentenceBeforeADashOwnsASubjectThatNamesNothing(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("In the south, the ferry pass will be priced at AU $45 per month.", "$45", "ferry pass")]
        [InlineData("At the port, the harbour levy was set at SG $12 per tonne.", "$12", "harbour levy")]
        public void ACurrencyCodeBeforeTheMoneyIsNoName(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }
    }
}

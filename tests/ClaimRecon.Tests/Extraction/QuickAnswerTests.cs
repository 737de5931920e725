using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// The reader answers the commonest questions early (a word that starts no unit, a token after a figure that opens no
    /// rate, a hedge whose word before the last does not fit) and shares the text of one-token spans: the readings stay
    /// what the full questions give.
    /// </summary>
    public sealed class QuickAnswerTests
    {
        [Fact]
        public void AOneTokenUnitIsTheTokensOwnStringSharedByEveryMentionThatNamesIt()
        {
            var result = Extract.All("Bus fares rose 4% in spring and tram fares rose 6% by autumn, while rents went up 3 percent and wages 2 percent.");
            var units = result.Mentions.Select(m => m.UnitText).ToList();
            units.Should().Equal("%", "%", "percent", "percent");
            units[1].Should().BeSameAs(units[0], "a symbol's text is one string, not a new copy for each mention");
            units[3].Should().BeSameAs(units[2], "a word the class table spells the same way keeps the table's string");
        }

        [Theory]
        [InlineData("equal to or more than 40", 4, Hedge.AtLeast, 0)]
        [InlineData("just over 40", 1, Hedge.MoreThan, 0)]
        [InlineData("fell over 40", 1, Hedge.MoreThan, 1)]
        [InlineData("kept less than 40", 2, Hedge.FewerThan, 1)]
        public void AHedgeIsFoundWhenTheWordBeforeItsLastRulesOutTheLongerPhrases(string text, int last, Hedge hedge, int first)
        {
            new HedgeReader(new TokenCursor(text)).HedgeEndingAt(last).Should().Be((hedge, first));
        }

        [Fact]
        public void TheRunUpToAFigureIsStillNoBound()
        {
            new HedgeReader(new TokenCursor("in the run up to 40")).HedgeEndingAt(4).Should().BeNull();
        }

        [Theory]
        [InlineData("Tickets cost $12 per visitor per day in summer.", "visitor,day")]
        [InlineData("The pump moved 30 litres/minute all night.", "minute")]
        [InlineData("The fund pays out $90 daily to each family.", "daily")]
        [InlineData("Guides earn $15 for every group.", "group")]
        [InlineData("The parking permit costs $40 a week in the centre.", "week")]
        [InlineData("The hall seats 300 people in rows.", "")]
        public void RatesAfterAFigureAreStillRead(string text, string per)
        {
            string.Join(",", Extract.All(text).Mentions[0].Per).Should().Be(per);
        }

        [Theory]
        [InlineData("The bakery opens at 7 o'clock on weekdays.", RejectionReason.TimeOfDay)]
        [InlineData("The ferry leaves at 9 am sharp.", RejectionReason.TimeOfDay)]
        [InlineData("The ferry leaves at 0930 GMT on Fridays.", RejectionReason.TimeOfDay)]
        public void TimesOfDayAreStillRejected(string text, RejectionReason reason)
        {
            var result = Extract.All(text);
            result.Mentions.Should().BeEmpty();
            result.Rejections.Select(r => r.Reason).Should().Contain(reason);
        }

        [Theory]
        [InlineData("1 out of 5 drivers skipped the test.", 0.2)]
        [InlineData("Turnout saw a 3-fold rise in the north.", 3.0)]
        [InlineData("Sales grew fivefold after the launch.", 5.0)]
        [InlineData("The depot held twice as many as the 40 buses of the old one.", 80.0)]
        public void ProportionsAndMultiplesAreStillRead(string text, double value)
        {
            Extract.All(text).Mentions[0].Value.Should().Be((decimal)value);
        }

        [Fact]
        public void AFigureWithoutAScaleKeepsTheDigitsAsWritten()
        {
            var mention = Extract.Single("The tank held 2.50 litres.");
            mention.Value.Should().Be(2.50m);
            mention.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("2.50", "no multiplication by one changes its scale");
            mention.Unit.Should().NotBeNull();
        }
        [Theory]
        [InlineData("Call +44 20 7946 0000 today.", "+44 20 7946 0000")]
        [InlineData("Dial 555 0199 for the desk.", "555 0199")]
        [InlineData("Ring (020) 7946 0011 now.", "(020) 7946 0011")]
        public void PhoneNumbersAreStillRejectedWhole(string text, string phone)
        {
            var result = Extract.All(text);
            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.PhoneNumber).Which.Text.Should().Be(phone);
        }

        [Fact]
        public void AShortFigureWithAWordAfterItIsNoPhoneNumber()
        {
            Extract.Single("The 12345 fans sang.").CountedNoun.Should().Be("fans");
        }

        [Theory]
        [InlineData("The daily fee for each pupil is $4 at the new school.", "USD/day/person", "pupil,daily")]
        [InlineData("The fee for each visitor rose to $9.", "USD/person", "visitor")]
        [InlineData("A guide said the boat is $9 for each visitor.", "USD/person", "visitor")]
        public void ARateSaidEarlierInTheSentenceStillAppliesAfterACost(string text, string unit, string per)
        {
            var mention = Extract.All(text).Mentions[0];
            mention.Unit!.Symbol.Should().Be(unit);
            string.Join(",", mention.Per).Should().Be(per);
        }

        [Fact]
        public void WithNoCostInTheSentenceNoEarlierRateIsAdded()
        {
            var mention = Extract.Single("Each pupil brought $4 on the trip.");
            mention.Per.Should().BeEmpty();
            mention.Unit!.Symbol.Should().Be("USD");
        }
    }
}

using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Numbers that are not quantities: none is read as one, and each says why.</summary>
    public sealed class TrapTests
    {
        [Theory]
        [InlineData("The bridge was finished in 1998 after long delays.", "1998", RejectionReason.Year)]
        [InlineData("The 2011 floods changed the river's course.", "2011", RejectionReason.Year)]
        [InlineData("Music from the 1960s filled the hall.", "1960s", RejectionReason.Year)]
        [InlineData("The vote is set for March 3 in the capital.", "March 3", RejectionReason.Date)]
        [InlineData("The vote is set for Nov. 14, 2027 in the capital.", "Nov. 14, 2027", RejectionReason.Date)]
        [InlineData("The vote is set for 14 November in the capital.", "14 November", RejectionReason.Date)]
        [InlineData("The form was dated 4/12/2025 by the clerk.", "4/12/2025", RejectionReason.Date)]
        [InlineData("The form was dated 2025-04-12 by the clerk.", "2025-04-12", RejectionReason.Date)]
        [InlineData("The train leaves at 6 p.m. sharp.", "6 p.m.", RejectionReason.TimeOfDay)]
        [InlineData("The train leaves at 18:45 sharp.", "18:45", RejectionReason.TimeOfDay)]
        [InlineData("She finished 3rd in the race.", "3rd", RejectionReason.Ordinal)]
        [InlineData("She finished third in the race.", "third", RejectionReason.Ordinal)]
        [InlineData("Call the desk on 555-201-7788 for details.", "555-201-7788", RejectionReason.PhoneNumber)]
        [InlineData("Call the desk on (212) 555-0142 for details.", "(212) 555-0142", RejectionReason.PhoneNumber)]
        [InlineData("Call the desk on +44 20 7946 0321 for details.", "+44 20 7946 0321", RejectionReason.PhoneNumber)]
        [InlineData("Diplomats cited Resolution 2334 in the debate.", "Resolution 2334", RejectionReason.Identifier)]
        [InlineData("Passengers on Flight 812 were delayed.", "Flight 812", RejectionReason.Identifier)]
        [InlineData("Cases of COVID-19 fell in the region.", "COVID-19", RejectionReason.Identifier)]
        [InlineData("The link was bit.ly/x7Qa2 in the post.", "x7Qa2", RejectionReason.Identifier)]
        [InlineData("The clinic is open 24/7 for walk-ins.", "24/7", RejectionReason.SetPhrase)]
        [InlineData("The museum remembers 9/11 with a quiet room.", "9/11", RejectionReason.SetPhrase)]
        [InlineData("Spending rose in the 2022-23 budget.", "2022-23", RejectionReason.FiscalYear)]
        [InlineData("Spending rose in the FY2024 budget.", "FY2024", RejectionReason.FiscalYear)]
        [InlineData("He was one of the organisers.", "one of the", RejectionReason.PronounOne)]
        [InlineData("No one answered the phone.", "No one", RejectionReason.PronounOne)]
        public void TrapIsRejectedWithItsReason(string sentence, string text, RejectionReason reason)
        {
            var result = Extract.All(sentence);

            result.Mentions.Should().BeEmpty("\"{0}\" has no quantity", sentence);
            result.Rejections.Should().ContainSingle(r => r.Text == text && r.Reason == reason,
                "found {0}", string.Join("; ", result.Rejections.Select(r => r.ToString())));
        }

        [Fact]
        public void QuantitiesNextToTrapsAreStillRead()
        {
            var result = Extract.All("On March 3, 2024, more than 2,000 people marched, the 3rd protest since 2019.");

            result.Mentions.Should().ContainSingle().Which.Text.Should().Be("more than 2,000");
            result.Rejections.Select(r => r.Reason).Should().Equal(RejectionReason.Date, RejectionReason.Ordinal, RejectionReason.Year);
        }

        [Fact]
        public void AFourDigitCountWithAHedgeIsNotAYear()
        {
            Extract.Single("Officials said more than 1500 people had left.").Range.ToString().Should().Be("(1500, +inf)");
        }

        [Fact]
        public void FourDigitMoneyIsNotAYear()
        {
            Extract.Single("The fine was $2000 for each breach.").Value.Should().Be(2000m);
        }
    }
}

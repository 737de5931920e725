using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>
    /// The value limits of the traps, each on both sides: the traps compare whole numbers as integers, and a limit moved
    /// by one (or a fraction read as whole) would turn a quantity into a trap or back.
    /// </summary>
    public sealed class TrapBoundaryTests
    {
        [Theory]
        [InlineData("The dam was rebuilt in 2199 in the novel.", "2199", RejectionReason.Year)]
        [InlineData("The dam was rebuilt in 1000 after the flood, the story goes.", "1000", RejectionReason.Year)]
        [InlineData("The ferry left at 2359 GMT with the crew.", "2359 GMT", RejectionReason.TimeOfDay)]
        [InlineData("The shop shuts at 24 o'clock in the tale.", "24 o'clock", RejectionReason.TimeOfDay)]
        [InlineData("The letter was stamped 31/12 at the depot.", "31/12", RejectionReason.Date)]
        [InlineData("The report covers 2030-31 in full.", "2030-31", RejectionReason.FiscalYear)]
        [InlineData("The report covers 2030-12 in full.", "2030-12", RejectionReason.Date)]
        [InlineData("The vote is on 31 May in the town hall.", "31 May", RejectionReason.Date)]
        [InlineData("He ran it in 1:42.35 on the track.", "1:42.35", RejectionReason.TimeOfDay)]
        [InlineData("The parcel went to 99999 Harbour Road last week.", "99999 Harbour Road", RejectionReason.Identifier)]
        public void AtTheLimitTheNumberIsATrap(string sentence, string text, RejectionReason reason)
        {
            var result = Extract.All(sentence);

            result.Mentions.Should().BeEmpty("\"{0}\" has no quantity", sentence);
            result.Rejections.Should().ContainSingle(r => r.Text == text && r.Reason == reason,
                "found {0}", string.Join("; ", result.Rejections.Select(r => r.ToString())));
        }

        [Theory]
        [InlineData("The crew counted 2200 crates on the dock.", "2200")]
        [InlineData("The crew counted 999 crates on the dock.", "999")]
        [InlineData("Stocks of 2400 GMT units were sold.", "2400")]
        [InlineData("The letter listed 32 boxes and 12 bags.", "32")]
        [InlineData("The crowd of 32 May marchers was small.", "32")]
        [InlineData("The parcel held 100000 Harbour Road maps.", "100000")]
        [InlineData("About 25.5 o'clock is not a time, said the clerk.", "About 25.5")]
        public void PastTheLimitTheNumberIsAQuantity(string sentence, string text)
        {
            var result = Extract.All(sentence);

            result.Mentions.Select(m => m.Text).Should().Contain(text, "found {0}", string.Join("; ", result.Mentions.Select(m => m.Text)));
        }
    }
}

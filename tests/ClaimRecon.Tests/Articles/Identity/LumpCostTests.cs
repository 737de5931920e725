using System.Linq;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// A lump sum is the cost of what its clause says it pays for: two costs of one story (repairs, clearing roads) are not
    /// one quantity "cost". Sentences of our own.
    /// </summary>
    public sealed class LumpCostTests
    {
        [Fact]
        public void TwoCostsOfOneStoryAreTwoQuantities()
        {
            var read = Read("Repairs to the network will cost the company about $9 million. Clearing the fallen trees would cost between $2 million and $3 million.");

            read.Should().HaveCount(2);
            read[0].Key.Should().NotBe(read[1].Key, "what is paid for differs");
        }

        [Theory]
        [InlineData("The flood cost the region $60 million.", "flood")]
        [InlineData("The new stadium is expected to cost $400 million.", "stadium")]
        [InlineData("Repairs will cost the company about $9 million.", "repair")]
        public void TheSubjectOfCostIsWhatTheSumPaysFor(string sentence, string subject)
        {
            Read(sentence).Single().Key.Subject.Should().Contain(subject);
        }

        [Fact]
        public void ARunningCostStillPaysForItsSubject()
        {
            Read("Pumping out the tunnel costs $20,000 a day.").Single().Key.Subject.Should().Contain("tunnel");
        }
    }
}

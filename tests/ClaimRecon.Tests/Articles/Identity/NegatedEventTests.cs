using ClaimRecon.Quantities;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Articles.Identity.QuantityReaderTests;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>A count of what an event has not happened to is not a count of what it did: "have not received" is no transfer.</summary>
    public sealed class NegatedEventTests
    {
        [Theory]
        [InlineData("About 900 households in the valley have not received a relief payment.", "not-received")]
        [InlineData("Some 40 patients have not yet been moved to the new wing.", "not-moved")]
        public void ANegatedEventIsALevelOfItsOwn(string sentence, string measure)
        {
            var read = Read(sentence)[0];

            read.Key.Measure.Should().Be(measure);
            read.Kind.Should().Be(QuantityKind.Level);
        }

        [Fact]
        public void TheSameEventWithoutNegationIsStillATransfer()
        {
            var done = Read("About 900 households in the valley have received a relief payment.")[0];
            var notDone = Read("About 900 households in the valley have not received a relief payment.")[0];

            done.Kind.Should().Be(QuantityKind.Cumulative);
            notDone.Key.Should().NotBe(done.Key);
        }
    }
}

using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// "at the time" or "later Thursday" beside a named speaker dates the saying and is no part of the name; after a title
    /// it dates the office ("the mayor at the time") and stays (session 21, from PolNeAR train misses). Sentences of our own.
    /// </summary>
    public sealed class SaidTimeTests
    {
        [Theory]
        [InlineData("\u201CThe bridge will reopen in 2 weeks,\u201D said Mayor Lena Ortiz at the time.", "Mayor Lena Ortiz")]
        [InlineData("Mayor Ortiz at the time said that 300 homes were flooded.", "Mayor Ortiz")]
        [InlineData("Ortiz later Thursday told reporters that 300 homes were flooded.", "Ortiz")]
        [InlineData("\u201CThe bridge will reopen in 2 weeks,\u201D said the mayor at the time.", "the mayor at the time")]
        public void ATimeBesideANameIsNoPartOfIt(string text, string source)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Source!.Value.Text.Should().Be(source);
        }
    }
}

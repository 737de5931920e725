using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>The schema-1 additions: <c>denies</c> on claims, figures with hedge <c>range</c> or <c>vague</c>, weeks and quarters.</summary>
    public sealed class JsonDenialAndRangeTests
    {
        private const string Head = @"{ ""schemaVersion"": 1,
  ""sources"": [ { ""id"": ""mayor"", ""name"": ""The mayor"", ""kind"": ""namedPerson"" }, { ""id"": ""gazette"", ""name"": ""The Gazette"", ""kind"": ""newsOutlet"" } ],
  ""quantities"": [ { ""key"": ""city/bridges-closed"", ""unit"": ""1"", ""kind"": ""level"", ""domain"": ""nonNegativeInteger"" } ],
  ""claims"": [
    { ""id"": ""g1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""vague"", ""range"": { ""lower"": 12, ""lowerClosed"": true, ""upper"": 100, ""upperClosed"": false }, ""wording"": ""dozens"" },
      ""stance"": ""asserts"", ""attribution"": [""gazette""], ""describes"": ""2026-W06"" },
    { ""id"": ""g2"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""range"", ""range"": { ""lower"": 10, ""lowerClosed"": false, ""upper"": 30, ""upperClosed"": false } },
      ""stance"": ""asserts"", ""attribution"": [""gazette""], ""describes"": ""2026-Q1"" }";

        private static ClaimReadResult Read(string lastClaim) => ClaimJson.Read(Head + (lastClaim.Length == 0 ? string.Empty : ",\n    " + lastClaim) + " ] }");

        [Fact]
        public void ANumberlessDirectedDenial_RangeFigures_WeeksAndQuarters_AreRead()
        {
            var result = Read(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""],
                ""denies"": { ""claims"": [""g1"", ""g2""], ""direction"": ""lower"" }, ""describes"": ""2026-02"" }");

            result.Problems.Should().BeEmpty();
            var claims = result.Value.Claims;
            claims[0].Figure!.Hedge.Should().Be(Hedge.Vague);
            claims[0].Range.Should().Be(NumericRange.Parse("[12, 100)"));
            claims[0].Describes!.Precision.Should().Be(TimePrecision.Week);
            claims[1].Range.Should().Be(NumericRange.Open(10, 30));
            claims[1].Describes!.Precision.Should().Be(TimePrecision.Quarter);
            claims[2].Figure.Should().BeNull();
            claims[2].Denies.Should().Be(DenialTarget.OfClaims(new[] { "g1", "g2" }, DenialDirection.Lower));
        }

        [Fact]
        public void WhatIsWritten_ReadsBackEqual_AndANumberlessDenialHasNeitherFigureNorRange()
        {
            var set = Read(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""source"": ""gazette"" } }").Value;

            var json = ClaimJson.Write(set);

            ClaimJson.Read(json).Value.Claims.Should().Equal(set.Claims);
            var written = Newtonsoft.Json.Linq.JObject.Parse(json)["claims"]![2]!;
            written["figure"].Should().BeNull();
            written["range"].Should().BeNull();
            written["denies"]!["source"]!.ToString().Should().Be("gazette");
        }

        [Fact]
        public void ADirectedDenialOfItsOwnFigure_IsWrittenWithItsDirectionOnly()
        {
            var set = Read(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""none"", ""value"": 40 }, ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""direction"": ""higher"" } }").Value;

            set.Claims[2].Denies.Should().Be(DenialTarget.OwnFigure(DenialDirection.Higher));
            Newtonsoft.Json.Linq.JObject.Parse(ClaimJson.Write(set))["claims"]![2]!["denies"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("{\"direction\":\"higher\"}");
        }

        [Theory]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""asserts"", ""attribution"": [""mayor""], ""denies"": { ""source"": ""gazette"" } }", "$.claims[2].figure", "only a claim with stance \"denies\"")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""] }", "$.claims[2].figure", "figure is missing")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""claims"": [""g1""], ""direction"": ""sideways"" } }", "$.claims[2].denies.direction", "\"sideways\"")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""claims"": [""g7""] } }", "$.claims[2].denies.claims[0]", "\"g7\"")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""claims"": [""g1""], ""source"": ""gazette"" } }", "$.claims[2].denies", "not both")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""stance"": ""denies"", ""attribution"": [""mayor""], ""denies"": { ""claims"": 5 } }", "$.claims[2].denies.claims", "array")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""range"", ""value"": 4 }, ""stance"": ""asserts"", ""attribution"": [""mayor""] }", "$.claims[2].figure.value", "the range says it")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""vague"" }, ""stance"": ""asserts"", ""attribution"": [""mayor""] }", "$.claims[2].figure.range", "range is missing")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""none"", ""value"": 4, ""range"": {} }, ""stance"": ""asserts"", ""attribution"": [""mayor""] }", "$.claims[2].figure.range", "belongs to a figure with hedge")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""range"", ""range"": { ""empty"": true } }, ""stance"": ""asserts"", ""attribution"": [""mayor""] }", "$.claims[2].figure.range", "states no figure")]
        [InlineData(@"{ ""id"": ""m1"", ""quantity"": ""city/bridges-closed"", ""figure"": { ""hedge"": ""none"", ""value"": 4 }, ""stance"": ""asserts"", ""attribution"": [""mayor""], ""describes"": ""2026-W60"" }", "$.claims[2].describes", "2026-W60")]
        public void BadDenialsAndRangeFigures_AreReportedWithTheirPath(string claim, string path, string says)
        {
            var result = Read(claim);

            result.Success.Should().BeFalse();
            result.Problems.Should().Contain(p => p.Path == path && p.Message.Contains(says), string.Join("\n", result.Problems.Select(p => p.ToString())));
        }

        [Fact]
        public void AFileWithoutTheAdditions_StillReadsAsBefore()
        {
            var result = Read(string.Empty);

            result.Problems.Should().BeEmpty();
            result.Value.Claims.Should().OnlyContain(c => c.Denies == null);
        }
    }
}

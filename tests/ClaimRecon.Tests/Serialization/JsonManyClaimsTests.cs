using System.Linq;
using ClaimRecon.Serialization;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>A reader reports every problem in a file, each at its own claim, and nothing about the good claims.</summary>
    public sealed class JsonManyClaimsTests
    {
        [Fact]
        public void ThreeBadClaimsAmongAHundredAreEachReportedAtTheirOwnPath()
        {
            var doc = JsonDocs.Valid(100);
            doc["claims"]![7]!["range"]!["lower"] = "abc";
            doc["claims"]![42]!["figure"]!["hedge"] = "kinda";
            ((JArray)doc["claims"]![99]!["attribution"]!)[1] = new JObject { ["cites"] = "ghost" };

            var result = ClaimJson.Read(doc.ToString());

            result.Success.Should().BeFalse();
            result.Problems.Select(p => (p.Path, p.Value)).Should().Equal(
                ("$.claims[7].range.lower", "\"abc\""),
                ("$.claims[42].figure.hedge", "\"kinda\""),
                ("$.claims[99].attribution[1]", "\"ghost\""));
            result.Problems[0].Message.Should().Contain("not a number");
            result.Problems[1].Message.Should().Contain("not a known hedge");
            result.Problems[2].Message.Should().Contain("not defined");
        }

        [Fact]
        public void AHundredGoodClaimsReadInOrder()
        {
            var result = ClaimJson.Read(JsonDocs.Valid(100).ToString());

            result.Problems.Should().BeEmpty();
            result.Value.Claims.Select(c => c.Id).Should().Equal(Enumerable.Range(0, 100).Select(i => "c" + i));
            result.Value.Claims.Select(c => c.Figure!.Value).Should().Equal(Enumerable.Range(1000, 100).Select(i => (decimal)i));
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>
    /// Reading a JSON document only to check and count it (what <c>claimrecon validate</c> does) keeps its quantities in
    /// the compact table: the same problems as reading it whole, and a count instead of built quantities.
    /// </summary>
    public sealed class JsonCountingTests
    {
        private const string Document = """
            {"schemaVersion": 1,
             "sources": [{"id": "gazette", "name": "The Gazette", "kind": "newsOutlet"}],
             "claims": [
               {"id": "c1", "quantity": "harbour/ships-waiting", "figure": {"hedge": "about", "value": 40}, "stance": "asserts", "attribution": ["gazette"]},
               {"id": "c2", "quantity": "harbour/cranes", "figure": {"hedge": "none", "value": 12}, "stance": "asserts", "attribution": ["gazette"]}],
             "quantities": [
               {"key": "harbour/ships-waiting", "unit": "1", "kind": "level", "domain": "nonNegativeInteger"},
               {"key": "harbour/cranes", "unit": "1", "kind": "level", "domain": "nonNegativeInteger"},
               {"key": "harbour/berths", "unit": "1", "kind": "level", "domain": "nonNegativeInteger"}]}
            """;

        [Fact]
        public void AGoodDocument_IsCountedWithoutBuildingItsQuantities_WhateverTheOrderOfItsArrays()
        {
            var claims = new List<Claim>();
            var result = ClaimJsonReader.ReadCounting(Utf8(Document), claims.Add, out var quantities);

            result.Problems.Should().BeEmpty();
            quantities.Should().Be(3);
            result.Value!.Quantities.Should().BeEmpty();
            result.Value.Sources.Select(s => s.Id).Should().Equal("gazette");
            claims.Select(c => c.Id).Should().Equal("c1", "c2");

            var whole = ClaimJson.Read(Utf8(Document), _ => { });
            whole.Value!.Quantities.Select(q => q.Key.ToString()).Should().Equal("harbour/ships-waiting", "harbour/cranes", "harbour/berths");
        }

        [Fact]
        public void ARepeatedQuantityKeyAndAClaimOfAnUndeclaredQuantity_AreProblemsAsWhenReadWhole()
        {
            var bad = Document
                .Replace("\"key\": \"harbour/berths\"", "\"key\": \"harbour/cranes\"")
                .Replace("\"quantity\": \"harbour/ships-waiting\"", "\"quantity\": \"harbour/tugs\"");

            var counted = ClaimJsonReader.ReadCounting(Utf8(bad), _ => { }, out _);
            var whole = ClaimJson.Read(bad);

            counted.Success.Should().BeFalse();
            counted.Problems.Select(p => (p.Path, p.Value)).Should().Equal(
                ("$.quantities[2].key", "\"harbour/cranes\""),
                ("$.claims[0].quantity", "\"harbour/tugs\""));
            counted.Problems[0].Message.Should().Contain("quantity key \"harbour/cranes\" is used more than once");
            counted.Problems[1].Message.Should().Contain("not defined in $.quantities");
            whole.Problems.Select(p => (p.Path, p.Value, p.Message)).Should().Equal(counted.Problems.Select(p => (p.Path, p.Value, p.Message)));
        }

        private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
    }
}

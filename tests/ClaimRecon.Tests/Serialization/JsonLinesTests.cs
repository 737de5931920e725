using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>JSON Lines: hand-written lines with every problem named by line, path and value, and the writer's output read back equal.</summary>
    public sealed class JsonLinesTests
    {
        private const string Declarations =
            "{\"source\": {\"id\": \"paper\", \"name\": \"The Paper\", \"kind\": \"newsOutlet\"}}\n"
            + "{\"quantity\": {\"key\": \"town/population\", \"unit\": \"person\", \"kind\": \"level\", \"domain\": \"nonNegativeInteger\"}}\n";

        [Fact]
        public void GeneratedClaimSetsSurviveWriteThenRead()
        {
            var property = Prop.ForAll(ClaimGenerators.ShownClaimSets, shown =>
            {
                var original = shown.Value;
                var lines = ClaimJsonLines.Write(original);
                var result = ClaimJsonLines.Read(Utf8(lines));

                result.Problems.Should().BeEmpty("the writer's own output must read back:\n" + lines);
                var copy = result.Value;
                copy.Sources.Should().Equal(original.Sources);
                copy.Quantities.Should().Equal(original.Quantities);
                copy.Claims.Should().Equal(original.Claims);
                ClaimJson.Write(copy).Should().Be(ClaimJson.Write(original), "the JSON document of both sets must be the same");
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
        }

        [Fact]
        public void GeneratedClaimSetsSurviveAsynchronousReading()
        {
            var property = Prop.ForAll(ClaimGenerators.ShownClaimSets, shown =>
            {
                using var reader = ClaimReader.JsonLines(Utf8(ClaimJsonLines.Write(shown.Value)));
                var result = reader.ReadToEndAsync().GetAwaiter().GetResult();

                result.Problems.Should().BeEmpty();
                ClaimJson.Write(result.Value).Should().Be(ClaimJson.Write(shown.Value));
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
        }

        [Fact]
        public void EachLineIsOneClaim_ReadOneAtATime()
        {
            var text = Declarations
                + "{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"about\", \"value\": 1000}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n"
                + "\n"
                + "{\"id\": \"c2\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1200}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\r\n";
            using var reader = ClaimReader.JsonLines(Utf8(text));

            var read = new List<string>();
            while (reader.Read())
            {
                read.Add(reader.Current.Id + "@" + reader.Line + " " + reader.Current.Range);
            }

            read.Should().Equal("c1@3 [900, 1100]", "c2@5 [1200, 1200]");
            reader.Problems.Should().BeEmpty();
            reader.FindQuantity(new ClaimRecon.Quantities.QuantityKey("town", "population"))!.Unit.ToString().Should().Be("person");
        }

        [Fact]
        public void ABadField_NamesLinePathAndValue_AndTheOtherLinesAreRead()
        {
            var text = Declarations
                + "{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"about\", \"value\": \"5,000\"}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n"
                + "{\"id\": \"c2\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1200}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n";
            using var reader = ClaimReader.JsonLines(Utf8(text));

            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.Current.Id);
            }

            ids.Should().Equal("c2");
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Path, problem.Value).Should().Be((3, "$.figure.value", "\"5,000\""));
            problem.ToString().Should().StartWith("line 3: $.figure.value: ");
        }

        [Theory]
        [InlineData("{\"id\": \"c1\", \"quantity\": \"town/elsewhere\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}", "$.quantity", "\"town/elsewhere\"", "is not declared on an earlier line")]
        [InlineData("{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\", {\"cites\": \"mayor\"}]}", "$.attribution[1]", "\"mayor\"", "source \"mayor\" is not declared")]
        [InlineData("{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"], \"colour\": \"red\"}", "$.colour", "\"red\"", "is not a known property")]
        [InlineData("{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}", "$.figure", null, "malformed JSON")]
        [InlineData("[1, 2]", "$", "[...]", "each line must be one JSON object")]
        [InlineData("{\"source\": {\"id\": \"paper\", \"name\": \"Again\", \"kind\": \"newsOutlet\"}}", "$.source.id", "\"paper\"", "declared more than once")]
        [InlineData("{\"quantity\": {\"key\": \"town/area\", \"unit\": \"furlong\", \"kind\": \"level\", \"domain\": \"real\"}}", "$.quantity.unit", "\"furlong\"", "furlong")]
        [InlineData("{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]} {}", "$", null, "malformed JSON")]
        public void ABadLine_IsReportedOnItsLine(string line, string path, string? value, string message)
        {
            var result = ClaimJsonLines.Read(Utf8(Declarations + line + "\n"));

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Line.Should().Be(3);
            problem.Path.Should().Be(path);
            if (value is not null)
            {
                problem.Value.Should().Be(value);
            }

            problem.Message.Should().Contain(message);
        }

        [Fact]
        public void ARepeatedClaimId_NamesTheFirstLine()
        {
            var claim = "{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n";

            var problem = ClaimJsonLines.Read(Utf8(Declarations + claim + claim)).Problems.Should().ContainSingle().Subject;

            (problem.Line, problem.Path, problem.Value).Should().Be((4, "$.id", "\"c1\""));
            problem.Message.Should().Contain("already used on line 3");
        }

        [Fact]
        public void ADenialOfAClaimThatNeverComes_IsReportedAtTheEnd_OnTheDenialsLine()
        {
            var denial = "{\"id\": \"d1\", \"quantity\": \"town/population\", \"stance\": \"denies\", \"attribution\": [\"paper\"], \"denies\": {\"claims\": [\"c9\"]}}\n";

            var problem = ClaimJsonLines.Read(Utf8(Declarations + denial)).Problems.Should().ContainSingle().Subject;

            (problem.Line, problem.Path, problem.Value).Should().Be((3, "$.denies.claims[0]", "\"c9\""));
        }

        [Fact]
        public void BytesThatAreNotUtf8_AreAProblemOnTheirLine()
        {
            var bytes = Encoding.UTF8.GetBytes(Declarations + "{\"id\": \"c").Concat(new byte[] { 0xC3, 0x28 })
                .Concat(Encoding.UTF8.GetBytes("\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n")).ToArray();

            var problem = ClaimJsonLines.Read(new MemoryStream(bytes)).Problems.Should().ContainSingle().Subject;

            problem.Line.Should().Be(3);
            problem.Path.Should().Be("$.id");
        }

        [Fact]
        public void ACharacterCutOffAtTheEndOfTheFile_IsAProblem_NotDropped()
        {
            var bytes = Encoding.UTF8.GetBytes(Declarations + "{\"id\": \"c1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 1}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n")
                .Concat(new byte[] { 0xE2, 0x82 }).ToArray();

            var result = ClaimJsonLines.Read(new MemoryStream(bytes));

            result.Problems.Should().ContainSingle().Which.Line.Should().Be(4);
        }

        [Fact]
        public async Task ReadingAsynchronously_GivesTheSameClaims_AsReadingSynchronously()
        {
            var text = new StringBuilder(Declarations);
            for (var i = 0; i < 3000; i++)
            {
                text.Append("{\"id\": \"c").Append(i).Append("\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"about\", \"value\": ").Append(i).Append("}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n");
            }

            using var reader = ClaimReader.JsonLines(Utf8(text.ToString()));
            var ids = new List<string>();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.Current.Id);
            }

            ids.Should().Equal(Enumerable.Range(0, 3000).Select(i => "c" + i));
            reader.Problems.Should().BeEmpty();
        }

        [Fact]
        public void ClaimedQuantities_AreTheOnesClaimsName_InOrder_AndAreBuiltAsWalked_NotHeldAsAList()
        {
            var text = Declarations
                + "{\"quantity\": {\"key\": \"river/length\", \"unit\": \"km\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n"
                + "{\"quantity\": {\"key\": \"bridge/span\", \"unit\": \"km\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n"
                + "{\"id\": \"b1\", \"quantity\": \"bridge/span\", \"figure\": {\"hedge\": \"none\", \"value\": 2}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n"
                + "{\"id\": \"t1\", \"quantity\": \"town/population\", \"figure\": {\"hedge\": \"none\", \"value\": 40}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n";
            using var reader = ClaimReader.JsonLines(Utf8(text));
            while (reader.Read())
            {
            }

            var claimed = reader.ClaimedQuantities();

            // Reconciling a large file in parts walks these once and writes each away: a file of one claim a quantity
            // held as a list of built quantities took about 430 bytes a quantity at once (1.55x a 1 GB file).
            claimed.Should().NotBeAssignableTo<ICollection<ClaimRecon.Quantities.Quantity>>();
            claimed.Select(q => q.Key.ToString()).Should().Equal("town/population", "bridge/span");
            claimed.Select(q => q.Unit.ToString()).Should().Equal("person", "km");
        }

        private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
    }
}

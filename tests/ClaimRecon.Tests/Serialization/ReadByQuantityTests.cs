using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary><see cref="ClaimReader.ReadByQuantity"/>: one claim set per quantity of input grouped by quantity, and every way the grouping can fail reported.</summary>
    public sealed class ReadByQuantityTests
    {
        private const string Header = "id,quantity,unit,value,stance,attribution,denies\n";

        [Fact]
        public void EachQuantity_IsOneSet_WithItsClaimsAndTheSourcesTheyName()
        {
            var csv = Header
                + "a1,town/area,km,10,asserts,paper>cites:surveyor,\n"
                + "a2,town/area,,12,asserts,radio,\n"
                + "p1,town/population,person,1000,asserts,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity().ToList();

            reader.Problems.Should().BeEmpty();
            sets.Select(s => s.Quantities.Single().Key.ToString()).Should().Equal("town/area", "town/population");
            sets[0].Claims.Select(c => c.Id).Should().Equal("a1", "a2");
            sets[0].Sources.Select(s => s.Id).Should().Equal("paper", "surveyor", "radio");
            sets[1].Sources.Select(s => s.Id).Should().Equal("paper");
        }

        [Fact]
        public void AQuantityThatComesBack_IsAProblemOnItsLine_AndItsLateClaimsAreNotMerged()
        {
            var csv = Header
                + "a1,town/area,km,10,asserts,paper,\n"
                + "p1,town/population,person,1000,asserts,paper,\n"
                + "a2,town/area,,12,asserts,radio,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity().ToList();

            sets.Select(s => s.Claims.Count).Should().Equal(1, 1);
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((4, "quantity", "\"town/area\""));
            problem.Message.Should().Contain("come back after another quantity's");
        }

        [Fact]
        public void AQuantityWithoutAUnitByTheEndOfItsClaims_IsLeftOut_AndReported()
        {
            var csv = Header + "a1,town/area,,10,asserts,paper,\np1,town/population,person,1000,asserts,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity().ToList();

            sets.Select(s => s.Quantities.Single().Key.ToString()).Should().Equal("town/population");
            reader.Problems.Select(p => (p.Line, p.Column)).Should().Contain((2, "unit"));
        }

        [Fact]
        public void ADenialOfAnotherQuantitysClaim_IsAProblemOnTheDenialsLine()
        {
            var csv = Header + "a1,town/area,km,10,asserts,paper,\np1,town/population,person,1000,asserts,paper,\nd1,town/population,,,denies,mayor,a1\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity().ToList();

            sets.Should().ContainSingle();
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((4, "denies", "\"a1\""));
        }

        [Fact]
        public void SetsAreGivenOneAtATime()
        {
            var csv = Header + "a1,town/area,km,10,asserts,paper,\np1,town/population,person,1000,asserts,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            using var sets = reader.ReadByQuantity().GetEnumerator();
            sets.MoveNext().Should().BeTrue();

            reader.Line.Should().Be(3, "the first set is complete once the next quantity's first claim is read, and not before");
        }

        [Fact]
        public void WithSmallWindows_AnIdRepeatedFarApart_IsAProblemAtTheEnd_NamingBothLinesAndTheId()
        {
            var csv = Header
                + "a1,town/area,km,10,asserts,paper,\n"
                + "p1,town/population,person,1000,asserts,paper,\n"
                + "r1,town/roads,km,300,asserts,paper,\n"
                + "a1,town/schools,1,12,asserts,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity(idWindow: 1, quantityWindow: 1, directory: null).ToList();

            sets.Should().HaveCount(4, "the repeat is found only when reading ends, after its set was given out");
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((5, "id", "\"a1\""));
            problem.Message.Should().Contain("already used on line 2").And.Contain("when reading ended");
        }

        [Fact]
        public void WithSmallWindows_AQuantityComingBackFarApart_IsAProblemAtTheEnd()
        {
            var csv = Header
                + "a1,town/area,km,10,asserts,paper,\n"
                + "p1,town/population,person,1000,asserts,paper,\n"
                + "r1,town/roads,km,300,asserts,paper,\n"
                + "a2,town/area,km,12,asserts,radio,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var sets = reader.ReadByQuantity(idWindow: 1, quantityWindow: 1, directory: null).ToList();

            sets.Should().HaveCount(4);
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((5, "quantity", "\"town/area\""));
            problem.Message.Should().Contain("its claims began on line 2").And.Contain("when reading ended");
        }

        [Theory]
        [InlineData(1, 1)]
        [InlineData(2, 3)]
        [InlineData(7, 1)]
        public void SmallWindows_GiveTheSameSetsAsTheDefault_OnInputWithoutRepeats(int idWindow, int quantityWindow)
        {
            // Oracle: the same file read with the default windows, which hold every id and quantity of so small a file.
            var random = new Random(idWindow * 10 + quantityWindow);
            var csv = new System.Text.StringBuilder(Header);
            var id = 0;
            for (var q = 0; q < 40; q++)
            {
                var count = 1 + random.Next(4);
                for (var k = 0; k < count; k++, id++)
                {
                    var denial = k == count - 1 && count > 1 && random.Next(2) == 0;
                    csv.Append("c" + id + ",area" + q + "/size," + (k == 0 ? "km" : string.Empty) + "," + random.Next(100) + ","
                        + (denial ? "denies" : "asserts") + ",paper" + random.Next(3) + "," + (denial ? "c" + (id - 1) : string.Empty) + "\n");
                }
            }

            using var small = ClaimReader.Csv(new StringReader(csv.ToString()));
            using var usual = ClaimReader.Csv(new StringReader(csv.ToString()));

            var fromSmall = small.ReadByQuantity(idWindow, quantityWindow, null).Select(Describe).ToList();
            var fromUsual = usual.ReadByQuantity().Select(Describe).ToList();

            small.Problems.Should().BeEmpty();
            usual.Problems.Should().BeEmpty();
            fromSmall.Should().HaveCount(40).And.Equal(fromUsual);
        }

        [Fact]
        public void ReadingByQuantity_ForgetsEachQuantityOnceItsSetIsGivenOut()
        {
            var csv = Header + "a1,town/area,km,10,asserts,paper,\np1,town/population,person,1000,asserts,paper,\nr1,town/roads,km,3,asserts,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            using var sets = reader.ReadByQuantity().GetEnumerator();
            sets.MoveNext().Should().BeTrue();
            sets.MoveNext().Should().BeTrue();

            reader.Quantities.Select(q => q.Key.ToString()).Should().Equal("town/roads");
        }

        [Fact]
        public void JsonLines_ReadByQuantityWithSmallWindows_FindsAFarRepeatOfAnId()
        {
            var text = "{\"source\": {\"id\": \"paper\", \"name\": \"The Paper\", \"kind\": \"newsOutlet\"}}\n"
                + "{\"quantity\": {\"key\": \"town/area\", \"unit\": \"km\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n"
                + "{\"quantity\": {\"key\": \"town/roads\", \"unit\": \"km\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n"
                + "{\"quantity\": {\"key\": \"town/parks\", \"unit\": \"km\", \"kind\": \"level\", \"domain\": \"nonNegativeReal\"}}\n"
                + "{\"id\": \"a1\", \"quantity\": \"town/area\", \"figure\": {\"hedge\": \"none\", \"value\": 10}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n"
                + "{\"id\": \"r1\", \"quantity\": \"town/roads\", \"figure\": {\"hedge\": \"none\", \"value\": 3}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n"
                + "{\"id\": \"a1\", \"quantity\": \"town/parks\", \"figure\": {\"hedge\": \"none\", \"value\": 2}, \"stance\": \"asserts\", \"attribution\": [\"paper\"]}\n";
            using var reader = ClaimReader.JsonLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

            var sets = reader.ReadByQuantity(idWindow: 1, quantityWindow: 1, directory: null).ToList();

            reader.Problems.Should().ContainSingle();
            sets.Should().HaveCount(3);
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Path, problem.Value).Should().Be((7, "$.id", "\"a1\""));
        }

        private static string Describe(ClaimRecon.Claims.ClaimSet set) =>
            set.Quantities.Single().Key + ": " + string.Join(" ", set.Claims.Select(c => c.Id + "=" + c.Range + (c.Denies is null ? string.Empty : "!"))) + " | " + string.Join(" ", set.Sources.Select(s => s.Id));
    }
}

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
    }
}

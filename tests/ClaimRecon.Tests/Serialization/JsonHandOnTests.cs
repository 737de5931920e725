using System.Collections.Generic;
using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary><see cref="ClaimJson.Read(Stream, System.Action{Claim})"/>: the claims are handed on, not kept, and the checks are those of reading the whole set.</summary>
    public sealed class JsonHandOnTests
    {
        [Fact]
        public void EveryClaim_IsHandedOnInOrder_AndTheSetHoldsNone()
        {
            var property = Prop.ForAll(ClaimGenerators.ShownClaimSets, shown =>
            {
                var handed = new List<Claim>();
                var result = ClaimJson.Read(Utf8(ClaimJson.Write(shown.Value)), handed.Add);

                result.Problems.Should().BeEmpty();
                result.Value.Claims.Should().BeEmpty();
                result.Value.Sources.Should().Equal(shown.Value.Sources);
                result.Value.Quantities.Should().Equal(shown.Value.Quantities);
                handed.Should().Equal(shown.Value.Claims);
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
        }

        [Theory]
        [InlineData("\"denies\": {\"claims\": [\"c9\"]}")]
        [InlineData("\"denies\": {\"claims\": [\"d1\"]}")]
        [InlineData("\"denies\": {\"source\": \"nobody\"}")]
        public void ADenialNamingWhatIsNotThere_IsTheSameProblem_AsWhenTheClaimsAreKept(string denies)
        {
            var json = "{\"schemaVersion\": 1, \"sources\": [{\"id\": \"paper\", \"name\": \"Paper\", \"kind\": \"newsOutlet\"}],"
                + " \"quantities\": [{\"key\": \"town/population\", \"unit\": \"person\", \"kind\": \"level\", \"domain\": \"real\"}],"
                + " \"claims\": [{\"id\": \"d1\", \"quantity\": \"town/population\", \"stance\": \"denies\", \"attribution\": [\"paper\"], " + denies + "}]}";

            var kept = ClaimJson.Read(Utf8(json));
            var handedOn = ClaimJson.Read(Utf8(json), _ => { });

            kept.Problems.Should().ContainSingle();
            handedOn.Problems.Should().Equal(kept.Problems);
        }

        private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
    }
}

using System;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>Bad input to the detector fails at once, with a message that names the field and the value at fault.</summary>
    public sealed class ContradictionBadInputTests
    {
        private static readonly QuantityKey Held = new("d", "held");
        private static readonly QuantityKey Daily = new("d", "daily");
        private static readonly QuantityKey PerHead = new("d", "per-head");

        private static readonly Quantity[] CostQuantities =
        {
            Quantity(Held), Quantity(Daily, QuantityKind.Flow, Unit.Parse("USD/day")), Quantity(PerHead, QuantityKind.Flow, Unit.Parse("USD/day/person")),
        };

        [Fact]
        public void NullClaims_OrANullClaim_Throw_NamingThePosition()
        {
            var detector = new ContradictionDetector(new[] { Quantity(Count) });
            FluentActions.Invoking(() => detector.Detect(null!)).Should().Throw<ArgumentNullException>().WithParameterName("claims");
            FluentActions.Invoking(() => detector.Detect(new[] { Claim("a", Count, Bare(1), "s1"), null! }))
                .Should().Throw<ArgumentNullException>().WithParameterName("claims").WithMessage("*claims[1]*null*");
        }

        [Fact]
        public void DuplicateClaimIds_Throw_NamingTheIdAndPosition()
        {
            var detector = new ContradictionDetector(new[] { Quantity(Count) });
            FluentActions.Invoking(() => detector.Detect(new[] { Claim("a", Count, Bare(1), "s1"), Claim("b", Count, Bare(2), "s2"), Claim("a", Count, Bare(3), "s3") }))
                .Should().Throw<ArgumentException>().WithParameterName("claims").WithMessage("*claims[2]*\"a\"*");
        }

        [Fact]
        public void AClaimOnAnUnknownQuantity_Throws_NamingTheClaim()
        {
            var detector = new ContradictionDetector(new[] { Quantity(Count) });
            FluentActions.Invoking(() => detector.Detect(new[] { Claim("a", Count, Bare(1), "s1"), Claim("stray", Other, Bare(2), "s2") }))
                .Should().Throw<ArgumentException>().WithMessage("*stray*");
        }

        [Fact]
        public void AClaimFromAnUnknownSource_WhenSourcesAreGiven_Throws_NamingTheClaim()
        {
            var detector = new ContradictionDetector(new[] { Quantity(Count) }, new[] { new Source("s1", "Source One", SourceKind.OfficialBody) });
            FluentActions.Invoking(() => detector.Detect(new[] { Claim("a", Count, Bare(1), "s1"), Claim("b", Count, Bare(2), "nobody") }))
                .Should().Throw<ArgumentException>().WithMessage("*b*");
        }

        [Fact]
        public void NullOrDuplicateQuantities_AndNullSources_Throw()
        {
            FluentActions.Invoking(() => new ContradictionDetector(null!)).Should().Throw<ArgumentNullException>().WithParameterName("quantities");
            FluentActions.Invoking(() => new ContradictionDetector(new[] { Quantity(Count), null! }))
                .Should().Throw<ArgumentException>().WithParameterName("quantities").WithMessage("*quantities[1]*null*");
            FluentActions.Invoking(() => new ContradictionDetector(new[] { Quantity(Count), Quantity(Count, QuantityKind.Cumulative) }))
                .Should().Throw<ArgumentException>().WithParameterName("quantities").WithMessage("*story/count*");
            FluentActions.Invoking(() => new ContradictionDetector(new[] { Quantity(Count) }, new[] { new Source("s1", "One", SourceKind.OfficialBody), null! }))
                .Should().Throw<ArgumentNullException>().WithParameterName("sources").WithMessage("*sources[1]*");
            FluentActions.Invoking(() => ContradictionDetector.For(null!)).Should().Throw<ArgumentNullException>();
        }

        [Fact]
        public void ANullRelation_Throws_NamingItsPosition()
        {
            FluentActions.Invoking(() => new ContradictionDetector(CostQuantities, null, new[] { DerivedRelation.Product(Daily, Held, PerHead), null! }))
                .Should().Throw<ArgumentNullException>().WithParameterName("relations").WithMessage("*relations[1]*");
        }

        [Fact]
        public void ARelationOnAnUnknownQuantity_Throws_NamingTheRelationAndTheQuantity()
        {
            var unknown = new QuantityKey("d", "nowhere");
            FluentActions.Invoking(() => new ContradictionDetector(CostQuantities, null, new[] { DerivedRelation.Product(Daily, Held, unknown) }))
                .Should().Throw<ArgumentException>().WithParameterName("relations").WithMessage("*relations[0]*d/nowhere*");
            FluentActions.Invoking(() => new ContradictionDetector(CostQuantities, null, new[] { DerivedRelation.Product(unknown, Held, PerHead) }))
                .Should().Throw<ArgumentException>().WithParameterName("relations").WithMessage("*d/nowhere*not among the quantities*");
        }

        [Fact]
        public void ARelationWhoseUnitsDoNotGiveTheTargetsUnit_Throws_NamingBothUnits()
        {
            // person × person = person^2, which is not USD/day.
            FluentActions.Invoking(() => new ContradictionDetector(CostQuantities, null, new[] { DerivedRelation.Sum(Held, Daily, PerHead).WithName("ok?"), }))
                .Should().Throw<ArgumentException>().WithParameterName("relations").WithMessage("*relations[0]*");
            var wrong = DerivedRelation.Product(Daily, Held, new QuantityKey("d", "guards"));
            var quantities = CostQuantities.Append(Quantity(new QuantityKey("d", "guards"))).ToArray();
            FluentActions.Invoking(() => new ContradictionDetector(quantities, null, new[] { DerivedRelation.Product(Daily, Held, PerHead), wrong }))
                .Should().Throw<ArgumentException>().WithParameterName("relations").WithMessage("*relations[1]*person*USD/day*");
        }

        [Fact]
        public void ARelationWithCommensurableUnits_IsAccepted()
        {
            var monthly = new QuantityKey("d", "monthly");
            var quantities = CostQuantities.Append(Quantity(monthly, QuantityKind.Flow, Unit.Parse("USD/month"))).ToArray();
            var detector = new ContradictionDetector(quantities, null, new[] { DerivedRelation.Product(monthly, Held, PerHead) });
            detector.Relations.Should().ContainSingle();
        }
    }
}

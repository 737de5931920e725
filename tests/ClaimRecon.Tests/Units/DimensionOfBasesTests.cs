using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Units
{
    /// <summary>
    /// The dimension a unit is built with comes from one pass over its atoms' base dimensions; it must be what multiplying
    /// each base dimension raised to its exponent gives (the public operations are the oracle).
    /// </summary>
    public sealed class DimensionOfBasesTests
    {
        private static readonly string[] Names = { "time", "person", "length", "money:USD", "money:EUR", "mass", string.Empty };

        [Fact]
        public void RepeatedBasesAddTheirExponentsAndCancelToNone()
        {
            var area = Dimension.OfBases(new[] { Pair("length", 1), Pair("length", 1) });
            area.Should().Be(Dimension.Of("length").Pow(2));

            var ratio = Dimension.OfBases(new[] { Pair("length", 1), Pair("time", -1), Pair("length", -1), Pair("time", 1) });
            ratio.IsDimensionless.Should().BeTrue();
            ratio.ToString().Should().Be("1");
        }

        [Fact]
        public void BasesComeOutInNameOrderWhateverTheOrderOfTheAtoms()
        {
            var rate = Dimension.OfBases(new[] { Pair("time", -1), Pair("money:USD", 1), Pair("person", -1) });
            rate.ToString().Should().Be("money:USD\u00B7person^-1\u00B7time^-1");
            rate.Exponents.Select(e => e.Key).Should().Equal("money:USD", "person", "time");
        }

        [Fact]
        public void AnAtomWithoutABaseDimensionAddsNothing()
        {
            Dimension.OfBases(new[] { Pair(string.Empty, 3), Pair("mass", 1) }).Should().Be(Dimension.Of("mass"));
        }

        [Fact]
        public void RandomListsOfBasesGiveTheProductOfThePowers()
        {
            var random = new Random(1402);
            for (var run = 0; run < 2000; run++)
            {
                var bases = new KeyValuePair<string, int>[random.Next(0, 7)];
                for (var b = 0; b < bases.Length; b++)
                {
                    bases[b] = Pair(Names[random.Next(Names.Length)], random.Next(-3, 4));
                }

                var expected = Dimension.None;
                foreach (var b in bases)
                {
                    if (b.Key.Length > 0)
                    {
                        expected = expected.Multiply(Dimension.Of(b.Key).Pow(b.Value));
                    }
                }

                var actual = Dimension.OfBases(bases);
                actual.Should().Be(expected, "the bases were {0}", string.Join(", ", bases));
                actual.Exponents.Should().Equal(expected.Exponents);
                actual.ToString().Should().Be(expected.ToString());
            }
        }

        [Fact]
        public void UnitsBuiltFromAtomsKeepTheirDimensionsAndSymbols()
        {
            var rate = Unit.UsDollar.Divide(Unit.Day).Divide(Unit.Person);
            rate.Dimension.ToString().Should().Be("money:USD\u00B7person^-1\u00B7time^-1");
            rate.Symbol.Should().Be("USD/day/person");
            Unit.Day.Multiply(Unit.Day).Divide(Unit.Day).Symbol.Should().Be("day");
            Unit.Day.Divide(Unit.Day).Symbol.Should().Be("1");
            Unit.Parse("km^2/h").Symbol.Should().Be("km^2/h");
        }

        private static KeyValuePair<string, int> Pair(string name, int exponent) => new(name, exponent);
    }
}

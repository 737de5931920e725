using System.IO;
using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Tests.Support;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Every figure in the two seed articles (read from ../shared/seeds, never copied), with its range and unit.</summary>
    public sealed class SeedStoryExtractionTests
    {
        private static string Article(string prefix) =>
            File.ReadAllText(Directory.GetFiles(TestPaths.Shared("seeds"), prefix + "_*.txt").Single());

        private static readonly string Kurdistan24 = Article("000");
        private static readonly string NewRegion = Article("003");

        [Theory]
        [InlineData("More than 5,000", "(5000, +inf)", 3)] // headline, lead and body
        [InlineData("more than 5,000", "(5000, +inf)", 1)]
        [InlineData("between 5,000 and 6,000", "[5000, 6000]", 1)]
        [InlineData("7,000", "[7000, 7000]", 2)] // the denied figure and the planned total
        [InlineData("nearly 7,000", "[6300, 7000)", 1)]
        [InlineData("nearly 2,000", "[1800, 2000)", 1)]
        [InlineData("approximately 30 percent", "[27, 33]", 1)]
        [InlineData("more than 4,580", "(4580, +inf)", 1)]
        public void Kurdistan24FiguresAreFound(string text, string range, int count)
        {
            var mentions = Extract.All(Kurdistan24).Mentions.Where(m => m.Text == text).ToList();

            mentions.Should().HaveCount(count);
            mentions.Should().OnlyContain(m => m.Range.ToString() == range);
        }

        [Fact]
        public void Kurdistan24MoneyHasItsRates()
        {
            var mentions = Extract.All(Kurdistan24).Mentions;

            var perPrisoner = mentions.Single(m => m.Text == "approximately $10");
            perPrisoner.Range.ToString().Should().Be("[9, 11]");
            perPrisoner.Value.Should().Be(10m);
            perPrisoner.Unit.Should().Be(Unit.UsDollar.Divide(Unit.Person).Divide(Unit.Day), "the daily cost of each prisoner");

            var daily = mentions.Single(m => m.Text == "$70,000");
            daily.Range.ToString().Should().Be("[70000, 70000]");
            daily.Unit.Should().Be(Unit.UsDollar.Divide(Unit.Day));

            var monthly = mentions.Single(m => m.Text == "about $2.1 million per month");
            monthly.Value.Should().Be(2100000m);
            monthly.ScaleText.Should().Be("million");
            monthly.Unit.Should().Be(Unit.UsDollar.Divide(Unit.Month));
            monthly.Per.Should().Equal("month");
        }

        [Fact]
        public void Kurdistan24CountsArePeople()
        {
            var mentions = Extract.All(Kurdistan24).Mentions;

            mentions.Where(m => m.Text == "more than 4,580").Should().ContainSingle().Which.Unit.Should().Be(Unit.Person);
            mentions.Single(m => m.Text == "nearly 2,000").CountedNoun.Should().Be("detained militants");
        }

        [Theory]
        [InlineData("2015", RejectionReason.Year)]
        [InlineData("Feb. 7, 2026", RejectionReason.Date)]
        [InlineData("11 a.m.", RejectionReason.TimeOfDay)]
        [InlineData("one of", RejectionReason.PronounOne)]
        public void Kurdistan24TrapsAreNotQuantities(string text, RejectionReason reason)
        {
            var result = Extract.All(Kurdistan24);

            result.Rejections.Should().Contain(r => r.Text == text && r.Reason == reason);
            result.Mentions.Should().NotContain(m => m.Text.Contains(text));
        }

        [Fact]
        public void Kurdistan24YearsAndDatesAreInNoMention()
        {
            var mentions = Extract.All(Kurdistan24).Mentions;

            mentions.Should().NotContain(m => m.Text.Contains("2015") || m.Text.Contains("2026") || m.Text.Contains("Feb") || m.Value == 7m || m.Value == 2015m || m.Value == 2026m);
        }

        [Fact]
        public void NewRegionFiguresAreFound()
        {
            var mentions = Extract.All(NewRegion).Mentions;

            mentions.Where(m => m.Text == "2,250").Should().HaveCount(3).And.OnlyContain(m => m.Range.ToString() == "[2250, 2250]" && m.Unit == Unit.Person);
            mentions.Should().ContainSingle(m => m.Text == "7,000").Which.CountedNoun.Should().Be("ISIS prisoners");
            mentions.Should().ContainSingle(m => m.Text == "About 80 percent").Which.Unit.Should().Be(Unit.Percent);
            var wall = mentions.Single(m => m.Text == "roughly 600 kilometers");
            wall.Unit.Should().Be(Unit.Kilometre);
            wall.Range.ToString().Should().Be("[540, 660]");
            mentions.Should().HaveCount(6);
        }

        [Fact]
        public void NewRegionDatesAndLinksAreNotQuantities()
        {
            var result = Extract.All(NewRegion);

            result.Rejections.Should().Contain(r => r.Text == "February 7, 2026" && r.Reason == RejectionReason.Date);
            result.Rejections.Should().Contain(r => r.Reason == RejectionReason.Identifier);
            result.Mentions.Should().NotContain(m => m.Text.Contains("2026"));
        }
    }
}

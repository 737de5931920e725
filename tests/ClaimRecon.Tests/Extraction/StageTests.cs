using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>The reader's stages asked one at a time over a cursor of their own, without the rest of the pass.</summary>
    public sealed class StageTests
    {
        [Fact]
        public void WordsAreClassifiedOnceFromOneTable()
        {
            var cursor = new TokenCursor("Costs rose by fifty per day");
            cursor.ClassOf(0).Should().HaveFlag(WordClass.Cost);
            cursor.ClassOf(1).Should().HaveFlag(WordClass.Up);
            cursor.ClassOf(2).Should().HaveFlag(WordClass.Stop).And.NotHaveFlag(WordClass.Up);
            cursor.ClassOf(3).Should().HaveFlag(WordClass.SmallNumber).And.HaveFlag(WordClass.Core);
            cursor.ClassOf(5).Should().HaveFlag(WordClass.RatePeriod).And.NotHaveFlag(WordClass.Core).And.NotHaveFlag(WordClass.Stop);
        }

        [Fact]
        public void WordsInNoTableAndWordsBeyondAsciiAreClassifiedApart()
        {
            var cursor = new TokenCursor("the caf\u00E9 opened");
            cursor.ClassOf(1).Should().Be(WordClass.Known | WordClass.NonAscii, "a word beyond ASCII is let through every guard");
            cursor.ClassOf(2).Should().Be(WordClass.Known);
        }

        [Theory]
        [InlineData("fifty", true)]
        [InlineData("Thousands", true)]
        [InlineData("threefold", true)]
        [InlineData("quiz", false)]
        [InlineData("xylophone", false)]
        [InlineData("\u00E9t\u00E9", true)]
        public void OnlyWordsShapedLikeANumberWordAreLookedUp(string word, bool mayBeCore)
        {
            WordClasses.MayBeCore(word, 0, word.Length).Should().Be(mayBeCore);
        }

        [Theory]
        [InlineData("no more than 40", 2, Hedge.AtMost, 0)]
        [InlineData("well over 40", 1, Hedge.MoreThan, 0)]
        [InlineData("they said about 40", 2, Hedge.About, 2)]
        public void HedgeReaderFindsTheLongestPhraseEndingAtAToken(string text, int last, Hedge hedge, int first)
        {
            var hedges = new HedgeReader(new TokenCursor(text));
            hedges.HedgeEndingAt(last).Should().Be((hedge, first));
        }

        [Fact]
        public void UnitReaderReadsACurrencySymbolBeforeTheDigits()
        {
            var cursor = new TokenCursor("paid HK$ 40 in fees");
            var units = new UnitReader(cursor, new HedgeReader(cursor));
            units.CurrencyBefore(3, out var first, out var written).Should().Be("HKD");
            first.Should().Be(1);
            written.Should().Be("HK$");
        }

        [Fact]
        public void NumberReaderAppliesAnAttachedScaleAndAScaleWord()
        {
            var cursor = new TokenCursor("a 2.5bn plan and 3 million more");
            var hedges = new HedgeReader(cursor);
            var units = new UnitReader(cursor, hedges);
            var numbers = new NumberReader(cursor, new NumberTraps(cursor, units, hedges, new PhoneTrap(cursor, units)), units);
            numbers.ReadDigits(1, money: false)!.Value.Value.Should().Be(2_500_000_000m);
            numbers.ReadDigits(5, money: false)!.Value.Value.Should().Be(3_000_000m);
        }

        [Fact]
        public void TrapsRejectAYearWithNothingCountedAfterIt()
        {
            var cursor = new TokenCursor("in 1998 the bridge opened");
            var hedges = new HedgeReader(cursor);
            var units = new UnitReader(cursor, hedges);
            var traps = new NumberTraps(cursor, units, hedges, new PhoneTrap(cursor, units));
            traps.NumberTrap(1, out _, out _).Should().Be(RejectionReason.Year);
        }
    }
}

using System;
using System.Globalization;
using ClaimRecon.Claims;
using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Arguments, results, the claim helper, and properties over generated sentences.</summary>
    public sealed class ExtractorApiTests
    {
        [Fact]
        public void NullTextIsRefusedNamingTheParameter()
        {
            Action act = () => NumericMentionExtractor.Extract(null!);

            act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        }

        [Fact]
        public void EmptyTextHasNothing()
        {
            var result = NumericMentionExtractor.Extract(string.Empty);

            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().BeEmpty();
        }

        [Fact]
        public void ThePublicationDateIsKept()
        {
            NumericMentionExtractor.Extract("Some 20 people came.", new LocalDate(2026, 2, 7)).PublishedOn.Should().Be(new LocalDate(2026, 2, 7));
        }

        [Fact]
        public void AMentionBecomesAClaimWithItsSpanAsEvidence()
        {
            const string text = "A spokesman said nearly 900 people had been evacuated.";
            var mention = Extract.Single(text);
            var key = new QuantityKey("flood-town", "evacuated");
            var chain = AttributionChain.Direct("wire").Citing("spokesman");

            var claim = mention.ToClaim("c1", key, chain, statedAt: TimeReference.Parse("2026-03-01"), stance: Stance.Relays);

            claim.Figure.Should().Be(mention.Figure);
            claim.Range.Should().Be(mention.Range);
            claim.Stance.Should().Be(Stance.Relays);
            claim.Evidence.Should().ContainSingle();
            claim.Evidence[0].Quote.Should().Be("nearly 900");
            text.Substring(claim.Evidence[0].Start!.Value, claim.Evidence[0].End!.Value - claim.Evidence[0].Start!.Value).Should().Be("nearly 900");
        }

        [Fact]
        public void AVagueMentionBecomesAClaimWhoseFigureIsItsDocumentedRange()
        {
            var mention = Extract.Single("Dozens of shops closed.");

            var claim = mention.ToClaim("c1", new QuantityKey("town", "shops"), AttributionChain.Direct("wire"));

            claim.Figure!.Hedge.Should().Be(Hedge.Vague);
            claim.Figure.StatedRange.Should().Be(mention.Range);
            claim.Range.Should().Be(mention.Range, "a vague amount is read as the range the reader documents, under any policy");
            claim.Figure.Wording.Should().Be(mention.Text);
        }

        [Fact]
        public void TwoJoinedBoundsBecomeAClaimWhoseFigureIsTheStatedRange()
        {
            var mention = Extract.Single("The fund paid more than 100 and fewer than 300 families.");

            var claim = mention.ToClaim("c1", new QuantityKey("fund", "families"), AttributionChain.Direct("wire"));

            mention.Figure.Should().BeNull("no single hedge states two joined bounds");
            claim.Figure!.Hedge.Should().Be(Hedge.Range);
            claim.Range.Should().Be(NumericRange.Open(100, 300));
        }

        [Fact]
        public void EveryMentionTheReaderReturnsBecomesAClaim()
        {
            var text = "Dozens came, then hundreds; a few stayed. Between 10 and 20 left, more than 100 and fewer than 300 waited, "
                + "at least 5 and at most 9 slept, nearly 7,000 were counted, tens of thousands watched and thousands cheered; "
                + "prices rose 20% to $12, up from $10, and about 3.5 million people paid $2.1 million per month.";
            var mentions = NumericMentionExtractor.Extract(text).Mentions;

            mentions.Should().Contain(m => m.Figure == null, "the text has vague amounts and joined bounds");
            foreach (var mention in mentions)
            {
                var claim = mention.ToClaim("c" + mention.Start, new QuantityKey("t", "x"), AttributionChain.Direct("wire"));
                claim.Range.Should().Be(mention.Range, $"\"{mention.Text}\" under the default policy");
            }
        }

        [Fact]
        public void ToClaimChecksItsArguments()
        {
            var mention = Extract.Single("About 90 shops closed.");

            ((Action)(() => mention.ToClaim("c1", null!, AttributionChain.Direct("wire")))).Should().Throw<ArgumentNullException>().WithParameterName("quantity");
            ((Action)(() => mention.ToClaim("c1", new QuantityKey("a", "b"), null!))).Should().Throw<ArgumentNullException>().WithParameterName("attribution");
        }

        [Fact]
        public void MoreThanAnyGroupedCountIsAStrictLowerBoundWithAnExactSpan()
        {
            PropertyRunner.ForAll(Gen.Choose(1, 2_000_000_000), n =>
            {
                var figure = n.ToString("N0", CultureInfo.InvariantCulture);
                var text = $"Officials said more than {figure} people were counted.";

                var mention = Extract.Single(text);

                mention.Text.Should().Be("more than " + figure);
                mention.Range.ToString().Should().Be($"({n.ToString(CultureInfo.InvariantCulture)}, +inf)");
            }, 300);
        }

        [Fact]
        public void BetweenAnyTwoOrderedCountsIsClosed()
        {
            PropertyRunner.ForAll(Gen.Zip(Gen.Choose(0, 100_000), Gen.Choose(0, 100_000)), pair =>
            {
                var (a, b) = pair.Item1 <= pair.Item2 ? (pair.Item1, pair.Item2) : (pair.Item2, pair.Item1);
                var text = string.Format(CultureInfo.InvariantCulture, "The agency expects between {0:N0} and {1:N0} arrivals.", a, b);

                var mention = Extract.Single(text);

                mention.Range.ToString().Should().Be(string.Format(CultureInfo.InvariantCulture, "[{0}, {1}]", a, b));
            }, 300);
        }

        [Fact]
        public void LongAdversarialTextIsReadInLinearTime()
        {
            var text = string.Concat(System.Linq.Enumerable.Repeat("1-2-3-4-5-6-7-8-9 between more than about ", 5_000));
            var watch = System.Diagnostics.Stopwatch.StartNew();

            NumericMentionExtractor.Extract(text);

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the scanner looks a bounded distance around each number");
        }
    }
}

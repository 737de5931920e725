using System;
using System.Linq;
using System.Text;
using ClaimRecon.Extraction;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>No text crashes the reader, and whatever it returns points inside the text and states a well-formed range.</summary>
    public sealed class RobustnessTests
    {
        private static readonly string[] Words =
        {
            "one", "two", "ten", "twenty", "ninety-nine", "a", "half", "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore",
            "dozen", "dozens", "hundreds", "tens", "of", "thousands", "few", "several", "k", "K", "m", "bn", "tn", "mln", "more", "than", "about",
            "nearly", "between", "and", "to", "from", "up", "down", "rose", "fell", "by", "at", "least", "or", "so", "less", "equal", "per", "a day",
            "each", "daily", "cost", "dollars", "euros", "percent", "percentage", "points", "km", "m-tall", "people", "USD", "musd", "the", "in",
            "May", "Feb.", "Flight", "FY", "st", "th", "third", "quarter", "times", "fold", "within", "high", "low", "mid", "minus", "sub",
        };

        private static readonly string[] Symbols =
        {
            "$", "US$", "€", "£", "¥", "%", "-", "\u2013", "\u2212", "/", ".", ",", ":", "+", "~", "<", ">", "=", "≤", "≥", "(", ")", "#", "'", "\u2019",
        };

        private static readonly string[] Strange =
        {
            "\u200B", "\u200C", "\u200D", "\uFEFF", "\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u061C", "\u0301", "\u00A0", "\u2009",
            "сто", "миллион", "مليون", "百万", "१२३", "٣٤٥", "一", "😀", "\uD800", "\uDC00", "\u0000", "\t", "\n",
        };

        private static readonly Gen<string> Digits =
            Gen.Zip(Gen.Choose(1, 320), Gen.Elements('0', '1', '5', '9')).Select(p => new string(p.Item2, p.Item1));

        private static readonly Gen<string> Piece = Gen.Frequency(
            (4, Gen.Choose(0, 100_000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (2, Gen.Zip(Gen.Choose(0, 999), Gen.Choose(0, 999)).Select(p => $"{p.Item1},{p.Item2:000}")),
            (2, Gen.Zip(Gen.Choose(0, 99), Gen.Choose(0, 9999)).Select(p => $"{p.Item1}.{p.Item2}")),
            (1, Digits),
            (1, Gen.Zip(Digits, Gen.Elements(".", ",", "-", "/")).Select(p => p.Item2 + p.Item1)),
            (5, Gen.Elements(Words)),
            (3, Gen.Elements(Symbols)),
            (2, Gen.Elements(Strange)));

        private static readonly Gen<string> Separator = Gen.Frequency((6, Gen.Constant(" ")), (3, Gen.Constant(string.Empty)), (1, Gen.Elements(Strange)));

        private static readonly Gen<string> Texts =
            Gen.Sized(size => Gen.Choose(0, 4 * size + 8).SelectMany(n => Gen.Zip(Piece, Separator).ArrayOf(n)))
                .Select(parts =>
                {
                    var builder = new StringBuilder();
                    foreach (var (piece, separator) in parts)
                    {
                        builder.Append(piece).Append(separator);
                    }

                    return builder.ToString();
                });

        [Fact]
        public void RandomTextNeverThrowsAndEveryResultPointsInsideIt()
        {
            PropertyRunner.ForAll(Texts, text => CheckResult(text), cases: 1500);
        }

        [Theory]
        [InlineData("99999999999999999tn")]
        [InlineData("99999999999999999m tn")]
        [InlineData("0-0K")]
        [InlineData("about 79228162514264337593543950335")]
        [InlineData("nearly 9 trillion trillion dollars")]
        [InlineData("roughly 70000 lakh crore crore rupees")]
        [InlineData("$99999999999999999 USD trillion")]
        [InlineData(".5.5.5.5 .5.5")]
        public void InputsThatOnceThrewAreRead(string text)
        {
            CheckResult(text);
        }

        [Fact]
        public void LongFractionsAndTooPreciseDecimalsAreRejectedAsTooLarge()
        {
            foreach (var text in new[] { "." + new string('2', 257), "2-4." + new string('0', 29) })
            {
                var result = CheckResult(text);
                result.Rejections.Should().Contain(r => r.Reason == RejectionReason.TooLarge, "\"{0}\" has more digits than a decimal holds", text);
            }
        }

        [Fact]
        public void AScaleThatOverflowsTheFigureIsRejectedNotDropped()
        {
            var result = CheckResult("The bill was 99999999999999999tn in all.");
            result.Mentions.Should().BeEmpty();
            result.Rejections.Should().ContainSingle(r => r.Reason == RejectionReason.TooLarge && r.Text == "99999999999999999tn");
        }

        [Fact]
        public void ARepeatedHundredIsReadAsSeparateNumbers()
        {
            var repeated = string.Concat(Enumerable.Repeat("one hundred ", 15));
            var result = CheckResult(repeated);
            result.Mentions.Should().HaveCount(15).And.OnlyContain(m => m.Value == 100m && m.Text == "one hundred");

            CheckResult("They counted one hundred one hundred times.").Mentions.Select(m => m.Value).Should().Equal(100m, 100m);
        }

        [Fact]
        public void AScaleWordAfterAScaleWordMultiplies()
        {
            CheckResult("a trillion trillion").Mentions.Should().ContainSingle().Which.Value.Should().Be(1_000_000_000_000_000_000_000_000m);
            CheckResult("a thousand million").Mentions.Should().ContainSingle().Which.Value.Should().Be(1_000_000_000m);
            CheckResult("two million three thousand").Mentions.Should().ContainSingle().Which.Value.Should().Be(2_003_000m);
            CheckResult("two million three million").Mentions.Select(m => m.Value).Should().Equal(2_000_000m, 3_000_000m);
        }

        private static ExtractionResult CheckResult(string text)
        {
            var result = NumericMentionExtractor.Extract(text);
            var shown = new Lazy<string>(() => Show(text));
            var previousEnd = 0;
            foreach (var mention in result.Mentions)
            {
                if (mention.Start < previousEnd)
                {
                    mention.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "mentions are in text order and do not overlap in {0}", shown.Value);
                }

                (mention.Start + mention.Length).Should().BeLessThanOrEqualTo(text.Length);
                mention.Length.Should().BePositive();
                text.Substring(mention.Start, mention.Length).Should().Be(mention.Text);
                previousEnd = mention.Start + mention.Length;
                var range = mention.Range;
                range.IsEmpty.Should().BeFalse("\"{0}\" states some value", mention.Text);
                if (!range.Lower.IsUnbounded && !range.Upper.IsUnbounded)
                {
                    range.Lower.Value.Should().BeLessThanOrEqualTo(range.Upper.Value, "\"{0}\" is read as {1}", mention.Text, range);
                    if (range.Lower.Value == range.Upper.Value)
                    {
                        (range.Lower.IsOpen || range.Upper.IsOpen).Should().BeFalse("a point range has closed ends: {0}", range);
                    }
                }

                if (mention.Value is decimal value && mention.Figure is not null)
                {
                    mention.Figure.Value.Should().Be(value);
                }
            }

            var previousRejectionEnd = 0;
            foreach (var rejection in result.Rejections)
            {
                if (rejection.Start < previousRejectionEnd)
                {
                    rejection.Start.Should().BeGreaterThanOrEqualTo(previousRejectionEnd, "rejections are in text order in {0}", shown.Value);
                }

                (rejection.Start + rejection.Length).Should().BeLessThanOrEqualTo(text.Length);
                if (rejection.Length <= 0)
                {
                    rejection.Length.Should().BePositive("a rejection names the text it rejects in {0}", shown.Value);
                }

                text.Substring(rejection.Start, rejection.Length).Should().Be(rejection.Text);
                previousRejectionEnd = rejection.Start + rejection.Length;
            }

            return result;
        }

        private static string Show(string text) =>
            string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}

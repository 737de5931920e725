using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// <see cref="SentenceWriter"/> writes numbers, percentages, ranges, dates, names and figures straight into one buffer;
    /// each must read exactly as the string-making methods of <see cref="FindingText"/> that the sentences used before
    /// (the oracle here), in any thread culture.
    /// </summary>
    public sealed class SentenceWriterTests
    {
        private static readonly FindingText Text = new(new SourceCatalogue(new[]
        {
            new Source("jc", "Joint Command", SourceKind.OfficialBody),
            new Source("k24", "Kurdistan24", SourceKind.Organization),
        }));

        [Theory]
        [InlineData("1234567", "1,234,567")]
        [InlineData("-1234567", "-1,234,567")]
        [InlineData("0", "0")]
        [InlineData("0.5", "0.5")]
        [InlineData("1234.5", "1,234.5")]
        [InlineData("-0.000001", "-0.000001")]
        [InlineData("1000000000000000000", "1,000,000,000,000,000,000")]
        [InlineData("79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,335")]
        [InlineData("1234567.89", "1,234,567.89")]
        [InlineData("0.123456", "0.123456")]
        [InlineData("0.0000000000000000000000000004", "0.0000000000000000000000000004")]
        public void Number_WritesTheGroupedFigure(string value, string expected)
        {
            var d = decimal.Parse(value, CultureInfo.InvariantCulture);
            Write(w => w.Number(d)).Should().Be(expected).And.Be(FindingText.Number(d));
        }

        [Theory]
        [InlineData("107.66666666666666666666666667", "107.667")]
        [InlineData("0.3333333333333333333333333333", "0.333333")]
        [InlineData("0.2999999999999999999999999999", "0.3")]
        [InlineData("-33.333333333333", "-33.3333")]
        [InlineData("0.000000123456789", "0.000000123457")]
        [InlineData("0.1234565", "0.123457")]
        [InlineData("1234567.1234567", "1,234,567")]
        [InlineData("999999.9999999", "1,000,000")]
        public void Number_RoundsAWorkedOutValue_ToSixSignificantDigits(string value, string expected)
        {
            var d = decimal.Parse(value, CultureInfo.InvariantCulture);
            Write(w => w.Number(d)).Should().Be(expected).And.Be(FindingText.Number(d));
        }

        [Theory]
        [InlineData("0.125", "12.5%")]
        [InlineData("0.03", "3%")]
        [InlineData("0", "0%")]
        [InlineData("0.00049", "0%")]
        [InlineData("0.00051", "0.1%")]
        [InlineData("1", "100%")]
        [InlineData("12345678901.5", "1234567890150%")]
        public void Percent_WritesOneDecimalAtMost(string value, string expected)
        {
            var d = decimal.Parse(value, CultureInfo.InvariantCulture);
            Write(w => w.Percent(d)).Should().Be(expected).And.Be(FindingText.Percent(d));
        }

        [Fact]
        public void NumbersPercentsAndCounts_ReadAsTheStringMethods_OnManyValues_InAnotherCulture()
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fa-IR");
            try
            {
                var random = new Random(11);
                for (var i = 0; i < 5_000; i++)
                {
                    var value = new decimal(random.Next(), random.Next(), random.Next(0, 3), random.Next(2) == 0, (byte)random.Next(0, 29));
                    Write(w => w.Number(value)).Should().Be(FindingText.Number(value), "value {0}", value);
                    Write(w => w.Percent(value)).Should().Be(FindingText.Percent(value), "value {0}", value);
                    var count = random.Next(-1, int.MaxValue);
                    Write(w => w.Int(count)).Should().Be(count.ToString(CultureInfo.InvariantCulture));
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void WholeNumbersCountsAndPercents_OfEveryLength_ReadAsTheGeneralFormatter_AtEveryPositionAgainstABuffersEnd()
        {
            // Whole numbers are written digit by digit: every length, each side of every power of ten and of every group of
            // three, both signs, the ends of what the digit path takes, and whole decimals written with a scale (5.00).
            var wholes = new System.Collections.Generic.List<decimal> { 999_999_999_999_999_999m, -999_999_999_999_999_999m, 1_000_000_000_000_000_000m, 5.00m, -120.000m, 1_000.0m };
            var counts = new System.Collections.Generic.List<int> { 0, int.MaxValue, int.MinValue, -1 };
            var power = 1m;
            for (var digits = 1; digits <= 18; digits++, power *= 10)
            {
                foreach (var value in new[] { power - 1, power, power + 1, (power * 10) - 1, power * 7 + 3 })
                {
                    wholes.Add(value);
                    wholes.Add(-value);
                }

                if (power < int.MaxValue)
                {
                    counts.Add((int)power);
                    counts.Add(-(int)power);
                    counts.Add((int)power - 1);
                }
            }

            var fractions = wholes.Where(v => v > 0 && v < 10_000_000_000m).Select(v => v / 100m).ToList();
            fractions.AddRange(new[] { 0.01m, 0.999m, 9_999_999_999.99m, 10_000_000_000m, 0.0005m, 0.00049m, 0.00051m, 0.99949m, 0.99951m, 9_999_999_999.9994m, 9_999_999_999.9995m });
            // Percentages with a tenth (12.5%), and fractions that round to one (0.1234 is 12.3%, 0.12345 is 12.3%, 0.12355 is 12.4%).
            fractions.AddRange(wholes.Where(v => v > 0 && v < 100_000_000_000m).SelectMany(v => new[] { v / 1_000m, v / 100_000m, (v / 100_000m) + 0.0000049m, (v / 100_000m) + 0.000005m }));
            // Each value after padding of every length from 480 to 530 characters, so it falls on every position against the
            // end of a one-sentence writer's first buffer (512 characters from the pool) and of a keeping writer's chunks.
            var keeping = Text.ForDetection();
            var kept = new System.Collections.Generic.List<(ReadOnlyMemory<char> Kept, string Expected)>();
            for (var pad = 480; pad <= 530; pad++)
            {
                var padding = new string('p', pad);
                foreach (var value in wholes)
                {
                    Check(w => w.Number(value), FindingText.Number(value));
                }

                foreach (var count in counts)
                {
                    Check(w => w.Int(count), count.ToString(CultureInfo.InvariantCulture));
                }

                foreach (var fraction in fractions)
                {
                    Check(w => w.Percent(fraction), FindingText.Percent(fraction));
                }

                void Check(Func<SentenceWriter, SentenceWriter> write, string expected)
                {
                    Write(w => write(w.Append(padding))).Should().Be(padding + expected);
                    kept.Add((write(keeping.Sentence().Append(padding.Substring(0, pad % 61))).Keep(), padding.Substring(0, pad % 61) + expected));
                }
            }

            kept.Should().OnlyContain(k => k.Kept.ToString() == k.Expected);
            Write(w => w.Number(1_234_567m)).Should().Be("1,234,567");
            Write(w => w.Number(-1_000m)).Should().Be("-1,000");
            Write(w => w.Int(-2_147_483_648)).Should().Be("-2147483648");
            Write(w => w.Percent(123.45m)).Should().Be("12345%");
        }

        [Fact]
        public void Ranges_ReadAsTheStringMethod()
        {
            var ranges = new[]
            {
                NumericRange.Empty, NumericRange.All, NumericRange.Point(7_000), NumericRange.AtLeast(2_000), NumericRange.GreaterThan(4_580),
                NumericRange.AtMost(5), NumericRange.LessThan(0.5m), NumericRange.Closed(100, 300), NumericRange.Open(-1.5m, 2),
                new NumericRange(RangeBound.Closed(1), RangeBound.Open(2)), new NumericRange(RangeBound.Open(1), RangeBound.Closed(2)),
            };
            var expected = new[] { "nothing", "any value", "7,000", "at least 2,000", "more than 4,580", "at most 5", "less than 0.5", "[100, 300]", "(-1.5, 2)", "[1, 2)", "(1, 2]" };
            ranges.Select(r => Write(w => w.Range(r))).Should().Equal(expected);
            ranges.Select(r => Write(w => w.Range(r))).Should().Equal(ranges.Select(FindingText.Range));
        }

        [Theory]
        [InlineData(2026, 2, 10, "on 10 February 2026")]
        [InlineData(2026, 12, 1, "on 1 December 2026")]
        [InlineData(999, 1, 31, "on 31 January 0999")]
        [InlineData(1, 1, 1, "on 1 January 0001")]
        [InlineData(9999, 12, 31, "on 31 December 9999")]
        public void Days_ReadAsTheDatePattern(int year, int month, int day, string expected)
        {
            var period = TimeReference.OnDay(new LocalDate(year, month, day));
            Write(w => w.When(period)).Should().Be(expected).And.Be(FindingText.When(period));
        }

        [Fact]
        public void EveryDayOfTwoYears_AndCoarserOrLabelledPeriods_ReadAsTheStringMethod()
        {
            for (var day = new LocalDate(2027, 1, 1); day < new LocalDate(2029, 1, 1); day = day.PlusDays(1))
            {
                var period = TimeReference.OnDay(day);
                Write(w => w.When(period)).Should().Be(FindingText.When(period));
            }

            var others = new TimeReference?[]
            {
                null, TimeReference.Parse("2026-02"), TimeReference.InWeek(2026, 7), TimeReference.InQuarter(2026, 1), TimeReference.InYear(2026),
                TimeReference.Parse("2026-02-10", "the first week"), TimeReference.Between(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 9)),
            };
            others.Select(p => Write(w => w.When(p))).Should().Equal(others.Select(FindingText.When));
            Write(w => w.When(null)).Should().Be("at no stated time");
            Write(w => w.When(others[5])).Should().Be("in the first week");
        }

        [Theory]
        [InlineData("on Thursday", "on Thursday")]
        [InlineData("On Wednesday evening", "on Wednesday evening")]
        [InlineData("so far", "so far")]
        [InlineData("since January", "since January")]
        [InlineData("Last month's", "last month")]
        [InlineData("Tuesday's", "on Tuesday")]
        [InlineData("February", "in February")]
        [InlineData("2023", "in 2023")]
        [InlineData("the first week", "in the first week")]
        public void ALabelThatIsATimePhraseGetsNoSecondPreposition(string label, string expected)
        {
            var period = TimeReference.OnDay(new LocalDate(2026, 11, 19), label);

            Write(w => w.When(period)).Should().Be(expected);
            FindingText.When(period).Should().Be(expected);
        }

        [Fact]
        public void NamesAndFigures_ReadAsTheStringMethods()
        {
            var direct = new Claim("a", Count, HedgedFigure.Of(Hedge.About, 7_000m, "about 7,000"), AttributionChain.Direct("jc"), Stance.Asserts);
            var relayed = new Claim("b", Count, HedgedFigure.Of(Hedge.None, 7_000m, "about 7,000"), AttributionChain.Direct("k24").Citing("jc"), Stance.Asserts);
            var unnamed = new Claim("c", Count, HedgedFigure.Of(Hedge.MoreThan, 4_580m), AttributionChain.Direct("s9"), Stance.Asserts);
            var claims = new[] { direct, relayed, unnamed, direct };

            Write(w => w.Who(direct)).Should().Be("Joint Command").And.Be(Text.Who(direct));
            Write(w => w.Who(relayed)).Should().Be("Joint Command (via Kurdistan24)").And.Be(Text.Who(relayed));
            Write(w => w.Name("s9")).Should().Be("s9");
            Write(w => w.Figure(unnamed)).Should().Be(FindingText.Figure(unnamed));
            Write(w => w.Figures(claims)).Should().Be("\"about 7,000\" and " + FindingText.Figure(unnamed)).And.Be(FindingText.Figures(claims));
            Write(w => w.Figures(new[] { unnamed })).Should().Be(FindingText.Figures(new[] { unnamed }));
        }

        [Fact]
        public void ALongSentence_GrowsTheBuffer_AndKeepsEveryCharacter()
        {
            var expected = string.Concat(Enumerable.Range(0, 500).Select(i => i.ToString(CultureInfo.InvariantCulture) + ", "));
            var written = Write(w =>
            {
                for (var i = 0; i < 500; i++)
                {
                    w.Int(i).Append(", ");
                }
            });
            written.Should().Be(expected);
        }

        [Fact]
        public void Writers_OnSeveralThreadsAtOnce_DoNotMeet()
        {
            var results = new string[8][];
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                var mine = new string[2_000];
                for (var i = 0; i < mine.Length; i++)
                {
                    mine[i] = Text.Sentence().Append("thread ").Int(t).Append(", sentence ").Int(i).Append(": ").Number(1_000m * i).Finish();
                }

                results[t] = mine;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            for (var t = 0; t < 8; t++)
            {
                for (var i = 0; i < 2_000; i++)
                {
                    results[t][i].Should().Be($"thread {t}, sentence {i}: {FindingText.Number(1_000m * i)}");
                }
            }
        }

        [Fact]
        public void AKeepingWriter_KeepsEverySentence_AsWritten_AcrossManyChunks_AndNeverWritesAKeptOneAgain()
        {
            // One detection's writer: sentences of every length, a few longer than a chunk, one after another.
            var text = Text.ForDetection();
            var kept = new System.Collections.Generic.List<(ReadOnlyMemory<char> Kept, string Expected)>();
            var chunks = new System.Collections.Generic.HashSet<object>(System.Collections.Generic.ReferenceEqualityComparer.Instance);
            var random = new Random(11);
            var written = 0L;
            for (var i = 0; i < 6_000; i++)
            {
                var words = i % 997 == 0 ? new string('x', SentenceWriter.ChunkLength + random.Next(1, 5_000)) : new string((char)('a' + (i % 26)), random.Next(0, 400));
                var writer = text.Sentence().Append("sentence ").Int(i).Append(": ").Append(words).Append(' ').Number(1_000m * i);
                if (i % 7 == 3)
                {
                    // Abandoned half-way (as an exception in a rule would leave it): the next sentence starts afresh.
                    writer = text.Sentence();
                    writer.Append("sentence ").Int(i).Append(": ").Append(words).Append(' ').Number(1_000m * i);
                }

                var sentence = writer.Keep();
                kept.Add((sentence, $"sentence {i}: {words} {FindingText.Number(1_000m * i)}"));
                written += sentence.Length;
                System.Runtime.InteropServices.MemoryMarshal.TryGetArray(sentence, out var segment).Should().BeTrue("a keeping writer keeps sentences in its chunks, not as strings");
                chunks.Add(segment.Array!);
            }

            written.Should().BeGreaterThan(20L * SentenceWriter.ChunkLength, "the sentences must fill many chunks");
            chunks.Count.Should().BeGreaterThan(20);
            for (var i = 0; i < kept.Count; i++)
            {
                kept[i].Kept.ToString().Should().Be(kept[i].Expected, "sentence {0} must read as written after every later one", i);
            }
        }

        [Fact]
        public void AKeepingWriter_ReadsAsAWriterOfOneSentence_ForEveryPartOfASentence()
        {
            var text = Text.ForDetection();
            var day = TimeReference.Parse("2026-02-10");
            var claim = new Claim("c1", Count, HedgedFigure.Of(Hedge.MoreThan, 4_580m), AttributionChain.Direct("k24").Citing("jc"), Stance.Asserts);
            for (var i = 0; i < 2_000; i++)
            {
                SentenceWriter Parts(SentenceWriter w) => w.Who(claim).Append(' ').Figure(claim).Append(' ').When(day).Append(' ').Range(claim.Range)
                    .Append(' ').Percent(0.125m * i).Append(' ').Number(-1234.5m * i).Append(' ').Int(i).Append(' ').Name("jc");

                Parts(text.Sentence()).Keep().ToString().Should().Be(Write(w => Parts(w)), "sentence {0}", i);
            }
        }

        private static string Write(Action<SentenceWriter> write)
        {
            var writer = Text.Sentence();
            write(writer);
            return writer.Finish();
        }

        private static string Write(Func<SentenceWriter, SentenceWriter> write) => write(Text.Sentence()).Finish();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>The library's CSV reader: hand-written inputs, every problem named by line, column and value, reading one record at a time.</summary>
    public sealed class CsvReaderTests
    {
        private const string Header = "id,quantity,unit,hedge,value,upperValue,attribution,describes\n";

        [Fact]
        public void Rows_BecomeClaims_WithTheirQuantityAndSources()
        {
            var csv = "#source,paper,The Paper,newsOutlet\n" + Header
                + "c1,town/population,person,about,1000,,paper>cites:mayor,2026-01\n"
                + "c2,town/population,,between,900,1100,radio,2026-01\n";

            var result = ClaimCsv.Read(new StringReader(csv));

            result.Problems.Should().BeEmpty();
            var set = result.Value;
            set.Claims.Select(c => c.Id).Should().Equal("c1", "c2");
            set.Claims[1].Range.ToString().Should().Be("[900, 1100]");
            set.GetSource("paper").Name.Should().Be("The Paper");
            set.GetSource("mayor").Kind.Should().Be(SourceKind.Organization);
            set.GetSource("radio").Kind.Should().Be(SourceKind.NewsOutlet);
            set.GetQuantity(new QuantityKey("town", "population")).Unit.ToString().Should().Be("person");
        }

        [Fact]
        public void ABadCell_NamesLineColumnAndValue()
        {
            var csv = Header + "c1,town/population,person,,1000,,paper,\nc2,town/population,,,\"5,000\",,paper,\n";

            var problem = ClaimCsv.Read(new StringReader(csv)).Problems.Should().ContainSingle().Subject;

            problem.Line.Should().Be(3);
            problem.Column.Should().Be("value");
            problem.Value.Should().Be("\"5,000\"");
            problem.Path.Should().Be("line 3, column \"value\"");
            problem.Message.Should().StartWith("is not a number");
        }

        [Theory]
        [InlineData("value", "0.00000000000000000000000000000001", "digits below 1e-28")]
        [InlineData("value", "-1.00000000000000000000000000001", "more significant digits than a decimal holds exactly")]
        [InlineData("value", "123456789012345678901234567890", "too large")]
        [InlineData("upperValue", "1000.000000000000000000000000001", "it would be rounded")]
        [InlineData("value", "-79228162514264337593543950336", "too large")]
        public void AFigureADecimalWouldRound_IsRefused_NotRounded(string column, string figure, string why)
        {
            var cells = column == "value" ? $"c1,town/population,person,,{figure},,paper,\n" : $"c1,town/population,person,between,900,{figure},paper,\n";

            var result = ClaimCsv.Read(new StringReader(Header + cells));

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Column.Should().Be(column);
            problem.Value.Should().Be($"\"{figure}\"");
            problem.Message.Should().Contain(why).And.Contain(figure);
        }

        [Theory]
        [InlineData("+5", "5")]
        [InlineData("007", "7")]
        [InlineData(".5", "0.5")]
        [InlineData("5.", "5")]
        [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001")]
        [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
        public void FiguresADecimalHoldsExactly_ReadAsBefore(string figure, string expected)
        {
            var result = ClaimCsv.Read(new StringReader(Header + $"c1,town/population,person,,{figure},,paper,\n"));

            result.Problems.Should().BeEmpty();
            result.Value.Claims[0].Figure!.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void EveryBadRow_IsReported_AndGivesNoClaim()
        {
            var csv = Header
                + "c1,town/population,person,roughly-ish,1000,,paper,\n"
                + "c2,town/population,,,1000,,paper,2026-13\n"
                + "c1,town/population,,,1000,,paper,\n"
                + "c4,town/population,,,1000,,paper,\n";
            using var reader = ClaimReader.Csv(new StringReader(csv));

            var read = new List<string>();
            while (reader.Read())
            {
                read.Add(reader.Current.Id + "@" + reader.Line);
            }

            read.Should().Equal("c4@5");
            reader.Problems.Select(p => (p.Line, p.Column, p.Value)).Should().Equal(
                (2, "hedge", "\"roughly-ish\""),
                (3, "describes", "\"2026-13\""),
                (4, "id", "\"c1\""));
        }

        [Fact]
        public void AQuantityThatNeverGetsAUnit_IsReportedAtTheEnd_OnItsFirstLine()
        {
            var csv = Header + "c1,town/population,,,1000,,paper,\n";

            var problem = ClaimCsv.Read(new StringReader(csv)).Problems.Should().ContainSingle().Subject;

            problem.Line.Should().Be(2);
            problem.Column.Should().Be("unit");
            problem.Message.Should().Contain("quantity \"town/population\" has no unit");
        }

        [Fact]
        public void ADenialOfAClaimThatNeverAppears_IsReported_WithTheDeniedId()
        {
            var csv = "id,quantity,unit,value,stance,attribution,denies\n"
                + "c1,town/population,person,1000,asserts,paper,\n"
                + "d1,town/population,,,denies,mayor,c9\n";

            var problem = ClaimCsv.Read(new StringReader(csv)).Problems.Should().ContainSingle().Subject;

            (problem.Line, problem.Column, problem.Value).Should().Be((3, "denies", "\"c9\""));
            problem.Message.Should().Contain("denies claim \"c9\", which is not among the claims");
        }

        [Fact]
        public void UnknownAndRepeatedColumns_AreHeaderProblems()
        {
            var csv = "id,quantity,valu,value,attribution,VALUE\nc1,a/b,1,1,p,1\n";

            var problems = ClaimCsv.Read(new StringReader(csv)).Problems;

            problems.Select(p => (p.Line, p.Value)).Should().Equal((1, "\"valu\""), (1, "\"VALUE\""));
            problems[1].Message.Should().Be("header field 6 repeats the column \"value\"");
        }

        [Fact]
        public void ADirectiveProblem_NamesTheDirectiveField()
        {
            var csv = "#quantity,town/population,furlongs\n" + Header;

            var problem = ClaimCsv.Read(new StringReader(csv)).Problems.Should().ContainSingle().Subject;

            (problem.Line, problem.Column, problem.Value).Should().Be((1, "#quantity unit", "\"furlongs\""));
        }

        [Fact]
        public void BytesThatAreNotUtf8_AreAProblemOnTheirLine_NotReplaced()
        {
            var bytes = Encoding.UTF8.GetBytes(Header + "c1,town/population,person,,1000,,paper,\nc2,town/population,,,1000,,pap").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("er,\n")).ToArray();
            using var reader = ClaimReader.Csv(new MemoryStream(bytes));

            var result = reader.ReadToEnd();

            var problem = result.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Value).Should().Be((3, "0xFF"));
            problem.Message.Should().Contain("not UTF-8");
        }

        [Theory]
        [InlineData(new byte[] { 0xE2, 0x82 })]
        [InlineData(new byte[] { 0xC3 })]
        [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })]
        public void ACharacterCutOffAtTheEndOfTheFile_IsAProblem_NotDropped(byte[] cut)
        {
            // The last cell ends in the first bytes of a character whose rest is missing: the file is not UTF-8.
            var bytes = Encoding.UTF8.GetBytes(Header + "c1,town/population,person,,1000,,paper,2026-01-01").Concat(cut).ToArray();

            var result = ClaimReader.Csv(new MemoryStream(bytes)).ReadToEnd();

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Line.Should().Be(2);
            problem.Message.Should().Contain("not UTF-8");
        }

        [Fact]
        public async Task ACharacterCutOffAtTheEndOfTheFile_IsAProblem_WhenReadAsynchronouslyToo()
        {
            var bytes = Encoding.UTF8.GetBytes(Header + "c1,town/population,person,,1000,,paper,\n").Concat(new byte[] { 0xE2, 0x82 }).ToArray();

            var result = await ClaimReader.Csv(new MemoryStream(bytes)).ReadToEndAsync();

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Message.Should().Contain("not UTF-8");
        }

        [Fact]
        public void TheReader_ReadsOneRecordAtATime()
        {
            // The text after the first row throws when touched: reading the header and that row must not touch it.
            var reader = ClaimReader.Csv(new ExplodingReader("id,quantity,unit,value,attribution\r\nc1,a/b,person,5,paper\n"));

            reader.Read().Should().BeTrue();
            reader.Current.Id.Should().Be("c1");
            reader.Invoking(r => r.Read()).Should().Throw<InvalidOperationException>().WithMessage("read past the safe part");
        }

        [Fact]
        public async Task ReadingAsynchronously_CanBeCancelled()
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            using var reader = ClaimReader.Csv(new StringReader(Header + "c1,town/population,person,,1000,,paper,\n"));

            var read = () => reader.ReadAsync(cancel.Token);

            await read.Should().ThrowAsync<OperationCanceledException>();
        }

        [Fact]
        public async Task ReadAllAsync_StreamsTheClaims_AndStopsWhenCancelled()
        {
            var csv = new StringBuilder(Header);
            for (var i = 0; i < 50_000; i++)
            {
                csv.Append('c').Append(i).Append(",town/population,person,,").Append(i).Append(",,paper,\n");
            }

            using var cancel = new CancellationTokenSource();
            using var reader = ClaimReader.Csv(new StringReader(csv.ToString()));
            var seen = 0;
            var enumerate = async () =>
            {
                await foreach (var claim in reader.ReadAllAsync().WithCancellation(cancel.Token))
                {
                    claim.Id.Should().Be("c" + seen);
                    if (++seen == 10)
                    {
                        cancel.Cancel();
                    }
                }
            };

            await enumerate.Should().ThrowAsync<OperationCanceledException>();
            seen.Should().BeLessThan(50_000, "cancellation stops the reading within a block of text");
        }

        [Fact]
        public void ReadAll_IsLazy()
        {
            var reader = ClaimReader.Csv(new ExplodingReader("id,quantity,unit,value,attribution\nc1,a/b,person,5,paper\n"));

            using var claims = reader.ReadAll().GetEnumerator();

            claims.MoveNext().Should().BeTrue();
            claims.Current.Id.Should().Be("c1");
            claims.Invoking(c => c.MoveNext()).Should().Throw<InvalidOperationException>();
        }

        [Fact]
        public void Progress_IsToldTheClaimsRead()
        {
            var csv = new StringBuilder(Header);
            for (var i = 0; i < 2500; i++)
            {
                csv.Append('c').Append(i).Append(",town/population,person,,").Append(i).Append(",,paper,\n");
            }

            var seen = new List<long>();
            using var reader = ClaimReader.Csv(new StringReader(csv.ToString()));
            reader.ReadToEnd(new SynchronousProgress(seen)).Success.Should().BeTrue();

            seen.Should().Equal(1024, 2048, 2500);
        }

        [Fact]
        public void Records_FollowRfc4180_AndKeepLineNumbers()
        {
            var records = new CsvRecordReader(new StringReader("a,\"b,1\",\"c \"\"q\"\"\"\r\n\r\n\"multi\nline\",x\nlast,\"un\"closed\n"));

            var first = records.Next()!;
            first.Line.Should().Be(1);
            first.Fields.Should().Equal("a", "b,1", "c \"q\"");
            var second = records.Next()!;
            second.Line.Should().Be(3);
            second.Fields.Should().Equal("multi\nline", "x");
            var third = records.Next()!;
            third.Line.Should().Be(5);
            third.ErrorField.Should().Be(1);
            third.Error.Should().Contain("closing quote");
            records.Next().Should().BeNull();
        }

        [Fact]
        public async Task Records_ReadAsynchronously_AreTheSame_AcrossBlockBoundaries()
        {
            // Quoted line breaks and doubled quotes straddle the 16 KiB blocks the reader fills asynchronously.
            var text = new StringBuilder();
            for (var i = 0; i < 3000; i++)
            {
                text.Append(i).Append(",\"x\"\"\n").Append(new string('y', i % 13)).Append("\",z\r\n");
            }

            var sync = new CsvRecordReader(new StringReader(text.ToString()));
            var async = new CsvRecordReader(new StringReader(text.ToString()));
            for (var i = 0; i < 3000; i++)
            {
                var expected = sync.Next()!;
                var actual = (await async.NextAsync(CancellationToken.None))!;
                actual.Line.Should().Be(expected.Line);
                actual.Fields.Should().Equal(expected.Fields);
            }

            (await async.NextAsync(CancellationToken.None)).Should().BeNull();
        }

        [Fact]
        public void AnUnclosedQuote_IsAnError_NamingTheLineItOpensOn()
        {
            var records = new CsvRecordReader(new StringReader("a,b\nc,\"never\nclosed"));

            records.Next()!.Error.Should().BeNull();
            var broken = records.Next()!;
            broken.Line.Should().Be(2);
            broken.Error.Should().Be("the quoted field that opens on line 2 is never closed");
        }

        /// <summary>Reports on the calling thread, so the test sees every report before ReadToEnd returns.</summary>
        private sealed class SynchronousProgress : IProgress<long>
        {
            private readonly List<long> _seen;

            public SynchronousProgress(List<long> seen) => _seen = seen;

            public void Report(long value) => _seen.Add(value);
        }

        /// <summary>A text reader whose text past a point throws when read.</summary>
        private sealed class ExplodingReader : TextReader
        {
            private readonly string _safe;
            private int _position;

            public ExplodingReader(string safe) => _safe = safe;

            public override int Read(char[] buffer, int index, int count)
            {
                if (_position >= _safe.Length)
                {
                    throw new InvalidOperationException("read past the safe part");
                }

                // One line at a time, as a slow source would give it.
                var end = _safe.IndexOf('\n', _position);
                var n = Math.Min(count, (end < 0 ? _safe.Length : end + 1) - _position);
                _safe.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }
        }
    }
}

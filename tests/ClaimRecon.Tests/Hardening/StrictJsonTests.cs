using System;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Hardening
{
    /// <summary>The claims JSON is read strictly and exactly (issue 15, items 11 to 13): nothing lenient, nothing rounded, nothing replaced.</summary>
    public sealed class StrictJsonTests
    {
        [Theory]
        [InlineData("1e-400")]
        [InlineData("0.00000000000000000000000000000001")]
        [InlineData("1234567890123456789012345678901")]
        [InlineData("0.1234567890123456789012345678901")]
        [InlineData("79228162514264337593543950336")]
        [InlineData("1e400")]
        [InlineData("8e28")]
        public void NumberADecimalCannotHoldExactly_IsAProblemAsNumberAndAsString(string number)
        {
            foreach (var written in new[] { number, "\"" + number + "\"" })
            {
                var result = ClaimJson.Read(HostileDocuments.Figures("USD", written));

                result.Success.Should().BeFalse(written + " must not be rounded");
                var problem = result.Problems.Should().ContainSingle().Subject;
                problem.Path.Should().Be("$.claims[0].figure.value");
                problem.Value.Should().Contain(number);
            }
        }

        [Theory]
        [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
        [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
        [InlineData("1.50000000000000000000000000000000", "1.5")]
        [InlineData("5e3", "5000")]
        [InlineData("-0.5E+1", "-5")]
        public void NumberADecimalHoldsExactly_IsReadTheSameAsNumberAndAsString(string number, string expected)
        {
            foreach (var written in new[] { number, "\"" + number + "\"" })
            {
                var set = HostileDocuments.ReadValid(HostileDocuments.Figures("USD", written));

                set.Claims[0].Figure!.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), written);
            }
        }

        [Theory]
        [InlineData("// comment\n", "")]
        [InlineData("", " /* c */ {\"x\":1} garbage")]
        [InlineData("", " /* trailing comment */")]
        [InlineData("", " {}")]
        public void CommentsAndTrailingContent_AreMalformed(string before, string after)
        {
            var result = ClaimJson.Read(before + HostileDocuments.Figures("USD", "5") + after);

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Message.Should().StartWith("malformed JSON");
        }

        [Theory]
        [InlineData("\"hedge\":\"none\"", "'hedge':'none'")]
        [InlineData("\"hedge\":\"none\"", "hedge:\"none\"")]
        [InlineData("\"value\":5}", "\"value\":5,}")]
        [InlineData("\"value\":5}", "\"value\":0x10}")]
        [InlineData("\"value\":5}", "\"value\":05}")]
        [InlineData("\"value\":5}", "\"value\":NaN}")]
        public void LenientSyntax_IsMalformed(string valid, string lenient)
        {
            var json = HostileDocuments.Figures("USD", "5").Replace(valid, lenient, StringComparison.Ordinal);
            json.Should().Contain(lenient);

            var result = ClaimJson.Read(json);

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Message.Should().StartWith("malformed JSON").And.Contain("line ");
            problem.Value.Should().NotBeNullOrEmpty();
        }

        [Fact]
        public void ARepeatedPropertyIsAProblemNotLastOneWins()
        {
            var json = HostileDocuments.Figures("USD", "5").Replace("\"value\":5", "\"value\":5,\"value\":6", StringComparison.Ordinal);

            var result = ClaimJson.Read(json);

            result.Problems.Should().ContainSingle(p => p.Path == "$.claims[0].figure.value" && p.Value == "6" && p.Message.Contains("more than once"));
        }

        [Fact]
        public void ALeadingByteOrderMark_IsAllowedInTextAsInFiles()
        {
            var result = ClaimJson.Read("\uFEFF" + HostileDocuments.Figures("USD", "5"));

            result.Problems.Should().BeEmpty();
        }

        [Fact]
        public void AHugeUnknownKey_IsShortenedInTheProblem()
        {
            var key = new string('k', 200_000);
            var json = HostileDocuments.Figures("USD", "5").Replace("\"hedge\"", "\"" + key + "\":1,\"hedge\"", StringComparison.Ordinal);

            var problem = ClaimJson.Read(json).Problems.Should().ContainSingle().Subject;

            problem.Path.Length.Should().BeLessThan(200);
            problem.Message.Length.Should().BeLessThan(400);
        }

        [Fact]
        public void BytesThatAreNotUtf8_AreAProblemNotReplaced()
        {
            var bytes = Encoding.UTF8.GetBytes(HostileDocuments.Document("USD", "Alpha", "{\"hedge\":\"none\",\"value\":5}"));
            var at = Array.IndexOf(bytes, (byte)'A');
            bytes[at] = 0xFF;

            var result = ClaimJson.Read(new MemoryStream(bytes));

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Path.Should().Be("$.sources[0].name");
        }

        [Theory]
        [InlineData("\\ud800")]
        [InlineData("\\udfff")]
        [InlineData("x\\ud83dy")]
        public void AnUnpairedSurrogateEscape_IsAProblemAtItsPath(string escape)
        {
            var json = HostileDocuments.Figures("USD", "5").Replace("\"name\":\"a0\"", "\"name\":\"a" + escape + "\"", StringComparison.Ordinal);

            var problem = ClaimJson.Read(json).Problems.Should().ContainSingle().Subject;

            problem.Path.Should().Be("$.sources[0].name");
            problem.Message.Should().Contain("unpaired surrogate");
        }

        [Fact]
        public void AnUnpairedSurrogateInTheText_IsAProblemNotAReplacementCharacter()
        {
            var json = HostileDocuments.Figures("USD", "5").Replace("\"name\":\"a0\"", "\"name\":\"a\ud800\"", StringComparison.Ordinal);

            var result = ClaimJson.Read(json);

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Message.Should().Contain("unpaired surrogate");
        }

        [Fact]
        public void DeepNesting_IsMalformedNotAStackOverflow()
        {
            var json = HostileDocuments.Figures("USD", "5").Replace("\"value\":5", "\"value\":" + new string('[', 100_000) + new string(']', 100_000), StringComparison.Ordinal);

            var result = ClaimJson.Read(json);

            result.Problems.Should().ContainSingle().Which.Message.Should().Contain("depth");
        }

        [Fact]
        public void ReadingAStream_TakesTheClaimsNotTheText()
        {
            // A stream that throws if asked to seek or report its length: the reader must consume it front to back.
            var bytes = Encoding.UTF8.GetBytes(HostileDocuments.Figures("USD", Enumerable.Range(1, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
            using var stream = new ForwardOnlyStream(bytes);

            var result = ClaimJson.Read(stream);

            result.Problems.Should().BeEmpty();
            result.Value.Claims.Should().HaveCount(500);
            stream.LargestRead.Should().BeLessThanOrEqualTo(64 * 1024);
        }

        private sealed class ForwardOnlyStream : Stream
        {
            private readonly MemoryStream _inner;

            public ForwardOnlyStream(byte[] bytes) => _inner = new MemoryStream(bytes);

            public int LargestRead { get; private set; }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                LargestRead = Math.Max(LargestRead, count);
                return _inner.Read(buffer, offset, count);
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}

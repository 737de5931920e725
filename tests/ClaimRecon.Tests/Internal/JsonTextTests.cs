using System.Linq;
using ClaimRecon.Internal;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json;
using Xunit;

namespace ClaimRecon.Tests.Internal
{
    /// <summary>JSON string literals written without a JSON library, against Json.NET's as the oracle.</summary>
    public sealed class JsonTextTests
    {
        /// <summary>Characters that need escaping, the line breaks JavaScript cares about, surrogates, and ordinary text.</summary>
        private static readonly Gen<string> Text =
            Gen.OneOf(
                    Gen.Choose(0, 0x40).Select(i => (char)i),
                    Gen.Elements('"', '\\', '/', '\'', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ud83d', '\ude00', '\ufeff', 'é'),
                    Gen.Choose(0x20, 0xffff).Select(i => (char)i))
                .ArrayOf()
                .Select(chars => new string(chars));

        [Fact]
        public void Quote_IsJsonNetsText()
        {
            PropertyRunner.ForAll(Text, s => JsonText.Quote(s).Should().Be(JsonConvert.ToString(s)));
        }

        [Theory]
        [InlineData("", "\"\"")]
        [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
        [InlineData("a\\b", "\"a\\\\b\"")]
        [InlineData("tab\there\nline", "\"tab\\there\\nline\"")]
        [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
        [InlineData("line\u2028sep", "\"line\\u2028sep\"")]
        [InlineData("caf\u00e9 / \u20ac", "\"caf\u00e9 / \u20ac\"")]
        public void Quote_Examples(string value, string expected)
        {
            JsonText.Quote(value).Should().Be(expected);
        }

        [Fact]
        public void Quote_ParsesBackToTheSameString()
        {
            PropertyRunner.ForAll(Text, s => JsonConvert.DeserializeObject<string>(JsonText.Quote(s)).Should().Be(s), cases: 500);
        }
    }
}

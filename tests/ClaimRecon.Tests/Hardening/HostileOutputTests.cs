using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Hardening
{
    /// <summary>Hostile names and addresses in every output (issue 15, items 8 to 10): text stays text.</summary>
    public sealed class HostileOutputTests
    {
        private static readonly ClaimReviewOptions Review = new(new Uri("https://factcheck.example.org/review"), "Example Desk", new LocalDate(2026, 3, 2));

        [Theory]
        [InlineData("Alpha\r- injected list item\r| x | y |")]
        [InlineData("Alpha\r\n- injected\n| x | y |")]
        [InlineData("Alpha\u2028- injected")]
        public void Markdown_NameWithLineBreaks_StaysInOneTableRow(string name)
        {
            var markdown = Report(name).ToMarkdown();

            markdown.Split('\n').Should().NotContain(line => line.TrimStart('\r').StartsWith("- injected", StringComparison.Ordinal));
            markdown.Should().NotContain("\r").And.NotContain("\u2028");
            var rows = markdown.Split('\n').Where(l => l.Contains("Alpha", StringComparison.Ordinal) && l.StartsWith("| ", StringComparison.Ordinal)).ToArray();
            rows.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("injected", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("\u001b]0;PWNED\u0007")]
        [InlineData("\u001b[2J\u001b[31mred")]
        [InlineData("\u009b31mred")]
        [InlineData("abc\u202Edcb")]
        [InlineData("bell\u0007\u0008back")]
        public void TextReport_HasNoControlCharacterFromInput(string name)
        {
            var text = Report(name).ToText();

            text.Where(c => (char.IsControl(c) && c != '\n') || c == '\u202E').Should().BeEmpty();
            text.Should().Contain("\\u", "each control character is shown as an escape, not dropped");
        }

        [Theory]
        [InlineData("javascript:alert(1)")]
        [InlineData("data:text/html,<script>alert(1)</script>")]
        [InlineData("file:///etc/passwd")]
        [InlineData("/etc/passwd")]
        [InlineData("vbscript:msgbox")]
        public void EvidenceAddress_OtherThanHttpOrHttps_IsAProblemAtTheUrl(string url)
        {
            var json = HostileDocuments.Figures("USD", "5").Replace("\"statedAt\"", "\"evidence\":[{\"url\":" + HostileDocuments.Quote(url) + "}],\"statedAt\"", StringComparison.Ordinal);

            var result = ClaimJson.Read(json);

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle(p => p.Path == "$.claims[0].evidence[0].url" && p.Value!.Contains(url.Substring(0, 4), StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("javascript:alert(1)")]
        [InlineData("file:///etc/passwd")]
        [InlineData("ftp://example.org/x")]
        public void EvidenceConstructor_RejectsSchemesOtherThanHttpAndHttps(string url)
        {
            var create = () => new Evidence(new Uri(url));

            create.Should().Throw<ArgumentException>().WithMessage("*http*").Which.ParamName.Should().Be("url");
        }

        [Theory]
        [InlineData("javascript:alert(1)")]
        [InlineData("data:text/html,x")]
        [InlineData("file:///tmp/page.html")]
        public void ClaimReviewOptions_RejectPageAddressesOtherThanHttpAndHttps(string url)
        {
            var create = () => new ClaimReviewOptions(new Uri(url), "Desk", new LocalDate(2026, 3, 2));

            create.Should().Throw<ArgumentException>().WithMessage("*http*").Which.ParamName.Should().Be("pageUrl");
        }

        [Fact]
        public void ClaimReview_NameCannotCloseTheScriptElementItIsEmbeddedIn()
        {
            var report = Report("</script><script>alert(1)</script><!--");

            var jsonLd = report.ToClaimReview(Review);

            jsonLd.Should().NotContain("<").And.NotContain(">");
            jsonLd.Should().Contain("\\u003c/script\\u003e");
            Newtonsoft.Json.Linq.JToken.Parse(jsonLd).ToString().Should().Contain("</script><script>alert(1)</script>");
        }

        private static ReconciliationReport Report(string name)
        {
            var set = HostileDocuments.ReadValid(HostileDocuments.Document("USD", name, "{\"hedge\":\"none\",\"value\":5}", "{\"hedge\":\"none\",\"value\":900}"));
            return ReconciliationReport.Create(set);
        }
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Ranges;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Hardening
{
    /// <summary>Inputs that once crashed the library (issue 15, items 1 to 6): each now gives a result or a documented error.</summary>
    public sealed class CrashRegressionTests
    {
        [Theory]
        [InlineData("9223372036854775808")]
        [InlineData("-9223372036854775809")]
        [InlineData("1.5")]
        public void SchemaVersionBeyondAnInteger_IsAProblemNotAnException(string version)
        {
            var result = ClaimJson.Read("{\"schemaVersion\": " + version + ", \"sources\": [], \"quantities\": [], \"claims\": []}");

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Path.Should().Be("$.schemaVersion");
            problem.Value.Should().NotBeNullOrEmpty();
        }

        [Theory]
        [InlineData("person^-2147483648")]
        [InlineData("person^2147483647*person")]
        [InlineData("person^2147483647")]
        [InlineData("km^40")]
        [InlineData("person^20/day^-20")]
        public void UnitWithAnExponentBeyondTheLimit_IsRejected(string text)
        {
            Unit.TryParse(text, out _).Should().BeFalse();
            var parse = () => Unit.Parse(text);
            parse.Should().Throw<FormatException>().WithMessage($"*{text}*");
        }

        [Fact]
        public void UnitAtTheExponentLimit_Parses()
        {
            Unit.Parse("km^" + Unit.MaxExponent).Symbol.Should().Be("km^" + Unit.MaxExponent);
            Unit.Parse("km^-" + Unit.MaxExponent).Symbol.Should().Be("1/km^" + Unit.MaxExponent);
        }

        [Fact]
        public void MultiplyingUnitsPastTheExponentLimit_ThrowsArgumentException()
        {
            var big = Unit.Parse("km^" + Unit.MaxExponent);
            var multiply = () => big.Multiply(Unit.Kilometre);
            multiply.Should().Throw<ArgumentException>().WithMessage("*km*");
        }

        [Fact]
        public void UnitWithAHugeExponent_InAClaimFile_IsAProblemAtTheUnit()
        {
            var result = ClaimJson.Read(HostileDocuments.Figures("person^2147483647*person", "5"));

            result.Problems.Should().ContainSingle(p => p.Path == "$.quantities[0].unit" && p.Value!.Contains("2147483647"));
        }

        [Theory]
        [InlineData("79228162514264337593543950335")]
        [InlineData("-79228162514264337593543950335")]
        [InlineData("0.0000000000000000000000000001")]
        [InlineData("79228162514264337593543950335", "-79228162514264337593543950335")]
        [InlineData("1", "1.0000000000000000000000000001")]
        [InlineData("100000000000000000000", "100000000000000000000.00000001")]
        [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.4")]
        public void HtmlReport_OfLegalFiguresAtTheDecimalLimits_IsWrittenWithAChart(params string[] figures)
        {
            var set = HostileDocuments.ReadValid(HostileDocuments.Figures("USD", figures));

            var html = Finish(() => ReconciliationReport.Create(set).ToHtml());

            html.Should().Contain("<svg").And.Contain("</html>");
        }

        [Fact]
        public void HtmlReport_OfARangeAcrossBothLimits_IsWritten()
        {
            var set = HostileDocuments.ReadValid(HostileDocuments.Document("USD", "a", "{\"hedge\":\"between\",\"value\":-5e28,\"upperValue\":5e28}"));

            Finish(() => ReconciliationReport.Create(set).ToHtml()).Should().Contain("<svg");
        }

        [Fact]
        public void TwoOriginsAtOppositeLimits_AreReconciledAndReported()
        {
            var set = HostileDocuments.ReadValid(HostileDocuments.Figures("USD", "79228162514264337593543950335", "-79228162514264337593543950335"));

            var report = Finish(() => ReconciliationReport.Create(set));

            report.Contradictions.Findings.Should().NotBeEmpty();
            report.ToText().Should().Contain("79,228,162,514,264,337,593,543,950,335");
        }

        [Fact]
        public void RelationWhoseConversionFactorExceedsADecimal_IsAnArgumentException()
        {
            var set = HostileDocuments.ReadValid(HostileDocuments.Figures("s^5", "1"));
            var target = new Quantity(new QuantityKey("story", "total"), Unit.Parse("year^5"), QuantityKind.Level, ValueDomain.Real);
            var other = new Quantity(new QuantityKey("story", "other"), Unit.Parse("s^5"), QuantityKind.Level, ValueDomain.Real);
            var withTarget = ClaimSet.Create(set.Sources, set.Quantities.Append(target).Append(other), set.Claims);

            var create = () => ContradictionDetector.For(withTarget, new[] { DerivedRelation.Sum(target.Key, new QuantityKey("story", "held"), other.Key) });

            create.Should().Throw<ArgumentException>().WithMessage("*s^5*year^5*");
        }

        [Fact]
        public void ConversionFactorBeyondADecimal_IsAnArgumentExceptionNamingBothUnits()
        {
            var convert = () => Unit.Parse("year^5").ConversionFactorTo(Unit.Parse("s^5"));

            convert.Should().Throw<ArgumentException>().WithMessage("*year^5*s^5*");
        }

        private static T Finish<T>(Func<T> work)
        {
            var task = Task.Run(work);
            task.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue("the work must end");
            return task.Result;
        }
    }
}

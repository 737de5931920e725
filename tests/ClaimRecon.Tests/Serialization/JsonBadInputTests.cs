using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>One test per class of bad input: each names the problem's JSON path and the offending value.</summary>
    public sealed class JsonBadInputTests
    {
        [Fact]
        public void TheBaseDocumentIsValid()
        {
            var result = ClaimJson.Read(JsonDocs.Valid(3).ToString());

            result.Problems.Should().BeEmpty();
            result.Value.Claims.Select(c => c.Id).Should().Equal("c0", "c1", "c2");
            result.Value.Claims[1].Range.ToString().Should().Be("[900.9, 1101.1]");
            result.Value.Claims[0].Attribution.ToString().Should().Be("k24 \u2192 cites \u2192 joc-source \u2192 speaks for \u2192 joc");
        }

        [Fact]
        public void RangeLowerThatIsNotANumber()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = JObject.Parse("""{ "lower": "abc", "lowerClosed": true }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range.lower");
            problem.Value.Should().Be("\"abc\"");
            problem.Message.Should().Contain("\"abc\"").And.Contain("not a number");
        }

        [Fact]
        public void RangeWithThousandsSeparatorIsNotANumber()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = JObject.Parse("""{ "lower": "5,000", "lowerClosed": true }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range.lower");
            problem.Value.Should().Be("\"5,000\"");
            problem.Message.Should().Contain("\"5,000\"").And.Contain("thousands separators");
        }

        [Fact]
        public void RangeLowerAboveUpper()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = JObject.Parse("""{ "lower": 1100, "lowerClosed": true, "upper": 900, "upperClosed": true }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range.lower");
            problem.Value.Should().Be("1100");
            problem.Message.Should().Contain("lower (1100)").And.Contain("upper (900)");
        }

        [Theory]
        [InlineData(false, true, "lower")]
        [InlineData(true, false, "upper")]
        public void OpenBoundOnASinglePoint(bool lowerClosed, bool upperClosed, string openEnd)
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = new JObject
            {
                ["lower"] = 1000, ["lowerClosed"] = lowerClosed, ["upper"] = 1000, ["upperClosed"] = upperClosed,
            };

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range." + openEnd);
            problem.Value.Should().Be("1000");
            problem.Message.Should().Contain("single-point range").And.Contain($"an open {openEnd} end").And.Contain("at 1000");
        }

        [Theory]
        [InlineData("NaN", "NaN is never a valid bound")]
        [InlineData("Infinity", "write an unbounded end instead of infinity")]
        [InlineData("-inf", "write an unbounded end instead of infinity")]
        public void NonFiniteNumberGivenAsAString(string text, string why)
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = JObject.Parse($$"""{ "lower": "{{text}}", "lowerClosed": true }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range.lower");
            problem.Value.Should().Be($"\"{text}\"");
            problem.Message.Should().Contain($"\"{text}\" is not a finite number").And.Contain(why);
        }

        [Fact]
        public void NaNGivenAsAStringForAFigure()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["figure"]!["value"] = "NaN";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].figure.value");
            problem.Value.Should().Be("\"NaN\"");
            problem.Message.Should().Contain("\"NaN\" is not a finite number");
        }

        [Theory]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("-Infinity")]
        public void NonFiniteJsonLiteralIsMalformedJsonNamingTheValueAndPosition(string literal)
        {
            // Newtonsoft reads NaN and Infinity literals (a JSON extension) only as doubles; with decimal parsing it refuses
            // them while tokenising, so the whole text is reported as malformed at the field.
            var text = JsonDocs.Valid().ToString(Formatting.None).Replace("\"value\":1000,", $"\"value\":{literal},");
            text.Should().Contain(literal, "the test must actually place the literal");

            var result = ClaimJson.Read(text);

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Path.Should().Be("$.claims[0].figure.value");
            problem.Message.Should().StartWith("malformed JSON").And.Contain(literal.TrimStart('-')).And.Contain("line 1, position");
        }

        [Fact]
        public void UnknownHedge()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["figure"]!["hedge"] = "kinda";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].figure.hedge");
            problem.Value.Should().Be("\"kinda\"");
            problem.Message.Should().Contain("\"kinda\" is not a known hedge").And.Contain("moreThan").And.Contain("between");
        }

        [Fact]
        public void UnknownUnitSuggestsAnOpaqueUnit()
        {
            var doc = JsonDocs.Valid();
            doc["quantities"]![1]!["unit"] = "furlongs";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.quantities[1].unit");
            problem.Value.Should().Be("\"furlongs\"");
            problem.Message.Should().Contain("\"furlongs\" is not a known unit").And.Contain("{furlongs}");
        }

        [Fact]
        public void UnknownFactorOfACompoundUnitIsNamed()
        {
            var doc = JsonDocs.Valid();
            doc["quantities"]![1]!["unit"] = "USD/fortnight";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.quantities[1].unit");
            problem.Value.Should().Be("\"USD/fortnight\"");
            problem.Message.Should().Contain("\"fortnight\" is not a known unit").And.Contain("{fortnight}");
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        public void MissingSourceInAttribution(int position)
        {
            var doc = JsonDocs.Valid(2);
            var chain = (JArray)doc["claims"]![1]!["attribution"]!;
            if (position == 0)
            {
                chain[0] = "ghost";
            }
            else
            {
                ((JProperty)((JObject)chain[position]).First!).Value = "ghost";
            }

            var problem = SingleProblem(doc);

            problem.Path.Should().Be($"$.claims[1].attribution[{position}]");
            problem.Value.Should().Be("\"ghost\"");
            problem.Message.Should().Contain("\"ghost\" is not defined");
        }

        [Fact]
        public void MissingQuantity()
        {
            var doc = JsonDocs.Valid(2);
            doc["claims"]![1]!["quantity"] = "detainees/held";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[1].quantity");
            problem.Value.Should().Be("\"detainees/held\"");
            problem.Message.Should().Contain("\"detainees/held\" is not defined");
        }

        [Fact]
        public void MissingReferencesAreReportedEvenWhenTheClaimHasOtherProblems()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["quantity"] = "detainees/held";
            doc["claims"]![0]!["figure"]!["hedge"] = "kinda";

            var result = ClaimJson.Read(doc.ToString());

            result.Problems.Select(p => (p.Path, p.Value)).Should().BeEquivalentTo(new[]
            {
                ("$.claims[0].quantity", "\"detainees/held\""),
                ("$.claims[0].figure.hedge", "\"kinda\""),
            });
        }

        [Fact]
        public void PeriodThatEndsBeforeItStarts()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["describes"] = "2026-01-31/2026-01-21";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].describes");
            problem.Value.Should().Be("\"2026-01-31/2026-01-21\"");
            problem.Message.Should().Contain("ends (2026-01-21) before it starts (2026-01-31)");
        }

        [Fact]
        public void LabelledPeriodThatEndsBeforeItStarts()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["statedAt"] = JObject.Parse("""{ "value": "2026-01-31/2026-01-21", "label": "late January" }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].statedAt.value");
            problem.Value.Should().Be("\"2026-01-31/2026-01-21\"");
            problem.Message.Should().Contain("2026-01-31/2026-01-21");
        }

        [Fact]
        public void TruncatedText()
        {
            var text = JsonDocs.Valid(3).ToString();
            var truncated = text.Substring(0, text.IndexOf("\"c1\"", StringComparison.Ordinal) + 3);

            var result = ClaimJson.Read(truncated);

            result.Success.Should().BeFalse();
            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Message.Should().StartWith("malformed JSON:");
            problem.Path.Should().Be("$.claims[1].id");
            FluentActions.Invoking(() => result.Value).Should().Throw<ClaimValidationException>().WithMessage("*malformed JSON*");
        }

        [Fact]
        public void TextAfterTheTopLevelObject()
        {
            var result = ClaimJson.Read(JsonDocs.Valid().ToString() + " {}");

            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Path.Should().Be("$");
            problem.Message.Should().StartWith("malformed JSON").And.Contain("line ").And.Contain("position ");
            problem.Message.Should().Match(m => m.Contains("Additional text encountered") || m.Contains("more content after the top-level value"));
        }

        [Fact]
        public void MisspeltPropertyIsReportedNotIgnored()
        {
            var doc = JsonDocs.Valid();
            var claim = (JObject)doc["claims"]![0]!;
            claim.Remove("stance");
            claim["stanse"] = "asserts";

            var result = ClaimJson.Read(doc.ToString());

            result.Success.Should().BeFalse();
            result.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.claims[0].stanse", "$.claims[0].stance");
            var typo = result.Problems.Single(p => p.Path == "$.claims[0].stanse");
            typo.Value.Should().Be("\"asserts\"");
            typo.Message.Should().Contain("\"stanse\" is not a known property").And.Contain("stance");
            result.Problems.Single(p => p.Path == "$.claims[0].stance").Message.Should().Be("stance is missing");
        }

        [Theory]
        [InlineData("$", "schemaVerson")]
        [InlineData("$.sources[0]", "reliability")]
        [InlineData("$.claims[0].figure", "valeu")]
        [InlineData("$.claims[0].evidence[0]", "stop")]
        public void UnknownPropertyAnywhereIsReported(string path, string name)
        {
            var doc = JsonDocs.Valid();
            ((JObject)doc.SelectToken(path)!)[name] = 42;

            var problem = SingleProblem(doc);

            problem.Path.Should().Be($"{path}.{name}");
            problem.Value.Should().Be("42");
            problem.Message.Should().Contain($"\"{name}\" is not a known property");
        }

        [Fact]
        public void RangeThatDisagreesWithTheFigureUnderThePolicy()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["range"] = JObject.Parse("""{ "lower": 900, "lowerClosed": true, "upper": 1200, "upperClosed": true }""");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range");
            problem.Value.Should().Be("[900, 1200]");
            problem.Message.Should().Contain("[900, 1200]").And.Contain("\"about 1000\"").And.Contain("\"default\"").And.Contain("[900, 1100]");
        }

        [Fact]
        public void RangeThatMatchesTheDefaultPolicyButNotTheNamedOne()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["policy"] = "wide";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].range");
            problem.Message.Should().Contain("\"wide\"").And.Contain("[750, 1250]");
        }

        [Fact]
        public void UndefinedPolicy()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["policy"] = "narrow";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].policy");
            problem.Value.Should().Be("\"narrow\"");
            problem.Message.Should().Contain("\"narrow\" is not defined");
        }

        [Fact]
        public void SchemaVersionMissing()
        {
            var doc = JsonDocs.Valid();
            doc.Remove("schemaVersion");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.schemaVersion");
            problem.Value.Should().BeNull();
            problem.Message.Should().Contain("schemaVersion is missing").And.Contain("version 1");
        }

        [Theory]
        [InlineData("2", "2")]
        [InlineData("\"1\"", "\"1\"")]
        [InlineData("1.5", "1.5")]
        public void SchemaVersionOtherThanOne(string json, string shown)
        {
            var doc = JsonDocs.Valid();
            doc["schemaVersion"] = JToken.Parse(json);

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.schemaVersion");
            problem.Value.Should().Be(shown);
            problem.Message.Should().Contain($"{shown} is not a supported schema version").And.Contain("version 1");
        }

        [Fact]
        public void DuplicateSourceId()
        {
            var doc = JsonDocs.Valid();
            doc["sources"]![2]!["id"] = "k24";
            doc["claims"]![0]!["attribution"] = new JArray("k24");

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.sources[2].id");
            problem.Value.Should().Be("\"k24\"");
            problem.Message.Should().Contain("\"k24\" is used more than once");
        }

        [Fact]
        public void DuplicateClaimId()
        {
            var doc = JsonDocs.Valid(3);
            doc["claims"]![2]!["id"] = "c0";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[2].id");
            problem.Value.Should().Be("\"c0\"");
            problem.Message.Should().Contain("\"c0\" is used more than once");
        }

        [Fact]
        public void DuplicateQuantityKeyAfterTrimming()
        {
            var doc = JsonDocs.Valid();
            doc["quantities"]![1]!["key"] = " detainees / transferred";

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.quantities[1].key");
            problem.Value.Should().Be("\"detainees/transferred\"");
            problem.Message.Should().Contain("\"detainees/transferred\" is used more than once");
        }

        [Fact]
        public void DuplicatePolicyName()
        {
            var doc = JsonDocs.Valid();
            ((JArray)doc["policies"]!).Add(JObject.Parse("""{ "name": "wide", "approximateTolerance": 0.3, "nearlyTolerance": 0.2, "bareFigureTolerance": 0 }"""));

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.policies[1].name");
            problem.Value.Should().BeOneOf("wide", "\"wide\"");
            problem.Message.Should().Contain("\"wide\" is defined more than once");
        }

        [Theory]
        [InlineData("1.5", "1.5")]
        [InlineData("-0.1", "-0.1")]
        [InlineData("\"NaN\"", "NaN")]
        public void PriorReliabilityOutsideZeroToOne(string json, string named)
        {
            var doc = JsonDocs.Valid();
            doc["sources"]![0]!["priorReliability"] = JToken.Parse(json);

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.sources[0].priorReliability");
            problem.Value.Should().Contain(named);
            problem.Message.Should().Contain(named);
        }

        [Fact]
        public void EvidenceSpanThatDisagreesWithTheQuote()
        {
            var doc = JsonDocs.Valid();
            doc["claims"]![0]!["evidence"]![0]!["end"] = 16;

            var problem = SingleProblem(doc);

            problem.Path.Should().Be("$.claims[0].evidence[0].end");
            problem.Value.Should().Be("16");
            problem.Message.Should().Contain("[10, 16) is 6 characters long but the quote has 5");
        }

        [Fact]
        public void IntegerFiguresBeyondInt64AreReadExactly()
        {
            // Newtonsoft reads integers above long.MaxValue as BigInteger; they still fit a decimal.
            var doc = JsonDocs.Valid();
            var claim = (JObject)doc["claims"]![0]!;
            claim.Remove("range");
            var text = doc.ToString().Replace("\"value\": 1000,", "\"value\": 12345678901234567890123456,");

            var result = ClaimJson.Read(text);

            result.Problems.Should().BeEmpty();
            result.Value.Claims[0].Figure!.Value.Should().Be(12345678901234567890123456m);
        }

        [Fact]
        public void IntegerFigureBeyondDecimalIsReportedNotThrown()
        {
            var text = JsonDocs.Valid().ToString().Replace("\"value\": 1000,", "\"value\": 100000000000000000000000000000000,");

            var result = ClaimJson.Read(text);

            var problem = result.Problems.Should().ContainSingle().Subject;
            problem.Path.Should().Be("$.claims[0].figure.value");
            problem.Value.Should().Be("100000000000000000000000000000000");
            problem.Message.Should().Contain("too large");
        }

        [Fact]
        public void EveryProblemInAClaimIsReportedNotJustTheFirst()
        {
            var doc = JsonDocs.Valid();
            var claim = doc["claims"]![0]!;
            claim["figure"]!["hedge"] = "kinda";
            claim["stance"] = "insists";
            claim["statedAt"] = "yesterday";
            claim["evidence"]![0]!["url"] = "story.html";

            var result = ClaimJson.Read(doc.ToString());

            result.Problems.Select(p => (p.Path, p.Value)).Should().BeEquivalentTo(new[]
            {
                ("$.claims[0].figure.hedge", "\"kinda\""),
                ("$.claims[0].stance", "\"insists\""),
                ("$.claims[0].statedAt", "\"yesterday\""),
                ("$.claims[0].evidence[0].url", "\"story.html\""),
            });
        }

        private static ValidationProblem SingleProblem(JObject doc)
        {
            var result = ClaimJson.Read(doc.ToString());
            result.Success.Should().BeFalse();
            return result.Problems.Should().ContainSingle().Subject;
        }
    }
}

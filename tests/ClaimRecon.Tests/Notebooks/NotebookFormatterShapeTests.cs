using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Notebooks
{
    /// <summary>
    /// .NET Interactive binds ClaimRecon's notebook formatters by name and reflection, never by type, so nothing but
    /// these tests keeps their shape right. A wrong shape is not a compile error there but an exception in the user's
    /// notebook (a second Format overload is ambiguous; a typed first parameter or a void return cannot be bound).
    /// Each test reads the types the way the host does.
    /// </summary>
    public sealed class NotebookFormatterShapeTests
    {
        private const string AttributeName = "TypeFormatterSourceAttribute";
        private static readonly Assembly Library = typeof(Claim).Assembly;

        private static readonly Type[] ExpectedTypes =
        {
            typeof(Claim), typeof(ClaimSet), typeof(NumericRange), typeof(MergeResult), typeof(QuantityMerge), typeof(Finding), typeof(ContradictionReport), typeof(ReconciliationReport),
        };

        public static TheoryData<Type> AnnotatedTypes()
        {
            var data = new TheoryData<Type>();
            foreach (var type in ExpectedTypes)
            {
                data.Add(type);
            }

            return data;
        }

        [Fact]
        public void TheAttributeHasTheNameConstructorAndPropertiesTheHostLooksFor()
        {
            var attributes = Library.GetTypes().Where(t => t.Name == AttributeName).ToList();

            attributes.Should().ContainSingle("the host matches the attribute by its simple name");
            var attribute = attributes[0];
            typeof(Attribute).IsAssignableFrom(attribute).Should().BeTrue();
            attribute.IsPublic.Should().BeFalse("it is ClaimRecon's own copy and not part of the public API");
            attribute.GetConstructor(new[] { typeof(Type) }).Should().NotBeNull("the constructor takes the formatter source type");
            var source = attribute.GetProperty("FormatterSourceType");
            source.Should().NotBeNull();
            source!.PropertyType.Should().Be(typeof(Type));
            source.GetGetMethod().Should().NotBeNull("the host reads it through a public getter");
            var preferred = attribute.GetProperty("PreferredMimeTypes");
            preferred.Should().NotBeNull();
            preferred!.PropertyType.Should().Be(typeof(string[]));
            preferred.GetGetMethod().Should().NotBeNull();
            attribute.GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn.Should().HaveFlag(AttributeTargets.Class).And.HaveFlag(AttributeTargets.Struct);
        }

        [Fact]
        public void ExactlyTheDisplayableTypesCarryTheAttribute()
        {
            var annotated = Library.GetTypes().Where(t => t.GetCustomAttributes(false).Any(a => a.GetType().Name == AttributeName)).ToList();

            annotated.Should().BeEquivalentTo(ExpectedTypes);
            annotated.Should().OnlyContain(t => t.IsPublic, "only public types reach a notebook");
        }

        [Theory]
        [MemberData(nameof(AnnotatedTypes))]
        public void TheSourceHasAPublicParameterlessConstructorAndCreateTypeFormatters(Type type)
        {
            var sourceType = SourceTypeOf(type);

            sourceType.GetConstructor(Type.EmptyTypes).Should().NotBeNull("the host calls Activator.CreateInstance on it");
            var create = sourceType.GetMethod("CreateTypeFormatters");
            create.Should().NotBeNull();
            create!.GetParameters().Should().BeEmpty();
            typeof(IEnumerable).IsAssignableFrom(create.ReturnType).Should().BeTrue();
            create.IsPublic.Should().BeTrue();
            create.IsStatic.Should().BeFalse();
        }

        [Theory]
        [MemberData(nameof(AnnotatedTypes))]
        public void EachFormatterHasAPublicMimeTypeAnOptionalTypeAndExactlyOneFormatMethod(Type type)
        {
            foreach (var formatter in FormattersOf(type))
            {
                var formatterType = formatter.GetType();
                var mime = formatterType.GetProperty("MimeType");
                mime.Should().NotBeNull();
                mime!.PropertyType.Should().Be(typeof(string));
                mime.GetGetMethod().Should().NotBeNull();

                var formattedType = formatterType.GetProperty("Type");
                if (formattedType is not null)
                {
                    formattedType.PropertyType.Should().Be(typeof(Type));
                    formattedType.GetGetMethod().Should().NotBeNull();
                    ((Type)formattedType.GetValue(formatter)!).Should().Be(type, "a formatter registered for another type would shadow that type's own");
                }

                var formats = formatterType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(m => m.Name == "Format").ToList();
                formats.Should().ContainSingle("a second Format overload makes the host's GetMethod(\"Format\") ambiguous");
                var format = formats[0];
                format.IsStatic.Should().BeFalse();
                format.ReturnType.Should().Be(typeof(bool));
                format.GetParameters().Select(p => p.ParameterType).Should().Equal(typeof(object), typeof(TextWriter));
            }
        }

        [Theory]
        [MemberData(nameof(AnnotatedTypes))]
        public void EveryTypeGetsHtmlAndPlainTextPreferringHtml(Type type)
        {
            var mimeTypes = FormattersOf(type).Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!).ToList();

            mimeTypes.Should().BeEquivalentTo("text/html", "text/plain");
            PreferredMimeTypesOf(type).Should().Equal("text/html", "text/plain");
        }

        [Theory]
        [MemberData(nameof(AnnotatedTypes))]
        public void BoundLikeTheHostBindsThemTheFormattersWriteTheViewsAndToString(Type type)
        {
            var value = Samples.Value(type);

            var html = Render(type, "text/html", value);
            var text = Render(type, "text/plain", value);

            html.Should().StartWith("<div class=\"claimrecon").And.EndWith("</div>").And.Contain("<style>");
            html.Should().Be(Samples.Html(value), "the notebook shows exactly what the public HtmlView methods return");
            text.Should().Be(value switch
            {
                ReconciliationReport report => report.ToText(),
                ClaimSet => "21 claims about 10 quantities from 11 sources",
                _ => value.ToString(),
            });
            text.Should().NotBeNullOrWhiteSpace();
        }

        [Theory]
        [MemberData(nameof(AnnotatedTypes))]
        public void TheFormattersDeclineValuesOfOtherTypes(Type type)
        {
            foreach (var formatter in FormattersOf(type))
            {
                var writer = new StringWriter();
                Bind(formatter)("not a ClaimRecon value", writer).Should().BeFalse();
                writer.ToString().Should().BeEmpty();
            }
        }

        [Fact]
        public void TheHtmlOfAClaimEncodesAScriptInItsWordingSourceQuoteAndNote()
        {
            var claim = Samples.Hostile().Claims.Single(c => c.Id == "hostile-1");

            var html = Render(typeof(Claim), "text/html", claim);

            html.Should().Contain("&lt;script&gt;").And.NotContain("<script>alert").And.NotContain("<script");
        }

        [Fact]
        public void NoViewOfAHostileStoryLetsItsMarkupThrough()
        {
            var report = ReconciliationReport.Create(Samples.Hostile());
            report.Contradictions.Findings.Should().NotBeEmpty("the story's two figures conflict, so the finding view is exercised too");
            var values = new object[] { report, report.Contradictions }
                .Concat(report.Contradictions.Claims)
                .Concat(report.Contradictions.Findings)
                .Concat(report.Contradictions.Merges)
                .Concat(report.Contradictions.Merges.SelectMany(m => m.Periods));

            foreach (var value in values)
            {
                var html = Render(value.GetType(), "text/html", value);
                html.Should().NotContain("<script", "user text in a {0} view must be encoded", value.GetType().Name)
                    .And.NotContain("href=\"javascript", "only http(s) evidence becomes a link")
                    .And.NotContain("<img");
            }

            Render(typeof(ReconciliationReport), "text/html", report).Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        [Fact]
        public void AnHttpEvidenceUrlBecomesALink()
        {
            var claim = Samples.Hostile().Claims.Single(c => c.Id == "hostile-1");

            var html = HtmlView.Of(claim);

            html.Should().Contain("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">");
            html.Should().NotContain("href=\"javascript", "other schemes are rejected when the claim is read");
        }

        private static Type SourceTypeOf(Type type)
        {
            var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == AttributeName);
            return (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        }

        private static string[]? PreferredMimeTypesOf(Type type)
        {
            var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == AttributeName);
            return (string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute);
        }

        private static List<object> FormattersOf(Type type)
        {
            var sourceType = SourceTypeOf(type);
            var source = Activator.CreateInstance(sourceType)!;
            var formatters = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();
            formatters.Should().NotBeEmpty();
            return formatters;
        }

        /// <summary>Compiles the formatter's Format method into a delegate the way the host does (an expression over object and TextWriter).</summary>
        private static Func<object, TextWriter, bool> Bind(object formatter)
        {
            var format = formatter.GetType().GetMethod("Format")!;
            var value = Expression.Parameter(typeof(object));
            var writer = Expression.Parameter(typeof(TextWriter));
            return Expression.Lambda<Func<object, TextWriter, bool>>(Expression.Call(Expression.Constant(formatter), format, value, writer), value, writer).Compile();
        }

        private static string Render(Type type, string mimeType, object value)
        {
            var formatter = FormattersOf(type).Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType);
            var writer = new StringWriter();
            Bind(formatter)(value, writer).Should().BeTrue("the {0} formatter handles a {1}", mimeType, type.Name);
            return writer.ToString();
        }

        private static class Samples
        {
            private const string HostileJson = @"{
  ""schemaVersion"": 1,
  ""sources"": [
    { ""id"": ""outlet"", ""name"": ""<script>alert(1)</script>"", ""kind"": ""newsOutlet"" },
    { ""id"": ""<script>alert(2)</script>"", ""name"": ""Agency <img src=x onerror=alert(3)>"", ""kind"": ""organization"" }
  ],
  ""quantities"": [
    { ""key"": ""story/count"", ""unit"": ""person"", ""kind"": ""cumulative"", ""domain"": ""nonNegativeInteger"", ""description"": ""<script>alert(4)</script>"" }
  ],
  ""claims"": [
    { ""id"": ""hostile-1"", ""quantity"": ""story/count"", ""figure"": { ""hedge"": ""none"", ""value"": 100, ""wording"": ""<script>alert(1)</script>"" },
      ""stance"": ""asserts"", ""attribution"": [ ""outlet"" ], ""statedAt"": ""2026-02-10"", ""describes"": ""2026-02-10"",
      ""evidence"": [ { ""url"": ""https://example.org/a?x=1&y=2"", ""quote"": ""<script>alert(5)</script>"" } ],
      ""note"": ""<script>alert(7)</script>"" },
    { ""id"": ""hostile-2"", ""quantity"": ""story/count"", ""figure"": { ""hedge"": ""none"", ""value"": 900, ""wording"": ""<img src=x onerror=alert(8)>"" },
      ""stance"": ""asserts"", ""attribution"": [ ""outlet"", { ""speaksFor"": ""<script>alert(2)</script>"" } ], ""statedAt"": ""2026-02-10"", ""describes"": ""2026-02-10"" }
  ]
}";

            public static ClaimSet Hostile()
            {
                var result = ClaimJson.Read(HostileJson);
                result.Problems.Should().BeEmpty();
                return result.GetValueOrThrow();
            }

            public static object Value(Type type)
            {
                var set = ClaimJson.ReadFile(Path.Combine(TestPaths.RepositoryRoot(), "samples", "seed-story.json")).GetValueOrThrow();
                var report = ReconciliationReport.Create(set);
                var c = report.Contradictions;
                var values = new object[]
                {
                    report, c, set, c.Claims[0], c.Claims[0].Range, c.Merges[0], c.Merges[0].Periods[0], c.Findings[0],
                };
                return values.Single(v => v.GetType() == type);
            }

            public static string Html(object value) => value switch
            {
                Claim x => HtmlView.Of(x),
                ClaimSet x => HtmlView.Of(x),
                NumericRange x => HtmlView.Of(x),
                MergeResult x => HtmlView.Of(x),
                QuantityMerge x => HtmlView.Of(x),
                Finding x => HtmlView.Of(x),
                ContradictionReport x => HtmlView.Of(x),
                ReconciliationReport x => x.ToHtmlFragment(),
                _ => throw new ArgumentException("no view for " + value.GetType(), nameof(value)),
            };
        }
    }
}

using System;
using System.Globalization;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>.NET conventions: IFormattable with standard numeric formats and the provider honoured, ISpanFormattable and IParsable&lt;T&gt;.</summary>
    public sealed class FormattingConventionTests
    {
        private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
        private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

        [Fact]
        public void N0_GroupsThousands_InTheGivenCulture()
        {
            var range = NumericRange.Closed(5000, 6000);

            range.ToString("N0", CultureInfo.InvariantCulture).Should().Be("[5,000, 6,000]");
            range.ToString("N0", English).Should().Be("[5,000, 6,000]");
            range.ToString("N0", German).Should().Be("[5.000; 6.000]");
            string.Format(CultureInfo.InvariantCulture, "{0:N0}", NumericRange.Closed(1890000, 2310000)).Should().Be("[1,890,000, 2,310,000]");
        }

        [Fact]
        public void F2_GivesTwoDecimals_AndKeepsOpenAndUnboundedEnds()
        {
            NumericRange.Closed(0.3m, 12.5m).ToString("F2", CultureInfo.InvariantCulture).Should().Be("[0.30, 12.50]");
            NumericRange.GreaterThan(5000).ToString("F2", CultureInfo.InvariantCulture).Should().Be("(5000.00, +inf)");
            NumericRange.Closed(0.3m, 12.5m).ToString("F2", German).Should().Be("[0,30; 12,50]");
        }

        [Fact]
        public void Interpolation_UsesTheCurrentCulture_WhenAFormatIsGiven_AndTheInvariantFormWithout()
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = German;
                var range = NumericRange.Closed(5000, 6000.5m);

                $"{range:N1}".Should().Be("[5.000,0; 6.000,5]");
                $"{range}".Should().Be("[5000, 6000.5]");
                $"{range:G}".Should().Be("[5000, 6000.5]", "G is the general, invariant form, as before");
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void NoFormat_IsTheInvariantForm_ThatParsesBack_WhateverTheProvider()
        {
            var range = new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000.25m));

            var text = range.ToString(null, German);

            text.Should().Be("(5000, 6000.25]");
            NumericRange.Parse(text).Should().Be(range);
            NumericRange.Empty.ToString("N0", English).Should().Be("{}");
        }

        [Fact]
        public void AnUnknownStandardFormat_Throws()
        {
            FluentActions.Invoking(() => NumericRange.Closed(1, 2).ToString("Q", CultureInfo.InvariantCulture)).Should().Throw<FormatException>();
        }

        [Fact]
        public void SpanFormatting_WritesWhatToStringGives_AndReportsATooSmallBuffer()
        {
            var range = NumericRange.Closed(5000, 6000);
            Span<char> buffer = stackalloc char[32];

            range.TryFormat(buffer, out var written, "N0", CultureInfo.InvariantCulture).Should().BeTrue();
            buffer.Slice(0, written).ToString().Should().Be("[5,000, 6,000]");
            range.TryFormat(buffer.Slice(0, 5), out written, "N0", CultureInfo.InvariantCulture).Should().BeFalse();
            written.Should().Be(0);
            $"{range:N0} people".Should().Be(range.ToString("N0", CultureInfo.CurrentCulture) + " people");
        }

        [Fact]
        public void IParsable_ReadsEveryConventionType()
        {
            ParseGeneric<NumericRange>("(5000, 6000]").Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)));
            ParseGeneric<Unit>("USD/day").Should().Be(Unit.Parse("USD/day"));
            ParseGeneric<QuantityKey>("town/population").Should().Be(new QuantityKey("town", "population"));
            ParseGeneric<TimeReference>("2026-02").Should().Be(TimeReference.Parse("2026-02"));
            TryParseGeneric<Unit>("{unclosed", out _).Should().BeFalse();
            TryParseGeneric<QuantityKey>("no-slash", out _).Should().BeFalse();
            TryParseGeneric<NumericRange>("[5,000, 6,000]", out _).Should().BeFalse();
        }

        [Fact]
        public void UnitsKeysAndTimes_FormatAsTheirTextForm_ForG_AndRefuseNumericFormats()
        {
            FormatGeneric(Unit.Parse("USD/day/person"), "G").Should().Be("USD/day/person");
            FormatGeneric(new QuantityKey("town", "population"), string.Empty).Should().Be("town/population");
            FormatGeneric(TimeReference.Parse("2026-02-07"), "G").Should().Be("2026-02-07");
            FluentActions.Invoking(() => Unit.Parse("km").ToString("N0", CultureInfo.InvariantCulture)).Should().Throw<FormatException>().WithMessage("*Unit*N0*");
            FluentActions.Invoking(() => TimeReference.Parse("2026").ToString("N0", CultureInfo.InvariantCulture)).Should().Throw<FormatException>().WithMessage("*TimeReference*");
        }

        private static T ParseGeneric<T>(string text)
            where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

        private static bool TryParseGeneric<T>(string text, out T? value)
            where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out value);

        private static string FormatGeneric<T>(T value, string format)
            where T : ISpanFormattable
        {
            Span<char> buffer = stackalloc char[64];
            value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture).Should().BeTrue();
            var spanText = buffer.Slice(0, written).ToString();
            spanText.Should().Be(value.ToString(format, CultureInfo.InvariantCulture));
            return spanText;
        }
    }
}

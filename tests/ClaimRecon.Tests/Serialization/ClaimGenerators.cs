using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>FsCheck generators for whole, valid claim sets: every source kind, unit shape, hedge, stance, time precision and evidence form.</summary>
    public static class ClaimGenerators
    {
        /// <summary>Text fragments that stress JSON escaping: quotes, backslashes, newlines, tabs, non-Latin scripts, astral characters, line separators.</summary>
        private static readonly string[] Fragments =
        {
            "a", "Kurdistan24", " ", "\"", "'", "\\", "\n", "\r\n", "\t", "\u00E9", "\u03A9", "\u4E2D\u6587", "\u0627\u0644\u0639\u0631\u0627\u0642",
            "\U0001F600", "\u2028", "\u2029", "{", "}", "[", "]", "/", ":", ",", "</script>", "\u00A0", "5,000", "\u2212", "\u0000x",
        };

        private static readonly string[] UnitTexts =
        {
            "person", "USD", "USD/day", "USD/day/person", "USD/person/day", "USD/month", "EUR/year", "IQD", "%", "pp", "km", "m", "mi", "day",
            "1", "1/day", "km^2", "m/s", "person/day", "{barrel}", "{barrel}/day", "USD/{barrel}", "{oil barrel}*km", "people", "percent",
        };

        private static readonly string[] OpaqueNames = { "barrel", "gallon", "tonne-km", "sortie", "\u00F6lfass", "truck load" };

        /// <summary>Gets non-blank text with escaping hazards, possibly with surrounding white space.</summary>
        public static Gen<string> Text { get; } =
            Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts))
                .Select(s => s.Trim().Length == 0 ? "x" + s : s);

        /// <summary>Gets text or null.</summary>
        public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

        /// <summary>Gets decimals: small integers, fractions with up to 28 decimal places, negatives, and values above <see cref="long.MaxValue"/>.</summary>
        public static Gen<decimal> Decimals { get; } = Gen.OneOf(
            Gen.Choose(-1_000_000, 1_000_000).Select(i => (decimal)i),
            from m in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from scale in Gen.Choose(0, 9)
            select new decimal(Math.Abs(m), 0, 0, m < 0, (byte)scale),
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(0, 0x3FFFFFF)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale),
            Gen.Elements(0m, 1m, -1m, 0.3m, 7000m, 2100000m, 9_223_372_036_854_775_808m, 123_456_789_012_345_678_901_234m, -0.0000000000000000000000000001m));

        /// <summary>Gets a prior reliability: null, an end of [0, 1], or a double with a full 53-bit mantissa.</summary>
        public static Gen<double?> Reliabilities { get; } = Gen.OneOf(
            Gen.Constant<double?>(null),
            Gen.Elements<double?>(0.0, 1.0, 0.5, 0.1, 0.3, 0.7),
            from high in Gen.Choose(0, (1 << 26) - 1)
            from low in Gen.Choose(0, (1 << 27) - 1)
            select (double?)((((long)high << 27) + low) / 9007199254740992.0));

        /// <summary>Gets every unit shape: atomic, compound, powers, aliases, opaque.</summary>
        public static Gen<Unit> Units { get; } = Gen.OneOf(
            Gen.Elements(UnitTexts).Select(Unit.Parse),
            Gen.Elements(OpaqueNames).Select(Unit.Opaque),
            Gen.Elements(OpaqueNames).Select(n => Unit.UsDollar.Divide(Unit.Opaque(n)).Divide(Unit.Day)));

        /// <summary>Gets a time reference of any precision, moments with offsets from −12:00 to +14:00 (mostly non-zero), optional labels.</summary>
        public static Gen<TimeReference> Times { get; } =
            from precision in Gen.Elements(Enum.GetValues(typeof(TimePrecision)).Cast<TimePrecision>().ToArray())
            from year in Gen.Choose(1, 9998)
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            from hour in Gen.Choose(0, 23)
            from minute in Gen.Choose(0, 59)
            from second in Gen.Choose(0, 59)
            from millis in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 999))
            from offsetQuarters in Gen.Choose(-48, 56)
            from length in Gen.Choose(0, 400)
            from label in OptionalText
            select MakeTime(precision, new LocalDate(year, month, day), new LocalTime(hour, minute, second, millis), offsetQuarters, length, label);

        /// <summary>Gets a time reference or null.</summary>
        public static Gen<TimeReference?> OptionalTimes { get; } = Gen.OneOf(Gen.Constant<TimeReference?>(null), Times.Select(t => (TimeReference?)t));

        /// <summary>Gets evidence: URL only, quote only, both, with and without offsets.</summary>
        public static Gen<Evidence> Evidence { get; } =
            from shape in Gen.Choose(0, 4)
            from url in Gen.Elements(
                "https://www.kurdistan24.net/en/story/123456/iraq-prisoners",
                "https://example.org/a?q=%C3%A9&x=1#frag",
                "http://\u4F8B\u5B50.\u6D4B\u8BD5/\u8DEF\u5F84?x=\u00E9",
                "https://example.org/path with space",
                "http://files.example.org:8080/report.pdf")
            from quote in Text
            from start in Gen.Choose(0, 100_000)
            from extra in Gen.Choose(0, 50)
            select shape switch
            {
                0 => new Evidence(new Uri(url)),
                1 => new Evidence(null, quote),
                2 => new Evidence(new Uri(url), quote),
                3 => new Evidence(new Uri(url), quote, start, start + quote.Length),
                _ => new Evidence(new Uri(url), null, start, start + extra),
            };

        /// <summary>Gets a whole valid claim set.</summary>
        public static Gen<ClaimSet> ClaimSets { get; } =
            from sources in Gen.Choose(1, 6).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), SourceAt))
            from quantities in Gen.Choose(1, 5).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), QuantityAt))
            from policies in Gen.Choose(0, 3).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), PolicyAt))
            from claimCount in Gen.Choose(0, 12)
            from claims in Gen.CollectToList(Enumerable.Range(0, claimCount), i => ClaimAt(i, sources, quantities, policies))
            select ClaimSet.Create(sources, quantities, claims);

        /// <summary>Gets a whole valid claim set, wrapped so that a failing case prints as the set's JSON.</summary>
        public static Arbitrary<Shown<ClaimSet>> ShownClaimSets { get; } =
            Arb.From(ClaimSets.Select(set => new Shown<ClaimSet>(set, () => ClaimJson.Write(set))));

        /// <summary>Gets a hedged figure the given policy can interpret (never "nearly 0").</summary>
        public static Gen<HedgedFigure> Figures { get; } =
            from hedge in Gen.Elements(Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray())
            from a in Decimals
            from b in Decimals
            from wording in OptionalText
            select hedge switch
            {
                Hedge.Between or Hedge.Range or Hedge.Vague => Hedging.HedgingGenerators.Make(hedge, a, b, wording),
                // "nearly 0" names no range (InterpretationPolicy refuses it); tiny non-zero figures are kept on purpose.
                Hedge.Nearly or Hedge.Almost when a == 0 => HedgedFigure.Of(hedge, 1m, wording),
                _ => HedgedFigure.Of(hedge, a, wording),
            };

        private static Gen<Source> SourceAt(int index) =>
            from kind in Gen.Elements(Enum.GetValues(typeof(SourceKind)).Cast<SourceKind>().ToArray())
            from name in Text
            from role in OptionalText
            from reliability in Reliabilities
            from suffix in Gen.Elements("", "-\u00E9", "-\U0001F600", "/x", " inner space")
            select new Source($"src{index}{suffix}", name, kind, role, reliability);

        private static Gen<Quantity> QuantityAt(int index) =>
            from subject in Gen.Elements("isis-detainees-syria-iraq", "\u00E9t\u00E9", " padded ", "cost of \"ops\"")
            from measure in Gen.Elements("transferred", "held", "cost", "\u4E2D")
            from unit in Units
            from kind in Gen.Elements(Enum.GetValues(typeof(QuantityKind)).Cast<QuantityKind>().ToArray())
            from domain in Gen.Elements(Enum.GetValues(typeof(ValueDomain)).Cast<ValueDomain>().ToArray())
            from description in OptionalText
            select new Quantity(new QuantityKey(subject + index, measure), unit, kind, domain, description);

        private static Gen<InterpretationPolicy> PolicyAt(int index) =>
            from approximate in Gen.Choose(0, 10_000)
            from nearly in Gen.Choose(1, 10_000)
            from bare in Gen.Choose(0, 10_000)
            from suffix in Gen.Elements("", "-strict", "-\u00E9", " loose")
            select new InterpretationPolicy($"policy{index}{suffix}", approximate / 10_000m, nearly / 10_000m, bare / 10_000m);

        private static Gen<Claim> ClaimAt(int index, IReadOnlyList<Source> sources, IReadOnlyList<Quantity> quantities, IReadOnlyList<InterpretationPolicy> policies) =>
            from quantity in Gen.Elements(quantities.ToArray())
            from figure in Figures
            from policy in Gen.Elements(policies.Concat(new[] { InterpretationPolicy.Default }).ToArray())
            from chain in Chains(sources)
            from stance in Gen.Elements(Enum.GetValues(typeof(Stance)).Cast<Stance>().ToArray())
            from statedAt in OptionalTimes
            from describes in OptionalTimes
            from evidenceCount in Gen.Choose(0, 3)
            from evidence in Gen.ListOf(Evidence, evidenceCount)
            from note in OptionalText
            from denialShape in Gen.Choose(0, 5)
            from direction in Gen.Elements(Enum.GetValues(typeof(DenialDirection)).Cast<DenialDirection>().ToArray())
            from deniedSource in Gen.Elements(sources.Select(s => s.Id).ToArray())
            select MakeClaim($"claim-{index}-\u00E9", index, quantity.Key, figure, chain, stance, statedAt, describes, evidence, policy, note, denialShape, direction, deniedSource);

        /// <summary>
        /// A claim; a denial gets one of the shapes of <see cref="DenialTarget"/> (own figure, earlier claims, a source),
        /// with or without a figure of its own when it names claims or a source.
        /// </summary>
        private static Claim MakeClaim(
            string id, int index, QuantityKey quantity, HedgedFigure figure, AttributionChain chain, Stance stance, TimeReference? statedAt, TimeReference? describes,
            IReadOnlyList<Evidence> evidence, InterpretationPolicy policy, string? note, int denialShape, DenialDirection direction, string deniedSource)
        {
            if (stance != Stance.Denies)
            {
                return new Claim(id, quantity, figure, chain, stance, statedAt, describes, evidence, policy, note);
            }

            DenialTarget target = denialShape switch
            {
                0 or 1 or 2 when index > 0 => DenialTarget.OfClaims(Enumerable.Range(0, Math.Min(index, denialShape + 1)).Select(k => $"claim-{k}-\u00E9"), direction),
                3 or 4 => DenialTarget.OfSource(deniedSource, direction),
                _ => DenialTarget.OwnFigure(direction),
            };
            return denialShape % 2 == 0 && !target.IsOwnFigure
                ? Claim.Denying(id, quantity, chain, target, statedAt, describes, evidence, note)
                : new Claim(id, quantity, figure, chain, stance, statedAt, describes, evidence, policy, note, target);
        }

        private static Gen<AttributionChain> Chains(IReadOnlyList<Source> sources) =>
            from length in Gen.Choose(1, Math.Min(3, sources.Count))
            from order in Gen.Shuffle(sources.Select(s => s.Id).ToArray())
            from relations in Gen.ListOf(Gen.Elements(AttributionRelation.Cites, AttributionRelation.SpeaksFor), 2)
            select new AttributionChain(order[0], Enumerable.Range(1, length - 1).Select(i => new AttributionStep(relations[i - 1], order[i])));

        private static TimeReference MakeTime(TimePrecision precision, LocalDate date, LocalTime time, int offsetQuarters, int length, string? label) => precision switch
        {
            TimePrecision.Instant => TimeReference.At(date.At(time).WithOffset(Offset.FromSeconds(offsetQuarters * 15 * 60)), label),
            TimePrecision.Day => TimeReference.OnDay(date, label),
            TimePrecision.Month => TimeReference.InMonth(date.ToYearMonth(), label),
            TimePrecision.Year => TimeReference.InYear(date.Year, label),
            TimePrecision.Week => TimeReference.InWeek(date.Year, 1 + (length % 52), label),
            TimePrecision.Quarter => TimeReference.InQuarter(date.Year, 1 + ((date.Month - 1) / 3), label),
            _ => TimeReference.Between(date, date.PlusDays(length), label),
        };
    }

    /// <summary>A generated value with a readable description for FsCheck's failure report.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    public sealed class Shown<T>
    {
        private readonly Func<string> _describe;

        /// <summary>Creates the wrapper.</summary>
        /// <param name="value">The value.</param>
        /// <param name="describe">Produces the description; exceptions are shown instead.</param>
        public Shown(T value, Func<string> describe)
        {
            Value = value;
            _describe = describe;
        }

        /// <summary>Gets the value.</summary>
        public T Value { get; }

        /// <inheritdoc />
        public override string ToString()
        {
            try
            {
                return _describe();
            }
            catch (Exception e)
            {
                return $"{typeof(T).Name} that cannot be described: {e.Message}";
            }
        }
    }
}

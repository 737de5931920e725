using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>Small hand-made quantities and claims for contradiction tests.</summary>
    internal static class ContradictionFixtures
    {
        public static readonly QuantityKey Count = new("story", "count");
        public static readonly QuantityKey Other = new("story", "other-count");
        public static readonly QuantityKey Total = new("story", "total");

        public static Quantity Quantity(QuantityKey key, QuantityKind kind = QuantityKind.Level, Unit? unit = null) =>
            new(key, unit ?? Unit.Person, kind, ValueDomain.NonNegativeReal);

        public static HedgedFigure Bare(decimal value) => HedgedFigure.Of(Hedge.None, value);

        public static HedgedFigure About(decimal value) => HedgedFigure.Of(Hedge.About, value);

        public static HedgedFigure Nearly(decimal value) => HedgedFigure.Of(Hedge.Nearly, value);

        /// <summary>A claim on <paramref name="quantity"/> by <paramref name="origin"/>, directly or reported by <paramref name="via"/>.</summary>
        public static Claim Claim(
            string id, QuantityKey quantity, HedgedFigure figure, string origin, string? via = null, string? day = "2026-02-10",
            Stance stance = Stance.Asserts, InterpretationPolicy? policy = null) =>
            new(id, quantity, figure, via is null ? AttributionChain.Direct(origin) : AttributionChain.Direct(via).Citing(origin), stance,
                describes: day is null ? null : TimeReference.Parse(day), policy: policy);

        public static ContradictionReport Detect(IEnumerable<Quantity> quantities, IEnumerable<Claim> claims, params DerivedRelation[] relations) =>
            new ContradictionDetector(quantities, null, relations).Detect(claims);

        public static ContradictionReport Detect(Quantity quantity, params Claim[] claims) =>
            new ContradictionDetector(new[] { quantity }).Detect(claims);

        public static string[] Ids(this Finding finding) => finding.Claims.Select(c => c.Id).ToArray();

        /// <summary>Everything a finding says, for comparing two runs.</summary>
        public static string Text(Finding f) =>
            string.Join(" | ", f.Id, f.Kind, f.Severity, f.Quantity, f.Period?.ToString() ?? "-", string.Join(",", f.Ids()), string.Join(",", f.Origins),
                f.Rule, f.Explanation, f.Gap?.ToString(CultureInfo.InvariantCulture) ?? "-", f.RelativeGap?.ToString(CultureInfo.InvariantCulture) ?? "-", f.FlipTolerance?.ToString(CultureInfo.InvariantCulture) ?? "-", f.Derivation?.ToString() ?? "-");

        public static NumericRange Range(string text) => NumericRange.Parse(text);
    }
}

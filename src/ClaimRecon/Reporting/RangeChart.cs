using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// Inline SVG charts: one row per claim on a number line (closed ends filled, open ends hollow, unbounded ends as
    /// arrows, hedged figures drawn softer, claims in a contradiction in the finding colour), with the consensus band;
    /// a denial drawn as what it rules out (a hatched, struck-through span marked ✕, never a bar with dots); derived
    /// ranges as rows of their own; the findings about the chart as linked marks above it; and a timeline of a
    /// cumulative quantity. Colours come from CSS classes, so light and dark schemes both work.
    /// </summary>
    internal static class RangeChart
    {
        private const double Width = 760;
        private static readonly double[] TickSteps = { 1.0, 2.0, 2.5, 5.0, 10.0 };
        private const double LabelWidth = 250;
        private const double PlotLeft = LabelWidth + 16;
        private const double PlotRight = Width - 24;
        private const double RowHeight = 34;
        private const double Top = 14;
        private const double AxisHeight = 46;
        private const double MarkHeight = 22;

        public sealed class Row
        {
            public Row(
                string label, string figure, string claimId, string tooltip, NumericRange range, bool hedged, bool inFinding, bool denial,
                IReadOnlyList<NumericRange>? ruledOut = null, bool derived = false, bool caution = false)
            {
                RuledOut = ruledOut ?? Array.Empty<NumericRange>();
                Derived = derived;
                Caution = caution;
                Label = label;
                Figure = figure;
                ClaimId = claimId;
                Tooltip = tooltip;
                Range = range;
                Hedged = hedged;
                InFinding = inFinding;
                Denial = denial;
            }

            public string Label { get; }

            public string Figure { get; }

            public string ClaimId { get; }

            public string Tooltip { get; }

            public NumericRange Range { get; }

            public bool Hedged { get; }

            public bool InFinding { get; }

            public bool Denial { get; }

            /// <summary>For a denial, the values it rules out (drawn hatched); empty otherwise.</summary>
            public IReadOnlyList<NumericRange> RuledOut { get; }

            /// <summary>Whether the row is a range derived through a declared relation rather than a claim.</summary>
            public bool Derived { get; }

            /// <summary>Whether a hedge-dependent finding puts this claim's agreement in doubt.</summary>
            public bool Caution { get; }
        }

        /// <summary>A finding marked on a chart, linked to its entry in the findings list.</summary>
        public sealed class Mark
        {
            public Mark(string findingId, string kind, bool contradiction)
            {
                FindingId = findingId;
                Kind = kind;
                Contradiction = contradiction;
            }

            public string FindingId { get; }

            public string Kind { get; }

            public bool Contradiction { get; }
        }

        public static void Ranges(StringBuilder html, string title, IReadOnlyList<Row> rows, NumericRange? consensus, string unit, IReadOnlyList<Mark>? marks = null)
        {
            var finite = rows.Select(r => r.Range).Concat(rows.SelectMany(r => r.RuledOut)).Concat(consensus is { IsEmpty: false } c ? new[] { c } : Array.Empty<NumericRange>())
                .Where(r => !r.IsEmpty).SelectMany(FiniteEnds).ToArray();
            var (min, max) = Domain(finite);
            double X(decimal v) => PlotLeft + (((double)v - min) / (max - min) * (PlotRight - PlotLeft));

            var markHeight = marks is { Count: > 0 } ? MarkHeight : 0;
            var top = Top + markHeight;
            var height = top + (rows.Count * RowHeight) + AxisHeight;
            html.Append("<svg class=\"cr-chart cr-ranges\" role=\"img\" width=\"").Append(Num(Width)).Append("\" height=\"").Append(Num(height))
                .Append("\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(height)).Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            html.Append("<title>").Append(Html.Encode(title)).Append("</title>");
            if (marks is { Count: > 0 })
            {
                Marks(html, marks);
            }

            if (consensus is { IsEmpty: false } band)
            {
                var left = band.Lower.IsUnbounded ? PlotLeft : X(band.Lower.Value);
                var right = band.Upper.IsUnbounded ? PlotRight : X(band.Upper.Value);
                html.Append("<rect class=\"cr-consensus\" data-range=\"").Append(Html.Encode(band.ToString())).Append("\" x=\"").Append(Num(left - 2)).Append("\" y=\"").Append(Num(top - 6))
                    .Append("\" width=\"").Append(Num(Math.Max(4, right - left + 4))).Append("\" height=\"").Append(Num((rows.Count * RowHeight) + 8)).Append("\" rx=\"3\">")
                    .Append("<title>consensus ").Append(Html.Encode(band.ToString())).Append("</title></rect>");
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var y = top + (i * RowHeight) + (RowHeight / 2);
                var classes = "cr-row" + (row.Hedged ? " cr-hedged" : string.Empty) + (row.InFinding ? " cr-finding" : string.Empty) + (row.Denial ? " cr-denial" : string.Empty)
                    + (row.Derived ? " cr-derived" : string.Empty) + (row.Caution ? " cr-caution" : string.Empty);
                html.Append("<g class=\"").Append(classes).Append(row.Derived ? "\" data-derivation=\"" : "\" data-claim=\"").Append(Html.Encode(row.ClaimId)).Append('"');
                if (row.Denial)
                {
                    html.Append(" data-stance=\"denies\" data-ruled-out=\"").Append(Html.Encode(string.Join(" ", row.RuledOut.Select(r => r.ToString())))).Append('"');
                }

                html.Append('>');
                html.Append("<title>").Append(Html.Encode(row.Tooltip)).Append("</title>");
                html.Append("<text class=\"cr-label\" x=\"").Append(Num(LabelWidth)).Append("\" y=\"").Append(Num(y - 2)).Append("\" text-anchor=\"end\">")
                    .Append(Html.Encode(Shorten(row.Label, 36))).Append("</text>");
                html.Append("<text class=\"cr-figure\" x=\"").Append(Num(LabelWidth)).Append("\" y=\"").Append(Num(y + 12)).Append("\" text-anchor=\"end\">")
                    .Append(Html.Encode(Shorten(row.Denial ? "\u2715 " + row.Figure : row.Figure, 42))).Append("</text>");
                if (row.Denial)
                {
                    DenialRow(html, row, y, X);
                    continue;
                }

                if (row.Range.IsEmpty)
                {
                    html.Append("<text class=\"cr-note\" x=\"").Append(Num(PlotLeft)).Append("\" y=\"").Append(Num(y + 4)).Append("\">no value</text></g>");
                    continue;
                }

                var lower = row.Range.Lower;
                var upper = row.Range.Upper;
                var x1 = lower.IsUnbounded ? PlotLeft : X(lower.Value);
                var x2 = upper.IsUnbounded ? PlotRight : X(upper.Value);
                html.Append("<line class=\"cr-bar\" x1=\"").Append(Num(x1)).Append("\" y1=\"").Append(Num(y)).Append("\" x2=\"").Append(Num(x2)).Append("\" y2=\"").Append(Num(y)).Append("\"/>");
                End(html, lower, x1, y, left: true);
                End(html, upper, x2, y, left: false);
                html.Append("</g>");
            }

            // Axis with five ticks.
            var axisY = top + (rows.Count * RowHeight) + 8;
            html.Append("<line class=\"cr-axis\" x1=\"").Append(Num(PlotLeft)).Append("\" y1=\"").Append(Num(axisY)).Append("\" x2=\"").Append(Num(PlotRight)).Append("\" y2=\"").Append(Num(axisY)).Append("\"/>");
            foreach (var tick in Ticks(min, max))
            {
                var x = PlotLeft + ((tick - min) / (max - min) * (PlotRight - PlotLeft));
                html.Append("<line class=\"cr-axis\" x1=\"").Append(Num(x)).Append("\" y1=\"").Append(Num(axisY)).Append("\" x2=\"").Append(Num(x)).Append("\" y2=\"").Append(Num(axisY + 4)).Append("\"/>");
                html.Append("<text class=\"cr-tick\" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(axisY + 16)).Append("\" text-anchor=\"middle\">").Append(Html.Encode(TickText(tick))).Append("</text>");
            }

            html.Append("<text class=\"cr-tick\" x=\"").Append(Num(PlotRight)).Append("\" y=\"").Append(Num(axisY + 30)).Append("\" text-anchor=\"end\">").Append(Html.Encode(unit)).Append("</text>");
            if (rows.Any(r => r.Denial))
            {
                html.Append("<text class=\"cr-legend\" x=\"").Append(Num(PlotLeft)).Append("\" y=\"").Append(Num(axisY + 30)).Append("\">\u2715 hatched: values a denial rules out</text>");
            }

            html.Append("</svg>");
        }

        public static void Timeline(StringBuilder html, string title, CumulativeTimeline timeline, string unit)
        {
            var points = timeline.Points;
            var finite = points.SelectMany(p => FiniteEnds(p.Stated)).ToArray();
            var (min, max) = Domain(finite);
            const double height = 240, plotTop = 16, plotBottom = 190, left = 90, right = Width - 70;
            double Y(decimal v) => plotBottom - (((double)v - min) / (max - min) * (plotBottom - plotTop));
            double YAt(double v) => plotBottom - ((v - min) / (max - min) * (plotBottom - plotTop));
            double X(int i) => points.Count == 1 ? (left + right) / 2 : left + (i * (right - left) / (points.Count - 1));

            html.Append("<svg class=\"cr-chart cr-timeline\" role=\"img\" width=\"").Append(Num(Width)).Append("\" height=\"").Append(Num(height))
                .Append("\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(height)).Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            html.Append("<title>").Append(Html.Encode(title)).Append("</title>");
            html.Append("<line class=\"cr-axis\" x1=\"").Append(Num(left)).Append("\" y1=\"").Append(Num(plotBottom)).Append("\" x2=\"").Append(Num(right)).Append("\" y2=\"").Append(Num(plotBottom)).Append("\"/>");
            foreach (var tick in Ticks(min, max))
            {
                html.Append("<text class=\"cr-tick\" x=\"").Append(Num(left - 8)).Append("\" y=\"").Append(Num(YAt(tick) + 4)).Append("\" text-anchor=\"end\">").Append(Html.Encode(TickText(tick))).Append("</text>");
                html.Append("<line class=\"cr-grid\" x1=\"").Append(Num(left)).Append("\" y1=\"").Append(Num(YAt(tick))).Append("\" x2=\"").Append(Num(right)).Append("\" y2=\"").Append(Num(YAt(tick))).Append("\"/>");
            }

            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                var x = X(i);
                var stated = p.Stated;
                html.Append("<g class=\"cr-point").Append(p.IsConsistent ? string.Empty : " cr-finding").Append("\"><title>")
                    .Append(Html.Encode(p.Period + ": stated " + p.Stated + ", bounds " + p.Bounds)).Append("</title>");
                if (!stated.IsEmpty)
                {
                    var y1 = stated.Lower.IsUnbounded ? plotBottom : Y(stated.Lower.Value);
                    var y2 = stated.Upper.IsUnbounded ? plotTop : Y(stated.Upper.Value);
                    html.Append("<line class=\"cr-bar\" x1=\"").Append(Num(x)).Append("\" y1=\"").Append(Num(y1)).Append("\" x2=\"").Append(Num(x)).Append("\" y2=\"").Append(Num(y2)).Append("\"/>");
                    if (!stated.Lower.IsUnbounded)
                    {
                        html.Append("<circle class=\"").Append(stated.Lower.IsClosed ? "cr-closed" : "cr-open").Append("\" cx=\"").Append(Num(x)).Append("\" cy=\"").Append(Num(y1)).Append("\" r=\"4.5\"/>");
                    }

                    if (stated.Upper.IsUnbounded)
                    {
                        html.Append("<path class=\"cr-arrow\" d=\"M").Append(Num(x - 6)).Append(' ').Append(Num(plotTop + 8)).Append(" L").Append(Num(x)).Append(' ').Append(Num(plotTop - 2)).Append(" L").Append(Num(x + 6)).Append(' ').Append(Num(plotTop + 8)).Append(" Z\"/>");
                    }
                    else
                    {
                        html.Append("<circle class=\"").Append(stated.Upper.IsClosed ? "cr-closed" : "cr-open").Append("\" cx=\"").Append(Num(x)).Append("\" cy=\"").Append(Num(y2)).Append("\" r=\"4.5\"/>");
                    }
                }

                html.Append("<text class=\"cr-tick\" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(plotBottom + 18)).Append("\" text-anchor=\"middle\">").Append(Html.Encode(p.Period.ToString())).Append("</text></g>");
            }

            html.Append("<text class=\"cr-tick\" x=\"").Append(Num(left - 8)).Append("\" y=\"").Append(Num(plotTop - 4)).Append("\" text-anchor=\"end\">").Append(Html.Encode(unit)).Append("</text>");
            html.Append("</svg>");
        }

        /// <summary>
        /// A denial: each span it rules out as a hatched box (an arrow where it runs on without end), the denied figure's
        /// own ends crossed out, and a strike line through it; a denial that rules out nothing here says so.
        /// </summary>
        private static void DenialRow(StringBuilder html, Row row, double y, Func<decimal, double> x)
        {
            var spans = row.RuledOut.Where(r => !r.IsEmpty).ToArray();
            if (spans.Length == 0)
            {
                html.Append("<text class=\"cr-note\" x=\"").Append(Num(PlotLeft)).Append("\" y=\"").Append(Num(y + 4)).Append("\">denies figures of another period</text></g>");
                return;
            }

            foreach (var span in spans)
            {
                var x1 = span.Lower.IsUnbounded ? PlotLeft : x(span.Lower.Value);
                var x2 = span.Upper.IsUnbounded ? PlotRight : x(span.Upper.Value);
                if (x2 - x1 < 16)
                {
                    (x1, x2) = (((x1 + x2) / 2) - 8, ((x1 + x2) / 2) + 8);
                }

                html.Append("<rect class=\"cr-ruled-out\" x=\"").Append(Num(x1)).Append("\" y=\"").Append(Num(y - 8)).Append("\" width=\"").Append(Num(x2 - x1)).Append("\" height=\"16\"><title>rules out ")
                    .Append(Html.Encode(span.ToString())).Append("</title></rect>");
                for (var h = x1 + 2; h + 6 <= x2; h += 7)
                {
                    html.Append("<line class=\"cr-hatch\" x1=\"").Append(Num(h)).Append("\" y1=\"").Append(Num(y + 7)).Append("\" x2=\"").Append(Num(h + 6)).Append("\" y2=\"").Append(Num(y - 7)).Append("\"/>");
                }

                if (span.Lower.IsUnbounded)
                {
                    End(html, span.Lower, x1, y, left: true);
                }

                if (span.Upper.IsUnbounded)
                {
                    End(html, span.Upper, x2, y, left: false);
                }
            }

            if (!row.Range.IsEmpty)
            {
                // The denied figure itself, struck through, its finite ends crossed out.
                var f1 = row.Range.Lower.IsUnbounded ? PlotLeft : x(row.Range.Lower.Value);
                var f2 = row.Range.Upper.IsUnbounded ? PlotRight : x(row.Range.Upper.Value);
                html.Append("<line class=\"cr-strike\" x1=\"").Append(Num(f1)).Append("\" y1=\"").Append(Num(y)).Append("\" x2=\"").Append(Num(f2)).Append("\" y2=\"").Append(Num(y)).Append("\"/>");
                foreach (var (bound, at) in new[] { (row.Range.Lower, f1), (row.Range.Upper, f2) })
                {
                    if (!bound.IsUnbounded)
                    {
                        html.Append("<path class=\"cr-cross\" d=\"M").Append(Num(at - 7)).Append(' ').Append(Num(y - 7)).Append(" L").Append(Num(at + 7)).Append(' ').Append(Num(y + 7))
                            .Append(" M").Append(Num(at - 7)).Append(' ').Append(Num(y + 7)).Append(" L").Append(Num(at + 7)).Append(' ').Append(Num(y - 7)).Append("\"/>");
                    }
                }
            }

            html.Append("</g>");
        }

        /// <summary>The findings about the chart, above its rows, each a link to its entry in the findings list.</summary>
        private static void Marks(StringBuilder html, IReadOnlyList<Mark> marks)
        {
            var x = PlotLeft;
            foreach (var mark in marks.Take(4))
            {
                var text = (mark.Contradiction ? "\u2716 " : "\u26A0 ") + mark.FindingId + " " + mark.Kind;
                html.Append("<a href=\"#").Append(Html.Encode(mark.FindingId)).Append("\"><text class=\"cr-mark ").Append(mark.Contradiction ? "cr-mark-contradiction" : "cr-mark-caution")
                    .Append("\" data-finding=\"").Append(Html.Encode(mark.FindingId)).Append("\" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(Top + 2)).Append("\">").Append(Html.Encode(text)).Append("</text></a>");
                x += 12 + (text.Length * 6.6);
            }

            if (marks.Count > 4)
            {
                html.Append("<text class=\"cr-mark\" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(Top + 2)).Append("\">+").Append(marks.Count - 4).Append(" more</text>");
            }
        }

        private static void End(StringBuilder html, RangeBound bound, double x, double y, bool left)
        {
            if (bound.IsUnbounded)
            {
                var tip = left ? x - 8 : x + 8;
                var back = left ? x + 2 : x - 2;
                html.Append("<path class=\"cr-arrow\" d=\"M").Append(Num(back)).Append(' ').Append(Num(y - 6)).Append(" L").Append(Num(tip)).Append(' ').Append(Num(y))
                    .Append(" L").Append(Num(back)).Append(' ').Append(Num(y + 6)).Append(" Z\"/>");
                return;
            }

            html.Append("<circle class=\"").Append(bound.IsClosed ? "cr-closed" : "cr-open").Append("\" cx=\"").Append(Num(x)).Append("\" cy=\"").Append(Num(y)).Append("\" r=\"4.5\"/>");
        }

        private static IEnumerable<decimal> FiniteEnds(NumericRange range)
        {
            if (range.IsEmpty)
            {
                yield break;
            }

            if (!range.Lower.IsUnbounded)
            {
                yield return range.Lower.Value;
            }

            if (!range.Upper.IsUnbounded)
            {
                yield return range.Upper.Value;
            }
        }

        /// <summary>
        /// The plotted interval, padded by 8%. It is computed in <see cref="double"/>: a decimal overflows when padding
        /// figures near ±7.9e28, and figures that differ only in the 28th digit have no width a chart could show.
        /// </summary>
        private static (double Min, double Max) Domain(decimal[] finite)
        {
            if (finite.Length == 0)
            {
                return (0, 1);
            }

            var min = (double)finite.Min();
            var max = (double)finite.Max();
            var span = max - min;
            if (!(span > Math.Abs(max) * 1e-12) && !(span > Math.Abs(min) * 1e-12))
            {
                // One figure, or figures a double cannot tell apart: a window around them.
                var centre = (min + max) / 2;
                var half = centre == 0 ? 1 : Math.Abs(centre) * 0.1;
                return (centre - half, centre + half);
            }

            var pad = span * 0.08;
            return (min - pad, max + pad);
        }

        /// <summary>Up to a dozen round tick values between <paramref name="min"/> and <paramref name="max"/>; never an endless loop.</summary>
        private static IEnumerable<double> Ticks(double min, double max)
        {
            var raw = (max - min) / 4;
            if (!(raw > 0) || double.IsInfinity(raw))
            {
                yield break;
            }

            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var step = TickSteps.Select(f => f * magnitude).First(s => s >= raw);
            var first = Math.Ceiling(min / step) * step;
            for (var k = 0; k < 12; k++)
            {
                var t = first + (k * step);
                if (t > max)
                {
                    yield break;
                }

                yield return t;
            }
        }

        /// <summary>A tick label: thousands separated as elsewhere in the report, in scientific notation beyond what a decimal holds.</summary>
        private static string TickText(double tick)
        {
            if (Math.Abs(tick) < 1e27)
            {
                // Ticks are round multiples of the step: 15 significant digits carry them exactly.
                return Explanations.Number(decimal.Parse(tick.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            return tick.ToString("0.###E+0", CultureInfo.InvariantCulture);
        }

        private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";

        private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ClaimRecon.Contradictions;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// The one HTML rendering of findings, shared by the report page (<see cref="ReconciliationReport.ToHtml"/>) and the
    /// notebook views (<see cref="HtmlView"/>), so the two cannot drift apart.
    /// </summary>
    internal static class FindingsView
    {
        /// <summary>The list item class: <c>cr-contradiction</c> for a contradiction, <c>cr-caution</c> for a finding that only calls for care.</summary>
        public static string Class(Finding finding) => finding.IsContradiction ? "cr-contradiction" : "cr-caution";

        /// <summary>The severity as every report shows it: up to three decimals, invariant culture ("0.061", "1").</summary>
        public static string Severity(Finding finding) => Math.Round(finding.Severity, 3).ToString("0.###", CultureInfo.InvariantCulture);

        /// <summary>
        /// One finding: its kind, "(id, severity, origins)", a link to its quantity's section when the page has one, the
        /// explanation and the rule.
        /// </summary>
        public static void Line(StringBuilder html, Finding finding, bool linkToQuantity)
        {
            html.Append("<span class=\"cr-kind\">").Append(Html.Encode(finding.Kind.ToString())).Append("</span> <span class=\"cr-muted\">(")
                .Append(Html.Encode(finding.Id)).Append(", severity ").Append(Html.Encode(Severity(finding))).Append(", ")
                .Append(ReportOrder.Count(finding.Origins.Count, "origin", "origins")).Append(")</span> ");
            if (linkToQuantity)
            {
                html.Append("<a class=\"cr-goto\" href=\"#").Append(Html.Encode(ReportOrder.Anchor(finding.Quantity, finding.Period))).Append("\">")
                    .Append(Html.Encode(finding.Quantity.ToString() + (finding.Period is null ? string.Empty : ", " + finding.Period))).Append("</a> ");
            }

            html.Append(Html.Encode(finding.Explanation))
                .Append("<br><span class=\"cr-muted\">Rule: ").Append(Html.Encode(finding.Rule)).Append("</span>");
        }

        /// <summary>
        /// The findings as an ordered list ("No findings." when there are none); <paramref name="linked"/> gives each item its
        /// finding id as the element id and a link to its quantity's section (the report page has both).
        /// </summary>
        public static void List(StringBuilder html, IReadOnlyList<Finding> findings, bool linked)
        {
            if (findings.Count == 0)
            {
                html.Append("<p>No findings.</p>");
                return;
            }

            html.Append("<ol class=\"cr-findings\">");
            foreach (var finding in findings)
            {
                html.Append("<li");
                if (linked)
                {
                    html.Append(" id=\"").Append(Html.Encode(finding.Id)).Append('"');
                }

                html.Append(" class=\"").Append(Class(finding)).Append("\">");
                Line(html, finding, linked);
                html.Append("</li>");
            }

            html.Append("</ol>");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Internal;

namespace ClaimRecon.Reporting
{
    /// <summary>The view of a whole claim set: a summary with links to its quantities, sources and claims.</summary>
    public static partial class HtmlView
    {
        /// <summary>The most claim rows the view of a claim set lists; the rest are counted, not listed.</summary>
        internal const int ClaimSetClaimRows = 50;

        /// <summary>
        /// Returns a claim set as HTML: one summary line, links to its parts, then a table of quantities (unit, kind,
        /// claims, sources), a table of sources (kind, claims reported or originated) and the first
        /// 50 claims (the rest are counted), each linking to its quantity and origin. Not a dump of the object tree.
        /// </summary>
        /// <param name="set">The claim set.</param>
        /// <returns>An HTML fragment whose element ids start with an id made from the set's claim ids, so two sets on one page do not clash.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
        public static string Of(ClaimSet set)
        {
            Preconditions.NotNull(set);
            var prefix = "cr-set-" + StableId(set);
            var html = Open("cr-claim-set");
            html.Append("<h3>").Append(Html.Encode(Summary(set))).Append("</h3><p class=\"cr-muted\">")
                .Append("<a href=\"#").Append(prefix).Append("-quantities\">quantities</a> · ")
                .Append("<a href=\"#").Append(prefix).Append("-sources\">sources</a> · ")
                .Append("<a href=\"#").Append(prefix).Append("-claims\">claims</a></p>");

            var claimsByQuantity = set.Claims.GroupBy(c => c.Quantity).ToDictionary(g => g.Key, g => g.ToList());
            html.Append("<h4 id=\"").Append(prefix).Append("-quantities\">Quantities</h4><table><tr><th>quantity</th><th>unit</th><th>kind</th><th>claims</th><th>origins</th></tr>");
            foreach (var quantity in set.Quantities)
            {
                var claims = claimsByQuantity.TryGetValue(quantity.Key, out var list) ? list : new List<Claim>();
                html.Append("<tr id=\"").Append(prefix).Append("-q-").Append(Html.Encode(Slug(quantity.Key.ToString()))).Append("\"><td><code>")
                    .Append(Html.Encode(quantity.Key.ToString())).Append("</code></td><td>").Append(Html.Encode(quantity.Unit.Symbol)).Append("</td><td>")
                    .Append(Html.Encode(quantity.Kind.ToString().ToLowerInvariant())).Append("</td><td>").Append(Count(claims.Count)).Append("</td><td>")
                    .Append(Count(claims.Select(c => c.Attribution.Origin).Distinct(StringComparer.Ordinal).Count())).Append("</td></tr>");
            }

            html.Append("</table>");
            var reported = set.Claims.GroupBy(c => c.Attribution.Reporter, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var originated = set.Claims.GroupBy(c => c.Attribution.Origin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            html.Append("<h4 id=\"").Append(prefix).Append("-sources\">Sources</h4><table><tr><th>source</th><th>kind</th><th>reported</th><th>originated</th></tr>");
            foreach (var source in set.Sources)
            {
                html.Append("<tr id=\"").Append(prefix).Append("-s-").Append(Html.Encode(Slug(source.Id))).Append("\"><td>").Append(Html.Encode(source.Name))
                    .Append(" <span class=\"cr-muted\">").Append(Html.Encode(source.Id)).Append("</span></td><td>").Append(Html.Encode(source.Kind.ToString().ToLowerInvariant()))
                    .Append("</td><td>").Append(Count(reported.TryGetValue(source.Id, out var r) ? r : 0)).Append("</td><td>")
                    .Append(Count(originated.TryGetValue(source.Id, out var o) ? o : 0)).Append("</td></tr>");
            }

            html.Append("</table>");
            html.Append("<h4 id=\"").Append(prefix).Append("-claims\">Claims</h4><table><tr><th>claim</th><th>quantity</th><th>figure</th><th>stance</th><th>origin</th></tr>");
            foreach (var claim in set.Claims.Take(ClaimSetClaimRows))
            {
                html.Append("<tr><td>").Append(Html.Encode(claim.Id)).Append("</td><td><a href=\"#").Append(prefix).Append("-q-").Append(Html.Encode(Slug(claim.Quantity.ToString())))
                    .Append("\"><code>").Append(Html.Encode(claim.Quantity.ToString())).Append("</code></a></td><td>")
                    .Append(Html.Encode(claim.FigureWording)).Append("</td><td>").Append(Html.Encode(claim.Stance.ToString().ToLowerInvariant()))
                    .Append("</td><td><a href=\"#").Append(prefix).Append("-s-").Append(Html.Encode(Slug(claim.Attribution.Origin))).Append("\">")
                    .Append(Html.Encode(set.TryGetSource(claim.Attribution.Origin, out var origin) ? origin.Name : claim.Attribution.Origin)).Append("</a></td></tr>");
            }

            html.Append("</table>");
            if (set.Claims.Count > ClaimSetClaimRows)
            {
                html.Append("<p class=\"cr-muted\">and ").Append(Count(set.Claims.Count - ClaimSetClaimRows)).Append(" more claims, not listed.</p>");
            }

            return Close(html);
        }

        /// <summary>The one-line summary of a claim set: "19 claims about 10 quantities from 8 sources".</summary>
        internal static string Summary(ClaimSet set) =>
            $"{Plural(set.Claims.Count, "claim", "claims")} about {Plural(set.Quantities.Count, "quantity", "quantities")} from {Plural(set.Sources.Count, "source", "sources")}";

        private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

        private static string Plural(int n, string one, string many) => Count(n) + " " + (n == 1 ? one : many);

        private static string Slug(string text)
        {
            var slug = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                slug.Append(char.IsLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : '-');
            }

            return slug.ToString();
        }

        /// <summary>A short id from the claim ids (FNV-1a), the same for the same set on every run.</summary>
        private static string StableId(ClaimSet set)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var claim in set.Claims)
                {
                    foreach (var c in claim.Id)
                    {
                        hash = (hash ^ c) * 16777619u;
                    }

                    hash = (hash ^ '\n') * 16777619u;
                }

                return hash.ToString("x8", CultureInfo.InvariantCulture);
            }
        }
    }
}

using System.Net;

namespace ClaimRecon.Reporting
{
    /// <summary>HTML encoding: every piece of user text goes through here (a source named &lt;script&gt; renders as text).</summary>
    internal static class Html
    {
        public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        /// <summary>The report's styles, scoped to <c>.claimrecon</c>; readable in light and dark colour schemes.</summary>
        public const string Style = @"
.claimrecon{--cr-fg:#1f2328;--cr-bg:#ffffff;--cr-muted:#59636e;--cr-bar:#0969da;--cr-finding:#cf222e;--cr-band:rgba(26,127,55,.16);--cr-band-edge:#1a7f37;--cr-line:#d1d9e0;--cr-derived:#8250df;--cr-caution:#9a6700;
 color:var(--cr-fg);background:var(--cr-bg);font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;padding:12px;max-width:1280px}
@media (prefers-color-scheme: dark){.claimrecon{--cr-fg:#e6edf3;--cr-bg:#0d1117;--cr-muted:#9198a1;--cr-bar:#4493f8;--cr-finding:#ff7b72;--cr-band:rgba(63,185,80,.20);--cr-band-edge:#3fb950;--cr-line:#3d444d;--cr-derived:#a371f7;--cr-caution:#d29922}}
.claimrecon h1{font-size:1.5em;margin:.2em 0 .4em}.claimrecon h2{font-size:1.2em;margin:1.2em 0 .3em;border-bottom:1px solid var(--cr-line)}.claimrecon h3{font-size:1em;margin:.8em 0 .2em}
.claimrecon p,.claimrecon li{max-width:78ch}.claimrecon .cr-muted{color:var(--cr-muted)}
.claimrecon table{border-collapse:collapse;margin:.4em 0}.claimrecon td,.claimrecon th{border:1px solid var(--cr-line);padding:2px 6px;text-align:left;vertical-align:top}
.claimrecon .cr-kind{font-weight:600}.claimrecon li.cr-contradiction .cr-kind{color:var(--cr-finding)}
.claimrecon svg{display:block;max-width:100%;height:auto;margin:.3em 0}.claimrecon svg.cr-chart{width:100%}
.claimrecon .cr-label,.claimrecon .cr-tick,.claimrecon .cr-note{fill:var(--cr-fg);font-size:12px}.claimrecon .cr-figure{fill:var(--cr-muted);font-size:11px}.claimrecon .cr-tick{fill:var(--cr-muted)}
.claimrecon .cr-axis,.claimrecon .cr-grid{stroke:var(--cr-line);stroke-width:1}
.claimrecon .cr-bar{stroke:var(--cr-bar);stroke-width:6;stroke-linecap:butt}
.claimrecon .cr-closed{fill:var(--cr-bar);stroke:var(--cr-bar);stroke-width:2}.claimrecon .cr-open{fill:var(--cr-bg);stroke:var(--cr-bar);stroke-width:2}.claimrecon .cr-arrow{fill:var(--cr-bar)}
.claimrecon .cr-hedged .cr-bar{stroke-opacity:.5;stroke-dasharray:6 3}.claimrecon .cr-hedged .cr-closed,.claimrecon .cr-hedged .cr-open,.claimrecon .cr-hedged .cr-arrow{opacity:.6}
.claimrecon .cr-finding .cr-bar{stroke:var(--cr-finding)}.claimrecon .cr-finding .cr-closed,.claimrecon .cr-finding .cr-arrow{fill:var(--cr-finding);stroke:var(--cr-finding)}.claimrecon .cr-finding .cr-open{stroke:var(--cr-finding)}
.claimrecon .cr-finding .cr-label{fill:var(--cr-finding)}.claimrecon .cr-denial .cr-bar{stroke-dasharray:2 3}
.claimrecon .cr-consensus{fill:var(--cr-band);stroke:var(--cr-band-edge);stroke-width:1}
.claimrecon .cr-ruled-out{fill:var(--cr-finding);fill-opacity:.10;stroke:var(--cr-finding);stroke-width:1;stroke-dasharray:3 2}.claimrecon .cr-hatch{stroke:var(--cr-finding);stroke-width:1.2;stroke-opacity:.7}
.claimrecon .cr-strike{stroke:var(--cr-finding);stroke-width:2}.claimrecon .cr-cross{stroke:var(--cr-finding);stroke-width:2.5;fill:none}.claimrecon .cr-denial .cr-arrow{fill:var(--cr-finding)}
.claimrecon .cr-denial .cr-label,.claimrecon .cr-denial .cr-figure{fill:var(--cr-finding)}.claimrecon .cr-legend{fill:var(--cr-muted);font-size:11px}
.claimrecon .cr-derived .cr-bar{stroke:var(--cr-derived);stroke-dasharray:8 3}.claimrecon .cr-derived .cr-closed,.claimrecon .cr-derived .cr-arrow{fill:var(--cr-derived);stroke:var(--cr-derived)}.claimrecon .cr-derived .cr-open{stroke:var(--cr-derived)}.claimrecon .cr-derived .cr-label{fill:var(--cr-derived);font-style:italic}
.claimrecon .cr-caution .cr-label{fill:var(--cr-caution)}.claimrecon .cr-mark{font-size:12px;font-weight:600;fill:var(--cr-fg)}.claimrecon .cr-mark-contradiction{fill:var(--cr-finding)}.claimrecon .cr-mark-caution{fill:var(--cr-caution)}
";
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace ClaimRecon.BrowserTests
{
    /// <summary>
    /// The seed story's HTML report in headless Chromium: no console errors, every chart present and visible, readable in
    /// light and dark schemes, hostile source names shown as text; a screenshot is saved for people to look at.
    /// </summary>
    public sealed class HtmlReportBrowserTests
    {
        private static QuantityKey K(string text) => QuantityKey.Parse(text);

        internal static ReconciliationReport SeedReport()
        {
            var set = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();
            var relations = new[]
            {
                DerivedRelation.Product(K("isis-detainees-iraq/detention-cost-daily"), K("isis-detainees-iraq/held"), K("isis-detainees-iraq/detention-cost-per-detainee")),
                DerivedRelation.PerPeriod(K("isis-detainees-iraq/detention-cost-monthly"), K("isis-detainees-iraq/detention-cost-daily")),
                DerivedRelation.PercentOf(K("isis-detainees-turkish-nationals/being-transferred"), K("isis-detainees-syria-iraq/turkish-share"), K("isis-detainees-syria-iraq/slated-for-transfer")),
            };
            return ReconciliationReport.Create(set, relations).WithTitle("The ISIS detainee transfer, February 2026");
        }

        [Fact]
        public async Task SeedReportRendersWithoutErrorsAndEveryChartIsVisible()
        {
            var report = SeedReport();
            var periods = report.Contradictions.Merges.Sum(m => m.Periods.Count);
            var timelines = report.Contradictions.Merges.Count(m => m.Timeline is { Points.Count: > 1 });
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1200 } });
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    errors.Add(message.Type + ": " + message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add("page error: " + error);
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);

            var file = Write(report.ToHtml(), "seed-story-report.html");
            await page.GotoAsync(new Uri(file).AbsoluteUri);

            errors.Should().BeEmpty();
            requests.Should().OnlyContain(url => url.StartsWith("file:", StringComparison.Ordinal), "the report is self-contained");
            var charts = page.Locator("svg.cr-ranges");
            (await charts.CountAsync()).Should().Be(periods);
            for (var i = 0; i < periods; i++)
            {
                await AssertVisible(charts.Nth(i));
            }

            (await page.Locator("svg.cr-timeline").CountAsync()).Should().Be(timelines).And.BeGreaterThan(0);
            await AssertVisible(page.Locator("svg.cr-timeline").First);
            (await page.Locator("rect.cr-consensus").CountAsync()).Should().BeGreaterThan(0);
            await AssertVisible(page.Locator("rect.cr-consensus").First);

            // The denied 7,000 is drawn in the finding colour, and its row is visible.
            var flagged = page.Locator("g.cr-finding[data-claim='k24-circulating-claims-7000']");
            (await flagged.CountAsync()).Should().Be(1);
            await AssertVisible(flagged.Locator("circle").First);
            var findingColour = await flagged.Locator("circle").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
            var normalColour = await page.Locator("g.cr-row:not(.cr-finding) line.cr-bar").First.EvaluateAsync<string>("e => getComputedStyle(e).stroke");
            findingColour.Should().NotBe(normalColour);

            // Open and closed ends are drawn differently: (5000, 6000] has a hollow lower end.
            (await page.Locator("circle.cr-open").CountAsync()).Should().BeGreaterThan(0);
            (await page.Locator("circle.cr-closed").CountAsync()).Should().BeGreaterThan(0);
            (await page.Locator("path.cr-arrow").CountAsync()).Should().BeGreaterThan(0, "more than 5,000 has an unbounded end");

            var png = Path.Combine(ArtifactsFolder(), "seed-story-report.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            new FileInfo(png).Length.Should().BeGreaterThan(10_000);
            if (Environment.GetEnvironmentVariable("CLAIMRECON_UPDATE_SCREENSHOT") == "1")
            {
                await page.Locator("section[data-quantity='isis-detainees-syria-iraq/transferred']").ScreenshotAsync(
                    new LocatorScreenshotOptions { Path = Path.Combine(RepositoryRoot(), "docs", "seed-story-report.png") });
            }
        }

        [Fact]
        public async Task QuantitiesWithFindingsComeFirst_FindingsLinkToTheirPeriod_AndThePageUsesItsWidth()
        {
            var report = SeedReport();
            var withFindings = report.Contradictions.Findings.Select(f => f.Quantity.ToString()).Distinct().ToList();
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            await page.GotoAsync(new Uri(Write(report.ToHtml(), "seed-story-order.html")).AbsoluteUri);

            var order = await page.Locator("section.cr-quantity").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.quantity)");
            order.Should().HaveCount(report.Contradictions.Merges.Count);
            order[0].Should().Be("isis-detainees-syria-iraq/transferred", "the denial (severity 1) is the most severe finding");
            order.Take(withFindings.Count).Should().BeEquivalentTo(withFindings, "quantities with findings come before the rest");
            order.Skip(withFindings.Count).Should().BeInAscendingOrder(StringComparer.Ordinal);

            var links = page.Locator("ol.cr-findings a.cr-goto");
            (await links.CountAsync()).Should().Be(report.Contradictions.Findings.Count);
            foreach (var href in await links.EvaluateAllAsync<string[]>("a => a.map(e => e.getAttribute('href'))"))
            {
                (await page.Locator(href).CountAsync()).Should().Be(1, "finding link {0} leads to one period heading", href);
            }

            await links.First.ClickAsync();
            var top = await page.EvaluateAsync<double>("() => document.querySelector(decodeURIComponent(location.hash)).getBoundingClientRect().top");
            top.Should().BeInRange(-2, 40, "following a finding's link scrolls its period to the top of the window");
            (await page.EvaluateAsync<double>("() => window.scrollY")).Should().BeGreaterThan(100);

            var width = await page.Locator("div.claimrecon").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
            width.Should().BeGreaterThan(1200, "the page uses the width it has (was 820 px on a 1,400 px window)");
            var chart = await page.Locator("svg.cr-ranges").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
            chart.Should().BeGreaterThan(1000);

            // The denial: its row is marked and drawn, apart from the denied figure's row.
            var denial = page.Locator("g.cr-denial[data-claim='k24-joc-source-denies-7000']");
            (await denial.CountAsync()).Should().Be(1);
            await AssertVisible(denial);
        }

        [Fact]
        public async Task ADenialIsDrawnAsWhatItRulesOut_NotAsAnAssertion_AndFindingsAreMarkedOnTheirCharts()
        {
            var report = SeedReport();
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            await page.GotoAsync(new Uri(Write(report.ToHtml(), "seed-story-denials.html")).AbsoluteUri);

            // The denial of 7,000: a hatched box over 7,000 with the figure crossed out, and no dots as an assertion has.
            var denial = page.Locator("g.cr-denial[data-claim='k24-joc-source-denies-7000']");
            (await denial.Locator("circle").CountAsync()).Should().Be(0);
            var box = denial.Locator("rect.cr-ruled-out");
            await AssertVisible(box);
            await AssertVisible(denial.Locator("path.cr-cross").First);
            (await denial.Locator("line.cr-hatch").CountAsync()).Should().BeGreaterThan(0);
            var asserted = await page.Locator("g[data-claim='k24-circulating-claims-7000'] circle").First.BoundingBoxAsync();
            var ruled = await box.BoundingBoxAsync();
            var centre = ruled!.X + (ruled.Width / 2);
            centre.Should().BeApproximately(asserted!.X + (asserted.Width / 2), 2, "the box sits over the 7,000 it rules out, in line with the asserted 7,000");
            asserted.Y.Should().BeLessThan(ruled.Y, "the denial has a row of its own");

            // Drawn in the finding colour, unlike an assertion's bar.
            var cross = await denial.Locator("path.cr-cross").First.EvaluateAsync<string>("e => getComputedStyle(e).stroke");
            var bar = await page.Locator("g.cr-row:not(.cr-finding):not(.cr-denial) line.cr-bar").First.EvaluateAsync<string>("e => getComputedStyle(e).stroke");
            cross.Should().NotBe(bar);
            (await page.Locator("text.cr-legend").CountAsync()).Should().BeGreaterThan(0);
            await AssertVisible(page.Locator("text.cr-legend").First);

            // A denial without a figure ("far lower than reported"): what it rules out runs on to the right edge.
            var numberless = page.Locator("g.cr-denial[data-claim='k24-joc-source-foreign-nationals-far-lower']");
            await AssertVisible(numberless.Locator("rect.cr-ruled-out"));
            await AssertVisible(numberless.Locator("path.cr-arrow"));

            // Every finding is marked on its period's chart and the mark links back to it; the derived range a finding rests on is a row.
            foreach (var finding in report.Contradictions.Findings)
            {
                var mark = page.Locator("svg.cr-ranges a[href='#" + finding.Id + "'] text.cr-mark");
                (await mark.CountAsync()).Should().Be(1, "{0} is marked on one chart", finding.Id);
                await AssertVisible(mark);
            }

            var derived = page.Locator("g.cr-derived");
            (await derived.CountAsync()).Should().Be(
                report.Contradictions.Findings.Where(f => f.Derivation is not null && f.Derivation.Relation.Target == f.Quantity).Select(f => f.Derivation!.Id).Distinct().Count(),
                "one row per derived range, however many findings rest on it").And.BeGreaterThan(0);
            await AssertVisible(derived.First);
        }

        [Theory]
        [InlineData(ColorScheme.Light)]
        [InlineData(ColorScheme.Dark)]
        public async Task TextIsReadableInLightAndDarkSchemes(ColorScheme scheme)
        {
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            await page.GotoAsync(new Uri(Write(SeedReport().ToHtml(), "scheme-" + scheme + ".html")).AbsoluteUri);

            var colours = await page.Locator(".claimrecon").EvaluateAsync<string[]>(
                "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(e.querySelector('.cr-label')).fill]");

            var text = Rgb(colours[0]);
            var background = Rgb(colours[1]);
            Contrast(text, background).Should().BeGreaterThan(7, $"body text {colours[0]} on {colours[1]} in the {scheme} scheme");
            Contrast(Rgb(colours[2]), background).Should().BeGreaterThan(7, $"chart labels {colours[2]} on {colours[1]} in the {scheme} scheme");
            Luminance(background).Should().Match(l => scheme == ColorScheme.Dark ? l < 0.1 : l > 0.9);
        }

        [Fact]
        public async Task HostileSourceNamesAndWordingRenderAsText()
        {
            const string hostile = "<script>alert(1)</script>";
            var quantity = new Quantity(new QuantityKey("town", "population"), Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger, hostile);
            var sources = new[] { new Source("evil", hostile, SourceKind.NewsOutlet), new Source("other", "Other <b>outlet</b>", SourceKind.NewsOutlet) };
            var claims = new[]
            {
                new Claim("a", quantity.Key, HedgedFigure.Of(Hedge.None, 100, hostile), AttributionChain.Direct("evil"), Stance.Asserts, describes: TimeReference.Parse("2026-01-01")),
                new Claim("b", quantity.Key, HedgedFigure.Of(Hedge.None, 200, "<img src=x onerror=alert(2)>"), AttributionChain.Direct("other"), Stance.Asserts, describes: TimeReference.Parse("2026-01-01")),
            };
            var report = ReconciliationReport.Create(ClaimSet.Create(sources, new[] { quantity }, claims)).WithTitle(hostile);
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };

            await page.GotoAsync(new Uri(Write(report.ToHtml(), "hostile.html")).AbsoluteUri);

            dialogs.Should().BeEmpty();
            (await page.Locator("script").CountAsync()).Should().Be(0);
            (await page.Locator("img").CountAsync()).Should().Be(0);
            (await page.Locator("h1").InnerTextAsync()).Should().Be(hostile);
            (await page.Locator("body").InnerTextAsync()).Should().Contain("Other <b>outlet</b>");
        }

        private static async Task AssertVisible(ILocator locator)
        {
            (await locator.IsVisibleAsync()).Should().BeTrue();
            var box = await locator.BoundingBoxAsync();
            box.Should().NotBeNull();
            box!.Width.Should().BeGreaterThan(0);
            box.Height.Should().BeGreaterThan(0);
        }

        private static string Write(string html, string name)
        {
            var path = Path.Combine(ArtifactsFolder(), name);
            File.WriteAllText(path, html);
            return path;
        }

        private static string ArtifactsFolder()
        {
            var folder = Path.Combine(RepositoryRoot(), "artifacts", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }

        internal static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimRecon.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("ClaimRecon.sln not found above " + AppContext.BaseDirectory);
        }

        private static (double R, double G, double B) Rgb(string css)
        {
            var parts = css.Substring(css.IndexOf('(') + 1).TrimEnd(')').Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return (parts[0], parts[1], parts[2]);
        }

        private static double Luminance((double R, double G, double B) c)
        {
            static double Channel(double v)
            {
                v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
        }

        private static double Contrast((double, double, double) a, (double, double, double) b)
        {
            var (l1, l2) = (Luminance(a), Luminance(b));
            return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
        }
    }

    /// <summary>Debian's Chromium driven by Playwright (no browser download); disposing closes the browser and the driver.</summary>
    internal sealed class Browser : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private Browser(IPlaywright playwright, IBrowser browser)
        {
            _playwright = playwright;
            _browser = browser;
        }

        public static async Task<Browser> LaunchAsync()
        {
            var executable = Environment.GetEnvironmentVariable("CLAIMRECON_CHROMIUM") ?? "/usr/bin/chromium";
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException(
                    $"Chromium not found at {executable}. Install it (Debian: apt-get install -y chromium) or set CLAIMRECON_CHROMIUM; .ci/run installs it.");
            }

            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
            });
            return new Browser(playwright, browser);
        }

        public Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null) => _browser.NewPageAsync(options);

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}

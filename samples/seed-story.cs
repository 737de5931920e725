// The seed story as a .NET 10 file-based app: no project file, the ClaimRecon package, one command:
//
//     dotnet run samples/seed-story.cs                       (writes seed-story-report.html in the current directory)
//     dotnet run samples/seed-story.cs -- report.html        (writes it there)
//
// It takes the package from your NuGet sources (`#:package` below). Before the package is published, pack it into a
// folder and add that folder as a source (docs/reports-and-notebooks.md); CI does so with .ci/notebook.sh.
//
// It loads samples/seed-story.json, prints every finding with its explanation and writes the reconciliation as one
// self-contained HTML page with range charts. The same steps, displayed in a notebook: notebooks/seed-story.ipynb.
#:package ClaimRecon@0.1.0
#:property PublishAot=false
using System;
using System.IO;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;
using ClaimRecon.Reporting;
using ClaimRecon.Serialization;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "seed-story-report.html");
var story = ClaimJson.ReadFile(SeedStoryPath()).GetValueOrThrow();

QuantityKey Key(string text) => QuantityKey.Parse(text);
var relations = new[]
{
    // Daily cost = detainees held × cost per detainee per day; the monthly cost is the daily cost over a month (28–31 days).
    DerivedRelation.Product(Key("isis-detainees-iraq/detention-cost-daily"), Key("isis-detainees-iraq/held"), Key("isis-detainees-iraq/detention-cost-per-detainee")),
    DerivedRelation.PerPeriod(Key("isis-detainees-iraq/detention-cost-monthly"), Key("isis-detainees-iraq/detention-cost-daily")),
    // Turkish nationals = the Turkish share (%) of the detainees slated for transfer.
    DerivedRelation.PercentOf(Key("isis-detainees-turkish-nationals/being-transferred"), Key("isis-detainees-syria-iraq/turkish-share"), Key("isis-detainees-syria-iraq/slated-for-transfer")),
    // A what-if: the monthly cost if it were for the detainees transferred so far rather than those held.
    DerivedRelation.Product(Key("isis-detainees-iraq/detention-cost-monthly"), Key("isis-detainees-syria-iraq/transferred"), Key("isis-detainees-iraq/detention-cost-per-detainee"))
        .WithName("the monthly cost computed from the detainees transferred so far"),
};

var report = ReconciliationReport.Create(story, relations).WithTitle("ISIS detainees moved from Syria to Iraq, February 2026");
var findings = report.Contradictions.Findings;
Console.WriteLine($"{story.Claims.Count} claims, {report.Contradictions.OriginCount} independent origins, {findings.Count} findings:");
foreach (var finding in findings)
{
    Console.WriteLine($"- {finding.Kind} (severity {finding.Severity:0.###}): {finding.Explanation}");
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, report.ToHtml());
Console.WriteLine($"report written to {output}");
return 0;

// samples/seed-story.json beside this file: the SDK tells a file-based app where its file is; when run another way,
// look for it from the current directory up.
static string SeedStoryPath()
{
    if (AppContext.GetData("EntryPointFileDirectoryPath") is string folder && File.Exists(Path.Combine(folder, "seed-story.json")))
    {
        return Path.Combine(folder, "seed-story.json");
    }

    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "samples", "seed-story.json");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException("samples/seed-story.json not found beside this file or above " + Directory.GetCurrentDirectory());
}

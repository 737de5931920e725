// Reconciles the seed story and prints every finding with its explanation; with a second argument, also writes the
// provenance graph as W3C PROV-JSON there. The block between the markers is the example in docs/contradictions.md, which
// compiles on its own as shown (a test checks it).
// README:begin
using System;
using ClaimRecon.Arithmetic;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;

var path = args.Length > 0 ? args[0] : "samples/seed-story.json";
var set = ClaimJson.ReadFile(path).GetValueOrThrow();
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

var report = ContradictionDetector.For(set, relations).Detect(set.Claims);
foreach (var finding in report.Findings)
{
    Console.WriteLine($"{finding.Kind} (severity {finding.Severity:0.###}, {finding.Origins.Count} {(finding.Origins.Count == 1 ? "origin" : "origins")}): {finding.Explanation}");
}
// README:end

foreach (var skipped in report.Unchecked)
{
    Console.WriteLine("not checked: " + skipped);
}

if (args.Length > 1)
{
    System.IO.File.WriteAllText(args[1], ClaimRecon.Provenance.ProvenanceGraph.From(report, set.Sources).ToProvJson());
    Console.WriteLine("provenance written to " + args[1]);
}

return 0;

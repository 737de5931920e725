// Checks the packed ClaimRecon package: both .nupkg and .snupkg exist, and the .nupkg holds the README, the licence
// expression, the repository URL and the XML docs for both target frameworks. Run: dotnet run --file .ci/check-package.cs -- <folder>
#:property PublishAot=false
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

var folder = args.Length > 0 ? args[0] : "artifacts/packages";
var nupkg = Directory.GetFiles(folder, "ClaimRecon.*.nupkg").SingleOrDefault(f => !f.EndsWith(".snupkg"));
var snupkg = Directory.GetFiles(folder, "ClaimRecon.*.snupkg").SingleOrDefault();
var failures = new List<string>();
if (nupkg is null) failures.Add("no ClaimRecon.<version>.nupkg");
if (snupkg is null) failures.Add("no ClaimRecon.<version>.snupkg");
if (nupkg is not null)
{
    using var zip = ZipFile.OpenRead(nupkg);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "README.md", "lib/netstandard2.0/ClaimRecon.dll", "lib/netstandard2.0/ClaimRecon.xml", "lib/net8.0/ClaimRecon.dll", "lib/net8.0/ClaimRecon.xml" })
    {
        if (!names.Contains(required)) failures.Add($"{Path.GetFileName(nupkg)} lacks {required}");
    }

    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec"));
    using var stream = nuspecEntry.Open();
    var nuspec = XDocument.Load(stream);
    XNamespace ns = nuspec.Root!.GetDefaultNamespace();
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    if (metadata.Element(ns + "license")?.Attribute("type")?.Value != "expression") failures.Add("nuspec has no SPDX licence expression");
    if (metadata.Element(ns + "readme")?.Value != "README.md") failures.Add("nuspec names no README");
    var repository = metadata.Element(ns + "repository");
    if (string.IsNullOrEmpty(repository?.Attribute("url")?.Value)) failures.Add("nuspec has no repository URL");
    if (string.IsNullOrEmpty(repository?.Attribute("commit")?.Value)) failures.Add("nuspec has no repository commit (Source Link)");
    Console.WriteLine($"{Path.GetFileName(nupkg)}: {names.Count} entries; licence {metadata.Element(ns + "license")?.Value}; repository {repository?.Attribute("url")?.Value} @ {repository?.Attribute("commit")?.Value}");
}

if (snupkg is not null) Console.WriteLine($"{Path.GetFileName(snupkg)}: present");
foreach (var failure in failures) Console.Error.WriteLine("package check failed: " + failure);
return failures.Count == 0 ? 0 : 1;

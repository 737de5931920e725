// Checks the packed packages: the ClaimRecon library, the ClaimRecon.DuckDb adapter and the ClaimRecon.Cli .NET tool. Each must have its .nupkg and
// .snupkg, a README, an icon, release notes pointing at the changelog, an SPDX licence expression and a repository URL
// with its commit (Source Link). The library must
// hold the DLL and XML docs for both target frameworks, the adapter its own for net8.0 and a dependency on ClaimRecon; the tool must be a DotnetTool package whose settings name the
// `claimrecon` command and whose entry point is in the package. Run: dotnet run --file .ci/check-package.cs -- <folder>
#:property PublishAot=false
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

var folder = args.Length > 0 ? args[0] : "artifacts/packages";
var failures = new List<string>();
var checks = new Dictionary<string, Action<ZipArchive, HashSet<string>, XElement, XNamespace>>
{
    ["ClaimRecon"] = (zip, names, metadata, ns) =>
    {
        foreach (var required in new[] { "lib/netstandard2.0/ClaimRecon.dll", "lib/netstandard2.0/ClaimRecon.xml", "lib/net8.0/ClaimRecon.dll", "lib/net8.0/ClaimRecon.xml" })
        {
            if (!names.Contains(required))
            {
                failures.Add($"ClaimRecon lacks {required}");
            }
        }
    },
    ["ClaimRecon.DuckDb"] = (zip, names, metadata, ns) =>
    {
        foreach (var required in new[] { "lib/net8.0/ClaimRecon.DuckDb.dll", "lib/net8.0/ClaimRecon.DuckDb.xml" })
        {
            if (!names.Contains(required))
            {
                failures.Add($"ClaimRecon.DuckDb lacks {required}");
            }
        }

        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")?.Value).ToList();
        if (!dependencies.Contains("ClaimRecon") || !dependencies.Contains("DuckDB.NET.Data.Full"))
        {
            failures.Add("ClaimRecon.DuckDb does not depend on both ClaimRecon and DuckDB.NET.Data.Full");
        }
    },
    ["ClaimRecon.Cli"] = (zip, names, metadata, ns) =>
    {
        var packageTypes = metadata.Element(ns + "packageTypes")?.Elements(ns + "packageType").Select(e => e.Attribute("name")?.Value).ToList() ?? new List<string?>();
        if (!packageTypes.Contains("DotnetTool"))
        {
            failures.Add("ClaimRecon.Cli is not a DotnetTool package");
        }
        var settingsEntry = zip.Entries.SingleOrDefault(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        if (settingsEntry is null)
        {
            failures.Add("ClaimRecon.Cli lacks tools/<tfm>/any/DotnetToolSettings.xml");
            return;
        }

        using var settingsStream = settingsEntry.Open();
        var command = XDocument.Load(settingsStream).Descendants("Command").SingleOrDefault();
        if (command?.Attribute("Name")?.Value != "claimrecon")
        {
            failures.Add("ClaimRecon.Cli's tool command is not named claimrecon");
        }
        var entryPoint = command?.Attribute("EntryPoint")?.Value;
        var toolFolder = settingsEntry.FullName.Substring(0, settingsEntry.FullName.LastIndexOf('/') + 1);
        if (entryPoint is null || !names.Contains(toolFolder + entryPoint))
        {
            failures.Add($"ClaimRecon.Cli lacks its entry point {toolFolder}{entryPoint}");
        }
        if (!names.Contains(toolFolder + "ClaimRecon.dll"))
        {
            failures.Add($"ClaimRecon.Cli lacks the library {toolFolder}ClaimRecon.dll");
        }
        var satellites = names.Where(n => n.StartsWith(toolFolder, StringComparison.Ordinal) && n.EndsWith(".resources.dll", StringComparison.Ordinal)).ToList();
        if (satellites.Count > 0)
        {
            failures.Add($"ClaimRecon.Cli carries satellite resources of an English-only tool: {string.Join(", ", satellites.Take(3))}...");
        }
        var runtimeConfig = zip.GetEntry(toolFolder + Path.GetFileNameWithoutExtension(entryPoint ?? "ClaimRecon.Cli.dll") + ".runtimeconfig.json");
        using (var configReader = runtimeConfig is null ? null : new StreamReader(runtimeConfig.Open()))
        {
            var config = configReader?.ReadToEnd() ?? string.Empty;
            if (!config.Contains("\"rollForward\": \"Major\"", StringComparison.Ordinal))
            {
                failures.Add("ClaimRecon.Cli's runtimeconfig.json does not roll forward to newer major runtimes");
            }
        }
    },
};

var nupkgs = Directory.GetFiles(folder, "*.nupkg").Where(f => !f.EndsWith(".snupkg", StringComparison.Ordinal)).ToList();
foreach (var (id, check) in checks)
{
    var nupkg = nupkgs.SingleOrDefault(f => Path.GetFileName(f).StartsWith(id + ".", StringComparison.Ordinal) && char.IsDigit(Path.GetFileName(f)[id.Length + 1]));
    var snupkg = Directory.GetFiles(folder, id + ".*.snupkg").SingleOrDefault(f => char.IsDigit(Path.GetFileName(f)[id.Length + 1]));
    if (nupkg is null)
    {
        failures.Add($"no {id}.<version>.nupkg");
    }
    if (snupkg is null)
    {
        failures.Add($"no {id}.<version>.snupkg");
    }
    if (nupkg is null)
    {
        continue;
    }

    using var zip = ZipFile.OpenRead(nupkg);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet();
    if (!names.Contains("README.md"))
    {
        failures.Add($"{Path.GetFileName(nupkg)} lacks README.md");
    }

    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var stream = nuspecEntry.Open();
    var nuspec = XDocument.Load(stream);
    XNamespace ns = nuspec.Root!.GetDefaultNamespace();
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    if (metadata.Element(ns + "id")?.Value != id)
    {
        failures.Add($"{Path.GetFileName(nupkg)} has id {metadata.Element(ns + "id")?.Value}, not {id}");
    }
    if (metadata.Element(ns + "license")?.Attribute("type")?.Value != "expression")
    {
        failures.Add($"{id}: nuspec has no SPDX licence expression");
    }
    if (metadata.Element(ns + "readme")?.Value != "README.md")
    {
        failures.Add($"{id}: nuspec names no README");
    }
    var repository = metadata.Element(ns + "repository");
    if (string.IsNullOrEmpty(repository?.Attribute("url")?.Value))
    {
        failures.Add($"{id}: nuspec has no repository URL");
    }
    if (string.IsNullOrEmpty(repository?.Attribute("commit")?.Value))
    {
        failures.Add($"{id}: nuspec has no repository commit (Source Link)");
    }
    if (metadata.Element(ns + "icon")?.Value != "icon.png" || !names.Contains("icon.png"))
    {
        failures.Add($"{id}: no icon.png in the package");
    }
    if (metadata.Element(ns + "releaseNotes")?.Value.Contains("CHANGELOG.md", StringComparison.Ordinal) != true)
    {
        failures.Add($"{id}: release notes do not point at CHANGELOG.md");
    }
    check(zip, names, metadata, ns);
    Console.WriteLine($"{Path.GetFileName(nupkg)}: {names.Count} entries; licence {metadata.Element(ns + "license")?.Value}; repository {repository?.Attribute("url")?.Value} @ {repository?.Attribute("commit")?.Value}");
    if (snupkg is not null)
    {
        Console.WriteLine($"{Path.GetFileName(snupkg)}: present");
    }
}

foreach (var failure in failures)
{
    Console.Error.WriteLine("package check failed: " + failure);
}
return failures.Count == 0 ? 0 : 1;

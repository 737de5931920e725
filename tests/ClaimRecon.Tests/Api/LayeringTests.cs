using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ClaimRecon.Claims;
using ClaimRecon.Notebooks;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using NetArchTest.Rules;
using Xunit;

namespace ClaimRecon.Tests.Api
{
    /// <summary>
    /// The library's namespaces depend on one another in one direction, in the order written in docs/architecture.md: a
    /// namespace may use those before it in <see cref="Order"/>, never one after it. The one exception is the notebook
    /// attribute: a type that carries <see cref="TypeFormatterSourceAttribute"/> names its formatter in Notebooks.
    /// </summary>
    public sealed class LayeringTests
    {
        /// <summary>The namespaces, each after every namespace it uses (docs/architecture.md draws the same order).</summary>
        public static readonly string[] Order =
        {
            "Internal",
            "Ranges", "Sources", "Time",
            "Units", "Hedging",
            "Quantities",
            "Claims", "Arithmetic",
            "Merging", "Serialization", "Extraction",
            "Contradictions", "Reliability",
            "Provenance",
            "Reporting",
            "Notebooks",
            "Articles",
        };

        private static readonly Assembly Library = typeof(Claim).Assembly;

        public static TheoryData<string> Namespaces()
        {
            var data = new TheoryData<string>();
            foreach (var name in Order)
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Namespaces))]
        public void ANamespaceUsesOnlyThoseBeforeIt(string name)
        {
            var later = Order.Skip(Array.IndexOf(Order, name) + 1).Where(n => n != "Notebooks").Select(Qualified).ToArray();
            if (later.Length == 0)
            {
                return;
            }

            var result = Types.InAssembly(Library).That().ResideInNamespace(Qualified(name)).ShouldNot().HaveDependencyOnAny(later).GetResult();

            (result.FailingTypeNames ?? Enumerable.Empty<string>()).Should().BeEmpty(
                "{0} comes before {1} in docs/architecture.md, so it must not use them", name, string.Join(", ", later));
        }

        [Fact]
        public void OnlyTypesWithTheNotebookAttribute_ReachBackToNotebooks()
        {
            var after = Order.Skip(Array.IndexOf(Order, "Notebooks") + 1).Select(Qualified).ToArray();
            var reaching = Types.InAssembly(Library).That().HaveDependencyOn(Qualified("Notebooks"))
                .And().DoNotResideInNamespace(Qualified("Notebooks")).GetTypes()
                .Where(t => !after.Any(a => (t.Namespace ?? string.Empty).StartsWith(a, StringComparison.Ordinal)))
                .ToList();

            reaching.Should().NotBeEmpty("the model types carry the notebook attribute, so the rule is exercised");
            reaching.Where(t => t.GetCustomAttribute<TypeFormatterSourceAttribute>(inherit: false) is null).Select(t => t.FullName)
                .Should().BeEmpty("only the notebook attribute may point from the model back to Notebooks");
        }

        [Fact]
        public void TheCoreModelNeverReferencesNewtonsoft()
        {
            // Internal up to Claims: the model. JSON belongs to Serialization, Provenance and Reporting.
            var core = Order.Take(Array.IndexOf(Order, "Claims") + 1).ToArray();
            var failing = core
                .SelectMany(n => Types.InAssembly(Library).That().ResideInNamespace(Qualified(n)).ShouldNot().HaveDependencyOn("Newtonsoft.Json").GetResult().FailingTypeNames
                    ?? Enumerable.Empty<string>())
                .ToList();

            core.Should().Contain(new[] { "Ranges", "Claims" });
            failing.Should().BeEmpty("the core model never references Newtonsoft.Json");
        }

        [Fact]
        public void EveryNamespaceIsPlacedInTheOrder()
        {
            var placed = new HashSet<string>(Order.Select(Qualified), StringComparer.Ordinal);
            var unplaced = Library.GetTypes()
                .Select(t => t.Namespace)
                .Where(n => n is not null && n.StartsWith("ClaimRecon", StringComparison.Ordinal))
                .Select(n => string.Join(".", n!.Split('.').Take(2)))
                .Where(n => !placed.Contains(n))
                .Distinct()
                .ToList();

            unplaced.Should().BeEmpty("a new namespace needs its place in the layering (docs/architecture.md and Order)");
        }

        [Fact]
        public void TheArchitecturePageShowsTheSameOrder()
        {
            var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "docs", "architecture.md"));
            var positions = Order.Select(n => page.IndexOf("`" + n + "`", StringComparison.Ordinal)).ToList();

            positions.Should().NotContain(-1, "the page names every namespace in backquotes");
            positions.Should().BeInAscendingOrder("the page lists the namespaces in the order the test enforces");
        }

        private static string Qualified(string name) => "ClaimRecon." + name;
    }
}

using System;
using System.Linq;
using System.Reflection;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Api
{
    /// <summary>Reflection checks of design rules the whole public surface must keep: immutability and equality operators.</summary>
    public sealed class DesignRulesTests
    {
        private static readonly Type[] PublicTypes = typeof(Claim).Assembly.GetExportedTypes();

        [Fact]
        public void NoPublicTypeHasASettableProperty()
        {
            var settable = PublicTypes
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(p => p.SetMethod is { IsPublic: true })
                    .Select(p => $"{t.FullName}.{p.Name}"))
                .ToList();

            settable.Should().BeEmpty("model types are immutable; build a new value instead of setting one");
        }

        [Fact]
        public void NoPublicTypeHasAWritableField()
        {
            var writable = PublicTypes
                .Where(t => !t.IsEnum)
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly)
                    .Select(f => $"{t.FullName}.{f.Name}"))
                .ToList();

            writable.Should().BeEmpty("public fields would be shared mutable state");
        }

        [Fact]
        public void EveryPublicClassIsSealedOrStatic()
        {
            var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !typeof(Delegate).IsAssignableFrom(t)).Select(t => t.FullName).ToList();

            open.Should().BeEmpty("unsealed classes would let subclasses break value equality and immutability");
        }

        [Fact]
        public void EveryEquatableValueTypeHasEqualityOperators()
        {
            var missing = PublicTypes
                .Where(t => t.IsValueType && !t.IsEnum && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
                .Where(t => t.GetMethod("op_Equality", new[] { t, t }) is null || t.GetMethod("op_Inequality", new[] { t, t }) is null)
                .Select(t => t.FullName)
                .ToList();

            missing.Should().BeEmpty("a struct that is IEquatable must also offer == and != with the same meaning");
        }

        [Fact]
        public void NoTypeHoldsMutableStaticState()
        {
            var mutable = typeof(Claim).Assembly.GetTypes()
                .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
                .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<'))
                    .Select(f => $"{t.FullName}.{f.Name}"))
                .ToList();

            mutable.Should().BeEmpty("the library keeps no static mutable state");
        }
    }
}

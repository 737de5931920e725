using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Api
{
    /// <summary>
    /// The public surface of the package, as text, must equal the approved snapshot in PublicApi.approved.txt, so every
    /// API change is a deliberate edit of that file. On a mismatch the current surface is written to
    /// PublicApi.received.txt beside it: review the difference and copy it over the approved file if it is intended.
    /// </summary>
    public sealed class PublicApiTests
    {
        [Fact]
        public void PublicApiMatchesTheApprovedSnapshot()
        {
            var received = PublicApiText.Describe(typeof(Claim).Assembly);
            var folder = TestPaths.TestSourceFolder("Api");
            var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
            var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
            var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : string.Empty;
            if (approved != received)
            {
                File.WriteAllText(receivedPath, received);
            }
            else if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            received.Should().Be(approved, "the public API changed; compare {0} with {1} and approve the change deliberately", receivedPath, approvedPath);
        }

        [Fact]
        public void SnapshotListsTypesMembersAndSignatures()
        {
            var text = PublicApiText.Describe(typeof(Claim).Assembly);

            text.Should().Contain("public readonly struct ClaimRecon.Ranges.NumericRange : System.IEquatable<ClaimRecon.Ranges.NumericRange>, System.IFormattable");
            text.Should().Contain("  public ClaimRecon.Ranges.NumericRange Intersect(ClaimRecon.Ranges.NumericRange other)");
            text.Should().Contain("public enum ClaimRecon.Hedging.Hedge");
            text.Should().NotContain("ClaimRecon.Internal", "internal helpers are not part of the public surface");
        }
    }

    /// <summary>Renders an assembly's public and protected surface as sorted, stable text.</summary>
    internal static class PublicApiText
    {
        private static readonly NullabilityInfoContext Nullability = new();

        public static string Describe(Assembly assembly)
        {
            var text = new StringBuilder();
            foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                text.Append(DescribeType(type)).Append('\n');
                foreach (var member in Members(type).OrderBy(m => m, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(member).Append('\n');
                }
            }

            return text.ToString();
        }

        private static string DescribeType(Type type)
        {
            string kind;
            if (type.IsEnum)
            {
                kind = "enum";
            }
            else if (type.IsInterface)
            {
                kind = "interface";
            }
            else if (type.IsValueType)
            {
                kind = type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute") ? "readonly struct" : "struct";
            }
            else if (typeof(Delegate).IsAssignableFrom(type))
            {
                kind = "delegate";
            }
            else
            {
                kind = type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
            }

            var bases = new List<string>();
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            {
                bases.Add(Name(b));
            }

            bases.AddRange(type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
            return $"public {kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
        }

        private static IEnumerable<string> Members(Type type)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (type.IsEnum)
            {
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
                }

                yield break;
            }

            foreach (var member in type.GetMembers(flags))
            {
                switch (member)
                {
                    case ConstructorInfo c when Visible(c):
                        yield return $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c)})";
                        break;
                    case MethodInfo m when Visible(m) && !m.IsSpecialName:
                        yield return $"{Access(m)}{Modifiers(m)}{Name(m.ReturnType)}{Mark(Nullability.Create(m.ReturnParameter))} {m.Name}{Generic(m)}({Parameters(m)})";
                        break;
                    case MethodInfo m when Visible(m) && m.Name.StartsWith("op_", StringComparison.Ordinal):
                        yield return $"{Access(m)}static {Name(m.ReturnType)} {m.Name}({Parameters(m)})";
                        break;
                    case PropertyInfo p:
                        var accessors = new[] { p.GetMethod, p.SetMethod }.Where(a => a is not null && Visible(a)).ToList();
                        if (accessors.Count > 0)
                        {
                            var isStatic = accessors[0]!.IsStatic ? "static " : string.Empty;
                            var parts = string.Join(" ", accessors.Select(a => (a == p.GetMethod ? "get;" : IsInit(a!) ? "init;" : "set;")));
                            var index = p.GetIndexParameters();
                            var name = index.Length == 0 ? p.Name : $"this[{string.Join(", ", index.Select(i => Name(i.ParameterType) + " " + i.Name))}]";
                            yield return $"{Access(accessors[0]!)}{isStatic}{Name(p.PropertyType)}{Mark(Nullability.Create(p))} {name} {{ {parts} }}";
                        }

                        break;
                    case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                        var constant = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
                        yield return $"{(f.IsPublic ? "public " : "protected ")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}{constant}";
                        break;
                    case EventInfo e when e.AddMethod is { } add && Visible(add):
                        yield return $"{Access(add)}event {Name(e.EventHandlerType!)} {e.Name}";
                        break;
                    case Type nested when nested.IsNestedPublic:
                        yield return "nested " + DescribeType(nested);
                        break;
                }
            }
        }

        private static string Mark(NullabilityInfo info) =>
            !info.Type.IsValueType && (info.ReadState == NullabilityState.Nullable || info.WriteState == NullabilityState.Nullable) ? "?" : string.Empty;

        private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

        private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

        private static string Modifiers(MethodInfo m) =>
            m.IsStatic ? "static "
            : m.IsAbstract ? "abstract "
            : m.IsVirtual && !m.IsFinal && m.GetBaseDefinition() == m ? "virtual "
            : m.IsVirtual && m.GetBaseDefinition() != m ? "override "
            : string.Empty;

        private static bool IsInit(MethodInfo setter) =>
            setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit");

        private static string Generic(MethodInfo m) =>
            m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

        private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        {
            var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty;
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            var optional = p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty;
            return $"{prefix}{Name(type)}{Mark(Nullability.Create(p))} {p.Name}{optional}";
        }));

        private static string Literal(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };

        private static string Name(Type type)
        {
            if (type.IsGenericParameter)
            {
                return type.Name;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return Name(underlying) + "?";
            }

            if (type.IsArray)
            {
                return Name(type.GetElementType()!) + "[]";
            }

            if (type.IsGenericType)
            {
                var definition = type.GetGenericTypeDefinition().FullName ?? type.Name;
                var tick = definition.IndexOf('`');
                return (tick < 0 ? definition : definition.Substring(0, tick)) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
            }

            return (type.FullName ?? type.Name).Replace('+', '.');
        }
    }
}

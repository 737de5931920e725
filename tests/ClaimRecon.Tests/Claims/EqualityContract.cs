using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;

namespace ClaimRecon.Tests.Claims
{
    /// <summary>
    /// Checks that a type's equality members agree with each other: <see cref="IEquatable{T}.Equals(T)"/>,
    /// <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/>, and the <c>==</c> and <c>!=</c> operators
    /// when the type declares them (a value type must declare them; for a class without them <c>==</c> is reference
    /// identity, which the contract does not constrain).
    /// </summary>
    public static class EqualityContract
    {
        /// <summary>Asserts that two instances are equal through every equality member, both ways, and share a hash code.</summary>
        /// <typeparam name="T">The type.</typeparam>
        /// <param name="left">One instance.</param>
        /// <param name="right">Another instance that must equal it; for classes, a distinct object.</param>
        public static void AssertEqual<T>(T left, T right)
            where T : IEquatable<T>
        {
            if (!typeof(T).IsValueType)
            {
                ReferenceEquals(left, right).Should().BeFalse("the contract is about two distinct instances of {0}", typeof(T).Name);
            }

            AssertBasics(left);
            AssertBasics(right);
            Verdict(left, right).Should().Be(EqualityVerdict.AllEqual, "{0} and {1} are equal {2}s", left, right, typeof(T).Name);
            Verdict(right, left).Should().Be(EqualityVerdict.AllEqual, "{0} and {1} are equal {2}s (reversed)", right, left, typeof(T).Name);
            left!.GetHashCode().Should().Be(right!.GetHashCode(), "equal {0}s {1} and {2} must share a hash code", typeof(T).Name, left, right);
        }

        /// <summary>Asserts that two instances differ through every equality member, both ways.</summary>
        /// <typeparam name="T">The type.</typeparam>
        /// <param name="left">One instance.</param>
        /// <param name="right">An instance that must differ from it.</param>
        public static void AssertNotEqual<T>(T left, T right)
            where T : IEquatable<T>
        {
            AssertBasics(left);
            AssertBasics(right);
            Verdict(left, right).Should().Be(EqualityVerdict.AllUnequal, "{0} and {1} are different {2}s", left, right, typeof(T).Name);
            Verdict(right, left).Should().Be(EqualityVerdict.AllUnequal, "{0} and {1} are different {2}s (reversed)", right, left, typeof(T).Name);
        }

        /// <summary>
        /// Asserts the contract over every pair of <paramref name="values"/>: all members agree, equality is symmetric, and
        /// equal values share a hash code. Draw the values from a small pool so that equal pairs occur.
        /// </summary>
        /// <typeparam name="T">The type.</typeparam>
        /// <param name="values">The values.</param>
        /// <returns>The number of equal pairs at distinct positions, so a caller can check that the pool produced some.</returns>
        public static int AssertConsistent<T>(IReadOnlyList<T> values)
            where T : IEquatable<T>
        {
            var equalPairs = 0;
            foreach (var value in values)
            {
                AssertBasics(value);
            }

            for (var i = 0; i < values.Count; i++)
            {
                for (var j = i + 1; j < values.Count; j++)
                {
                    var forward = Verdict(values[i], values[j]);
                    forward.Should().BeOneOf(new[] { EqualityVerdict.AllEqual, EqualityVerdict.AllUnequal }, "every equality member must agree on {0} and {1}", values[i], values[j]);
                    Verdict(values[j], values[i]).Should().Be(forward, "equality must be symmetric for {0} and {1}", values[i], values[j]);
                    if (forward == EqualityVerdict.AllEqual)
                    {
                        values[i]!.GetHashCode().Should().Be(values[j]!.GetHashCode(), "equal values {0} and {1} must share a hash code", values[i], values[j]);
                        equalPairs++;
                    }
                }
            }

            return equalPairs;
        }

        /// <summary>Gets a value indicating whether <typeparamref name="T"/> declares <c>==</c> and <c>!=</c> on itself.</summary>
        /// <typeparam name="T">The type.</typeparam>
        /// <returns><see langword="true"/> when both operators are declared.</returns>
        public static bool HasOperators<T>() => Operator<T>("op_Equality") is not null && Operator<T>("op_Inequality") is not null;

        private static void AssertBasics<T>(T value)
            where T : IEquatable<T>
        {
            value!.Equals(value).Should().BeTrue("{0} must equal itself", value);
            value!.Equals((object?)value).Should().BeTrue("{0} must equal itself as an object", value);
            value!.Equals((object?)null).Should().BeFalse("{0} must not equal null", value);
            value!.Equals(new object()).Should().BeFalse("{0} must not equal an object of another type", value);
            value!.GetHashCode().Should().Be(value.GetHashCode(), "the hash code of {0} must be stable", value);
            if (!typeof(T).IsValueType)
            {
                value.Equals(default(T)!).Should().BeFalse("{0} must not equal a null {1}", value, typeof(T).Name);
            }

            if (HasOperators<T>())
            {
                Invoke<T>("op_Equality", value, value).Should().BeTrue("{0} == itself", value);
                Invoke<T>("op_Inequality", value, value).Should().BeFalse("{0} != itself must be false", value);
                if (!typeof(T).IsValueType)
                {
                    Invoke<T>("op_Equality", value, default!).Should().BeFalse("{0} == null must be false", value);
                    Invoke<T>("op_Equality", default!, value).Should().BeFalse("null == {0} must be false", value);
                    Invoke<T>("op_Inequality", value, default!).Should().BeTrue("{0} != null must be true", value);
                    Invoke<T>("op_Equality", default!, default!).Should().BeTrue("null == null must be true for {0}", typeof(T).Name);
                }
            }
            else
            {
                typeof(T).IsValueType.Should().BeFalse("{0} is a value type, so it must declare == and !=", typeof(T).Name);
            }
        }

        /// <summary>Returns what each member says, as flags; <see cref="EqualityVerdict.AllEqual"/> or <see cref="EqualityVerdict.AllUnequal"/> when they agree.</summary>
        private static EqualityVerdict Verdict<T>(T left, T right)
            where T : IEquatable<T>
        {
            var result = EqualityVerdict.None;
            if (left!.Equals(right))
            {
                result |= EqualityVerdict.Equatable;
            }

            if (left.Equals((object?)right))
            {
                result |= EqualityVerdict.ObjectEquals;
            }

            var hasOperators = HasOperators<T>();
            if (hasOperators ? Invoke<T>("op_Equality", left, right) : left.Equals(right))
            {
                result |= EqualityVerdict.EqualOperator;
            }

            if (hasOperators ? !Invoke<T>("op_Inequality", left, right) : left.Equals(right))
            {
                result |= EqualityVerdict.NotNotEqualOperator;
            }

            return result;
        }

        private static MethodInfo? Operator<T>(string name) =>
            typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .FirstOrDefault(m => m.Name == name && m.ReturnType == typeof(bool) && m.GetParameters().Length == 2
                    && m.GetParameters().All(p => p.ParameterType == typeof(T)));

        private static bool Invoke<T>(string name, T left, T right) => (bool)Operator<T>(name)!.Invoke(null, new object?[] { left, right })!;
    }

    /// <summary>Which equality members said "equal".</summary>
    [Flags]
    public enum EqualityVerdict
    {
        /// <summary>None did.</summary>
        None = 0,

        /// <summary><see cref="IEquatable{T}.Equals(T)"/>.</summary>
        Equatable = 1,

        /// <summary><see cref="object.Equals(object)"/>.</summary>
        ObjectEquals = 2,

        /// <summary><c>==</c> (or Equals when the type has no operator).</summary>
        EqualOperator = 4,

        /// <summary><c>!=</c> returned false (or Equals when the type has no operator).</summary>
        NotNotEqualOperator = 8,

        /// <summary>Every member said "equal".</summary>
        AllEqual = Equatable | ObjectEquals | EqualOperator | NotNotEqualOperator,

        /// <summary>Every member said "different".</summary>
        AllUnequal = None,
    }
}

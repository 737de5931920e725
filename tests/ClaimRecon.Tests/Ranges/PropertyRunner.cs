using System;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>
    /// Runs FsCheck properties from ordinary xunit facts: the body asserts (FluentAssertions), and any failure is rethrown
    /// with the counterexample, after shrinking, and the seed to replay it.
    /// </summary>
    public static class PropertyRunner
    {
        /// <summary>The number of cases each property runs unless told otherwise.</summary>
        public const int DefaultCases = 2000;

        /// <summary>Checks <paramref name="body"/> for <paramref name="cases"/> values of <paramref name="arbitrary"/>.</summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="arbitrary">The values, with their shrinker.</param>
        /// <param name="body">Assertions about one value; throws to fail.</param>
        /// <param name="cases">The number of cases.</param>
        public static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> body, int cases = DefaultCases) =>
            Prop.ForAll(arbitrary, body).Check(Config(cases));

        /// <summary>Checks <paramref name="body"/> for <paramref name="cases"/> values of <paramref name="generator"/> (no shrinking).</summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="generator">The values.</param>
        /// <param name="body">Assertions about one value; throws to fail.</param>
        /// <param name="cases">The number of cases.</param>
        public static void ForAll<T>(Gen<T> generator, Action<T> body, int cases = DefaultCases) =>
            ForAll(generator.ToArbitrary(), body, cases);

        /// <summary>Checks <paramref name="body"/> for <paramref name="cases"/> pairs of values.</summary>
        /// <typeparam name="T1">The first value type.</typeparam>
        /// <typeparam name="T2">The second value type.</typeparam>
        /// <param name="first">The first values.</param>
        /// <param name="second">The second values.</param>
        /// <param name="body">Assertions about one pair; throws to fail.</param>
        /// <param name="cases">The number of cases.</param>
        public static void ForAll<T1, T2>(Arbitrary<T1> first, Arbitrary<T2> second, Action<T1, T2> body, int cases = DefaultCases) =>
            Prop.ForAll(first, second, body).Check(Config(cases));

        /// <summary>Checks <paramref name="body"/> for <paramref name="cases"/> triples of values.</summary>
        /// <typeparam name="T1">The first value type.</typeparam>
        /// <typeparam name="T2">The second value type.</typeparam>
        /// <typeparam name="T3">The third value type.</typeparam>
        /// <param name="first">The first values.</param>
        /// <param name="second">The second values.</param>
        /// <param name="third">The third values.</param>
        /// <param name="body">Assertions about one triple; throws to fail.</param>
        /// <param name="cases">The number of cases.</param>
        public static void ForAll<T1, T2, T3>(
            Arbitrary<T1> first, Arbitrary<T2> second, Arbitrary<T3> third, Action<T1, T2, T3> body, int cases = DefaultCases) =>
            Prop.ForAll(first, second, third, body).Check(Config(cases));

        private static Config Config(int cases) =>
            FsCheck.Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
    }
}

using System;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Hedging
{
    /// <summary>Turns hedged figures into ranges: how wide "about", "nearly" and a bare figure are read.</summary>
    /// <remarks>
    /// <para>Tolerances are relative to the figure: with <see cref="ApproximateTolerance"/> = 0.1, "about 2,000,000" is
    /// [1,800,000, 2,200,000]; with <see cref="NearlyTolerance"/> = 0.1, "nearly 7,000" is [6,300, 7,000), which never
    /// reaches 7,000. The full mapping is on <see cref="Hedge"/>.</para>
    /// <para>A policy is identified by its <see cref="Name"/>; every claim records the policy that produced its range, so
    /// a change of policy is visible in the data. Equality compares the name and the three tolerances.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class InterpretationPolicy : IEquatable<InterpretationPolicy>
    {
        /// <summary>The name of <see cref="Default"/>.</summary>
        public const string DefaultName = "default";

        /// <summary>Creates a policy.</summary>
        /// <param name="name">A short identifier, recorded with every claim interpreted under it.</param>
        /// <param name="approximateTolerance">Relative half-width for "about", "approximately", "roughly"; in [0, 1].</param>
        /// <param name="nearlyTolerance">Relative width below the figure for "nearly", "almost"; in (0, 1].</param>
        /// <param name="bareFigureTolerance">Relative half-width given to a figure with no hedge; in [0, 1]; 0 reads "7,000" as exactly 7,000.</param>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A tolerance is outside its interval.</exception>
        public InterpretationPolicy(string name, decimal approximateTolerance, decimal nearlyTolerance, decimal bareFigureTolerance)
        {
            Name = Preconditions.NotBlank(name);
            ApproximateTolerance = CheckTolerance(approximateTolerance, nameof(approximateTolerance), allowZero: true);
            NearlyTolerance = CheckTolerance(nearlyTolerance, nameof(nearlyTolerance), allowZero: false);
            BareFigureTolerance = CheckTolerance(bareFigureTolerance, nameof(bareFigureTolerance), allowZero: true);
        }

        /// <summary>Gets the policy used when none is named: about ±10%, nearly up to 10% below, bare figures exact.</summary>
        public static InterpretationPolicy Default { get; } = new(DefaultName, 0.10m, 0.10m, 0m);

        /// <summary>Gets the identifier recorded with each interpreted claim.</summary>
        public string Name { get; }

        /// <summary>Gets the relative half-width for "about", "approximately" and "roughly".</summary>
        public decimal ApproximateTolerance { get; }

        /// <summary>Gets the relative width below the figure for "nearly" and "almost".</summary>
        public decimal NearlyTolerance { get; }

        /// <summary>Gets the relative half-width of a figure stated with no hedge.</summary>
        public decimal BareFigureTolerance { get; }

        /// <summary>Returns the range <paramref name="figure"/> stands for under this policy (see <see cref="Hedge"/> for the mapping).</summary>
        /// <param name="figure">The figure.</param>
        /// <returns>The range; never empty.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
        /// <exception cref="ArgumentException">The figure is "nearly 0" or "almost 0", which names no range below it.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range would reach beyond what a <see cref="decimal"/> holds (about ±7.9e28).</exception>
        public NumericRange Interpret(HedgedFigure figure)
        {
            Preconditions.NotNull(figure);
            try
            {
                return InterpretCore(figure);
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(figure), figure.Value, $"figure \"{figure}\" under policy {Name} reaches beyond what a decimal holds (about \u00B17.9e28).");
            }
        }

        private NumericRange InterpretCore(HedgedFigure figure)
        {
            var x = figure.Value;
            switch (figure.Hedge)
            {
                case Hedge.None:
                    return Around(x, BareFigureTolerance);
                case Hedge.Exactly:
                    return NumericRange.Point(x);
                case Hedge.MoreThan:
                    return NumericRange.GreaterThan(x);
                case Hedge.AtLeast:
                    return NumericRange.AtLeast(x);
                case Hedge.FewerThan:
                    return NumericRange.LessThan(x);
                case Hedge.AtMost:
                case Hedge.UpTo:
                    return NumericRange.AtMost(x);
                case Hedge.Nearly:
                case Hedge.Almost:
                    return Below(figure, NearlyTolerance);
                case Hedge.About:
                case Hedge.Approximately:
                case Hedge.Roughly:
                    return Around(x, ApproximateTolerance);
                case Hedge.Between:
                    return NumericRange.Closed(x, figure.UpperValue!.Value);
                case Hedge.Range:
                case Hedge.Vague:
                    return figure.StatedRange!.Value;
                default:
                    throw new ArgumentOutOfRangeException(nameof(figure), figure.Hedge, $"figure.Hedge = {(int)figure.Hedge} is not a defined Hedge.");
            }
        }

        /// <summary>Returns a copy with another name and approximate tolerance.</summary>
        /// <param name="name">The new policy's name.</param>
        /// <param name="tolerance">The new relative half-width for "about".</param>
        /// <returns>The new policy.</returns>
        public InterpretationPolicy WithApproximateTolerance(string name, decimal tolerance) =>
            new(name, tolerance, NearlyTolerance, BareFigureTolerance);

        /// <summary>Returns a copy with another name and "nearly" tolerance.</summary>
        /// <param name="name">The new policy's name.</param>
        /// <param name="tolerance">The new relative width for "nearly".</param>
        /// <returns>The new policy.</returns>
        public InterpretationPolicy WithNearlyTolerance(string name, decimal tolerance) =>
            new(name, ApproximateTolerance, tolerance, BareFigureTolerance);

        /// <summary>Returns a copy with another name and bare-figure tolerance.</summary>
        /// <param name="name">The new policy's name.</param>
        /// <param name="tolerance">The new relative half-width for bare figures.</param>
        /// <returns>The new policy.</returns>
        public InterpretationPolicy WithBareFigureTolerance(string name, decimal tolerance) =>
            new(name, ApproximateTolerance, NearlyTolerance, tolerance);

        /// <inheritdoc />
        public bool Equals(InterpretationPolicy? other) =>
            other is not null
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && ApproximateTolerance == other.ApproximateTolerance
            && NearlyTolerance == other.NearlyTolerance
            && BareFigureTolerance == other.BareFigureTolerance;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as InterpretationPolicy);

        /// <inheritdoc />
        public override int GetHashCode() =>
            HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Name), ApproximateTolerance.GetHashCode(), NearlyTolerance.GetHashCode(), BareFigureTolerance.GetHashCode());

        /// <summary>Returns "name (about ±t, nearly −t, bare ±t)".</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Name} (about \u00B1{NumberText.Format(ApproximateTolerance)}, nearly \u2212{NumberText.Format(NearlyTolerance)}, bare \u00B1{NumberText.Format(BareFigureTolerance)})";

        /// <summary>"Nearly x" read with a relative width: [x − tolerance·|x|, x) with the lower end rounded down when a decimal cannot hold it exactly, or just below x when that width rounds to nothing.</summary>
        /// <exception cref="ArgumentException">x is 0.</exception>
        /// <exception cref="OverflowException">The lower end lies beyond what a decimal holds.</exception>
        internal static NumericRange Below(HedgedFigure figure, decimal tolerance)
        {
            var x = figure.Value;
            if (x == 0)
            {
                throw new ArgumentException($"\"{HedgeText.ToPhrase(figure.Hedge)} 0\" names no range: nothing lies a little below zero and short of it.", nameof(figure));
            }

            var lower = OutwardRounding.Lower(x, tolerance);
            if (lower == x)
            {
                // The tolerance of a tiny figure (|x| below about 5e-28 / tolerance) rounds to zero in decimal;
                // step down by the smallest decimal instead, so the range still lies just below x and is not [x, x).
                lower = x - 0.0000000000000000000000000001m;
            }

            return new NumericRange(RangeBound.Closed(lower), RangeBound.Open(x));
        }

        /// <summary>"About x" read with a relative half-width: [x − tolerance·|x|, x + tolerance·|x|], the ends rounded outward when a decimal cannot hold them exactly.</summary>
        /// <exception cref="OverflowException">An end lies beyond what a decimal holds.</exception>
        internal static NumericRange Around(decimal x, decimal tolerance)
        {
            return tolerance == 0 || x == 0 ? NumericRange.Point(x) : NumericRange.Closed(OutwardRounding.Lower(x, tolerance), OutwardRounding.Upper(x, tolerance));
        }

        private static decimal CheckTolerance(decimal value, string name, bool allowZero)
        {
            if (value < 0 || value > 1 || (!allowZero && value == 0))
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} must lie in {(allowZero ? "[0, 1]" : "(0, 1]")}; got {NumberText.Format(value)}.");
            }

            return value;
        }
    }
}

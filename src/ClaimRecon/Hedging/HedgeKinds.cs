namespace ClaimRecon.Hedging
{
    /// <summary>Which hedges an <see cref="InterpretationPolicy"/> widens by a tolerance, and by which one.</summary>
    internal static class HedgeKinds
    {
        /// <summary>"about", "approximately", "roughly": widened both ways by the approximate tolerance.</summary>
        public static bool IsApproximate(Hedge hedge) => hedge is Hedge.About or Hedge.Approximately or Hedge.Roughly;

        /// <summary>"nearly", "almost": widened below the figure by the nearly tolerance.</summary>
        public static bool IsNearly(Hedge hedge) => hedge is Hedge.Nearly or Hedge.Almost;

        /// <summary>Whether the range the hedge gives depends on a tolerance (so it reads differently literally and under a policy).</summary>
        public static bool DependsOnTolerance(Hedge hedge) => IsApproximate(hedge) || IsNearly(hedge);
    }
}

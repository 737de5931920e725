namespace ClaimRecon.Articles
{
    /// <summary>A part of a figure's attribution that one rule decides.</summary>
    public enum AttributionPart
    {
        /// <summary>Who gave the figure (the source span and the normalised source). This is the default value.</summary>
        Source = 0,

        /// <summary>The chain from the outlet through cited sources to the organisation spoken for.</summary>
        Chain,

        /// <summary>What the source does with the figure: asserts, estimates, relays or denies.</summary>
        Stance,

        /// <summary>When the figure was said.</summary>
        StatedAt,

        /// <summary>The moment or period the figure describes.</summary>
        Describes,

        /// <summary>What a denial without a figure denies: the reported figure it points at, or the source its words name (<see cref="AttributedDenial"/>).</summary>
        Denied,
    }
}

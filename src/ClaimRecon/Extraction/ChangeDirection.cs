namespace ClaimRecon.Extraction
{
    /// <summary>Whether a mention reports a change, and which way.</summary>
    public enum ChangeDirection
    {
        /// <summary>A value, not a change.</summary>
        None = 0,

        /// <summary>An increase ("rose 20%", "up from 3,000", "climbed from 5 to 7").</summary>
        Up,

        /// <summary>A decrease ("fell 20%", "down from 3,000", "dropped from 7 to 5").</summary>
        Down,
    }
}

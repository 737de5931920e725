using System;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>What part of a quantity's identity a span of the article decided.</summary>
    public enum IdentityRole
    {
        /// <summary>The measured thing: the counted noun phrase ("ISIS prisoners") or the property's owner ("concrete wall").</summary>
        Thing = 0,

        /// <summary>The event or property: transferred, held, cost, length, completed share.</summary>
        Event,

        /// <summary>A qualifier: from X, to X, in X, a nationality.</summary>
        Qualifier,

        /// <summary>A word that decided the quantity kind: a plan ("slated"), a running total ("so far", "have been").</summary>
        Kind,

        /// <summary>What the figure is about when it is not the thing: the subject of its clause (<see cref="MentionIdentity.About"/>).</summary>
        About,
    }

    /// <summary>A span of the article that decided part of a quantity's identity, with the rule that read it.</summary>
    /// <remarks>Offsets are into the article text; <see cref="Start"/> is inclusive, <see cref="Start"/> + <see cref="Length"/> exclusive. Immutable and thread-safe.</remarks>
    public sealed class IdentityCue
    {
        internal IdentityCue(IdentityRole role, int start, string text, string rule)
        {
            Role = role;
            Start = start;
            Text = text;
            Rule = rule;
        }

        /// <summary>Gets what the span decided.</summary>
        public IdentityRole Role { get; }

        /// <summary>Gets the offset of the span's first character in the article.</summary>
        public int Start { get; }

        /// <summary>Gets the number of characters of the span.</summary>
        public int Length => Text.Length;

        /// <summary>Gets the span's text.</summary>
        public string Text { get; }

        /// <summary>Gets the rule that read it, in words ("counted noun after the figure").</summary>
        public string Rule { get; }

        /// <summary>Returns <c>Role "text" at start (rule)</c>.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => FormattableString.Invariant($"{Role} \"{Text}\" at {Start} ({Rule})");
    }
}

using System;

namespace ClaimRecon.Extraction
{
    /// <summary>A number in the text that was deliberately not read as a quantity, with the reason.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed class RejectedNumber
    {
        internal RejectedNumber(int start, int length, string text, RejectionReason reason)
        {
            Start = start;
            Length = length;
            Text = text;
            Reason = reason;
        }

        /// <summary>Gets the offset of the first character of the rejected text.</summary>
        public int Start { get; }

        /// <summary>Gets the number of characters of the rejected text.</summary>
        public int Length { get; }

        /// <summary>Gets the rejected text, such as "Feb. 7" or "24/7".</summary>
        public string Text { get; }

        /// <summary>Gets why it is not a quantity.</summary>
        public RejectionReason Reason { get; }

        /// <summary>Returns the reason and the text, such as <c>Date "Feb. 7" at 231</c>.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => FormattableString.Invariant($"{Reason} \"{Text}\" at {Start}");
    }
}

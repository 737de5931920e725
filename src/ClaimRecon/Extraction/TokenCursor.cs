using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ClaimRecon.Hedging;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// The state one pass over one text shares between its stages: the tokens, what has been read so far (mentions,
    /// rejections and the first token not yet used by either), and the per-token table kept in the tokens themselves
    /// (each word is classified at most once, each token's string is cut at most once). Not thread-safe; one instance
    /// per call.
    /// </summary>
    internal sealed class TokenCursor
    {
        /// <summary>Each ASCII character as a one-character string (a symbol token's text).</summary>
        private static readonly string[] Symbols = BuildSymbols();

        /// <summary>How many rates <see cref="Per"/> keeps: a text has a handful of kinds, and the search stays short.</summary>
        private const int MaxQuotients = 16;

        private readonly long[] _mantissas;

        /// <summary>
        /// The strings cut so far (the first <see cref="_cutCount"/>), rented from the shared pool like the token table; a
        /// token's <see cref="Token.StringSlot"/> is its index here plus one.
        /// </summary>
        private string[] _cut = ArrayPool<string>.Shared.Rent(64);

        private int _cutCount;

        /// <summary>The rates worked out so far (see <see cref="Per"/>), made on the first; at most <see cref="MaxQuotients"/>.</summary>
        private List<(Unit Unit, Unit Denominator, Unit Quotient)>? _quotients;

        public TokenCursor(string text)
        {
            Text = text;
            Tokens = Tokenizer.Tokenize(text, out var count, out _mantissas);
            Count = count;
        }

        /// <summary>
        /// Gives the token table back to the pool it was rented from (see <see cref="Tokenizer.Tokenize"/>). Call it once,
        /// when the pass is over and nothing will read the tokens again; mentions and rejections hold no tokens.
        /// </summary>
        public void Release()
        {
            Tokenizer.Return(Tokens, _mantissas);
            ArrayPool<string>.Shared.Return(_cut, clearArray: true); // cleared: the pool must not keep the text's strings alive
            _cut = Array.Empty<string>();
            _cutCount = 0;
        }

        /// <summary>Gets the text being read.</summary>
        public string Text { get; }

        /// <summary>Gets the tokens (only the first <see cref="Count"/> are used).</summary>
        public Token[] Tokens { get; }

        /// <summary>Gets the number of tokens.</summary>
        public int Count { get; }

        /// <summary>Gets or sets the first token not yet used by a mention or a rejection; no stage reads before it.</summary>
        public int Floor { get; set; }

        /// <summary>Gets or sets the tokens and bound of the last mention read, or null before the first.</summary>
        public PreviousMention? Previous { get; set; }

        /// <summary>Gets the mentions read so far, in text order.</summary>
        public List<NumericMention> Mentions { get; } = new();

        /// <summary>Gets the numbers rejected so far, in text order.</summary>
        public List<RejectedNumber> Rejections { get; } = new();

        /// <summary>The token's text, cut once per token and kept (stages look at tokens near numbers many times).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string Str(int i)
        {
            var slot = Tokens[i].StringSlot;
            return slot != 0 ? _cut[slot - 1] : Cut(i);
        }

        /// <summary>The first cut of token i's text (see <see cref="Str"/>), kept in the token.</summary>
        private string Cut(int i)
        {
            ref var token = ref Tokens[i];

            // A word of the class table spelled as the table spells it already has the table's string (see ClassOf).
            if (token.Kind == TokenKind.Word && token.Class == WordClass.None)
            {
                ClassOf(i);
                if (token.StringSlot != 0)
                {
                    return _cut[token.StringSlot - 1];
                }
            }

            // An ASCII symbol is a string already held.
            var cut = token.Kind == TokenKind.Symbol && Text[token.Start] < Symbols.Length ? Symbols[Text[token.Start]] : Text.Substring(token.Start, token.Length);
            Keep(ref token, cut);
            return cut;
        }

        /// <summary>
        /// The classes of word token i, looked up once per token and kept in the token; a word the table spells the same
        /// way keeps the table's string as its cut string, found by the same look-up.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WordClass ClassOf(int i)
        {
            var known = Tokens[i].Class;
            return known != WordClass.None ? known : Classify(i);
        }

        /// <summary>The first look-up of word token i's classes (see <see cref="ClassOf"/>), kept in the token.</summary>
        private WordClass Classify(int i)
        {
            ref var token = ref Tokens[i];
            var known = token.Class = WordClasses.Of(Text, token.Start, token.Length, out var spelling);
            if (spelling is not null && token.StringSlot == 0)
            {
                Keep(ref token, spelling);
            }

            return known;
        }

        private void Keep(ref Token token, string cut)
        {
            if (_cutCount == Token.MaxStringSlot)
            {
                return;
            }

            if (_cutCount == _cut.Length)
            {
                var grown = ArrayPool<string>.Shared.Rent(Math.Max(64, _cut.Length * 2));
                Array.Copy(_cut, grown, _cutCount);
                ArrayPool<string>.Shared.Return(_cut, clearArray: true);
                _cut = grown;
            }

            _cut[_cutCount++] = cut;
            token.StringSlot = _cutCount;
        }

        private static string[] BuildSymbols()
        {
            var symbols = new string[128];
            for (var c = 0; c < symbols.Length; c++)
            {
                symbols[c] = ((char)c).ToString();
            }

            return symbols;
        }

        /// <summary>The value of number token i.</summary>
        public decimal ValueOf(int i) => Tokens[i].ValueOf(_mantissas[Tokens[i].NumberSlot]);

        /// <summary>The digits of number token i as an integer, its value when the token is a whole number (no fraction, no grouping).</summary>
        public long MantissaOf(int i) => _mantissas[Tokens[i].NumberSlot];

        /// <summary>
        /// <paramref name="unit"/> divided by <paramref name="denominator"/> ("USD" per "d"), worked out once per pass for
        /// each pair of units and kept: a text repeats its rates ("$4 per person per day" in every paragraph), and each
        /// <see cref="Unit.Divide"/> builds a new unit with its symbol. Units are immutable, so mentions may share one.
        /// </summary>
        public Unit Per(Unit unit, Unit denominator)
        {
            var quotients = _quotients ??= new List<(Unit Unit, Unit Denominator, Unit Quotient)>();
            foreach (var known in quotients)
            {
                if (ReferenceEquals(known.Unit, unit) && ReferenceEquals(known.Denominator, denominator))
                {
                    return known.Quotient;
                }
            }

            var quotient = unit.Divide(denominator);
            if (quotients.Count < MaxQuotients)
            {
                quotients.Add((unit, denominator, quotient));
            }

            return quotient;
        }

        /// <summary>Records tokens first..last as a rejected number and moves the floor past them.</summary>
        public void Reject(int first, int last, RejectionReason reason)
        {
            var start = Tokens[first].Start;
            var length = Tokens[last].End - start;
            Rejections.Add(new RejectedNumber(start, length, Text.Substring(start, length), reason));
            Floor = last + 1;
        }
    }

    /// <summary>The tokens of a mention already read and the bound written before it ("more than"), for a restatement after it.</summary>
    internal readonly struct PreviousMention
    {
        public PreviousMention(int first, int last, Hedge hedge, string? hedgeText)
        {
            First = first;
            Last = last;
            Hedge = hedge;
            HedgeText = hedgeText;
        }

        public int First { get; }

        public int Last { get; }

        public Hedge Hedge { get; }

        public string? HedgeText { get; }
    }
}

using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Strict JSON (RFC 8259) read one token at a time from a UTF-8 stream through a bounded buffer, with
    /// <see cref="Utf8JsonReader"/>: no comments, single quotes, unquoted names, trailing commas or content after the
    /// top-level value. Memory is the buffer, which grows only to hold one token (up to <see cref="MaxTokenBytes"/>).
    /// </summary>
    internal sealed class JsonTokenSource
    {
        /// <summary>The longest single token (a string or number) accepted, in UTF-8 bytes: 16 MiB.</summary>
        public const int MaxTokenBytes = 16 * 1024 * 1024;

        /// <summary>The deepest nesting of objects and arrays accepted (the format itself needs five levels).</summary>
        public const int MaxDepth = 64;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        private Stream _stream;
        private byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private bool _final;
        private bool _begun;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = MaxDepth });
        private string? _text;
        private bool _boolean;

        public JsonTokenSource(Stream stream) => _stream = stream;

        /// <summary>Starts over on another stream (one line of JSON Lines), keeping the buffer.</summary>
        public void Reset(Stream stream)
        {
            _stream = stream;
            _start = 0;
            _end = 0;
            _final = false;
            _begun = false;
            _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth });
            _text = null;
            NotText = false;
            TokenType = JsonTokenType.None;
            Shown = string.Empty;
        }

        /// <summary>Gets the current token's type.</summary>
        public JsonTokenType TokenType { get; private set; }

        /// <summary>Gets the text of the current string, property name or number token (a number's exact JSON text); null for others, and for a string that is not text (see <see cref="NotText"/>).</summary>
        public string? Text => _text;

        /// <summary>Gets a value indicating whether the current string or property name holds an unpaired surrogate escape or bytes that are not UTF-8, so it has no text.</summary>
        public bool NotText { get; private set; }

        /// <summary>Gets the current token's value when it is <c>true</c> or <c>false</c>.</summary>
        public bool Boolean => _boolean;

        /// <summary>Gets the current token's raw JSON, shortened, for problems that name a value.</summary>
        public string Shown { get; private set; } = string.Empty;

        /// <summary>Reads the next token.</summary>
        /// <returns>False at the end of the input.</returns>
        /// <exception cref="JsonException">The input is not strict JSON, nests deeper than <see cref="MaxDepth"/>, or a token exceeds <see cref="MaxTokenBytes"/>.</exception>
        public bool Read()
        {
            if (!_begun)
            {
                _begun = true;
                Fill();
                if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
                {
                    _start += 3;
                }
            }

            while (true)
            {
                var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
                if (reader.Read())
                {
                    Capture(ref reader);
                    _start += (int)reader.BytesConsumed;
                    _state = reader.CurrentState;
                    return true;
                }

                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                if (_final)
                {
                    return false;
                }

                Fill();
            }
        }

        /// <summary>Skips the current value: a scalar, or an object or array with everything in it.</summary>
        public void Skip()
        {
            if (TokenType == JsonTokenType.PropertyName)
            {
                Read();
            }

            if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            var depth = 1;
            while (depth > 0 && Read())
            {
                if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    depth++;
                }
                else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    depth--;
                }
            }
        }

        /// <summary>A short excerpt of the input at the current position, for a malformed-JSON problem.</summary>
        public string Excerpt()
        {
            var length = Math.Min(40, _end - _start);
            var text = Encoding.UTF8.GetString(_buffer, _start, Math.Max(0, length));
            return ProblemText.Quote(text.Length == 0 ? "(end of input)" : text);
        }

        private void Capture(ref Utf8JsonReader reader)
        {
            TokenType = reader.TokenType;
            _text = null;
            NotText = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                case JsonTokenType.PropertyName:
                    try
                    {
                        // Raw bytes are checked strictly first: a byte that is not UTF-8 is a problem, never U+FFFD.
                        var raw = reader.ValueSpan.ToArray();
                        _text = reader.ValueIsEscaped ? (StrictUtf8.GetCharCount(raw) >= 0 ? reader.GetString() : null) : StrictUtf8.GetString(raw);
                        Shown = ProblemText.Quote(_text!);
                    }
                    catch (Exception e) when (e is InvalidOperationException or DecoderFallbackException)
                    {
                        NotText = true;
                        Shown = ProblemText.Quote(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                    }

                    break;
                case JsonTokenType.Number:
                    _text = StrictUtf8.GetString(reader.ValueSpan.ToArray());
                    Shown = ProblemText.Shorten(_text);
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    _boolean = reader.TokenType == JsonTokenType.True;
                    Shown = _boolean ? "true" : "false";
                    break;
                case JsonTokenType.Null:
                    Shown = "null";
                    break;
                case JsonTokenType.StartObject:
                    Shown = "{...}";
                    break;
                case JsonTokenType.StartArray:
                    Shown = "[...]";
                    break;
                default:
                    Shown = string.Empty;
                    break;
            }
        }

        /// <summary>Moves unread bytes to the front, grows the buffer if one token fills it, and reads more.</summary>
        private void Fill()
        {
            var unread = _end - _start;
            if (unread == _buffer.Length)
            {
                if (_buffer.Length >= MaxTokenBytes)
                {
                    throw new JsonException($"a single token is longer than {MaxTokenBytes / (1024 * 1024)} MiB, the most this reader accepts");
                }

                Array.Resize(ref _buffer, Math.Min(MaxTokenBytes, _buffer.Length * 2));
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            }

            _start = 0;
            _end = unread;
            while (_end < _buffer.Length)
            {
                var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    _final = true;
                    return;
                }

                _end += read;
            }
        }
    }
}

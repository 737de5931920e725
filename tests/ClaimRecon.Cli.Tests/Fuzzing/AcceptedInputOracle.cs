using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>
    /// Nothing accepted is silently changed: an accepted JSON file is valid UTF-8, holds only numbers a decimal
    /// represents exactly, and every number and free-text string it holds is in the claim set (as written back).
    /// </summary>
    internal static class AcceptedInputOracle
    {
        /// <summary>Fields whose strings the reader canonicalises by design (keys, units, names of enums, times, numbers as text).</summary>
        private static readonly HashSet<string> Canonicalised = new(StringComparer.Ordinal)
        {
            "unit", "key", "quantity", "kind", "domain", "hedge", "stance", "policy", "statedAt", "describes", "value", "upperValue",
            "lower", "upper", "approximateTolerance", "nearlyTolerance", "bareFigureTolerance", "start", "end", "label", "cites", "speaksFor",
        };

        public static string? Check(byte[] input, ClaimSet set)
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input);
            }
            catch (DecoderFallbackException)
            {
                return "accepted a file that is not UTF-8";
            }

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            var written = ClaimJson.Write(set);
            var (inNumbers, inStrings) = Values(text);
            var (outNumbers, outStrings) = Values(written);
            foreach (var number in inNumbers)
            {
                if (Exact(number) is not decimal value)
                {
                    return $"accepted {number}, which a decimal does not hold exactly";
                }

                if (!outNumbers.Any(n => Exact(n) == value))
                {
                    return $"accepted {number} but it is not in the claim set";
                }
            }

            foreach (var s in inStrings)
            {
                if (!outStrings.Contains(s))
                {
                    return $"accepted the string {JsonSerializer.Serialize(s.Length > 60 ? s.Substring(0, 60) : s)} but the claim set does not hold it";
                }
            }

            return null;
        }

        /// <summary>The exact value of a JSON number's text, or null when a decimal cannot hold it exactly (an oracle of our own, not decimal.Parse).</summary>
        public static decimal? Exact(string number)
        {
            var negative = number.StartsWith('-');
            var body = negative ? number.Substring(1) : number;
            var e = body.IndexOfAny(new[] { 'e', 'E' });
            var exponent = 0L;
            if (e >= 0)
            {
                if (!long.TryParse(body.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
                {
                    return null;
                }

                body = body.Substring(0, e);
            }

            var dot = body.IndexOf('.');
            var digits = dot < 0 ? body : body.Remove(dot, 1);
            exponent -= dot < 0 ? 0 : body.Length - dot - 1;
            var mantissa = BigInteger.Parse("0" + digits, CultureInfo.InvariantCulture);
            if (mantissa.IsZero)
            {
                return 0m;
            }

            while (mantissa % 10 == 0)
            {
                mantissa /= 10;
                exponent++;
            }

            var max = new BigInteger(decimal.MaxValue);
            if (exponent > 28 || exponent < -28)
            {
                return null;
            }

            if (exponent >= 0)
            {
                var whole = mantissa * BigInteger.Pow(10, (int)exponent);
                return whole > max ? null : (negative ? -(decimal)whole : (decimal)whole);
            }

            if (mantissa > max)
            {
                return null;
            }

            var value = new decimal(unchecked((int)(uint)(mantissa & uint.MaxValue)), unchecked((int)(uint)((mantissa >> 32) & uint.MaxValue)), unchecked((int)(uint)(mantissa >> 64)), negative, (byte)-exponent);
            return value;
        }

        private static (List<string> Numbers, HashSet<string> Strings) Values(string json)
        {
            var numbers = new List<string>();
            var strings = new HashSet<string>(StringComparer.Ordinal);
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 1000 });
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        continue;
                    case JsonTokenType.Number:
                        if (property is not ("schemaVersion"))
                        {
                            numbers.Add(Encoding.UTF8.GetString(reader.ValueSpan));
                        }

                        break;
                    case JsonTokenType.String:
                        if (property is null || !Canonicalised.Contains(property))
                        {
                            strings.Add(reader.GetString()!);
                        }

                        break;
                }
            }

            return (numbers, strings);
        }
    }
}

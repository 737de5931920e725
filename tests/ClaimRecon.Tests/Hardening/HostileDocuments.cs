using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;

namespace ClaimRecon.Tests.Hardening
{
    /// <summary>Small claim documents written by hand for the hardening tests: one quantity, one claim per figure.</summary>
    internal static class HostileDocuments
    {
        /// <summary>A document with one quantity in <paramref name="unit"/> and one bare claim per figure, each from its own origin.</summary>
        public static string Figures(string unit, params string[] figures) => Document(unit, "a", figures.Select(f => $"{{\"hedge\":\"none\",\"value\":{f}}}").ToArray());

        /// <summary>A document whose claims carry the given figure objects (JSON text); sources are named by <paramref name="sourceName"/>.</summary>
        public static string Document(string unit, string sourceName, params string[] figures)
        {
            var json = new StringBuilder();
            json.Append("{\"schemaVersion\":1,\"sources\":[");
            for (var i = 0; i < figures.Length; i++)
            {
                json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"s{i}\",\"name\":{Quote(sourceName + i)},\"kind\":\"newsOutlet\"}}");
            }

            json.Append("],\"quantities\":[{\"key\":\"story/held\",\"unit\":").Append(Quote(unit)).Append(",\"kind\":\"level\",\"domain\":\"real\"}],\"claims\":[");
            for (var i = 0; i < figures.Length; i++)
            {
                json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"quantity\":\"story/held\",\"figure\":{figures[i]},\"stance\":\"asserts\",\"attribution\":[\"s{i}\"],\"statedAt\":\"2026-03-01\"}}");
            }

            return json.Append("]}").ToString();
        }

        /// <summary>Reads a document that must be valid.</summary>
        public static ClaimSet ReadValid(string json)
        {
            var result = ClaimJson.Read(json);
            result.Problems.Should().BeEmpty();
            return result.Value!;
        }

        /// <summary>A JSON string literal (the writer's own escaping is not used, so the tests do not lean on the code under test).</summary>
        public static string Quote(string text)
        {
            var s = new StringBuilder("\"");
            foreach (var c in text)
            {
                s.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ when c < 0x20 || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            return s.Append('"').ToString();
        }
    }
}

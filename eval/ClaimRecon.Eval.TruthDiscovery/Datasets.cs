using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Eval.TruthDiscovery
{
    /// <summary>A dataset turned into claims, with its gold values and every input that could not be used.</summary>
    internal sealed class LoadedData
    {
        public List<Claim> Claims { get; } = new();

        public Dictionary<QuantityKey, decimal> Gold { get; } = new();

        /// <summary>Problems by kind ("malformed year tag \"Population0031\"") with their counts; nothing is dropped silently.</summary>
        public SortedDictionary<string, int> Problems { get; } = new(StringComparer.Ordinal);

        public int Rows { get; set; }

        public void Problem(string what) => Problems[what] = Problems.TryGetValue(what, out var n) ? n + 1 : 1;
    }

    /// <summary>Readers for the two datasets in ../shared/datasets (formats described in their READMEs).</summary>
    internal static class Datasets
    {
        private static readonly Regex YearTag = new(@"^Population/?(\d{4})$", RegexOptions.CultureInvariant);
        private static readonly Regex Time = new(@"(\d{1,2}):(\d{2})\s*([AaPp][Mm])?", RegexOptions.CultureInvariant);

        /// <summary>The three airlines that also provide the gold values; left out of the inputs.</summary>
        public static readonly string[] GoldProviders = { "aa", "ua", "CO" };

        /// <summary>The four time attributes of a flight (claim column, gold column).</summary>
        public static readonly (string Name, int ClaimColumn, int GoldColumn)[] FlightTimes =
        {
            ("scheduled-departure", 2, 1), ("actual-departure", 3, 2), ("scheduled-arrival", 5, 4), ("actual-arrival", 6, 5),
        };

        public static LoadedData Population(string folder)
        {
            var data = new LoadedData();
            var row = 0;
            foreach (var line in File.ReadLines(Path.Combine(folder, "claims.csv"), Encoding.UTF8).Skip(1))
            {
                row++;
                data.Rows++;
                var f = SplitCsv(line);
                if (f.Count != 5)
                {
                    data.Problem($"claims.csv row with {f.Count} fields instead of 5");
                    continue;
                }

                var key = PopulationKey(f[0], f[1], data);
                if (key is null)
                {
                    continue;
                }

                if (!decimal.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    data.Problem($"value that is not an integer: \"{f[2]}\"");
                    continue;
                }

                try
                {
                    data.Claims.Add(new Claim(
                        "pop-" + row.ToString(CultureInfo.InvariantCulture), key, HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(f[3]), Stance.Asserts));
                }
                catch (ArgumentException e)
                {
                    data.Problem("claim refused by ClaimRecon: " + e.Message.Split('\n')[0]);
                }
            }

            foreach (var line in File.ReadLines(Path.Combine(folder, "truth.csv"), Encoding.UTF8).Skip(1))
            {
                var f = SplitCsv(line);
                var key = f.Count == 3 ? PopulationKey(f[0], f[1], data) : null;
                if (key is not null && decimal.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    data.Gold[key] = value;
                }
                else
                {
                    data.Problem("unusable gold row: " + line);
                }
            }

            return data;
        }

        private static QuantityKey? PopulationKey(string city, string tag, LoadedData data)
        {
            var m = YearTag.Match(tag);
            if (!m.Success || m.Groups[1].Value[0] is not ('1' or '2'))
            {
                data.Problem($"malformed year tag \"{tag}\"");
                return null;
            }

            if (city.Trim().Length == 0)
            {
                data.Problem("blank city name");
                return null;
            }

            // A key part may not contain '/'; no city name in the data does, but say so if one ever does.
            if (city.Contains('/'))
            {
                data.Problem($"city name with '/': \"{city}\"");
                return null;
            }

            return new QuantityKey(city, "population-" + m.Groups[1].Value);
        }

        private static List<string> SplitCsv(string line)
        {
            var fields = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        current.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            fields.Add(current.ToString());
            return fields;
        }

        /// <summary>Flight claims of the given days from one folder, without the gold providers, and the gold values of those days.</summary>
        public static LoadedData FlightDays(string folder, string subfolder, IEnumerable<string> days)
        {
            var data = new LoadedData();
            foreach (var day in days)
            {
                FlightDay(folder, subfolder, day, data);
            }

            return data;
        }

        private static void FlightDay(string folder, string subfolder, string day, LoadedData data)
        {
            var latin1 = Encoding.Latin1;
            var row = 0;
            foreach (var line in File.ReadLines(Path.Combine(folder, subfolder, day + ".txt"), latin1))
            {
                row++;
                data.Rows++;
                var f = line.Split('\t');
                if (f.Length < 8)
                {
                    data.Problem($"claim row with {f.Length} columns instead of 8");
                    continue;
                }

                var source = f[0].Trim();
                if (GoldProviders.Contains(source, StringComparer.Ordinal))
                {
                    data.Problem("row from a gold-providing airline (aa, ua, CO), left out by design");
                    continue;
                }

                foreach (var (name, column, _) in FlightTimes)
                {
                    var cell = f[column].Trim();
                    if (cell.Length == 0)
                    {
                        continue;
                    }

                    var minutes = Minutes(cell);
                    if (minutes is null)
                    {
                        data.Problem($"time cell that is not a time: \"{(cell.Length > 30 ? cell.Substring(0, 30) + "…" : cell)}\"");
                        continue;
                    }

                    try
                    {
                        data.Claims.Add(new Claim(
                            $"{day}-{row}-{name}", FlightKey(day, f[1].Trim(), name), HedgedFigure.Of(Hedge.None, minutes.Value), AttributionChain.Direct(source), Stance.Asserts));
                    }
                    catch (ArgumentException e)
                    {
                        data.Problem("claim refused by ClaimRecon: " + e.Message.Split('\n')[0]);
                    }
                }
            }

            foreach (var line in File.ReadLines(Path.Combine(folder, "truth", day + ".txt"), latin1))
            {
                var f = line.Split('\t');
                if (f.Length < 7)
                {
                    data.Problem("gold row with fewer than 7 columns");
                    continue;
                }

                foreach (var (name, _, column) in FlightTimes)
                {
                    var minutes = Minutes(f[column].Trim());
                    if (minutes is null)
                    {
                        data.Problem($"gold time that is not a time: \"{f[column].Trim()}\"");
                        continue;
                    }

                    data.Gold[FlightKey(day, f[0].Trim(), name)] = minutes.Value;
                }
            }
        }

        public static QuantityKey FlightKey(string day, string flight, string attribute) => new(day + " " + flight, attribute);

        /// <summary>Minutes past midnight of the first h:mm in the cell, AM/PM applied, date and zone ignored (the README's naive reading).</summary>
        private static int? Minutes(string cell)
        {
            var m = Time.Match(cell);
            if (!m.Success)
            {
                return null;
            }

            var h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (m.Groups[3].Success)
            {
                h = (h % 12) + (char.ToUpperInvariant(m.Groups[3].Value[0]) == 'P' ? 12 : 0);
            }

            return h > 23 || minute > 59 ? null : (h * 60) + minute;
        }
    }
}

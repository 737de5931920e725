using System;
using System.Collections.Generic;

namespace ClaimRecon.Units
{
    /// <summary>A named unit with one base dimension and a factor (or factor range) to that dimension's coherent unit.</summary>
    internal sealed class AtomicUnit : IEquatable<AtomicUnit>
    {
        private const decimal SecondsPerDay = 86400m;

        /// <summary>Gets the currency codes the catalogue knows: ISO 4217's, and XBT for bitcoin.</summary>
        public static IReadOnlyList<string> CurrencyCodes { get; } = new[]
        {
            "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR",
            "IQD", "IRR", "JOD", "JPY", "KRW", "KWD", "LBP", "MXN", "NGN", "NOK", "NZD", "PHP", "PKR", "PLN", "QAR", "RUB", "SAR",
            "SEK", "SGD", "SYP", "THB", "TRY", "TWD", "UAH", "USD", "ZAR",
            "BDT", "CLP", "COP", "CRC", "GEL", "GHS", "KES", "KZT", "LAK", "LKR", "MAD", "MYR", "NPR", "PEN", "RON", "VND", "ESP", "FIM", "NLG",

            // Bitcoin: ISO 4217 assigns it no code; XBT is the one in market use, following ISO's X prefix for currencies of no country.
            "XBT",
        };

        /// <summary>A satoshi, the smallest amount of bitcoin: 10⁻⁸ XBT.</summary>
        private const decimal Satoshi = 0.00000001m;

        private AtomicUnit(string symbol, string baseDimension, decimal factorLow, decimal factorHigh, bool isOpaque)
        {
            Symbol = symbol;
            BaseDimension = baseDimension;
            FactorLow = factorLow;
            FactorHigh = factorHigh;
            IsOpaque = isOpaque;
        }

        public static IComparer<AtomicUnit> BySymbol { get; } = Comparer<AtomicUnit>.Create((a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));

        public string Symbol { get; }

        public string BaseDimension { get; }

        public decimal FactorLow { get; }

        public decimal FactorHigh { get; }

        public bool IsOpaque { get; }

        public static AtomicUnit CreateOpaque(string name) => new("{" + name + "}", "opaque:" + name, 1m, 1m, true);

        public static Dictionary<string, AtomicUnit> BuildCatalogue()
        {
            var catalogue = new Dictionary<string, AtomicUnit>(StringComparer.Ordinal);

            void Add(AtomicUnit unit, params string[] aliases)
            {
                catalogue.Add(unit.Symbol, unit);
                foreach (var alias in aliases)
                {
                    catalogue.Add(alias, unit);
                }
            }

            Add(new AtomicUnit("person", "person", 1m, 1m, false), "persons", "people", "prisoner", "prisoners", "detainee", "detainees");
            Add(new AtomicUnit("%", string.Empty, 0.01m, 0.01m, false), "percent", "per cent");
            Add(new AtomicUnit("pp", "percentage-point", 1m, 1m, false), "percentage point", "percentage points");
            Add(new AtomicUnit("s", "time", 1m, 1m, false), "second", "seconds");
            Add(new AtomicUnit("h", "time", 3600m, 3600m, false), "hour", "hours");
            Add(new AtomicUnit("day", "time", SecondsPerDay, SecondsPerDay, false), "days", "d");
            Add(new AtomicUnit("week", "time", 7 * SecondsPerDay, 7 * SecondsPerDay, false), "weeks");
            Add(new AtomicUnit("month", "time", 28 * SecondsPerDay, 31 * SecondsPerDay, false), "months");
            Add(new AtomicUnit("year", "time", 365 * SecondsPerDay, 366 * SecondsPerDay, false), "years");
            Add(new AtomicUnit("m", "length", 1m, 1m, false), "metre", "metres", "meter", "meters");
            Add(new AtomicUnit("km", "length", 1000m, 1000m, false), "kilometre", "kilometres", "kilometer", "kilometers");
            Add(new AtomicUnit("mi", "length", 1609.344m, 1609.344m, false), "mile", "miles");
            foreach (var code in CurrencyCodes)
            {
                catalogue.Add(code, new AtomicUnit(code, "money:" + code, 1m, 1m, false));
            }

            catalogue.Add("dollar", catalogue["USD"]);
            catalogue.Add("dollars", catalogue["USD"]);
            catalogue.Add("$", catalogue["USD"]);
            catalogue.Add("euro", catalogue["EUR"]);
            catalogue.Add("euros", catalogue["EUR"]);
            catalogue.Add("BTC", catalogue["XBT"]);
            catalogue.Add("bitcoin", catalogue["XBT"]);
            catalogue.Add("bitcoins", catalogue["XBT"]);
            Add(new AtomicUnit("sat", "money:XBT", Satoshi, Satoshi, false), "satoshi", "satoshis");
            return catalogue;
        }

        public bool Equals(AtomicUnit? other) => other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as AtomicUnit);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

        public override string ToString() => Symbol;
    }
}

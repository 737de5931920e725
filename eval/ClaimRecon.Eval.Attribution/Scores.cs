using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ClaimRecon.Eval.Attribution
{
    /// <summary>True positives, gold and predicted counts of one measure, summed over documents.</summary>
    internal sealed class Score
    {
        public int Matched { get; private set; }

        public int Gold { get; private set; }

        public int Predicted { get; private set; }

        public double Precision => Predicted == 0 ? 0 : 100.0 * Matched / Predicted;

        public double Recall => Gold == 0 ? 0 : 100.0 * Matched / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>
        /// Adds one document: gold and predicted relations are paired one to one, in text order, where
        /// <paramref name="match"/> holds (each gold relation takes the first unpaired predicted relation that matches).
        /// </summary>
        public void Add(IReadOnlyList<Relation> gold, IReadOnlyList<Relation> predicted, Func<Relation, Relation, bool> match)
        {
            Gold += gold.Count;
            Predicted += predicted.Count;
            var used = new bool[predicted.Count];
            foreach (var g in gold)
            {
                for (var i = 0; i < predicted.Count; i++)
                {
                    if (!used[i] && match(g, predicted[i]))
                    {
                        used[i] = true;
                        Matched++;
                        break;
                    }
                }
            }
        }

        public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
    }
}

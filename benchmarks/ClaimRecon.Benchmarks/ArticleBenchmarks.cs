using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ClaimRecon.Articles;
using ClaimRecon.Extraction;
using NodaTime;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of <see cref="ArticleReader.Read(Article)"/> (figures, attribution, stance, times) against
    /// <see cref="NumericMentionExtractor.Extract"/> alone on the same text (baseline).
    /// </summary>
    /// <remarks>
    /// <para><b>Input.</b> <see cref="Story"/>: a news report of about 1,000 words with 20 figures, written for this
    /// benchmark (a fictional flood; no corpus or seed sentence), using the cues the reader knows: said, told an outlet,
    /// according to, citing, a quotation with its speaker after it, "he added", a passive, a denial, an estimate.
    /// <see cref="Copies"/> repeats it (16 copies is about 16,000 words) to show the cost growing linearly with the text.</para>
    /// <para><b>Smoke runs.</b> With <see cref="MergeBenchmarks.SmokeVariable"/> set to <c>1</c> only one copy is read.</para>
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(ArticleBenchmarksConfig))]
    public class ArticleBenchmarks
    {
        /// <summary>The report: about 1,000 words, 20 figures, our own text.</summary>
        public const string Story =
            "Flood Official to Valley Courier: 1,400 Homes Under Water in Marren Basin\n" +
            "MARREN - Floodwater from the swollen Tessa river has reached more than 1,400 homes in the Marren basin, a senior official at the regional water authority told the Valley Courier on Sunday, as rescue teams worked through a second night of heavy rain.\n" +
            "The official, who asked not to be named because he was not authorised to speak to the press, said the water had risen faster than any model had predicted and that several villages on the eastern bank were now reachable only by boat. He added that about 300 people had been taken to the sports hall in Lenner, which the town council opened as a shelter on Saturday evening.\n" +
            "According to the regional emergency office, 62 people have been rescued from rooftops and cars since Friday. The office said in a statement that two of them were treated for hypothermia and that no deaths had been reported so far. Its director, Mara Kessling, told reporters at a briefing that the coming days would decide how much of the harvest could be saved.\n" +
            "\u201CWe have never seen the Tessa this high in March. The gauge at the old bridge read 6.4 metres this morning, and we expect it to rise by another half metre before the peak,\u201D Kessling said. \u201CEvery team we have is in the field.\u201D\n" +
            "The figures given by the emergency office differ from those circulating on social media, where posts claimed that as many as 5,000 residents had been forced from their homes. Kessling rejected those claims, saying the true number of people displaced was between 900 and 1,200. She called the higher figure inaccurate and urged residents to rely on official channels for information about evacuation routes.\n" +
            "Farmers in the basin fear heavy losses. The regional farmers' union estimated that nearly 8,000 hectares of winter wheat were under water, and its chairman, Piet Oldani, put the cost of the damage at $14 million. \u201CSome of these fields will not be planted again this year,\u201D Oldani said. He added that many families had already lost part of their income in last year's drought.\n" +
            "The Marren Herald reported on Monday that at least 40 kilometres of roads had been closed, citing the provincial transport department. It was also reported that 3 bridges had been damaged, although the department has not confirmed the number. A department spokesman said engineers would inspect every crossing before it reopened.\n" +
            "Insurers are also counting the cost. Data from the national insurance association show that claims for flood damage in the province reached approximately $22 million by the end of Sunday, a figure the association described as preliminary. The association, which estimates that fewer than 30 percent of households in the basin carry flood cover, said it expected the total to grow as adjusters reached the worst-hit areas.\n" +
            "The provincial government has set aside emergency funds. Its finance minister, Lotte Barisch, announced on Monday that $5 million would be released immediately for shelters, food and clean water, with more to follow once the water recedes. \u201CNo family will be left to face this alone,\u201D Barisch said in the provincial assembly, where members observed a minute of silence for the villages affected.\n" +
            "Volunteers have arrived from neighbouring regions. Organisers said roughly 250 volunteers had registered at the Lenner shelter by Monday afternoon, many of them students, and that they were filling sandbags along the northern embankment. One of the organisers said the response had been overwhelming and that the shelter now needed blankets more than food.\n" +
            "Weather forecasters offered little comfort. The national weather service said up to 80 millimetres of rain could fall on the upper basin over the next two days, and it kept its red warning in place for the Marren and Tessa valleys. Forecasters said the river was unlikely to fall below its banks before the end of the week.\n" +
            "Health officials warned of the risks of standing water. The provincial health office said it had distributed 12,000 water purification tablets and that mobile clinics would visit the shelters daily. Officials urged residents returning to their homes to wear boots and gloves and to avoid contact with floodwater where possible.\n" +
            "Schools across the basin remained closed on Monday. The education department said that 17 schools were shut and that classes would move online where families had internet access. Teachers in Lenner said many pupils had lost books and laptops in the flood, and a local charity has started a collection to replace them.\n" +
            "The flood is the worst in the region since 1998, when the Tessa broke through the embankment at Oster and the town was evacuated for three weeks. Residents who remember that year said the water this time had come faster and with less warning, and several questioned whether the embankments built after 1998 had been properly maintained.\n" +
            "The water authority denied that maintenance had been neglected. In a written answer to the Valley Courier, it said that the embankments had been inspected in October and that the breach near Hollin was caused by the sheer volume of water rather than by any weakness in the structure. It did not say when repairs would begin.\n" +
            "Opposition members of the provincial assembly called for an independent review of flood defences once the emergency is over. The governor said he would support such a review and that the province would ask the national government for help with the cost of rebuilding roads and bridges in the basin.\n";

        private string _text = string.Empty;
        private Article _article = null!;

        /// <summary>Gets or sets how many copies of the story are read as one text.</summary>
        [Params(1, 16)]
        public int Copies { get; set; }

        /// <summary>Builds the text.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var copies = Environment.GetEnvironmentVariable(MergeBenchmarks.SmokeVariable) == "1" ? 1 : Copies;
            _text = string.Concat(Enumerable.Repeat(Story, copies));
            _article = new Article(_text, "Valley Courier", new OffsetDateTime(new LocalDateTime(2026, 3, 16, 18, 0), Offset.FromHours(1)));
        }

        /// <summary>Mention extraction alone (the baseline).</summary>
        /// <returns>The number of mentions.</returns>
        [Benchmark(Baseline = true)]
        public int Extract() => NumericMentionExtractor.Extract(_text, _article.Published.Date).Mentions.Count;

        /// <summary>The article read: extraction, attribution, stance and times.</summary>
        /// <returns>The number of attributed mentions.</returns>
        [Benchmark]
        public int Read() => ArticleReader.Read(_article).Mentions.Count;
    }

    /// <summary>One launch, three warm-ups, fifteen measured iterations; <c>--job dry</c> on the command line replaces it.</summary>
    public sealed class ArticleBenchmarksConfig : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public ArticleBenchmarksConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("Article").AsDefault());
        }
    }
}

using System.Collections.Generic;
using ClaimRecon.Extraction;
using ClaimRecon.Internal;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>Reads what each numeric mention of an article measures (its <see cref="MentionIdentity"/>), by documented rules.</summary>
    /// <remarks>
    /// <para>Per mention, in the sentence it is in (sentences end at '.', '!' or '?' before a capital, not after "Feb."
    /// or "Lt.", and at line breaks):</para>
    /// <list type="number">
    /// <item><description><b>Thing</b>, the first rule that applies: for an area (hectares, acres) right after a verb of
    /// burning, covering or spreading, the verb's subject ("A wildfire north of the town has burned 12,000 hectares",
    /// "the blaze has grown to 15,000 hectares": the fire; not a change amount, "grew by 2,000 hectares"); the counted noun the extractor found; the words
    /// after the figure up to a verb, preposition or punctuation ("5,000 ISIS Prisoners Transferred"); "the number of X"
    /// before it; for money, a cost word before it ("the daily cost of each X"), X being the owner; for a percentage,
    /// "of X" after it or the count in the same sentence ("7,000 ..., with 30 percent holding ..."); for a length, the
    /// noun before "stretching"/"spanning"/"measuring"; "the figure"/"the number" refers back to the last recognised
    /// quantity of the same kind of unit within two sentences. Otherwise the nearest content words before the figure are
    /// kept as a guess and the mention is not recognised (<see cref="MentionIdentity.IsRecognised"/>).</description></item>
    /// <item><description><b>Head</b>: the thing's last word, lemmatised (plural to singular) and mapped through a table
    /// of nouns that mean the same (prisoner, detainee, inmate, captive: detainee; "detained militants": detainee).</description></item>
    /// <item><description><b>Event</b>: the nearest event word within eight words, from a table per kind of unit:
    /// counts (transferred, moved, relocated, received, deported, ... : transfer; held, detained, housed, jailed, ... :
    /// hold), money (cost, spends, budget: cost), percentages (completed, built: completed; "Turkish nationality":
    /// nationality), lengths (stretching, spanning, long: length); an area after a verb of burning, covering or spreading
    /// is an area, whatever the verb. A count of people in custody with no event word is held (a level); a verb that
    /// opens a later clause (", and 2,500 people have been evacuated") is not an earlier figure's predicate. A running cost
    /// ("$1.5 million a day") is the cost of what its clause says it pays for: the subject of "costs" ("fighting the fire
    /// costs"), the noun after "for" or "for each day of", or the subject after "for each day" ("for each day the fire has
    /// burned"); else of the group counted just before it; a cost verb with neither is a plain cost ("has spent $3 million
    /// a week").</description></item>
    /// <item><description><b>Qualifiers</b>: "from X", "to/into X", "in X" with X a capitalised name or a demonym
    /// ("Syrian territory" gives syria), the receiver before "received", and a demonym before "nationality",
    /// "nationals" or "citizens".</description></item>
    /// <item><description><b>Kind</b>: a percentage is a ratio; a unit per period a flow (rate); a plan word (slated,
    /// planned, expected, scheduled, will, "to be", "are being moved") makes a target; a transfer otherwise is a
    /// cumulative count ("have been", "so far", "already" are kept as cues), and so is any count said outright to be so far
    /// ("so far", "thus far", "to date", "already": "So far 1,200 homes have been connected"); anything else is a
    /// level.</description></item>
    /// <item><description><b>Conversions</b>: a figure in parentheses right after another ("2.4 billion shekels ($650
    /// million)", "30 feet (9 metres)") measures what that figure measures, with its event.</description></item>
    /// <item><description><b>About</b> (<see cref="MentionIdentity.About"/>): the thing when it is already a property (a
    /// cost, a change's subject, "X of" the figure, a share's whole, a length's object); otherwise, in a relative clause,
    /// the noun it describes ("Brightwater Foods, which is 30 percent owned by ..."); otherwise the first capitalised
    /// name in the figure's clause ("Since the start of the season Dana Okafor has scored 19 goals"), not counting the
    /// words of an earlier figure ("49.9 Hz"), else the clause's first noun phrase ("the hull strength was measured at
    /// 12 ksi"), else the thing. The figure's clause starts after "while", "but", "because", "if" and the like, and
    /// after "and" only when a subject and a verb follow it ("and the bridge was used by 9,000 trucks"; not "4 metres
    /// and 6 metres", "has 240 beds and employs 95 nurses"); an opening phrase or subordinate clause closed by a comma
    /// ("In the northern district, ...", "If the mill closes, ...") is skipped unless a verb follows the comma (an
    /// aside, "debt, excluding bonds, was ..."). Verbs that a noun phrase reader would take for nouns (a table of common
    /// verbs rarely used as nouns: "boost", "remain", "took", "Get") are never a subject or a name, nor end one, and
    /// numbers before the subject are passed over, but an age stays in it ("A 70 year-old runner might need ...": "70
    /// year-old runner"; "a 50-year-old would save 6%": "50-year-old"); a clause with no subject
    /// before the figure is about the noun phrase after it ("It took a 35 percent stake"). Money after a cost verb is
    /// about what is paid for ("paid $900 for a new boiler", past a figure with its unit: "for a 4.5 kW heat pump"),
    /// else the clause's subject ("The repair will cost $900"); a cost noun stays the property ("The daily cost of each bed is $40"). The subject keeps an "of" phrase written
    /// after it ("The weight of the crate is 40 kg" is about "weight of the crate"), and a phrase after it that says where
    /// it is, what it is in or whom it is for, possibly opened by a participle, when the clause's verb follows that phrase
    /// ("Harbour Bank in Norway plans", "The fuel loaded on the ship was 40 tonnes"; not a time, "on Monday"). Two
    /// things are joined, the one the figure concerns first and the subject that has it after a comma: a figure with a
    /// unit that describes the noun right after it ("The camera has a 12 mm lens": "lens, camera"; not a count, "employed 4,200 workers", nor a size
    /// or time word, "12 miles wide", "5 minutes later"; after "a" and the figure a word that looks like a verb is that
    /// noun, "a 4% rise in fares", "a 20GB plan"), and a property named before "of" the figure with the clause's
    /// subject before it ("The storm brought winds of 90 mph": "winds, storm"; not when the subject is a pronoun, "the
    /// makers claim it offers a range of 300 miles"). A change's subject keeps a number written in its name when that
    /// number is no figure of its own ("The Lakeside 250 Index gained 0.4 percent") and the noun phrase before "of"
    /// that owns it ("Shares of the ferry line fell 3 percent"). A measure followed by "of" and what it measures is
    /// about that and the subject of its clause ("The new tablet has 128 GB of memory": "memory, new tablet"; "Harbour
    /// Mills will cut about 8 percent of its staff": "staff, Harbour Mills"; with a pronoun before the figure, only
    /// what is measured: "It sold 40 percent of the ferry line"), unless the word after "of" is a unit ("millions of
    /// dollars"). A restatement (", or about $2 billion") is about what the figure it restates is about, and a level
    /// whose change subject the reader found inside the change's own figure ("was up 12 cents at $4.10") is about what
    /// that change is about. A change verb read as a noun, with only function words between it and the figure, ends no
    /// subject ("Ferry fares are expected to increase between 2% and 6%"; not "Weekly rent increases fell to 3%"); a
    /// lowercase last word with only hedges between it and the figure is a verb ("The small pumps lift nearly 90
    /// litres"); a name keeps a lowercase description written right before it after a function word ("The self-taught
    /// Lena Park", "The benchmark Harbour 100 Index"), a hyphenated participle among them ("the self-appointed Harbour
    /// Guardians", "the state-owned Harbour Bank": an adjective, not a verb, unless a verb prefix makes it one,
    /// "re-elected"), not a span of time ("the season"); "whilst" opens a clause as
    /// "while" does; an -ing word between the article and a noun is part of the subject ("It will keep the cruising
    /// range at 400 km"). A figure is also about what it applies to, "for X" right after it, its described noun or its
    /// "of" phrase ("a 9% drop for the Harbour Composite"), shared by a list of figures before "for", each taking its own
    /// part with "respectively"; not a time, a number, a pronoun, a purpose in -ing, nor after a figure inside "for". A
    /// change or charge noun the figure describes keeps what it is in or on ("a 4% drop in its quarterly profit"); a
    /// measure reaches its "of" past a conversion in parentheses ("40 tonnes (88,000 lb) of grain"); a lowercase word
    /// ending a subject before an article, or before a particle, a preposition and the figure, is a verb ("Lakeside
    /// broke a record", "flies out at about 900 km/h"), as is a lowercase past form not in "-ed" right after a name
    /// ("Harbour Mills cut prices on 40 lamps": "Harbour Mills"), and so is a present tense in -s after an article and one singular
    /// noun, before "at", "on", "near", "around", "above" or "below" and a figure ("The bond trades at 9 times earnings";
    /// not "the bus fares at $2"); a short capital code before a currency sign ("AU $45") is no
    /// name; a name heading the sentence before a dash owns a subject that names nothing ("Harbour Mills — Shares of
    /// the timber firm rose 2%"), not a dateline in capitals. A list that leaves out its change verb after a change figure
    /// is about the noun before each later figure ("Ferry shares rose 4% and rail shares 2%": "rail shares"; "Lakeside by
    /// 2%"); an object set to the figure, after an article or possessive and before "to" or "at", is about that object and
    /// the subject that has it ("The lender cut its mortgage rate to 4.2 percent": "mortgage rate, lender"; not what the
    /// figure is compared against, "slipped against the euro to 1.15"), also an object changed "from" a range ("The port
    /// lowered its cargo outlook from 4 to 6 per cent to 2 to 3 per cent": "cargo outlook, port"), whose new value, a
    /// figure right after "to", is about the same; a short whole number written right after a single name word, capitalised or with a capital inside, is part of the name ("the Fortune 500", "the base Lumia 11", "the xPad 9"), not after a two-word name, where it
    /// is most often an age ("Dana Okafor 44"); an age bound is about the noun before it ("2 million children under the
    /// age of 5": "children"). The figure's clause also starts after "that" following a verb of saying, thinking or
    /// showing ("Lakeside has estimated that a strike would cost it $80 million": "strike"), and an adjective or noun
    /// ending in -ly ("a disorderly exit", "the family", "quarterly sales") is no adverb. A count of portions, kinds or
    /// containers is about what they are of ("five new seasons of the quiz programme": "quiz programme", "12 kinds of
    /// mould", "3 million bottles of dry cider"; the counted noun stays the thing; not a time, "cases of a year"), and a
    /// noun phrase ends before a word that opens a subordinate clause ("12 times earnings while paying": "earnings";
    /// "although", "whilst", "because", "after", "before", "unless", "once" are never a thing). An -ing noun before a
    /// preposition is a change's subject with its phrase ("Spending on new roads rose 4%", "Borrowing by households fell",
    /// "Government lending to small firms grew 3 percent"), and first in its clause with a preposition after it and no
    /// comma before the figure it is the clause's subject, also after an opening phrase ("In the north, sampling during
    /// the spring came back at 6 ppb": "sampling"; an aside closed by a comma, "excluding one-offs,", is none). A change
    /// verb after "to" and a forecast word before "to" are verbs, not what changed ("Sales are forecast to rise 2%",
    /// "Ticket sales are set to climb to 3 million": "Sales", "Ticket sales"; also the thing). A worth is about what it
    /// is a worth of ("$40 million worth of timber": "timber"), and a time phrase before the figure is no subject ("They
    /// have in the past month filed 14 complaints": "complaints"). A noun phrase before a figure ends at a scale word and
    /// any noun phrase at a preposition such as "against", "despite" or "including" ("40 million euros against 35
    /// million": never "million euros" or "euros against"), though a scale word after a possessive is a noun ("A sailor's
    /// dozen is 14": "sailor's dozen"), as is any word after a possessive but a function word, in the thing too ("The
    /// airline's costs rose 4 per cent", "Fuel is 22 per cent of the airline's costs": "airline's costs", where "costs"
    /// was read as a verb and the thing was "airline's"; not "Harbour's up 4 per cent", where "'s" is "is"). A noun phrase before a figure is read up to four words,
    /// or whole when one or two more plain words reach back to the start of its clause ("The New York Stock Exchange
    /// Composite fell 0.5%": the whole name, where it lost "New"); an -ed word right after a preposition describes the
    /// noun after it ("its range of pickled beets priced at $6 a jar": "pickled beets"); a length word between
    /// an article and "of" names the measure ("The span of the rail bridge is 400 metres": "span of the rail bridge"), not
    /// a verb of length. An earlier value ("up from", "down from", "down from a peak of") and the other side of a
    /// comparison ("versus", "vs", "compared with", "compared to"), in the same kind of unit, are about what the figure
    /// before them in the sentence is about ("The fund keeps 40 per cent of its assets in cash, down from 55 per cent":
    /// "assets, fund"). A figure that only counts its own plural noun (or one thing), with nothing else in its clause to
    /// be about ("We counted 14 herons on the lake"), has no About: the noun is its thing and unit; a singular noun after
    /// a larger number is no count of it ("a 40 megapixel sensor").</description></item>
    /// <item><description><b>Bare counts</b>: "N X among the Y" counts Ys ("thousands of Turkish nationals among the
    /// detainees" counts detainees). A count with no event or kind word of its own takes the event, kind and measure of
    /// the one quantity of the article, read from its own words, that has the same head and unit, a qualifier in common
    /// and none in conflict (a nationality on both or neither); with none or several, it keeps its own
    /// reading.</description></item>
    /// <item><description><b>States and groups</b>: a count said to be without a service ("N without power", "homes
    /// were without electricity", "customers remained without power", "lost power") has the state as its event
    /// ("without-power"; electricity and power are one), over a verb of staying; the homes, households, businesses and
    /// customers a utility serves are counted as its customers (people stay people). A count in a state with no noun of
    /// its own (a headline's "Storm leaves 85,000 without power") counts what the article's other counts of that state
    /// count when they all count one thing, else it is not recognised. "down from a peak of N" (or "up from N") after a
    /// count in its sentence is an earlier value of that count. A participle before the counted noun ("the 150 blocked
    /// roads") is the count's own verb when no other names its event, and a definite group ("the", "its" before the
    /// figure) takes no plan word from after its phrase ("clearing the 150 blocked roads would cost": the roads are
    /// blocked, the cost is the plan). Workers, crews or staff "brought in", "sent in" or "flown in" are the workforce at
    /// work, a level like "650 workers are helping", not a transfer. A guess never reaches back past "but", "although",
    /// "because" or "whereas". "a town of (about) N people" (city, village, county, ...) is the place's population
    /// (measure <c>population</c>). After a leading verb ("were ordered to evacuate") the event is the verb it leads to,
    /// read as its past form would be ("evacuated": a transfer). A count before "and N X" shares that count's verb ("20
    /// homes and 11 sheds have been destroyed"), and a list of places after the noun is passed over ("residents of Ashby
    /// and Brook Vale were"). A guessed thing right before "and was/is/were/are" and the figure is the clause's subject
    /// ("The blaze had burned 5,000 acres by Monday night and was 30% contained": the blaze); "contained" is a completed
    /// share; "firefight" and "firefighting" are of the fire class.</description></item>
    /// <item><description><b>Taking part</b>: a count of the people who took part in a collective action is keyed
    /// <c>took-part</c>, a level of persons: the size of a gathering ("estimated the crowd at 4,500", "put turnout at
    /// 9,000"), participants with no event of their own ("claimed 9,000 marchers"; marchers, protesters, demonstrators,
    /// participants, attendees and strikers are compared as persons), an action that draws its people ("the rally
    /// brought 5,000 people onto the streets", "the vigil drew 1,200"), "walked off the job", "walked out", "went on
    /// strike", "joined the walkout", "gathered", and, in an article that names a strike, walkout or stoppage, "did not
    /// report for work" or "stayed away". "A figure of N" right before its value and "the upper bound" refer back as
    /// "the figure" does. A running cost with no owner in its clause, in an article that names a collective action, is
    /// the cost of the first action it names. A plural count followed by the present of an action's verb ("Tens of thousands
    /// march", "Thousands of teachers strike over pay") took part, "a crowd of N" is the crowd's size whatever verb follows
    /// ("filled the square"), and a count that took part with no noun of its own counts people.</description></item>
    /// <item><description><b>Outbreaks and running totals</b>: a disease before "cases" or after "cases of" is a qualifier
    /// (<c>disease=measles</c>); a count of cases is a running total unless "new", "active", "daily" or the like precede it,
    /// and so is a count "since" a time; "admitted to hospital", "needed hospital treatment", "treated in hospital" and
    /// "hospitalised" are the event <c>hospitalised</c> (a running total; patients are persons); "sent home" is the event
    /// <c>sent-home</c>, no transfer; a trailing participle of "the number of X" is its event ("the number of jobs
    /// cut"), also before a change verb and over it ("The number of people killed in the floods has risen to 12":
    /// people killed; "the number of people who have died"), not a plan word ("slated");
    /// a headline's tally before a verb of reaching ("Outbreak tally passes 250") measures what the first count after it,
    /// in its sentence or the next two, measures. People said to be missing, unaccounted for, homeless or dead after the
    /// count and its auxiliaries ("two more were still missing") are counted by that state (dead as killed), people when
    /// the count has no noun.</description></item>
    /// </list>
    /// <para>Every decision is kept as an <see cref="IdentityCue"/> with its span and rule. The reader holds no state
    /// between calls and is thread-safe; time is linear in the text for a bounded number of mentions per sentence.</para>
    /// </remarks>
    public static class QuantityReader
    {
        /// <summary>Reads the identity of every mention in an extraction result.</summary>
        /// <param name="extraction">The mentions of one article, from <see cref="NumericMentionExtractor.Extract"/>.</param>
        /// <param name="articleId">The article's identifier, used in mention identifiers and unrecognised keys; letters, digits, '-' and '_' are kept.</param>
        /// <returns>One identity per mention, in text order; nothing is dropped.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="extraction"/> is null.</exception>
        /// <exception cref="System.ArgumentException"><paramref name="articleId"/> is blank or contains '/' or '@'.</exception>
        public static IReadOnlyList<MentionIdentity> Read(ExtractionResult extraction, string articleId = "article")
        {
            Preconditions.NotNull(extraction);
            Preconditions.NotBlank(articleId);
            if (articleId.IndexOf('/') >= 0 || articleId.IndexOf('@') >= 0)
            {
                throw new System.ArgumentException($"articleId must not contain '/' or '@'; got \"{articleId}\".", nameof(articleId));
            }

            return MentionReader.Read(extraction, articleId.Trim());
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>Reads the identity of every mention of one article, in text order (see <see cref="QuantityReader"/> for the rules).</summary>
    internal sealed partial class MentionReader
    {
        private const int EventReach = 8;
        private const int PredicateReach = 14;
        private const int QualifierReachLeft = 8;
        private const int QualifierReachRight = 10;

        private readonly string _articleId;
        private readonly string _text;
        private readonly List<Sentence> _sentences;
        private readonly List<(MentionIdentity Identity, int Sentence, UnitClass Class, bool OwnEvent)> _read = new();

        // The heads of the figures read so far that count persons ("detainees" once read as persons, later bare "detainees" are too).
        private readonly HashSet<string?> _personHeads = new();

        private MentionReader(string articleId, string text)
        {
            _articleId = articleId;
            _text = text;
            _sentences = TextParts.Split(text);
        }

        public static IReadOnlyList<MentionIdentity> Read(ExtractionResult extraction, string articleId)
        {
            var reader = new MentionReader(articleId, extraction.Text);
            foreach (var mention in extraction.Mentions)
            {
                reader.ReadOne(mention);
            }

            return reader.ResolveTallies(ResolveStates(reader.ResolveBare()));
        }

        private void ReadOne(NumericMention m)
        {
            var si = SentenceOf(m.Start);
            var s = _sentences[si];
            var words = s.Words;
            var fw = 0;
            while (fw < words.Length && words[fw].End <= m.Start)
            {
                fw++;
            }

            if (words.Length == 0)
            {
                var bare = UnitClasses.Of(m);
                var unitOnly = m.Unit ?? Unit.Opaque("figure");
                Add(new MentionIdentity(_articleId, m, s.Start, s.Text, null, null, null, Array.Empty<string>(), QuantityKind.Level, unitOnly, "value", false, Array.Empty<IdentityCue>()), si, bare, false);
                return;
            }

            fw = Math.Min(fw, words.Length - 1);
            var lw = fw;
            while (lw + 1 < words.Length && words[lw + 1].Start < m.Start + m.Length)
            {
                lw++;
            }

            var cls = UnitClasses.Of(m);
            var cues = new List<IdentityCue>();
            if (EarlierValue(s, fw) && (cls == UnitClass.Count || cls == UnitClass.Other)
                && LastSince(si, r => r.Sentence == si && r.Identity.Mention.Start < m.Start && r.Class is UnitClass.Count or UnitClass.Other && r.Identity.IsRecognised).Identity is { } earlier
                && (m.Unit is null || m.Unit.IsCommensurableWith(earlier.Unit)))
            {
                // "40,000 customers remained without power, down from a peak of 90,000": the count before it, earlier.
                cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, EarlierValueRule + ": " + earlier.Id));
                Add(new MentionIdentity(_articleId, m, s.Start, s.Text, earlier.Thing, earlier.Head, earlier.Event, earlier.Qualifiers, earlier.Kind, earlier.Unit, earlier.Measure, true, cues, earlier.About), si, UnitClass.Count, true);
                return;
            }

            var converted = Converted(m, si);
            var thing = ReadThing(m, s, fw, lw, cls, converted, out var thingFrom, out var thingTo, out var thingRule, out var owner);
            var be = fw - 1 >= 1 && !s.Breaks[fw - 2] && words[fw - 1].Lower is "only" or "just" or "now" or "still" or "already" ? fw - 2 : fw - 1;
            if (thingRule == GuessRule && be >= 1 && words[be].Lower is "was" or "is" or "were" or "are" && words[be - 1].Lower == "and" && !s.Breaks[be - 1]
                && Subject(s, ClauseStart(s, fw), fw, out var subjectFrom, out var subjectTo, out _) && subjectTo < be - 1
                && (!SaysAside(s, subjectTo) || (Subject(s, 0, fw, out subjectFrom, out subjectTo, out _) && subjectTo < be - 1 && !SaysAside(s, subjectTo))))
            {
                // ", officials said on Thursday, and was 15% contained": the speakers of an aside are not the subject; the
                // sentence's first subject is.
                // "The fire had burned 11,500 acres by Wednesday evening and was (only) 15% contained": the sentence's subject.
                thing = Span(words, subjectFrom, subjectTo);
                thingFrom = subjectFrom;
                thingTo = subjectTo;
                thingRule = SharedSubjectRule;
            }

            // "the number of jobs cut at the firm to 3,550": the jobs, and what was done to them.
            var participleAfter = thingRule == NumberOfRule && (cls == UnitClass.Count || cls == UnitClass.Other) && thingTo > thingFrom && IsPast(words[thingTo]) ? thingTo : -1;
            thingTo -= participleAfter >= 0 ? 1 : 0;
            while (participleAfter >= 0 && thingTo > thingFrom && BeforeVerb.Contains(words[thingTo].Lower))
            {
                thingTo--; // "the number of people who have died": the people
            }

            thing = participleAfter >= 0 ? Span(words, thingFrom, thingTo) : thing;

            if (thingRule == GuessRule && (cls == UnitClass.Count || cls == UnitClass.Other) && TallyBefore(s, fw))
            {
                // "Outbreak tally passes 250": resolved once the article is read (ResolveTallies).
                cues.Add(new IdentityCue(IdentityRole.Thing, words[fw - 2].Start, Span(words, fw - 2, fw - 1), TallyRule));
            }

            if (thingRule == GuessRule && cls == UnitClass.Money && LossAt(s, thingFrom, thingTo, fw))
            {
                // "The office estimated the damage at about €240 million": the cost of the damage.
                thingRule = LossAtRule;
            }

            if (thingRule == GuessRule && (cls == UnitClass.Count || cls == UnitClass.Other) && Gathering(s, thingTo, fw))
            {
                // "Police estimated the crowd at 18,000": the size of the gathering, the people who took part.
                thingRule = GatheringRule;
            }

            var actionVerb = cls == UnitClass.Count || cls == UnitClass.Other ? CrowdOrActionVerb(s, m, lw, fw, ref thing, ref thingFrom, ref thingTo, ref thingRule) : -1;

            var elidedState = false;
            if (thing is not null && thingFrom == lw + 1 && words[thingFrom].Lower == "without")
            {
                // "Storm leaves 85,000 without power": the state, not a noun; the count names no noun of its own.
                thing = null;
                thingRule = null;
                thingFrom = thingTo = -1;
                elidedState = true;
            }

            var recognised = (thing is not null && thingRule != GuessRule) || actionVerb >= 0;
            string? head = null;
            if (thing is not null)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[thingFrom].Start, _text.Substring(words[thingFrom].Start, words[thingTo].End - words[thingFrom].Start), thingRule!));
                head = HeadOf(words, thingTo);
                if (AmongGroup(s, thingTo, out var groupFrom, out var groupTo))
                {
                    head = HeadOf(words, groupTo);
                    cues.Add(new IdentityCue(IdentityRole.Thing, words[groupFrom].Start, Span(words, groupFrom, groupTo), "\"among the X\": counted as X"));
                }
            }

            var containment = -1;
            if (cls == UnitClass.Percent && head == "containment" && Fire() is { } fire)
            {
                containment = thingTo;
                // "containment had reached 20%": the share of the fire the article reports that is contained.
                cues.Add(new IdentityCue(IdentityRole.Thing, words[thingTo].Start, words[thingTo].Text, ContainmentRule + ": " + fire.Id));
                thing = fire.Thing;
                head = fire.Head;
                recognised = true;
            }

            if (owner is { } o)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[o.From].Start, _text.Substring(words[o.From].Start, words[o.To].End - words[o.From].Start), "owner of the " + (cls == UnitClass.Percent ? "share" : "cost")));
                head = HeadOf(words, o.To);
            }

            // Anaphora: "the real figure ranges between ..." refers back to the last quantity of the same unit class.
            MentionIdentity? antecedent = null;
            if (!recognised && RefersBack(words, fw))
            {
                antecedent = Antecedent(si, cls);
            }

            var spanEnd = Math.Max(lw, thing is null ? lw : thingTo);
            var eventIndex = FindEvent(s, fw, spanEnd, thingFrom, thingTo, cls, out var @event);
            if (containment >= 0 && @event is null)
            {
                (eventIndex, @event) = (containment, IdentityWords.Completed);
            }

            var ownVerb = false;
            if (cls == UnitClass.Count || cls == UnitClass.Other)
            {
                // The count's own verb decides over a table word farther off ("12 people were killed and 300 were
                // evacuated": 12 were killed); a table's verb keeps its table meaning. A participle after "the number of X"
                // says what was done to them, not the verb of the number ("The number of people killed rose to 12").
                var own = FindOwnVerb(s, fw, spanEnd, out var verb);
                if (own >= 0 && own != eventIndex && thingRule != ChangeRule && participleAfter < 0)
                {
                    eventIndex = own;
                    ownVerb = !IdentityWords.CountEvents.TryGetValue(words[own].Lower, out var tabled) && !(verb is not null && IdentityWords.CountEvents.TryGetValue(verb, out tabled));
                    @event = ownVerb ? verb : tabled;
                }
            }

            if (@event is "burned" or "burnt" && head is not null && Structures.Contains(head))
            {
                // "more than 300 homes had burned": a building that burned is destroyed, as "86 homes were destroyed" says.
                @event = "destroyed";
            }

            if (participleAfter >= 0 && @event is null)
            {
                eventIndex = participleAfter;
                @event = EventOf(words, participleAfter);
                ownVerb = true;
            }

            string? eventRule = null;
            if (!m.IsChangeAmount && IsDeathToll(s, fw, cls, thing is null || thingRule == ChangeRule || thingRule == GuessRule, out var toll))
            {
                // "The death toll from the floods rose to 12", "the toll stands at 12": the people killed (a rise of the toll, "rose by 3", stays a change).
                eventIndex = toll;
                @event = "killed";
                ownVerb = false;
                eventRule = DeathTollRule;
                head = "person";
                recognised = true;
                thing = null;
                thingRule = null;
                antecedent = null; // "the toll" names what it counts; it refers back to no earlier figure
            }
            else if (IsDeathsCount(m, s, cls, thing, thingFrom, thingTo, thingRule, head, @event))
            {
                // "14 deaths", "caused nine deaths", "three fatalities": the people killed, as a death toll counts them.
                eventIndex = thingFrom;
                @event = "killed";
                ownVerb = false;
                eventRule = DeathsRule;
                head = "person";
            }
            else if ((cls == UnitClass.Count || cls == UnitClass.Other) && thingRule != ChangeRule)
            {
                // "85,000 homes were without power", "remained without electricity": the state is the event, over a verb of staying.
                var stateAt = WithoutState(s, lw, spanEnd, out var state);
                stateAt = stateAt >= 0 ? stateAt : PersonState(s, spanEnd, out state);
                if (stateAt >= 0)
                {
                    eventIndex = stateAt;
                    @event = state;
                    ownVerb = false;
                    eventRule = StateRule;
                    if (!state!.StartsWith("without-", StringComparison.Ordinal) && antecedent is null && (thing is null || thingRule == GuessRule))
                    {
                        // "who said two more were still missing": with no noun of their own, the missing are people.
                        head = "person";
                        recognised = true;
                        thing = null;
                    }
                }
                else if (eventIndex < 0 && thing is not null && (thingRule == CountedNounRule || thingRule == "noun after the figure")
                    && ParticipleIn(s, thingFrom, thingTo) is var participle && participle >= 0 && !IdentityWords.CountEvents.ContainsKey(words[participle].Lower))
                {
                    // "the 150 blocked roads" were blocked: keyed like "150 roads were blocked".
                    eventIndex = participle;
                    @event = EventOf(words, participle);
                    ownVerb = true;
                    eventRule = ParticipleRule;
                }
            }

            if ((cls == UnitClass.Count || cls == UnitClass.Other) && thingRule != ChangeRule && eventRule is null && @event != TookPart)
            {
                if (actionVerb >= 0)
                {
                    head ??= "person";
                    @event = TookPart;
                    eventIndex = actionVerb;
                    ownVerb = false;
                    eventRule = ActionVerbRule;
                }
                else if (thingRule == GatheringRule && (@event is null || ownVerb))
                {
                    head = "person";
                    @event = TookPart;
                }
                else if (TookPartIn(s, fw, spanEnd, thingTo, thingRule, eventIndex, @event, out var partAt, out var partRule))
                {
                    // "brought 20,000 people onto the streets", "did not report for work" in a strike, "65,000 marchers".
                    eventIndex = partAt;
                    @event = TookPart;
                    ownVerb = false;
                    eventRule = partRule;
                }
            }

            if ((cls == UnitClass.Count || cls == UnitClass.Other) && thingRule != ChangeRule && eventRule is null && @event != TookPart && HospitalisedAt(s, spanEnd) is var hospitalAt && hospitalAt >= 0)
            {
                // "41 people have been admitted to hospital", "37 patients had needed hospital treatment": one count, the people hospitalised.
                eventIndex = hospitalAt;
                @event = Hospitalised;
                ownVerb = false;
                eventRule = HospitalRule;
                head = head == "patient" ? "person" : head;
            }

            if ((cls == UnitClass.Count || cls == UnitClass.Other) && eventRule is null && PopulationOf(s, fw, out var place))
            {
                // "Dry Creek, a town of about 1,800 people": how many live there, not a count of what happened to them.
                cues.Add(new IdentityCue(IdentityRole.Event, words[place].Start, Span(words, place, fw - 1), PopulationRule));
                @event = "population";
                eventIndex = -1;
                ownVerb = false;
            }

            var deployed = false;
            if (@event == IdentityWords.Transfer && Deployed(s, eventIndex, head))
            {
                // "brought in 600 line workers": the workforce at work, a level like "650 workers are helping".
                cues.Add(new IdentityCue(IdentityRole.Event, words[eventIndex].Start, Span(words, eventIndex, eventIndex + 1), DeployedRule));
                @event = null;
                eventIndex = -1;
                deployed = true;
            }

            var unitNoun = m.CountedNoun is not null && IdentityWords.UnitNouns.Contains(LastWord(m.CountedNoun)) ? LastWord(m.CountedNoun) : null;
            if (thingRule == ChangeRule || (thingRule == RestatedRule && (m.Change != ChangeDirection.None || m.IsChangeAmount || LastSince(si, _ => true).Identity?.Event == IdentityWords.Change)))
            {
                @event = m.IsChangeAmount || thingRule == RestatedRule ? IdentityWords.Change : IdentityWords.Level;
                eventIndex = -1;
            }

            if (thingRule == AreaRule && AreaSubject(m, s, fw, out _, out _, out var areaVerb))
            {
                // "has burned 12,000 hectares" and "has grown to 15,000 hectares" both give the area of what burns.
                @event = IdentityWords.Area;
                eventIndex = areaVerb;
            }

            if (@event is null && (thingRule == RestatedRule || thingRule == ConversionRule))
            {
                @event = LastSince(si, _ => true).Identity?.Event;
            }

            if (@event is null && cls == UnitClass.Money && (thingRule == CostRule || thingRule == LossAtRule))
            {
                @event = IdentityWords.Cost;
            }
            if (@event == IdentityWords.Transfer && SentHome(words, eventIndex))
            {
                // "1,200 pupils had been sent home": sent away, a count of its own, not a transfer to a place.
                @event = "sent-home";
                eventRule = SentHomeRule;
            }

            if (eventIndex >= 1 && @event is not null && @event != TookPart && Negated(words, eventIndex))
            {
                // "1,500 children have not received a first dose": those the event has not reached, not those it moved.
                @event = "not-" + KeyText.Clean(words[eventIndex].Lower);
                eventRule = NegatedRule;
            }

            if (eventIndex >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Event, words[eventIndex].Start, words[eventIndex].Text, eventRule ?? (ownVerb ? "the count's own verb (no event word of the tables near it)" : "event word near the figure")));
            }

            var qualifiers = ReadQualifiers(s, fw, spanEnd, thing is null ? fw : Math.Min(fw, thingFrom), eventIndex, cues);
            if (antecedent is not null)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[Math.Max(0, fw - 1)].Start, words[Math.Max(0, fw - 1)].Text, "\"the figure\" refers back to " + antecedent.Id));
                var ownQualifierRoles = qualifiers.Select(q => q.Substring(0, q.IndexOf('='))).ToList();
                qualifiers.AddRange(antecedent.Qualifiers.Where(q => !ownQualifierRoles.Contains(q.Substring(0, q.IndexOf('=')))));
                thing = antecedent.Thing;
                head = antecedent.Head;
                @event ??= antecedent.Event;
                recognised = antecedent.IsRecognised;
            }

            if (cls == UnitClass.Money && owner is null && antecedent is null)
            {
                head = CostOwner(m, s, si, fw, lw, thingFrom, thingTo, thingRule, head, cues);
            }

            head = StateHead(head, @event);
            if (head is not null && IdentityWords.CustodyAdjectives.Overlaps(Lower(words, thingFrom, thingTo)) && cls == UnitClass.Count)
            {
                head = "detainee";
            }

            if (@event == TookPart && antecedent is null && (thing is null || thingRule == GuessRule) && cls is UnitClass.Count or UnitClass.Other)
            {
                // "the union claimed 1,000 had joined the protest": with no noun of their own, those who took part are people.
                head = "person";
                recognised = true;
                thing = null;
                cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, NoNounPartRule));
            }

            var ownEvent = @event is not null || deployed;
            if ((cls == UnitClass.Count || cls == UnitClass.Other) && @event is null && head == "detainee")
            {
                @event = IdentityWords.Hold;
            }

            var cuesBefore = cues.Count;
            // A definite group ("clearing the 150 blocked roads would cost ...") takes no plan word from after its phrase and event.
            var reachAfter = (cls == UnitClass.Count || cls == UnitClass.Other) && Definite(s, fw) ? 0 : 3;
            var plan = FindCue(words, Math.Min(fw, thing is null ? fw : thingFrom), Math.Max(spanEnd, eventIndex), eventIndex, cues, out var runningTotal, reachAfter);
            ownEvent |= cues.Count > cuesBefore;
            var kind = KindOf(cls, m.Unit, @event, plan);
            if (kind == QuantityKind.Level && cls == UnitClass.Count && runningTotal)
            {
                // "So far 1,200 homes have been connected", "48 claims to date": a count said to be so far is a running total.
                kind = QuantityKind.Cumulative;
            }

            if (kind == QuantityKind.Level && (cls == UnitClass.Count || (cls == UnitClass.Other && m.Unit is null)) && eventIndex >= 0 && IsRunningEvent(@event) && !(eventRule == ParticipleRule && StillIn(s, thingTo)))
            {
                // "At least 90 homes have been destroyed", "86 homes were destroyed", "Eleven people have been killed": what an
                // event that cannot be undone has happened to is a running total, however the tense words it.
                kind = QuantityKind.Cumulative;
                cues.Add(new IdentityCue(IdentityRole.Kind, words[eventIndex].Start, words[eventIndex].Text, RunningEventRule));
            }

            if (kind == QuantityKind.Level && (cls == UnitClass.Count || (cls == UnitClass.Other && m.Unit is null)) && antecedent is { Kind: QuantityKind.Cumulative })
            {
                // "put the number at 140": the figure it refers back to is a running total, and so is this one.
                kind = QuantityKind.Cumulative;
            }
            var unit = m.Unit ?? (m.IsProportion ? Unit.Percent : null) ?? (unitNoun is not null ? Unit.Opaque(IdentityWords.Lemma(unitNoun)) : null) ?? (head is "detainee" or "militant" or "person" or "national" || _personHeads.Contains(head) || @event == TookPart
                ? Unit.Person
                : Unit.Opaque(KeyText.Clean(head ?? "figure")));
            if (cls == UnitClass.Other && m.Unit is null && unit.Equals(Unit.Person))
            {
                cls = UnitClass.Count;
            }

            if (kind == QuantityKind.Level && (cls == UnitClass.Count || (cls == UnitClass.Other && m.Unit is null)) && m.Per.Count == 0 && thingRule != GatheringRule
                && @event != IdentityWords.Change && RunningTotal(s, fw, spanEnd, head, @event, eventIndex, thingFrom, thingTo, cues))
            {
                // "214 confirmed measles cases", "41 people admitted to hospital", "9,000 doses since February 1": running totals.
                kind = QuantityKind.Cumulative;
            }

            if (m.Unit is null && cls == UnitClass.Count && m.Per.Count == 1 && IdentityWords.Periods.Contains(m.Per[0].ToLowerInvariant()))
            {
                // "about 20 new cases a week": a count per period, a flow of its own, never the running count of cases.
                unit = unit.Divide(Extraction.RateReader.DenominatorUnit(m.Per[0]));
                kind = QuantityKind.Flow;
            }

            if (!recognised && @event is not null && cls != UnitClass.Other && !ownVerb)
            {
                recognised = true;
            }

            recognised &= !elidedState;

            var measure = MeasureOf(cls, m.Unit ?? unit, @event, kind, qualifiers, unitNoun);
            if (cls == UnitClass.Count && IsWholeOfPart(s, fw))
            {
                // "23 of the council's 51 seats": 51 is how many there are in all, not how many the part counts.
                measure = measure == "count" ? "total" : measure + "-total";
                cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, "the whole a part before it is of (\"N of the M X\")"));
            }

            measure = MoreMeasure(s, fw, cls, measure, cues);
            var about = antecedent is not null ? antecedent.About : WithHeading(s, fw, WithAppliedTo(m, s, lw, ReadAbout(m, s, fw, lw, thing, thingRule, thingFrom, thingTo, converted, cues), converted, cues), cues);
            var identity = new MentionIdentity(_articleId, m, s.Start, s.Text, thing, head, @event, qualifiers, kind, unit, measure, recognised, cues, about);
            Add(identity, si, cls, ownEvent);
        }
    }
}

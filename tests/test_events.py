"""Events: triggers coded to PLOVER/CAMEO, participants, dates, place, modality and evidence.

Each test builds its own short text and marks its entity mentions by hand (the entity stage is
tested elsewhere), then runs the real events stage over it.
"""

from __future__ import annotations

import re

import pytest
import yaml

from newstables.extract import dates, events
from newstables.extract.model import ACTOR, ORGANISATION, PLACE, Entity, Event, Extraction, Quote
from newstables.extract.text import Analysis

PUBLISHED = "2019-01-28"  # a Monday

PEOPLE = {"Mark Tanner", "Tanner", "Pedro Ruiz", "Ruiz", "Tomás Ibáñez", "Ibáñez", "Maria Lopez"}
ORGS = {"the Castillo government": "government", "the Bolivian military": "military",
        "the army": "military", "the police": "government", "the navy": "military",
        "the Trump administration": "government"}
GROUPS = {"a military unit", "the rebels", "fishermen", "the protesters", "defectors"}
COUNTRIES = {"the US": "USA", "US": "USA", "the United States": "USA", "Brazil": "BRA",
             "Colombia": "COL", "Peru": "PER", "Bolivia": "BOL", "Chile": "CHL"}
CITIES = {"Caracas", "Lima"}


def _entity(name: str) -> Entity:
    if name in PEOPLE:
        return Entity(ACTOR, "person", name.split()[-1] if " " not in name else name)
    if name in ORGS:
        return Entity(ORGANISATION, ORGS[name], name.removeprefix("the "))
    if name in GROUPS:
        return Entity(ACTOR, "group", name, scope="doc")
    if name in COUNTRIES:
        return Entity(PLACE, "country", name.removeprefix("the "), country=COUNTRIES[name])
    return Entity(PLACE, "city", name)


def run(text: str, published: str = PUBLISHED, quotes: list[Quote] | None = None
        ) -> tuple[list[Event], Analysis]:
    """Mark every known name in `text` as a mention, then find the events."""
    analysis = Analysis(text)
    found = Extraction()
    names = sorted(PEOPLE | set(ORGS) | GROUPS | set(COUNTRIES) | CITIES, key=len, reverse=True)
    taken: list[tuple[int, int]] = []
    for name in names:
        pattern = re.escape(name)
        if name[0].islower():  # "the army" also at the start of a sentence
            pattern = f"[{name[0]}{name[0].upper()}]{re.escape(name[1:])}"
        for match in re.finditer(rf"\b{pattern}\b", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            found.add_mention(match.start(), match.end(), _entity(name))
    found.quotes.extend(quotes or [])
    events.find(analysis, found, "doc", published)
    return found.events, analysis


def one(found: list[Event], event_type: str) -> Event:
    hits = [e for e in found if e.event_type == event_type]
    assert len(hits) == 1, [(e.event_type, e.cameo_code) for e in found]
    return hits[0]


def names(event: Event, role: str) -> list[str]:
    return [p.entity.name for p in event.participants if p.role == role]


# ------------------------------------------------------------------ the lexicon is data

def test_lexicon_is_a_documented_data_file_with_valid_codes() -> None:
    text = events.LEXICON.read_text(encoding="utf-8")
    assert text.startswith("# Event lexicon")
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
              "ASSAULT"}
    entries = yaml.safe_load(text)["entries"]
    assert {e["type"] for e in entries} == plover  # every PLOVER family has words
    for entry in entries:
        codes = [entry["cameo"], *(r["cameo"] for r in entry.get("refine", []))]
        assert all(isinstance(c, str) and re.fullmatch(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}", c)
                   for c in codes), entry


def _lexicon_words(key: str) -> list[str]:
    entries = yaml.safe_load(events.LEXICON.read_text(encoding="utf-8"))["entries"]
    return sorted({phrase.split()[0] for e in entries for phrase in e.get(key, [])})


def test_every_verb_of_the_lexicon_has_the_forms_lemminflect_gives() -> None:
    """The lexicon's verbs are inflected by rules and a list of exceptions; each verb's forms
    are LemmInflect's (its first spelling of each form must be there; no form of ours may be
    one LemmInflect does not know), and the participles are its past participles."""
    from lemminflect import getAllInflections

    irregular = yaml.safe_load(events.LEXICON.read_text(encoding="utf-8"))["irregular"]
    data = yaml.safe_load(events.LEXICON.read_text(encoding="utf-8"))
    word_sets = [data["noun_context"]["before"], data["noun_context"]["after"],
                 *(spec for spec in data.values() if isinstance(spec, dict) and "verbs" in spec)]
    verbs = _lexicon_words("verbs") + [v.split()[0] for spec in word_sets
                                       for v in spec.get("verbs", [])]
    assert len(verbs) > 100
    for verb in verbs:
        ours, participles = events._inflect(verb, irregular)
        theirs = getAllInflections(verb, upos="VERB")
        assert theirs, verb  # (a verb LemmInflect does not know is checked by no one)
        every = {form for forms in theirs.values() for form in forms}
        first = {forms[0] for forms in theirs.values()}
        assert first <= ours <= every, (verb, sorted(ours), theirs)
        assert participles == {theirs.get("VBN", theirs["VBD"])[0]}, (verb, theirs)


def test_every_noun_of_the_lexicon_matches_its_plural() -> None:
    """A nominal trigger matches its plural as LemmInflect spells it ("rallies", "clashes",
    "air strikes": the last word of a phrase)."""
    from lemminflect import getAllInflections

    lex = events.lexicon()
    entries = yaml.safe_load(events.LEXICON.read_text(encoding="utf-8"))["entries"]
    checked = 0
    for phrase in sorted({p for e in entries for p in e.get("nouns", [])}):
        *head, last = phrase.split()
        for plural in getAllInflections(last, upos="NOUN").get("NNS", ())[:1]:  # (not "ultimata")
            written = " ".join([*head, plural])
            patterns = lex.by_first.get(written.split()[0], [])
            assert any(events._compiled(p.source).fullmatch(written) for p in patterns), written
            checked += 1
    assert checked > 50


# ------------------------------------------------------------------ families and coding

def test_handcuffing_is_an_arrest_and_turning_down_a_rejection() -> None:
    found, _ = run("Police handcuffed Maria Lopez in Lima. Peru turned down the offer.")
    assert one(found, "COERCE").cameo_code == "173"
    assert one(found, "REJECT").cameo_code == "120"


def test_recognition_needs_someone_recognised() -> None:
    found, _ = run("Brazil recognized Maria Lopez as president. The robots must recognize, "
                   "pick up and carry balls.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("SUPPORT", "054")]


def test_a_wish_or_plan_to_meet_is_an_asserted_intent_to_meet() -> None:
    found, _ = run("Maria Lopez wants to meet with Pedro Castillo. Ana Ruiz could meet with "
                   "Pedro Castillo.")
    by_trigger = {(e.event_type, e.cameo_code, e.modality) for e in found}
    assert ("AGREE", "036", "asserted") in by_trigger  # the wish is stated: it happened
    assert ("CONSULT", "040", "hypothetical") in by_trigger  # "could meet": no intent stated



def test_appeal_to_a_military_for_a_transition_is_request_0241_with_source_and_target() -> None:
    found, _ = run("Tanner also appealed to the Bolivian military to help with a peaceful "
                   "transition of power.")
    event = one(found, "REQUEST")
    assert (event.cameo_code, event.modality) == ("0241", "asserted")
    assert names(event, "source") == ["Tanner"]
    assert names(event, "target") == ["Bolivian military"]


def test_an_appeal_to_recognize_someone_as_interim_president_is_request_0241() -> None:
    found, _ = run("Tanner urged the Bolivian military to recognize Ruiz as interim president.")
    assert one(found, "REQUEST").cameo_code == "0241"


def test_call_on_to_arm_is_appeal_for_military_aid_and_the_content_is_no_event() -> None:
    found, _ = run("The rebels have called on the Trump administration to arm them with weapons.")
    event = one(found, "REQUEST")
    assert event.cameo_code == "0232"
    assert names(event, "source") == ["the rebels"]
    assert names(event, "target") == ["Trump administration"]
    assert len(found) == 1


def test_warning_is_threaten_dated_by_weekday() -> None:
    found, analysis = run("The talks stalled as US envoy Mark Tanner on Sunday "
                          "warned the Castillo government that it faces severe consequences.")
    event = one(found, "THREATEN")
    assert names(event, "source") == ["Mark Tanner"]  # not the modifier "US"
    assert names(event, "target") == ["Castillo government"]
    assert (event.date, event.date_precision, event.date_text) == ("2019-01-27", "day",
                                                                   "on Sunday")
    assert analysis.text[event.trigger_start:event.trigger_end] == "warned"


def test_recognition_in_object_relative_clause_is_support_054() -> None:
    found, _ = run("The talks favoured Ibáñez, whom the US has recognized as head of state.")
    event = one(found, "SUPPORT")
    assert event.cameo_code == "054"
    assert names(event, "source") == ["US"]
    assert names(event, "target") == ["Ibáñez"]


def test_passive_arrest_and_uprising_share_the_opening_date() -> None:
    found, _ = run("On January 21 a military unit was arrested after they rose up against the "
                   "Castillo government.")
    arrest, uprising = one(found, "COERCE"), one(found, "PROTEST")
    assert arrest.cameo_code == "173" and uprising.cameo_code == "145"
    assert names(arrest, "target") == ["a military unit"] and names(arrest, "source") == []
    assert names(uprising, "target") == ["Castillo government"]
    assert arrest.date == uprising.date == "2019-01-21"
    assert arrest.date_precision == "day"


def test_call_for_demonstrations_is_protest_141_dated_this_week() -> None:
    found, _ = run("Ibáñez has called for demonstrations this week.")
    event = one(found, "PROTEST")
    assert event.cameo_code == "141"
    assert names(event, "source") == ["Ibáñez"]
    assert (event.date, event.date_precision) == ("2019-01-28", "week")


def test_defection_and_appeal_dated_by_a_dangling_time_paragraph() -> None:
    text = ("Soldiers are angry.\n\nLast week\n\nColonel Pedro Ruiz broke with the Castillo "
            "government, urging the army to recognize Ibáñez as president.\n")
    found, _ = run(text)
    reject, request = one(found, "REJECT"), one(found, "REQUEST")
    assert reject.cameo_code == "120" and request.cameo_code == "0241"
    assert names(reject, "source") == names(request, "source") == ["Pedro Ruiz"]
    assert names(reject, "target") == ["Castillo government"]
    assert names(request, "target") == ["army"]  # Ibáñez is the content of the appeal
    assert request.modality == "asserted"
    for event in (reject, request):
        assert (event.date, event.date_precision, event.date_text) == (
            "2019-01-21", "week", "Last week")
    assert not [e for e in found if e.event_type == "SUPPORT"]


def test_other_families() -> None:
    cases = {
        "The US criticised Chile over the vote.": ("ACCUSE", "111"),
        "On Friday, fishermen rescued 300 migrants off Lima.": ("AID", "073"),
        "Brazil imposed sanctions on Bolivia.": ("SANCTION", "163"),
        "Colombia deployed troops along the border.": ("MOBILIZE", "154"),
        "The army shelled villages near Caracas.": ("ASSAULT", "194"),
        "Maria Lopez met with Tomás Ibáñez in Lima.": ("CONSULT", "040"),
        "Peru signed an agreement with Chile.": ("AGREE", "057"),
        "Maria Lopez was released on bail.": ("RETREAT", "0841"),
        "The rebels surrendered to the army.": ("CONCEDE", "080"),
        "Chile agreed to cooperate with Peru on intelligence.": ("COOPERATE", "064"),
        "The police detained Maria Lopez.": ("COERCE", "173"),
        "The protesters rejected the offer.": ("REJECT", "120"),
    }
    for text, (event_type, cameo) in cases.items():
        found, _ = run(text)
        assert [(e.event_type, e.cameo_code) for e in found if e.event_type == event_type] == [
            (event_type, cameo)], text


@pytest.mark.parametrize(("text", "coded"), [
    ("The rebels stabbed Maria Lopez in Lima.", ("ASSAULT", "182")),
    ("The rebels murdered Maria Lopez in a bomb attack.", ("ASSAULT", "1823")),
    ("The rebels claimed responsibility for the bombing.", ("ASSAULT", "183")),
    ("The first bomb went off near the army post.", ("ASSAULT", "183")),
    ("Brazil suspended the airline's operating permit.", ("COERCE", "172")),
    ("Peru withdrew from the nuclear agreement with Chile.", ("REJECT", "127")),
    ("Mark Tanner and Pedro Ruiz held crisis talks in Lima.", ("CONSULT", "040")),
    ("The protesters lambasted the Castillo government.", ("ACCUSE", "111")),
    ("The US has been encouraging Brazil to restrict the airline.", ("REQUEST", "020")),
    ("The rebels supported the Castillo government.", ("SUPPORT", "051")),
    ("Maria Lopez was released without charge.", ("RETREAT", "0841")),
    ("The rebels opened fire on the protesters in Lima.", ("ASSAULT", "190")),
    ("The police fired on the protesters in Lima.", ("ASSAULT", "190")),
    ("The Castillo government fined Mark Tanner $2 million.", ("COERCE", "172")),
    ("The police fired tear gas at the protesters in Lima.", ("COERCE", "175")),
    ("A court in Lima sentenced Maria Lopez to nine years in prison.", ("COERCE", "173")),
])
def test_assaults_administrative_sanctions_and_other_codebook_verbs(
        text: str, coded: tuple[str, str]) -> None:
    found, _ = run(text)
    assert (coded[0], coded[1]) in [(e.event_type, e.cameo_code) for e in found], text


@pytest.mark.parametrize("text", [
    "Maria Lopez was killed in a car crash near Lima.",  # a death, not an assault
    "The rebels supported the decision.",  # nobody supported
    "The army suspended the meeting.",  # no permit or licence taken away
    "The fireworks went off at midnight in Lima.",  # no bomb went off
    "Pedro Ruiz was fired on Monday by the Castillo government.",  # dismissed, not shot at
    "Mark Tanner said the Castillo government was fine with it.",  # no penalty
])
def test_deaths_support_of_plans_and_suspended_meetings_are_no_such_events(text: str) -> None:
    found, _ = run(text)
    assert not [e for e in found if e.event_type in ("ASSAULT", "SUPPORT", "COERCE")], text


def test_a_past_verb_after_and_is_no_part_of_what_a_rejection_rejects() -> None:
    found, _ = run("The rebels rejected the deal and attacked Lima. Peru denied that the "
                   "rebels shot and murdered Maria Lopez in a bomb attack.")
    assert [(e.event_type, e.modality) for e in found if e.event_type == "ASSAULT"] == [
        ("ASSAULT", "asserted"), ("ASSAULT", "negated"), ("ASSAULT", "negated")]


def test_the_reporter_of_a_that_clause_is_no_source_of_an_event_in_it() -> None:
    found, _ = run("The Castillo government reported that the talks in Lima had stalled.")
    assert names(one(found, "CONSULT"), "source") == []


def test_a_base_form_after_a_preposition_is_a_noun_not_the_verb() -> None:
    found, _ = run("The protesters met with riot police in Lima. The rebels began to riot.")
    assert [(e.event_type, e.trigger_start) for e in found if e.event_type == "PROTEST"] == [
        ("PROTEST", 65)]  # ('to riot' is the verb)


def test_a_verbs_s_form_before_an_auxiliary_is_a_plural_noun() -> None:
    found, _ = run("Coalition forces are in Peru at the invitation of Peru.")
    assert [e for e in found if e.event_type == "COERCE"] == []


def test_a_person_apposed_to_a_bodys_officer_is_the_subject_not_the_body() -> None:
    found, _ = run("The Castillo government envoy, Mark Tanner, urged Peru to act.")
    assert names(one(found, "REQUEST"), "source") == ["Mark Tanner"]


def test_a_countrys_own_government_is_no_source_of_an_event_aimed_at_that_country() -> None:
    from newstables.extract import find

    text = ("Sanctions\n\nThe government imposed sanctions on Peru. Peru denied the claims. "
            "Peru's government sanctioned Bolivia.")
    found = find(text, "doc", PUBLISHED)
    coded = {text[e.trigger_start:e.trigger_end]: names(e, "source") for e in found.events
             if e.event_type == "SANCTION"}
    assert coded == {"imposed sanctions": [], "sanctioned": ["Government of Peru"]}


def test_shooting_a_person_is_an_assault_and_shooting_a_film_none() -> None:
    found, _ = run("The police shot Maria Lopez in Lima. Pedro Ruiz shot a film in Lima.")
    assert [(e.event_type, e.cameo_code, names(e, "target")) for e in found
            if e.event_type == "ASSAULT"] == [("ASSAULT", "182", ["Maria Lopez"])]


def test_the_event_noun_after_a_report_of_its_event_is_no_new_event() -> None:
    found, _ = run("The rebels attacked the army in Lima. Pedro Ruiz called the attack an act "
                   "of barbarity.")
    assert [e.trigger_start for e in found if e.event_type == "ASSAULT"] == [11]


def test_an_event_noun_after_a_preposition_takes_no_source_from_the_clause() -> None:
    found, _ = run("Pedro Ruiz received a call about the attack on Monday.")
    assert [names(e, "source") for e in found if e.event_type == "ASSAULT"] == [[]]


def test_the_source_of_according_to_is_no_participant_of_the_event_it_reports() -> None:
    found, _ = run("According to Pedro Ruiz, the rebels attacked the army near Lima.")
    assert [names(e, "source") for e in found if e.event_type == "ASSAULT"] == [["the rebels"]]
    found, _ = run("According to Peruvian President Pedro Ruiz, six people were killed in a "
                   "rebel attack.")
    assert [names(e, "target") for e in found if e.event_type == "ASSAULT"] == []


def test_the_object_inside_a_triggers_gap_is_its_target() -> None:
    found, _ = run("The police shot Maria Lopez dead in Lima.")
    assert [names(e, "target") for e in found if e.event_type == "ASSAULT"] == [["Maria Lopez"]]
    found, _ = run("The rebels seek Brazil military aid against the army.")
    assert [names(e, "target") for e in found if e.event_type == "REQUEST"] == [["Brazil"]]


def test_released_statement_is_not_a_retreat() -> None:
    found, _ = run("The army released a statement on Monday.")
    assert found == []


# ------------------------------------------------------------------ participants

def test_several_targets_when_the_text_names_several() -> None:
    found, _ = run("Ibáñez urged Brazil, Colombia and Peru to help.")
    assert names(one(found, "REQUEST"), "target") == ["Brazil", "Colombia", "Peru"]


def test_pronoun_subject_resolved_to_the_group_named_before() -> None:
    found, _ = run("The rebels met in the hills. They flatly reject any suggestion of a broader "
                   "US military intervention.")
    reject = one(found, "REJECT")
    assert names(reject, "source") == ["the rebels"]
    assert names(reject, "target") == ["US"]


def test_first_person_in_a_quote_is_the_speaker() -> None:
    text = '"I do not recognize the Castillo government," Ruiz said.'
    speaker = Entity(ACTOR, "person", "Ruiz")
    quote = Quote(1, text.index(',"'), "direct", 0, speaker, "name", "said")
    found, _ = run(text, quotes=[quote])
    event = one(found, "REJECT")
    assert event.modality == "asserted"
    assert names(event, "source") == ["Ruiz"]
    assert names(event, "target") == ["Castillo government"]


# ------------------------------------------------------------------ modality

def test_rejected_intervention_is_negated_and_rejection_asserted() -> None:
    found, _ = run("The rebels reject any suggestion of a broader US military intervention.")
    assert one(found, "REJECT").modality == "asserted"
    assault = one(found, "ASSAULT")
    assert (assault.cameo_code, assault.modality) == ("190", "negated")
    assert names(assault, "source") == ["US"]


def test_negation_before_the_verb() -> None:
    found, _ = run("We do not want a foreign army to invade Bolivia.")
    assert one(found, "ASSAULT").modality == "negated"


def test_conditional_and_would_are_hypothetical() -> None:
    found, _ = run("They still control every area, and if an uprising happens, it is crushed.")
    assert one(found, "PROTEST").modality == "hypothetical"
    found, _ = run("Tanner warned that violence against Ibáñez would be met with reprisals.")
    assert one(found, "THREATEN").modality == "asserted"
    violence = one(found, "ASSAULT")
    assert violence.modality == "hypothetical"
    assert names(violence, "target") == ["Ibáñez"]
    assert not [e for e in found if e.event_type == "CONSULT"]  # "met with" is no meeting


def test_bare_event_noun_is_not_an_event() -> None:
    found, _ = run("Officials spoke in terms of US intervention.")
    assert found == []


# ------------------------------------------------------------------ time, place, evidence

def test_no_time_in_text_means_no_date() -> None:
    found, _ = run("The police arrested Maria Lopez.")
    event = one(found, "COERCE")
    assert (event.date, event.date_precision, event.date_text) == ("", "", "")


def test_time_expression_dates_the_nearest_event_only() -> None:
    found, _ = run("Maria Lopez, detained on Friday, was deported to Chile by the police.")
    detained = [e for e in found if e.cameo_code == "173"][0]
    deported = [e for e in found if e.cameo_code == "174"][0]
    assert detained.date == "2019-01-25"
    assert deported.date == ""
    assert names(deported, "source") == ["police"]


def test_place_stated_after_the_trigger() -> None:
    found, _ = run("The police arrested Maria Lopez in Caracas.")
    event = one(found, "COERCE")
    assert event.place is not None and event.place.name == "Caracas"
    assert names(event, "target") == ["Maria Lopez"]  # the place is not the target


def test_evidence_is_the_reporting_sentence() -> None:
    text = "Nothing happened at first.\r\nThen Brazil condemned Bolivia.  Peru said nothing."
    found, analysis = run(text)
    event = one(found, "ACCUSE")
    assert text[event.evidence_start:event.evidence_end] == "Then Brazil condemned Bolivia."
    assert text[event.trigger_start:event.trigger_end] == "condemned"


def test_headline_is_not_an_event_source() -> None:
    found, _ = run("Rebels Ask Brazil For Weapons\n\nThe rebels asked Brazil for weapons.")
    assert len(found) == 1 and found[0].evidence_start > 30


@pytest.mark.parametrize(("words", "date", "precision"), [
    ("on Sunday", "2019-01-27", "day"),
    ("last week", "2019-01-21", "week"),
    ("this week", "2019-01-28", "week"),
    ("On January 21", "2019-01-21", "day"),
    ("21 January 2018", "2018-01-21", "day"),
    ("yesterday", "2019-01-27", "day"),
    ("last month", "2018-12-01", "month"),
    ("in 1995", "1995-01-01", "year"),
    ("on December 30", "2018-12-30", "day"),  # a month-day without year lies in the past
    ("two days ago", "2019-01-26", "day"),
    ("a week ago", "2019-01-21", "week"),
    ("three months ago", "2018-10-01", "month"),
    ("10 years ago", "2009-01-01", "year"),
])
def test_time_expressions_resolved_against_publication(words: str, date: str,
                                                       precision: str) -> None:
    found = dates.find(f"It happened {words}.", PUBLISHED)
    assert [(t.text, t.date, t.precision) for t in found] == [(words, date, precision)]


def test_relative_time_needs_a_publication_date() -> None:
    assert dates.find("It happened on Sunday.", "") == []
    assert [t.date for t in dates.find("It happened on 3 May 2001.", "")] == ["2001-05-03"]


# ------------------------------------------------------------------ senses and restrictions

def test_attack_in_words_is_criticism_and_with_force_an_assault() -> None:
    found, _ = run("Maria Lopez attacked the Castillo government in a newspaper column.")
    event = one(found, "ACCUSE")
    assert event.cameo_code == "111" and names(event, "target") == ["Castillo government"]
    assert not [e for e in found if e.event_type == "ASSAULT"]
    found, _ = run("The rebels attacked the army with rockets.")
    assert one(found, "ASSAULT").cameo_code == "194"


@pytest.mark.parametrize("text", ["Brazil attacked Peru at the start of the war.",
                                  "Brazil attacked Peru along the front line.",
                                  "Brazil attacked Peru with drones overnight.",
                                  "Brazil attacked Peru's peacekeepers.",
                                  "Brazil attacked a Peru tanker."])
def test_an_attack_in_a_war_an_invasion_or_by_drones_is_an_assault(text: str) -> None:
    assert names(one(run(text)[0], "ASSAULT"), "target") == ["Peru"]


def test_claim_of_a_crime_accuses_the_named_wrongdoer() -> None:
    found, _ = run("Maria Lopez claimed that the police imprisoned her for a year.")
    accuse = one(found, "ACCUSE")
    assert accuse.cameo_code == "112"
    assert names(accuse, "source") == ["Maria Lopez"]
    assert names(accuse, "target") == ["police"]  # not a name before "that"
    detention = one(found, "COERCE")
    assert names(detention, "target") == ["Maria Lopez"]  # "her" comes before other names


def test_claim_without_a_wrong_is_no_accusation() -> None:
    found, _ = run("Maria Lopez claimed that the vote in Peru was fair.")
    assert found == []


def test_kept_somewhere_is_a_detention_only_for_a_person() -> None:
    found, _ = run("Maria Lopez said she was kept at a base near Lima for months.")
    assert names(one(found, "COERCE"), "target") == ["Maria Lopez"]
    found, _ = run("The documents were kept at the embassy in Lima.")
    assert found == []


def test_evacuation_is_no_event() -> None:
    found, _ = run("Colombia evacuated 80 people from the border town.")
    assert found == []


def test_demonstrative_noun_refers_back_and_is_no_new_event() -> None:
    found, _ = run("The army denied these allegations on Friday.")
    assert [e.event_type for e in found] == ["REJECT"]


def test_event_noun_modifying_a_noun_is_no_event() -> None:
    found, _ = run("Fishermen are in need of a rescue effort, officials in Lima said.")
    assert found == []


def test_adjective_after_article_makes_a_verb_form_a_noun() -> None:
    found, _ = run("The camp near Lima is described as a religious retreat.")
    assert found == []


def test_participle_describing_a_noun_is_background() -> None:
    found, _ = run("The protesters arrested on Friday were released on bail.")
    assert [e.event_type for e in found] == ["RETREAT"]


def test_infinitive_of_purpose_after_a_name_is_an_aim_not_an_event() -> None:
    found, _ = run("Maria Lopez travelled to Lima to meet with Tomás Ibáñez.")
    assert found == []


def test_same_event_restated_in_one_sentence_is_one_event() -> None:
    found, _ = run("The army retaliated by shelling villages near Caracas.")
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1
    found, _ = run("Offices were raided and computers seized.")
    assert len(found) == 1 and found[0].cameo_code == "171"


def test_two_events_with_their_own_participants_stay_two() -> None:
    found, _ = run("The police arrested Maria Lopez and detained Pedro Ruiz.")
    assert sorted(names(e, "target")[0] for e in found) == ["Maria Lopez", "Pedro Ruiz"]


def test_lets_not_takes_the_quote_speaker_as_source() -> None:
    text = 'The rebels met. "Let\'s not attack the people," Ruiz said.'
    speaker = Entity(ACTOR, "person", "Ruiz")
    quote = Quote(text.index('"') + 1, text.index(',"'), "direct", 0, speaker, "name", "said")
    found, _ = run(text, quotes=[quote])
    event = one(found, "REQUEST")
    assert event.cameo_code == "0256"
    assert names(event, "source") == ["Ruiz"]
    assert not [e for e in found if e.event_type == "ASSAULT"]  # the content of the appeal


# ------------------------------------------------------------------ the modality guarantee

@pytest.mark.parametrize(("text", "event_type"), [
    ("The army did not attack the village.", "ASSAULT"),
    ("Brazil never imposed sanctions on Bolivia.", "SANCTION"),
    ("The police didn't detain Maria Lopez.", "COERCE"),
    ("Nobody was arrested in Lima.", "COERCE"),
    ("Colombia could deploy troops to the border.", "MOBILIZE"),
    ("Peru would invade Chile, officials warned.", "ASSAULT"),
    ("If the police arrest Maria Lopez, Peru will protest.", "COERCE"),
    ("Unless Brazil lifts sanctions, nothing changes.", "RETREAT"),
    ("It is possible that the army will attack Caracas.", "ASSAULT"),
    ("Brazil denied that its troops attacked Peru.", "ASSAULT"),
    ("The rebels reject any invasion of Bolivia.", "ASSAULT"),
    ("The rebels are ready to rise up against the Castillo government.", "PROTEST"),
    # every form of a cue verb ("plan to" in the lexicon)
    ("The rebels planned to attack Lima.", "ASSAULT"),
    ("The army is planning to invade Bolivia.", "ASSAULT"),
    ("Officials wanted to arrest Maria Lopez.", "COERCE"),
    ("No soldier was arrested in Lima.", "COERCE"),  # ("no", which YAML once read as false)
])
def test_negated_or_hypothetical_event_is_never_asserted(text: str, event_type: str) -> None:
    found, _ = run(text)
    hits = [e for e in found if e.event_type == event_type]
    assert hits, [(e.event_type, e.modality) for e in found]
    assert all(e.modality in ("negated", "hypothetical") for e in hits), text
    assert {e.modality for e in found} <= {"asserted", "negated", "hypothetical"}


def test_offsets_stay_exact_when_lower_casing_changes_length() -> None:
    text = "İİ İstanbul rally: the police arrested Maria Lopez on Sunday."
    found, _ = run(text)
    event = one(found, "COERCE")
    assert text[event.trigger_start:event.trigger_end] == "arrested"
    assert [(t.text, t.date) for t in dates.find(text, PUBLISHED)] == [("on Sunday", "2019-01-27")]


# ------------------------------------------------------------------ the fast tokenizer

def _sentence_tokens(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """(texts, lows) of the sentence's tokens, as the tokenizer (`events._sentence`) gives them."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    tokens = events._tokens(text, low, Analysis(text).words())
    sent = events._sentence(text, start, end, tokens, [])
    texts = [sent.written(k) for k in range(len(sent.lows))]
    assert [text[s:e] for s, e in zip(sent.starts, sent.ends, strict=True)] == texts
    return texts, sent.lows


def test_tokens_keep_inner_apostrophes_dots_and_hyphens_but_not_trailing_ones() -> None:
    text = "The U.S.-led raid — didn’t stop ‘rock’n’roll’. Next."
    texts, lows = _sentence_tokens(text, 0, text.index(" Next"))
    assert texts == ["The", "U.S.-led", "raid", "—", "didn’t", "stop", "‘", "rock’n’roll", "’",
                     "."]
    assert lows == ["the", "u.s.-led", "raid", "—", "didn't", "stop", "‘", "rock'n'roll", "'",
                    "."]


@pytest.mark.parametrize("text", [
    "Troops fired… ‘warning’ shots_at 3.30pm; --- ok.\u00a0Yes\u200b, ’tis “it”.",
    "İİ İstanbul: police arrested ΟΔΟΣ protesters.",
    "ΑΣ ΟΔΟΣ: the army’s attack, 'quoted'-style, co-op.",
    "'90s troops... -3 degrees, .5 percent, ’’twas’’ - '-' .net --ok-- end.-",
])
def test_a_sentence_tokenizes_alike_alone_and_within_the_whole_text(text: str) -> None:
    """Each sentence takes its part of the text's tokens (taken from the shared words, some runs
    cut again in the lower-cased text): it must get exactly the tokens of the tokenizer's regex
    run over that sentence of the text, lower-cased in place."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    for start, end in Analysis(text).sentences:
        spans = [m.span() for m in events._TOKEN.finditer(text, start, end)]
        assert _sentence_tokens(text, start, end) == (
            [text[s:e] for s, e in spans], [low[s:e] for s, e in spans])


def test_dates_found_alike_with_or_without_the_callers_lower_cased_text() -> None:
    text = "İİ On Monday the army’s chief said; by March 3, 2019 and last week it fired."
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    found = dates.find(text, PUBLISHED)
    assert [t.text for t in found] == ["On Monday", "by March 3, 2019", "last week"]
    assert dates.find(text, PUBLISHED, low=low) == found



def test_a_name_before_an_object_pronoun_stays_the_source() -> None:
    # "her" is a pronoun mention of Maria Lopez, not a name that "the police" could modify.
    text = "Jail claim\n\nMaria Lopez said the police arrested her in Caracas."
    analysis, found = Analysis(text), Extraction()
    maria = found.add_mention(text.index("Maria"), text.index(" said"), _entity("Maria Lopez"))
    police = text.index("the police")
    found.add_mention(police, police + len("the police"), _entity("the police"))
    her = text.index("her ")
    found.add_mention(her, her + 3, maria.entity, "pronoun")
    events.find(analysis, found, "doc", PUBLISHED)
    arrests = [e for e in found.events if e.event_type == "COERCE"]
    assert arrests, [e.event_type for e in found.events]
    roles = {(p.role, p.entity.name) for p in arrests[0].participants}
    assert ("source", "police") in roles and ("target", "Maria Lopez") in roles, roles



def test_an_owned_event_noun_is_an_event_of_its_owner() -> None:
    found, _ = run("Pedro Ruiz read about Mark Tanner's travel ban.")
    ban = one(found, "COERCE")
    assert (ban.cameo_code, names(ban, "source")) == ("172", ["Mark Tanner"])
    found, _ = run("Pedro Ruiz read about the long travel ban.")
    assert not [e for e in found if e.event_type == "COERCE"]  # no owner, no light verb


@pytest.mark.parametrize(("text", "code"), [
    ("Pedro Ruiz invited Mark Tanner to the capital.", ("AGREE", "036")),
    ("The Castillo government granted Mark Tanner parole on Monday.", ("RETREAT", "081")),
    ("Mark Tanner allowed the rebels into the country on Monday.", ("RETREAT", "081")),
    ("Pedro Ruiz complained about the Castillo government on Monday.", ("ACCUSE", "111")),
    ("The Castillo government drew criticism from Pedro Ruiz on Monday.", ("ACCUSE", "111")),
])
def test_invitations_permits_complaints_and_drawn_criticism(text: str, code: tuple) -> None:
    found, _ = run(text)
    assert [(e.event_type, e.cameo_code) for e in found] == [code]


def test_granting_is_an_easing_only_of_an_entry_or_a_permit() -> None:
    found, _ = run("The Castillo government granted Mark Tanner an interview on Monday.")
    assert not found


def test_a_place_after_the_by_phrase_is_no_agent() -> None:
    found, _ = run("Mark Tanner was arrested by officers in Lima on Monday.")
    arrest = one(found, "COERCE")
    assert (names(arrest, "source"), names(arrest, "target")) == ([], ["Mark Tanner"])


@pytest.mark.parametrize(("text", "source"), [
    ("Pedro Ruiz spoke to reporters but rejected the plan.", "Pedro Ruiz"),
    ("In Lima, Pedro Ruiz spoke briefly but rejected the plan.", "Pedro Ruiz"),
    ("Pedro Ruiz told reporters that on Monday Mark Tanner spoke and then rejected the plan.",
     "Mark Tanner"),
])
def test_a_coordinated_verb_shares_its_clauses_subject(text: str, source: str) -> None:
    found, _ = run(text)
    assert names(one(found, "REJECT"), "source") == [source]


def test_signing_an_agreement_with_words_between_is_an_agreement() -> None:
    found, _ = run("Brazil and Colombia signed a new trade agreement on Monday.")
    deal = one(found, "AGREE")
    assert (deal.cameo_code, names(deal, "source")) == ("057", ["Brazil", "Colombia"])


@pytest.mark.parametrize(("text", "event_type"), [
    ("Brazil and Peru held talks in Lima on Monday.", "CONSULT"),
    ("Brazil and Peru exchanged artillery fire on Monday.", "ASSAULT"),
])
def test_an_event_several_do_to_each_other_has_each_as_source_and_target(
        text: str, event_type: str) -> None:
    found, _ = run(text)
    event = one(found, event_type)
    assert (names(event, "source"), names(event, "target")) == (["Brazil", "Peru"],
                                                                ["Brazil", "Peru"])


def test_an_attack_by_several_on_another_is_not_mutual() -> None:
    found, _ = run("Brazil and Peru invaded Chile on Monday.")
    event = one(found, "ASSAULT")
    assert (names(event, "source"), names(event, "target")) == (["Brazil", "Peru"], ["Chile"])


def test_meeting_someone_named_is_a_meeting_and_planning_to_is_an_intent() -> None:
    found, _ = run("Pedro Ruiz met Mark Tanner in Lima on Monday.")
    meeting = one(found, "CONSULT")
    assert (meeting.cameo_code, names(meeting, "target")) == ("040", ["Mark Tanner"])
    found, _ = run("Pedro Ruiz plans to meet Mark Tanner in Lima.")
    assert one(found, "AGREE").cameo_code == "036"
    for text in ("Pedro Ruiz met the deadline on Monday.", "Pedro Ruiz met his future wife."):
        assert not [e for e in run(text)[0] if e.event_type == "CONSULT"]


def test_a_noun_dated_by_a_year_reports_an_event() -> None:
    found, _ = run("The vote in Lima came before the 2014 protests. The protests in 2030s films "
                   "were staged.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("PROTEST", "141")]


@pytest.mark.parametrize(("text", "coded"), [
    ("The rebels vandalised a church in Lima.", ("COERCE", "1712")),
    ("Pedro Ruiz condemned the vandalism against a mosque in Lima.", ("COERCE", "1712")),
    ("Maria Lopez was subjected to sleep deprivation in Lima.", ("ASSAULT", "1822")),
    ("Pedro Ruiz was subjected to extraordinary rendition.", ("ASSAULT", "181")),
    ("The police shackled Pedro Ruiz.", ("COERCE", "173")),
    ("A court in Lima convicted Pedro Ruiz of fraud.", ("ACCUSE", "112")),
    ("The protesters said the Castillo government betrayed them.", ("ACCUSE", "111")),
    ("The newspaper keeps rubbishing the Castillo government.", ("ACCUSE", "111")),
    ("The army was put on heightened alert.", ("MOBILIZE", "152")),
    ("The decision followed discussions with Peru.", ("CONSULT", "040")),
])
def test_property_torture_convictions_and_other_codebook_words(
        text: str, coded: tuple[str, str]) -> None:
    found, _ = run(text)
    assert coded in [(e.event_type, e.cameo_code) for e in found], text


def test_the_effects_of_the_torture_restate_it() -> None:
    found, _ = run("Pedro Ruiz was subjected to sleep deprivation. The sleep deprivation was "
                   "observed by doctors.")
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "Pedro Ruiz called the bombing barbaric.",
    "Maria Lopez described the Castillo government as racist.",
    'Mark Tanner branded the raid "a cowardly act".',
])
def test_calling_an_act_or_actor_a_condemning_name_is_criticism(text: str) -> None:
    found, _ = run(text)
    assert ("ACCUSE", "111") in [(e.event_type, e.cameo_code) for e in found], text


@pytest.mark.parametrize("text", [
    "Pedro Ruiz called Maria Lopez on Monday.",
    "Maria Lopez described the vote as fair.",
])
def test_a_call_or_a_description_without_a_condemning_name_is_no_criticism(text: str) -> None:
    found, _ = run(text)
    assert [e for e in found if e.event_type == "ACCUSE"] == [], text


def test_welcome_to_come_is_an_invitation_not_praise() -> None:
    found, _ = run("Mark Tanner said Pedro Ruiz was welcome to visit Lima.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("AGREE", "036")]


def test_held_in_a_detention_centre_is_a_detention_and_a_vote_held_in_may_none() -> None:
    found, _ = run("From 2004 until 2009 Pedro Ruiz was held in a detention centre in Lima.")
    assert [(e.event_type, names(e, "target")) for e in found] == [("COERCE", ["Pedro Ruiz"])]
    found, _ = run("The vote was held in Lima in May. Maria Lopez was held in high regard.")
    assert found == []


def test_an_event_after_where_is_no_part_of_a_request() -> None:
    found, _ = run("The rebels persuaded Pedro Ruiz to travel to Lima, where he was questioned "
                   "and arrested.")
    assert [e.event_type for e in found if e.event_type == "COERCE"] == ["COERCE"]


def test_a_participle_coordinated_with_a_passive_is_passive() -> None:
    found, _ = run("In Lima, Pedro Ruiz was questioned by the police and then arrested.")
    arrest = one(found, "COERCE")
    assert names(arrest, "target") == ["Pedro Ruiz"] and names(arrest, "source") == []


def test_forces_after_a_modifier_or_a_demonym_are_troops_not_coercion() -> None:
    found, _ = run("The rebels want foreign forces to leave Peru.")
    assert [e for e in found if e.event_type == "COERCE"] == []
    text = "Morale is low among the Chilean forces. Chile forces Peru to pay."
    analysis, extraction = Analysis(text), Extraction()
    chile = Entity(PLACE, "country", "Chile", country="CHL")
    for match in re.finditer(r"Chilean|Chile\b", text):
        extraction.add_mention(match.start(), match.end(), chile)
    extraction.add_mention(text.index("Peru"), text.index("Peru") + 4, _entity("Peru"))
    events.find(analysis, extraction, "doc", PUBLISHED)
    assert [(e.event_type, names(e, "source")) for e in extraction.events] == [
        ("COERCE", ["Chile"])]


def test_who_stands_trial_is_the_accused_and_who_puts_someone_on_trial_the_accuser() -> None:
    found, _ = run("Pedro Ruiz and Maria Lopez are standing trial in Lima for fraud.")
    trial = one(found, "ACCUSE")
    assert (trial.cameo_code, names(trial, "source"), names(trial, "target")) == (
        "112", [], ["Pedro Ruiz", "Maria Lopez"])
    found, _ = run("The Castillo government put Pedro Ruiz on trial.")
    trial = one(found, "ACCUSE")
    assert (names(trial, "source"), names(trial, "target")) == (
        ["Castillo government"], ["Pedro Ruiz"])


def test_a_verb_after_an_adverb_is_a_verb_not_a_noun() -> None:
    found, _ = run("The protesters said they still demand new elections in Peru.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("REQUEST", "100")]


@pytest.mark.parametrize(("text", "coded"), [
    ('"We will bring the killers to justice," Pedro Ruiz said.', ("THREATEN", "130")),
    ("Pedro Ruiz vowed to bring to justice those behind the raid.", ("THREATEN", "130")),
    ("The army intervened to topple the Castillo government.", ("ASSAULT", "190")),
])
def test_vows_of_justice_and_military_interventions(text: str, coded: tuple[str, str]) -> None:
    found, _ = run(text)
    assert coded in [(e.event_type, e.cameo_code) for e in found], text


def test_a_court_that_intervenes_makes_no_assault() -> None:
    found, _ = run("The court intervened in the dispute between Peru and Chile.")
    assert [e for e in found if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "Pedro Ruiz spoke to reporters hours before an official visit to Peru.",
    "Maria Lopez praised the army ahead of a state visit to Chile.",
])
def test_an_event_noun_dated_before_or_ahead_of_another_is_reported(text: str) -> None:
    found, _ = run(text)
    assert ("CONSULT", "042") in [(e.event_type, e.cameo_code) for e in found], text


def test_the_owner_of_what_is_acted_on_is_the_target() -> None:
    found, _ = run("The police seized Pedro Ruiz's passport in Lima.")
    assert names(one(found, "COERCE"), "target") == ["Pedro Ruiz"]
    found, _ = run("Chile complied with Peru's demands.")
    assert names(one(found, "CONCEDE"), "target") == ["Peru"]


def test_who_faces_or_receives_an_event_noun_is_its_target() -> None:
    found, _ = run("Pedro Ruiz faced criticism over the vote.")
    criticism = one(found, "ACCUSE")
    assert (names(criticism, "source"), names(criticism, "target")) == ([], ["Pedro Ruiz"])
    found, _ = run("The Castillo government has received repeated threats.")
    threat = one(found, "THREATEN")
    assert (names(threat, "source"), names(threat, "target")) == ([], ["Castillo government"])


def test_a_participle_describing_a_noun_after_the_clauses_verb_is_passive() -> None:
    found, _ = run("Pedro Ruiz was among the 30 protesters arrested on Monday.")
    arrest = one(found, "COERCE")
    assert (names(arrest, "source"), names(arrest, "target")) == ([], ["Pedro Ruiz"])
    found, _ = run("On Monday the protesters attacked the army in Lima.")
    assault = one(found, "ASSAULT")
    assert (names(assault, "source"), names(assault, "target")) == (["the protesters"], ["army"])


def test_the_subject_before_a_relative_clause_set_off_by_commas() -> None:
    found, _ = run("Pedro Ruiz, who leads the rebels in Colombia, was critical of the Castillo "
                   "government.")
    assert names(one(found, "ACCUSE"), "source") == ["Pedro Ruiz"]
    found, _ = run("Maria Lopez, who advises Peru, condemned the rebels.")
    assert names(one(found, "ACCUSE"), "source") == ["Maria Lopez"]


def test_states_in_a_name_is_no_verb_of_saying() -> None:
    found, _ = run("Brazil and the United States have both condemned the raid.")
    assert names(one(found, "ACCUSE"), "source") == ["Brazil", "United States"]


def test_a_gap_holds_no_infinitive_and_issuing_support_is_support() -> None:
    found, _ = run("Maria Lopez wanted to issue her support to Pedro Ruiz.")
    assert [(e.event_type, e.cameo_code, names(e, "target")) for e in found] == [
        ("SUPPORT", "051", ["Pedro Ruiz"])]
    found, _ = run("The rebels want more weapons to fight the army.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("REQUEST", "023")]


def test_an_ing_form_between_an_article_and_a_noun_is_an_adjective() -> None:
    found, _ = run("Pedro Ruiz, of the opposing political party, spoke in Lima.")
    assert found == []
    found, _ = run("Pedro Ruiz had a meeting with Maria Lopez in Lima.")
    assert [e.event_type for e in found] == ["CONSULT"]


def test_a_claim_of_racism_and_a_single_charge_are_accusations() -> None:
    found, _ = run("Pedro Ruiz claimed the Castillo government is racist.")
    assert names(one(found, "ACCUSE"), "target") == ["Castillo government"]
    found, _ = run("A new charge of fraud against Pedro Ruiz was announced in Lima.")
    assert [(e.event_type, e.cameo_code) for e in found] == [("ACCUSE", "112")]
    found, _ = run("Pedro Ruiz, the officer in charge of the army, spoke in Lima.")
    assert found == []


def test_whom_an_event_serves_is_not_its_target() -> None:
    found, _ = run("Brazil launched an intervention in support of Pedro Ruiz.")
    assert names(one(found, "ASSAULT"), "target") == []
    found, _ = run("The rebels attacked the army on behalf of Maria Lopez.")
    assert names(one(found, "ASSAULT"), "target") == ["army"]


@pytest.mark.parametrize(("text", "sources"), [
    ("With the US urging Peru to leave, Brazil left.", ["US"]),
    ("With Brazil and Colombia urging Peru to leave, the talks ended.", ["Brazil", "Colombia"]),
])
def test_a_name_between_with_and_an_ing_verb_is_its_subject(text: str, sources: list[str]
                                                            ) -> None:
    event = one(run(text)[0], "REQUEST")
    assert (names(event, "source"), names(event, "target")) == (sources, ["Peru"])


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Chile has been the subject of US sanctions since 2011.", "SANCTION", ["US"], ["Chile"]),
    ("Maria Lopez was the target of criticism.", "ACCUSE", [], ["Maria Lopez"]),
    ("Lima was the victim of an attack by the rebels.", "ASSAULT", ["the rebels"], ["Lima"]),
    ("Peru faced Brazil's new sanctions.", "SANCTION", ["Brazil"], ["Peru"]),
])
def test_who_is_the_subject_or_target_of_an_event_noun_undergoes_it(
        text: str, kind: str, source: list[str], target: list[str]) -> None:
    event = one(run(text)[0], kind)
    assert (names(event, "source"), names(event, "target")) == (source, target)


def test_an_event_noun_owned_by_a_day_takes_no_source_from_the_clause() -> None:
    found, _ = run("Pedro Ruiz condemned Monday's attack on the army.")
    assert names(one(found, "ASSAULT"), "source") == []


@pytest.mark.parametrize(("text", "coded"), [
    ("Chile hosted Pedro Ruiz in Lima.", ("CONSULT", "043")),
    ("Brazil offered to mediate between Peru and Chile.", ("CONSULT", "045")),
    ("Peru and Chile held a summit in Lima.", ("CONSULT", "040")),
    ("Mark Tanner congratulated Maria Lopez on her victory.", ("SUPPORT", "051")),
    ("Chile extradited Pedro Ruiz to Peru.", ("COERCE", "174")),
    ("The protesters demonstrated against the Castillo government.", ("PROTEST", "141")),
])
def test_hosting_mediation_summits_congratulation_extradition_and_demonstrations(
        text: str, coded: tuple[str, str]) -> None:
    found, _ = run(text)
    assert coded in [(e.event_type, e.cameo_code) for e in found], text


def test_hosting_an_event_is_no_visit() -> None:
    found, _ = run("Chile hosted the regional games in 2019.")
    assert found == []


def test_the_subject_after_reported_is_sought_after_it() -> None:
    found, _ = run("The police reported a gunman attacked Lima with rockets.")
    assert names(one(found, "ASSAULT"), "source") == []  # (not the police)


def test_an_attack_after_which_someone_died_is_force_not_criticism() -> None:
    found, _ = run("Pedro Ruiz attacked people in a hall, and one of them died.")
    assert [e.event_type for e in found] == ["ASSAULT"]


def test_force_aimed_at_a_name_has_it_as_target() -> None:
    found, _ = run("The army fired rockets at the rebels near Lima.")
    assert names(one(found, "ASSAULT"), "target") == ["the rebels"]
    found, _ = run("Pedro Ruiz met with Maria Lopez at Lima.")
    assert names(one(found, "CONSULT"), "target") == ["Maria Lopez"]


def test_saving_people_from_the_sea_is_a_rescue_and_saving_money_none() -> None:
    found, _ = run("The navy saved 200 migrants after their boat sank near Lima.")
    assert [(e.event_type, e.cameo_code, names(e, "source")) for e in found] == [
        ("AID", "073", ["navy"])]
    found, _ = run("The Castillo government saved money on its budget.")
    assert found == []


@pytest.mark.parametrize("text", [
    "Tanner condemned the attack on the army.",
    "Tanner is investigating the deadly attack on the army.",
])
def test_the_subject_of_a_verb_taking_an_event_noun_as_object_is_no_source_of_it(
        text: str) -> None:
    found, _ = run(text)
    assert names(one(found, "ASSAULT"), "source") == []


def test_the_subject_of_a_light_verb_before_an_event_noun_is_its_source() -> None:
    found, _ = run("The rebels carried out an attack on the army.")
    assert names(one(found, "ASSAULT"), "source") == ["the rebels"]


def test_taking_to_the_streets_and_a_protest_march_are_protests_a_walkout_a_strike() -> None:
    streets = one(run("Fishermen took to the streets of Lima.")[0], "PROTEST")
    assert (streets.cameo_code, names(streets, "source"), names(streets, "target")) == (
        "141", ["fishermen"], [])
    assert one(run("The protesters marched through Lima.")[0], "PROTEST").cameo_code == "141"
    assert one(run("Fishermen staged a walkout.")[0], "PROTEST").cameo_code == "143"


def test_a_march_with_no_sign_of_protest_is_no_event() -> None:
    assert run("The army marched into Lima.")[0] == []


def test_a_pledge_of_aid_is_an_intent_to_give_it_coded_by_the_kind_of_aid() -> None:
    humanitarian = one(run("Brazil pledged $2.5 billion in humanitarian assistance for Peru.")[0],
                       "AGREE")
    assert (humanitarian.cameo_code, names(humanitarian, "source"),
            names(humanitarian, "target")) == ("0333", ["Brazil"], ["Peru"])
    assert one(run("The US promised more military aid to Colombia.")[0], "AGREE").cameo_code \
        == "0332"
    assert run("Brazil pledged to cut taxes.")[0] == []


def test_restoring_diplomatic_relations_is_support_054_by_both_countries() -> None:
    event = one(run("Chile and Bolivia restored diplomatic relations.")[0], "SUPPORT")
    assert (event.cameo_code, names(event, "source")) == ("054", ["Chile", "Bolivia"])


@pytest.mark.parametrize("text", [
    "Dozens died in an attack, reportedly carried out by the rebels.",
    "The bombing was blamed on the rebels.",
])
def test_who_carried_out_or_is_blamed_for_an_event_noun_is_its_source(text: str) -> None:
    assert names(one(run(text)[0], "ASSAULT"), "source") == ["the rebels"]


@pytest.mark.parametrize(("text", "event_type"), [
    # a participle of no agency after an event noun
    ("The rebels mourned the victims of an attack, reported by the army.", "ASSAULT"),
    # a noun before a clause word is no modifier of the event noun after it
    ("The rebels left Lima after talks with the army.", "CONSULT"),
])
def test_an_event_noun_takes_no_source_from_words_that_do_not_name_its_agent(
        text: str, event_type: str) -> None:
    found, _ = run(text)
    assert names(one(found, event_type), "source") == []


@pytest.mark.parametrize("text", [
    "Tanner will visit Lima next week.",
    "The police are expected to arrest Ruiz on Monday.",
    "Tanner is scheduled to visit Lima in May.",
])
def test_an_event_still_to_come_is_hypothetical(text: str) -> None:
    found, _ = run(text)
    assert [e.modality for e in found] == ["hypothetical"]


def test_weapons_sent_or_delivered_are_military_aid_072() -> None:
    event = one(run("Brazil sent more weapons to Peru on Friday.")[0], "AID")
    assert (event.cameo_code, names(event, "source"), names(event, "target")) == (
        "072", ["Brazil"], ["Peru"])
    assert run("Tanner sent his arms around Ruiz.")[0] == []


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out in Lima on Sunday.",
    "The clashes spread to Lima.",
])
def test_fighting_and_clashes_that_break_out_or_spread_are_assaults(text: str) -> None:
    assert one(run(text)[0], "ASSAULT").cameo_code == "190"


def test_fighting_as_a_verb_or_a_modifier_is_no_event() -> None:
    assert run("Tanner was fighting for his life. The fighting spirit of Lima was clear.")[0] \
        == []


def test_a_nationality_after_and_is_no_participant_the_name_it_modifies_is() -> None:
    from newstables.extract import find

    text = ("French President Emmanuel Macron and German Chancellor Angela Merkel met in "
            "Berlin on Monday.")
    [event] = find(text, "doc", PUBLISHED).events
    assert names(event, "source") == ["Emmanuel Macron", "Angela Merkel"]


@pytest.mark.parametrize("text", [
    "Brazil agreed to impose new sanctions on Peru.",
    "Brazil tried to impose sanctions on Peru.",
])
def test_what_is_agreed_or_tried_is_hypothetical(text: str) -> None:
    event = one(run(text)[0], "SANCTION")
    assert (event.modality, names(event, "source"), names(event, "target")) == (
        "hypothetical", ["Brazil"], ["Peru"])


def test_tear_gas_fired_at_people_has_them_as_target_but_not_a_place() -> None:
    event = one(run("The police fired tear gas at the protesters in Lima.")[0], "COERCE")
    assert (event.cameo_code, names(event, "target")) == ("175", ["the protesters"])
    event = one(run("The police fired tear gas at a crowd in Lima.")[0], "COERCE")
    assert names(event, "target") == []


def test_striking_targets_or_positions_is_an_assault_and_striking_a_deal_is_not() -> None:
    event = one(run("The army struck rebel positions near Lima.")[0], "ASSAULT")
    assert names(event, "source") == ["army"]
    assert [e.event_type for e in run("Brazil and Peru struck a deal.")[0]] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Theresa May resigned on Friday.",
    "In May the rebels attacked the army.",
])
def test_a_capitalised_may_is_a_name_or_a_month_not_a_modal(text: str) -> None:
    from newstables.extract import find

    assert [e.modality for e in find(text, "doc", PUBLISHED).events] == ["asserted"]


def test_a_time_in_a_clause_with_no_event_dates_no_event_of_another_clause() -> None:
    found, _ = run("Tanner left Lima in 2015, during the unrest in which the army attacked "
                   "the rebels.")
    assert one(found, "ASSAULT").date == ""
    found, _ = run("The army attacked the rebels in 2015.")
    assert one(found, "ASSAULT").date == "2015-01-01"


@pytest.mark.parametrize(("text", "event_type"), [
    ("Talks between Brazil and Peru broke down on Tuesday.", "CONSULT"),
    ("Clashes between the police and the protesters erupted in Lima.", "ASSAULT"),
])
def test_an_event_noun_between_two_parties_has_each_as_source_and_target(
        text: str, event_type: str) -> None:
    event = one(run(text)[0], event_type)
    assert sorted(names(event, "source")) == sorted(names(event, "target"))
    assert len(names(event, "source")) == 2


def test_a_plural_noun_for_people_after_a_verb_is_no_verb_of_its_own() -> None:
    found, _ = run("The army attacked rebels near Lima.")
    assert [e.event_type for e in found] == ["ASSAULT"]


def test_someone_welcome_to_visit_is_the_one_invited() -> None:
    event = one(run("Tanner said Brazil was welcome to join the talks.")[0], "AGREE")
    assert (names(event, "source"), names(event, "target")) == ([], ["Brazil"])


def test_a_claim_accuses_the_subject_of_its_clause_not_a_later_name() -> None:
    event = one(run("Tanner claimed Brazil believed Peru is corrupt.")[0], "ACCUSE")
    assert names(event, "target") == ["Brazil"]


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("Brazil and Peru, which the council has criticised, left.", [], ["Brazil", "Peru"]),
    ("Peru, which has repeatedly condemned Chile, left.", ["Peru"], ["Chile"]),
    ("The rebels and the protesters, who attacked Lima, fled.",
     ["the rebels", "the protesters"], ["Lima"]),
])
def test_a_relative_clause_has_its_antecedents_as_subject_or_object_as_its_words_show(
        text: str, sources: list[str], targets: list[str]) -> None:
    event = run(text)[0][0]
    assert (names(event, "source"), names(event, "target")) == (sources, targets)


@pytest.mark.parametrize("text", [
    "Pedro Ruiz, 42, and Maria Lopez, 36, attacked the army.",
    "Pedro Ruiz and his wife Maria Lopez attacked the army.",
])
def test_an_age_or_a_kinship_word_does_not_break_a_coordinated_subject(text: str) -> None:
    event = one(run(text)[0], "ASSAULT")
    assert names(event, "source") == ["Pedro Ruiz", "Maria Lopez"]


@pytest.mark.parametrize("text", [
    "Brazil voted to extend sanctions on Peru.",
    "Brazil agreed to tighten its sanctions against Peru.",
])
def test_extending_or_tightening_sanctions_is_imposing_them(text: str) -> None:
    event = one(run(text)[0], "SANCTION")
    assert (event.cameo_code, names(event, "source"), names(event, "target")) == (
        "163", ["Brazil"], ["Peru"])


@pytest.mark.parametrize("text", [
    "Chile mediated talks between Brazil and Peru.",
    "Chile brokered a truce between Brazil and Peru.",
])
def test_a_mediator_acts_on_both_parties_between_whom_it_mediates(text: str) -> None:
    event = next(e for e in run(text)[0] if e.cameo_code == "045")
    assert (names(event, "source"), names(event, "target")) == (["Chile"], ["Brazil", "Peru"])


def test_the_event_noun_of_a_named_party_reports_the_event() -> None:
    event = one(run("The arrest of Pedro Ruiz angered Peru.")[0], "COERCE")
    assert names(event, "target") == ["Pedro Ruiz"]


def test_that_after_the_one_told_opens_what_was_said_not_a_relative_clause() -> None:
    event = one(run("Tanner told Brazil that Peru had attacked the army.")[0], "ASSAULT")
    assert (names(event, "source"), names(event, "target")) == (["Peru"], ["army"])


@pytest.mark.parametrize(("text", "sources"), [
    ("Brazil accused Peru of attacking the army.", ["Peru"]),
    ("Tanner blamed Brazil and Peru for attacking the army.", ["Brazil", "Peru"]),
])
def test_the_one_accused_of_an_act_is_its_source_not_the_accuser(
        text: str, sources: list[str]) -> None:
    found, _ = run(text)
    assert names(one(found, "ASSAULT"), "source") == sources


def test_a_possession_acted_on_has_its_owner_as_target_not_a_name_modifying_it() -> None:
    from newstables.extract import find

    found = find("Turkey threatened to block Sweden's NATO membership.", "doc", PUBLISHED)
    assert names(one(found.events, "THREATEN"), "target") == ["Sweden"]


def test_an_attack_on_facilities_is_physical() -> None:
    event = one(run("Brazil attacked Peru's oil facilities.")[0], "ASSAULT")
    assert names(event, "target") == ["Peru"]


@pytest.mark.parametrize(("text", "date"), [
    ("Earlier this year, the army attacked the rebels.", "2019-01-01"),
    ("Back in 2015, the army attacked the rebels.", "2015-01-01"),
])
def test_a_time_opening_its_sentence_after_an_adverb_dates_the_sentences_events(
        text: str, date: str) -> None:
    assert one(run(text)[0], "ASSAULT").date == date


@pytest.mark.parametrize("text", ["The talks held in Lima failed.", "The talks collapsed."])
def test_an_event_noun_that_is_held_fails_or_collapses_reports_the_event(text: str) -> None:
    assert [e.event_type for e in run(text)[0]] == ["CONSULT"]


def test_who_something_undergone_comes_from_is_its_source() -> None:
    event = one(run("Tanner received threats from the rebels.")[0], "THREATEN")
    assert (names(event, "source"), names(event, "target")) == (["the rebels"], ["Tanner"])


@pytest.mark.parametrize(("text", "cameo"), [
    ("Brazil thanked Peru for its help.", "051"),
    ("Brazil eased restrictions on Peru.", "085"),
    ("Brazil cut diplomatic ties with Peru.", "161"),
    ("Brazil blockaded the port of Lima.", "191"),
    ("Brazil conducted a missile test.", "150"),
    ("Brazil discussed trade with Peru.", "040"),
    ("Brazil shared intelligence with Peru.", "061"),
])
def test_common_diplomatic_and_military_acts_are_coded(text: str, cameo: str) -> None:
    found, _ = run(text)
    assert [(e.cameo_code, names(e, "source")) for e in found] == [(cameo, ["Brazil"])]


def test_the_act_a_subject_declares_or_announces_is_the_subjects_own() -> None:
    event = one(run("Brazil declared a ceasefire.")[0], "RETREAT")
    assert names(event, "source") == ["Brazil"]
    event = one(run("Brazil said the attack had hurt Tanner.")[0], "ASSAULT")
    assert names(event, "source") == []


def test_a_request_noun_rejected_after_it_is_no_content_and_lends_no_agent() -> None:
    found, _ = run("The demands were rejected by Brazil.")
    assert names(one(found, "REJECT"), "source") == ["Brazil"]
    assert names(one(found, "REQUEST"), "source") == []
    found, _ = run("The attack was carried out by Brazil.")
    assert names(one(found, "ASSAULT"), "source") == ["Brazil"]


def test_a_plural_possessor_owns_the_event_noun_and_is_the_target_of_acts_on_it() -> None:
    from newstables.extract import find

    found = find("Peru rejected the protesters' demands.", "doc", PUBLISHED)
    assert names(one(found.events, "REQUEST"), "source") == ["protesters"]
    assert names(one(found.events, "REJECT"), "target") == ["protesters"]


def test_where_someone_is_expelled_or_extradited_to_is_no_target() -> None:
    event = one(run("Brazil extradited the suspect to Peru.")[0], "COERCE")
    assert (names(event, "source"), names(event, "target")) == (["Brazil"], [])
    event = one(run("Brazil expelled Tanner to Peru.")[0], "COERCE")
    assert names(event, "target") == ["Tanner"]


@pytest.mark.parametrize("text", ["Brazil fired missiles at Peru.",
                                  "A Brazil missile strike hit Peru.",
                                  "Brazil fired missiles into Peru."])
def test_missiles_fired_or_striking_are_aerial_weapons(text: str) -> None:
    event = one(run(text)[0], "ASSAULT")
    assert (event.cameo_code, names(event, "target")) == ("195", ["Peru"])


def test_they_after_places_named_together_is_those_places() -> None:
    found, _ = run("Brazil and Peru said they had attacked the rebels.")
    assert names(one(found, "ASSAULT"), "source") == ["Brazil", "Peru"]


def test_speakers_after_a_comma_are_no_part_of_the_list_before_them() -> None:
    event = one(run("The army attacked Lima and Caracas, the protesters said.")[0], "ASSAULT")
    assert names(event, "target") == ["Lima", "Caracas"]


def test_a_nationality_of_the_reporting_media_after_a_comma_is_no_participant() -> None:
    from newstables.extract import find

    found = find("Police arrested 20 protesters, Peruvian media reported.", "doc", PUBLISHED)
    assert names(one(found.events, "COERCE"), "target") == ["protesters"]


def test_a_place_before_its_kind_is_the_target_not_the_country_owning_it() -> None:
    from newstables.extract import find

    text = "Gunmen attacked a village in Nigeria's Zamfara state on Saturday."
    assert names(one(find(text, "doc", PUBLISHED).events, "ASSAULT"), "target") == ["Zamfara"]


def test_a_verb_after_and_with_auxiliaries_shares_the_subject_before_it() -> None:
    found, _ = run("Brazil lifted its tariffs on Peru in May and has since eased restrictions.")
    assert [(e.cameo_code, names(e, "source")) for e in found] == [
        ("085", ["Brazil"]), ("085", ["Brazil"])]


@pytest.mark.parametrize(("text", "found"), [
    ("Brazil freed 33 prisoners from its jails.", [("0841", ["Brazil"])]),
    ("Brazil promotes free trade with prisoners.", []),
])
def test_freeing_prisoners_is_a_release_and_free_trade_is_none(
        text: str, found: list[tuple[str, list[str]]]) -> None:
    from newstables.extract import find

    assert [(e.cameo_code, names(e, "source")) for e in find(text, "doc", PUBLISHED).events
            if e.event_type == "RETREAT"] == found


def test_working_with_a_state_is_cooperation_and_with_children_none() -> None:
    event = one(run("Brazil said it was working with Peru.")[0], "COOPERATE")
    assert names(event, "target") == ["Peru"]
    assert not run("Tanner worked with children.")[0]


def test_an_ambush_is_armed_force() -> None:
    event = one(run("The rebels ambushed the army near Lima.")[0], "ASSAULT")
    assert (event.cameo_code, names(event, "source"), names(event, "target")) == (
        "190", ["the rebels"], ["army"])


def test_a_mention_of_both_countries_stands_for_each_of_them() -> None:
    text = "Peru signed a deal with Chile. Both countries later expelled Tanner."
    analysis, found = Analysis(text), Extraction()
    peru, chile = _entity("Peru"), _entity("Chile")
    found.add_mention(0, 4, peru)
    found.add_mention(text.index("Chile"), text.index("Chile") + 5, chile)
    both = found.add_mention(text.index("Both"), text.index(" later"), peru, "description")
    both.members = (peru, chile)
    at = text.index("Tanner")
    found.add_mention(at, at + len("Tanner"), _entity("Tanner"))
    events.find(analysis, found, "doc", PUBLISHED)
    assert names(one(found.events, "COERCE"), "source") == ["Peru", "Chile"]


def test_who_brokered_an_event_named_by_a_noun_did_not_make_it() -> None:
    found, _ = run("Brazil and Peru agreed to a ceasefire brokered by Chile and Colombia.")
    assert names(one(found, "RETREAT"), "source") == []
    assert "Colombia" not in names(one(found, "AGREE"), "target")  # (nor a name joined to it)


def test_a_plural_event_noun_opening_a_sentence_is_a_noun() -> None:
    found, _ = run("Sanctions imposed by the US hit Peru.")
    assert names(one(found, "SANCTION"), "source") == ["US"]


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Peru launched a missile at Lima.", "ASSAULT", ["Lima"]),
    ("Peru launched two missiles on Monday.", "MOBILIZE", []),
])
def test_a_missile_launched_at_no_one_is_a_show_of_force(text: str, kind: str,
                                                         target: list[str]) -> None:
    event = one(run(text)[0], kind)
    assert (names(event, "source"), names(event, "target")) == (["Peru"], target)


def test_a_missile_launched_into_the_sea_is_a_show_of_force_at_no_one() -> None:
    text = "Peru launched a missile into the Sea of Japan."
    analysis, found = Analysis(text), Extraction()
    found.add_mention(0, 4, _entity("Peru"))
    at = text.index("Sea of Japan")
    found.add_mention(at, at + len("Sea of Japan"), Entity(PLACE, "region", "Sea of Japan"))
    events.find(analysis, found, "doc", PUBLISHED)
    event = one(found.events, "MOBILIZE")
    assert (event.cameo_code, names(event, "target")) == ("150", [])


@pytest.mark.parametrize(("text", "kind", "cameo"), [
    ("Brazil blocked the resolution.", "REJECT", "120"),
    ("The protesters blocked roads near Lima.", "PROTEST", "144"),
])
def test_blocking_a_decision_rejects_it_and_blocking_roads_obstructs_them(
        text: str, kind: str, cameo: str) -> None:
    assert one(run(text)[0], kind).cameo_code == cameo


@pytest.mark.parametrize(("text", "kind"), [
    ("Brazil rejected a request by Peru for talks.", "REJECT"),
    ("Tanner condemned the attack by the rebels.", "ACCUSE"),
])
def test_who_made_what_a_verb_acts_on_is_its_target(text: str, kind: str) -> None:
    target = names(one(run(text)[0], kind), "target")
    assert target == (["Peru"] if "Peru" in text else ["the rebels"])


def test_prisoners_exchanged_are_released_by_each_side_to_the_other() -> None:
    event = one(run("Brazil and Peru exchanged prisoners.")[0], "RETREAT")
    assert (event.cameo_code, names(event, "source"), names(event, "target")) == (
        "0841", ["Brazil", "Peru"], ["Brazil", "Peru"])


@pytest.mark.parametrize("text", ["Brazil approved a loan to Peru.", "Brazil lent Peru money."])
def test_a_loan_granted_or_lent_is_economic_aid(text: str) -> None:
    event = one(run(text)[0], "AID")
    assert (event.cameo_code, names(event, "source"), names(event, "target")) == (
        "071", ["Brazil"], ["Peru"])


@pytest.mark.parametrize("text", ["Thousands took to the streets of Lima.",
                                  "Dozens protested outside the embassy in Lima."])
def test_a_past_verb_after_a_number_word_is_a_verb(text: str) -> None:
    assert one(run(text)[0], "PROTEST").cameo_code == "141"


def test_what_talks_are_on_is_their_topic_not_a_party() -> None:
    event = one(run("Brazil held talks on Peru with Chile.")[0], "CONSULT")
    assert (names(event, "source"), names(event, "target")) == (["Brazil"], ["Chile"])


def test_a_verb_in_ing_right_after_a_name_has_the_named_as_subject() -> None:
    found, _ = run("The army arrested the protesters demanding reforms.")
    assert names(one(found, "REQUEST"), "source") == ["the protesters"]


@pytest.mark.parametrize(("text", "kind", "sources"), [
    ("Tanner attacked Lima, after weeks of fighting that has killed the rebels.", "ASSAULT", []),
    ("The rebels in Lima, who demanded talks, fled.", "REQUEST", ["the rebels"]),
])
def test_a_relative_pronoun_stands_for_the_name_right_before_it_or_a_phrase_of_where(
        text: str, kind: str, sources: list[str]) -> None:
    found, _ = run(text)
    event = [e for e in found if e.event_type == kind][-1]
    assert names(event, "source") == sources


def test_a_place_named_after_city_of_is_governed_by_the_citys_preposition() -> None:
    event = one(run("Tanner held talks in the city of Lima.")[0], "CONSULT")
    assert names(event, "target") == []
    event = one(run("Brazil attacked the city of Lima.")[0], "ASSAULT")
    assert names(event, "target") == ["Lima"]


@pytest.mark.parametrize(("text", "sources"), [
    ("The army (FAB) agreed to a truce.", ["army"]),
    ("Lima, May 2 (Reuters) - Brazil agreed to a truce.", ["Brazil"]),
    ("Brazil and the armed fishermen agreed to a truce.", ["Brazil", "fishermen"]),
])
def test_an_acronym_in_brackets_a_dateline_and_an_adjective_leave_the_subject_whole(
        text: str, sources: list[str]) -> None:
    assert names(one(run(text)[0], "AGREE"), "source") == sources


def test_a_clause_after_the_trigger_still_ends_at_a_bracketed_acronym() -> None:
    event = one(run("Statements of condemnation have come from Brazil (BRA) head Tanner.")[0],
                "ACCUSE")
    assert names(event, "target") == []


def test_what_something_is_called_is_no_event() -> None:
    found, _ = run("Brazil criticised the tariff as an attack on Peru.")
    assert [e.event_type for e in found] == ["ACCUSE"]


def test_a_plural_noun_between_and_and_a_verb_is_its_own_unnamed_subject() -> None:
    found, _ = run("The army fired tear gas at the protesters, and authorities imposed a curfew.")
    curfew = next(e for e in found if e.cameo_code == "172")
    assert names(curfew, "source") == []


def test_a_name_after_and_that_says_something_is_no_object_of_the_verb_before() -> None:
    event = one(run("Brazil rejected the plan and Peru said it would leave.")[0], "REJECT")
    assert (names(event, "source"), names(event, "target")) == (["Brazil"], [])


def test_at_least_before_a_count_is_no_preposition() -> None:
    text = "Brazil arrested at least 200 fishermen."
    analysis, found = Analysis(text), Extraction()
    found.add_mention(0, 6, _entity("Brazil"))
    at = text.index("200")
    found.add_mention(at, at + len("200 fishermen"), _entity("fishermen"))
    events.find(analysis, found, "doc", PUBLISHED)
    assert names(one(found.events, "COERCE"), "target") == ["fishermen"]


def test_a_nationality_right_before_a_name_modifies_it() -> None:
    text = "Peruvian police arrested Tanner."
    analysis, found = Analysis(text), Extraction()
    found.add_mention(0, 8, _entity("Peru"), "nationality")
    police = Entity(ORGANISATION, "government", "police")
    found.add_mention(9, 15, police)
    found.add_mention(text.index("Tanner"), text.index("Tanner") + 6, _entity("Tanner"))
    events.find(analysis, found, "doc", PUBLISHED)
    assert names(one(found.events, "COERCE"), "source") == ["police"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("The rebels fought the army near Lima.", ["ASSAULT"]),
    ("Tanner vowed to fight corruption in Lima.", []),
    ("The rebels want more weapons to fight the army.", ["REQUEST"]),
])
def test_armed_forces_fighting_is_an_assault_and_fighting_corruption_none(
        text: str, kinds: list[str]) -> None:
    assert [e.event_type for e in run(text)[0]] == kinds


def test_a_name_before_a_verb_of_undergoing_is_no_modifier_of_the_noun_after_it() -> None:
    event = one(run("Brazil's attack on Peru drew condemnation.")[0], "ACCUSE")
    assert (names(event, "source"), names(event, "target")) == ([], [])


def test_a_clause_put_before_the_main_one_ends_at_its_comma() -> None:
    found, _ = run("After Brazil invaded Peru, Chile imposed sanctions on Colombia.")
    assert names(one(found, "ASSAULT"), "target") == ["Peru"]
    assert names(one(found, "SANCTION"), "source") == ["Chile"]


def test_whom_a_demand_that_names_first_is_its_target() -> None:
    event = one(run("Brazil demanded that Peru free the hostages.")[0], "REQUEST")
    assert (names(event, "source"), names(event, "target")) == (["Brazil"], ["Peru"])


def test_expelling_one_diplomat_reduces_relations() -> None:
    assert one(run("Brazil expelled a Peruvian diplomat.")[0], "SANCTION").cameo_code == "161"


@pytest.mark.parametrize(("text", "kind"), [
    ("Brazil warned Peru against invading Chile.", "ASSAULT"),
    ("Brazil threatened Peru with new sanctions.", "SANCTION"),
])
def test_what_a_threat_is_made_with_or_against_has_not_happened(text: str, kind: str) -> None:
    assert one(run(text)[0], kind).modality == "hypothetical"


def test_a_condition_holding_a_comma_stays_hypothetical_after_it() -> None:
    found, _ = run("If the rebels were able to attack Lima, or invade Peru, Brazil would act.")
    assert [e.modality for e in found] == ["hypothetical", "hypothetical"]

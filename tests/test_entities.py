"""People, organisations and places found, resolved, linked and affiliated (extract/entities.py)."""

from __future__ import annotations

import pytest

from newstables.extract import entities, reference
from newstables.extract.model import ACTOR, ORGANISATION, PLACE, Extraction
from newstables.extract.text import Analysis


def run(text: str, doc: str = "doc_test") -> Extraction:
    found = Extraction()
    entities.find(Analysis(text), found, doc)
    return found


def mentioned(found: Extraction, table: str, kind: str | None = None) -> list:
    """Entities with at least one mention, once each."""
    seen: dict[int, object] = {}
    for m in found.mentions:
        if m.entity.table == table and (kind is None or m.entity.kind == kind):
            seen[id(m.entity)] = m.entity
    return list(seen.values())


def entity_of(found: Extraction, surface: str, text: str, after: int = 0):
    start = text.index(surface, after)
    hits = [m for m in found.mentions if m.start == start and m.end == start + len(surface)]
    assert hits, f"no mention of {surface!r}"
    return hits[0].entity


def test_two_part_spanish_surname_and_its_parts_are_one_person():
    text = ("Engineer María Fernanda Quintero Basalo spoke to reporters on Monday. "
            "Quintero Basalo said the plant would close. Later, Quintero added that wages "
            "would be paid.")
    found = run(text)
    people = mentioned(found, ACTOR, "person")
    assert [p.name for p in people] == ["María Fernanda Quintero Basalo"]
    assert entity_of(found, "Quintero Basalo", text, text.index("Monday")) is people[0]
    assert entity_of(found, "Quintero", text, text.index("Later")) is people[0]


@pytest.mark.parametrize(("text", "name"), [
    ("Police arrested Stefan W on Monday.", "Stefan W"),
    ("Prosecutors charged Anna K. with fraud.", "Anna K"),
])
def test_a_first_name_and_one_initial_letter_is_a_person(text: str, name: str) -> None:
    found = run(text)
    assert [p.name for p in mentioned(found, ACTOR, "person")] == [name]


def test_one_letter_after_a_word_that_is_no_first_name_is_no_surname() -> None:
    found = run("The files were marked Protected B by the clerks.")
    assert mentioned(found, ACTOR, "person") == []


def test_accentless_spelling_is_the_same_person():
    text = "Andrés Múñez Vélez met the mayor. Munez Velez later told the press he was pleased."
    found = run(text)
    people = mentioned(found, ACTOR, "person")
    assert len(people) == 1 and people[0].name == "Andrés Múñez Vélez"
    later = text.index("Munez Velez")
    assert any(m.start == later and m.entity is people[0] for m in found.mentions)


def test_title_before_a_name_is_kept_apart_from_the_name():
    text = "Colonel Ana Ruiz Soto inspected the troops. Mr. Derwent Halloway watched."
    found = run(text)
    ruiz = entity_of(found, "Ana Ruiz Soto", text)
    assert ruiz.title == "Colonel"
    assert entity_of(found, "Derwent Halloway", text).name == "Derwent Halloway"
    assert all("Colonel" not in text[m.start:m.end] for m in found.mentions)


def test_apposition_gives_role_and_affiliation_with_country_forces():
    text = ("The Chilean military said on Friday it had moved troops. Tomas Bellweather, "
            "spokesman for the Chilean military, said the move was routine.")
    found = run(text)
    person = entity_of(found, "Tomas Bellweather", text)
    assert person.role == "spokesman"
    [aff] = [a for a in found.affiliations if a.actor is person]
    assert aff.organisation.table == ORGANISATION and aff.organisation.country == "CHL"
    assert aff.status == "current"
    assert "spokesman" in text[aff.evidence_start:aff.evidence_end]


def test_former_soldiers_in_apposition_are_former_members_of_the_army():
    text = ("Colombia's army denied the report. Two former soldiers, Pedro Gil Mora and "
            "Luis Paz Rey, told reporters they had left in 2018.")
    found = run(text)
    for name in ("Pedro Gil Mora", "Luis Paz Rey"):
        person = entity_of(found, name, text)
        [aff] = [a for a in found.affiliations if a.actor is person]
        assert aff.status == "former" and aff.role == "soldier"
        assert aff.organisation.kind == "military" and aff.organisation.country == "COL"


def test_descriptions_of_a_countrys_army_are_one_organisation():
    text = ("Colombia's army moved north. Critics said the Colombian military had been "
            "warned, and the Colombian armed forces declined to comment.")
    found = run(text)
    orgs = {id(m.entity) for m in found.mentions if m.entity.table == ORGANISATION}
    assert len(orgs) == 1
    org = entity_of(found, "Colombian military", text)
    assert org.kind == "military" and org.country == "COL"


def test_head_of_state_government_is_the_national_government():
    text = "Donald Trump spoke on Friday. The Trump administration later imposed new tariffs."
    found = run(text)
    government = entity_of(found, "Trump administration", text)
    assert government.table == ORGANISATION and government.kind == "government"
    assert government.country == "USA"


@pytest.mark.parametrize("text", [
    "Fighting broke out near a refugee camp on Sunday.",
    "Police broke up a student protest in the capital.",
    "The unions called for a general strike.",
    "An official statement was released on Monday.",
    "A fighter jet crashed near the base.",
])
def test_a_person_noun_modifying_the_noun_after_it_describes_no_person(text: str) -> None:
    assert not mentioned(run(text), ACTOR, "anonymous")


def test_a_person_noun_before_a_verb_or_an_adverb_still_describes_someone() -> None:
    found = run("A soldier told reporters the camp was empty. A migrant since 2010, he stayed.")
    assert sorted(a.name for a in mentioned(found, ACTOR, "anonymous")) == [
        "unnamed migrant", "unnamed soldier"]


@pytest.mark.parametrize("text", [
    'Peru passed a law on "foreign agents" on Tuesday.',
    "Peru passes 'foreign agents' law",
])
def test_a_description_in_short_quotation_marks_is_no_group(text: str) -> None:
    assert mentioned(run(text), ACTOR, "group") == []


def test_attackers_suspects_and_demonstrators_are_unnamed_actors() -> None:
    found = run("Gunmen opened fire on the convoy. A suicide bomber then struck the market. "
                "Police detained a suspect and two demonstrators.")
    assert sorted((a.kind, a.name) for a in mentioned(found, ACTOR)) == [
        ("anonymous", "unnamed suicide bomber"), ("anonymous", "unnamed suspect"),
        ("group", "demonstrators"), ("group", "gunmen")]


def test_pirates_kidnappers_guerrillas_and_observers_are_groups_of_people() -> None:
    found = run("Pirates seized a ship. Police arrested three kidnappers. Guerrillas fled. "
                "Observers and peacekeepers left.")
    assert sorted(a.name for a in mentioned(found, ACTOR, "group")) == [
        "guerrillas", "kidnappers", "observers", "peacekeepers", "pirates"]


def test_a_description_apposed_to_the_speaker_after_said_is_that_speaker() -> None:
    found = run('"We will appeal," said Maria Lindqvist, a spokeswoman for Amnesty International.')
    assert [a.name for a in mentioned(found, ACTOR)] == ["Maria Lindqvist"]
    assert [(a.actor.name, a.organisation.name, a.role) for a in found.affiliations] == [
        ("Maria Lindqvist", "Amnesty International", "spokeswoman")]


@pytest.mark.parametrize("text", [
    "Mr Zorvath said in a statement that the plan had failed.",
    "Dr. Zorvath, a spokesman for the firm, said the plan had failed.",
    "Zorvath, a spokesman for the firm, said the plan had failed.",
])
def test_an_unknown_single_name_with_an_honorific_or_a_persons_apposition_is_a_person(
        text: str) -> None:
    found = run(text)
    assert [(m.entity.table, m.entity.kind, m.entity.name) for m in found.mentions] == [
        (ACTOR, "person", "Zorvath")]


def test_a_body_named_by_the_head_of_an_apposition_is_still_a_body() -> None:
    text = "Velmont, a small firm based in Ohio, said so."
    velmont = entity_of(run(text), "Velmont", text)
    assert (velmont.table, velmont.kind) == (ORGANISATION, "company")


@pytest.mark.parametrize(("text", "name"), [
    ("Floods hit the southern state of Keralo.", "Keralo"),
    ("Fighting spread to the province of Idlor.", "Idlor"),
])
def test_an_unknown_name_after_state_of_or_province_of_is_a_region(text: str, name: str) -> None:
    place = entity_of(run(text), name, text)
    assert (place.table, place.kind) == (PLACE, "region")


@pytest.mark.parametrize(("text", "name"), [
    ("Iran seized a tanker in the Gulf of Oman.", "Gulf of Oman"),
    ("Missiles fell in the Sea of Japan.", "Sea of Japan"),
])
def test_a_gulf_or_sea_of_a_name_is_one_place_not_the_country(text: str, name: str) -> None:
    found = run(text)
    places = [p.name for p in mentioned(found, PLACE)]
    assert name in places and name.split()[-1] not in places


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("An earthquake struck the High Atlas mountains.", "High Atlas", "region"),
    ("She lives in the village of Moulay Brahim.", "Moulay Brahim", "city"),
])
def test_unknown_names_after_village_of_or_before_mountains_are_places(
        text: str, name: str, kind: str) -> None:
    place = entity_of(run(text), name, text)
    assert (place.table, place.kind) == (PLACE, kind)


def test_a_town_written_in_capitals_in_a_dateline_is_named_in_title_case() -> None:
    text = "Quake hits Peru\n\nZORVANKA, Peru (AP) - Rescuers dug on Sunday."
    found = run(text)
    assert "Zorvanka" in [p.name for p in mentioned(found, PLACE, "city")]


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Ruiz opposes the ruling Velmont Dream party.", "Velmont Dream"),
    ("The Zorva Way alliance gained seats.", "Zorva Way"),
])
def test_unknown_words_before_a_lower_case_party_or_alliance_name_a_party(text: str,
                                                                          name: str) -> None:
    party = entity_of(run(text), name, text)
    assert (party.table, party.kind) == (ORGANISATION, "political")


def test_a_place_and_a_partys_member_noun_name_no_person() -> None:
    found = run("Tom Baker, a Texas Democrat, spoke. The Democrats won.")
    assert [p.name for p in mentioned(found, ACTOR, "person")] == ["Tom Baker"]


def test_chief_before_a_first_name_is_a_word_of_the_title() -> None:
    text = "Velmont Police Chief Tom Baker told reporters."
    person = entity_of(run(text), "Tom Baker", text)
    assert (person.name, person.title) == ("Tom Baker", "Velmont Police Chief")


def test_a_controlled_or_led_modifier_is_no_word_of_the_name_after_it() -> None:
    found = run("The Republican-controlled House passed the bill. Rebel-held Idlib was shelled.")
    assert mentioned(found, ACTOR, "person") == []
    assert [p.name for p in mentioned(found, PLACE)] == ["Idlib"]


def test_greater_before_a_name_makes_a_place() -> None:
    text = "Regional officials from Greater Tarrow met on Monday."
    assert entity_of(run(text), "Greater Tarrow", text).table == PLACE


@pytest.mark.parametrize(("text", "role"), [
    ("NATO Secretary-General Marta Lindqvist said so.", "Secretary-General"),
    ("Marta Lindqvist, secretary-general of NATO, said so.", "secretary-general"),
])
def test_a_hyphenated_office_is_a_role_in_the_body_named_with_it(text: str, role: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name, a.role) for a in found.affiliations] == [
        ("Marta Lindqvist", "NATO", role)]


def test_a_possessive_office_after_who_served_as_is_the_persons_own() -> None:
    found = run("Marta Lindqvist, who served as Peru's foreign minister, was arrested.")
    [person] = mentioned(found, ACTOR)
    assert (person.name, person.role) == ("Marta Lindqvist", "foreign minister")


def test_a_chamber_of_commerce_is_one_organisation() -> None:
    text = "The Tarrow Chamber of Commerce criticised the plan."
    assert [(m.entity.table, m.entity.name) for m in run(text).mentions] == [
        (ORGANISATION, "Tarrow Chamber of Commerce")]


def test_a_person_noun_that_ends_a_name_is_no_group_of_its_own() -> None:
    found = run("France condemned the alleged Revolutionary Guards plot.")
    assert not mentioned(found, ACTOR)
    assert len(mentioned(found, ORGANISATION)) == 1


@pytest.mark.parametrize(("text", "party", "status"), [
    ("The Democrats won. Marta Lindqvist, a Democrat, won a seat.", "Democratic Party",
     "current"),
    ("The Tories lost. Marta Lindqvist, a former Conservative, left.", "Conservative Party",
     "former"),
])
def test_a_party_named_in_apposition_is_one_its_member(text: str, party: str,
                                                          status: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name, a.role, a.status)
            for a in found.affiliations] == [("Marta Lindqvist", party, "member", status)]


def test_a_party_member_noun_in_apposition_needs_the_party_named() -> None:
    assert run("Marta Lindqvist, a Democrat, won a seat.").affiliations == []


def test_unnamed_person_is_one_anonymous_actor_through_later_descriptions():
    text = ("\"We are tired,\" one officer told reporters in Lima. The officer said pay was late. "
            "\"Nobody listens,\" said the man.")
    found = run(text, "doc_anon")
    anonymous = mentioned(found, ACTOR, "anonymous")
    assert len(anonymous) == 1
    actor = anonymous[0]
    assert actor.scope == "doc_anon" and "officer" in actor.name
    spans = [text[m.start:m.end] for m in found.mentions if m.entity is actor]
    assert spans == ["one officer", "The officer", "the man"]
    assert all(m.mention_type == "description" for m in found.mentions if m.entity is actor)


def test_collective_references_are_group_actors():
    text = "American officials have warned that protesters would be arrested."
    found = run(text, "doc_group")
    groups = {g.name: g for g in mentioned(found, ACTOR, "group")}
    assert "American officials" in groups and "protesters" in groups
    assert groups["American officials"].scope == "doc_group"
    assert groups["American officials"].country == "USA"


def test_nationality_adjective_is_a_mention_of_the_country():
    text = "Peruvian farmers blocked the road near the border."
    found = run(text)
    peru = entity_of(found, "Peruvian", text)
    assert peru.table == PLACE and peru.country == "PER"
    assert [m.mention_type for m in found.mentions if m.entity is peru] == ["nationality"]


@pytest.mark.parametrize("text", [
    "Angry Farmers Block Roads As Prices Rise Again\n\nThey said he was wrong.",
    "He said it was over. They Will Not Return, she wrote.",
])
def test_no_pronoun_or_headline_fragment_becomes_a_person(text):
    found = run(text)
    assert mentioned(found, ACTOR, "person") == []


def test_the_same_person_in_two_articles_has_one_id():
    first = run("Nicolás Maduro spoke on television on Sunday.", "doc_a")
    second = run("Critics of Maduro gathered in the square. Maduro did not comment.", "doc_b")
    a = mentioned(first, ACTOR, "person")
    b = mentioned(second, ACTOR, "person")
    assert len(a) == len(b) == 1 and a[0].id == b[0].id
    assert a[0].wikidata_id.startswith("Q")
    unknown_a = mentioned(run("Derwent Halloway resigned.", "doc_c"), ACTOR)
    unknown_b = mentioned(run("Halloway, said Derwent Halloway's aide.", "doc_d"), ACTOR)
    assert unknown_a[0].id in {e.id for e in unknown_b}


def test_reference_is_loaded_once_and_read_only():
    ref = reference.load()
    assert reference.load() is ref
    assert ref.lookup("Venezuela").country == "VEN"
    assert ref.lookup("us") is None and ref.lookup("US").country == "USA"
    with pytest.raises(TypeError):
        ref.folded["x"] = ref.lookup("Venezuela")  # type: ignore[index]


def test_organisation_heads_make_unknown_names_organisations():
    text = ("The Church of Halvard opened a school. The Lumen Party won two seats. "
            "The Orvin Ministry and the Tessel Police were praised by the Brandt Commission.")
    found = run(text)
    names = {e.name for e in mentioned(found, ORGANISATION)}
    assert {"Church of Halvard", "Lumen Party", "Orvin Ministry", "Tessel Police",
            "Brandt Commission"} <= names
    assert not mentioned(found, ACTOR, "person")


@pytest.mark.parametrize("text", [
    "A spokesman for Quorvex said the plant would close.",
    "Quorvex said in a statement that the plant would close.",
    "Lena Holt, a member of Quorvex, left in May.",
    "The Quorvex group denied the report.",
])
def test_a_single_word_the_sentence_makes_an_organisation(text):
    found = run(text)
    assert entity_of(found, "Quorvex", text).table == ORGANISATION


def test_a_single_name_shown_once_to_be_an_organisation_is_it_everywhere():
    text = ("Quorvex said in a statement that it would appeal. Later a Quorvex lawyer, "
            "Ada Brill, filed the papers.")
    found = run(text)
    first = entity_of(found, "Quorvex", text)
    assert entity_of(found, "Quorvex", text, after=10) is first
    brill = entity_of(found, "Ada Brill", text)
    assert [(a.organisation.name, a.role) for a in found.affiliations
            if a.actor is brill] == [("Quorvex", "lawyer")]


def test_a_capitalised_person_noun_opening_a_sentence_is_not_a_name():
    text = "Officials said the road was closed. Witnesses told police they saw smoke."
    found = run(text)
    assert not mentioned(found, ACTOR, "person")


def test_an_abbreviated_and_a_full_organisation_name_are_one_organisation():
    text = ("The KB Harbour Office denied the claim. A day later the Kell Bay Harbour Office "
            "confirmed it, and the Harbour Office apologised.")
    found = run(text)
    short = entity_of(found, "KB Harbour Office", text)
    assert short is entity_of(found, "Kell Bay Harbour Office", text)
    assert short.name == "Kell Bay Harbour Office"


def test_a_leading_the_does_not_make_another_organisation():
    text = ("A report by the Church of Halvard followed. Critics say The Church of Halvard "
            "is wrong.")
    found = run(text)
    assert [e.name for e in mentioned(found, ORGANISATION)] == ["Church of Halvard"]
    assert entity_of(found, "The Church of Halvard", text) is entity_of(
        found, "Church of Halvard", text)


def test_members_of_a_named_body_are_a_group_affiliated_with_it():
    text = ("Former members of the Lumen Party met in May. The members said little. "
            "Commanders of the Tessel Army left.")
    found = run(text)
    groups = {e.name: e for e in mentioned(found, ACTOR, "group")}
    assert set(groups) == {"former members of the Lumen Party", "commanders of the Tessel Army"}
    pairs = {(a.actor.name, a.organisation.name, a.status) for a in found.affiliations}
    assert ("former members of the Lumen Party", "Lumen Party", "former") in pairs
    assert ("commanders of the Tessel Army", "Tessel Army", "current") in pairs


def test_collective_references_with_former_keep_it():
    text = "Defectors and former soldiers met American officials. The soldiers left."
    found = run(text)
    names = {e.name for e in mentioned(found, ACTOR, "group")}
    assert {"defectors", "former soldiers", "American officials", "soldiers"} <= names


def test_critics_of_a_body_are_a_group_but_not_its_members():
    text = "Critics of the Lumen Party protested on Monday."
    found = run(text)
    assert [e.name for e in mentioned(found, ACTOR, "group")] == ["critics of the Lumen Party"]
    assert found.affiliations == []


@pytest.mark.parametrize("text, role, status", [
    ("Lena Holt, an ex-member of the Lumen Party, spoke.", "ex-member", "former"),
    ("Lena Holt, a former official of the Lumen Party, spoke.", "former official", "former"),
    ("The Lumen Party's spokesman Lena Holt spoke.", "spokesman", "current"),
    ("Lena Holt, a spokesman for the Lumen Party, spoke.", "spokesman", "current"),
])
def test_role_phrases_affiliate_a_person_with_the_organisation(text, role, status):
    found = run(text)
    holt = entity_of(found, "Lena Holt", text)
    assert [(a.organisation.name, a.role, a.status) for a in found.affiliations
            if a.actor is holt] == [("Lumen Party", role, status)]


def test_mention_index_answers_like_a_scan():
    found = Extraction()
    from newstables.extract.model import Entity
    spans = [(5, 9), (0, 20), (5, 12), (30, 31), (5, 9), (18, 25)]
    for i, (s, e) in enumerate(spans):
        found.add_mention(s, e, Entity(ACTOR, "person", f"P{i}"))
    for start, end in [(0, 40), (5, 12), (6, 7), (19, 30), (31, 31), (25, 30)]:
        inside = [m for m in found.mentions if start <= m.start and m.end <= end]
        assert found.mentions_between(start, end) == sorted(inside,
                                                             key=lambda m: (m.start, -m.end))
        hits = [m for m in found.mentions if m.start < end and start < m.end]
        assert found.mention_covering(start, end) is max(
            hits, key=lambda m: (m.end - m.start, -m.start), default=None)
    found.remove_mention(found.mentions[1])
    assert found.mention_covering(1, 2) is None


def test_a_bare_plural_after_a_group_named_with_its_body_is_that_group():
    text = "Defectors from the Lumen Party met in May. The defectors asked for help."
    found = run(text)
    first = entity_of(found, "Defectors from the Lumen Party", text)
    assert entity_of(found, "The defectors", text) is first
    assert first.name == "defectors from the Lumen Party"


# -- descriptions after a possessive, shared heads, plural coreference, groups, pronouns -------

def test_possessive_description_without_a_name_is_an_anonymous_actor_of_its_owner():
    text = "The minister met Peru's foreign minister in Lima on Tuesday to discuss trade."
    found = run(text)
    actor = entity_of(found, "Peru's foreign minister", text)
    assert (actor.table, actor.kind, actor.name) == (ACTOR, "anonymous", "foreign minister of Peru")
    assert actor.country == "PER"


def test_possessive_description_with_an_apposition_is_the_named_person():
    text = ("Peru's foreign minister, Ana Torres Vidal, said the talks would go on. "
            "Torres Vidal later left Lima.")
    found = run(text)
    person = entity_of(found, "Ana Torres Vidal", text)
    assert entity_of(found, "Peru's foreign minister", text) is person
    assert not mentioned(found, ACTOR, "anonymous")


def test_possessive_relatives_of_a_person_and_of_her():
    text = ("Marta Kessling Oyelaran left the island in 2001. Marta Kessling Oyelaran's brother "
            "stayed behind. Later she wrote to her mother about it.")
    found = run(text)
    assert entity_of(found, "Marta Kessling Oyelaran's brother", text).name == \
        "brother of Marta Kessling Oyelaran"
    mother = entity_of(found, "her mother", text)
    assert (mother.kind, mother.name) == ("anonymous", "mother of Marta Kessling Oyelaran")
    text = "Marta Kessling Oyelaran was born in Bern, but her parents moved to Oslo."
    parents = entity_of(run(text), "her parents", text)
    assert (parents.kind, parents.name) == ("group", "parents of Marta Kessling Oyelaran")


def test_possessive_pronoun_after_a_word_ending_in_its_letters():
    # 'whether' ends in 'her', 'this' in 'his': neither hides the pronoun that follows
    text = ("Tomas Lindqvist Haddad was asked whether his brother had been detained, and "
            "this his sister denied.")
    found = run(text)
    brother = entity_of(found, "his brother", text)
    assert (brother.kind, brother.name) == ("anonymous", "brother of Tomas Lindqvist Haddad")
    sister = entity_of(found, "his sister", text)
    assert (sister.kind, sister.name) == ("anonymous", "sister of Tomas Lindqvist Haddad")


def test_apposition_that_is_the_owner_itself_is_not_the_described_person():
    text = ("Dario Quenton Vasquez had left the group. After trying to reach his sister, "
            "Vasquez was told to wait.")
    found = run(text)
    sister = entity_of(found, "his sister", text)
    assert (sister.kind, sister.name) == ("anonymous", "sister of Dario Quenton Vasquez")


def test_coordinated_country_names_with_a_shared_head_are_two_countries():
    text = "The report comes after North and South Korea exchanged artillery fire."
    found = run(text)
    north, south = entity_of(found, "North", text), entity_of(found, "South Korea", text)
    assert (north.table, north.kind, north.country) == (PLACE, "country", "PRK")
    assert south.country == "KOR"
    # the first country's mention is its own word: the text at its offsets is 'North'
    assert any(text[m.start:m.end] == "North" and m.entity is north for m in found.mentions)


def test_the_south_after_a_korea_pair_and_both_countries():
    text = ("North Korea fired shells at South Korea on Thursday. The South retaliated with "
            "artillery. Both countries have put their militaries on alert.")
    found = run(text)
    south = entity_of(found, "South Korea", text)
    north = entity_of(found, "North Korea", text)
    assert entity_of(found, "South", text, text.index("The South")) is south
    both = next(m for m in found.mentions if text[m.start:m.end] == "Both countries")
    assert {id(e) for e in both.members} == {id(north), id(south)}
    assert both.entity in both.members


def test_a_compass_word_without_a_country_pair_is_left_alone():
    text = "Storms hit the South on Monday, and the North was spared. Chile sent aid."
    found = run(text)
    assert not any(text[m.start:m.end] in ("South", "North") for m in found.mentions)


def test_plural_they_keeps_to_the_named_pair_that_was_the_subject():
    from newstables.extract import coref

    text = ("Two former guards, Pedro Alvarado Ruiz and Tomas Ferrer Gil, live abroad. "
            "Alvarado Ruiz and Ferrer Gil showed reporters their messages. They claim to be "
            "organising dozens of angry workers. They reject any foreign help.")
    analysis = Analysis(text)
    found = Extraction()
    entities.find(analysis, found, "doc")
    referent = coref.resolve_pronoun(analysis, found, text.rindex("They"), "They", "doc")
    assert referent is not None and referent.kind == "group"
    assert "Pedro Alvarado Ruiz" in referent.name and "Tomas Ferrer Gil" in referent.name
    # the description in apposition to the pair is the pair's group
    assert entity_of(found, "Two former guards", text) is referent


def test_pronoun_inside_a_quotation_refers_within_it_not_to_the_narrative():
    from newstables.extract import coref, quotes

    text = ('Reuters spoke to a guard in Lima. "The older officers were against it. They still '
            'control every area," the guard said.')
    analysis = Analysis(text)
    found = Extraction()
    entities.find(analysis, found, "doc")
    quotes.find(analysis, found, "doc")  # the quotation is known: it bounds the search
    assert found.quotes
    referent = coref.resolve_pronoun(analysis, found, text.index("They"), "They", "doc")
    assert referent is not None and referent.table == ACTOR and referent.name == "officers"


def test_collective_nouns_for_bodies_of_people_are_groups():
    text = ("On Monday a military unit was arrested after they rose up. Some units reported "
            "missing rifles. The city built new housing units.")
    found = run(text)
    unit = entity_of(found, "a military unit", text)
    assert (unit.table, unit.kind, unit.name) == (ACTOR, "group", "military unit")
    assert unit.scope == "doc_test"
    assert entity_of(found, "Some units", text).kind == "group"
    assert not any(text[m.start:m.end].endswith("housing units") or
                   text[m.start:m.end] == "units" and m.start > text.index("housing")
                   for m in found.mentions)


def test_object_pronouns_become_pronoun_mentions_of_their_actor():
    text = ("Valeria Ostrova Lind was born in Oslo. Her employer moved her to Bergen, and "
            "police later took her passport and questioned her.")
    found = run(text)
    person = entity_of(found, "Valeria Ostrova Lind", text)
    pronouns = [m for m in found.mentions if m.mention_type == "pronoun"]
    assert [text[m.start:m.end] for m in pronouns] == ["her", "her"]
    assert all(m.entity is person for m in pronouns)
    assert text.index("her passport") not in {m.start for m in pronouns}
    assert not any(m.entity.kind == "pronoun" or m.entity.name.lower() == "her"
                   for m in found.mentions)


def test_pronoun_mentions_are_counted_in_the_entity_mention_count():
    import hashlib

    from newstables.extract import extract
    from newstables.raw import Article

    text = "Valeria Ostrova Lind was born in Oslo. In 2001 the court fined her."
    meta = {"title": "T", "publisher": "", "attribution": "", "source_url": "",
            "published_date": "", "published_date_basis": "unknown",
            "published_date_note": "", "language": "en", "license": ""}
    article = Article("p.txt", text, hashlib.sha256(text.encode()).hexdigest(), meta)
    rows = extract(article)
    actor = next(a for a in rows["actors"] if a["name"] == "Valeria Ostrova Lind")
    own = [m for m in rows["mentions"] if m["actor_id"] == actor["actor_id"]]
    assert actor["mention_count"] == len(own) == 2
    assert {m["mention_type"] for m in own} == {"name", "pronoun"}
    assert all(text[m["start"]:m["end"]] == m["text"] for m in rows["mentions"])


# --- scale: indexes instead of scans ----------------------------------------------------------

def test_mention_queries_match_a_plain_scan_after_additions_and_removals_in_any_order():
    import random

    from newstables.extract.model import Entity

    rng = random.Random(3)
    found = Extraction()
    people = [Entity(ACTOR, "person", f"Person {i}") for i in range(5)]
    for _ in range(400):  # starts in random order, many equal starts and spans
        start = rng.randrange(300)
        found.add_mention(start, start + rng.randrange(1, 25), rng.choice(people))
    gone = rng.sample(found.mentions, 60)
    found.remove_mention(gone[0])
    found.remove_mentions(gone[1:])
    kept = list(found.mentions)
    assert len(kept) == 340 and not any(m in gone for m in kept)
    in_text_order = sorted(kept, key=lambda m: (m.start, -m.end))  # stable: ties as added
    for _ in range(300):
        a = rng.randrange(-10, 320)
        b = a + rng.randrange(0, 40)
        assert found.mentions_between(a, b) == [
            m for m in in_text_order if a <= m.start and m.end <= b]
        assert found.mentions_starting(a, b) == [m for m in in_text_order if a <= m.start < b]
        overlapping = [m for m in kept if m.start < max(b, a + 1) and a < m.end]
        longest = max((m.end - m.start for m in overlapping), default=0)
        first = next((m for m in overlapping if m.end - m.start == longest
                      and m.start == min(o.start for o in overlapping
                                         if o.end - o.start == longest)), None)
        assert found.mention_covering(a, max(b, a + 1)) is first


def test_an_unknown_name_after_a_persons_name_and_of_is_the_persons_body():
    text = ("Voters in Lima chose Raymond Chuang of People Power, Wendell Roe from the Tidewater "
            "Alliance and Ana Quist of NWSC. Marta Kell of Tempe, Arizona, lost.")
    found = run(text)
    for body in ("People Power", "Tidewater Alliance", "NWSC"):
        assert entity_of(found, body, text).table == ORGANISATION, body
    for person in ("Raymond Chuang", "Wendell Roe", "Ana Quist", "Marta Kell"):
        assert entity_of(found, person, text).table == ACTOR, person
    assert entity_of(found, "Tempe", text).table == PLACE  # (a town: a known place follows)
    people = {a.actor.name: a.organisation.name for a in found.affiliations}
    assert people.get("Raymond Chuang") == "People Power"


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_is_no_part_of_the_name():
    text = ("The vote was close. Nonpartisan Wendell Quist won the seat. Another nonpartisan "
            "candidate lost. Mark Rathbone, who would mark the day, spoke.")
    found = run(text)
    assert entity_of(found, "Wendell Quist", text).name == "Wendell Quist"
    assert not [m for m in found.mentions if text[m.start:m.end].startswith("Nonpartisan")]
    # a first name stays, although the article writes it as a word too
    assert entity_of(found, "Mark Rathbone", text).name == "Mark Rathbone"


def test_a_school_district_is_a_body_and_a_town_before_a_state_is_a_place():
    text = ("The Tarrow Independent School District said the Tarrow Police Department acted. "
            "The boy lives in Tarrow, Arizona.")
    found = run(text)
    district = entity_of(found, "Tarrow Independent School District", text)
    assert (district.table, district.kind) == (ORGANISATION, "government")
    assert entity_of(found, "Tarrow", text, text.index("lives")).table == PLACE
    assert entity_of(found, "Arizona", text).table == PLACE


def _affiliated(found: Extraction) -> set[tuple[str, str]]:
    return {(a.actor.name, a.organisation.name) for a in found.affiliations}


def test_lists_of_people_and_their_parties_give_each_pair():
    text = ("Voters re-elected Clara Moss of the Civic Party and Wendell Pik-wan of the Unity "
            "Party. Elected were Gary Quan of DAB and Eunice Rung of New People's Party.")
    found = run(text)
    assert _affiliated(found) >= {("Clara Moss", "Civic Party"), ("Wendell Pik-wan", "Unity Party"),
                                  ("Gary Quan", "DAB"), ("Eunice Rung", "New People's Party")}
    for person in ("Clara Moss", "Wendell Pik-wan", "Gary Quan", "Eunice Rung"):
        assert entity_of(found, person, text).table == ACTOR


def test_a_party_before_a_persons_name_and_a_member_from_a_party():
    text = ("Voters chose FTU's Alice Quist. Civic Party's Jeremy Tarn won. Alvin Roe from the "
            "Labour Party won. A video of Tom Blaine from YouTube spread. Facebook co-founder "
            "Mark Zuckerberg spoke.")
    found = run(text)
    assert entity_of(found, "FTU", text).table == ORGANISATION
    pairs = _affiliated(found)
    assert {("Alice Quist", "FTU"), ("Jeremy Tarn", "Civic Party"), ("Alvin Roe", "Labour Party"),
            ("Mark Zuckerberg", "Facebook")} <= pairs
    assert ("Tom Blaine", "YouTube") not in pairs  # (where the video comes from)


def test_a_title_after_a_nationality_is_the_persons_title():
    text = "Afghan Ambassador Hamdullah Quist spoke. Later Quist left."
    person = entity_of(run(text), "Hamdullah Quist", text)
    assert (person.name, person.title) == ("Hamdullah Quist", "Ambassador")


def test_a_description_right_before_a_persons_name_is_no_second_actor():
    text = "A spokesman John Kirby said the talks failed. One soldier Ana Ruiz left."
    found = run(text)
    assert [e.name for e in mentioned(found, ACTOR)] == ["John Kirby", "Ana Ruiz"]


def test_hashtags_group_nouns_and_a_body_named_again():
    text = ("The hashtag #IStandWithQuist spread. The localist group Civic Ardour won a seat; "
            "Ana Quist resigned her leadership in Civic Ardour. The State and Homeland "
            "Security Departments agreed.")
    found = run(text)
    assert not [m for m in found.mentions if "IStandWithQuist" in text[m.start:m.end]]
    assert {entity_of(found, "Civic Ardour", text, after).table
            for after in (0, text.index("leadership"))} == {ORGANISATION}
    assert not [e for e in mentioned(found, ACTOR) if "Department" in e.name]
    # (two bodies sharing the head: test_two_bodies_sharing_a_plural_head_are_two_organisations)
    assert {"United States Department of State", "United States Department of Homeland Security"} \
        <= {e.name for e in mentioned(found, ORGANISATION)}


def test_an_unknown_name_after_the_is_a_modifier_unless_it_begins_with_a_first_name():
    text = ("In the Kowloon Vest geographical constituency, turnout rose. Fans shared the Tom "
            "Blaine video.")
    found = run(text)
    assert not [m for m in found.mentions if "Kowloon" in text[m.start:m.end]]
    assert entity_of(found, "Tom Blaine", text).table == ACTOR


def test_bare_police_is_the_articles_one_police_force_and_so_the_arrests_source():
    from newstables.extract import events

    text = ("The Tarrow Police Department said the boy broke no rule. Police arrested Ana Ruiz "
            "at her school. She was handcuffed by the police.")
    analysis, found = Analysis(text), Extraction()
    entities.find(analysis, found, "doc_test")
    force = entity_of(found, "Tarrow Police Department", text)
    assert entity_of(found, "Police", text, text.index("rule")) is force
    assert entity_of(found, "the police", text) is force
    events.find(analysis, found, "doc_test", "2019-01-28")
    arrests = [e for e in found.events if e.event_type == "COERCE"]
    assert arrests and all([p.entity for p in e.participants if p.role == "source"] == [force]
                           for e in arrests)


def test_a_place_before_an_office_is_no_part_of_a_name():
    text = "Ana Roe, Texas Attorney General, spoke on Monday."
    found = run(text)
    assert entity_of(found, "Texas", text).table == PLACE
    assert [e.name for e in mentioned(found, ACTOR)] == ["Ana Roe"]


def test_a_portfolio_and_office_before_a_name_are_its_title():
    text = "Fisheries Minister Ana Quist spoke. Later Quist left."
    person = entity_of(run(text), "Ana Quist", text)
    assert (person.name, person.title) == ("Ana Quist", "Fisheries Minister")


def test_words_that_end_no_persons_name():
    text = ("The memo was marked Secret C on each page. Its Records Retrieval System failed. "
            "\"I'm told it works,\" Ana Quist said. The Lottery Board met on Castlemain Road "
            "near Carnegie Hall, where John Hall spoke. Officials went to Foreign Affairs offices.")
    found = run(text)
    people = {e.name for e in mentioned(found, ACTOR, "person")}
    assert people == {"Ana Quist", "John Hall"}
    assert entity_of(found, "Lottery Board", text).table == ORGANISATION
    assert entity_of(found, "Castlemain Road", text).table == PLACE
    assert entity_of(found, "Carnegie Hall", text).table == PLACE


def test_a_nationality_ends_no_name_and_a_municipality_of_a_town_is_a_body():
    text = ("Upset Canadian voters left. The Municipality of Vello asked for taxes on "
            "Monday.")
    found = run(text)
    assert not mentioned(found, ACTOR, "person")
    assert entity_of(found, "Municipality of Vello", text).table == ORGANISATION


def test_a_party_named_in_a_members_description_is_the_members_party():
    text = "Ana Quist, an Ottawa New Democrat MP, said the lapse was serious."
    found = run(text)
    assert ("Ana Quist", "New Democratic Party") in _affiliated(found)


def test_a_role_of_an_unknown_name_makes_it_a_body_and_a_region_word_a_place() -> None:
    text = ("Ana Quist, chairwoman of the Velta, won. Bo Ruiz, the founder of FIRST, spoke. "
            "The president of the Lombara region, Tom Blaine, left.")
    found = run(text)
    assert {("Ana Quist", "Velta"), ("Bo Ruiz", "FIRST")} <= _affiliated(found)
    assert entity_of(found, "Lombara", text).table == PLACE


def test_everyone_listed_after_a_bodys_possessive_belongs_to_it() -> None:
    text = "Voters backed Velta Party's Alan Quist, Tanya Ruiz and Ana Roe, and Bo Blaine won."
    pairs = _affiliated(run(text))
    assert {("Alan Quist", "Velta Party"), ("Tanya Ruiz", "Velta Party"),
            ("Ana Roe", "Velta Party")} <= pairs
    assert ("Bo Blaine", "Velta Party") not in pairs  # (a new clause, not the list)


def test_an_office_of_a_portfolio_before_a_name_is_its_title() -> None:
    text = ("The prime minister spoke. Minister of Education Ana Quist said more. Later, "
            "Minister of Foreign Affairs Tom Blaine agreed.")
    found = run(text)
    for name, title in (("Ana Quist", "Minister of Education"),
                        ("Tom Blaine", "Minister of Foreign Affairs")):
        person = entity_of(found, name, text)
        assert (person.table, person.name, person.title) == (ACTOR, name, title)


def test_an_office_of_the_portfolio_before_a_name_is_its_title_and_role() -> None:
    text = ("Minister of the Interior Ana Quist spoke first. Then the Secretary of the Navy "
            "Tom Blaine agreed.")
    found = run(text)
    for name, title in (("Ana Quist", "Minister of the Interior"),
                        ("Tom Blaine", "Secretary of the Navy")):
        person = entity_of(found, name, text)
        assert (person.table, person.name, person.title, person.role) == (
            ACTOR, name, title, title)
    assert not [e for e in mentioned(found, ACTOR) if "Interior" in e.name or "Navy" in e.name]


def test_an_office_of_a_portfolio_with_no_name_after_it_names_no_one() -> None:
    text = ("The Minister of the Interior said nothing. The Secretary of Public Security, Ana "
            "Quist, spoke instead.")
    found = run(text)
    assert [e.name for e in mentioned(found, ACTOR)] == ["Ana Quist"]
    assert entity_of(found, "Ana Quist", text).role == "Secretary of Public Security"


def test_an_office_of_the_body_is_no_organisation_named_by_the_bodys_head_word() -> None:
    text = "The President of the Tarrow Council, Ana Quist, opened the meeting."
    found = run(text)
    council = entity_of(found, "Tarrow Council", text)
    assert (council.table, council.name) == (ORGANISATION, "Tarrow Council")
    assert not [m for m in found.mentions if "President" in text[m.start:m.end]]


def test_a_countrys_office_of_a_portfolio_before_a_name_is_the_persons_title() -> None:
    text = "Spain's Minister of the Interior, Ana Quist, spoke. Peru's Minister Tom Blaine agreed."
    found = run(text)
    assert not mentioned(found, ACTOR, "anonymous")  # no 'Minister of Spain' beside her
    assert entity_of(found, "Ana Quist", text).role == "Minister of the Interior"


def test_bare_police_is_an_unnamed_force_of_the_article_when_none_is_named() -> None:
    text = ("Police arrested Ana Ruiz on Monday. She was handcuffed by the police. Troops shelled "
            "police posts.")
    found = run(text, "doc_a")
    force = entity_of(found, "Police", text)
    assert (force.table, force.kind, force.name, force.scope) == (
        ORGANISATION, "government", "police", "doc_a")
    assert entity_of(found, "the police", text) is force
    assert not [m for m in found.mentions if m.start == text.index("police posts")]
    other = entity_of(run("Police said little.", "doc_b"), "Police", "Police said little.")
    assert other.key != force.key  # one article's police is not another's


def test_bare_police_is_the_articles_sheriffs_office() -> None:
    text = "Tom Blaine of the Tarrow Sheriff's office spoke. Ana Ruiz told the police everything."
    found = run(text)
    assert "Sheriff" in entity_of(found, "the police", text).name


@pytest.mark.parametrize(("text", "pair", "role", "status"), [
    ("Ana Ruiz, who heads the Health Ministry, said so.", ("Ana Ruiz", "Health Ministry"),
     "head", "current"),
    ("Ana Ruiz, who led the Labour Party until 2010, spoke.", ("Ana Ruiz", "Labour Party"),
     "leader", "former"),
    ("Ana Ruiz, Amnesty International's director, said so.",
     ("Ana Ruiz", "Amnesty International"), "director", "current"),
    ("Velmont CEO Ana Ruiz said so.", ("Ana Ruiz", "Velmont"), "CEO", "current"),
    ("Ana Ruiz, the CEO of Velmont, said so.", ("Ana Ruiz", "Velmont"), "CEO", "current"),
])
def test_roles_stated_in_relative_clauses_possessives_and_company_offices(
        text: str, pair: tuple[str, str], role: str, status: str) -> None:
    found = run(text)
    rows = [(a.role, a.status) for a in found.affiliations
            if (a.actor.name, a.organisation.name) == pair]
    assert rows == [(role, status)]


@pytest.mark.parametrize(("text", "members", "status"), [
    ("He was helped by former members of Greenpeace, including musician Tom Vale and actor "
     "Rita Moss.", ["Tom Vale", "Rita Moss"], "former"),
    ("Members of the Labour Party, such as Ana Ruiz, Tom Vale and Rita Moss, voted.",
     ["Ana Ruiz", "Tom Vale", "Rita Moss"], "current"),
])
def test_people_a_group_of_members_includes_share_its_affiliation(
        text: str, members: list[str], status: str) -> None:
    found = run(text)
    org = "Greenpeace" if "Greenpeace" in text else "Labour Party"
    people = [a.actor.name for a in found.affiliations if a.organisation.name == org
              and a.actor.kind == "person" and a.status == status]
    assert people == members


def test_people_listed_after_a_group_without_including_are_not_its_members() -> None:
    found = run("Members of Greenpeace met Tom Vale and Rita Moss on Monday.")
    assert {a.actor.kind for a in found.affiliations} <= {"group"}


@pytest.mark.parametrize(("text", "pair", "role"), [
    ("A Peruvian government source said the airline would be banned.",
     ("unnamed government source", "Government of Peru"), "source"),
    ("Peruvian officials agreed. The Peruvian government said so.",
     ("Peruvian officials", "Government of Peru"), "official"),
    ("The United States government agreed. US Secretary of State Ana Ruiz said so.",
     ("Ana Ruiz", "Federal Government of the United States"), "Secretary of State"),
])
def test_officials_and_sources_of_a_country_belong_to_its_government(
        text: str, pair: tuple[str, str], role: str) -> None:
    found = run(text)
    assert [a.role for a in found.affiliations
            if (a.actor.name, a.organisation.name) == pair] == [role]


def test_a_named_minister_of_no_stated_country_serves_the_articles_government() -> None:
    found = run("The Peruvian government agreed. Prime Minister Ana Ruiz said so.")
    assert [(a.organisation.name, a.role) for a in found.affiliations
            if a.actor.name == "Ana Ruiz"] == [("Government of Peru", "Prime Minister")]


def test_a_president_of_no_stated_country_is_not_taken_for_the_governments() -> None:
    found = run("The Peruvian government agreed. President Ana Ruiz of the Lima Chess Club "
                "said so.")
    assert "Government of Peru" not in [a.organisation.name for a in found.affiliations]


@pytest.mark.parametrize(("text", "pair", "status"), [
    ("He was jailed under Ana Ruiz's former party Civic Platform's rule.",
     ("Ana Ruiz", "Civic Platform"), "former"),
    ("Tom Vale's employer, the Velmont Corporation, denied it.",
     ("Tom Vale", "Velmont Corporation"), "current"),
])
def test_the_body_a_persons_possessive_calls_theirs(
        text: str, pair: tuple[str, str], status: str) -> None:
    found = run(text)
    assert [a.status for a in found.affiliations
            if (a.actor.name, a.organisation.name) == pair] == [status]


@pytest.mark.parametrize(("text", "party", "role"), [
    ("Republicans won the Senate. Republican Senator Ana Ruiz spoke.", "Republican Party",
     "Senator"),
    ("The Democratic Party lost. Democratic Representative Tom Vale conceded.",
     "Democratic Party", "Representative"),
])
def test_a_party_adjective_before_an_office_names_the_persons_party(
        text: str, party: str, role: str) -> None:
    found = run(text)
    assert [(a.organisation.name, a.role) for a in found.affiliations] == [(party, role)]


def test_a_us_legislators_party_initial_names_the_party() -> None:
    text = "Senator Ana Ruiz (D-Calif.) and Representative Tom Vale (R-TX) spoke."
    found = run(text)
    assert sorted((a.actor.name, a.organisation.name) for a in found.affiliations) == [
        ("Ana Ruiz", "Democratic Party"), ("Tom Vale", "Republican Party")]
    assert sorted(text[m.start:m.end] for m in found.mentions
                  if m.entity.kind == "political") == ["D", "R"]


def test_a_us_legislators_party_initial_and_state_after_a_comma_names_the_party() -> None:
    text = ("Sen. Ana Ruiz, D-Ohio, and Rep. Tom Vale, R-N.Y., spoke. Bo Lusk, D-Day veteran, "
            "and Kim Lee, R-Velmont, did not.")
    found = run(text)
    assert sorted((a.actor.name, a.organisation.name) for a in found.affiliations) == [
        ("Ana Ruiz", "Democratic Party"), ("Tom Vale", "Republican Party")]


def test_a_party_the_article_never_names_gets_no_affiliation() -> None:
    found = run("Republican Senator Ana Ruiz spoke in Ohio.")
    assert found.affiliations == []


def test_british_is_a_nationality_not_a_title() -> None:
    found = run("The British government said so.")
    assert {e.name for e in found.entities.values()} == {
        "United Kingdom", "Government of the United Kingdom"}


def test_a_surname_two_people_share_folded_goes_to_the_one_written_alike() -> None:
    text = ("Ibrahim Sahin was held. Justice Minister Mehmet Ali Şahin agreed. It is fine, "
            "said Şahin, and Sahin denied it.")
    found = run(text)
    owners = {text[m.start:m.end]: m.entity.name for m in found.mentions
              if m.entity.kind == "person" and " " not in text[m.start:m.end]}
    assert owners == {"Şahin": "Mehmet Ali Şahin", "Sahin": "Ibrahim Sahin"}


def test_a_weekday_before_a_nationality_is_no_town() -> None:
    found = run("On Monday, Hungarian daily Magyar Nemzet revealed a deal.")
    assert "Monday" not in {e.name for e in found.entities.values()}


def test_a_name_ending_in_management_is_a_company() -> None:
    found = run("It is under the aegis of Hungarian National Asset Management, Inc.")
    assert [(e.table, e.kind) for e in found.entities.values()
            if e.name.endswith("Asset Management")] == [(ORGANISATION, "company")]


@pytest.mark.parametrize(("name", "kind"), [
    ("Tarrow Coast Guard", "military"), ("Kora Gendarmerie", "military"),
    ("Velta Militia", "military"), ("Kora Secretariat", "government"),
    ("Velo Security Service", "government"), ("Tarrow Railways", "company"),
    ("Velmont Academy", "other"), ("Lusk Hospital", "other"), ("Velo Museum", "other"),
    ("National Directorate for Security", "government"),
    ("Office for Kora Statistics", "government"),
])
def test_a_run_ending_in_or_headed_by_a_word_for_a_body_is_that_body(name: str, kind: str
                                                                      ) -> None:
    text = f"Soldiers.\n\nOn Monday the {name} said it would reply."
    org = entity_of(run(text), name, text)
    assert (org.table, org.kind, org.name) == (ORGANISATION, kind, name)


def test_a_field_or_adjective_before_a_word_is_no_title_that_makes_a_person() -> None:
    text = ("Soldiers.\n\nShiu Ka-chun of the Social Welfare constituency won. District "
            "Attorney Ana Ruiz and Federal Judge Kim Lee spoke.")
    found = run(text)
    assert sorted(e.name for e in mentioned(found, ACTOR, "person")) == [
        "Ana Ruiz", "Kim Lee", "Shiu Ka-chun"]
    assert entity_of(found, "Ana Ruiz", text).title == "District Attorney"
    assert entity_of(found, "Kim Lee", text).title == "Federal Judge"


@pytest.mark.parametrize(("sentence", "name", "table", "kind"), [
    ("Tusia Velk, the main business association in Kora, said so.", "Tusia Velk",
     ORGANISATION, "other"),
    ("Velkor Dasht, a Kurdish news agency, reported it.", "Velkor Dasht", ORGANISATION,
     "media"),
    ("Lusko Rising, an opposition party, won.", "Lusko Rising", ORGANISATION, "political"),
    ("Kora Dasht, a small town in the east, was hit.", "Kora Dasht", PLACE, "city"),
])
def test_a_description_apposed_to_an_unknown_name_says_what_it_names(
        sentence: str, name: str, table: str, kind: str) -> None:
    text = f"Soldiers.\n\n{sentence} Ana Ruiz, a party official, and Tom Blaine, a former " \
        "air force pilot, spoke."
    found = run(text)
    entity = entity_of(found, name, text)
    assert (entity.table, entity.kind, entity.name) == (table, kind, name)
    assert {e.name for e in mentioned(found, ACTOR, "person")} == {"Ana Ruiz", "Tom Blaine"}


def test_roles_news_gives_people_and_an_owners_possessive_outside_the_role() -> None:
    text = ("Talks stall\n\nSpeaking to reporters, Velmont's chief negotiator Ana Ruiz said the "
            "talks were hard. Tom Blaine, a Republican strategist, agreed. Kim Lee, the union's "
            "lead organiser, spoke. A mediator said more. Later her ex-husband and Bo Lusk's "
            "father, Tom Lusk, spoke.")
    found = run(text)
    roles = {e.name: e.role for e in mentioned(found, ACTOR)}
    assert (roles["Ana Ruiz"], roles["Tom Blaine"], roles["Kim Lee"]) == (
        "chief negotiator", "Republican strategist", "lead organiser")
    assert "mediator" in [e.role for e in mentioned(found, ACTOR, "anonymous")]
    assert "Bo Lusk's father" in roles.values()  # (a relative's owner is part of the role)


def test_abbreviated_titles_and_company_suffixes() -> None:
    text = ("Fine\n\nVelmont Chemical Co. and Tarrow Lusk PLC were fined. Sen. Kim Lee "
            "and Lt. Col. Tom Blaine spoke.")
    found = run(text)
    for name in ("Velmont Chemical Co", "Tarrow Lusk PLC"):
        org = entity_of(found, name, text)
        assert (org.table, org.kind) == (ORGANISATION, "company")
    assert entity_of(found, "Kim Lee", text).role == "Sen."
    assert entity_of(found, "Tom Blaine", text).role == "Lt. Col."


def test_an_office_for_a_portfolio_is_the_whole_role() -> None:
    text = "Soldiers.\n\nAna Ruiz, Commissioner for Human Rights, and Tom Blaine spoke."
    assert entity_of(run(text), "Ana Ruiz", text).role == "Commissioner for Human Rights"


def test_the_names_listed_after_a_plural_kind_noun_and_including_are_of_that_kind() -> None:
    text = ("Soldiers.\n\nIt told firms including Tarrow Bahn, Velmont Telekom, Kordia and Lusk "
            "to stop. Parties such as Velta Unity and Kora Rising agreed. Groups including Ana "
            "Ruiz's stayed.")
    found = run(text)
    for name, kind in (("Tarrow Bahn", "company"), ("Velmont Telekom", "company"),
                       ("Kordia", "company"), ("Lusk", "company"), ("Velta Unity", "political"),
                       ("Kora Rising", "political")):
        org = entity_of(found, name, text)
        assert (org.table, org.kind, org.name) == (ORGANISATION, kind, name)
    assert entity_of(found, "Ana Ruiz", text).table == ACTOR  # (a possessive: no group's name)


def test_think_tanks_charities_and_watchdogs_name_the_name_after_them() -> None:
    text = ("Warning\n\nLondon-based think tank Velta House warned of it. Charities including "
            "Kora Relief and Lusk Aid agreed.")
    found = run(text)
    for name in ("Velta House", "Kora Relief", "Lusk Aid"):
        assert entity_of(found, name, text).table == ORGANISATION


def test_a_journal_names_the_name_after_it_even_one_joined_by_an_ampersand() -> None:
    text = ("Soldiers.\n\nJournals including Velta Science & Medicine criticised it. The "
            "journal Kora Letters printed it.")
    found = run(text)
    for name in ("Velta Science & Medicine", "Kora Letters"):
        org = entity_of(found, name, text)
        assert (org.table, org.kind, org.name) == (ORGANISATION, "media", name)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The news agency AFP placed the toll in the hundreds.", "Agence France-Presse", "media"),
    ("The news agency Velmontia reported it.", "Velmontia", "media"),
])
def test_a_news_agency_is_media_and_a_known_name_after_a_kind_noun_is_the_known_one(
        text: str, name: str, kind: str) -> None:
    found = run(text)
    assert [(e.name, e.kind) for e in found.entities.values()
            if e.table == ORGANISATION] == [(name, kind)]


def test_a_known_name_opening_with_a_capitalised_particle_is_found() -> None:
    found = run("Al Jazeera reported on Thursday that coverage had risen.")
    assert [(e.name, e.kind) for e in found.entities.values()] == [("Al Jazeera", "media")]


def test_according_to_is_no_part_of_a_role() -> None:
    found = run("According to Samoa Observer editor Keni Lesa, the movement grew.")
    assert [a.role for a in found.affiliations if a.actor.name == "Keni Lesa"] == ["editor"]


def test_a_plural_office_is_no_persons_name() -> None:
    found = run("Two Democratic Representatives, Tom Vale and Rita Moss, opposed it.")
    assert sorted(e.name for e in found.entities.values() if e.kind == "person") == [
        "Rita Moss", "Tom Vale"]


def test_a_weekday_before_a_country_is_no_town() -> None:
    found = run("On Friday, United States District Judge Tom Vale reconsidered.")
    assert "Friday" not in {e.name for e in found.entities.values()}


def test_a_role_in_apposition_ends_before_a_clause_of_its_own() -> None:
    found = run("The House of Commons met. Tom Vale, the third President to be censured by the "
                "House of Commons, left.")
    assert [a for a in found.affiliations if a.actor.name == "Tom Vale"] == []


def test_a_body_then_an_office_then_a_name_is_a_person_with_a_title() -> None:
    found = run("Senate President Tomas Vale expressed opposition to the plan.")
    assert [(e.name, e.title) for e in found.entities.values() if e.kind == "person"] == [
        ("Tomas Vale", "Senate President")]


@pytest.mark.parametrize(("text", "pair"), [
    ("The Interior Ministry said so. Interior Minister Ana Ruiz agreed.",
     ("Ana Ruiz", "Interior Ministry")),
    ("The Foreign and Commonwealth Office said so. UK Foreign Secretary Tom Vale lost.",
     ("Tom Vale", "Foreign and Commonwealth Office")),
])
def test_a_minister_belongs_to_the_body_named_for_the_portfolio(
        text: str, pair: tuple[str, str]) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations
            if a.actor.name == pair[0]] == [pair]


def test_a_portfolio_no_body_of_the_article_holds_gives_no_affiliation() -> None:
    found = run("The Interior Ministry said so. Justice Minister Ana Ruiz agreed.")
    assert found.affiliations == []


def test_defectors_named_after_an_army_are_not_counted_as_its_members() -> None:
    found = run("Two dozen Bolivian Navy defectors gathered in Lima on Friday.")
    assert [a for a in found.affiliations if a.actor.kind == "group"] == []


def test_arabic_names_with_a_lower_case_article_are_names() -> None:
    found = run("He trained with al-Qaeda and later met al-Assad in Damascus.")
    kinds = {e.name: (e.table, e.kind) for e in found.entities.values()}
    assert kinds["al-Qaeda"][0] == ORGANISATION
    assert kinds["Bashar al-Assad"] == (ACTOR, "person")


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Germany banned Velmont Air on Monday.", "Velmont Air", "company"),
    ("The Democratic Alliance criticised the visit.", "Democratic Alliance", "political"),
    ("Leaders of the Youth Coalition met on Monday.", "Youth Coalition", "political"),
    ("Shares fell on the Lisbon Stock Exchange.", "Lisbon Stock Exchange", "company"),
])
def test_airlines_alliances_coalitions_and_exchanges_are_organisations(
        text: str, name: str, kind: str) -> None:
    found = run(text)
    assert [(e.table, e.kind) for e in found.entities.values() if e.name == name] == [
        (ORGANISATION, kind)]


@pytest.mark.parametrize("text", [
    "The bomb went off within the Roman Catholic cathedral.",
    "Voters in Muslim-majority Mindanao approved the law.",
    "Typhoon Phanfone made landfall on Tuesday; Phanfone later weakened.",
])
def test_words_of_a_faith_or_a_storm_are_no_part_of_a_persons_name(text: str) -> None:
    found = run(text)
    assert [e.name for e in found.entities.values() if e.kind == "person"] == []


@pytest.mark.parametrize("text", [
    "The Islamic State of Iraq and the Levant claimed the attack.",
    "He said the Islamic State of Iraq and the Levant claimed the attack.",
])
def test_a_known_name_holding_and_the_is_one_name(text: str) -> None:
    found = run(text)
    assert [(e.name, m) for e in found.entities.values()
            for m in [text[x.start:x.end] for x in found.mentions if x.entity is e]] == [
        ("Islamic State", "Islamic State of Iraq and the Levant")]


def test_an_ex_title_is_a_title_not_a_person() -> None:
    found = run("Ex-President Ana Ruiz spoke in Lima.")
    assert [e.name for e in found.entities.values() if e.kind == "person"] == ["Ana Ruiz"]


def test_two_bodies_sharing_a_plural_head_are_two_organisations() -> None:
    text = ("After talks between the State and Homeland Security Departments, the team was let "
            "in. Police and Fire Departments rushed to the hall.")
    found = run(text)
    state = entity_of(found, "State", text)
    homeland = entity_of(found, "Homeland Security Departments", text)
    assert (state.name, state.wikidata_id) == ("United States Department of State", "Q789915")
    assert homeland.name == "United States Department of Homeland Security"
    assert state is not homeland
    assert entity_of(found, "Police", text).name == "Police Department"
    assert entity_of(found, "Fire Departments", text).name == "Fire Department"
    assert all(m.entity.table == ORGANISATION for m in found.mentions
               if text[m.start:m.end] in ("State", "Police"))


def test_a_singular_head_after_and_names_one_body() -> None:
    text = "The Trade and Industry Department said prices rose."
    found = run(text)
    assert entity_of(found, "Trade and Industry Department", text).name \
        == "Trade and Industry Department"


def test_and_inside_the_of_phrase_of_a_body_keeps_one_name() -> None:
    text = ("The Ministry of Trade and Industry said exports rose. The Department of Health and "
            "Human Services announced a rule.")
    found = run(text)
    assert entity_of(found, "Ministry of Trade and Industry", text).table == ORGANISATION
    assert entity_of(found, "Department of Health and Human Services", text).table \
        == ORGANISATION
    assert not mentioned(found, ACTOR)  # ('Industry' and 'Human Services' are no people)


def test_and_before_a_name_of_its_own_parts_two_entities() -> None:
    text = ("The Institute of Peace and Sara Lind spoke. The Department of Justice and "
            "Microsoft agreed. The Bank of England and Barclays met.")
    found = run(text)
    assert entity_of(found, "Institute of Peace", text).table == ORGANISATION
    assert entity_of(found, "Sara Lind", text).table == ACTOR  # a first name: a person
    assert entity_of(found, "Microsoft", text).table == ORGANISATION  # a known name
    assert entity_of(found, "Bank of England", text).table == ORGANISATION  # a company's head
    assert not [m for m in found.mentions if " and " in text[m.start:m.end]]


def test_an_ampersand_with_no_space_joins_a_name() -> None:
    text = "Students at Texas A&M University protested. The R&D Department grew."
    found = run(text)
    assert entity_of(found, "Texas A&M University", text).table == ORGANISATION
    assert entity_of(found, "R&D Department", text).table == ORGANISATION
    assert not [m for m in found.mentions if text[m.start:m.end] in ("Texas", "M University")]


def test_an_ampersand_name_is_one_word_and_no_person_of_its_last_letter() -> None:
    text = "AT&T said profits rose. A spokesman for AT&T said so. Shares of P&G fell."
    found = run(text)
    assert not mentioned(found, ACTOR, "person")  # ('T' and '&T' were people)
    assert not [m for m in found.mentions if text[m.start:m.end] in ("T", "&T", "P", "G")]
    body = entity_of(found, "AT&T", text, text.index("for"))
    assert (body.table, body.name) == (ORGANISATION, "AT&T")


@pytest.mark.parametrize("name", ["Nathan Law", "James To", "Wilson Or", "Brian May"])
def test_a_surname_that_is_a_common_word_after_a_first_name_is_a_person(name: str) -> None:
    text = f"The councillor {name} was elected on Sunday. Voters backed {name} again."
    found = run(text)
    person = entity_of(found, name, text)
    assert (person.table, person.kind, person.name) == (ACTOR, "person", name)
    assert entity_of(found, name, text, text.index("Voters")) is person


@pytest.mark.parametrize("words", ["Victoria Day", "Easter Monday", "Stanley Cup",
                                   "Nathan Law Review", "Judge To", "NATHAN LAW"])
def test_a_common_word_after_a_name_is_no_surname_without_the_rule(words: str) -> None:
    # days name holidays; 'cup' is no census surname; the rule takes a first name and one word
    # written as a name
    text = f"Reports about {words} appeared on Sunday."
    found = run(text)
    assert not [m for m in found.mentions
                if m.entity.kind == "person" and text[m.start:m.end] == words]


def test_a_hyphenated_modifier_opening_a_sentence_is_no_part_of_a_two_word_name() -> None:
    text = ("Ann Chiang of DAB won. Pro-Beijing DAB's Starry Lee was elected, and other "
            "pro-Beijing candidates lost. Labour Party members met; the labour vote fell.")
    found = run(text)
    assert entity_of(found, "DAB", text, text.index("Pro-")).name == "DAB"
    assert not [m for m in found.mentions if text[m.start:m.end].startswith("Pro-")]
    assert ("Starry Lee", "DAB") in {(a.actor.name, a.organisation.name)
                                     for a in found.affiliations}
    # two words with no hyphen are often a body's whole name: kept
    assert entity_of(found, "Labour Party", text).table == ORGANISATION


@pytest.mark.parametrize("town, region", [("Mountain View", "California"),
                                          ("Pine Bluff", "Arkansas"),
                                          ("Alcalá de Henares", "Spain")])
def test_an_unknown_run_before_a_comma_and_a_known_region_is_a_town(town: str,
                                                                      region: str) -> None:
    text = f"The meeting was held in {town}, {region}, on Friday."
    found = run(text)
    place = entity_of(found, town, text)
    assert (place.table, place.kind, place.name) == (PLACE, "city", town)


def test_an_unknown_run_right_after_in_or_near_is_a_town_not_a_person() -> None:
    text = ("Soldiers.\n\nA bomb exploded in Kora Dasht on Monday. Fighting near Velo Abad "
            "went on. Faith in Ana Ruiz fell.")
    found = run(text)
    for town in ("Kora Dasht", "Velo Abad"):
        place = entity_of(found, town, text)
        assert (place.table, place.kind, place.name) == (PLACE, "city", town)
    assert entity_of(found, "Ana Ruiz", text).table == ACTOR  # a first name: a person


def test_an_unknown_run_before_a_word_for_a_region_is_that_region() -> None:
    text = ("Soldiers.\n\nThe base is in the north of Kora's Velo Dasht province. Ana Ruiz "
            "district officials and Tom Blaine state media spoke.")
    found = run(text)
    region = entity_of(found, "Velo Dasht", text)
    assert (region.table, region.kind) == (PLACE, "region")
    assert [e.name for e in mentioned(found, PLACE, "region")] == ["Velo Dasht"]


def test_stations_and_cathedrals_are_places_and_a_town_is_no_body_named_after_it() -> None:
    text = ("Stabbing\n\nA man was stabbed in central Tarrow on Saturday. He was taken to "
            "Tarrow General Hospital. Witnesses saw a man run to Victoria Station and Kora "
            "Cathedral. Velmont Corp said it would help. Velmont said more.")
    found = run(text)
    for name in ("Victoria Station", "Kora Cathedral"):
        assert entity_of(found, name, text).table == PLACE
    hospital = entity_of(found, "Tarrow General Hospital", text)
    assert all(m.entity is not hospital for m in found.mentions
               if m.start == text.index("Tarrow on"))
    assert entity_of(found, "Velmont", text, text.index("help")) is entity_of(
        found, "Velmont Corp", text)


def test_the_capital_apposed_to_a_name_makes_it_a_city_and_an_opening_adjective_no_name(
        ) -> None:
    text = ("Quake\n\nThe epicentre was 80 km from the capital, Lusk. Neighbouring Tarrow "
            "offered aid.")
    found = run(text)
    city = entity_of(found, "Lusk", text)
    assert (city.table, city.kind) == (PLACE, "city")
    assert not [m for m in found.mentions if "Neighbouring" in text[m.start:m.end]]


def test_a_places_local_body_and_a_member_set_off_by_commas() -> None:
    text = ("Attack\n\nGhulam Rabbani, of the Velo Dasht provincial council, spoke. The Lima "
            "city council met. Tom Blaine, of Lusk, Ohio, left.")
    found = run(text)
    council = entity_of(found, "Velo Dasht provincial council", text)
    assert (council.table, council.kind) == (ORGANISATION, "government")
    assert entity_of(found, "Velo Dasht", text).table == PLACE
    assert entity_of(found, "Lima city council", text).table == ORGANISATION
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] == [
        ("Ghulam Rabbani", "Velo Dasht provincial council")]


def test_a_nationality_and_office_before_a_known_name_are_no_person() -> None:
    text = "Talks\n\nIsraeli Defence Minister Yoav Gallant visited the troops."
    found = run(text)
    assert [e.name for e in mentioned(found, ACTOR, "person")] == ["Yoav Gallant"]


def test_a_title_alias_gives_way_to_the_longer_name_after_the_title() -> None:
    text = "Talks\n\nChinese President Xi Jinping met the envoy. President Xi said so."
    found = run(text)
    xi = [m for m in found.mentions if m.entity.name == "Xi Jinping"]
    assert [text[m.start:m.end] for m in xi] == ["Xi Jinping", "President Xi"]


def test_occupations_by_their_ending_and_adjectives_of_officials_opening_a_sentence() -> None:
    text = ("Flood\n\nKim Lee, a hydrologist at Tarrow University, spoke. Local officials "
            "agreed. Senior officials said more. Velmont officials declined to comment.")
    found = run(text)
    assert entity_of(found, "Kim Lee", text).role == "hydrologist"
    assert ("Kim Lee", "Tarrow University") in {(a.actor.name, a.organisation.name)
                                                for a in found.affiliations}
    assert [e.name for e in mentioned(found, ORGANISATION)] == ["Tarrow University", "Velmont"]


def test_a_day_after_a_link_ends_the_run_and_a_body_on_a_matter_is_one_name() -> None:
    text = ("Migrants\n\nThe boat reached the Canary Islands on Saturday. The Council on Foreign "
            "Relations said so. Kim Lee of May Street and a Red Cross worker, Ana Ruiz, spoke.")
    found = run(text)
    assert entity_of(found, "Canary Islands", text).table == PLACE
    council = entity_of(found, "Council on Foreign Relations", text)
    assert council.table == ORGANISATION
    assert not mentioned(found, ACTOR, "person")[2:]  # (Kim Lee and Ana Ruiz only)
    assert entity_of(found, "May Street", text).table == PLACE
    assert entity_of(found, "Ana Ruiz", text).role == "worker"


def test_a_players_position_is_a_title_and_an_acronyms_office_names_a_body() -> None:
    text = ("Cup\n\nStriker Ana Ruiz scored twice. VFKA president Tom Blaine presented the "
            "trophy.")
    found = run(text)
    assert entity_of(found, "Ana Ruiz", text).title == "Striker"
    assert entity_of(found, "VFKA", text).table == ORGANISATION
    assert ("Tom Blaine", "VFKA") in {(a.actor.name, a.organisation.name)
                                      for a in found.affiliations}


def test_elect_titles_leaders_of_a_chamber_and_a_role_after_as_are_the_persons() -> None:
    text = ("Transition\n\nPresident-elect Ana Ruiz named Tom Blaine as her chief of staff. "
            "Senate Majority Leader Kim Lee congratulated her.")
    found = run(text)
    assert sorted(e.name for e in mentioned(found, ACTOR)) == ["Ana Ruiz", "Kim Lee",
                                                                 "Tom Blaine"]
    assert entity_of(found, "Kim Lee", text).title == "Senate Majority Leader"
    assert entity_of(found, "her chief", text) is entity_of(found, "Tom Blaine", text)
    assert not mentioned(found, ORGANISATION)


def test_commanders_of_an_armed_group_named_are_none_of_the_national_armys() -> None:
    text = ("Strikes\n\nPeru's army said it had targeted Velta Front commanders. The Peruvian "
            "military commanders met.")
    found = run(text)
    pairs = {(a.actor.name, a.organisation.name) for a in found.affiliations
             if a.evidence_start < text.index("The Peruvian")}
    assert {org for _, org in pairs} == {"Velta Front"}


def test_an_unknown_run_before_a_spokesman_or_after_analysts_at_is_their_body() -> None:
    text = ("Fire\n\nCal Fire spokesman Tom Blaine said so. Velta Unity officials agreed. "
            "Prime Minister spokesman Kim Lee spoke. Analysts at Kora Stanley agreed. She met "
            "Ana Ruiz at Tarrow Station.")
    found = run(text)
    assert sorted(e.name for e in mentioned(found, ORGANISATION)) == [
        "Cal Fire", "Kora Stanley", "Velta Unity"]
    assert ("Tom Blaine", "Cal Fire") in {(a.actor.name, a.organisation.name)
                                          for a in found.affiliations}


def test_a_sentence_adverb_before_a_name_is_no_part_of_it() -> None:
    text = "Storm hits coast\n\nLater Bo Lusk said so. Meanwhile Ana Ruiz left."
    found = run(text)
    assert sorted(e.name for e in mentioned(found, ACTOR, "person")) == ["Ana Ruiz", "Bo Lusk"]


def test_a_day_or_month_before_a_name_is_no_part_of_it() -> None:
    text = ("Storm hits coast\n\nOn Monday Ana Ruiz said so. In January Tom Blaine left. On "
            "Friday Velmont Corp said it would pay.")
    found = run(text)
    assert entity_of(found, "Ana Ruiz", text).table == ACTOR
    assert entity_of(found, "Tom Blaine", text).table == ACTOR
    assert entity_of(found, "Velmont Corp", text).table == ORGANISATION


@pytest.mark.parametrize(("name", "kind"), [("Mount Kora", "other"), ("Lake Tarrow", "other"),
                                          ("Fort Lusk", "city"), ("Port Velo", "city")])
def test_a_run_opened_by_a_word_for_a_place_is_that_place(name: str, kind: str) -> None:
    text = f"Storm hits coast\n\nOn Monday {name} was hit, officials said."
    place = entity_of(run(text), name, text)
    assert (place.table, place.kind, place.name) == (PLACE, kind, name)


def test_no_town_after_in_where_the_run_is_named_otherwise_or_modified() -> None:
    text = ("Soldiers.\n\nHe resigned his post in Velta Passion. Velta Passion members "
            "marched. They live in Kremlin-backed Tarrow. The Bay Area in Upper Kora voted.")
    found = run(text)
    assert not [m for m in found.mentions if m.entity.kind == "city"]


def test_no_town_without_a_preposition_of_place_a_region_or_with_a_body_head() -> None:
    text = ("The letter came from Ana Ruiz, Spain's envoy. Students from Harvard "
            "University, Massachusetts, came. They met in Lake Kora, Brazilian officials said.")
    found = run(text)
    assert entity_of(found, "Ana Ruiz", text).table == ACTOR
    assert entity_of(found, "Harvard University", text).table == ORGANISATION
    assert not [m for m in found.mentions if m.entity.kind == "city"]


def test_an_unknown_word_before_government_after_the_names_a_government() -> None:
    text = ("The tax was changed by the Monti government in 2014. Under the Labor "
            "administration, spending rose. The Monti government officials resigned.")
    found = run(text)
    body = entity_of(found, "Monti government", text)
    assert (body.table, body.kind, body.name) == (ORGANISATION, "government", "Monti government")
    assert entity_of(found, "Labor administration", text).kind == "government"
    # a modifier of a noun after it: no government of its own there
    later = text.index("The Monti")
    assert not [m for m in found.mentions
                if m.start >= later and m.entity.table == ORGANISATION]


def test_a_known_country_or_person_before_government_keeps_its_own_body() -> None:
    text = "The Venezuelan government and the Maduro government denied it."
    found = run(text)
    assert entity_of(found, "Venezuelan government", text).name == "Government of Venezuela"
    assert entity_of(found, "Maduro government", text).name == "Government of Venezuela"


def test_a_run_after_the_and_before_a_kind_of_body_names_that_body() -> None:
    text = ("She had ties to the Hells Angels biker gang. Members of the Black Axe group were "
            "arrested. He met the Ana Ruiz group.")
    found = run(text)
    for name in ("Hells Angels", "Black Axe"):
        body = entity_of(found, name, text)
        assert (body.table, body.name) == (ORGANISATION, name)
    assert entity_of(found, "Ana Ruiz", text).table == ACTOR  # a first name: whose group


def test_an_event_of_a_name_and_a_fair_or_tournament_is_no_person() -> None:
    text = ("Mohamed was a guest at the Google Science Fair. Spectators filled the Asia Cup "
            "Tournament. Tom Fair said so.")
    found = run(text)
    assert [p.name for p in mentioned(found, ACTOR, "person")] == ["Tom Fair"]


def test_a_known_place_and_a_point_of_the_compass_are_a_place_of_their_own() -> None:
    text = ("Officials in Jerusalem East said so. Voters in New Territories West chose "
            "Eddie Chu. Kanye West sang.")
    found = run(text)
    for name in ("Jerusalem East", "New Territories West"):
        place = entity_of(found, name, text)
        assert (place.table, place.name) == (PLACE, name)
    assert entity_of(found, "Kanye West", text).table == ACTOR  # no known place before 'West'


def test_a_party_of_a_generic_name_is_the_focal_countrys_where_its_own_is_never_named() -> None:
    text = ("Voters in Hong Kong elected James To of the Democratic Party. Hong Kong's "
            "Labour Party lost a seat.")
    found = run(text)
    party = entity_of(found, "Democratic Party", text)
    assert (party.country, party.wikidata_id) == ("HKG", "")
    assert entity_of(found, "Labour Party", text).country == "HKG"


def test_an_armed_service_of_a_generic_name_is_the_focal_countrys_named_as_written() -> None:
    text = ("Bombing in Jolo\n\nTwo bombs exploded in Jolo, the Philippines. The Coast Guard "
            "said two seamen died. In Manila, the Coast Guard spoke again.")
    found = run(text)
    guard = entity_of(found, "Coast Guard", text)
    assert (guard.table, guard.name, guard.country, guard.wikidata_id) == (
        ORGANISATION, "Coast Guard", "PHL", "")
    where_named = "Officials in Washington said the US Coast Guard and the Coast Guard agreed."
    assert entity_of(run(where_named), "Coast Guard", where_named,
                     where_named.index("the Coast")).country == "USA"


def test_a_party_keeps_its_reference_entry_where_its_country_is_named() -> None:
    text = ("Officials in Caracas met US envoys. In Washington, the Democratic Party "
            "criticised the plan, as Venezuela's opposition did.")
    found = run(text)
    party = entity_of(found, "Democratic Party", text)
    assert (party.country, party.wikidata_id) == ("USA", "Q29552")


def test_wikinews_is_a_news_medium() -> None:
    text = "Wikinews has learned that the website was attacked."
    body = entity_of(run(text), "Wikinews", text)
    assert (body.table, body.kind) == (ORGANISATION, "media")


@pytest.mark.parametrize("dateline", ["PARIS (AP) —", "ROME —", "HANOI (Reuters) -",
                                      "LIMA, Peru —"])
def test_a_dateline_city_of_four_or_five_capitals_is_the_city(dateline: str) -> None:
    city = dateline.split()[0].strip(",")
    text = f"Talks end\n\n{dateline} The talks ended on Monday without an agreement.\n"
    found = run(text)
    place = entity_of(found, city, text)
    assert place is not None and place.table == PLACE
    assert place.name == city.title() and place.wikidata_id


def test_short_words_in_capitals_still_name_no_place_unless_written_so() -> None:
    # 'WHO' stays the organisation, four capitals that are not a curated place name nothing
    text = "Talks end\n\nThe WHO and MAUA met in Geneva on Monday.\n"
    found = run(text)
    assert entity_of(found, "WHO", text).table == ORGANISATION
    maua = text.index("MAUA")  # (Mauá, a city of the gazetteer, has no Wikidata id there)
    covering = found.mention_covering(maua, maua + 4)
    assert covering is None or covering.entity.table != PLACE


@pytest.mark.parametrize(("text", "surface", "government"), [
    ("Peru's floods grew. The government said the army would help.", "government",
     "Government of Peru"),
    ("Peru held talks with Chile. On Monday the government of Chile agreed.", "government",
     "Government of Chile"),
])
def test_the_bare_government_is_the_national_government_of_its_country(
        text: str, surface: str, government: str) -> None:
    assert entity_of(run(text), surface, text).name == government


def test_government_before_a_noun_it_modifies_is_no_mention_of_a_government() -> None:
    text = "Peru's floods grew. The government officials were late."
    assert not [m for m in run(text).mentions if m.entity.table == ORGANISATION]


@pytest.mark.parametrize(("text", "role"), [
    # 'said X,': the apposition after the name is X's role, as it is without 'said'
    ("Peru's floods grew, and the government sent help. \"We will rebuild,\" said Ana Ruiz, the "
     "Defence Secretary.", "Defence Secretary"),
    # a country's possessive opens the role phrase
    ("The Chilean government met. Peru held talks with Tom Vale, Chile's interior minister.",
     "interior minister"),
    # an undersecretary is an office of the government; a courtesy title is no part of it
    ("Peru's floods grew, and the government sent help. Undersecretary for Education Mr. Tom "
     "Vale spoke.", "Undersecretary for Education"),
])
def test_offices_of_state_stated_around_a_name_belong_to_the_government(
        text: str, role: str) -> None:
    found = run(text)
    country = "Chile" if "Chile" in text else "Peru"
    assert [(a.organisation.name, a.role) for a in found.affiliations
            if a.actor.kind == "person"] == [(f"Government of {country}", role)]


def test_a_head_of_state_the_reference_knows_belongs_to_the_government_of_the_country() -> None:
    found = run("France's unions marched. The government said President Emmanuel Macron would "
                "speak.")
    assert [(a.organisation.name, a.role) for a in found.affiliations
            if a.actor.name == "Emmanuel Macron"] == [("Government of France", "President")]


def test_according_to_a_named_source_the_clause_after_the_comma_is_no_role() -> None:
    found = run("Peru's floods grew. According to Ana Ruiz, the minister resigned.")
    assert not found.affiliations


@pytest.mark.parametrize(("text", "group"), [
    ("The Peruvian government fell. Several of its cabinet ministers resigned.", "ministers"),
    ("Peru's floods grew. The government said two government officials had left.", "officials"),
])
def test_government_and_cabinet_officers_of_no_named_country_serve_the_articles_government(
        text: str, group: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] \
        == [(group, "Government of Peru")]


def test_a_body_and_its_bracketed_acronym_before_a_title_are_the_persons_body() -> None:
    found = run("Praise came from Velmont Workers Union (VWU) head Ana Ruiz, Pope Francis and "
                "Tom Vale.")
    assert [(a.actor.name, a.organisation.name, a.role) for a in found.affiliations] \
        == [("Ana Ruiz", "Velmont Workers Union", "head")]  # (not the people listed after her)
    assert entity_of(found, "Ana Ruiz", "Praise came from Velmont Workers Union (VWU) head Ana "
                     "Ruiz").role == "head"


def test_a_filipino_particle_joins_the_parts_of_a_name() -> None:
    text = "Police said Maria dela Rosa and Juan delos Reyes were found."
    assert {"Maria dela Rosa", "Juan delos Reyes"} \
        <= {e.name for e in mentioned(run(text), ACTOR, "person")}


def test_of_a_bodys_possessive_the_person_belongs_to_the_unit_it_names() -> None:
    found = run("The Chilean army fought. Ana Ruiz of the army's Northern Strike Command spoke.")
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] \
        == [("Ana Ruiz", "Northern Strike Command")]


def test_a_secretary_of_a_portfolio_belongs_to_the_body_of_that_portfolio() -> None:
    found = run("The State Department said Ana Ruiz, the Secretary of State, had called.")
    assert [(a.organisation.name, a.role) for a in found.affiliations] \
        == [("United States Department of State", "Secretary of State")]


@pytest.mark.parametrize(("text", "row"), [
    ("The Methodist Church met in June, and Methodist Mike Pence spoke.",
     ("Mike Pence", "Methodist Church", "current")),
    ("The Church of Scientology sued. Ana Ruiz, a former Scientologist, spoke.",
     ("Ana Ruiz", "Church of Scientology", "former")),
])
def test_a_member_noun_makes_a_person_a_member_of_the_body_it_names(
        text: str, row: tuple[str, str, str]) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name, a.status) for a in found.affiliations] == [row]


def test_an_occupation_is_no_membership_of_a_body_of_its_name() -> None:
    found = run("The Economist reported it. Economist Ana Ruiz agreed.")
    assert not found.affiliations


def test_who_heads_a_body_described_before_its_name_heads_the_body_named() -> None:
    found = run("Ana Ruiz, who heads Chile's main opposition party, the Socialist Party of Chile, "
                "spoke.")
    assert [(a.organisation.name, a.role) for a in found.affiliations] \
        == [("Socialist Party of Chile", "head")]


def test_a_police_rank_before_a_name_makes_the_person_an_officer_of_the_articles_force() -> None:
    found = run("Police arrested Ana Ruiz on Monday. Former police chief Tom Vale said so.")
    assert [(a.actor.name, a.organisation.name, a.status) for a in found.affiliations] \
        == [("Tom Vale", "police", "former")]


def test_the_secretary_general_of_an_acronym_in_apposition_before_a_name() -> None:
    # 'secretary general of X' makes X an organisation; the bracketed name does not stop the
    # role phrase apposed before the person's name (the acronym is the body it spells)
    found = run("The secretary general of VFA (Velmora Fishers Alliance), Ana Ruiz, spoke.")
    assert ("Ana Ruiz", "Velmora Fishers Alliance", "secretary") in [
        (a.actor.name, a.organisation.name, a.role) for a in found.affiliations]


def test_an_ambassador_to_a_country_serves_the_government_of_the_country_named_first() -> None:
    # the title's complement ('to Chile') may end the title before the name; the country an
    # envoy is sent to is not the one the envoy serves
    found = run("The Peruvian government agreed. Peruvian Ambassador to Chile Ana Ruiz spoke.")
    assert [(a.organisation.name, a.role) for a in found.affiliations] \
        == [("Government of Peru", "Ambassador")]


def test_an_ambassador_serves_no_government_of_the_country_she_is_sent_to() -> None:
    found = run("The Chilean government agreed. Ambassador to Chile Ana Ruiz spoke.")
    assert not found.affiliations


@pytest.mark.parametrize(("text", "actor", "body"), [
    ("A spokesman for the Health Ministry said so. The spokesman left.",
     "spokesman for the Health Ministry", "Health Ministry"),
    ("A source within the central Health Ministry said more.",
     "source within the central Health Ministry", "Health Ministry"),
])
def test_someone_who_speaks_for_a_body_named_after_the_noun_is_of_that_body(
        text: str, actor: str, body: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] == [(actor, body)]
    assert entity_of(found, text.split(" said")[0], text).name == actor


def test_a_spokesman_for_a_head_of_state_is_of_the_government_the_head_leads() -> None:
    found = run("France's unions marched, and the government fell. A spokesman for President "
                "Emmanuel Macron said so.")
    assert ("spokesman for President Emmanuel Macron", "Government of France") in [
        (a.actor.name, a.organisation.name) for a in found.affiliations]


def test_a_title_before_a_name_holds_no_earlier_person_linked_by_to() -> None:
    found = run("It spread from US President Barack Obama to Facebook creator Tom Vale on Monday.")
    assert entity_of(found, "Tom Vale", "It spread from US President Barack Obama to Facebook "
                     "creator Tom Vale").role == "creator"


def test_a_member_of_a_tribe_is_of_a_people_not_an_organisation() -> None:
    found = run("Ana Ruiz, a member of the Velu tribe, spoke.")
    assert not mentioned(found, ORGANISATION) and not found.affiliations


@pytest.mark.parametrize(("text", "status"), [
    ("Ana Ruiz was born in Peru. She joined Amnesty International aged 14.", "unknown"),
    ("Ana Ruiz joins Amnesty International this week.", "current"),
])
def test_a_person_who_joined_a_body_is_its_member(text: str, status: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name, a.role, a.status) for a in found.affiliations] \
        == [("Ana Ruiz", "Amnesty International", "member", status)]


def test_an_unknown_name_owning_a_persons_full_name_is_the_persons_body() -> None:
    found = run("Peru voted on Sunday. Velmora's Ana Ruiz won a surprise victory.")
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] \
        == [("Ana Ruiz", "Velmora")]


def test_the_government_of_an_article_naming_no_country_is_that_of_its_towns() -> None:
    text = "A file was found on a street in Ottawa. The government said it would look into it."
    assert entity_of(run(text), "government", text).name == "Government of Canada"


@pytest.mark.parametrize(("text", "noun", "name"), [
    ("Ana Ruiz accused the government of rigging the vote in Peru.", "government",
     "Government of Peru"),
    ("Peru's army fought on. Ana Ruiz accused the army of attacking civilians.", "army",
     "Armed Forces of Peru"),
])
def test_a_bare_body_before_of_and_a_verb_in_ing_is_still_that_body(text: str, noun: str,
                                                                     name: str) -> None:
    found = run(text)
    assert entity_of(found, noun, text, text.index("accused")).name == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Niger's junta expelled the ambassador.", "Niger's junta", "Government of Niger"),
    ("The Malian junta expelled the ambassador.", "Malian junta", "Government of Mali"),
])
def test_a_countrys_junta_is_its_government(text: str, surface: str, name: str) -> None:
    entity = entity_of(run(text), surface, text)
    assert (entity.kind, entity.name) == ("government", name)


def test_the_federal_or_central_government_is_the_national_government() -> None:
    text = "Protests spread in Peru. The state asked the federal government for troops."
    assert entity_of(run(text), "federal government", text).name == "Government of Peru"


def test_the_towns_of_an_article_count_as_mentions_of_their_country() -> None:
    text = ("Thousands protested in Caracas and Maracaibo. Security forces fired tear gas. "
            "The United States called for restraint.")
    assert entity_of(run(text), "Security forces", text).country == "VEN"


def test_a_partys_government_is_the_national_government_of_the_articles_country() -> None:
    text = "Peru voted in May. The Conservative government has fallen since."
    assert entity_of(run(text), "Conservative government", text).name == "Government of Peru"


def test_a_minister_of_a_named_portfolio_body_is_not_also_placed_in_the_government() -> None:
    found = run("Peru's Health Ministry and the government agreed. Health Minister Ana Ruiz "
                "spoke.")
    assert [a.organisation.name for a in found.affiliations if a.actor.name == "Ana Ruiz"] \
        == ["Health Ministry"]


def test_members_of_the_bare_government_are_members_of_the_national_government() -> None:
    found = run("Peru voted in May. Two members of the government resigned.")
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] \
        == [("members of the government", "Government of Peru")]


def test_a_single_name_before_prosecutor_is_the_prosecuting_body() -> None:
    found = run("The Crown prosecutor, Ana Ruiz, told the court the man had lied.")
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] \
        == [("Ana Ruiz", "Crown")]


def test_central_banks_are_organisations_of_the_reference() -> None:
    found = run("The Federal Reserve raised rates, and the ECB followed.")
    assert [(m.entity.table, m.entity.name) for m in found.mentions] == [
        (ORGANISATION, "Federal Reserve"), (ORGANISATION, "European Central Bank")]


@pytest.mark.parametrize(("text", "body"), [
    ("Tarrow United manager Ole Lindqvist was sacked on Sunday.", "Tarrow United"),
    ("He spoke to Velmont coach Ole Lindqvist on Monday.", "Velmont"),
])
def test_the_name_before_a_manager_or_coach_is_the_team(text: str, body: str) -> None:
    found = run(text)
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] == [
        ("Ole Lindqvist", body)]


def test_a_common_noun_opening_a_sentence_before_manager_is_no_team() -> None:
    assert not mentioned(run("Campaign manager Ana Ruiz said so."), ORGANISATION)


@pytest.mark.parametrize(("text", "name"), [
    ("Ursula von der Lindqvist said so.", "Ursula von der Lindqvist"),
    ("Tomas de la Lindqvist said so.", "Tomas de la Lindqvist"),
    ("Novelist J.K. Lindqvist said so.", "J.K. Lindqvist"),
    ("George H.W. Lindqvist said so.", "George H.W. Lindqvist"),
])
def test_two_particles_and_initials_written_together_stay_in_the_name(text: str,
                                                                      name: str) -> None:
    assert [a.name for a in mentioned(run(text), ACTOR)] == [name]


def test_a_dotted_abbreviation_of_a_country_is_no_initial() -> None:
    found = run("U.S. President Tom Lindqvist spoke.")
    assert [a.name for a in mentioned(found, ACTOR)] == ["Tom Lindqvist"]


def test_a_known_name_that_begins_with_the_is_found_with_it() -> None:
    text = "Tom Lindqvist of The Globe and Mail flew to The Hague."
    found = run(text)
    assert [(text[m.start:m.end], m.entity.name) for m in found.mentions
            if m.entity.table != ACTOR] == [("The Globe and Mail", "The Globe and Mail"),
                                             ("The Hague", "The Hague")]
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] == [
        ("Tom Lindqvist", "The Globe and Mail")]


@pytest.mark.parametrize(("text", "name", "table"), [
    ("In May Tom Lindqvist resigned.", "Tom Lindqvist", ACTOR),
    ("Since August Ana Lindqvist has led the party.", "Ana Lindqvist", ACTOR),
    ("He lives on May Street.", "May Street", PLACE),
])
def test_may_march_and_august_after_a_time_word_open_no_name_but_a_street_keeps_them(
        text: str, name: str, table: str) -> None:
    assert [(m.entity.table, m.entity.name) for m in run(text).mentions] == [(table, name)]


def test_a_first_name_that_is_a_stop_word_before_a_census_surname_is_a_name() -> None:
    assert [a.name for a in mentioned(run("The actor Will Smith apologised."), ACTOR)] == [
        "Will Smith"]
    assert not mentioned(run("He said it Will Happen."), ACTOR)


def test_a_description_apposed_to_a_person_names_that_person_when_repeated() -> None:
    text = "Omar Lindqvist, a 14-year-old student, was detained. Police questioned the student."
    found = run(text)
    assert entity_of(found, "the student", text).name == "Omar Lindqvist"


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The Syrian army entered Idlib. The army shelled the town.", "army", "Syrian Armed Forces"),
    ("Maria Lindqvist joined Google in 2001. The company said she had resigned.", "company",
     "Google"),
])
def test_a_bare_body_noun_after_the_refers_back_to_the_body_named_with_it(
        text: str, surface: str, name: str) -> None:
    found = run(text)
    assert entity_of(found, surface, text, after=text.index(".")).name == name


@pytest.mark.parametrize("text", [
    "The Syrian army entered Idlib. The army officers shelled the town.",  # a modifier
    "The Supreme Court ruled. The court case had lasted a year.",  # a modifier
    "The Philippine Coast Guard searched the sea. The army guarded the port.",  # no army named
    "Google grew. The company Alphabet owns it.",  # a name apposed to the noun
])
def test_a_bare_body_noun_that_modifies_or_has_nothing_to_refer_to_is_no_mention(
        text: str) -> None:
    found = run(text)
    second = text.index(".") + 1
    assert not [m for m in found.mentions if m.start > second and m.mention_type == "description"
                and m.entity.table == ORGANISATION]


@pytest.mark.parametrize(("text", "names"), [
    ("The Daily Mail and Velmont Post attacked him.", ["Daily Mail", "Velmont Post"]),
    ("Reuters and Daily Clarion reported it.", ["Reuters", "Daily Clarion"]),
    ("The Globe and Mail reported it.", ["The Globe and Mail"]),
])
def test_a_known_body_and_another_name_joined_by_and_are_two_bodies(
        text: str, names: list[str]) -> None:
    assert [o.name for o in mentioned(run(text), ORGANISATION)] == names


@pytest.mark.parametrize(("text", "pair"), [
    ("Ana Ruiz, a student at Velmont University, spoke.", ("Ana Ruiz", "Velmont University")),
    ("Psychology student at Velmont University Ana Ruiz spoke.",
     ("Ana Ruiz", "Velmont University")),
    ("Executive director of the Velmont Council Ana Ruiz said.", ("Ana Ruiz", "Velmont Council")),
])
def test_a_role_at_or_of_a_body_before_or_after_a_name_affiliates_the_person(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in [(a.actor.name, a.organisation.name) for a in run(text).affiliations]


@pytest.mark.parametrize(("text", "org"), [
    ("He met Velmont University Ana Ruiz.", "Velmont University"),
    ("Analysts at Google Ana Ruiz said.", "Google"),
])
def test_a_body_then_a_first_name_in_one_run_is_a_body_and_a_person(text: str, org: str) -> None:
    found = run(text)
    assert [o.name for o in mentioned(found, ORGANISATION)] == [org]
    assert "Ana Ruiz" in [a.name for a in mentioned(found, ACTOR, "person")]


def test_a_prefix_and_a_lower_case_word_opening_a_sentence_is_no_name_word() -> None:
    assert [a.name for a in mentioned(run("Pan-democrat Tom Lindqvist won."), ACTOR)] == [
        "Tom Lindqvist"]


@pytest.mark.parametrize(("text", "orgs"), [
    ("Tom Lindqvist of the Neo Democrats lost.", ["Neo Democrats"]),
    ("Texas Republicans voted.", ["Republican Party"]),
])
def test_plain_words_before_a_partys_member_noun_name_a_party_unless_a_place(
        text: str, orgs: list[str]) -> None:
    assert [o.name for o in mentioned(run(text), ORGANISATION)] == orgs


def test_a_definite_description_with_a_relative_clause_is_anyone_so_described() -> None:
    text = "Omar Lindqvist, a member of the party, spoke. The member who leaves must pay."
    found = run(text)
    assert not [m for m in found.mentions if m.start >= text.index("The member")]


@pytest.mark.parametrize(("text", "groups"), [
    ("More than 100 people were arrested in Minsk.", ["people"]),
    ("Dozens of people protested.", ["people"]),
    ("The people of Peru voted.", []),
    ("People said the army fled.", []),
])
def test_a_counted_number_of_people_is_a_group_but_people_in_general_are_not(
        text: str, groups: list[str]) -> None:
    assert [a.name for a in mentioned(run(text), ACTOR, "group")] == groups


@pytest.mark.parametrize(("text", "pair"), [
    ("Ana Ruiz, who leads the opposition Velmont Party, was arrested.",
     ("Ana Ruiz", "Velmont Party", "leader")),
    ("Tom Baker was elected president of the Velmont Football Federation.",
     ("Tom Baker", "Velmont Football Federation", "president")),
    ("Ana Ruiz has been appointed as the head of the World Health Organization.",
     ("Ana Ruiz", "World Health Organization", "head")),
    ("Tom Baker, a senior fellow at the Brookings Institution, said the deal was weak.",
     ("Tom Baker", "Brookings Institution", "senior fellow")),
    ("Ana Ruiz, who was elected president of the Velmont Football Federation, spoke.",
     ("Ana Ruiz", "Velmont Football Federation", "president")),
    ("Ana Ruiz was elected to the European Parliament in 2014.",
     ("Ana Ruiz", "European Parliament", "member")),
    ("Ana Ruiz, who was appointed to the Supreme Court, said the law was clear.",
     ("Ana Ruiz", "Supreme Court", "member")),
    ("Ana Ruiz, who joined Google in 2010, said the law was weak.",
     ("Ana Ruiz", "Google", "member")),
    ("Peru's army, led by General Ana Ruiz, attacked.",
     ("Ana Ruiz", "Armed Forces of Peru", "leader")),
    ("Google appealed, said Kent Walker, the company's general counsel.",
     ("Kent Walker", "Google", "general counsel")),
    ("Amnesty International objected. The group's director, Tom Baker, spoke.",
     ("Tom Baker", "Amnesty International", "director")),
    ("Donald Tusk's Civic Coalition won the vote.", ("Donald Tusk", "Civic Coalition", "")),
    ("Tom Baker, who served in the Peruvian army, spoke.",
     ("Tom Baker", "Armed Forces of Peru", "member")),
    ("Tom Baker, who resigned from Google last year, spoke.", ("Tom Baker", "Google", "member")),
    ("Tom Baker, a member of Peru's Congress, resigned.",
     ("Tom Baker", "Congress of the Republic of Peru", "member")),
    ("EU foreign policy chief Tom Baker said the law was bad.",
     ("Tom Baker", "European Union", "foreign policy chief")),
    ("Tom Baker, a Texas Democrat, spoke. The Democrats won.",
     ("Tom Baker", "Democratic Party", "member")),
    ("The Velmont Party, which is headed by Tom Baker, won.",
     ("Tom Baker", "Velmont Party", "head")),
])
def test_a_role_led_elected_or_held_at_a_body_affiliates_the_person_with_that_role(
        text: str, pair: tuple[str, str, str]) -> None:
    assert pair in [(a.actor.name, a.organisation.name, a.role) for a in run(text).affiliations]


def test_an_election_to_no_role_of_a_body_affiliates_no_one() -> None:
    assert not run("Tom Baker was elected in the capital of Peru.").affiliations


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_name_whole() -> None:
    found = run("Members of the Velmont Workers' Union went on strike.")
    assert [o.name for o in mentioned(found, ORGANISATION)] == ["Velmont Workers' Union"]


@pytest.mark.parametrize(("text", "surface", "table", "kind"), [
    ("Moscow accused Kyiv of shelling the plant.", "Moscow", PLACE, "country"),
    ("Moscow accused Kyiv of shelling the plant.", "Kyiv", PLACE, "country"),
    ("Washington imposed new sanctions on Caracas.", "Caracas", PLACE, "country"),
    ("Beijing's decision angered Tokyo.", "Beijing", PLACE, "country"),
    ("Officials in Moscow said the talks had failed.", "Moscow", PLACE, "city"),
    ("He flew to Moscow on Monday.", "Moscow", PLACE, "city"),
    ("Kyiv's mayor said the city was calm.", "Kyiv", PLACE, "city"),
])
def test_a_capital_that_speaks_or_acts_for_its_state_is_its_country(
        text: str, surface: str, table: str, kind: str) -> None:
    entity = entity_of(run(text), surface, text)
    assert (entity.table, entity.kind) == (table, kind)


def test_a_countrys_new_or_interim_government_is_its_national_government() -> None:
    text = "Peru recognised Chile's new government."
    assert entity_of(run(text), "Chile's new government", text).name == "Government of Chile"


@pytest.mark.parametrize(("text", "group"), [
    ("More than 2 million people fled.", "More than 2 million people"),
    ("About 1.5 million refugees crossed into Poland.", "About 1.5 million refugees"),
    ("Millions of people fled.", "Millions of people"),
])
def test_millions_count_a_group(text: str, group: str) -> None:
    found = run(text)
    assert [text[m.start:m.end] for m in found.mentions if m.entity.kind == "group"] == [group]


def test_fighters_named_by_the_body_they_fight_for_are_its_group() -> None:
    text = "Taliban fighters attacked the base. Hamas fighters fired rockets. The fighters fled."
    found = run(text)
    assert [(a.actor.name, a.organisation.name) for a in found.affiliations] == [
        ("Taliban fighters", "Taliban"), ("Hamas fighters", "Hamas")]
    assert entity_of(found, "The fighters", text).name == "Hamas fighters"


@pytest.mark.parametrize(("text", "pair"), [
    ("Ana Ruiz, who represents the Velmont Party in parliament, voted against it.",
     ("Ana Ruiz", "Velmont Party", "representative", "current")),
    ("Ana Ruiz, who represented the Velmont Party, left.",
     ("Ana Ruiz", "Velmont Party", "representative", "former")),
    ("Ana Ruiz (Velmont Party) voted against it.", ("Ana Ruiz", "Velmont Party", "", "current")),
])
def test_who_represents_a_body_or_has_it_in_brackets_is_affiliated_with_it(
        text: str, pair: tuple[str, str, str, str]) -> None:
    assert [(a.actor.name, a.organisation.name, a.role, a.status)
            for a in run(text).affiliations] == [pair]


@pytest.mark.parametrize(("text", "table", "name"), [
    ("The Velmont Tigers beat Orvale.", ORGANISATION, "Velmont Tigers"),
    ("Tom Lindqvist joined the Chicago Bulls in 2010.", ORGANISATION, "Chicago Bulls"),
    ("Israel seized the Golan Heights.", PLACE, "Golan Heights"),
    ("He spoke to the Americans.", ACTOR, "Americans"),
])
def test_a_capitalised_plural_after_the_names_a_team_unless_it_is_a_place_or_a_people(
        text: str, table: str, name: str) -> None:
    assert name in [m.entity.name for m in run(text).mentions if m.entity.table == table]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Montenegro's foreign ministry said it.", "Montenegro's foreign ministry",
     "Foreign Ministry of Montenegro"),
    ("The Serbian interior ministry said it.", "Serbian interior ministry",
     "Interior Ministry of Serbia"),
])
def test_a_countrys_ministry_in_lower_case_is_a_body_of_its_government(
        text: str, surface: str, name: str) -> None:
    entity = entity_of(run(text), surface, text)
    assert (entity.table, entity.kind, entity.name) == (ORGANISATION, "government", name)


def test_a_critic_of_a_body_is_no_member_of_it_but_a_critic_for_one_works_for_it() -> None:
    assert not run("Ana Ruiz, a critic of the Velmont Party, spoke.").affiliations
    assert [(a.actor.name, a.organisation.name) for a in run(
        "Ana Ruiz, a film critic for the Velmont Herald, spoke.").affiliations] == [
        ("Ana Ruiz", "Velmont Herald")]


def test_tens_or_hundreds_of_thousands_count_a_group() -> None:
    text = "Tens of thousands of people marched through Tbilisi."
    assert [text[m.start:m.end] for m in run(text).mentions if m.entity.kind == "group"] == [
        "Tens of thousands of people"]


def test_the_ministry_of_a_portfolio_alone_is_the_one_of_the_articles_country() -> None:
    text = "Georgia passed the law. The interior ministry said 63 people were detained."
    entity = entity_of(run(text), "interior ministry", text)
    assert (entity.name, entity.country) == ("Interior Ministry of Georgia", "GEO")


@pytest.mark.parametrize(("text", "groups"), [
    ("Thousands protested against the foreign agents bill.", []),
    ("The protesters march to parliament.", ["protesters"]),
])
def test_a_plural_noun_for_people_before_a_noun_it_modifies_is_no_group(
        text: str, groups: list[str]) -> None:
    assert [a.name for a in mentioned(run(text), ACTOR, "group")] == groups


def test_a_capital_before_a_base_form_of_a_state_verb_is_its_country() -> None:
    text = "Years of strained relations saw Beijing impose tariffs on wine."
    assert entity_of(run(text), "Beijing", text).kind == "country"


def test_a_known_name_with_in_inside_is_found_whole() -> None:
    text = "Observers from the Organization for Security and Co-operation in Europe said it."
    assert [o.name for o in mentioned(run(text), ORGANISATION)] == [
        "Organization for Security and Co-operation in Europe"]
    assert not mentioned(run(text), PLACE)


def test_an_unknown_acronym_of_a_bodys_initials_is_that_body() -> None:
    text = "The Rapid Support Forces attacked. The RSF said in a statement that it had won."
    found = run(text)
    assert [o.name for o in mentioned(found, ORGANISATION)] == ["Rapid Support Forces"]
    assert entity_of(found, "RSF", text).name == "Rapid Support Forces"


@pytest.mark.parametrize(("text", "actors"), [
    ("A federal judge blocked the order. The judge said it was unlawful.",
     [("A federal judge", "anonymous"), ("The judge", "anonymous")]),
    ("Prosecutors accused him of fraud.", [("Prosecutors", "group")]),
])
def test_judges_and_prosecutors_are_people_described(
        text: str, actors: list[tuple[str, str]]) -> None:
    found = run(text)
    assert [(text[m.start:m.end], m.entity.kind) for m in found.mentions
            if m.entity.table == ACTOR] == actors


@pytest.mark.parametrize(("text", "forces"), [
    ("Security forces raided the camp in Baghdad.", ["Armed Forces of Iraq"]),
    ("Officials said 150 security forces were killed in Iraq.", []),
    ("Iraqi security forces raided the camp.", []),
])
def test_state_forces_named_without_a_country_are_the_countrys_armed_forces(
        text: str, forces: list[str]) -> None:
    assert [o.name for o in mentioned(run(text), ORGANISATION, "military")] == forces


def test_a_plural_title_before_a_list_of_names_is_no_group() -> None:
    text = "The bill was negotiated by Senators Ana Lindqvist, Tom Baker and Omar Ruiz."
    assert not mentioned(run(text), ACTOR, "group")
    assert [a.name for a in mentioned(run(text), ACTOR, "person")] == [
        "Ana Lindqvist", "Tom Baker", "Omar Ruiz"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Victoria said she would resign.", "city"),
    ("Bulgaria expelled two diplomats. Sofia said Russia had spied on it.", "country"),
])
def test_a_capital_that_is_a_first_name_speaks_for_its_state_only_beside_it(
        text: str, kind: str) -> None:
    surface = "Victoria" if "Victoria" in text else "Sofia"
    assert entity_of(run(text), surface, text).kind == kind

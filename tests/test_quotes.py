"""Quotations: marks, shapes, kinds and speakers, on small texts written for these tests.

People and outlets are marked through the `Extraction` API (as the entity stage would), so
these tests exercise the quote stage alone; pronouns and descriptions are left to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newstables.extract import coref, quotes
from newstables.extract.model import ACTOR, ORGANISATION, Entity, Extraction, Quote
from newstables.extract.text import Analysis

DOC = "doc_test"


def run(text: str, people: dict[str, list[str]] | None = None,
        outlets: tuple[str, ...] = ()) -> tuple[Analysis, Extraction]:
    """Quote extraction on `text`, each person marked wherever one of its forms occurs."""
    analysis, found = Analysis(text), Extraction()
    for name, forms in (people or {}).items():
        person = Entity(ACTOR, "person", name)
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                if found.mention_covering(m.start(), m.end()) is None:
                    found.add_mention(m.start(), m.end(), person)
    for outlet in outlets:
        for m in re.finditer(re.escape(outlet), text):
            found.add_mention(m.start(), m.end(), Entity(ORGANISATION, "media", outlet))
    quotes.find(analysis, found, DOC)
    return analysis, found


def quote(found: Extraction, text: str, words: str) -> Quote:
    """The extracted quote whose span is exactly `words` (which must occur once in `text`)."""
    start = text.index(words)
    hits = [q for q in found.quotes if (q.start, q.end) == (start, start + len(words))]
    assert hits, f"no quote spans {words!r}: {[text[q.start:q.end] for q in found.quotes]}"
    return hits[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


ANA = {"Ana Ortiz": ["Ana Ortiz", "Ortiz"]}


def test_quote_then_name_said() -> None:
    text = 'Title\n\n"We will not leave the city," Ana Ortiz said on Monday.'
    _, found = run(text, ANA)
    q = quote(found, text, "We will not leave the city,")
    assert (q.kind, speaker(q), q.speaker_method, q.cue) == ("direct", "Ana Ortiz", "name", "said")
    assert text[q.cue_start:q.cue_end] == "said"
    assert q.paragraph == 1


def test_quote_then_said_name() -> None:
    text = 'Title\n\n"The bridge is closed," said Ana Ortiz, a local engineer.'
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "The bridge is closed,")) == "Ana Ortiz"


def test_participle_opening_a_clause_after_a_semicolon_has_the_sentence_s_subject() -> None:
    text = ('Title\n\nOrtiz denied the report but kept the letter secret; arguing its release '
            'would "harm the talks with the miners."')
    _, found = run(text, ANA)
    q = quote(found, text, "harm the talks with the miners.")
    assert (q.kind, speaker(q), q.cue) == ("partial", "Ana Ortiz", "arguing")


def test_participle_after_a_described_subject_has_the_name_in_apposition() -> None:
    text = ('Title\n\nThe mayor, Ana Ortiz, left the meeting early, saying "there is nothing '
            'more to discuss."')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "there is nothing more to discuss.")) == "Ana Ortiz"


def test_name_said_colon_quote() -> None:
    text = 'Title\n\nOrtiz said: "Nobody warned us about the flood."'
    _, found = run(text, ANA)
    q = quote(found, text, "Nobody warned us about the flood.")
    assert (q.kind, speaker(q), q.cue) == ("direct", "Ana Ortiz", "said")


def test_told_outlet_colon_records_addressee() -> None:
    text = 'Title\n\nOrtiz told Radio Norte: "The water came at night."'
    _, found = run(text, ANA, outlets=("Radio Norte",))
    q = quote(found, text, "The water came at night.")
    assert speaker(q) == "Ana Ortiz"
    assert q.addressee is not None and q.addressee.name == "Radio Norte"
    assert q.addressee.table == ORGANISATION


def test_split_quote_around_its_cue() -> None:
    text = ('Title\n\nAna Ortiz spoke at the council. "We asked for help," she said, '
            '"and nobody came."')
    _, found = run(text, ANA)
    first = quote(found, text, "We asked for help,")
    second = quote(found, text, "and nobody came.")
    assert (first.kind, speaker(first), first.speaker_method) == ("direct", "Ana Ortiz",
                                                                  "pronoun")
    assert (second.kind, speaker(second)) == ("continuation", "Ana Ortiz")


def test_quote_split_by_sentence_continues_speaker() -> None:
    text = 'Title\n\n"We will rebuild," Ortiz said. "It will take years."'
    _, found = run(text, ANA)
    q = quote(found, text, "It will take years.")
    assert (q.kind, speaker(q), q.speaker_method) == ("continuation", "Ana Ortiz", "continuation")


def test_paragraph_left_open_continues_in_next() -> None:
    text = ('Title\n\n"The first week was the hardest. We slept in the school.\n\n'
            '"Then the army brought tents," Ortiz said.')
    _, found = run(text, ANA)
    first = quote(found, text, "The first week was the hardest. We slept in the school.")
    second = quote(found, text, "Then the army brought tents,")
    assert speaker(first) == speaker(second) == "Ana Ortiz"
    assert second.kind == "direct"


def test_quote_only_paragraph_continues_previous_speaker() -> None:
    text = ('Title\n\n"The roads are gone," Ortiz said.\n\n'
            '"We need boats, not promises."\n\nThe council meets on Friday.')
    _, found = run(text, ANA)
    q = quote(found, text, "We need boats, not promises.")
    assert (q.kind, speaker(q), q.speaker_method, q.cue) == (
        "continuation", "Ana Ortiz", "continuation", "")


def test_partial_quotes_in_reported_speech() -> None:
    text = ('Title\n\nOrtiz acknowledged that the reports were "very worrying" and '
            '"hard to believe."')
    _, found = run(text, ANA)
    for words in ("very worrying", "hard to believe."):
        q = quote(found, text, words)
        assert (q.kind, speaker(q), q.cue) == ("partial", "Ana Ortiz", "acknowledged")


def test_scare_quotes_are_never_attributed() -> None:
    text = ('Ortiz Calls For "Justice"\n\nOrtiz said residents want what they call their '
            'right to "justice," and more.')
    _, found = run(text, ANA)
    for q in found.quotes:
        assert (q.kind, q.speaker, q.speaker_method) == ("scare", None, "none")
    assert len(found.quotes) == 2


def test_pronoun_resolves_to_previous_subject() -> None:
    text = ('Title\n\nLuis Vega met Ana Ortiz in the capital. Later, he spoke to reporters. '
            '"We agreed on nothing," he said.')
    _, found = run(text, {"Luis Vega": ["Luis Vega"], **ANA})
    q = quote(found, text, "We agreed on nothing,")
    assert (speaker(q), q.speaker_method) == ("Luis Vega", "pronoun")


def test_descriptions_become_one_anonymous_actor() -> None:
    text = ('Title\n\n"The unit is ready," one soldier told Radio Norte.\n\n'
            'The soldier said weapons were missing.\n\n'
            '"We are waiting," said the man, who asked not to be named.')
    _, found = run(text, outlets=("Radio Norte",))
    first = quote(found, text, "The unit is ready,")
    second = quote(found, text, "We are waiting,")
    assert first.speaker is not None and first.speaker.kind == "anonymous"
    assert first.speaker_method == "description"
    assert second.speaker is first.speaker
    assert first.addressee is not None and first.addressee.name == "Radio Norte"


def test_according_to_names_the_organisation() -> None:
    text = 'Title\n\n"Prices doubled in a month," according to Radio Norte.'
    _, found = run(text, outlets=("Radio Norte",))
    q = quote(found, text, "Prices doubled in a month,")
    assert q.speaker is not None and q.speaker.table == ORGANISATION
    assert (q.speaker_method, q.cue) == ("organisation", "according to")


def test_a_speaker_s_cue_before_the_quote_outweighs_according_to_after_it() -> None:
    text = ('Title\n\nOrtiz told reporters "the river has never been so low," according to '
            'Radio Norte.')
    _, found = run(text, ANA, outlets=("Radio Norte",))
    q = quote(found, text, "the river has never been so low,")
    assert (speaker(q), q.cue) == ("Ana Ortiz", "told")


def test_two_people_named_together_are_they() -> None:
    text = ('Title\n\nAna Ortiz and Luis Vega showed reporters the letters, which they say '
            'prove "a pattern of threats against the mayors."')
    _, found = run(text, {"Luis Vega": ["Luis Vega"], **ANA})
    q = quote(found, text, "a pattern of threats against the mayors.")
    assert q.kind == "partial"
    assert q.speaker is not None and q.speaker.kind == "group"
    assert speaker(q) == "Ana Ortiz and Luis Vega"


def test_no_speaker_is_left_empty_not_guessed() -> None:
    text = 'Title\n\nThe sign at the gate read "No entry after dark for any visitor."'
    _, found = run(text, ANA)
    q = quote(found, text, "No entry after dark for any visitor.")
    assert (q.speaker, q.speaker_method) == (None, "none")


def test_brackets_stay_inside_the_quote() -> None:
    text = 'Title\n\n"We do not want them [to] leave," Ortiz said.'
    _, found = run(text, ANA)
    assert quote(found, text, "We do not want them [to] leave,").kind == "direct"


def test_typographic_quotes_and_guillemets() -> None:
    text = ('Title\n\n“We stay here,” Ortiz said.\n\nOrtiz added: «The river is rising.»')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "We stay here,")) == "Ana Ortiz"
    assert speaker(quote(found, text, "The river is rising.")) == "Ana Ortiz"


def test_nested_single_quotes_are_separate_scare_rows() -> None:
    text = 'Title\n\n"They called it a \'rescue\' on television," Ortiz said.'
    _, found = run(text, ANA)
    outer = quote(found, text, "They called it a 'rescue' on television,")
    inner = quote(found, text, "rescue")
    assert (outer.kind, speaker(outer)) == ("direct", "Ana Ortiz")
    assert (inner.kind, inner.speaker) == ("scare", None)


def test_apostrophes_inches_and_primes_are_not_quotes() -> None:
    text = ("Title\n\nThe soldiers' families can't leave Ortiz's town. A 6\" pipe burst near "
            "a man 5'11\" tall, in the '90s style house, 12′ from the 3″ drain.")
    _, found = run(text, ANA)
    assert found.quotes == []


def test_odd_quote_counts_never_fail() -> None:
    text = ('Title\n\nOrtiz said "the dam will hold and then left.\n\n'
            'Officials said "nothing. "More" came" later" and “unclosed ” ” stray » «')
    _, found = run(text, ANA)
    for q in found.quotes:
        assert 0 <= q.start < q.end <= len(text)


def test_cue_lexicon_is_a_documented_data_file() -> None:
    lexicon = coref.lexicon()
    assert {"said", "told", "added", "warned", "acknowledged"} <= lexicon["speech"]
    assert "according to" in lexicon["source_phrases"]
    assert coref.LEXICON_PATH.read_text(encoding="utf-8").startswith("# Cue lexicon")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", " Ortiz said ", ", ",
                                 ". ", "\n", "\n\n", "we ", "it's ", "5", ": ", "He told X "]),
                max_size=40))
def test_any_arrangement_of_marks_yields_valid_offsets(parts: list[str]) -> None:
    text = "Title\n\n" + "".join(parts)
    _, found = run(text, ANA)
    for q in found.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.kind in ("direct", "partial", "continuation", "scare", "indirect")
        if q.cue:
            assert text[q.cue_start:q.cue_end] == q.cue


def test_reported_speech_after_that_is_an_indirect_quote():
    text = "Ana Ruiz warned that the bridge would close in May. Nothing else happened."
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz"]})
    q = quote(found, text, "the bridge would close in May")
    assert (q.kind, q.speaker.name, q.speaker_method, q.cue) == (
        "indirect", "Ana Ruiz", "name", "warned")
    assert text[q.cue_start:q.cue_end] == "warned"


def test_told_an_outlet_reports_a_clause_with_or_without_that():
    text = ("Ana Ruiz told the Harbour Gazette the vote was rigged. "
            "Ruiz told Radio Nord that she would appeal.")
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz", "Ruiz"]},
                   outlets=("Harbour Gazette", "Radio Nord"))
    first = quote(found, text, "the vote was rigged")
    second = quote(found, text, "she would appeal")
    assert first.kind == second.kind == "indirect"
    assert first.addressee.name == "Harbour Gazette"
    assert second.speaker.name == "Ana Ruiz"


def test_a_time_between_speaker_and_verb_does_not_hide_the_speaker():
    text = "Ana Ruiz on Sunday said that the talks had failed."
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz"]})
    assert quote(found, text, "the talks had failed").speaker.name == "Ana Ruiz"


def test_a_quoted_clause_after_that_is_partial_not_indirect():
    text = 'Ana Ruiz said that "the vote was rigged."'
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz"]})
    assert [q.kind for q in found.quotes] == ["partial"]


def test_said_without_a_clause_gives_no_indirect_quote():
    text = 'Ana Ruiz said nothing. "We will see," Ruiz said on Monday.'
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz", "Ruiz"]})
    assert "indirect" not in [q.kind for q in found.quotes]


def test_indirect_quotes_do_not_hide_mentions_from_pronouns():
    text = "The Harbour Gazette said that Tom Field had resigned. He left on Friday."
    analysis, found = run(text, {"Tom Field": ["Tom Field"]}, outlets=("Harbour Gazette",))
    assert quote(found, text, "Tom Field had resigned").kind == "indirect"
    he = text.index("He ")
    assert coref.resolve_pronoun(analysis, found, he, "He").name == "Tom Field"


def test_an_elided_letter_between_marks_is_not_a_quote():
    text = "She played rock 'n' roll for the band's 'Summer Nights' tour."
    _, found = run(text)
    assert [text[q.start:q.end] for q in found.quotes] == ["Summer Nights"]


def test_he_and_she_skip_people_whose_first_name_has_the_other_gender():
    text = "Maria Lopez met John Smith on Monday. He said the deal was done. She left."
    analysis, found = run(text, {"Maria Lopez": ["Maria Lopez"], "John Smith": ["John Smith"]})
    he, she = text.index("He said"), text.index("She left")
    assert coref.resolve_pronoun(analysis, found, he, "He").name == "John Smith"
    assert coref.resolve_pronoun(analysis, found, she, "She").name == "Maria Lopez"


def test_he_takes_a_man_whose_first_name_the_lists_give_women_when_no_one_else_is_near(
        ) -> None:
    text = "Stephane Dujarric spoke first. He said the deal was done. Later her aide left."
    analysis, found = run(text, {"Stephane Dujarric": ["Stephane Dujarric"]})
    he, her = text.index("He said"), text.index("her aide")
    assert coref.resolve_pronoun(analysis, found, he, "He").name == "Stephane Dujarric"
    assert coref.resolve_pronoun(analysis, found, her, "her").name == "Stephane Dujarric"
    man = "Stephane Dujarric met John Smith. He said the deal was done."
    analysis, found = run(man, {"Stephane Dujarric": ["Stephane Dujarric"],
                                "John Smith": ["John Smith"]})
    assert coref.resolve_pronoun(analysis, found, man.index("He"), "He").name == "John Smith"


def test_the_ministry_or_the_company_said_is_the_body_named_before() -> None:
    from newstables.extract import find

    text = ('Title\n\nThe Tarrow Ministry of Trade rejected the report. "The report is '
            'biased," the ministry said in a statement. Velmont Corp objected too. "We '
            'disagree," the company said.')
    found = find(text, DOC, "")
    said = {text[q.start:q.end]: (q.speaker.name if q.speaker else None, q.speaker_method)
            for q in found.quotes}
    assert said == {"The report is biased,": ("Tarrow Ministry of Trade", "organisation"),
                    "We disagree,": ("Velmont Corp", "organisation")}


def test_a_colon_after_a_short_clause_introduces_its_subjects_words() -> None:
    text = ('Title\n\nAna Ortiz disagrees: "The money is not there." The police found a note '
            'in his car: "Goodbye for now."')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "The money is not there.")) == "Ana Ortiz"
    assert quote(found, text, "Goodbye for now.").speaker is None


def test_a_colon_after_a_subject_and_its_apposition_introduces_the_subjects_words() -> None:
    text = 'Title\n\nAna Ortiz, a spokeswoman for the ministry, disagreed: "The talks are over."'
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "The talks are over.")) == "Ana Ortiz"


def test_an_abbreviation_between_a_quote_and_its_cue_ends_no_sentence() -> None:
    text = 'Title\n\n"We will not be intimidated," Ana Ortiz Jr. told reporters.'
    _, found = run(text, {"Ana Ortiz": ["Ana Ortiz"]})
    assert speaker(quote(found, text, "We will not be intimidated,")) == "Ana Ortiz"


def test_words_chanted_are_the_chanters_words() -> None:
    text = 'Title\n\nAna Ortiz marched to the square, chanting "No to the new law".'
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "No to the new law")) == "Ana Ortiz"


def test_first_names_not_on_the_lists_leave_the_pronoun_free():
    text = "Zorvanka Tell spoke first. He said the deal was done."
    analysis, found = run(text, {"Zorvanka Tell": ["Zorvanka Tell"]})
    assert coref.resolve_pronoun(analysis, found, text.index("He"), "He").name == "Zorvanka Tell"


def test_a_long_article_is_attributed_like_its_parts() -> None:
    """Every lookup is by position: the last of 2,000 copies of a block gets the quotes of the
    block alone (how the time grows with length is measured by benchmarks/linearity.py)."""
    people = {"Ana Ortiz": ["Ana Ortiz", "Ortiz"], "Omar Haddad": ["Omar Haddad"]}
    block = ('Ana Ortiz spoke in the port on Monday. "We will not go back," Ortiz said.\n\n'
             'Officials said the talks had failed. Ortiz told Radio Norte: "Nobody listens."\n\n'
             '"The border stays closed," said Omar Haddad, who called it "a shame".\n\n')

    def run(copies: int) -> Extraction:
        text = block * copies
        analysis, found = Analysis(text), Extraction()
        for name, forms in people.items():
            for m in re.finditer("|".join(forms), text):  # longest form first
                found.add_mention(m.start(), m.end(), Entity(ACTOR, "person", name))
        for m in re.finditer("Radio Norte", text):
            found.add_mention(m.start(), m.end(), Entity(ORGANISATION, "media", "Radio Norte"))
        quotes.find(analysis, found, DOC)
        return found

    def shape(quotes: list[Quote], offset: int) -> list[tuple]:
        return sorted((q.start - offset, q.end - offset, q.kind, speaker(q), q.speaker_method,
                       q.cue, None if q.addressee is None else q.addressee.name) for q in quotes)

    alone = run(1)
    found = run(2000)
    offset = len(block) * 1999
    assert shape([q for q in found.quotes if q.start >= offset], offset) == shape(alone.quotes, 0)
    assert len(found.quotes) == 2000 * len(alone.quotes)
    closed = quote(alone, block, "The border stays closed,")
    assert (closed.kind, speaker(closed), closed.cue) == ("direct", "Omar Haddad", "said")


def test_a_quoted_paragraph_after_a_cue_ending_in_a_colon_is_the_cues_speakers():
    text = ("Ana Ortiz wrote on her account:\n\n"
            "\"The clock is fine. We should inspire more kids like you.\"\n")
    _, found = run(text, ANA)
    q = quote(found, text, "The clock is fine. We should inspire more kids like you.")
    assert (q.kind, speaker(q)) == ("direct", "Ana Ortiz")


def test_titles_before_the_speakers_name_after_the_cue_are_skipped():
    text = ('"We were ready," said Ambassador Ortiz. "We will go," said Dr. Ana Ortiz. '
            '"Now," said Gen. Ortiz.')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "We were ready,")) == "Ana Ortiz"
    assert speaker(quote(found, text, "We will go,")) == "Ana Ortiz"
    assert not [e for e in found.entities.values() if e.name in ("Dr", "unnamed Ambassador")]


def test_a_quoted_name_after_named_or_titled_is_a_title():
    text = ('The team named their robot "Better Idea of Afghan Girls." Ana Ortiz wrote a '
            'report titled "The Long Road Home to Kabul." "We won," Ortiz said.')
    _, found = run(text, ANA)
    assert quote(found, text, "Better Idea of Afghan Girls.").kind == "scare"
    assert quote(found, text, "The Long Road Home to Kabul.").kind == "scare"
    q = quote(found, text, "We won,")
    assert (q.kind, speaker(q)) == ("direct", "Ana Ortiz")


def test_a_sentence_opening_stop_word_is_no_speakers_name() -> None:
    text = ("However, on the memo, it named the database anew, adding the words \"and Backup\" "
            "to the name.")
    _, found = run(text)
    q = quote(found, text, "and Backup")
    assert q.speaker is None or q.speaker.name != "However"


def test_a_word_a_speaker_characterises_with_is_a_partial_quote_of_theirs() -> None:
    text = ('Ana Ruiz has called the ruling "dangerous" and "ideological". Tom Blaine said the '
            'plan was "reckless". Ana Ruiz called for "urgent talks" with Peru. She joined a '
            'group called "the Base".')
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz"], "Tom Blaine": ["Tom Blaine"]})
    for words, speaker in (("dangerous", "Ana Ruiz"), ("ideological", "Ana Ruiz"),
                           ("reckless", "Tom Blaine")):
        q = quote(found, text, words)
        assert (q.kind, q.speaker.name if q.speaker else None) == ("partial", speaker)
    assert quote(found, text, "urgent talks").speaker is None  # 'called for': an appeal
    assert quote(found, text, "the Base").kind == "scare"  # a name given


def test_a_lower_case_clause_quoted_right_after_its_cue_is_direct() -> None:
    text = ('Tom Blaine said "a discussion table will be opened with the unions". Ana Ruiz said a '
            '"more general reflection" is needed. Ana Ruiz told the police, "everything he did".')
    _, found = run(text, {"Ana Ruiz": ["Ana Ruiz"], "Tom Blaine": ["Tom Blaine"]})
    whole = quote(found, text, "a discussion table will be opened with the unions")
    assert (whole.kind, whole.speaker.name if whole.speaker else None) == ("direct", "Tom Blaine")
    assert quote(found, text, "more general reflection").kind == "partial"  # (not after its cue)
    assert quote(found, text, "everything he did").kind == "partial"  # (three words)


def test_in_the_words_of_names_the_speaker() -> None:
    text = ('The child was ill and, in the words of the prosecutor, Tom Blaine, "She cried for '
            'months on end."')
    _, found = run(text, {"Tom Blaine": ["Tom Blaine"]})
    q = quote(found, text, "She cried for months on end.")
    assert (q.kind, q.speaker.name if q.speaker else None) == ("direct", "Tom Blaine")


def test_a_short_clause_quoted_right_after_said_is_speech_not_a_scare_quote() -> None:
    text = 'Title\n\nAna Ortiz said "We couldn\'t win," and left the hall.'
    _, found = run(text, ANA)
    q = quote(found, text, "We couldn't win,")
    assert (q.kind, speaker(q)) == ("direct", "Ana Ortiz")


def test_a_short_title_quoted_after_said_stays_a_scare_quote() -> None:
    text = 'Title\n\nAna Ortiz said "Never Again" was painted on the wall.'
    _, found = run(text, ANA)
    assert quote(found, text, "Never Again").kind == "scare"


def test_the_speaker_after_a_title_with_of_is_the_person_who_bears_it() -> None:
    text = 'Title\n\n"I am in awe of them" tweeted Mayor of Lima Ana Ortiz on Monday.'
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "I am in awe of them")) == "Ana Ortiz"


def test_a_name_in_apposition_after_a_description_is_the_speaker() -> None:
    text = ('Title\n\nThe delegate to the Lima Council, Ana Ortiz, said: "It is unwelcome."')
    _, found = run(text, ANA, outlets=("Lima Council",))
    assert speaker(quote(found, text, "It is unwelcome.")) == "Ana Ortiz"


def test_a_quote_after_adding_is_the_speaker_of_the_said_before() -> None:
    text = ('Title\n\nOrtiz said, "This is the first case", adding, "It is bad".')
    _, found = run(text, ANA)
    assert [speaker(quote(found, text, w)) for w in ("This is the first case", "It is bad")] \
        == ["Ana Ortiz", "Ana Ortiz"]


def test_alleged_introduces_what_its_subject_alleged() -> None:
    text = ('Title\n\nAna Ortiz alleged, by way of example, the airline had "contributed to '
            'the suffering".')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "contributed to the suffering")) == "Ana Ortiz"


def test_a_role_in_lower_case_then_a_name_after_said_is_the_named_speaker() -> None:
    text = 'Title\n\n"The risk is growing," said analyst Ana Ortiz of the Lima Group.'
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "The risk is growing,")) == "Ana Ortiz"


def test_lower_case_words_of_a_role_then_a_name_after_said_is_the_named_speaker() -> None:
    text = ('Title\n\n"We have no choice," said union leader Ana Ortiz. "We will win," said '
            'senior party official Ana Ortiz.')
    _, found = run(text, ANA)
    assert speaker(quote(found, text, "We have no choice,")) == "Ana Ortiz"
    assert speaker(quote(found, text, "We will win,")) == "Ana Ortiz"


def test_the_group_said_is_the_non_state_body_named_before_but_not_a_group_of_people() -> None:
    from newstables.extract import find

    text = ('Title\n\nAmnesty International criticised the verdict. "It is a travesty," the '
            'group said. "We left," the group of soldiers said.')
    found = find(text, DOC, "")
    said = {text[q.start:q.end]: q.speaker.name if q.speaker else None for q in found.quotes}
    assert said["It is a travesty,"] == "Amnesty International"
    assert said["We left,"] != "Amnesty International"


def test_a_former_title_before_the_name_is_no_speaker_of_its_own() -> None:
    from newstables.extract import find

    text = ('The bill failed. Former President Tom Lindqvist had lobbied against it, calling it '
            '"a gift to the opposition".')
    [quote] = find(text, "doc", "2024-01-01").quotes
    assert quote.speaker is not None and quote.speaker.name == "Tom Lindqvist"

"""Writes the *.gold.yaml files from the hand annotations below.

The annotations (which quotes, speakers, entities, events, codes, dates) were made by a person
reading each text; this script only turns the quoted/sentence strings into character offsets
(raw.find) so nobody counts by hand. Run from /work/main:  python benchmarks/gold/build_gold.py
then check with:  python benchmarks/gold/check_gold.py
"""
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SEED = "/work/shared/seeds/000_ee250f233336a1a0.txt"


def E(name, type_, kind="", named=True, aliases=(), title=""):
    return {"name": name, "type": type_, "kind": kind, "named": named, "aliases": list(aliases), "title": title}


def A(actor, org, role, status="current"):
    return {"actor": actor, "organisation": org, "role": role, "status": status}


def Q(text, kind, speaker, after=None):
    return {"text": text, "kind": kind, "speaker": speaker, "_after": after}


def V(sentence, trigger, etype, cameo, source, target, date=None, prec=None, modality="asserted", after=None):
    return {"sentence": sentence, "trigger": trigger, "event_type": etype, "cameo": cameo,
            "source": list(source), "target": list(target), "date": date,
            "date_precision": prec if date else None, "modality": modality, "_after": after}


def _find(raw, text, base=0):
    """Exact find; falls back to treating a space as 'space or no-break space' (the seed uses U+00A0)."""
    i = raw.find(text, base)
    if i >= 0:
        return i, i + len(text)
    m = re.compile(re.escape(text).replace("\\ ", "[ \u00a0]")).search(raw, base)
    return (m.start(), m.end()) if m else (-1, -1)


def locate(raw, text, after, what):
    base = 0
    if after:
        base, _ = _find(raw, after)
        if base < 0:
            raise SystemExit(f"anchor not found for {what}: {after!r}")
    i, j = _find(raw, text, base)
    if i < 0:
        raise SystemExit(f"{what} not found: {text[:60]!r}")
    return i, j


def build(slug, docpath, quotes, entities, affiliations, events, held_out=None, developed_since=None):
    """held_out: the date (YYYY-MM-DD) a text was added as held out: annotated before any
    extractor ran on it, and not to be used to develop the rules (README, "Held-out texts").
    developed_since: the date a text that was held out for its first run (figures recorded in the
    README) joined the texts used to develop the rules (gold README, "Groups")."""
    p = Path(docpath) if docpath.startswith("/") else HERE / docpath
    raw = p.read_bytes().decode("utf-8-sig")
    out = {"document": docpath}
    if held_out:
        out.update({"held_out": True, "held_out_since": held_out})
    if developed_since:
        out["developed_since"] = developed_since
    out.update({"quotes": [], "entities": entities, "affiliations": affiliations, "events": []})
    for q in quotes:
        s, e = locate(raw, q["text"], q["_after"], "quote")
        out["quotes"].append({"text": raw[s:e], "start": s, "end": e, "kind": q["kind"], "speaker": q["speaker"]})
    for v in events:
        s, e = locate(raw, v["sentence"], v["_after"], "sentence")
        if v["trigger"] not in raw[s:e].replace("\u00a0", " "):
            raise SystemExit(f"trigger {v['trigger']!r} not in sentence")
        ev = {"sentence": raw[s:e]}
        ev.update({"sentence_start": s, "sentence_end": e})
        ev.update({k: v[k] for k in ("trigger", "event_type", "cameo", "source", "target", "date", "date_precision", "modality")})
        out["events"].append(ev)
    (HERE / f"{slug}.gold.yaml").write_text(
        yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100000), encoding="utf-8")
    print(slug, len(out["quotes"]), len(entities), len(out["events"]))


# ---------------------------------------------------------------- seed (CNN-derived text)
S = "Josue Hidalgo Azuaje"; GM = "Carlos Guillen Martinez"; SO = "unnamed soldier in Caracas"; SIL = "José Luis Silva"
build("seed-venezuela-defectors", SEED, [
    Q("Freedom", "scare", None),
    Q("freedom,", "scare", None, after="their quest for"),
    Q("As Venezuelan soldiers, we are making a request to the US to support us, in logistical terms, with communication, with weapons, so we can realize Venezuelan freedom,", "direct", GM),
    Q("We're not saying that we need only US support, but also Brazil, Colombia, Peru, all brother countries, that are against this dictatorship.", "direct", S),
    Q("thousands of angry junior officers and soldiers.", "partial", "Martinez and Azuaje"),
    Q("We do not want a foreign government [to] invade our country,", "direct", S),
    Q("If we need an incursion, it has to be by Venezuelan soldiers who really want to free Venezuela.", "continuation", S),
    Q("There are soldiers in every unit that are willing to rise up in arms,", "direct", SO),
    Q("They are preparing themselves and learning from past mistakes. They are waiting for the right moment, so they can hit even harder that people feel it.", "continuation", SO),
    Q("Past operations have failed because the higher-ranking officers were against it. They still control every area, and if an uprising happens, it's swiftly neutralized,", "direct", SO),
    Q("very positive", "partial", SO),
    Q("give us hope.", "partial", SO),
    Q("They are outside Venezuela, but feed our soul. They inspire us and raise the military's self-esteem.", "continuation", SO),
    Q("As the Venezuelan defense attaché in the United States, I do not recognize Mr. Nicolás Maduro as president of Venezuela,", "direct", SIL),
    Q("My message to all armed forces members, to everyone who carries a gun, is to please let’s not attack the people. We are also part of the people, and we’ve had enough of supporting a government that has betrayed the most basic principles and sold itself to other countries,", "direct", SIL),
], [
    E("Juan Guaidó", "person", aliases=["Guaidó"], title="self-declared president"),
    E("Donald Trump", "person", aliases=["Trump"]),
    E("Trump administration", "organisation", "government"),
    E("Defectors from Venezuela's army", "group", named=False, aliases=["defectors", "military defectors", "hundreds of willing defectors", "Over a dozen defectors"]),
    E(GM, "person", aliases=["Guillen Martinez", "Martinez"], title="former soldier"),
    E(S, "person", aliases=["Hidalgo Azuaje", "Azuaje"], title="former soldier"),
    E("Martinez and Azuaje", "group", named=True, aliases=["Two former soldiers", "They"]),
    E("CNN", "organisation", "media"),
    E("United States", "place", "country", aliases=["US", "the United States"]),
    E("Venezuela", "place", "country"),
    E("Brazil", "place", "country"), E("Colombia", "place", "country"), E("Peru", "place", "country"),
    E("Venezuelan military", "organisation", "military", aliases=["Venezuela's army", "Venezuelan Army", "Venezuelan armed forces", "armed forces", "Venezuelan soldiers"]),
    E("Nicolás Maduro", "person", aliases=["Maduro", "Mr. Nicolás Maduro"], title="president"),
    E("Maduro government", "organisation", "government", aliases=["Maduro regime", "this dictatorship"]),
    E("John Bolton", "person", aliases=["Bolton"], title="national security advisor"),
    E("Venezuela's political opposition", "organisation", "political", named=False, aliases=["opposition"]),
    E("American officials", "group", named=False),
    E("a military unit", "group", named=False),
    E("WhatsApp", "organisation", "platform"),
    E(SO, "anonymous", named=False, aliases=["one soldier", "The soldier", "the man"]),
    E("Caracas", "place", "city"),
    E("opposition supporters", "group", named=False),
    E(SIL, "person", aliases=["Silva"], title="Colonel"),
    E("Washington D.C. Embassy", "organisation", "government", aliases=["Venezuelan embassy"]),
    E("Washington", "place", "city", aliases=["Washington D.C."]),
    E("Miami Herald", "organisation", "media"),
    E("el Nuevo Herald", "organisation", "media"),
], [
    A("John Bolton", "Trump administration", "national security advisor"),
    A(GM, "Venezuelan military", "soldier", "former"),
    A(S, "Venezuelan military", "soldier", "former"),
    A(SO, "Venezuelan military", "soldier"),
    A(SIL, "Venezuelan military", "Colonel; top military attaché"),
    A(SIL, "Washington D.C. Embassy", "defense attaché"),
    A("Nicolás Maduro", "Maduro government", "president"),
], [
    V("Defectors from Venezuela's army who are now loyal to self-declared president Juan Guaidó have called on the Trump administration to arm them in what they refer to as their quest for \"freedom,\" and are strongly opposed to the United States conducting a broad military intervention.", "called on", "REQUEST", "0232", ["Defectors from Venezuela's army"], ["Trump administration"]),
    V("Defectors from Venezuela's army who are now loyal to self-declared president Juan Guaidó have called on the Trump administration to arm them in what they refer to as their quest for \"freedom,\" and are strongly opposed to the United States conducting a broad military intervention.", "opposed", "REJECT", "120", ["Defectors from Venezuela's army"], ["United States"]),
    V("Defectors from Venezuela's army who are now loyal to self-declared president Juan Guaidó have called on the Trump administration to arm them in what they refer to as their quest for \"freedom,\" and are strongly opposed to the United States conducting a broad military intervention.", "intervention", "ASSAULT", "190", ["United States"], ["Venezuela"], modality="negated"),
    V("Two former soldiers, Carlos Guillen Martinez and Josue Hidalgo Azuaje, who live outside the country, told CNN they are in contact with hundreds of willing defectors who want US military assistance in their revolt against the Maduro regime.", "want", "REQUEST", "0232", ["Defectors from Venezuela's army"], ["United States"]),
    V("\"As Venezuelan soldiers, we are making a request to the US to support us, in logistical terms, with communication, with weapons, so we can realize Venezuelan freedom,\" Guillen Martinez told CNN", "request", "REQUEST", "0232", [GM], ["United States"]),
    V("Hidalgo Azuaje said: \"We're not saying that we need only US support, but also Brazil, Colombia, Peru, all brother countries, that are against this dictatorship.\"", "need", "REQUEST", "023", [S], ["United States", "Brazil", "Colombia", "Peru"]),
    V("The appeal came as US national security advisor John Bolton on Sunday warned the Maduro government that violence against Venezuela's political opposition—or against its leader and self-declared president Juan Guaidó—would be met with stern reprisals.", "warned", "THREATEN", "130", ["John Bolton"], ["Maduro government"], "2019-01-27", "day"),
    V("The appeal came as US national security advisor John Bolton on Sunday warned the Maduro government that violence against Venezuela's political opposition—or against its leader and self-declared president Juan Guaidó—would be met with stern reprisals.", "violence", "ASSAULT", "180", ["Maduro government"], ["Venezuela's political opposition", "Juan Guaidó"], modality="hypothetical"),
    V("Bolton also appealed to the Venezuelan military to assist in the smooth transition of power from Maduro to Guaidó, whom the US has recognized as the legitimate head of state.", "appealed", "REQUEST", "0241", ["John Bolton"], ["Venezuelan military"]),
    V("Bolton also appealed to the Venezuelan military to assist in the smooth transition of power from Maduro to Guaidó, whom the US has recognized as the legitimate head of state.", "recognized", "SUPPORT", "054", ["United States"], ["Juan Guaidó"]),
    V("American officials have repeatedly warned that no options are off the table, in terms of US intervention.", "warned", "THREATEN", "138", ["American officials"], ["Maduro government"]),
    V("On January 21 a military unit was arrested after they rose up against the Maduro government.", "arrested", "COERCE", "173", [], ["a military unit"], "2019-01-21", "day"),
    V("On January 21 a military unit was arrested after they rose up against the Maduro government.", "rose up", "PROTEST", "145", ["a military unit"], ["Maduro government"], "2019-01-21", "day"),
    V("They flatly reject any suggestion of a broader US military intervention in support of Guaidó.", "reject", "REJECT", "120", ["Martinez and Azuaje"], ["United States"]),
    V("They flatly reject any suggestion of a broader US military intervention in support of Guaidó.", "intervention", "ASSAULT", "190", ["United States"], ["Venezuela"], modality="negated"),
    V("\"We do not want a foreign government [to] invade our country,\" Hidalgo Azuaje said.", "invade", "ASSAULT", "190", [], ["Venezuela"], modality="negated"),
    V("\"If we need an incursion, it has to be by Venezuelan soldiers who really want to free Venezuela.\"", "incursion", "ASSAULT", "190", ["Venezuelan military"], ["Maduro government"], modality="hypothetical"),
    V("Guaidó has called for demonstrations this week, which the military defectors say they will use as an opportunity to pressure soldiers they know into similarly flipping their allegiance.", "called", "PROTEST", "141", ["Juan Guaidó"], ["Maduro government"]),
    V("\"There are soldiers in every unit that are willing to rise up in arms,\" one soldier told CNN in an underground parking lot in Caracas.", "rise up", "PROTEST", "145", ["Venezuelan military"], ["Maduro government"], modality="hypothetical"),
    V("\"Past operations have failed because the higher-ranking officers were against it. They still control every area, and if an uprising happens, it's swiftly neutralized,\" said the man, who acknowledged that the messages sent by defectors outside the country were \"very positive\" and \"give us hope.\"", "uprising", "PROTEST", "145", ["Venezuelan military"], ["Maduro government"], modality="hypothetical"),
    V("Venezuela's top military attaché at the Washington D.C. Embassy, Colonel José Luis Silva, broke with the Maduro regime, urging other members of the Venezuelan armed forces to recognize Juan Guaidó as the legitimate interim president, according to the Miami Herald", "broke with", "REJECT", "120", [SIL], ["Maduro government"], "2019-01-21", "week"),
    V("Venezuela's top military attaché at the Washington D.C. Embassy, Colonel José Luis Silva, broke with the Maduro regime, urging other members of the Venezuelan armed forces to recognize Juan Guaidó as the legitimate interim president, according to the Miami Herald", "urging", "REQUEST", "0241", [SIL], ["Venezuelan military"], "2019-01-21", "week"),
    V("\"As the Venezuelan defense attaché in the United States, I do not recognize Mr. Nicolás Maduro as president of Venezuela,\" Silva told el Nuevo Herald in a telephone interview from Washington.", "do not recognize", "REJECT", "120", [SIL], ["Nicolás Maduro"], "2019-01-21", "week"),
    V("\"My message to all armed forces members, to everyone who carries a gun, is to please let’s not attack the people. We are also part of the people, and we’ve had enough of supporting a government that has betrayed the most basic principles and sold itself to other countries,\" he added.", "let’s not attack", "REQUEST", "0256", [SIL], ["Venezuelan military"], "2019-01-21", "week"),
    V("\"My message to all armed forces members, to everyone who carries a gun, is to please let’s not attack the people. We are also part of the people, and we’ve had enough of supporting a government that has betrayed the most basic principles and sold itself to other countries,\" he added.", "betrayed", "ACCUSE", "111", [SIL], ["Maduro government"], "2019-01-21", "week"),
])

# ---------------------------------------------------------------- North Korea
K = "Korean Central News Agency"; NK = "North Korea"; SK = "South Korea"; KPA = "Korean People's Army"
build("north-korea-quasi-state-of-war", "articles/north-korea-quasi-state-of-war.txt", [
    Q("quasi-state of war", "partial", K),
    Q("quasi-state of war", "partial", K, after="According to Yonhap"),
    Q("War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251", "direct", K),
    Q("Foolhardy provocation deserves harsh punishment", "direct", K),
    Q("Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations", "direct", K),
    Q("Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions", "direct", K),
], [
    E(NK, "place", "country", aliases=["DPRK", "the North", "north", "the country"]),
    E(SK, "place", "country", aliases=["the South", "the enemy", "the south side"]),
    E("Yonhap", "organisation", "media", aliases=["Yonhap news agency"]),
    E(K, "organisation", "media", aliases=["KCNA", "North Korea's main news agency"]),
    E(KPA, "organisation", "military", aliases=["KPA", "the country's military"]),
    E("South Korean military", "organisation", "military", named=False, aliases=["South Korean puppet military", "War maniacs of the South Korean puppet military"]),
    E("Kim Jong-un", "person", title="supreme commander of the Korean People's Army"),
    E("Commanders of the Korean People's Army", "group", named=False),
    E("Yeoncheon", "place", "city", aliases=["the town of Yeoncheon"]),
    E("Pyongyang", "place", "city"),
], [
    A("Kim Jong-un", KPA, "supreme commander"),
    A("Commanders of the Korean People's Army", KPA, "commanders"),
], [
    V("According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), the country's military has been placed on high alert and has been told to prepare a \"quasi-state of war\".", "placed on high alert", "MOBILIZE", "152", [NK], [SK]),
    V("The report comes after North and South Korea exchanged artillery fire yesterday.", "exchanged artillery fire", "ASSAULT", "194", [NK, SK], [NK, SK], "2015-08-20", "day"),
    V("They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side.", "firing", "ASSAULT", "194", ["South Korean military"], [KPA], "2015-08-20", "day"),
    V("\"Foolhardy provocation deserves harsh punishment\", it added; and, later, \"Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations\".", "punishment", "THREATEN", "130", [K], [SK]),
    V("\"Foolhardy provocation deserves harsh punishment\", it added; and, later, \"Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations\".", "order", "MOBILIZE", "154", ["Kim Jong-un"], [SK]),
    V("Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts anti-Pyongyang propaganda into the North.", "fired", "ASSAULT", "194", [NK], [SK], "2015-08-20", "day"),
    V("\"Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions\", added KCNA.", "dispatched", "MOBILIZE", "154", [KPA], [SK]),
    V("\"Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions\", added KCNA.", "destroy", "THREATEN", "139", [NK], [SK]),
    V("The South retaliated by firing dozens of rounds of artillery into the north.", "retaliated", "ASSAULT", "194", [SK], [NK], "2015-08-20", "day"),
    V("After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop.", "attack", "THREATEN", "139", [NK], [SK]),
    V("Both countries have put their militaries on high levels of alert.", "put their militaries on high levels of alert", "MOBILIZE", "152", [NK, SK], []),
])

# ---------------------------------------------------------------- asylum seekers
AS = "asylum seekers"; SEA = "governments of South East Asia"
build("asylum-seekers-rescued-indonesia", "articles/asylum-seekers-rescued-indonesia.txt", [
    Q("We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis", "direct", "Najib Razak"),
    Q("We urge the governments of the region to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort", "direct", "Jeff Rathke"),
], [
    E(AS, "group", named=False, aliases=["migrants", "the people", "The rescued members", "people seeking asylum", "boats of migrants"]),
    E("fishermen", "group", named=False, aliases=["fisherman"]),
    E("Indonesian Navy", "organisation", "military", aliases=["Indonesian navy"]),
    E("Indonesian military", "organisation", "military", named=False),
    E("Fuad Basya", "person", aliases=["Basya"], title="Major general"),
    E("Aceh", "place", "region"), E("Indonesia", "place", "country"),
    E("Bangladeshis", "group", named=True), E("Rohingya", "group", named=True, aliases=["the Rohingya"]),
    E("Myanmar", "place", "country"),
    E("United Nations", "organisation", "international", aliases=["Untied Nations"]),
    E("ABC News", "organisation", "media"), E("AFP", "organisation", "media"),
    E("Malaysia", "place", "country"), E("United States", "place", "country", aliases=["US"]),
    E("Muhammad Amin", "person"),
    E("Malaysian navy", "organisation", "military", named=False),
    E("Najib Razak", "person", title="Prime Minister"),
    E("Thailand", "place", "country"),
    E("people-smugglers", "group", named=False),
    E("US State Department", "organisation", "government", aliases=["State Department"]),
    E("John Kerry", "person", title="Secretary of State"),
    E("Thailand's foreign minister", "anonymous", named=False, title="foreign minister"),
    E("Jeff Rathke", "person", aliases=["Rathke"], title="State Department Spokesperson"),
    E(SEA, "group", named=False, aliases=["the governments of the region", "all relevant parties"]),
    E("South East Asia", "place", "region", aliases=["the region"]),
], [
    A("Fuad Basya", "Indonesian military", "spokesman"),
    A("John Kerry", "US State Department", "Secretary of State"),
    A("Jeff Rathke", "US State Department", "State Department Spokesperson"),
], [
    V("On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more after they were found swimming along the coast of Aceh, Indonesia.", "rescued", "AID", "073", ["fishermen"], [AS], "2015-05-15", "day"),
    V("On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more after they were found swimming along the coast of Aceh, Indonesia.", "saved", "AID", "073", ["Indonesian Navy"], [AS], "2015-05-15", "day"),
    V("Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the Untied Nations and United States have both criticised.", "turning away", "COERCE", "174", ["Malaysia", "Indonesia"], [AS]),
    V("Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the Untied Nations and United States have both criticised.", "criticised", "ACCUSE", "111", ["United Nations", "United States"], ["Malaysia", "Indonesia"]),
    V("One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice, toward Malaysia by Indonesian navy and then toward Indonesia by Malaysian navy.", "turned around", "COERCE", "174", ["Indonesian Navy"], [AS]),
    V("One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice, toward Malaysia by Indonesian navy and then toward Indonesia by Malaysian navy.", "turned around", "COERCE", "174", ["Malaysian navy"], [AS]),
    V("Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, \"We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis\".", "in contact", "CONSULT", "040", ["Najib Razak"], [SEA]),
    V("Thailand has recently cracked down on human trafficking, which has affected the routes by which people-smugglers transport migrants.", "cracked down", "COERCE", "170", ["Thailand"], ["people-smugglers"]),
    V("The US State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister over temporary housing for the Rohingya out at sea.", "contacted", "CONSULT", "040", ["John Kerry"], ["Thailand's foreign minister"]),
    V("Jeff Rathke, the State Department Spokesperson, said, \"We urge the governments of the region to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort\".", "urge", "REQUEST", "0233", ["Jeff Rathke"], [SEA]),
    V("Rathke also asked the governments of South East Asia not to turn away boats of people seeking asylum.", "asked", "REQUEST", "020", ["Jeff Rathke"], [SEA]),
])

# ---------------------------------------------------------------- hackers
CS = "Church of Scientology"; P1 = "blog poster (effort participant)"; PG = "unknown author on pigmy"; CR = "poster at alt.religion.scientology"
build("scientology-website-hackers", "articles/scientology-website-hackers.txt", [
    Q("Anonymous", "scare", None),
    Q("Insurgency Wiki", "scare", None),
    Q("History", "scare", None),
    Q("Scientology vs. the Internet, part XVII", "partial", "Matthew Ingram"),
    Q("another small skirmish in a war that Scientology has been waging for almost 15 years, since the early days of newsgroups such as alt.religion.scientology, which posted internal church documents in 1994. Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war.", "partial", "Matthew Ingram"),
    Q("I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage. Theres [sic] something in the hilarious anarchy of the net that produces these 'events' every now and again.", "direct", P1),
    Q("events", "scare", None, after="produces these"),
    Q("Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology.", "direct", P1),
    Q("Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database,", "direct", PG),
    Q("The word scientology means search for truth ...", "direct", CS),
    Q("How can people look at both sides if one side is gone?", "direct", CR),
], [
    E("Wikinews", "organisation", "media"),
    E(CS, "organisation", "other", aliases=["Scientology", "The Church of Scientology", "the Church", "church", "Scientology.org"]),
    E("hackers", "group", named=False, aliases=["a group"]),
    E("Anonymous", "group", named=True, aliases=["a user labelled \"Anonymous\""]),
    E("Insurgency Wiki", "organisation", "platform"),
    E("4chan", "organisation", "platform"),
    E("Tom Cruise", "person", aliases=["Cruise"], title="Scientologist"),
    E("YouTube", "organisation", "platform"),
    E("Gawker.com", "organisation", "media"),
    E("Matthew Ingram", "person", aliases=["He"]),
    E("The Globe and Mail", "organisation", "media"),
    E("alt.religion.scientology", "organisation", "platform", aliases=["the Internet newsgroup alt.religion.scientology"]),
    E("discussion group participants", "group", named=False),
    E(P1, "anonymous", named=False, aliases=["One poster", "The poster"]),
    E(PG, "anonymous", named=False),
    E("pigmy", "organisation", "platform"),
    E("Operation Clambake", "organisation", "other", aliases=["the Scientology-critic site"]),
    E("Critics of Scientology", "group", named=False),
    E(CR, "anonymous", named=False, aliases=["one poster"]),
    E("BBC News", "organisation", "media"),
    E("Hitwise UK", "organisation", "company", aliases=["Hitwise"]),
], [
    A("Tom Cruise", CS, "Scientologist"),
    A("Matthew Ingram", "The Globe and Mail", "writer", "unknown"),
], [
    V("Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of Scientology's website is being attacked by hackers, causing the site to shut down.", "attacked", "ASSAULT", "180", ["hackers"], [CS]),
    V("The attack was launched on Wednesday by a user labelled \"Anonymous\", on the website \"Insurgency Wiki\", a spinoff of 4chan.", "attack", "ASSAULT", "180", ["Anonymous"], [CS], "2008-01-16", "day"),
    V("Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites such as Gawker.com have stated that they will keep hosting the video.", "requests", "REQUEST", "020", [CS], ["YouTube"]),
    V("Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites such as Gawker.com have stated that they will keep hosting the video.", "complying", "CONCEDE", "080", ["YouTube"], [CS]),
    V("Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites such as Gawker.com have stated that they will keep hosting the video.", "keep hosting", "REJECT", "120", ["Gawker.com"], [CS]),
    V("Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war.\"", "Lawsuits", "ACCUSE", "115", [CS], ["discussion group participants"]),
    V("Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war.\"", "raided", "COERCE", "171", [], ["discussion group participants"]),
    V("One poster admitted to being a part of the effort, writing in a blog post \"I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage.", "bombarding", "ASSAULT", "180", [P1], [CS]),
    V("\"Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website.", "attack", "ASSAULT", "180", ["hackers"], [CS]),
    V("Posts on the message board for the Scientology-critic site Operation Clambake from Friday theorized that a denial-of-service attack had occurred, and wrote that as of Friday the Scientology.org site was either not loading at all, or loading very slowly.", "attack", "ASSAULT", "180", [], [CS]),
    V("Critics of Scientology at the Internet newsgroup alt.religion.scientology were critical of the attacks to the Church of Scientology website, with one poster writing \"How can people look at both sides if one side is gone?\"", "critical", "ACCUSE", "111", ["Critics of Scientology"], ["hackers"]),
])

# ---------------------------------------------------------------- New Zealand flag
NZG = "New Zealand government"
build("new-zealand-flag-process", "articles/new-zealand-flag-process.txt", [
    Q("For example, schools can run their own flag discussions and referendums to mirror the formal process as part of their own learning exercise", "direct", "John Burrows"),
    Q("strong rationale", "partial", "John Key"),
    Q("In the end I'll have one vote in each referendum just like every other New Zealander on the electoral roll", "direct", "John Key"),
], [
    E("New Zealand", "place", "country", aliases=["the nation"]),
    E(NZG, "organisation", "government", aliases=["the government", "The New Zealand government"]),
    E("United Kingdom", "place", "country"),
    E("Flag Consideration Project", "organisation", "government", aliases=["the project"]),
    E("Christchurch", "place", "city"),
    E("New Zealand Herald", "organisation", "media"),
    E("John Burrows", "person", aliases=["Professor Burrows"], title="Emeritus Professor"),
    E("John Key", "person", aliases=["Mr Key", "he"], title="Prime Minister"),
    E("Wellington", "place", "city"),
    E("citizens", "group", named=False, aliases=["People", "Voters", "every other New Zealander"]),
], [
    A("John Burrows", "Flag Consideration Project", "chairman of the project's panel of twelve"),
    A("John Key", NZG, "Prime Minister"),
], [
    V("Mr Key promoted the campaign for a unique New Zealand flag on Waitangi Day - February 6 - this year.", "promoted", "SUPPORT", "051", ["John Key"], [NZG], "2015-02-06", "day"),
])

# ---------------------------------------------------------------- imprisonment claim
VP = "Valeska Paris"
build("scientology-imprisonment-claim", "articles/scientology-imprisonment-claim.txt", [
    Q("I was basically hauled in and told that my mum had attacked the church and that I needed to disconnect from her because she was suppressive.", "direct", VP),
    Q("She certainly wasn't 'forced' to be there. She was also never forced to perform labour in the engine room.", "direct", CS),
    Q("forced", "scare", None, after="She certainly wasn't"),
], [
    E(VP, "person", aliases=["Paris", "Australian woman"]),
    E(CS, "organisation", "other", aliases=["Scientology", "the Church", "church"]),
    E("Freewinds", "place", "other", aliases=["the ship", "Scientology - owned cruise ship"]),
    E("Switzerland", "place", "country"), E("United Kingdom", "place", "country"),
    E("Sea Org", "organisation", "other"),
    E("Paris's mother", "anonymous", named=False, aliases=["her mother", "my mum"]),
    E("Albert Jaquier", "person"),
    E("Flag Land Base", "place", "other"),
    E("Clearwater", "place", "city"), E("Florida", "place", "region"),
    E("Rehabilitation Project Force", "organisation", "other"),
    E("Sydney", "place", "city"),
    E("critics", "group", named=False),
    E("Australian Broadcasting Corporation", "organisation", "media"),
], [
    A(VP, CS, "Scientologist", "former"),
    A(VP, "Sea Org", "member", "former"),
], [
    V("Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.", "claimed", "ACCUSE", "112", [VP], [CS]),
    V("Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.", "imprisoned", "COERCE", "173", [CS], [VP]),
    V("In 1995, at age seventeen, she was told to disconnect from her mother.", "told", "REQUEST", "100", [CS], [VP], "1995", "year"),
    V("Paris also claims that her passport was taken away from her and she was forced to work in the engine room.", "taken away", "COERCE", "171", [CS], [VP]),
    V("Paris also claims that her passport was taken away from her and she was forced to work in the engine room.", "forced", "COERCE", "170", [CS], [VP]),
    V("Her mother had spoken out against Scientology on French television after her ex-husband and Paris's father, Albert Jaquier, committed suicide after he lost his fortune to Scientology.", "spoken out against", "ACCUSE", "111", ["Paris's mother"], [CS]),
    V("Paris claims that she was kept at Flag Land Base in Clearwater, Florida until she was eighteen and then transferred to the Freewinds.", "kept", "COERCE", "173", [CS], [VP]),
    V("She was eventually sent to Rehabilitation Project Force in Sydney, which the Church describes as a religious retreat, but critics charge is a forced work camp.", "charge", "ACCUSE", "112", ["critics"], [CS]),
    V("In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:", "denied", "REJECT", "016", [CS], [VP]),
    V("She was also never forced to perform labour in the engine room.", "forced", "COERCE", "170", [CS], [VP], modality="negated"),
    V("They also claimed Paris was a volunteer and claim she has a vested interest for misrepresenting her experiences with the Church.", "misrepresenting", "ACCUSE", "111", [CS], [VP]),
])

# ---------------------------------------------------------------- defector arrested
DM = "Daniel Montalvo"; MR = "Mark Rathbun"; SCI = "Scientology"; LAS = "Los Angeles Sheriff's office"; KM = "Kendrick Moxon"; SW = "Steve Whitmore"
build("scientology-defector-arrested", "articles/scientology-defector-arrested.txt", [
    Q("Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case (not difficult to do with a 19 year old who does not even know the three branches of government) that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly.", "direct", MR),
    Q("route out", "scare", None),
    Q("Daniel was picked up by an investigator in a black car with blacked out windows. Instead of being taken to a hotel, where he could route out as promised, he was taken to the Century City Towers. He was deposited in an office on the 33rd floor where a pricy church lawyer interrogated him for two hours.", "direct", MR),
    Q("... plied the Sheriff's detective with a grand conspiracy theory, characterizing me as the 'anti-christ' of the church of Scientology. ... The next thing Daniel knows he's in a cell where he sat for the next 30 hours.", "partial", MR),
    Q("anti-christ", "scare", None),
    Q("walked into lobby of the East L.A. station and turned himself in", "partial", SW),
    Q("everything he did", "partial", SW),
    Q("facing the penitentiary in thanks for the following sins: a) Leaving a lifehood of slavery to get a taste of freedom and the world. b) Refusing - despite every provocation and incentive and threat - to frame three guys who went out of their ways (and dipped into their pockets) to help the kid achieve that freedom.", "partial", MR),
], [
    E(DM, "person", aliases=["Montalvo", "Daniel", "a defector", "the kid"]),
    E(SCI, "organisation", "other", aliases=["Church of Scientology", "the Scientology organization", "the organization", "church"]),
    E("Sea Org", "organisation", "other", aliases=["the elite group within Scientology", "the Sea Org group"]),
    E("California", "place", "region"),
    E("attorney for Scientology", "anonymous", named=False, aliases=["a pricy church lawyer"]),
    E("L. Ron Hubbard", "person", title="science fiction writer"),
    E("Freedom Magazine", "organisation", "media", aliases=["Freedom"]),
    E("Tom Devocht", "person", aliases=["Devocht"]),
    E(MR, "person", aliases=["Rathbun", "He"]),
    E("former members of Scientology", "group", named=False),
    E("Florida", "place", "region"),
    E("Montalvo's mother", "anonymous", named=False, aliases=["his mother"]),
    E(KM, "person", aliases=["Moxon"], title="attorney"),
    E(LAS, "organisation", "government", aliases=["LA Sheriff's office", "East Los Angeles sheriff's station", "East L.A. station", "the police"]),
    E("Sheriff's detective", "anonymous", named=False, aliases=["a detective for the Los Angeles Sheriff's office"]),
    E("investigator", "anonymous", named=False, aliases=["an investigator"]),
    E("Century City Towers", "place", "other"),
    E(SW, "person", aliases=["Whitmore"], title="representative"),
    E("LA Weekly", "organisation", "media"),
    E("Los Angeles", "place", "city", aliases=["LA", "L.A."]),
    E("Scientology officials", "group", named=False),
    E("Tiziano Lugli", "person", title="musician"),
    E("Jason Beghe", "person", title="actor"),
], [
    A(DM, "Sea Org", "member", "former"),
    A(DM, SCI, "member", "former"),
    A(KM, SCI, "attorney"),
    A("attorney for Scientology", SCI, "attorney"),
    A(SW, LAS, "representative"),
    A("Sheriff's detective", LAS, "detective"),
    A(MR, SCI, "high-ranking defector", "former"),
    A("Tom Devocht", SCI, "high-ranking defector", "former"),
    A("L. Ron Hubbard", SCI, "founder", "unknown"),
    A("Tiziano Lugli", SCI, "member", "former"),
    A("Jason Beghe", SCI, "member", "former"),
    A("Scientology officials", SCI, "officials"),
], [
    V("Recent reports have revealed that a defector from the elite group within Scientology called the Sea Org was first persuaded to travel back to a management building for the organization in California, where he was interrogated by an attorney for Scientology and then arrested.", "arrested", "COERCE", "173", [], [DM]),
    V("Daniel Montalvo, 19, a member of Scientology all his life, was arrested after leaving its elite group the Sea Org.", "arrested", "COERCE", "173", [], [DM]),
    V("He was released on US$ 20,000 bail on Thursday.", "released", "RETREAT", "0841", [], [DM], "2010-10-07", "day"),
    V("Montalvo was charged with taking hard drives and a zip drive from the Scientology organization after leaving the Sea Org group.", "charged", "ACCUSE", "112", [], [DM]),
    V("Montalvo had read an article in the Scientology propaganda publication Freedom Magazine, which attacked high-ranking defectors from the organization including Tom Devocht and Mark Rathbun.", "attacked", "ACCUSE", "111", ["Freedom Magazine"], ["Tom Devocht", MR]),
    V("Rathbun wrote, \"Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case (not difficult to do with a 19 year old who does not even know the three branches of government) that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly.\"", "lie", "ACCUSE", "111", [MR], [KM]),
    V("Rathbun wrote, \"Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case (not difficult to do with a 19 year old who does not even know the three branches of government) that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly.\"", "put behind iron bars", "THREATEN", "137", [KM], [DM]),
    V("Steve Whitmore, a representative for the LA Sheriff's office, told LA Weekly in a statement that the case involving Montalvo was being dealt with as charges relating to grand theft.", "charges", "ACCUSE", "112", [LAS], [DM]),
    V("On September 29, Scientology officials went to the East Los Angeles sheriff's station where they claimed Montalvo allegedly left the organization with computer hard drives.", "claimed", "ACCUSE", "112", ["Scientology officials"], [DM], "2010-09-29", "day"),
    V("Whitmore told LA Weekly that on October 6 after traveling back from Florida, Montalvo \"walked into lobby of the East L.A. station and turned himself in\", and told the police, \"everything he did\".", "turned himself in", "CONCEDE", "080", [DM], [LAS], "2010-10-06", "day"),
    V("Rathbun requested donations via a statement made on his blog, in order to help Montalvo with his legal defense financing.", "requested", "REQUEST", "0231", [MR], []),
    V("He described Montalvo as an individual, \"facing the penitentiary in thanks for the following sins: a) Leaving a lifehood of slavery to get a taste of freedom and the world. b) Refusing - despite every provocation and incentive and threat - to frame three guys who went out of their ways (and dipped into their pockets) to help the kid achieve that freedom.\"", "Refusing", "REJECT", "120", [DM], [SCI]),
])

# ================================================================ held out (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on it; not to be used to develop rules.
HELD_OUT = "2026-11-30"
# The four texts held out on 2026-11-30 (canada, italy, australia, greece) joined development on
# 2026-11-30: a benchmark run with -v listed their misses by mistake (before -v withheld them), so
# they could no longer be kept from influencing the rules. Their first run is recorded in the README.
SEEN_ON = "2026-11-30"
# The eight held-out texts added first (germany-bans-mahan-air to
# afghanistan-maidan-wardak-base-bombing, below) joined development on this day, after their
# last clean held-out run was recorded (project README); four new texts replaced them.
HELD_OUT_UNTIL = "2026-11-30"

# ---------------------------------------------------------------- Canada: sensitive document
EC = "Environment Canada"; JB = "John Baird"; SR = "Sujata Raisinghani"; PD = "Paul Dewar"; CG = "Conservative government"
build("canada-sensitive-document-found", "articles/canada-sensitive-document-found.txt", [
    Q("and Emergency", "scare", None, after="adding the words"),
    Q("approved security cabinets", "partial", JB),
    Q("I'm told two things: that it's neither classified nor secret and that it's stuff that could be available under access to information,", "direct", JB),
    Q("We take document security seriously,", "direct", SR),
    Q("This government is so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals right,", "direct", PD),
], [
    E(EC, "organisation", "government", aliases=["the department"]),
    E("Ottawa", "place", "city"),
    E("CBC", "organisation", "media", aliases=["the CBC", "CBC News"]),
    E("passerby", "anonymous", named=False, aliases=["someone", "a passerby"]),
    E("Castlefrank Road", "place", "other"),
    E("Kanata", "place", "city"),
    E("Ontario", "place", "region"),
    E("officers", "group", named=False),
    E("environmental law-breakers", "group", named=False, aliases=["the lawbreakers"]),
    E("Julie Hahn", "person", title="spokesperson"),
    E("Treasury Board", "organisation", "government"),
    E(JB, "person", aliases=["Baird"], title="Environment Minister"),
    E("government officials", "group", named=False),
    E(SR, "person", aliases=["she"], title="spokeswoman"),
    E(PD, "person", aliases=["Dewar"], title="MP"),
    E("New Democratic Party", "organisation", "political", aliases=["New Democrat"]),
    E(CG, "organisation", "government", aliases=["the government", "This government", "government"]),
    E("bureaucrats", "group", named=False, aliases=["bureaucrats of the Conservative government"]),
    E("Canadian military", "organisation", "military", named=False, aliases=["the military"]),
    E("counterterrorism unit", "organisation", "military", named=False, aliases=["the military's counterterrorism unit"]),
    E("Maxime Bernier", "person", aliases=["he"], title="Foreign Affairs minister"),
    E("Julie Couillard", "person"),
    E("Hells Angels", "organisation", "other", aliases=["the Hells Angels biker gang"]),
], [
    A("Julie Hahn", EC, "spokesperson"),
    A(JB, EC, "Environment Minister"),
    A(SR, EC, "spokeswoman"),
    A(PD, "New Democratic Party", "MP"),
    A("government officials", CG, "officials"),
    A("bureaucrats", CG, "bureaucrats"),
    A("Maxime Bernier", CG, "Foreign Affairs minister", "former"),
], [
    V("If someone were able to shut the system down, or hack inside and delete or corrupt the information, it could affect the prosecution of the lawbreakers.", "hack", "ASSAULT", "180", [], [], modality="hypothetical"),
    V("Environment Minister John Baird has asked government officials how such documents that are supposed to be stored in \"approved security cabinets\" wound up on the street.", "asked", "REQUEST", "020", [JB], ["government officials"]),
    V("\"We take document security seriously,\" she said, but refused to give any more details about how the papers came to be on a road.", "refused", "REJECT", "120", [SR], ["CBC"]),
    V("Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions about the government's ability to secure sensitive documents.", "raise serious questions", "ACCUSE", "111", [PD], [CG]),
    V("Dewar says that bureaucrats of the Conservative government have complained to him about document security to the point that they can`t share the information with their own colleagues.", "complained", "ACCUSE", "111", ["bureaucrats"], [CG]),
    V("\"This government is so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals right,\" Dewar said.", "get the fundamentals right", "ACCUSE", "111", [PD], [CG]),
    V("In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend Julie Couillard who had ties to the Hells Angels biker gang.", "resign", "CONCEDE", "0831", ["Maxime Bernier"], [], "2008-05", "month"),
], developed_since=SEEN_ON)

# ---------------------------------------------------------------- Italy: taxes on religious schools
MUN = "Italian municipalities"; RS = "religious schools"; SC = "Supreme Court of Cassation"; LIV = "Municipality of Livorno"
BOG = "Municipality of Bogliasco"; M5S = "Movimento 5 Stelle"; DEP = "deputies of Movimento 5 Stelle"; RGL = "regional government of Lombardy"
IG = "Italian government"; NG = "Nunzio Galantino"; UAAR = "Union of Rationalist Atheists and Agnostics"
build("italy-religious-schools-taxes", "articles/italy-religious-schools-taxes.txt", [
    Q("because the users of the private schools pay a frequency fee, this kind of activity is considered as a commercial one", "direct", LIV),
    Q("more general reflection", "partial", "Stefania Giannini"),
    Q("a discussion table will be opened with the non-profit associations, religious association included", "direct", "Claudio De Vincenti"),
    Q("many schools will increase their fees or they will quit. Then the State will have to find new resources to build new structures and manage them", "direct", "Toccafondi"),
    Q("dangerous", "partial", NG, after="has called the sentence"),
    Q("ideological", "partial", NG),
    Q("We face a dangerous sentence. Who takes the decisions, do it with less ideology. Because I have the clear sensation that with this way of thinking, they wait the praise of some ideologized supporters. Indeed, they don't understand what kind of good service private schools held", "direct", NG),
], [
    E("Italy", "place", "country"),
    E(MUN, "organisation", "government", named=False, aliases=["Local municipalities", "several municipalities", "the municipalities", "their local municipalities"]),
    E(RS, "organisation", "other", named=False, aliases=["the private schools", "private schools", "many schools", "the schools"]),
    E("Catholic Church", "organisation", "other", aliases=["the Catholic Church"]),
    E(SC, "organisation", "government", aliases=["Italian Supreme Court of Cassation", "Supreme Court", "the Court", "court"]),
    E(LIV, "organisation", "government", aliases=["The city"]),
    E("Livorno", "place", "city"),
    E(BOG, "organisation", "government"),
    E("Bogliasco", "place", "city"),
    E("Genova", "place", "city"),
    E(DEP, "group", named=False, aliases=["the deputies"]),
    E(M5S, "organisation", "political", aliases=["M5S", "the M5S party"]),
    E("regional counsel of Lombardy", "organisation", "government", named=False),
    E("Lombardy", "place", "region", aliases=["the region", "the Lombardy region"]),
    E("Luca Pastorino", "person", aliases=["the mayor"], title="mayor"),
    E("religious nursery school and retirement home", "organisation", "other", named=False),
    E(RGL, "organisation", "government", named=False, aliases=["the regional government"]),
    E("Santo Spirito", "organisation", "other"),
    E("Immacolata", "organisation", "other"),
    E("Tuscany", "place", "region"),
    E("Monti government", "organisation", "government"),
    E("Mario Monti", "person", aliases=["Monti"]),
    E(IG, "organisation", "government", named=False, aliases=["the Government", "the government", "the State"]),
    E("Stefania Giannini", "person", title="Minister of Education"),
    E("Claudio De Vincenti", "person", title="undersecretary to the prime minister"),
    E("Italian prime minister", "anonymous", named=False, aliases=["the prime minister"], title="prime minister"),
    E("non-profit associations", "organisation", "other", named=False, aliases=["the non-profit associations", "religious association"]),
    E("Toccafondi", "person", aliases=["Mr. Toccafondi"], title="Undersecretary for Education"),
    E("Roberto Maroni", "person", aliases=["the president of the Lombardy region"], title="president of the Lombardy region"),
    E(NG, "person", aliases=["The secretary general of CEI", "I"], title="secretary general"),
    E("Italian Episcopal Conference", "organisation", "other", aliases=["CEI"]),
    E("Italian secularist associations", "organisation", "other", named=False),
    E("MicroMega", "organisation", "media", aliases=["The secularist magazine MicroMega"]),
    E(UAAR, "organisation", "other", aliases=["UAAR", "It"]),
    E("citizens", "group", named=False),
], [
    A("Luca Pastorino", BOG, "mayor"),
    A(DEP, M5S, "deputies"),
    A(DEP, "regional counsel of Lombardy", "deputies"),
    A("Stefania Giannini", IG, "Minister of Education"),
    A("Claudio De Vincenti", IG, "undersecretary to the prime minister"),
    A("Toccafondi", IG, "Undersecretary for Education"),
    A("Roberto Maroni", RGL, "president"),
    A(NG, "Italian Episcopal Conference", "secretary general"),
    A("Mario Monti", "Monti government", "head of government", "unknown"),
], [
    V("In the past few days in Italy, several municipalities have started asking religious schools to pay taxes for property and local services, despite the resistance of the Catholic Church.", "asking", "REQUEST", "020", [MUN], [RS]),
    V("In the past few days in Italy, several municipalities have started asking religious schools to pay taxes for property and local services, despite the resistance of the Catholic Church.", "resistance", "REJECT", "120", ["Catholic Church"], [MUN]),
    V("The request of the municipalities results from the sentence of the Italian Supreme Court of Cassation on July 8, recognising as legitimate the request of the Municipality of Livorno asking religious schools to pay property taxes.", "recognising as legitimate", "SUPPORT", "051", [SC], [LIV], "2015-07-08", "day"),
    V("The request of the municipalities results from the sentence of the Italian Supreme Court of Cassation on July 8, recognising as legitimate the request of the Municipality of Livorno asking religious schools to pay property taxes.", "asking", "REQUEST", "020", [LIV], [RS]),
    V("Requests have come from the Municipality of Bogliasco, next to Genova, and from the deputies of Movimento 5 Stelle (M5S) of the regional counsel of Lombardy.", "Requests", "REQUEST", "020", [BOG], [RS]),
    V("Requests have come from the Municipality of Bogliasco, next to Genova, and from the deputies of Movimento 5 Stelle (M5S) of the regional counsel of Lombardy.", "Requests", "REQUEST", "020", [DEP], [RGL]),
    V("The first case is of the mayor Luca Pastorino that in last years received several refusals of his requests for payment because of the religious nursery school and retirement home.", "refusals", "REJECT", "120", ["religious nursery school and retirement home"], ["Luca Pastorino"]),
    V("In the second case, the M5S party asks to the regional government to assure the local administrations of the region regularly apply the sentence of the Supreme Court.", "asks", "REQUEST", "020", [M5S], [RGL]),
    V("The request was advanced by the Municipality of Livorno in 2010.", "request was advanced", "REQUEST", "020", [LIV], ["Santo Spirito", "Immacolata"], "2010", "year"),
    V("Claudio De Vincenti, undersecretary to the prime minister, said \"a discussion table will be opened with the non-profit associations, religious association included\" ((it)).", "discussion table will be opened", "AGREE", "036", ["Claudio De Vincenti"], ["non-profit associations"]),
    V("Also the president of the Lombardy region, Roberto Maroni, has reacted by proposing some regional counter-measures to finance private schools.", "proposing", "AGREE", "0331", ["Roberto Maroni"], [RS]),
    V("The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence \"dangerous\" ((it)) and \"ideological\" ((it)):", "called the sentence", "ACCUSE", "111", [NG], [SC]),
    V("Because I have the clear sensation that with this way of thinking, they wait the praise of some ideologized supporters.", "wait the praise", "ACCUSE", "111", [NG], [SC]),
    V("The secularist magazine MicroMega describe the court's judgement as historic.", "historic", "SUPPORT", "051", ["MicroMega"], [SC]),
    V("The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition which now has more than 11,000 signatures, asking the government to respect and execute the sentence of the Supreme Court.", "asking", "REQUEST", "020", [UAAR], [IG]),
    V("It is also encouraging citizens to ask for application of the law in their local municipalities.", "encouraging", "REQUEST", "020", [UAAR], ["citizens"]),
], developed_since=SEEN_ON)

# ================================================================ three more Wikinews texts (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on them; held out for their first run
# (README, "Latest run"), then moved into development the same day: used to improve the rules.
DEVELOPED_SINCE = "2026-11-30"

# ---------------------------------------------------------------- Texas: Ahmed Mohamed's clock
AM = "Ahmed Mohamed"; IPD = "Irving Police Department"; BO = "Barack Obama"; MZ = "Mark Zuckerberg"; AJ = "Amneh Jafari"
build("texas-student-clock-arrest", "articles/texas-student-clock-arrest.txt", [
    Q("support movement", "partial", "The Straits Times"),
    Q("Hoping that the #istandwithahmed movement translates into a substantive national conversation on race, punishment, and incarceration.", "direct", "Marc Lamont Hill"),
    Q("Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science. It's what makes America great.", "direct", BO),
], [
    E(AM, "person", aliases=["Mohamed", "Ahmed", "Texas student Ahmed Mohamed", "the boy", "the student", "the youth", "his son", "a boy"], title="student"),
    E("Texas", "place", "region"),
    E("Irving", "place", "city"),
    E(IPD, "organisation", "government", aliases=["police", "Police", "the police"]),
    E("Ahmed Mohamed's school", "organisation", "other", named=False, aliases=["his school", "school"]),
    E("teacher", "anonymous", named=False, aliases=["a teacher"]),
    E(BO, "person", aliases=["Obama", "US President Barack Obama", "President Obama"], title="US President"),
    E("United States", "place", "country", aliases=["US", "America", "the United States"]),
    E("Facebook", "organisation", "company"),
    E(MZ, "person", aliases=["Zuckerberg", "Facebook creator Mark Zuckerberg", "Facebook co-founder Mark Zuckerberg"], title="Facebook co-founder"),
    E("Google", "organisation", "company"),
    E("California", "place", "region"),
    E("international dignitaries", "group", named=False),
    E("United Nations", "organisation", "international", aliases=["U.N."]),
    E("New York", "place", "city"),
    E("NASA", "organisation", "government"),
    E("Deseret News", "organisation", "media", aliases=["The Deseret News"]),
    E("Twitter", "organisation", "platform", aliases=["their company"]),
    E("The Straits Times", "organisation", "media"),
    E("Marc Lamont Hill", "person", title="American academic and professor"),
    E("finalists", "group", named=False),
    E("Mountain View", "place", "city"),
    E("Sergey Brin", "person", title="Co-founder of Google"),
    E("Mohamed El-Hassan Mohamed", "person", aliases=["His father", "his father"], title="father"),
    E("University of Texas Arlington", "organisation", "other"),
    E(AJ, "person", aliases=["Jafari", "She", "she"], title="Psychology major"),
    E("White House", "place", "other"),
    E("Dallas", "place", "city"),
    E("Council on American - Islamic Relations", "organisation", "other", aliases=["Dallas chapter of the Council on American - Islamic Relations"]),
    E("Alia Salem", "person", title="Executive director"),
    E("Muslims", "group", named=False),
    E("University of Texas Arlington Muslim Student Association", "organisation", "other"),
    E("Sehar Memon", "person", aliases=["Memon"], title="president"),
    E("Irving Independent School District", "organisation", "government"),
], [
    A(AM, "Ahmed Mohamed's school", "student"),
    A(MZ, "Facebook", "co-founder"),
    A("Sergey Brin", "Google", "co-founder"),
    A(AJ, "University of Texas Arlington", "psychology major"),
    A("Alia Salem", "Council on American - Islamic Relations", "executive director of the Dallas chapter"),
    A("Sehar Memon", "University of Texas Arlington Muslim Student Association", "president"),
], [
    V("Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school by police after he brought a digital clock he had made to school.", "arrested", "COERCE", "173", [IPD], [AM]),
    V("After news of the police response was reported, Mohamed received support online ranging from US President Barack Obama to Facebook creator Mark Zuckerberg.", "support", "SUPPORT", "051", [BO, MZ], [AM]),
    V("Yesterday Mohamed received VIP attention at Google headquarters in California at the Google Science Fair — and tomorrow he plans to meet international dignitaries at the United Nations headquarters in New York.", "plans to meet", "AGREE", "036", [AM], ["international dignitaries"], "2015-09-23", "day"),
    V("Police arrested and questioned the student.", "arrested", "COERCE", "173", [IPD], [AM]),
    V("Images of the boy wearing a NASA T-shirt and handcuffed by the police were quickly posted and reposted online.", "handcuffed", "COERCE", "173", [IPD], [AM]),
    V("The Twitter attention led to outreach from Google and Mohamed was invited to their Google Science Fair.", "invited", "AGREE", "036", ["Google"], [AM]),
    V("Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.", "met with", "CONSULT", "040", ["Sergey Brin"], [AM]),
    V("On Wednesday, Mohamed and his father are to travel to the United Nations.", "are to travel", "AGREE", "036", [AM, "Mohamed El-Hassan Mohamed"], ["United Nations"], "2015-09-23", "day"),
    V("His father Mohamed El-Hassan Mohamed said he was taking his entire family to the U.N. headquarters in New York, because international dignitaries wanted to meet with his son and express their support.", "wanted to meet", "AGREE", "036", ["international dignitaries"], [AM]),
    V("Psychology major at University of Texas Arlington Amneh Jafari heard of the incident and wanted to issue her support to Mohamed.", "issue her support", "SUPPORT", "051", [AJ], [AM]),
    V("Jafari said she felt Mohamed had been subject to Islamophobia and her hashtag created greater awareness about this issue.", "subject to Islamophobia", "ACCUSE", "111", [AJ], []),
    V("Want to bring it to the White House?", "Want to bring it to the White House", "AGREE", "036", [BO], [AM]),
    V("Twitter gave Mohamed the option to come to their company for an internship.", "gave Mohamed the option", "AGREE", "030", ["Twitter"], [AM]),
    V("Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour the company.", "welcome to come", "AGREE", "036", [MZ], [AM]),
    V("Both the Irving Independent School District and the Irving Police Department have asserted that the boy's religion and name were not a factor in the manner in which they approached the situation.", "asserted", "REJECT", "016", ["Irving Independent School District", IPD], []),
], developed_since=DEVELOPED_SINCE)

# ---------------------------------------------------------------- Afghanistan: girls' robotics team and US visas
AT = "all-girl Afghan team"; DT = "Donald Trump"; HM = "Hamdullah Mohib"; US = "United States"
build("afghan-girls-robotics-visas", "articles/afghan-girls-robotics-visas.txt", [
    Q("courageous achievement", "scare", None),
    Q("courageous achievement", "scare", None, after="silver medal for"),
    Q("Better Idea of Afghan Girls,", "scare", None),
    Q("We are so interested because we find a big chance to show the talent and ability of Afghans,", "direct", "Rodaba Noori"),
    Q("to show that Afghan women can make robots too and we can improve in this section — [the] robotics section. We were so interested because we hadn't long or enough time to get ready for competition but we came to United States and now we are here because of Trump intervention.", "continuation", "Rodaba Noori"),
    Q("parole", "scare", None),
    Q("significant public benefit.", "partial", None),
    Q("Hope", "scare", None, after="listed their country as"),
    Q("Robogee.", "scare", None),
    Q("Seventeen years ago, this would not have been possible at all,", "direct", HM),
    Q("They represent our aspirations and resilience despite having been brought up in a perpetual conflict. These girls will be proving to the world and the nation that nothing will prevent us from being an equal and active member of the international community.", "continuation", HM),
], [
    E(AT, "organisation", "other", named=False, aliases=["A group of Afghan teenagers", "The six - member Afghan team", "the team", "the Afghan team", "the girls", "the entire team", "These girls", "They", "we"]),
    E("FIRST", "organisation", "other", aliases=["For Inspiration and Recognition of Science and Technlogy", "the organization", "FIRST Global"]),
    E("Daughters of the American Revolution Constitution Hall", "place", "other"),
    E("Washington D.C.", "place", "city"),
    E(US, "place", "country", aliases=["the United States", "U.S.", "the U.S.", "the country"]),
    E(DT, "person", aliases=["Trump", "The President", "President Donald Trump", "President Trump", "U.S. President Donald Trump"], title="U.S. President"),
    E("Muslims", "group", named=False),
    E("critics", "group", named=False, aliases=["critics of U.S. President Donald Trump's policies"]),
    E(HM, "person", aliases=["Mohib", "Ambassador Mohib", "Afghan Ambassador Hamdullah Mohib"], title="Afghan Ambassador to the United States"),
    E("Afghanistan", "place", "country", aliases=["the nation"]),
    E("Dean Kamen", "person"),
    E("Alireza Mehraban", "person", title="coach"),
    E("Gabonese team", "organisation", "other", named=False),
    E("Team Estonia", "organisation", "other", aliases=["Estonian team"]),
    E("European team", "organisation", "other", named=False),
    E("Poland", "place", "country"),
    E("Armenia", "place", "country"),
    E("Rodaba Noori", "person", title="team member"),
    E("Herat", "place", "city"),
    E("Kabul", "place", "city", aliases=["the capital"]),
    E("Taliban", "organisation", "military", aliases=["the Taliban"]),
    E("United States National Security Council", "organisation", "government"),
    E("State Department", "organisation", "government", aliases=["State"]),
    E("Homeland Security Department", "organisation", "government", aliases=["Homeland Security"]),
    E("U.S. officials", "group", named=False),
    E("Canada", "place", "country"),
    E("Sudan", "place", "country"), E("Iran", "place", "country"), E("Libya", "place", "country"), E("Yemen", "place", "country"),
    E("Syrian refugee team", "organisation", "other", named=False, aliases=["The Syrian refugee team"]),
    E("Syria", "place", "country"),
    E("Morocco", "place", "country"),
    E("Mexico City", "place", "city"),
], [
    A("Rodaba Noori", AT, "team member"),
    A("Alireza Mehraban", AT, "coach"),
    A("Dean Kamen", "FIRST", "founder", "unknown"),
], [
    V("The six - member Afghan team, which consists entirely of girls, had been denied visas to enter the United States until last week, drawing notice from critics of U.S. President Donald Trump's policies regarding Muslims traveling to the U.S.", "denied visas", "REJECT", "120", [], [AT]),
    V("The President later personally took action to allow the team into the country.", "allow the team into the country", "RETREAT", "081", [DT], [AT]),
    V("They were twice denied visas to enter the United States.", "denied visas", "REJECT", "120", [], [AT]),
    V("They made the trip twice and were turned down both times.", "turned down", "REJECT", "120", [], [AT]),
    V("President Donald Trump personally asked the United States National Security Council to help the girls enter the country.", "asked", "REQUEST", "020", [DT], ["United States National Security Council"]),
    V("After some interplay between the State and Homeland Security Departments, the girls were granted \"parole\" status on the grounds that their entry would be a \"significant public benefit.\"", "granted", "RETREAT", "081", [], [AT]),
    V("The President has drawn both praise for helping the girls enter the U.S. and criticism for his travel ban, which does not cover Afghanistan, and for the atmosphere of hostility toward Muslims that critics blame for denying them entry in the first place.", "praise", "SUPPORT", "051", [], [DT]),
    V("The President has drawn both praise for helping the girls enter the U.S. and criticism for his travel ban, which does not cover Afghanistan, and for the atmosphere of hostility toward Muslims that critics blame for denying them entry in the first place.", "criticism", "ACCUSE", "111", ["critics"], [DT]),
    V("The President has drawn both praise for helping the girls enter the U.S. and criticism for his travel ban, which does not cover Afghanistan, and for the atmosphere of hostility toward Muslims that critics blame for denying them entry in the first place.", "travel ban", "COERCE", "172", [DT], []),
    V("Citing privacy rules, U.S. officials have not said why the team was initially denied visas, but Afghan Ambassador Hamdullah Mohib says there were concerns they would attempt to remain in the United States or in Canada after the contest.", "have not said", "REJECT", "120", ["U.S. officials"], []),
    V("Citing privacy rules, U.S. officials have not said why the team was initially denied visas, but Afghan Ambassador Hamdullah Mohib says there were concerns they would attempt to remain in the United States or in Canada after the contest.", "denied visas", "REJECT", "120", [], [AT]),
    V("Afghanistan is not one of the nations covered by President Trump's travel ban, but teams from Sudan, Iran, Libya, and Yemen, which are covered, are among the 163 teams in the competition.", "travel ban", "COERCE", "172", [DT], ["Sudan", "Iran", "Libya", "Yemen"]),
    V("Syria and all refugees are covered by the ban.", "ban", "COERCE", "172", [DT], ["Syria"]),
], developed_since=DEVELOPED_SINCE)

# ---------------------------------------------------------------- Hong Kong: 2016 Legislative Council election
DP = "Democratic Party"; CP = "Civic Party"; DAB = "DAB"; FTU = "FTU"; LP = "Labour Party"; NPP = "New People's Party"
CPA = "Civic Passion"; YS = "Youngspiration"; PD = "pan-democracy camp"; PB = "pro-Beijing camp"
_members = [
    ("Cheng Chung-tai", CPA), ("Kwok Ka-ki", CP), ("Andrew Wan", DP), ("Michael Tien", NPP), ("Ben Chan", DAB),
    ("Leung Che-cheung", DAB), ("Alice Mak", FTU), ("Lee Cheuk-yan", LP), ("Frederick Fung", "ADPL"), ("Alvin Yeung", CP),
    ("Fernando Cheung", LP), ("Raymond Chan", "People Power"), ("Leung Kwok-hung", "LSD"), ("Lam Cheuk-ting", DP),
    ("Baggio Leung", YS), ("Elizabeth Quat", DAB), ("Gary Chan", DAB), ("Eunice Yung", NPP), ("Gary Fan", "Neo Democrats"),
    ("Regina Ip", NPP), ("Kwok Wai-keung", FTU), ("Horace Cheung", DAB), ("Nathan Law", "Demosisto"), ("Hui Chi-fung", DP),
    ("Tanya Chan", CP), ("Cyd Ho", LP), ("Ann Chiang", DAB), ("Priscilla Leung", "BPA"), ("Claudia Mo", CP),
    ("Wong Pik-wan", DP), ("Yau Wai-ching", YS), ("Raymond Wong", "Proletariat Political Institute"), ("Wong Kwok-kin", FTU),
    ("Wu Chi-wai", DP), ("Jeremy Tam", CP), ("Wong Yeung-tat", CPA), ("Kwong Chun-yu", DP), ("Leung Yiu-chung", "NWSC"),
    ("James To", DP), ("Starry Lee", DAB), ("Holden Chow", DAB), ("Wong Kwok-hing", FTU),
]
_people = [p for p, _ in _members] + ["Eddie Chu", "Junius Ho", "Lau Siu-lai", "Wilson Or", "Paul Tse", "Shiu Ka-chun", "Edward Yiu"]
_aliases = {"Yau Wai-ching": ["Youngspiration's Yau Wai-ching"], "Gary Fan": ["Pan-democrat Gary Fan"], "Nathan Law": ["Demosisto's Nathan Law"],
            "Regina Ip": ["New People Party's Regina Ip"], "Raymond Wong": ["veteran politician Raymond Wong"]}
build("hong-kong-legislative-election", "articles/hong-kong-legislative-election.txt", [
    Q("Super District Council", "scare", None),
], [
    E("Hong Kong", "place", "region"),
    E("voters", "group", named=False, aliases=["around 2 million voters"]),
    E("anti-establishment camp", "organisation", "political", named=False),
    E(PB, "organisation", "political", named=False, aliases=["Pro-Beijing camp"]),
    E(PD, "organisation", "political", named=False),
    E("localist camp", "organisation", "political", named=False),
    E("Legislative Council", "organisation", "government", aliases=["council"]),
    E("New Territories West", "place", "region", aliases=["New Territories West geographical constituency", "this district", "this constituency"]),
    E("New Territories East", "place", "region", aliases=["New Territories East geographical constituency"]),
    E("Hong Kong Island", "place", "region", aliases=["Hong Kong Island geographical constituency", "Hong Kong Island constituency"]),
    E("Kowloon West", "place", "region", aliases=["Kowloon West geographical constituency"]),
    E("Kowloon East", "place", "region", aliases=["Kowloon East geographical constituency"]),
    E("Taikoo", "place", "other"),
    E("District Council (Second) functional constituency", "organisation", "other", aliases=["Super District Council"]),
    E("Social Welfare constituency", "organisation", "other"),
    E("Architectural, Surveying, Planning and Landscape constituency", "organisation", "other"),
    E(CPA, "organisation", "political", aliases=["Localist group Civic Passion"]),
    E(CP, "organisation", "political", aliases=["the Civic Party"]),
    E(DP, "organisation", "political", aliases=["the Democratic Party"]),
    E(NPP, "organisation", "political", aliases=["New People Party"]),
    E(DAB, "organisation", "political"),
    E(FTU, "organisation", "other", aliases=["the FTU"]),
    E(LP, "organisation", "political", aliases=["the Labour Party"]),
    E("ADPL", "organisation", "political"),
    E("People Power", "organisation", "political"),
    E("LSD", "organisation", "political"),
    E(YS, "organisation", "political", aliases=["localist group Youngspiration"]),
    E("Neo Democrats", "organisation", "political", aliases=["the Neo Democrats", "his party"]),
    E("Demosisto", "organisation", "political"),
    E("BPA", "organisation", "political"),
    E("Proletariat Political Institute", "organisation", "political", aliases=["the Proletariat Political Institute"]),
    E("NWSC", "organisation", "political"),
    *[E(p, "person", aliases=_aliases.get(p, [])) for p in _people],
], [
    *[A(p, org, "member") for p, org in _members],
    A("Gary Fan", "Neo Democrats", "leader", "former"),
    A("Wong Yeung-tat", CPA, "leader", "former"),
    A("Nathan Law", "Legislative Council", "member"),
], [
    V("Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected in this constituency, and resigned from his leadership in his party due to its election defeat.", "resigned", "CONCEDE", "0831", ["Gary Fan"], ["Neo Democrats"]),
    V("Localist group Civic Passion's Wong Yeung-tat was defeated in this district, and resigned his leadership in Civic Passion.", "resigned", "CONCEDE", "0831", ["Wong Yeung-tat"], [CPA]),
    V("The previous general legislative election in Hong Kong was before the 2014 protests.", "protests", "PROTEST", "141", [], [], "2014", "year"),
], developed_since=DEVELOPED_SINCE)

# ================================================================ two more held-out texts (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on them; not to be used to develop rules.

# ---------------------------------------------------------------- Australia: parents tried over a homeopathic treatment
TS = "Thomas Sam"; MS = "Manju Sam"; SAMS = "Sams"; GL = "Gloria"; MT = "Mark Tedeschi"; SIS = "Thomas' sister"
build("australia-homeopathy-manslaughter-trial", "articles/australia-homeopathy-manslaughter-trial.txt", [
    Q("Gloria spent a lot of the last five months of her life crying, irritable, scratching and the only thing that gave her solace was to suck on her mother's breast.", "direct", MT),
    Q("Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that both her parents knew this and discussed it with each other.", "direct", MT),
    Q("I am not able to do that", "direct", TS),
    Q("her skin was weeping, her body malnourished and her corneas melting", "direct", "Sydney Morning Herald"),
], [
    E(TS, "person", aliases=["Thomas", "a practising homeopath"], title="practising homeopath"),
    E(MS, "person", aliases=["his wife Manju Sam", "his wife"]),
    E(SAMS, "group", named=True, aliases=["the Sams", "Parents", "the parents", "her parents", "both her parents"]),
    E(GL, "person", aliases=["their nine-month-old child", "the child", "the baby", "His daughter", "his daughter"]),
    E("Sydney", "place", "city"),
    E("Australia", "place", "country"),
    E("India", "place", "country"),
    E("Social Science & Medicine", "organisation", "media"),
    E("Crown", "organisation", "government", aliases=["the Crown"]),
    E(MT, "person", aliases=["Tedeschi", "Mr. Tedeschi", "the Crown prosecutor"], title="Crown prosecutor"),
    E("the court", "organisation", "government", named=False, aliases=["court"]),
    E(SIS, "anonymous", named=False),
    E("other homeopaths and naturopaths", "group", named=False),
    E("servants", "group", named=False),
    E("Sydney Morning Herald", "organisation", "media", aliases=["the Sydney Morning Herald"]),
    E("Tom Molomby", "person", title="SC"),
], [
    A(MT, "Crown", "Crown prosecutor"),
], [
    V("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter by gross negligence for the death of their nine-month-old child, Gloria.", "trial", "ACCUSE", "112", [], [TS, MS]),
    V("Mr. Tedeschi also told the court that, over the last five months of her life, \"Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that both her parents knew this and discussed it with each other.\"", "asserted", "ACCUSE", "112", ["Crown"], [SAMS]),
    V("Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical doctor, but he replied \"I am not able to do that\".", "pleaded", "REQUEST", "020", [SIS], [TS]),
    V("Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical doctor, but he replied \"I am not able to do that\".", "I am not able to do that", "REJECT", "120", [TS], [SIS]),
    V("The parents are also accused of putting their social life ahead of their child, taking her on a trip to India and leaving her to servants while embarking on a busy social schedule, and giving her homeopathic drops instead of using the prescription creams they had been given.", "accused", "ACCUSE", "112", [], [SAMS]),
    V("Speaking in the parents' defense, Tom Molomby, SC, said that, as the parents came from India, where homeopathy is in common use, they should be declared not guilty due to cultural differences.", "declared not guilty", "REJECT", "016", ["Tom Molomby"], ["Crown"]),
], developed_since=SEEN_ON)

# ---------------------------------------------------------------- Greece: court ruling on the worship of ancient deities
GC = "Greek court"; WOR = "worshippers of the ancient Greek religion"; HP = "Hellenic polytheism"; GOC = "Greek Orthodox Church"
build("greece-ancient-worship-ruling", "articles/greece-ancient-worship-ruling.txt", [], [
    E(GC, "organisation", "government", named=False),
    E(WOR, "group", named=False, aliases=["worshippers of the ancient deities", "about 100,000 Greeks"]),
    E(HP, "organisation", "other", aliases=["the ancient Greek religion", "the religion"]),
    E("Greek Ministry of Culture", "organisation", "government", aliases=["the Greek Ministry of Culture"]),
    E(GOC, "organisation", "other", aliases=["The Greek Orthodox Church", "a Christian denomination"]),
    E("Wicca", "organisation", "other"),
], [
    A(WOR, HP, "worshippers"),
], [
    V("Greek court has ruled that worshippers of the ancient Greek religion may now formally associate and worship at archeological sites.", "ruled", "RETREAT", "081", [GC], [WOR]),
    V("Prior to the ruling, the religion was banned from conducting public worship at archeological sites by the Greek Ministry of Culture.", "banned", "COERCE", "172", ["Greek Ministry of Culture"], [HP]),
    V("The Greek Orthodox Church, a Christian denomination, is extremely critical of worshippers of the ancient deities.", "critical", "ACCUSE", "111", [GOC], [WOR]),
], developed_since=SEEN_ON)

# ================================================================ two held-out Wikinews texts of 2019 (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on them; not to be used to develop rules.
# Text from vanatteveldt/wikinews (GitHub), data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- Germany bans the Iranian airline Mahan Air
MA = "Mahan Air"; USG = "United States government"; GG = "German government"; IRGC = "Islamic Revolutionary Guard Corps"
GSRC = "German government source"; FIRMS = ["Deutsche Bahn", "Deutsche Telekom", "Daimler", "Siemens"]
build("germany-bans-mahan-air", "articles/germany-bans-mahan-air.txt", [
    Q("security", "partial", "German officials"),
    Q("The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,", "direct", "Mike Pompeo"),
    Q("that this airline carries out transports to Germany that affect our security concerns,", "partial", "Steffen Seibert"),
    Q("contributed to incredible human suffering, violence, and political instability felt across the world,", "partial", "Richard Grenell"),
], [
    E("Germany", "place", "country", aliases=["the European nation"]),
    E(MA, "organisation", "company", aliases=["Mahan", "Iranian airline Mahan Air", "The airline", "the airline", "this airline", "It"]),
    E("Iran", "place", "country", aliases=["the Middle Eastern nation"]),
    E("United States", "place", "country", aliases=["US", "the US"]),
    E("Middle East", "place", "region", aliases=["the Middle East"]),
    E("Iranian regime", "organisation", "government", named=False, aliases=["the Iranian regime"]),
    E("Mike Pompeo", "person", title="Secretary of State"),
    E("Federal Aviation Office of Germany", "organisation", "government", aliases=["The Federal Aviation Office of Germany"]),
    E("German officials", "group", named=False, aliases=["officials"]),
    E("Rudaw", "organisation", "media"),
    E("Hamid Arabnejad Khanooki", "person", title="director"),
    E(IRGC, "organisation", "military", aliases=["Islamic Revolutionary Guard Corps of Iran", "Revolutionary Guards"]),
    E("Angela Merkel", "person", title="German Chancellor"),
    E("Steffen Seibert", "person", title="spokesperson"),
    E("Europe", "place", "region"),
    E("Richard Grenell", "person", title="US Ambassador to Germany"),
    E("Bashar al-Assad", "person", aliases=["al-Assad"], title="Syrian President"),
    E(USG, "organisation", "government", aliases=["The United States government"]),
    E("Syria", "place", "country"),
    E("Spain", "place", "country"), E("Greece", "place", "country"), E("France", "place", "country"), E("Italy", "place", "country"),
    E("European Union", "organisation", "international"),
    E("dissidents", "group", named=False),
    E("Denmark", "place", "country"),
    E("Netherlands", "place", "country", aliases=["the Netherlands"]),
    E("commercial entities", "organisation", "company", named=False),
    *[E(f, "organisation", "company") for f in FIRMS],
    E("Donald Trump", "person", title="US President"),
    E("Barack Obama", "person", title="former US President"),
    E(GG, "organisation", "government", named=False),
    E("Reuters", "organisation", "media", aliases=["they"]),
    E(GSRC, "anonymous", named=False, aliases=["a German government source"]),
    E("allies", "group", named=False, aliases=["allies such as Germany"]),
], [
    A("Mike Pompeo", USG, "Secretary of State"),
    A("Richard Grenell", USG, "Ambassador to Germany"),
    A("Donald Trump", USG, "President"),
    A("Barack Obama", USG, "President", "former"),
    A("Angela Merkel", GG, "Chancellor"),
    A("Steffen Seibert", GG, "Chancellor's spokesperson"),
    A("German officials", GG, "officials"),
    A(GSRC, GG, "source"),
    A("Hamid Arabnejad Khanooki", MA, "director"),
], [
    V("Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with officials saying this is for security reasons.", "banned", "COERCE", "172", ["Germany"], [MA], "2019-01-21", "day"),
    V("Mahan has been the subject of United States sanctions since 2011.", "sanctions", "SANCTION", "163", ["United States"], [MA], "2011", "year"),
    V("\"The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,\" according to a tweet on Monday by US Secretary of State Mike Pompeo.", "transports weapons and fighters", "ACCUSE", "112", ["Mike Pompeo"], [MA], "2019-01-21", "day"),
    V("\"The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,\" according to a tweet on Monday by US Secretary of State Mike Pompeo.", "supporting", "AID", "072", [MA], ["Iranian regime"]),
    V("The US has been encouraging allies such as Germany to restrict Mahan's operations.", "encouraging", "REQUEST", "020", ["United States"], ["allies", "Germany"]),
    V("The Federal Aviation Office of Germany has suspended Mahan's permit, German officials said.", "suspended", "COERCE", "172", ["Federal Aviation Office of Germany"], [MA]),
    V("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible \"that this airline carries out transports to Germany that affect our security concerns,\" and the ban followed discussions within Europe and with the US.", "discussions", "CONSULT", "040", ["Germany"], ["United States"]),
    V("US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had \"contributed to incredible human suffering, violence, and political instability felt across the world,\" by supporting Syrian President Bashar al-Assad.", "alleged", "ACCUSE", "112", ["Richard Grenell"], [MA]),
    V("US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had \"contributed to incredible human suffering, violence, and political instability felt across the world,\" by supporting Syrian President Bashar al-Assad.", "supporting", "AID", "072", [MA], ["Bashar al-Assad"]),
    V("The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad.", "claims", "ACCUSE", "112", [USG], [MA]),
    V("The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad.", "flies fighters and cargo to Syria", "AID", "072", [MA], ["Bashar al-Assad"]),
    V("The move comes after the European Union sanctioned Iran earlier in the month over alleged Revolutionary Guards assassination plots against dissidents in nations including Denmark, France, and the Netherlands.", "sanctioned", "SANCTION", "163", ["European Union"], ["Iran"], "2019-01", "month"),
    V("The move comes after the European Union sanctioned Iran earlier in the month over alleged Revolutionary Guards assassination plots against dissidents in nations including Denmark, France, and the Netherlands.", "alleged", "ACCUSE", "112", [], [IRGC]),
    V("With the US encouraging commercial entities to cease trading in Iran, German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced plans to pull out of the Middle Eastern nation.", "encouraging", "REQUEST", "020", ["United States"], ["commercial entities"]),
    V("With the US encouraging commercial entities to cease trading in Iran, German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced plans to pull out of the Middle Eastern nation.", "pull out", "SANCTION", "163", FIRMS, ["Iran"], modality="hypothetical"),
    V("Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran, which had been agreed under former US President Barack Obama.", "withdrew", "REJECT", "127", ["Donald Trump"], ["Iran"], "2018", "year"),
    V("Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran, which had been agreed under former US President Barack Obama.", "agreed", "AGREE", "057", ["United States"], ["Iran"]),
    V("Reuters reported on Monday a German government source, whom they did not name, said the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran.", "increase sanctions", "SANCTION", "163", [GG], ["Iran"], modality="negated"),
], developed_since=HELD_OUT_UNTIL)

# ---------------------------------------------------------------- Philippines: bombings at Jolo Cathedral
JC = "Jolo Cathedral"; DL = "Delfin Lorenzana"; PERP = "perpetrators"; ASG = "Abu Sayyaf Group"; CG2 = "Coast Guard"
PG = "Philippine government"; EH = "Elson Hermogino"; DSP = "spokesperson for President Rodrigo Duterte"
ARMMP = "police of the Autonomous Region in Muslim Mindanao"
build("philippines-jolo-cathedral-bombings", "articles/philippines-jolo-cathedral-bombings.txt", [
    Q("We will use the full force of the law to bring to justice the perpetrators behind this incident,", "direct", DL),
    Q("dastardly act", "partial", DL),
    Q("deny terrorism any victory", "partial", DL),
    Q("heightened alert", "partial", DL),
    Q("join personnel from the [army and police] in the investigation and pursuit of the perpetrators.", "partial", EH),
], [
    E(JC, "place", "other", aliases=["cathedral", "the Roman Catholic cathedral", "the building"]),
    E("Mindanao", "place", "region", aliases=["Muslim-majority Mindanao"]),
    E("Philippines", "place", "country", aliases=["The Philippines"]),
    E("first responders", "group", named=False),
    E("Graciano Mijares", "person", aliases=["Mijares"], title="Chief Superintendent"),
    E(ARMMP, "organisation", "government", named=False),
    E("Autonomous Region in Muslim Mindanao", "place", "region"),
    E("civilians", "group", named=False),
    E("Armed Forces", "organisation", "military", aliases=["the Armed Forces", "troops", "the army", "army"]),
    E(CG2, "organisation", "military", aliases=["the Coast Guard"]),
    E("National Police", "organisation", "government", aliases=["the National Police", "police"]),
    E("Zamboanga", "place", "city"),
    E(DL, "person", aliases=["Lorenzana", "he"], title="Defence Secretary"),
    E(PERP, "group", named=False, aliases=["the perpetrators behind this incident", "the perpetrators"]),
    E("vigilant locals", "group", named=False),
    E("authorities", "group", named=False),
    E("Moro Islamic Liberation Front", "organisation", "military"),
    E(PG, "organisation", "government", named=False, aliases=["the government"]),
    E("Bangsamoro", "place", "region", aliases=["the new region"]),
    E("Jolo", "place", "city"),
    E("Sulu", "place", "region", aliases=["the Sulu region"]),
    E("Arnel dela Vega", "person"),
    E("Western Mindanao Command", "organisation", "military", aliases=["the army's Western Mindanao Command"]),
    E(ASG, "organisation", "military", aliases=["the Abu Sayyaf Group", "this organisation"]),
    E("Mujiv Hataman", "person", title="Regional Governor"),
    E("Islamic State of Iraq and the Levant", "organisation", "military", aliases=["The Islamic State of Iraq and the Levant"]),
    E("Jaypee Galicha", "person", aliases=["The deceased seaman"], title="seaman"),
    E("Coast Guard spokesperson", "anonymous", named=False, aliases=["a Coast Guard spokesperson"]),
    E(EH, "person", title="Coast Guard Commandant Admiral"),
    E("Coast Guard units nearby", "organisation", "military", named=False),
    E("Organisation of Islamic Cooperation", "organisation", "international", aliases=["OIC", "The OIC"]),
    E("Yousef Al-Othaimeen", "person", title="head"),
    E("Pope Francis", "person", title="Pope"),
    E(DSP, "anonymous", named=False, aliases=["a spokesperson for President Rodrigo Duterte"]),
    E("Rodrigo Duterte", "person", title="President"),
], [
    A("Graciano Mijares", ARMMP, "Chief Superintendent"),
    A(DL, PG, "Defence Secretary"),
    A("Arnel dela Vega", "Western Mindanao Command", "member"),
    A("Jaypee Galicha", CG2, "seaman"),
    A("Coast Guard spokesperson", CG2, "spokesperson"),
    A(EH, CG2, "Commandant"),
    A("Yousef Al-Othaimeen", "Organisation of Islamic Cooperation", "head"),
    A("Rodrigo Duterte", PG, "President"),
    A(DSP, PG, "spokesperson for the President"),
], [
    V("Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines.", "bombings", "ASSAULT", "183", [], [JC], "2019-01-27", "day"),
    V("The second blast affected first responders following the first; between the two blasts, at least 20 were killed.", "blast", "ASSAULT", "183", [], ["first responders"]),
    V("\"We will use the full force of the law to bring to justice the perpetrators behind this incident,\" said Delfin Lorenzana, the Defence Secretary; he described the attacks as a \"dastardly act\" and urged vigilant locals to assist authorities and \"deny terrorism any victory\".", "bring to justice", "THREATEN", "130", [DL], [PERP]),
    V("\"We will use the full force of the law to bring to justice the perpetrators behind this incident,\" said Delfin Lorenzana, the Defence Secretary; he described the attacks as a \"dastardly act\" and urged vigilant locals to assist authorities and \"deny terrorism any victory\".", "dastardly act", "ACCUSE", "111", [DL], [PERP]),
    V("\"We will use the full force of the law to bring to justice the perpetrators behind this incident,\" said Delfin Lorenzana, the Defence Secretary; he described the attacks as a \"dastardly act\" and urged vigilant locals to assist authorities and \"deny terrorism any victory\".", "urged", "REQUEST", "020", [DL], ["vigilant locals"]),
    V("The first bomb went off within the Roman Catholic cathedral; the second in its car park.", "went off", "ASSAULT", "183", [], [JC]),
    V("Lorenzana said he had ordered 'heightened alert' from troops, and that the army protect places of worship.", "ordered", "MOBILIZE", "152", [DL], []),
    V("Lorenzana said he had ordered 'heightened alert' from troops, and that the army protect places of worship.", "protect places of worship", "MOBILIZE", "154", [DL], []),
    V("Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected perpetrators.", "suspected perpetrators", "ACCUSE", "112", ["Arnel dela Vega"], [ASG]),
    V("The first bomb went off during Mass; video footage from the scene shows wooden pews broken and scattered within the building.", "went off", "ASSAULT", "183", [], [JC]),
    V("Regional Governor Mujiv Hataman agreed, saying only this organisation appeared capable of the double bombing.", "agreed", "ACCUSE", "112", ["Mujiv Hataman"], [ASG]),
    V("The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group, subsequently claimed responsibility.", "claimed responsibility", "ASSAULT", "183", ["Islamic State of Iraq and the Levant"], [JC]),
    V("The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson Hermogino directing Coast Guard units nearby to \"join personnel from the [army and police] in the investigation and pursuit of the perpetrators.\"", "directing", "MOBILIZE", "154", [EH], [PERP]),
    V("Statements of condemnation have come from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo Duterte.", "condemnation", "ACCUSE", "111", ["Yousef Al-Othaimeen", "Pope Francis", DSP], []),
], developed_since=HELD_OUT_UNTIL)

# ================================================================ two held-out texts from AMALGUM (added 2026-11-30)
# English Wikinews articles dated before 2012, taken from the AMALGUM corpus (gucorpling/amalgum,
# amalgum/news/dep/*.conllu). Annotated from the text alone, before any extractor ran on them; not
# to be used to develop rules.

# ---------------------------------------------------------------- UK: Court of Appeal orders Binyam Mohamed paragraphs published
BM = "Binyam Mohamed"; DM2 = "David Miliband"; IL = "Ivan Lewis"; SM = "Sarah Montague"; CA = "Court of Appeal"
FCO = "Foreign and Commonwealth Office"; USA = "United States"; UKD = "United Kingdom"; CIA = "Central Intelligence Agency"
AA = "American authorities"; ISV = "intelligence services in some countries"
build("uk-binyam-mohamed-torture-appeal", "articles/uk-binyam-mohamed-torture-appeal.txt", [
    Q("cruel, inhumane and degrading", "partial", None),
    Q("as part of a new strategy designed by an expert interviewer.", "partial", None),
    Q("had been intentionally subjected to continuous sleep deprivation. The effects of the sleep deprivation were carefully observed [...] combined with the sleep deprivation, threats and inducements were made to him. His fears of being removed from United States custody and 'disappearing' were played upon [...] the stress brought about by these deliberate tactics was increased by him being shackled in his interviews", "partial", None),
    Q("disappearing", "scare", None),
    Q("[i]t was clear not only from the reports of the content of the interviews but also from the report that he was being kept under self-harm observation, that the interviews were having a marked effect upon him and causing him significant mental stress and suffering.", "partial", None),
    Q("cause real and significant damage to the national security and international relations of this country.", "partial", DM2),
    Q("[w]e neither engage in, collude with or condone torture.", "direct", IL),
    Q("turn a blind eye", "partial", SM),
    Q("we always make it clear that torture is unacceptable and abhorrent", "direct", IL),
    Q("in a modern world you cannot counter terrorism by acting in isolation; we have to work on a global basis with many other countries. And it’s true that some of those countries don’t apply the same rules and the same standards as the United Kingdom", "direct", IL),
    Q("complicit", "partial", IL),
    Q("very serious allegations made against some of the intelligence services in some countries that we have to co-operate with in terms of protecting the security and the national interest of this country.", "partial", IL),
], [
    E(DM2, "person", aliases=["Miliband", "UK Foreign Secretary David Miliband"], title="Foreign Secretary"),
    E(BM, "person", aliases=["Binyam", "UK resident Binyam Mohamed", "The 31-year-old Ethiopian-born man"]),
    E("Pakistan", "place", "country"),
    E(USA, "place", "country", aliases=["the United States", "US", "the US"]),
    E(CIA, "organisation", "government", aliases=["the United States' Central Intelligence Agency"]),
    E(AA, "group", named=False),
    E("Morocco", "place", "country"),
    E("al-Qaeda", "organisation", "military"),
    E("Afghanistan", "place", "country"),
    E("Guantánamo Bay", "place", "other", aliases=["the US-run detention centre"]),
    E("Cuba", "place", "country"),
    E(CA, "organisation", "government"),
    E("Court of Appeal's three most senior judges", "group", named=False),
    E(FCO, "organisation", "government", aliases=["Foreign Office", "UK Foreign Office"]),
    E(UKD, "place", "country", aliases=["UK", "the UK", "this country"]),
    E("court", "organisation", "government", named=False),
    E("Binyam's legal team", "group", named=False),
    E("expert interviewer", "anonymous", named=False, aliases=["an expert interviewer"]),
    E(IL, "person", aliases=["Lewis", "the minister", "Foreign Office Minister Ivan Lewis"], title="Foreign Office Minister"),
    E("BBC", "organisation", "media"),
    E("Today programme", "organisation", "media", aliases=["the BBC's Today programme"]),
    E(SM, "person"),
    E("Damascus", "place", "city"),
    E("Syria", "place", "country"),
    E(ISV, "organisation", "government", named=False, aliases=["some of the intelligence services in some countries"]),
], [
    A(DM2, FCO, "Foreign Secretary"),
    A(IL, FCO, "Foreign Office Minister"),
    A("Court of Appeal's three most senior judges", CA, "senior judges"),
], [
    V("UK Foreign Secretary David Miliband today lost an appeal to conceal details of the \"cruel, inhumane and degrading\" treatment of UK resident Binyam Mohamed after being stopped in Pakistan, then detained and subjected to extraordinary rendition at the behest of the United States' Central Intelligence Agency.", "lost an appeal", "REJECT", "120", [CA], [DM2], "2010-02-10", "day"),
    V("UK Foreign Secretary David Miliband today lost an appeal to conceal details of the \"cruel, inhumane and degrading\" treatment of UK resident Binyam Mohamed after being stopped in Pakistan, then detained and subjected to extraordinary rendition at the behest of the United States' Central Intelligence Agency.", "detained", "COERCE", "173", [], [BM]),
    V("UK Foreign Secretary David Miliband today lost an appeal to conceal details of the \"cruel, inhumane and degrading\" treatment of UK resident Binyam Mohamed after being stopped in Pakistan, then detained and subjected to extraordinary rendition at the behest of the United States' Central Intelligence Agency.", "extraordinary rendition", "ASSAULT", "181", [CIA], [BM]),
    V("The 31-year-old Ethiopian-born man was arrested in Pakistan in 2002 due to issues with his visa.", "arrested", "COERCE", "173", [], [BM], "2002", "year"),
    V("He was then handed over to American authorities who covertly transported him to Morocco for interrogation on a suspicion that he received training on the handling of munitions from al-Qaeda in Afghanistan.", "covertly transported", "ASSAULT", "181", [AA], [BM]),
    V("His final destination, after two years in Morocco, was Guantánamo Bay; from 2004 until 2009 he was held in the US-run detention centre in Cuba.", "held", "COERCE", "173", [USA], [BM]),
    V("He was released last February without any charges being brought against him.", "released", "RETREAT", "0841", [], [BM], "2009-02", "month"),
    V("He was released last February without any charges being brought against him.", "charges", "ACCUSE", "112", [], [BM], modality="negated"),
    V("Today's ruling, by the the Court of Appeal's three most senior judges, ordered previously redacted paragraphs detailing Binyam's treatment in US-managed captivity made public.", "ordered", "REQUEST", "100", [CA], [DM2], "2010-02-10", "day"),
    V("A court ruling in August 2008 did ensure the redacted details were available to Binyam's legal team; however, this is their first release to a wider public.", "court ruling", "REQUEST", "100", ["court"], [], "2008-08", "month"),
    V("During this interrogation, Binyam Mohamed \"had been intentionally subjected to continuous sleep deprivation.", "sleep deprivation", "ASSAULT", "1822", [], [BM]),
    V("The effects of the sleep deprivation were carefully observed [...] combined with the sleep deprivation, threats and inducements were made to him.", "threats", "THREATEN", "130", [], [BM]),
    V("His fears of being removed from United States custody and 'disappearing' were played upon [...] the stress brought about by these deliberate tactics was increased by him being shackled in his interviews\".", "shackled", "COERCE", "173", [], [BM]),
    V("In February last year, Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence sharing, but fought to keep the details released today secret; arguing publication would, \"cause real and significant damage to the national security and international relations of this country.\"", "denied", "REJECT", "016", [DM2], [], "2009-02", "month"),
    V("In February last year, Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence sharing, but fought to keep the details released today secret; arguing publication would, \"cause real and significant damage to the national security and international relations of this country.\"", "threatened", "THREATEN", "131", [USA], [UKD], modality="negated"),
    V("In February last year, Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence sharing, but fought to keep the details released today secret; arguing publication would, \"cause real and significant damage to the national security and international relations of this country.\"", "fought to keep the details released today secret", "REJECT", "120", [DM2], [], "2009-02", "month"),
    V("The release of information known in 2001 implies that Foreign Office Minister Ivan Lewis misled the BBC's Today programme when, in August last year, he stated that, \"[w]e neither engage in, collude with or condone torture.\"", "stated", "REJECT", "016", [IL], [], "2009-08", "month"),
    V("The release of information known in 2001 implies that Foreign Office Minister Ivan Lewis misled the BBC's Today programme when, in August last year, he stated that, \"[w]e neither engage in, collude with or condone torture.\"", "torture", "ASSAULT", "1822", [UKD], [], modality="negated"),
    V("The interview by Sarah Montague, with Lewis in Damascus, Syria, saw the minister challenged on the basis that the UK might \"turn a blind eye\" to torture.", "challenged", "ACCUSE", "111", [SM], [IL]),
    V("Lewis denied that the UK was \"complicit\" in torture, although his responses in the interview described information such as that released today as \"very serious allegations made against some of the intelligence services in some countries that we have to co-operate with in terms of protecting the security and the national interest of this country.\"", "denied", "REJECT", "016", [IL], [SM]),
    V("Lewis denied that the UK was \"complicit\" in torture, although his responses in the interview described information such as that released today as \"very serious allegations made against some of the intelligence services in some countries that we have to co-operate with in terms of protecting the security and the national interest of this country.\"", "allegations", "ACCUSE", "112", [], [ISV]),
], developed_since=HELD_OUT_UNTIL)

# ---------------------------------------------------------------- Turkey: arrests in the Ergenekon investigation
TP = "Turkish police"; OFF4 = "four Turkish army officers"; ERG = "Ergenekon"; AKP = "AK Party"; AKG = "AK Party government"
P40 = "40 people"; RTE = "Recep Tayyip Erdoğan"; IB = "Ilker Basbug"; TAF = "Turkish Armed Forces"; MC = "military commanders"
AG = "Abdullah Gul"; BA = "Besir Atalay"; DB = "Deniz Baykal"; CHP = "Republican People's Party"; OPP = "Turkish opposition"
OOPP = "other members of the opposition"; MAS = "Mehmet Ali Şahin"; SRC = "college graduate and resident of Turkey"
SEC = "secularist establishment"; WP = "Wolfango Piccoli"; P200 = "approximately 200 people"; I86 = "86 individuals"
build("turkey-ergenekon-arrests", "articles/turkey-ergenekon-arrests.txt", [
    Q("Ergenekon", "scare", None),
    Q("Ergenekon", "scare", None, after="referred to as"),
    Q("We are witnessing a confrontation against the Republic's core values. This is a regime change, like in the Khomeini and Hitler eras,", "direct", DB),
    Q("The investigation has no political aspects. Detentions are purely juridical. I follow developments from the press,", "direct", MAS),
    Q("It affected everyone in the country. Everyone wonders if they are next,", "direct", SRC),
    Q("I am terrified here - anytime the wind is not in favor of the ruling party a new wave of this crap happens.", "continuation", SRC),
    Q("The risk of a reaction by the military is growing as the Ergenekon probe is turning into a test of strength between the AKP and secularist circles,", "direct", WP),
], [
    E(TP, "organisation", "government", named=False, aliases=["police", "law enforcement officials"]),
    E(OFF4, "group", named=False, aliases=["two colonels and two lieutenants", "the four Turkish army officers"]),
    E(ERG, "organisation", "other", aliases=["the Ergenekon organization", "an alleged clandestine neonationalist organization", "a right-wing group"]),
    E("Turkey", "place", "country", aliases=["the country", "the Republic"]),
    E("European Union", "organisation", "international", aliases=["the European Union"]),
    E("Anatolian News", "organisation", "media", aliases=["Turkey's state-run news service"]),
    E("Istanbul", "place", "city"),
    E(AKP, "organisation", "political", aliases=["the AK Party", "AKP", "the ruling party"]),
    E(AKG, "organisation", "government", aliases=["the AK Party government", "the government"]),
    E(P40, "group", named=False, aliases=["the 40 individuals"]),
    E(RTE, "person", aliases=["Prime Minister Recep Tayyip Erdoğan", "Erdogan", "the prime minister"], title="Prime Minister"),
    E(IB, "person", aliases=["General Ilker Basbug", "General Basbug", "Basbug"], title="Chief of the General Staff"),
    E(TAF, "organisation", "military", aliases=["the Turkish Armed Forces", "the military", "military", "the country's military"]),
    E(MC, "group", named=False),
    E("Gendarmerie", "organisation", "military", aliases=["the Gendarmerie"]),
    E("Turkish Air Force", "organisation", "military"),
    E("Turkish Army", "organisation", "military", aliases=["Army", "army"]),
    E(AG, "person", aliases=["President Abdullah Gul"], title="President"),
    E(BA, "person", title="interior minister"),
    E("Istanbul Stock Exchange", "organisation", "company", aliases=["the Istanbul Stock Exchange"]),
    E("TUSIAD", "organisation", "other", aliases=["the main business association in Turkey"]),
    E("investigators", "group", named=False),
    E("suspects", "group", named=False, aliases=["the suspects"]),
    E("Turkish media", "organisation", "media", named=False, aliases=["the Turkish media"]),
    E("Golbasi lake", "place", "other"),
    E("Ankara", "place", "city"),
    E("Ibrahim Sahin", "person", aliases=["former police chief Ibrahim Sahin"], title="former police chief"),
    E(DB, "person", aliases=["Baykal"]),
    E(CHP, "organisation", "political", aliases=["the Republican People's Party", "Turkey's secular chief opposition party"]),
    E("Khomeini", "person"),
    E("Hitler", "person"),
    E(OPP, "organisation", "political", named=False, aliases=["opposition", "the opposition"]),
    E(OOPP, "group", named=False, aliases=["Other members of the opposition"]),
    E("Hürriyet", "organisation", "media", aliases=["the Turkish newspaper Hürriyet"]),
    E(MAS, "person", aliases=["Justice Minister Mehmet Ali Şahin", "Şahin"], title="Justice Minister"),
    E("Wikinews", "organisation", "media"),
    E(SRC, "anonymous", named=False, aliases=["a college graduate and resident of Turkey", "this individual", "the source"]),
    E("local citizens", "group", named=False),
    E(SEC, "group", named=False, aliases=["the country's secularist establishment", "this secularist establishment", "secularist circles"]),
    E("Turkish state bureaucracy", "organisation", "government", named=False, aliases=["the Turkish state bureaucracy"]),
    E("Turkish judicial system", "organisation", "government", named=False, aliases=["judicial system"]),
    E("Reuters", "organisation", "media"),
    E(WP, "person", aliases=["analyst Wolfango Piccoli"], title="analyst"),
    E("Eurasia Group", "organisation", "company", aliases=["the Eurasia Group"]),
    E("Financial Times", "organisation", "media", aliases=["the Financial Times"]),
    E("officials", "group", named=False),
    E("retired military officer", "anonymous", named=False, aliases=["a retired military officer"]),
    E("The Guardian", "organisation", "media"),
    E(P200, "group", named=False),
    E(I86, "group", named=False),
    E("Hrant Dink", "person", aliases=["journalist Hrant Dink"], title="journalist"),
    E("four governments in Turkey", "organisation", "government", named=False, aliases=["four governments"]),
], [
    A(OFF4, "Turkish Army", "officers"),
    A(RTE, AKG, "Prime Minister"),
    A(IB, TAF, "Chief of the General Staff"),
    A(MC, TAF, "commanders"),
    A(BA, AKG, "interior minister"),
    A("Ibrahim Sahin", TP, "police chief", "former"),
    A(DB, CHP, "head"),
    A(OOPP, OPP, "members"),
    A(MAS, AKG, "Justice Minister"),
    A(WP, "Eurasia Group", "analyst"),
    A("retired military officer", TAF, "officer", "former"),
], [
    V("Turkish police arrested two colonels and two lieutenants Saturday as part of a wide-reaching probe into a suspected coup plot.", "arrested", "COERCE", "173", [TP], [OFF4], "2009-01-10", "day"),
    V("Turkey's state-run news service, Anatolian News, reported that the four Turkish army officers were arrested in Istanbul for alleged ties to a right-wing group suspected of conspiring to overthrow the AK Party government.", "arrested", "COERCE", "173", [], [OFF4]),
    V("40 people were detained on Wednesday, including three retired army generals.", "detained", "COERCE", "173", [], [P40], "2009-01-07", "day"),
    V("Prime Minister Recep Tayyip Erdoğan and General Ilker Basbug, Chief of the General Staff of the Turkish Armed Forces, held crisis talks on Thursday to discuss the recent waves of arrests.", "held crisis talks", "CONSULT", "040", [RTE, IB], [RTE, IB], "2009-01-08", "day"),
    V("General Basbug met with the prime minister after a six-hour meeting with military commanders, including members of the Gendarmerie, Turkish Air Force, and Army.", "met with", "CONSULT", "040", [IB], [RTE]),
    V("General Basbug met with the prime minister after a six-hour meeting with military commanders, including members of the Gendarmerie, Turkish Air Force, and Army.", "six-hour meeting", "CONSULT", "040", [IB], [MC]),
    V("After his meeting with the prime minister, General Basbug met with President Abdullah Gul.", "met with", "CONSULT", "040", [IB], [AG]),
    V("President Abdullah Gul met with Besir Atalay, Turkey's interior minister.", "met with", "CONSULT", "040", [AG], [BA]),
    V("TUSIAD, the main business association in Turkey, voiced its hope that investigators respect the legal rights of the suspects.", "voiced its hope", "REQUEST", "0243", ["TUSIAD"], ["investigators"]),
    V("Ibrahim Sahin was among the 40 individuals arrested Wednesday.", "arrested", "COERCE", "173", [], ["Ibrahim Sahin", P40], "2009-01-07", "day"),
    V("Deniz Baykal, who heads Turkey's secular chief opposition party the Republican People's Party, was critical of the arrests made by police under the AK Party government.", "critical", "ACCUSE", "111", [DB], [TP, AKG]),
    V("This is a regime change, like in the Khomeini and Hitler eras,\" said Baykal at a news conference held Wednesday.", "regime change", "ACCUSE", "111", [DB], [AKG], "2009-01-07", "day"),
    V("According to Baykal, the Ergenekon investigation is an attempt by the government to silence opposition.", "attempt", "ACCUSE", "111", [DB], [AKG]),
    V("According to Baykal, the Ergenekon investigation is an attempt by the government to silence opposition.", "silence opposition", "COERCE", "1721", [AKG], [OPP]),
    V("Other members of the opposition have also criticized the investigation as being politically motivated.", "criticized", "ACCUSE", "111", [OOPP], [AKG]),
    V("In a statement published in the Turkish newspaper Hürriyet, Justice Minister Mehmet Ali Şahin asserted that the Ergenekon investigation is judicial and appropriate.", "asserted", "REJECT", "016", [MAS], []),
    V("According to Reuters, this secularist establishment states that the arrests carried out by the AK Party are retaliatory, in response to a 2008 court case.", "retaliatory", "ACCUSE", "111", [SEC], [AKP]),
    V("The court case attempted to ban the AK Party, which has roots in political Islam, for anti-secular activities.", "court case", "ACCUSE", "115", [], [AKP]),
    V("The AK Party has denied these claims.", "denied", "REJECT", "016", [AKP], [SEC]),
    V("According to The Guardian, in total approximately 200 people have been arrested in relation to the investigation.", "arrested", "COERCE", "173", [], [P200]),
    V("86 individuals have been indicted since the investigation started, including many officials from the military and two retired four-star generals.", "indicted", "ACCUSE", "112", [], [I86]),
    V("The murder of journalist Hrant Dink is sometimes cited as possibly linked to the Ergenekon case.", "murder", "ASSAULT", "1823", [], ["Hrant Dink"]),
    V("The indictments allege involvement in plans to increase instability in the country through political assassinations.", "allege", "ACCUSE", "112", [], [I86]),
    V("Hürriyet reported that the Ergenekon investigation has faced criticism in the past for detaining suspects for extended periods of time in prison without charges, and for its reliance on insubstantial evidence.", "criticism", "ACCUSE", "111", [], [AKG]),
    V("Hürriyet reported that the Ergenekon investigation has faced criticism in the past for detaining suspects for extended periods of time in prison without charges, and for its reliance on insubstantial evidence.", "detaining", "COERCE", "173", [], ["suspects"]),
    V("In the past 50 years, the country's military has intervened to topple four governments in Turkey.", "intervened", "ASSAULT", "190", [TAF], ["four governments in Turkey"]),
], developed_since=HELD_OUT_UNTIL)

# ================================================================ two later held-out texts from AMALGUM (added 2026-11-30)
# English Wikinews articles (2010, 2011) taken from the AMALGUM corpus (gucorpling/amalgum,
# amalgum/news/dep/*.conllu at commit 16231153). Annotated from the text alone, before any extractor
# ran on them; not to be used to develop rules.

# ---------------------------------------------------------------- Egypt: acting prime minister Ahmed Shafik resigns
EG_SH = "Ahmed Shafik"; EG_SC = "Supreme Council of the Armed Forces"; EG_HM = "Hosni Mubarak"; EG_GOV = "Egyptian government"
EG_ES = "Essam Sharaf"; EG_PR = "protesters"; EG_YC = "January 25 Youth Coalition"; EG_MIN = "ministers with ties to the old regime"
build("egypt-prime-minister-shafik-resigns", "articles/egypt-prime-minister-shafik-resigns.txt", [
    Q("inadequate vision", "partial", None),
    Q("Power to the people!", "direct", "Wael Ghonim"),
    Q("on the right track.", "partial", "Mohamed ElBaradei"),
    Q("The Supreme Council of the Armed Forces decided to accept the resignation of Prime Minister Ahmed Shafiq and appointed Essam Sharaf to form the new government,", "direct", EG_SC),
    Q("still demand a specific time frame to achieve the rest of the revolution's basic demands.", "partial", EG_YC),
], [
    E(EG_SH, "person", aliases=["Shafik", "Egypt's acting prime minister", "Prime Minister Ahmed Shafiq", "Ahmed Shafiq"], title="acting prime minister"),
    E("Egypt", "place", "country", aliases=["the country"]),
    E(EG_SC, "organisation", "military", aliases=["the Supreme Council of the Armed Forces", "The Supreme Council of the Armed Forces", "the Council", "the armed forces", "armed forces"]),
    E(EG_HM, "person", aliases=["Mubarak", "then Egyptian president Hosni Mubarak", "Former Egyptian president Hosni Mubarak"], title="former president"),
    E("cabinet ministers", "group", named=False, aliases=["a number of his cabinet ministers"]),
    E(EG_PR, "group", named=False, aliases=["young protesters", "the protesters", "The protesters"]),
    E("Los Angeles Times", "organisation", "media", aliases=["the Los Angeles Times", "The Los Angeles Times"]),
    E("Wael Ghonim", "person", title="Google executive"),
    E("Google", "organisation", "company"),
    E("Twitter", "organisation", "platform", aliases=["a micro-blogging website"]),
    E("Mohamed ElBaradei", "person", title="pro-democracy activist"),
    E(EG_ES, "person", aliases=["Sharaf", "the new prime minister"], title="prime minister"),
    E("Facebook", "organisation", "platform", aliases=["social networking website Facebook"]),
    E(EG_GOV, "organisation", "government", named=False, aliases=["the Egyptian government"]),
    E("BBC News Online", "organisation", "media"),
    E("Mubarak's family", "group", named=False, aliases=["his family"]),
    E(EG_YC, "organisation", "political", aliases=["the January 25 Youth Coalition"]),
    E(EG_MIN, "group", named=False),
    E("old regime", "organisation", "government", named=False, aliases=["the old regime"]),
], [
    A(EG_SH, EG_GOV, "acting prime minister", "former"),
    A(EG_HM, EG_GOV, "president", "former"),
    A(EG_ES, EG_GOV, "prime minister"),
    A(EG_ES, EG_GOV, "Minister of Transportation", "former"),
    A("cabinet ministers", EG_GOV, "cabinet ministers"),
    A("Wael Ghonim", "Google", "executive"),
], [
    V("Ahmed Shafik, Egypt's acting prime minister, has resigned, the Supreme Council of the Armed Forces, now in control of the country, announced yesterday.", "resigned", "CONCEDE", "0831", [EG_SH], [], "2011-03-03", "day"),
    V("Shafik was appointed to his position by then Egyptian president Hosni Mubarak during the 2011 Egypt anti-government protests, not long before Mubarak decided to resign as president on February 11, 2011.", "protests", "PROTEST", "141", [], [], "2011", "year"),
    V("Shafik was appointed to his position by then Egyptian president Hosni Mubarak during the 2011 Egypt anti-government protests, not long before Mubarak decided to resign as president on February 11, 2011.", "resign", "CONCEDE", "0831", [EG_HM], [], "2011-02-11", "day"),
    V("Shafik had received criticism for his negative attitude towards young protesters and his \"inadequate vision\", according to the Los Angeles Times.", "criticism", "ACCUSE", "111", [], [EG_SH]),
    V("In response to the announcement of Shafik's resignation, Wael Ghonim, a Google executive, credited with organizing the first demonstration and a former political prisoner, wrote on Twitter, a micro-blogging website, \"Power to the people!\"", "organizing the first demonstration", "PROTEST", "141", ["Wael Ghonim"], []),
    V("During the Egyptian protests, one of the key demands of the protesters was that Shafik step down from his acting minister status.", "demands", "REQUEST", "1041", [EG_PR], [EG_SH]),
    V("The Los Angeles Times reports that he departed from that position five years ago, during the aftermath of numerous train collisions in which the Egyptian government was accused of carelessness.", "accused", "ACCUSE", "111", [], [EG_GOV]),
    V("Former Egyptian president Hosni Mubarak was considered persona non grata by Egypt on Monday, as was his family.", "persona non grata", "COERCE", "172", ["Egypt"], [EG_HM, "Mubarak's family"], "2011-02-28", "day"),
    V("Despite having achieved one of their aims, protesters intend to continue demonstrating with mass rallies on Friday because all their demands have yet to be met.", "demonstrating", "PROTEST", "141", [EG_PR], [], "2011-03-04", "day", modality="hypothetical"),
    V("The removal of a current emergency law is amongst those demands.", "removal of a current emergency law", "REQUEST", "1051", [EG_PR], []),
    V("In a statement, the January 25 Youth Coalition said that they \"still demand a specific time frame to achieve the rest of the revolution's basic demands.\"", "demand", "REQUEST", "100", [EG_YC], []),
    V("The protesters also continue to request the removal of ministers with ties to the old regime.", "request", "REQUEST", "1041", [EG_PR], [EG_MIN]),
], developed_since=HELD_OUT_UNTIL)

# ---------------------------------------------------------------- South Africa / UK: Zuma's remarks before his state visit
ZA_JZ = "Jacob Zuma"; ZA_UK = "Britain"; ZA_BR = "Britons"; ZA_DM = "Daily Mail"; ZA_Q = "Queen Elizabeth II"; ZA_TM = "Thobeka Madiba"
ZA_VM = "Vincent Magwenya"; ZA_MED = "British media"; ZA_DA = "Democratic Alliance"; ZA_KM = "Kenneth Mubu"
ZA_YS = "youth sector of the African National Congress"
build("south-africa-zuma-state-visit-remarks", "articles/south-africa-zuma-state-visit-remarks.txt", [
    Q("barbaric", "partial", ZA_JZ, after="believed Africa is"),
    Q("sex-obsessed bigot and vile buffoon.", "partial", ZA_DM),
    Q("When the British came to our country they said everything we did was barbaric, was wrong, inferior in whatever way. Bear in mind that I'm a freedom fighter and I fought to free myself, also for my culture to be respected. And I don't know why they are continuing thinking that their culture is more superior than others, those who might have said so,", "direct", ZA_JZ),
    Q("looked down upon any culture of anyone", "partial", ZA_JZ),
    Q("The British have done that before, as they colonised us, and they continue to do this, and it's an unfortunate thing. If people want an engagement, I'm sure we will engage on that issue.", "direct", ZA_JZ),
    Q("Mr Zuma is in the UK for wide-ranging programme of substantial and serious issues. The comments he made were not aimed at the British public in general but at certain sections of the media which have lambasted him for what he considers to be his culture. Mr Zuma had a meeting with British journalists yesterday and was asked not one question about his private life", "direct", ZA_VM),
    Q("appreciate reading things which he considers are patronising to his culture", "partial", ZA_VM),
    Q("his comments will have no bearing on the state visit.", "partial", ZA_VM),
    Q("Instead of rising above predictable criticism from a particular quarter of the British press, he has allowed himself to be dragged down to the level of the tabloids. By accusing the British people of believing that Africans are barbaric and inferior, he has insulted his hosts, and no doubt undermined the entire purpose of the state visit \u2013 which is to strengthen relations between South Africa and the United Kingdom.", "direct", ZA_KM),
    Q("British media seem to have developed a habit of rubbishing our president and constantly portray him as barbaric and of inferior belonging,", "direct", ZA_YS),
    Q("It is quite apparent that the British media is the one that is characterised and defined by the worst form of barbarism, backwardness and racism. These British racists continue to live in a dreamland and sadly believe that Africans are still their colonial subjects, with no values and principles. They believe that the only acceptable values and principles in the world are British values of whiteness and subjugation of Africans,", "direct", ZA_YS),
], [
    E(ZA_JZ, "person", aliases=["Zuma", "Mr Zuma", "South African President", "The President", "the President", "our president"], title="President of South Africa"),
    E("South Africa", "place", "country"),
    E(ZA_UK, "place", "country", aliases=["the UK", "the United Kingdom"]),
    E("Africa", "place", "region"),
    E(ZA_Q, "person", aliases=["The Queen"], title="Queen"),
    E(ZA_DM, "organisation", "media", aliases=["the Daily Mail"]),
    E(ZA_BR, "group", named=False, aliases=["the British", "The British", "the British public in general", "the British people", "his hosts"]),
    E("Africans", "group", named=False),
    E("African newspaper", "organisation", "media", named=False, aliases=["an African newspaper", "a local private newspaper"]),
    E(ZA_TM, "person", aliases=["his third wife"]),
    E("Horse Guards Parade", "place", "other", aliases=["the Horse Guards Parade"]),
    E("Buckingham Palace", "place", "other", aliases=["the palace"]),
    E("Zulu tribe", "group", aliases=["the Zulu tribe"]),
    E("Daily Mirror", "organisation", "media"),
    E("Gordon Brown", "person"),
    E("David Cameron", "person"),
    E("Nick Clegg", "person"),
    E("members of parliament", "group", named=False),
    E("officials", "group", named=False),
    E(ZA_VM, "person", aliases=["Magwenya", "Magwneya", "Zuma's spokesman", "He"], title="spokesman"),
    E(ZA_MED, "organisation", "media", named=False, aliases=["certain sections of the media", "a particular quarter of the British press", "the tabloids", "the British newspapers", "the British media"]),
    E("British journalists", "group", named=False),
    E(ZA_DA, "organisation", "political", aliases=["the Democratic Alliance", "South Africa's principal opposition party", "the opposing political party"]),
    E(ZA_KM, "person"),
    E("African National Congress", "organisation", "political"),
    E(ZA_YS, "organisation", "political", named=False, aliases=["The youth sector of the African National Congress", "the youth league", "the party", "It"]),
], [
    A(ZA_KM, ZA_DA, "member"),
], [
    V("Jacob Zuma, President of South Africa, claimed Britain believed Africa is \"barbaric\", hours before a state visit to Queen Elizabeth II.", "claimed", "ACCUSE", "111", [ZA_JZ], [ZA_UK]),
    V("Jacob Zuma, President of South Africa, claimed Britain believed Africa is \"barbaric\", hours before a state visit to Queen Elizabeth II.", "state visit", "CONSULT", "042", [ZA_JZ], [ZA_Q]),
    V("These claims were made after the Daily Mail described him as a \"sex-obsessed bigot and vile buffoon.\"", "described him as", "ACCUSE", "111", [ZA_DM], [ZA_JZ]),
    V("Zuma accused Britons of considering themselves to be culturally superior owing to their past colonial activities.", "accused", "ACCUSE", "111", [ZA_JZ], [ZA_BR]),
    V("According to him, he had never \"looked down upon any culture of anyone\" and that no one has the authority of judging other cultures.", "never \"looked down upon", "REJECT", "016", [ZA_JZ], [ZA_DM]),
    V("If people want an engagement, I'm sure we will engage on that issue.\"", "engage", "CONSULT", "040", [ZA_JZ], [], modality="hypothetical"),
    V("Zuma, who has three current wives, made these comments after arriving in Britain with Thobeka Madiba, 38, his third wife.", "arriving in Britain", "CONSULT", "042", [ZA_JZ, ZA_TM], [ZA_UK]),
    V("The Queen will welcome them at the Horse Guards Parade and take them to Buckingham Palace thereafter.", "will welcome", "AGREE", "036", [ZA_Q], [ZA_JZ, ZA_TM]),
    V("Zuma, a member of the Zulu tribe, was compelled to make a public apology following a love child with the daughter of a friend.", "public apology", "SUPPORT", "055", [ZA_JZ], []),
    V("This incident triggered the articles in Daily Mail and Daily Mirror which attacked Zuma.", "attacked", "ACCUSE", "111", [ZA_DM, "Daily Mirror"], [ZA_JZ]),
    V("Zuma, whose state trip includes meetings with Gordon Brown, David Cameron and Nick Clegg, as well as a speech to members of parliament, plans to continue with the visit.", "meetings", "AGREE", "036", [ZA_JZ], ["Gordon Brown", "David Cameron", "Nick Clegg"]),
    V("The comments he made were not aimed at the British public in general but at certain sections of the media which have lambasted him for what he considers to be his culture.", "lambasted", "ACCUSE", "111", [ZA_MED], [ZA_JZ]),
    V("Mr Zuma had a meeting with British journalists yesterday and was asked not one question about his private life\".", "meeting", "CONSULT", "040", [ZA_JZ], ["British journalists"], "2010-03-04", "day"),
    V("Meanwhile, the Democratic Alliance, South Africa's principal opposition party, stated that the reports in the British newspapers did not warrant Zuma's lashing out at Britain.", "did not warrant", "ACCUSE", "111", [ZA_DA], [ZA_JZ]),
    V("\"Instead of rising above predictable criticism from a particular quarter of the British press, he has allowed himself to be dragged down to the level of the tabloids.", "dragged down to the level of the tabloids", "ACCUSE", "111", [ZA_KM], [ZA_JZ]),
    V("The youth sector of the African National Congress supported the President.", "supported", "SUPPORT", "051", [ZA_YS], [ZA_JZ]),
    V("It expressed its disgust at the British reports.", "expressed its disgust", "ACCUSE", "111", [ZA_YS], [ZA_MED]),
    V("\"British media seem to have developed a habit of rubbishing our president and constantly portray him as barbaric and of inferior belonging,\" the youth league said.", "rubbishing", "ACCUSE", "111", [ZA_MED], [ZA_JZ]),
    V("\"It is quite apparent that the British media is the one that is characterised and defined by the worst form of barbarism, backwardness and racism.", "characterised and defined by the worst form of barbarism, backwardness and racism", "ACCUSE", "111", [ZA_YS], [ZA_MED]),
], developed_since=HELD_OUT_UNTIL)

# ================================================================ two later held-out Wikinews texts of 2019 (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on them; not to be used to develop rules.
# Text from vanatteveldt/wikinews (GitHub), data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- Poland: mayor of Gdańsk stabbed on stage
PA = "Paweł Adamowicz"; SW = "Stefan W"; GOCC = "Great Orchestra of Christmas Charity"; CPL = "Civic Platform"
JB = "Joachim Brudziński"; DT = "Donald Tusk"; AD = "Andrzej Duda"
build("poland-gdansk-mayor-stabbing", "articles/poland-gdansk-mayor-stabbing.txt", [
    Q("sharp tool", "partial", None),
    Q("Let's all pray for Mayor Adamowicz. Paweł, we are with you.", "direct", DT),
    Q("an act of inexplicable barbarity.", "partial", JB),
    Q("I can’t find the words, an explanation, for this kind of act. Especially since the finale of the Great Orchestra of Christmas Charity has for the last 27 years always been associated with good, with something joyful, positive.", "direct", JB),
    Q("serious", "partial", JB, after="required resuscitation"),
    Q("We are with Mayor Adamowicz in our thoughts and prayers.", "direct", "Mateusz Morawiecki"),
    Q("Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are. I pray for his return to health and full strength.", "direct", AD),
    Q("and there is hope, but his condition is very difficult.", "partial", AD),
    Q("Stefan W", "scare", None),
    Q("The next hours will decide everything,", "direct", "Tomasz Stefaniak"),
    Q("We couldn’t win,", "direct", "Łukasz Szumowski"),
], [
    E(PA, "person", aliases=["Adamowicz", "Mayor Adamowicz", "Paweł"], title="mayor"),
    E("Gdańsk", "place", "city", aliases=["the Polish city of Gdańsk", "the city"]),
    E("Poland", "place", "country", aliases=["the nation"]),
    E(SW, "person", aliases=["An individual", "The attacker", "the assailant", "The detained suspect"]),
    E(GOCC, "organisation", "other", aliases=["The fundraiser", "the organisation"]),
    E(CPL, "organisation", "political", aliases=["Adamowicz's former party"]),
    E(DT, "person", aliases=["Ex-Prime Minister Donald Tusk", "Tusk"], title="President of the European Council"),
    E("European Council", "organisation", "international"),
    E(JB, "person", aliases=["Brudziński"], title="Interior Minister"),
    E("TVN24", "organisation", "media"),
    E("Mateusz Morawiecki", "person", title="Prime Minister"),
    E(AD, "person", aliases=["Duda"], title="President"),
    E("local media", "organisation", "media", named=False),
    E("doctors", "group", named=False),
    E("Mariusz Ciarka", "person", title="Police spokesman"),
    E("The Guardian", "organisation", "media"),
    E("Associated Press", "organisation", "media"),
    E("Medical University of Gdańsk", "organisation", "other", aliases=["the hospital"]),
    E("Tomasz Stefaniak", "person", aliases=["Dr. Tomasz Stefaniak", "Stefaniak"], title="Dr."),
    E("Politicians", "group", named=False),
    E("Sławoj Leszek Głódź", "person", title="Archbishop of Gdańsk"),
    E("Łukasz Szumowski", "person", title="Health Minister"),
    E("Gdańsk residents", "group", named=False),
    E("synagogue", "place", "other", named=False, aliases=["a synagogue in the city"]),
    E("Krzysztof Sierak", "person", title="Prosecutor"),
], [
    A(DT, CPL, "founding member"),
    A(DT, "European Council", "President"),
    A(PA, CPL, "member", "former"),
], [
    V("An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event.", "arrested", "COERCE", "173", [], [SW]),
    V("An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event.", "stabbed", "ASSAULT", "182", [SW], [PA], "2019-01-13", "day"),
    V("The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government.", "claimed", "ACCUSE", "112", [SW], [CPL]),
    V("The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government.", "imprisoned", "COERCE", "173", [], [SW]),
    V("Interior Minister Joachim Brudziński called the stabbing \"an act of inexplicable barbarity.\"", "barbarity", "ACCUSE", "111", [JB], [SW]),
    V("Police spokesman Mariusz Ciarka said a press badge was used by the assailant, reported by The Guardian as convicted of assaults and by Associated Press of bank robberies, to gain entry.", "convicted", "ACCUSE", "112", [], [SW]),
    V("He recently condemned anti-semitism after vandalism against a synagogue in the city.", "condemned", "ACCUSE", "111", [PA], []),
    V("He recently condemned anti-semitism after vandalism against a synagogue in the city.", "vandalism", "COERCE", "1712", [], ["synagogue"]),
    V("A potential charge of murder against Stefan W carries a possible life sentence.", "charge of murder", "ACCUSE", "112", [], [SW], modality="hypothetical"),
], developed_since=HELD_OUT_UNTIL)

# ---------------------------------------------------------------- Afghanistan: car bomb at a military base in Maidan Wardak
TAL = "Taliban"; MB = "military base"; SH = "Sharif Hotak"; AFG = "Afghan government"; IMS = "Interior Ministry source"
build("afghanistan-maidan-wardak-base-bombing", "articles/afghanistan-maidan-wardak-base-bombing.txt", [
    Q("The explosion was very powerful. The whole building has collapsed,", "direct", SH),
    Q("hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces", "partial", SH),
    Q("I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]", "direct", IMS),
], [
    E("Maidan Shahr", "place", "city"),
    E("Afghanistan", "place", "country", aliases=["the nation"]),
    E("Maidan Wardak", "place", "region", aliases=["Maidan Wardak province"]),
    E(MB, "place", "other", named=False, aliases=["a military base in Maidan Shahr", "The training centre", "the compound"]),
    E(TAL, "organisation", "military", aliases=["the Taliban", "The Taliban"]),
    E("National Directorate for Security", "organisation", "government", aliases=["the National Directorate for Security"]),
    E("two gunmen", "group", named=False),
    E("officials", "group", named=False),
    E(SH, "person", aliases=["Hotak"]),
    E("Maidan Wardak provincial council", "organisation", "government", named=False, aliases=["the Maidan Wardak provincial council"]),
    E("Kabul", "place", "city"),
    E(AFG, "organisation", "government", named=False, aliases=["the central government", "the Afghan government"]),
    E("Afghan forces", "organisation", "military", named=False, aliases=["the Afghan forces"]),
    E("Interior Ministry", "organisation", "government", aliases=["the central Interior Ministry"]),
    E(IMS, "anonymous", named=False, aliases=["A source within the central Interior Ministry"]),
    E("Zabiullah Mujahid", "person", title="Taliban spokesperson"),
    E("Reuters", "organisation", "media"),
    E("Ghazni", "place", "city"),
    E("Abdurrahman Mangal", "person", title="spokesperson for the provincial governor"),
    E("provincial governor", "anonymous", named=False, aliases=["the provincial governor"]),
    E("Zalmay Khalilzad", "person", title="US peace envoy"),
    E("Qatar", "place", "country"),
    E("foreign forces", "organisation", "military", named=False),
], [
    A(SH, "Maidan Wardak provincial council", "member"),
    A(IMS, "Interior Ministry", "source"),
    A("Zabiullah Mujahid", TAL, "spokesperson"),
], [
    V("A car bomb was on Monday rammed into a military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province.", "rammed", "ASSAULT", "1832", [], [MB], "2019-01-21", "day"),
    V("Dozens died in the attack, reportedly conducted by the Taliban.", "conducted", "ASSAULT", "1832", [TAL], [MB]),
    V("The training centre belongs to the National Directorate for Security; it was targeted with a captured Humvee military car packed with explosives, followed by two gunmen.", "targeted", "ASSAULT", "1832", [], [MB]),
    V("Hotak also alleged the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\", whose US-built armoured vehicle was used to breach the compound's defences.", "alleged", "ACCUSE", "111", [SH], [AFG]),
    V("Hotak also alleged the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\", whose US-built armoured vehicle was used to breach the compound's defences.", "hiding accurate casualty figures", "REJECT", "120", [AFG], []),
    V("Hotak also alleged the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\", whose US-built armoured vehicle was used to breach the compound's defences.", "breach", "ASSAULT", "1832", [], [MB]),
    V("A source within the central Interior Ministry reportedly said \"I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]\"", "not to make the death toll figures public", "REJECT", "120", [IMS], []),
    V("The Taliban have claimed responsibility.", "claimed responsibility", "ASSAULT", "1832", [TAL], [MB]),
    V("Reuters reported Monday's attack the deadliest since an assault in Ghazni in August 2018, with officials reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban killed.", "assault", "ASSAULT", "190", [], ["Ghazni"], "2018-08", "month"),
    V("The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.", "met", "CONSULT", "040", [TAL], ["Zalmay Khalilzad"], "2019-01-21", "day"),
    V("Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban.", "car bombing", "ASSAULT", "1832", [], ["Kabul"], "2019-01-14", "week"),
    V("Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban.", "ascribed", "ACCUSE", "112", [], [TAL]),
    V("The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave and the Afghan government shut out of peace talks.", "wants foreign forces to leave", "REQUEST", "0256", [TAL], ["foreign forces"]),
    V("The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave and the Afghan government shut out of peace talks.", "shut out of peace talks", "REJECT", "125", [TAL], [AFG]),
], developed_since=HELD_OUT_UNTIL)

# ================================================================ two more held-out Wikinews texts of 2019 (added 2026-11-30)
# Annotated from the text alone, before any extractor ran on them; not to be used to develop rules.
# Text from vanatteveldt/wikinews (GitHub), data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- Russia: apartment building collapses in Magnitogorsk
MG_YZ = "Yevgeny Zinichev"; MG_EM = "Emergencies Ministry"; MG_FSB = "Federal Security Service"; MG_BD = "Boris Dubrovsky"
MG_ZK = "Znak.com"; MG_ZS = "Znak.com source"; MG_FS = "FSB sources"; MG_VP = "Vladimir Putin"; MG_BLD = "apartment building"
build("russia-magnitogorsk-building-collapse", "articles/russia-magnitogorsk-building-collapse.txt", [
    Q("presumably between 36 and 40 people under the rubble", "partial", MG_YZ),
    Q("real threat of [another] part of the building collapsing", "partial", MG_YZ),
    Q("impossible to continue working in such conditions", "partial", MG_YZ),
    Q("The search and rescue operation is complete,", "direct", "Alexander Chupriyan"),
    Q("three terrorists", "partial", MG_ZS),
], [
    E("Magnitogorsk", "place", "city", aliases=["a city in the Ural region of Russia", "the city", "Magnitigorsk"]),
    E("Ural region", "place", "region", aliases=["the Ural region"]),
    E("Russia", "place", "country"),
    E(MG_BLD, "place", "other", named=False, aliases=["An apartment building", "the ten-storey building", "The 1973 building", "The building", "the building", "the remaining structure"]),
    E("officials", "group", named=False, aliases=["Officials"]),
    E("state media", "organisation", "media", named=False),
    E("rescuers", "group", named=False, aliases=["Rescuers", "Over 1,000 rescuers"]),
    E(MG_EM, "organisation", "government", aliases=["the emergencies ministry", "The Emergencies Ministry"]),
    E("Investigative Committee", "organisation", "government", aliases=["The Investigative Committee"]),
    E(MG_FSB, "organisation", "government", aliases=["the Federal Security Service", "FSB", "The FSB"]),
    E(MG_VP, "person", aliases=["President Vladimir Putin"], title="President"),
    E(MG_YZ, "person", aliases=["Zinichev", "Emergencies Minister Yevgeny Zinichev"], title="Emergencies Minister"),
    E("Chelyabinsk", "place", "region"),
    E("Oleg Klimov", "person", title="Deputy Governor"),
    E("Alexander Chupriyan", "person", title="Deputy Emergency Situations Minister"),
    E("TASS", "organisation", "media"),
    E(MG_BD, "person", aliases=["Chelyabinsk's governor", "Regional governor Boris Dubrovsky"], title="Regional governor"),
    E("Veronika Skvortsova", "person", title="Health Minister"),
    E("Ivan", "person", aliases=["an eleven-month-old boy"]),
    E("Moscow", "place", "city"),
    E("Karl Marx Avenue", "place", "other"),
    E(MG_ZK, "organisation", "media", aliases=["One news site", "The website"]),
    E(MG_FS, "anonymous", named=False),
    E(MG_ZS, "anonymous", named=False, aliases=["an anonymous source", "its source", "its anonymous source"]),
    E("tenant", "anonymous", named=False, aliases=["that apartment's tenant"]),
    E("FSB officers", "group", named=False),
    E("local administrative building", "place", "other", named=False, aliases=["the local administrative building"]),
    E("three terrorists", "group", named=False),
    E("fourth offender", "anonymous", named=False, aliases=["a fourth offender"]),
    E("armed police", "organisation", "government", named=False, aliases=["armed police with dogs", "the officers"]),
    E("second apartment block", "place", "other", named=False, aliases=["a second apartment block in Magnitigorsk"]),
    E("residents", "group", named=False, aliases=["Residents there"]),
], [
    A(MG_YZ, MG_EM, "Emergencies Minister"),
    A("Alexander Chupriyan", MG_EM, "Deputy Emergency Situations Minister"),
    A(MG_FS, MG_FSB, "sources"),
    A("FSB officers", MG_FSB, "officers"),
], [
    V("Rescuers, working in temperatures well below freezing, according to the emergencies ministry recovered at least ten survivors from the debris on Monday.", "recovered at least ten survivors", "AID", "073", ["rescuers"], [], "2018-12-31", "day"),
    V("In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of \"presumably between 36 and 40 people under the rubble\", while Chelyabinsk regional Deputy Governor Oleg Klimov indicated 68 people were missing.", "meeting", "CONSULT", "040", [MG_VP], [MG_YZ], "2018-12-31", "day"),
    V("Chelyabinsk's governor has promised each victim will be subject to a payout of one million rubles.", "promised", "AGREE", "0331", [MG_BD], []),
    V("On Tuesday an eleven-month-old boy, identified only as Ivan, was rescued alive and flown to Moscow for treatment of injuries including frostbite, leg fractures, and head trauma.", "rescued", "AID", "073", [], ["Ivan"], "2019-01-01", "day"),
    V("Officials said three people died; their identities were not provided.", "not provided", "REJECT", "120", ["officials"], []),
    V("The FSB denies the two explosions are related; reports describe speculation the disaster's cause was not in fact a gas leak.", "denies", "REJECT", "016", [MG_FSB], []),
    V("One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism.", "ascribed", "ACCUSE", "112", [MG_FS], []),
    V("The Investigative Committee says it has found no trace of explosives despite Znak.com claiming an anonymous source described a second-floor apartment being used as an explosives depot ahead of a planned shopping centre bombing.", "explosives depot", "ACCUSE", "112", [MG_ZS], []),
    V("Regional governor Boris Dubrovsky said FSB officers were present where the minibus exploded outside the local administrative building, but said this too was unrelated to the other explosion.", "unrelated", "REJECT", "016", [MG_BD], []),
    V("Znak.com reported its source said \"three terrorists\" were killed in a firefight on Monday night, while footage from the scene showed the vehicle burn amid what sounds like gunfire.", "firefight", "ASSAULT", "193", [], ["three terrorists"], "2018-12-31", "day"),
], held_out=HELD_OUT)

# ---------------------------------------------------------------- Poland: escape room fire in Koszalin
KO_AD = "Andrzej Duda"; KO_JB = "Joachim Brudziński"; KO_SFB = "State Fire Brigade"; KO_ER = "escape rooms"
build("poland-koszalin-escape-room-fire", "articles/poland-koszalin-escape-room-fire.txt", [
    Q("joyful girls starting out in life [who] have had life torn away from them", "partial", KO_AD),
    Q("appalling tragedy", "partial", KO_AD),
    Q("I want to express my sympathy and regrets to the families of the victims of the fire", "direct", KO_JB),
    Q("crushing", "partial", KO_AD),
    Q("May God protect their parents and loved ones.", "direct", KO_AD),
    Q("severe burns", "partial", "Tomasz Kubiak"),
], [
    E("Koszalin", "place", "city"),
    E("North Poland", "place", "region"),
    E("Poland", "place", "country", aliases=["the nation"]),
    E("escape room", "place", "other", named=False, aliases=["an escape room"]),
    E("five girls", "group", named=False, aliases=["the group", "the victims"]),
    E("injured man", "anonymous", named=False, aliases=["a man", "the male victim"]),
    E("authorities", "group", named=False),
    E(KO_ER, "organisation", "company", named=False, aliases=["all the nation's escape rooms", "Escape rooms", "The enterprises", "escape rooms across Poland", "the facilities"]),
    E(KO_AD, "person", aliases=["President Andrzej Duda", "Duda"], title="President"),
    E(KO_JB, "person", aliases=["Interior Minister Joachim Brudziński", "Brudzinski"], title="Interior Minister"),
    E(KO_SFB, "organisation", "government", aliases=["the State Fire Brigade", "fire service"]),
    E("Tomasz Kubiak", "person", title="spokesman"),
    E("Agence France-Presse", "organisation", "media"),
    E("Monika Kosiec", "person", aliases=["Kosiec"], title="Police press officer"),
    E("police", "organisation", "government", named=False),
    E("PAP", "organisation", "media", aliases=["State press agency PAP"]),
    E("Piotr Jedlinski", "person", title="Mayor of Koszalin"),
], [
    A("Tomasz Kubiak", KO_SFB, "spokesman"),
    A("Monika Kosiec", "police", "press officer"),
], [
    V("In addition to the inspections Brudzinski also ordered the installation of safety improvements at the facilities.", "ordered", "REQUEST", "100", [KO_JB], [KO_ER]),
], held_out=HELD_OUT)

# ================================================================ two further held-out Wikinews texts of 2019 (added 2026-11-30)
# Annotated from the text alone by a further annotator working apart, before any extractor ran on
# them; not to be used to develop rules. Text from vanatteveldt/wikinews (GitHub),
# data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- US: Nancy Pelosi elected Speaker as the 116th Congress is sworn in
PEL_NP = "Nancy Pelosi"; PEL_DT = "Donald Trump"; PEL_HR = "House of Representatives"; PEL_C116 = "116th United States Congress"
PEL_DEM = "Democratic Party"; PEL_REP = "Republican Party"; PEL_KM = "Kevin McCarthy"; PEL_FG = "U.S. federal government"
PEL_PC = "previous Congress"; PEL_OPP = "fifteen Democrats"; PEL_NM = "new members of the House of Representatives"
build("us-pelosi-elected-speaker", "articles/us-pelosi-elected-speaker.txt", [
    Q("I pledge that this Congress will be transparent, bipartisan and unifying; that we will seek to reach across the aisle in this Chamber and across the divisions across our nation,", "direct", PEL_NP),
    Q("hopefully we're going to have a lot of things that we can get done together.", "direct", PEL_DT),
], [
    E(PEL_NP, "person", aliases=["Pelosi"], title="Speaker of the House"),
    E(PEL_HR, "organisation", "government", aliases=["the House", "this Chamber"]),
    E(PEL_C116, "organisation", "government", aliases=["the incoming 116th United States Congress", "116th U.S. Congress", "The 116th U.S. Congress", "this Congress"]),
    E(PEL_NM, "group", named=False, aliases=["The new members of the House of Representatives"]),
    E(PEL_DEM, "organisation", "political", aliases=["Democrats", "her own party"]),
    E(PEL_REP, "organisation", "political", aliases=["Republicans"]),
    E(PEL_KM, "person"),
    E("Pelosi's grandchildren", "group", named=False),
    E("Tim Gunn", "person", title="fashion designer"),
    E("Grateful Dead", "organisation", "other"),
    E("Mickey Hart", "person", title="drummer"),
    E(PEL_DT, "person", aliases=["President Donald Trump", "President Trump", "Trump"], title="President"),
    E(PEL_FG, "organisation", "government", aliases=["U.S. Federal government", "the government"]),
    E(PEL_PC, "organisation", "government", named=False, aliases=["the previous Congress"]),
    E("United States", "place", "country", aliases=["the country", "our nation"]),
    E("Mexico", "place", "country"),
    E("Senate", "organisation", "government", aliases=["the Senate"]),
    E(PEL_OPP, "group", named=False, aliases=["Some", "her opponents"]),
], [
    A(PEL_NP, PEL_HR, "Speaker"),
    A(PEL_NP, PEL_DEM, "member"),
    A(PEL_NM, PEL_HR, "members"),
    A(PEL_KM, PEL_REP, "member"),
    A(PEL_KM, PEL_HR, "Speaker", "former"),
    A("Mickey Hart", "Grateful Dead", "drummer"),
    A(PEL_DT, PEL_FG, "President"),
    A(PEL_OPP, PEL_DEM, "members"),
], [
    V("\"I pledge that this Congress will be transparent, bipartisan and unifying; that we will seek to reach across the aisle in this Chamber and across the divisions across our nation,\" Pelosi told the public.", "reach across the aisle", "AGREE", "030", [PEL_NP], []),
    V("President Donald Trump congratulated Pelosi, saying, \"hopefully we're going to have a lot of things that we can get done together.\"", "congratulated", "SUPPORT", "051", [PEL_DT], [PEL_NP]),
    V("President Donald Trump congratulated Pelosi, saying, \"hopefully we're going to have a lot of things that we can get done together.\"", "get done together", "AGREE", "030", [PEL_DT], [PEL_NP]),
    V("Pelosi has said her plans for the new term will begin with less controversial issues with which she could find common ground with Republicans, but Democrats also plan to address the current government shutdown promptly.", "find common ground", "AGREE", "030", [PEL_NP], [PEL_REP]),
    V("About a quarter of the U.S. federal government, 800,000 employees, is not in operation because President Trump and the previous Congress could not reach an agreement about the national budget.", "could not reach an agreement", "AGREE", "057", [PEL_DT, PEL_PC], [PEL_DT, PEL_PC], modality="negated"),
    V("President Trump has said he will not approve a budget that does not allocate funding for a wall along the country's border with Mexico.", "will not approve", "REJECT", "120", [PEL_DT], []),
    V("Pelosi has proposed legislation that would fund the government through September.", "proposed legislation", "AGREE", "0331", [PEL_NP], [PEL_FG]),
    V("Some called for younger leadership.", "called for", "REQUEST", "0241", [PEL_OPP], [PEL_DEM]),
    V("Altogether, fifteen Democrats defected.", "defected", "REJECT", "120", [PEL_OPP], [PEL_NP]),
    V("Pelosi had agreed to support some of her opponents' plans, such as term limits for individuals serving as Speaker.", "agreed to support", "CONCEDE", "083", [PEL_NP], [PEL_OPP]),
], held_out=HELD_OUT)

# ---------------------------------------------------------------- US: Trump says he can and may declare a national emergency to build the border wall
WALL_DT = "Donald Trump"; WALL_CG = "Congress"; WALL_USG = "US government"; WALL_OPP = "opposition"; WALL_NP = "Nancy Pelosi"
WALL_CS = "Chuck Schumer"; WALL_DD = "Dick Durbin"; WALL_AS = "Adam Schiff"; WALL_HR = "House of Representatives"
WALL_HIC = "House Intelligence Committee"
build("us-trump-border-wall-emergency", "articles/us-trump-border-wall-emergency.txt", [
    Q("can", "partial", WALL_DT, after="says he '"),
    Q("may", "partial", WALL_DT, after="' and '"),
    Q("I can do it [call a national emergency] if I want. I may do it.", "direct", WALL_DT),
    Q("I never threaten anybody.", "direct", WALL_DT),
    Q("in the midst of a crisis on our southern border.", "partial", "Mike Pence"),
    Q("We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president.", "direct", WALL_NP),
    Q("We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage", "direct", WALL_CS),
    Q("So we told the president we needed the government open. He resisted.", "direct", WALL_CS),
    Q("a non-starter", "partial", WALL_AS),
    Q("I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern", "direct", WALL_DD),
    Q("years.", "partial", WALL_DT),
], [
    E(WALL_DT, "person", aliases=["President Trump", "United States President Donald Trump", "Trump", "The President", "the president", "the President"], title="President"),
    E("United States", "place", "country", aliases=["US", "the United States", "America", "the country"]),
    E("Mexico", "place", "country"),
    E(WALL_CG, "organisation", "government"),
    E(WALL_USG, "organisation", "government", aliases=["The US government", "government", "the government"]),
    E(WALL_OPP, "organisation", "political", named=False, aliases=["the opposition"]),
    E("Mike Pence", "person", aliases=["The Vice President"], title="Vice President"),
    E(WALL_NP, "person", aliases=["the Speaker of the House"], title="Speaker of the House"),
    E(WALL_HR, "organisation", "government", aliases=["the House"]),
    E(WALL_CS, "person", aliases=["The Senate Minority Leader"], title="Senate Minority Leader"),
    E("Senate", "organisation", "government"),
    E("federal workers", "group", named=False, aliases=["hundreds of thousands of federal workers"]),
    E(WALL_DD, "person", aliases=["Durbin"], title="Senate Minority Whip"),
    E(WALL_AS, "person", aliases=["Schiff"], title="Represenative"),
    E(WALL_HIC, "organisation", "government"),
    E("museums", "organisation", "other", named=False, aliases=["Some museums"]),
    E("National Zoo", "organisation", "other", aliases=["the National Zoo"]),
    E("immigration courts", "organisation", "government", named=False),
    E("Internal Revenue Service", "organisation", "government", aliases=["The Internal Revenue Service"]),
    E("Medicare", "organisation", "government"),
    E("Medicaid", "organisation", "government"),
    E("Federal courts", "organisation", "government", named=False),
], [
    A(WALL_DT, WALL_USG, "President"),
    A("Mike Pence", WALL_USG, "Vice President"),
    A(WALL_NP, WALL_HR, "Speaker"),
    A(WALL_CS, "Senate", "Minority Leader"),
    A(WALL_DD, "Senate", "Minority Whip"),
    A(WALL_AS, WALL_HIC, "incoming chair"),
], [
    V("United States President Donald Trump said on Friday he can and may declare a national state of emergency, which he said would allow him to act without approval from Congress and allocate funding for the construction of a wall along the country's border with Mexico.", "declare a national state of emergency", "COERCE", "1724", [WALL_DT], [], modality="hypothetical"),
    V("The US government is currently partially shut down because the president and Congress could not agree on a national budget.", "could not agree", "AGREE", "057", [WALL_DT, WALL_CG], [WALL_DT, WALL_CG], modality="negated"),
    V("The President insists that the budget include funding for the wall, which was one of his campaign promises, but Congress has not passed his proposed budget.", "insists", "REQUEST", "100", [WALL_DT], [WALL_CG]),
    V("The President insists that the budget include funding for the wall, which was one of his campaign promises, but Congress has not passed his proposed budget.", "has not passed", "REJECT", "120", [WALL_CG], [WALL_DT]),
    V("Trump said on Friday \"I can do it [call a national emergency] if I want.", "call a national emergency", "COERCE", "1724", [WALL_DT], [], modality="hypothetical"),
    V("Trump also said that he would prefer to agree a solution with the opposition.", "agree a solution", "AGREE", "037", [WALL_DT], [WALL_OPP]),
    V("He also said, \"I never threaten anybody.\"", "never threaten", "REJECT", "016", [WALL_DT], []),
    V("He also said, \"I never threaten anybody.\"", "threaten", "THREATEN", "130", [WALL_DT], [], modality="negated"),
    V("The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage\" and \"So we told the president we needed the government open.", "made a plea", "REQUEST", "020", [WALL_CS], [WALL_DT]),
    V("The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage\" and \"So we told the president we needed the government open.", "told the president we needed the government open", "REQUEST", "100", [WALL_CS], [WALL_DT]),
    V("He resisted.\"", "resisted", "REJECT", "120", [WALL_DT], [WALL_CS]),
    V("Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam Schiff both yesterday questioned the President's power to do as he proposed.", "questioned", "ACCUSE", "111", [WALL_DD, WALL_AS], [WALL_DT], "2019-01-06", "day"),
    V("Schiff called it \"a non-starter\".", "a non-starter", "ACCUSE", "111", [WALL_AS], [WALL_DT]),
    V("Durbin said \"I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern\".", "ignores the law", "ACCUSE", "111", [WALL_DD], [WALL_DT]),
    V("Durbin said \"I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern\".", "lawsuits", "ACCUSE", "115", [], [WALL_DT]),
], held_out=HELD_OUT)

# ================================================================ two more held-out Wikinews texts of 2019 (added 2026-11-30)
# Annotated from the text alone by a further annotator working apart, before any extractor ran on
# them; not to be used to develop rules. Text from vanatteveldt/wikinews (GitHub),
# data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- New Zealand: Christchurch mosque shootings suspect appears in court
NZ_BT = "Brenton Tarrant"; NZ_CDC = "Christchurch District Court"; NZ_POL = "police"; NZ_JA = "Jacinda Ardern"
NZ_GB = "Greg Barton"; NZ_ODESC = "Officials Committee for Domestic and External Security Coordination"
build("new-zealand-christchurch-suspect-court", "articles/new-zealand-christchurch-suspect-court.txt", [
    Q("The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that's the so-called civilian equivalent of the M-16. It's an assault rifle", "direct", NZ_GB),
    Q("I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes.", "direct", NZ_JA),
], [
    E(NZ_BT, "person", aliases=["An Australian", "the accused", "Brenton", "The attacker", "the alleged gunman"]),
    E(NZ_CDC, "organisation", "government", aliases=["court"]),
    E("New Zealand", "place", "country"),
    E("Christchurch", "place", "city"),
    E("Paul Kellar", "person", aliases=["Judge Paul Kellar"], title="Judge"),
    E(NZ_POL, "organisation", "government", named=False, aliases=["Police"]),
    E("Al Noor Mosque", "place", "other"),
    E("Linwood Mosque", "place", "other"),
    E("Strickland Street", "place", "other"),
    E("Christchurch central police station", "place", "other", named=False, aliases=["the Christchurch central police station"]),
    E("ABC", "organisation", "media"),
    E(NZ_JA, "person", aliases=["New Zealand Prime Minister Jacinda Ardern", "Prime Minister Ardern", "Ardern", "She"], title="Prime Minister"),
    E(NZ_GB, "person", aliases=["Professor Greg Barton"], title="Professor"),
    E("Faculty of Arts and Education", "organisation", "other", aliases=["the Faculty of Arts and Education"]),
    E("Deakin University", "organisation", "other", aliases=["the Deakin University"]),
    E("authorities", "group", named=False, aliases=["The authorities"]),
    E(NZ_ODESC, "organisation", "government", aliases=["ODESC"]),
    E("Cabinet", "organisation", "government"),
    E("Australia", "place", "country"),
    E("social media", "organisation", "platform", named=False, aliases=["Social media"]),
], [
    A(NZ_GB, "Deakin University", "Chair In Global Islamic Politics"),
    A(NZ_GB, "Faculty of Arts and Education", "Chair In Global Islamic Politics"),
], [
    V("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, charged with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the death of at least 50 people.", "charged with one count of murder", "ACCUSE", "112", [], [NZ_BT]),
    V("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, charged with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the death of at least 50 people.", "mass shooting", "ASSAULT", "202", [], ["Christchurch"], "2019-03-15", "day"),
    V("Judge Paul Kellar ordered the accused remain in custody until his next court appearance on April 5.", "remain in custody", "COERCE", "173", ["Paul Kellar"], [NZ_BT]),
    V("Police alleged the accused performed two attacks.", "alleged", "ACCUSE", "112", [NZ_POL], [NZ_BT]),
    V("Police alleged the accused performed two attacks.", "performed two attacks", "ASSAULT", "202", [NZ_BT], []),
    V("The first attack reportedly was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 42 people dead.", "attack", "ASSAULT", "202", [], ["Al Noor Mosque"]),
    V("The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day.", "attack", "ASSAULT", "202", [], ["Linwood Mosque"], "2019-03-15", "day"),
    V("Brenton Tarrant did not apply for bail.", "apply for bail", "REQUEST", "0253", [NZ_BT], [], modality="negated"),
    V("Further charges may be laid in the future, police said.", "charges may be laid", "ACCUSE", "112", [], [], modality="hypothetical"),
    V("Police arrested the accused in the neighborhood of Strickland Street, 36 minutes after the mass shooting in Al Noor Mosque according to police.", "arrested", "COERCE", "173", [NZ_POL], [NZ_BT]),
    V("After his arrest on Friday, Brenton stayed in the Christchurch central police station overnight before appearing in court on the next day.", "arrest", "COERCE", "173", [], [NZ_BT], "2019-03-15", "day"),
    V("According to New Zealand Prime Minister Jacinda Ardern, Brenton had a licence for the five firearms he allegedly used for the attack — two semi-automatic, two shotguns, and one lever-action.", "allegedly used for the attack", "ACCUSE", "112", [], [NZ_BT]),
    V("The authorities seized these firearms.", "seized", "COERCE", "1711", ["authorities"], []),
    V("Prime Minister Ardern said at a press conference yesterday morning the gun laws should be changed.", "should be changed", "REQUEST", "0242", [NZ_JA], [], "2019-03-16", "day"),
    V("She said, \"I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes.\"", "instructed", "REQUEST", "100", [NZ_JA], [NZ_ODESC]),
], held_out=HELD_OUT)

# ---------------------------------------------------------------- Turkey: Erdoğan pledges to convert Hagia Sophia into a mosque
HS_RE = "Recep Tayyip Erdoğan"; HS_HS = "Hagia Sophia"; HS_GK = "George Katrougalos"
HS_UN = "United Nations Educational, Scientific and Cultural Organization"
HS_US = "United States Commission on International Religious Freedom"; HS_DT = "Donald Trump"
build("turkey-erdogan-hagia-sophia-mosque", "articles/turkey-erdogan-hagia-sophia-mosque.txt", [
    Q("After elections, we will change Hagia Sophia's name from museum to mosque[...] We have some plans and we are going to implement these plans.", "direct", HS_RE),
    Q("Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change. We will call it a mosque", "direct", HS_RE),
    Q("It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the international community and international law", "direct", HS_GK),
    Q("Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained", "direct", HS_US),
    Q("Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...] Unfortunately, Trump is behaving like a bully boy[...] How can you do this despite the United Nations? What are you doing? Being at the helm of a state like the U.S. does not give you such a right.", "direct", HS_RE),
    Q("Constantinople will never exist again[...] The name of this area is Islambol [full of Islam] and you know that.", "direct", HS_RE),
], [
    E(HS_RE, "person", aliases=["Turkey's President Erdogan", "the Turkish President Recep Tayyip Erdoğan", "Erdogan", "President Erdogan"], title="President"),
    E("Turkey", "place", "country"),
    E(HS_HS, "place", "other", aliases=["Hagia Sophia Museum", "Ayasofya", "Haghia Sophia", "the monument"]),
    E(HS_GK, "person", aliases=["the Greek foreign minister", "Greek Foreign Minister George Katrougalos"], title="Foreign Minister"),
    E(HS_UN, "organisation", "international", aliases=["UNESCO"]),
    E("Istanbul", "place", "city", aliases=["Constantinople", "Islambol"]),
    E("Hurriyet Daily News", "organisation", "media"),
    E("Greek Reporter", "organisation", "media"),
    E("Sputnik News", "organisation", "media"),
    E(HS_US, "organisation", "government", aliases=["USCIRF", "the United States Commission on International Religious Freedom", "They"]),
    E("Golan Heights", "place", "region", aliases=["the territory"]),
    E("Israel", "place", "country"),
    E(HS_DT, "person", aliases=["the President of the United States Donald Trump", "Trump"], title="President of the United States"),
    E("United States", "place", "country", aliases=["the United States", "the U.S."]),
    E("United Nations", "organisation", "international", aliases=["the United Nations"]),
    E("Syria", "place", "country"),
    E("Masjid Al-Aqsa", "place", "other"),
    E("World Heritage Committee", "organisation", "international", aliases=["the World Heritage Committee"]),
    E("Paris", "place", "city"),
], [], [
    V("He announced this change by live television on Wednesday and again verbally in a rally on Friday, despite criticism by the Greek foreign minister and United Nations Educational, Scientific and Cultural Organization (UNESCO) who questioned his authority to make the change.", "criticism", "ACCUSE", "111", [HS_GK, HS_UN], [HS_RE]),
    V("So any questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the international community and international law\", as quoted by Greek Reporter.", "insult", "ACCUSE", "111", [HS_GK], []),
    V("This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move, this time not only implying approval would be required, but also recommending to maintain the status of the monument as a museum.", "criticized", "ACCUSE", "111", [HS_US], [], "2019-03-28", "day"),
    V("This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move, this time not only implying approval would be required, but also recommending to maintain the status of the monument as a museum.", "recommending", "REQUEST", "020", [HS_US], [], "2019-03-28", "day"),
    V("They released a statement which said, \"Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained\".", "must be maintained", "REQUEST", "100", [HS_US], []),
    V("On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory by the President of the United States Donald Trump, which was made on Monday.", "attacked", "ACCUSE", "111", [HS_RE], [HS_DT]),
    V("On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory by the President of the United States Donald Trump, which was made on Monday.", "proclamation", "SUPPORT", "054", [HS_DT], ["Israel"], "2019-03-25", "day"),
    V("Namely, President Erdogan said on Wednesday, \"Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...]", "attacked", "COERCE", "1712", [], ["Masjid Al-Aqsa"]),
    V("Namely, President Erdogan said on Wednesday, \"Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...]", "cannot tell us what to do", "REJECT", "120", [HS_RE], [], "2019-03-27", "day"),
    V("Unfortunately, Trump is behaving like a bully boy[...]", "bully boy", "ACCUSE", "111", [HS_RE], [HS_DT]),
], held_out=HELD_OUT)

# ================================================================ two more held-out Wikinews texts of 2019, July-December (added 2026-11-30)
# Annotated from the text alone by a further annotator working apart, before any extractor ran on
# them; not to be used to develop rules. Text from vanatteveldt/wikinews (GitHub),
# data/wikinews_2019.csv (see the sidecars).

# ---------------------------------------------------------------- Hong Kong: police shoot a teenage protester with a live round
HK_PO = "police"; HK_VI = "shot protester"; HK_PR = "protesters"; HK_OF = "police officer"; HK_YU = "Yolanda Yu Hoi-kwan"
build("hong-kong-police-shoot-protester", "articles/hong-kong-police-shoot-protester.txt", [
    Q("The police officers' lives were seriously threatened. To save his own and his colleagues' lives, he fired a live shot at the attacker.", "direct", HK_YU),
], [
    E("Hong Kong", "place", "region", aliases=["the city"]),
    E(HK_PO, "organisation", "government", named=False, aliases=["the police"]),
    E(HK_VI, "anonymous", named=False, aliases=["a protester", "The victim", "one person", "This person", "the attacker"]),
    E(HK_PR, "group", named=False, aliases=["a group of protesters", "Some protesters", "the other protesters"]),
    E("Tsuen Wan", "place", "region", aliases=["the Tsuen Wan district"]),
    E("City University Student Union", "organisation", "other"),
    E(HK_OF, "anonymous", named=False, aliases=["a single police officer"]),
    E(HK_YU, "person", title="Police Senior Superintendent"),
    E("Amnesty International", "organisation", "other"),
    E("RTHK", "organisation", "media", aliases=["the news network RTHK"]),
    E("health officials", "group", named=False),
    E("Communist Party", "organisation", "political"),
    E("China", "place", "country", aliases=["the mainland"]),
    E("Chinese government", "organisation", "government", named=False, aliases=["the Chinese government"]),
    E("Hong Kong legislature", "organisation", "government", named=False, aliases=["the Hong Kong legislature"]),
    E("Hong Kongers", "group", named=False, aliases=["Hong Konger"]),
], [
    A(HK_YU, HK_PO, "Senior Superintendent"),
    A(HK_OF, HK_PO, "officer"),
], [
    V("For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed a live round on a protester yesterday.", "protests", "PROTEST", "141", [], []),
    V("For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed a live round on a protester yesterday.", "fired", "COERCE", "175", [HK_PO], [HK_VI], "2019-10-01", "day"),
    V("Although the police have used force against protesters before, this is the first report of a protester being shot with live ammunition.", "used force", "COERCE", "175", [HK_PO], [HK_PR]),
    V("Footage from the City University Student Union showed a group of protesters throwing things as they ran away from police.", "throwing things", "PROTEST", "145", [HK_PR], [HK_PO]),
    V("The video showed a single police officer surrounded by protesters; he then drew his pistol, pointed it, and shot at one person.", "shot", "COERCE", "175", [HK_OF], [HK_VI]),
    V("To save his own and his colleagues' lives, he fired a live shot at the attacker.\"", "fired a live shot", "COERCE", "175", [HK_OF], [HK_VI]),
    V("Amnesty International has called for an investigation into the shooting.", "called for", "REQUEST", "020", ["Amnesty International"], []),
    V("In other parts of the city, the police used water canons and tear gas against protesters.", "used water canons and tear gas", "COERCE", "175", [HK_PO], [HK_PR]),
    V("Some protesters responded by throwing things, including Molotov cocktails, but others only shielded themselves with umbrellas and did not return the attack.", "throwing things", "PROTEST", "145", [HK_PR], [HK_PO]),
    V("Some protesters responded by throwing things, including Molotov cocktails, but others only shielded themselves with umbrellas and did not return the attack.", "did not return the attack", "PROTEST", "145", [HK_PR], [HK_PO], modality="negated"),
    V("On the mainland, it was celebrated as a holiday called National Day, but in Hong Kong it was met with protests and mourning.", "protests", "PROTEST", "141", [], []),
    V("The protests began in June in response to a proposed new law that would have allowed the Chinese government to extradite people accused of crimes from Hong Kong and try them under the mainland's legal system.", "protests began", "PROTEST", "141", [], [], "2019-06", "month"),
], held_out=HELD_OUT)

# ---------------------------------------------------------------- Saudi Arabia / UN: Khashoggi's fiancée demands justice at the UN General Assembly
KH_HC = "Hatice Cengiz"; KH_JK = "Jamal Khashoggi"; KH_MBS = "Mohammad bin Salman"; KH_AC = "Agnès Callamard"
KH_SG = "Saudi government"; KH_RO = "rogue operatives"; KH_KK = "killers of Khashoggi"; KH_UN = "United Nations"
KH_OH = "Office of the UN High Commissioner for Human Rights"; KH_SA = "Saudi Arabia"; KH_AG = "Saudi agents"
build("saudi-khashoggi-fiancee-demands-justice", "articles/saudi-khashoggi-fiancee-demands-justice.txt", [
    Q("It happened under my watch. I get all the responsibility, because it happened under my watch.", "direct", KH_MBS),
    Q("political maneuver.", "partial", KH_HC),
    Q("By confessing this, he's also distancing himself from the killing of Jamal [...] He's saying that it happened under his watch but he means he is not involved in this crime.", "direct", KH_HC),
    Q("His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad", "direct", KH_HC),
    Q("What is so sad for me", "direct", KH_HC),
    Q("is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal's killing. This silence and inertia created huge disappointment on my side.", "continuation", KH_HC),
    Q("True justice takes time and I know it's painful, but that's the reality of the world we live in,", "direct", KH_AC),
    Q("patient and resilient.", "partial", KH_AC),
], [
    E(KH_HC, "person", aliases=["Cengiz", "fiancée of journalist Jamal Khashoggi", "Turkish national Hatice Cengiz"]),
    E(KH_JK, "person", aliases=["Khashoggi", "journalist Jamal Khashoggi", "Jamal"], title="journalist"),
    E("New York", "place", "city", aliases=["New York, New York"]),
    E(KH_UN, "organisation", "international", aliases=["UN"]),
    E("United Nations General Assembly", "organisation", "international", aliases=["United Nations (UN) General Assembly", "UN General Assembly"]),
    E("Saudi consulate", "place", "other", named=False, aliases=["the Saudi consulate in Istanbul", "the consulate in Istanbul", "the consulate"]),
    E("Istanbul", "place", "city"),
    E("Turkey", "place", "country"),
    E("London", "place", "city"),
    E("PBS", "organisation", "media", aliases=["television broadcaster PBS"]),
    E(KH_MBS, "person", aliases=["Crown Prince Mohammad bin Salman of Saudi Arabia", "Mohammad", "the crown prince", "the de facto Saudi ruler"], title="Crown Prince"),
    E(KH_SA, "place", "country"),
    E("Martin Smith", "person"),
    E(KH_RO, "group", named=False, aliases=["rogue operatives within the Saudi government"]),
    E(KH_SG, "organisation", "government", named=False, aliases=["the Saudi government"]),
    E("Reuters", "organisation", "media"),
    E("NBC", "organisation", "media", aliases=["NBC News"]),
    E("news media", "organisation", "media", named=False),
    E("fellow journalists", "group", named=False, aliases=["His fellow journalists"]),
    E("world leaders", "group", named=False),
    E(KH_KK, "group", named=False, aliases=["the killers of Khashoggi", "the perpetrators"]),
    E(KH_AC, "person", aliases=["Callamard"], title="UN rapporteur"),
    E(KH_OH, "organisation", "international", aliases=["the Office of the UN High Commissioner for Human Rights"]),
    E("CIA", "organisation", "government", aliases=["The CIA", "the CIA"]),
    E("other intelligence agencies", "organisation", "government", named=False),
    E("eleven individuals", "group", named=False),
    E("The Washington Post", "organisation", "media"),
    E("Virginia", "place", "region"),
    E("United States", "place", "country", aliases=["the United States"]),
    E(KH_AG, "group", named=False),
], [
    A(KH_MBS, KH_SG, "Crown Prince; de facto ruler"),
    A("Martin Smith", "PBS", "member"),
    A(KH_RO, KH_SG, "operatives"),
    A(KH_AC, KH_UN, "rapporteur"),
    A(KH_AC, KH_OH, "rapporteur"),
    A(KH_JK, "The Washington Post", "columnist", "former"),
], [
    V("On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice.", "calling for", "REQUEST", "020", [KH_HC], [KH_KK], "2019-09-26", "day"),
    V("Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey.", "murdered", "ASSAULT", "1823", [], [KH_JK], "2018-10", "month"),
    V("The previous day, television broadcaster PBS revealed that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it.", "accepted responsibility", "CONCEDE", "015", [KH_MBS], [], "2018-12", "month"),
    V("I get all the responsibility, because it happened under my watch.\"", "I get all the responsibility", "CONCEDE", "015", [KH_MBS], []),
    V("The official position remained that rogue operatives within the Saudi government committed the murder.", "committed the murder", "ACCUSE", "112", [], [KH_RO]),
    V("The official position remained that rogue operatives within the Saudi government committed the murder.", "murder", "ASSAULT", "1823", [KH_RO], [KH_JK]),
    V("Cengiz called Mohammad's admission a \"political maneuver.\"", "political maneuver", "ACCUSE", "111", [KH_HC], [KH_MBS]),
    V("She explained, \"By confessing this, he's also distancing himself from the killing of Jamal [...]", "distancing himself", "ACCUSE", "111", [KH_HC], [KH_MBS]),
    V("He's saying that it happened under his watch but he means he is not involved in this crime.\"", "not involved in this crime", "REJECT", "016", [KH_MBS], []),
    V("She credited news media with keeping the story alive.", "credited", "SUPPORT", "051", [KH_HC], ["news media"]),
    V("But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia.", "sanction", "SANCTION", "163", ["world leaders"], [KH_SA], modality="negated"),
    V("\"True justice takes time and I know it's painful, but that's the reality of the world we live in,\" she said, asking Cengiz to be \"patient and resilient.\"", "asking", "REQUEST", "020", [KH_AC], [KH_HC]),
    V("The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing.", "believe", "ACCUSE", "112", ["CIA", "other intelligence agencies"], [KH_MBS]),
    V("The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing.", "ordered Khashoggi's killing", "ASSAULT", "1823", [KH_MBS], [KH_JK]),
    V("Callamard encouraged the CIA to release the files from their investigation.", "encouraged", "REQUEST", "020", [KH_AC], ["CIA"]),
    V("A closed-door trial is underway in Saudi Arabia in which eleven individuals have been charged with the murder, however Callamard did not give it any credence.", "charged", "ACCUSE", "112", [], ["eleven individuals"]),
    V("A closed-door trial is underway in Saudi Arabia in which eleven individuals have been charged with the murder, however Callamard did not give it any credence.", "did not give it any credence", "ACCUSE", "111", [KH_AC], []),
    V("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents.", "denied", "REJECT", "016", [KH_SA], []),
    V("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents.", "slain", "ASSAULT", "1823", [], [KH_JK], modality="negated"),
    V("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents.", "concluded", "ACCUSE", "112", [KH_UN], [KH_AG]),
    V("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents.", "murder and dismemberment", "ASSAULT", "1823", [KH_AG], [KH_JK]),
], held_out=HELD_OUT)

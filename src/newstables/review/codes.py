"""What event codes mean, for the legend and tooltips: CAMEO roots and their quad classes."""

from __future__ import annotations

CAMEO_ROOTS = {
    1: "make public statement", 2: "appeal", 3: "express intent to cooperate", 4: "consult",
    5: "engage in diplomatic cooperation", 6: "engage in material cooperation",
    7: "provide aid", 8: "yield", 9: "investigate", 10: "demand", 11: "disapprove",
    12: "reject", 13: "threaten", 14: "protest", 15: "exhibit military posture",
    16: "reduce relations", 17: "coerce", 18: "assault", 19: "fight",
    20: "use unconventional mass violence",
}
# The usual four-way grouping of CAMEO roots (GDELT's QuadClass).
FAMILIES = {
    "vcoop": "verbal cooperation (CAMEO 01–05)",
    "mcoop": "material cooperation (CAMEO 06–08)",
    "vconf": "verbal conflict (CAMEO 09–13)",
    "mconf": "material conflict (CAMEO 14–20)",
}
# When a row has no usable CAMEO code, the PLOVER type's usual CAMEO root decides.
PLOVER_FAMILY = {
    "AGREE": "vcoop", "CONSULT": "vcoop", "SUPPORT": "vcoop", "REQUEST": "vcoop",
    "COOPERATE": "mcoop", "AID": "mcoop", "CONCEDE": "mcoop", "RETREAT": "mcoop",
    "ACCUSE": "vconf", "REJECT": "vconf", "THREATEN": "vconf",
    "PROTEST": "mconf", "SANCTION": "mconf", "MOBILIZE": "mconf", "COERCE": "mconf",
    "ASSAULT": "mconf",
}


def cameo_root(code: str) -> int | None:
    head = code[:2]
    if len(head) == 2 and head.isdigit() and 1 <= int(head) <= 20:
        return int(head)
    return None


def family(event_type: str, cameo_code: str) -> str:
    root = cameo_root(cameo_code)
    if root is None:
        return PLOVER_FAMILY.get(event_type, "vconf")
    return "vcoop" if root <= 5 else "mcoop" if root <= 8 else "vconf" if root <= 13 else "mconf"


def describe_cameo(code: str) -> str:
    root = cameo_root(code)
    if root is None:
        return code
    return f"{code} ({root:02d} {CAMEO_ROOTS[root]})"

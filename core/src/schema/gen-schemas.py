#!/usr/bin/env python3
"""Writes the document schemas beside this script (draft 2020-12). It wrote the first versions of the
committed files; plan (version 2), effort and result have since been changed by hand, and this script
is behind them (docs/scoring.md): do not run it over them before it is brought up to date. Number convention (docs/scoring.md, "JSON numbers"): every number
is a JSON number; an inexact one has a sibling <field>Exact holding "p/q"."""
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "main", "resources", "io", "aftercert", "core", "schema")
EXACT = {"type": "string", "pattern": "^-?[0-9]+/[1-9][0-9]*$", "description": "the exact value as p/q, where the number beside it is an approximation"}
TEXT = {"type": "object", "additionalProperties": False, "required": ["zh"],
        "properties": {"zh": {"type": "string"}, "en": {"type": ["string", "null"]}}}

def num(props, name, nullable=False, desc=None, minimum=None):
    s = {"type": ["number", "null"] if nullable else "number"}
    if minimum is not None: s["minimum"] = minimum
    if desc: s["description"] = desc
    props[name] = s
    props[name + "Exact"] = {"$ref": "#/$defs/exact"}
    return props

def obj(props, required, extra=None):
    o = {"type": "object", "additionalProperties": False, "required": required, "properties": props}
    if extra: o.update(extra)
    return o

def doc(id_, title, description, body, defs):
    d = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://aftercert.io/schema/" + id_ + ".json",
         "title": title, "description": description}
    d.update(body)
    defs = dict(defs)
    defs["exact"] = EXACT
    defs["text"] = TEXT
    d["$defs"] = defs
    return d

GRADE = obj({"id": {"type": "string"}, "label": {"$ref": "#/$defs/text"}, "star": {"type": "boolean"}}, ["id", "label", "star"])
NUMBERS = "Every number is a JSON number; where its decimal does not terminate, a sibling <field>Exact carries the exact value as \"p/q\" (finalScore 78.1122448980, finalScoreExact \"7655/98\")."

# ---------- result ----------
def result():
    ind = {"code": {"type": "string"}, "title": {"$ref": "#/$defs/text"}, "kind": {"enum": ["qualitative", "sampled", "metric"]}}
    num(ind, "max", desc="the maximum the item is scored against (weighted rubrics: its share after renormalisation); 0 <= earned <= max", minimum=0)
    num(ind, "nominalMax", desc="the rubric's nominal maximum, present only where it differs from max", minimum=0)
    num(ind, "applicable", minimum=0); num(ind, "earned", minimum=0)
    ind["status"] = {"enum": ["assessed", "not_applicable", "not_assessed"]}
    num(ind, "credit", desc="0..1; absent when not applicable", minimum=0)
    ind["form"] = {"enum": ["conforms", "credit", "band", "sample", "value", "notApplicable"]}
    ind["band"] = {"type": "integer", "minimum": 1}
    ind["conforming"] = {"type": "integer", "minimum": 0}
    ind["sampled"] = {"type": "integer", "minimum": 1}
    metric = {"unit": {"type": "string"}, "direction": {"enum": ["at-least", "at-most", "exactly"]}}
    num(metric, "value"); num(metric, "target"); metric["met"] = {"type": "boolean"}; num(metric, "gap")
    metric["curve"] = {"enum": ["threshold", "ratio", "linear"]}; metric["recordsKpi"] = {"type": "string"}
    num(metric, "valueCreditCap", desc="the most credit a value alone earns on this item"); num(metric, "curveCredit")
    metric["derived"] = {"type": "boolean", "description": "curve, floor or cap are the rubric's own choice"}
    ind["metric"] = obj(metric, ["value", "unit", "direction", "target", "met", "gap", "curve", "curveCredit", "derived"])
    ind["justification"] = {"type": "string"}; ind["notes"] = {"type": "string"}
    ind["attachments"] = {"type": "array", "items": {"type": "string"}}
    ind["derived"] = {"type": "boolean"}
    group = {"code": {"type": "string"}, "title": {"$ref": "#/$defs/text"}, "level": {"type": "integer", "minimum": 1},
             "parent": {"type": "string"}}
    num(group, "max", desc="the maximum the group is scored against (weighted rubrics: its share after renormalisation)", minimum=0)
    num(group, "nominalMax", desc="the rubric's nominal maximum, only where it differs from max", minimum=0)
    num(group, "applicable", minimum=0); num(group, "earned", minimum=0); num(group, "weight", minimum=0)
    totals = {}; num(totals, "earned"); num(totals, "applicable"); num(totals, "max")
    finding = {"type": {"enum": ["deduction", "bonus"]}, "category": {"type": "string"}, "description": {"type": "string"},
               "indicator": {"type": "string"}}
    num(finding, "points")
    gap = {"code": {"type": "string"}, "title": {"$ref": "#/$defs/text"}, "status": {"enum": ["assessed", "not_assessed"]}}
    num(gap, "pointsLost", minimum=0); num(gap, "scoreGain", minimum=0)
    nxt = {"grade": {"$ref": "#/$defs/grade"}, "items": {"type": "array", "items": {"type": "string"}},
           "reachable": {"type": "boolean"}, "note": {"type": ["string", "null"]}}
    num(nxt, "needed"); num(nxt, "gain")
    entry = {"code": {"type": "string"}, "evidence": {"type": "string"}, "creditRule": {"type": "string"}}
    num(entry, "credit", nullable=True); num(entry, "max"); num(entry, "nominalMax"); num(entry, "applicable"); num(entry, "earned"); num(entry, "contribution")
    ledger = {"entries": {"type": "array", "items": obj(entry, ["code", "evidence", "creditRule", "max", "applicable", "earned", "contribution"])}}
    for f in ["maxTotal", "notApplicable", "applicable", "earned", "score", "bonus", "deductions", "unclamped", "finalScore"]: num(ledger, f)
    rubric = {"id": {"type": "string"}, "version": {"type": "string"}, "title": {"$ref": "#/$defs/text"}, "mode": {"enum": ["points", "weighted"]},
              "tailoring": obj({"name": {"type": "string"}, "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}, ["name", "sha256"]),
              "derived": {"type": "boolean"}}
    props = {"schemaVersion": {"const": 2}, "sdkVersion": {"type": "string"}, "rubric": obj(rubric, ["id", "version", "title", "mode", "derived"]),
             "organization": obj({"name": {"type": "string"}, "kind": {"type": ["string", "null"]}}, ["name"]),
             "assessedOn": {"type": ["string", "null"], "format": "date"}, "assessor": {"type": ["string", "null"]}}
    num(props, "score", minimum=0); num(props, "bonus", minimum=0); num(props, "deductions", minimum=0); num(props, "finalScore", minimum=0)
    props["scoreDisplay"] = {"type": "number", "description": "the final score cut to one decimal, never above the exact value"}
    props["grade"] = {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/grade"}]}
    props["gradeByScore"] = {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/grade"}]}
    props["passed"] = {"type": ["boolean", "null"]}
    for f in ["reasons", "caveats", "warnings"]: props[f] = {"type": "array", "items": {"$ref": "#/$defs/text"}}
    props["totals"] = obj(totals, ["earned", "applicable", "max"])
    props["groups"] = {"type": "array", "items": obj(group, ["code", "title", "level", "max", "applicable", "earned"])}
    props["indicators"] = {"type": "array", "items": obj(ind, ["code", "title", "kind", "max", "applicable", "earned", "status", "derived"])}
    props["findings"] = {"type": "array", "items": obj(finding, ["type", "description", "points"])}
    props["gaps"] = {"type": "array", "items": obj(gap, ["code", "title", "status", "pointsLost", "scoreGain"])}
    props["nextGrade"] = {"oneOf": [{"type": "null"}, obj(nxt, ["grade", "needed", "items", "gain", "reachable"])]}
    props["ledger"] = obj(ledger, ["entries", "maxTotal", "notApplicable", "applicable", "earned", "score", "bonus", "deductions", "unclamped", "finalScore"])
    body = obj(props, [k for k in props if not k.endswith("Exact")])
    return doc("result-2", "AfterCert assessment result", "assess --json: the scored result (architecture §6). " + NUMBERS, body, {"grade": GRADE})

# ---------- rubric tree ----------
def tree():
    node = {"code": {"type": "string"}, "title": {"$ref": "#/$defs/text"}}
    num(node, "points", minimum=0); num(node, "weight", minimum=0)
    rw = {}; num(rw, "min"); num(rw, "max")
    node["recommendedWeight"] = obj(rw, ["min", "max"])
    node["kind"] = {"enum": ["qualitative", "sampled", "metric"]}
    node["requirement"] = {"type": "string"}
    metric = {"unit": {"type": "string"}, "direction": {"enum": ["at-least", "at-most", "exactly"]}, "curve": {"enum": ["threshold", "ratio", "linear"]},
              "recordsKpi": {"type": "string"}, "derived": {"type": "boolean"}, "note": {"type": "string"}}
    num(metric, "target"); num(metric, "floor"); num(metric, "valueCreditCap", minimum=0)
    node["metric"] = obj(metric, ["unit", "direction", "target", "curve", "derived"])
    node["checklist"] = {"type": "array", "items": {"type": "string"}}
    node["provenance"] = obj({"source": {"type": "string"}, "clause": {"type": "string"}, "note": {"type": "string"}, "quote": {"type": "string"}}, ["source"])
    node["derived"] = {"type": "boolean"}
    node["guidance"] = {"type": "array", "items": obj({"source": {"type": "string"}, "clause": {"type": "string"}, "text": {"type": "string"}}, ["source", "clause", "text"])}
    node["children"] = {"type": "array", "items": {"$ref": "#/$defs/node"}}
    grades = {"id": {"type": "string"}, "label": {"$ref": "#/$defs/text"}, "star": {"type": "boolean"}}
    num(grades, "min", minimum=0)
    special = {"maxDeductions": {"type": "integer"}, "deductionCategories": {"type": "array", "items": {"type": "string"}}, "maxBonuses": {"type": "integer"}}
    num(special, "deductionPoints"); num(special, "bonusPoints")
    band = {"band": {"type": "integer"}, "range": {"type": "string"}, "descriptors": {"type": "array", "items": {"type": "string"}}}
    num(band, "midpoint")
    props = {"schemaVersion": {"const": 1}, "id": {"type": "string"}, "version": {"type": "string"}, "title": {"$ref": "#/$defs/text"},
             "issuer": {"$ref": "#/$defs/text"}, "mode": {"enum": ["points", "weighted"]}}
    num(props, "points")
    props.update({"leafCount": {"type": "integer"}, "derivedValues": {"type": "boolean"}, "allocationRule": {"$ref": "#/$defs/text"},
                  "tailoring": obj({"name": {"type": "string"}, "sha256": {"type": "string"}}, ["name", "sha256"]),
                  "sources": {"type": "array", "items": obj({"id": {"type": "string"}, "title": {"$ref": "#/$defs/text"}, "ref": {"type": "string"}}, ["id", "title"])},
                  "gradeScale": obj({"derived": {"type": "boolean"}, "qualifyingMonths": {"type": "integer"}, "grades": {"type": "array", "items": obj(grades, ["id", "label", "min", "star"])}}, ["derived", "grades"]),
                  "special": obj(special, ["maxDeductions", "deductionCategories", "maxBonuses", "bonusPoints"]),
                  "bands": {"type": "array", "items": obj(band, ["band", "range", "midpoint", "descriptors"])},
                  "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}})
    body = obj(props, ["schemaVersion", "id", "version", "title", "mode", "points", "leafCount", "derivedValues", "sources", "children"])
    return doc("rubric-tree-1", "AfterCert rubric tree", "rubric ID --json: every node with code, title, points (its maximum) and children; every leaf its kind. " + NUMBERS,
               body, {"node": obj(node, ["code", "title", "points", "derived", "children"])})

# ---------- plan ----------
def plan():
    step = {"code": {"type": "string"}}
    num(step, "pointsLost", minimum=0); num(step, "scoreGain"); num(step, "effort", minimum=0)
    p = {"grade": {"$ref": "#/$defs/grade"}, "steps": {"type": "array", "items": obj(step, ["code", "pointsLost", "scoreGain", "effort"])},
         "reachable": {"type": "boolean"}, "exact": {"type": "boolean"}, "method": {"type": ["string", "null"]}, "note": {"type": ["string", "null"]}}
    for f in ["current", "needed", "gain", "effort"]: num(p, f)
    props = {"schemaVersion": {"const": 1}, "rubric": {"type": "string"}, "organization": {"type": "string"}}
    num(props, "finalScore", minimum=0)
    props["grade"] = {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/grade"}]}
    props["plan"] = {"oneOf": [{"type": "null"}, obj(p, ["grade", "current", "needed", "steps", "gain", "effort", "reachable", "exact"])]}
    body = obj(props, ["schemaVersion", "rubric", "organization", "finalScore", "grade", "plan"])
    return doc("plan-1", "AfterCert readiness plan", "plan --json: the cheapest set of items that reaches a grade; plan is null when there is no higher grade. " + NUMBERS,
               body, {"grade": GRADE})

# ---------- diff ----------
def diff():
    change = {"code": {"type": "string"}, "statusBefore": {"enum": ["assessed", "not_applicable", "not_assessed"]},
              "statusAfter": {"enum": ["assessed", "not_applicable", "not_assessed"]}}
    num(change, "earnedBefore"); num(change, "earnedAfter"); num(change, "creditBefore", nullable=True); num(change, "creditAfter", nullable=True)
    finding = {"type": {"enum": ["deduction", "bonus"]}, "category": {"type": "string"}, "description": {"type": "string"}, "indicator": {"type": "string"}}
    num(finding, "points")
    ch = {"type": "array", "items": {"$ref": "#/$defs/change"}}
    fs = {"type": "array", "items": obj(finding, ["type", "description", "points"])}
    props = {"schemaVersion": {"const": 1}, "rubric": {"type": "string"}}
    num(props, "scoreBefore"); num(props, "scoreAfter"); num(props, "change")
    props.update({"gradeBefore": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/grade"}]}, "gradeAfter": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/grade"}]},
                  "improved": ch, "regressed": ch, "statusChanges": ch, "findingsAdded": fs, "findingsRemoved": fs})
    body = obj(props, [k for k in props if not k.endswith("Exact")])
    return doc("diff-1", "AfterCert assessment diff", "diff --json: what changed between two assessments of one rubric. " + NUMBERS,
               body, {"grade": GRADE, "change": obj(change, ["code", "statusBefore", "statusAfter", "earnedBefore", "earnedAfter", "creditBefore", "creditAfter"])})

# ---------- effort ----------
def effort():
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://aftercert.io/schema/effort-1.json",
            "title": "AfterCert effort file", "description": "plan --effort FILE: indicator code -> effort (a number > 0); items not listed cost 1.",
            "type": "object", "propertyNames": {"minLength": 1},
            "additionalProperties": {"type": "number", "exclusiveMinimum": 0}}

for name, d in [("result", result()), ("rubric-tree", tree()), ("plan", plan()), ("diff", diff()), ("effort", effort())]:
    with open(os.path.join(HERE, name + ".schema.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

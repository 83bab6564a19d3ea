"""Routing rules from the command line: which items go to whom (DESIGN.md §2 `rules`)."""

from __future__ import annotations

import argparse
from typing import Any

from repman.cli import EXIT_OK, UsageError, db_path, emit_json
from repman.store import Store
from repman.triage.routing import Rule


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def cmd_rule_add(args: argparse.Namespace) -> int:
    match: dict[str, Any] = {}
    for key, value in (
        ("categories", args.category),
        ("source_kinds", args.site),
        ("languages", args.language),
        ("keywords", args.keyword),
    ):
        if value:
            match[key] = _split(value)
    if args.rating_min is not None or args.rating_max is not None:
        match["rating"] = {"min": args.rating_min, "max": args.rating_max}
    if args.criticism:
        match["criticism_only"] = True
    action = {
        "assignees": _split(args.assign),
        "departments": _split(args.department),
        "tags": _split(args.tag),
    }
    if not any(action.values()):
        raise UsageError("a rule needs --assign, --department or --tag")
    Rule.from_row({"name": args.name, "match": match, "action": action})  # validates
    with Store.open(db_path(args)) as store:
        rule_id = store.add_rule(args.name, match, action)
    print(f"Rule {rule_id} added; it applies to items that arrive from now on.")
    return EXIT_OK


def cmd_rule_list(args: argparse.Namespace) -> int:
    with Store.open(db_path(args)) as store:
        rules = store.rules(enabled_only=False)
    if args.json:
        emit_json(rules)
    for rule in [] if args.json else rules:
        print(f"{rule['id']:>4}  {rule['name']:<24} if {rule['match']} then {rule['action']}")
    return EXIT_OK


def cmd_rule_remove(args: argparse.Namespace) -> int:
    with Store.open(db_path(args)) as store:
        store.remove_rule(args.id)
    print(f"Rule {args.id} removed.")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("rule", help="routing rules: which items go to whom")
    rules = p.add_subparsers(dest="rule_command", metavar="ACTION", required=True)
    q = rules.add_parser("add", help="route matching items to people, departments or tags")
    q.add_argument("name")
    q.add_argument("--category", metavar="C[,C]", help="e.g. quality,delivery")
    q.add_argument("--site", metavar="KIND[,KIND]", help="source kinds, e.g. google,yelp")
    q.add_argument("--language", metavar="L[,L]")
    q.add_argument("--keyword", metavar="W[,W]", help="any of these words")
    q.add_argument("--rating-min", type=int)
    q.add_argument("--rating-max", type=int)
    q.add_argument("--criticism", action="store_true", help="criticism only")
    q.add_argument("--assign", metavar="P[,P]", help="people; the first takes the item")
    q.add_argument("--department", metavar="D[,D]")
    q.add_argument("--tag", metavar="T[,T]")
    q.set_defaults(func=cmd_rule_add)
    q = rules.add_parser("list", help="list the rules")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_rule_list)
    q = rules.add_parser("remove", help="remove a rule")
    q.add_argument("id", type=int)
    q.set_defaults(func=cmd_rule_remove)

"""Read flows/, data/ and locales/ into the content model, collecting problems."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from bot.content.model import (
    FACT_TYPES,
    MAIN_MENU,
    NODE_TYPES,
    Category,
    Content,
    Fact,
    FlowNode,
    Link,
    LocaleInfo,
    NamedFact,
    Option,
    Organisation,
    Phase,
    Phone,
    Provenance,
    Say,
)
from bot.content.problems import Report
from bot.content.targets import Target
from bot.content.yamlload import Node, Quoted, YamlError, line_of, load_yaml
from bot.hours import HoursError, parse_hours

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 -]*[0-9]$")
URL_RE = re.compile(r"^https?://[A-Za-z0-9.-]+\.[a-z]{2,}(/[^\s]*)?$")
EMAIL_RE = re.compile(r"^[^@\s]+@[A-Za-z0-9.-]+\.[a-z]{2,}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PROVENANCE_KEYS = {"source", "page_date", "checked", "verified", "note"}
ORG_KEYS = {
    "id",
    "name",
    "full_name",
    "categories",
    "website",
    "email",
    "address",
    "phones",
    "links",
}
LINK_KEYS = {"url", "label"} | PROVENANCE_KEYS
PHONE_KEYS = {"number", "label", "hours", "audience", "kind"} | PROVENANCE_KEYS
NODE_KEYS = {"type", "say", "options", "back", "erase", "info", "languages"}
FLOW_FILE_KEYS = {"flow", "nodes", "menu"}
FACT_KEYS = {"type", "value", "ref", "valid_from", "valid_until"} | PROVENANCE_KEYS
PHASE_KEYS = {"id", "say", "more", "next", "related", "checked"}
# CLDR knows Dari as fa_AF and Kurmanji as ku; our codes are BCP 47 (prs, kmr).
CLDR_CODES = {"prs": "fa_AF", "kmr": "ku"}


def key_line(item: Node, key: str, default: int | None) -> int | None:
    """The line of `key` in `item` when it is written there, else `default`."""
    return line_of(item, key) if key in item else default


class ContentLoader:
    """Loads one content folder; every problem goes into `report`, nothing raises."""

    def __init__(self, root: Path, report: Report) -> None:
        self.root = root
        self.report = report
        # (file, key) -> line, for later checks: keyword and example targets, fact ids, and
        # "<id>.<key>" for a key checked later (a node's back, an organisation's categories).
        self.lines: dict[tuple[str, str], int] = {}
        self.bad_phones: set[str] = set()  # organisations with a phone already reported
        self.menu: tuple[tuple[Option, ...], ...] = ()
        self._names: dict[Path, str] = {}

    def rel(self, path: Path) -> str:
        """A file's name as problems give it (relative to the content), worked out once:
        the phrase lists ask for it at every target."""
        found = self._names.get(path)
        if found is None:
            try:
                found = path.relative_to(self.root).as_posix()
            except ValueError:
                found = path.as_posix()
            self._names[path] = found
        return found

    def read(self, path: Path, top_key: str | None = None) -> Any:
        """Parse a YAML file; on a problem report it and return None."""
        try:
            data = load_yaml(path)
        except YamlError as exc:
            self.report.error(self.rel(path), exc.line, "YAML", str(exc))
            return None
        if top_key is None:
            return data
        if not isinstance(data, Node) or top_key not in data:
            self.report.error(
                self.rel(path), 1, "YAML-SHAPE", f"expected a top-level '{top_key}:'"
            )
            return None
        return data[top_key]

    def remember_line(self, path: Path, owner: str, item: Node, key: str) -> None:
        """Remember where `key` of `owner` is written, for a check after loading."""
        line = key_line(item, key, None)
        if line is not None:
            self.lines[(self.rel(path), f"{owner}.{key}")] = line

    def unknown_keys(self, path: Path, item: Any, allowed: set[str]) -> None:
        if isinstance(item, Node):
            for key in sorted(set(item) - allowed):
                self.report.error(
                    self.rel(path),
                    line_of(item, key),
                    "UNKNOWN-KEY",
                    f"unknown key '{key}'",
                )

    def load(self) -> Content:
        organisations = self.load_organisations()
        return Content(
            root=self.root,
            organisations=organisations,
            categories=self.load_categories(organisations),
            phases=self.load_phases(),
            nodes=self.load_flows(),
            locales=self.load_locales(),
            keywords=self.load_keywords(),
            facts=self.load_facts(organisations),
            examples=self.load_examples(),
            calm=self.phrase_lists("calm.yaml", "CALM"),
            lines=self.lines,
            menu=self.menu,
        )

    # --- provenance and facts -------------------------------------------------

    def provenance(
        self, path: Path, item: Node, default: Provenance | None, line: int | None = None
    ) -> Provenance:
        """Source and check of `item`'s facts, else of its organisation (`default`).

        A problem is reported once, where it is written: a phone that inherits a missing
        source from its organisation is not reported again.
        """
        line = line or line_of(item)
        source = item.get("source", default.source if default else None)
        checked = item.get("checked", default.checked if default else None)
        verified = item.get("verified")
        verified_flag = default.verified if default else True
        if verified in ("true", "false"):
            verified_flag = verified == "true"
        elif verified is not None:  # reported once; the rest is checked as if unset
            self.report.error(
                self.rel(path),
                line_of(item, "verified") or line,
                "DATA-VERIFIED",
                "verified must be true or false",
            )
        if not source and (default is None or "source" in item):
            self.report.error(self.rel(path), line, "DATA-NO-SOURCE", "fact has no source")
        if (not checked or not DATE_RE.match(str(checked))) and (
            default is None or "checked" in item
        ):
            self.report.error(
                self.rel(path),
                key_line(item, "checked", line),
                "DATA-NO-CHECKED",
                "fact needs checked: YYYY-MM-DD",
            )
        page_date = item.get("page_date", default.page_date if default else "undated")
        return Provenance(
            str(source or ""),
            str(page_date or ""),
            str(checked or ""),
            verified_flag,
            self.rel(path),
            line,
        )

    def fact(
        self, path: Path, org: Node, key: str, pattern: re.Pattern[str], prov: Provenance
    ) -> Fact | None:
        raw = org.get(key)
        if raw is None:
            return None
        if isinstance(raw, Node):
            self.unknown_keys(path, raw, {"value"} | PROVENANCE_KEYS)
            value, prov = raw.get("value"), self.provenance(path, raw, prov)
        else:
            value = raw
        if not isinstance(value, str) or not pattern.match(value):
            self.report.error(
                self.rel(path),
                line_of(org, key),
                f"DATA-BAD-{key.upper()}",
                f"malformed {key} {value!r}",
            )
            return None
        return Fact(value, prov)

    def phone(self, path: Path, item: Any, prov: Provenance, where: int | None) -> Phone | None:
        if not isinstance(item, Node):
            self.report.error(
                self.rel(path), line_of(item) or where, "DATA-PHONE", "a phone must be a mapping"
            )
            return None
        self.unknown_keys(path, item, PHONE_KEYS)
        number, label, hours_text = (
            item.get("number"),
            item.get("label"),
            item.get("hours"),
        )
        line = line_of(item, "number") or line_of(item)
        if not isinstance(number, str) or not PHONE_RE.match(number):
            self.report.error(
                self.rel(path),
                line,
                "DATA-BAD-PHONE",
                f"malformed phone number {number!r}",
            )
            return None
        if not isinstance(label, str) or not ID_RE.match(label):
            self.report.error(
                self.rel(path),
                key_line(item, "label", line),
                "DATA-PHONE-LABEL",
                "phone needs a label message id",
            )
            return None
        hours = None
        if hours_text is not None:
            try:
                hours = parse_hours(str(hours_text))
            except HoursError as exc:
                self.report.error(
                    self.rel(path), line_of(item, "hours"), "DATA-BAD-HOURS", str(exc)
                )
        kind = item.get("kind", "phone")
        if kind not in ("phone", "fax"):
            self.report.error(
                self.rel(path),
                line_of(item, "kind"),
                "DATA-PHONE-KIND",
                "kind must be phone or fax",
            )
        audience = item.get("audience", "public")
        if audience not in ("public", "professionals"):
            self.report.error(
                self.rel(path),
                line_of(item, "audience"),
                "DATA-AUDIENCE",
                "audience must be public or professionals",
            )
        return Phone(
            number,
            label,
            hours,
            hours_text,
            audience,
            self.provenance(path, item, prov),
            str(kind),
        )

    # --- data files -----------------------------------------------------------

    def load_organisations(self) -> dict[str, Organisation]:
        path = self.root / "data" / "organisations.yaml"
        items = self.read(path, "organisations") or []
        result: dict[str, Organisation] = {}
        for index, item in enumerate(items):
            org = self.organisation(path, item, line_of(items, index))
            if org is None:
                continue
            if org.id in result:
                self.report.error(
                    self.rel(path),
                    line_of(item),
                    "DATA-DUPLICATE-ID",
                    f"duplicate organisation id '{org.id}'",
                )
            result[org.id] = org
        return result

    def organisation(self, path: Path, item: Any, where: int | None) -> Organisation | None:
        if (
            not isinstance(item, Node)
            or not isinstance(item.get("id"), str)
            or not ID_RE.match(item["id"])
        ):
            self.report.error(
                self.rel(path),
                line_of(item) or where,
                "DATA-ID",
                "organisation needs an id (a-z, 0-9, -)",
            )
            return None
        self.unknown_keys(path, item, ORG_KEYS | PROVENANCE_KEYS)
        if not isinstance(item.get("name"), str):
            self.report.error(
                self.rel(path),
                line_of(item),
                "DATA-NAME",
                f"organisation '{item['id']}' needs a name",
            )
        prov = self.provenance(path, item, None)
        raw_phones, raw_links = item.get("phones") or [], item.get("links") or []
        phones = [
            self.phone(path, phone, prov, line_of(raw_phones, index))
            for index, phone in enumerate(raw_phones)
        ]
        if None in phones:
            self.bad_phones.add(item["id"])  # refs to its phones are not reported again
        self.remember_line(path, item["id"], item, "categories")
        return Organisation(
            id=item["id"],
            name=str(item.get("name") or item["id"]),
            full_name=item.get("full_name"),
            categories=tuple(item.get("categories") or ()),
            website=self.fact(path, item, "website", URL_RE, prov),
            email=self.fact(path, item, "email", EMAIL_RE, prov),
            address=self.fact(path, item, "address", re.compile(r"^.{3,200}$"), prov),
            phones=tuple(phone for phone in phones if phone is not None),
            provenance=prov,
            links=tuple(
                filter(
                    None,
                    (
                        self.link(path, raw, prov, line_of(raw_links, index))
                        for index, raw in enumerate(raw_links)
                    ),
                )
            ),
        )

    def link(self, path: Path, item: Any, prov: Provenance, where: int | None) -> Link | None:
        if not isinstance(item, Node):
            self.report.error(
                self.rel(path), line_of(item) or where, "DATA-LINK", "a link must be a mapping"
            )
            return None
        self.unknown_keys(path, item, LINK_KEYS)
        url, label = item.get("url"), item.get("label")
        if not isinstance(url, str) or not URL_RE.match(url):
            self.report.error(
                self.rel(path),
                line_of(item, "url") or line_of(item),
                "DATA-BAD-LINK",
                f"malformed url {url!r}",
            )
            return None
        if not isinstance(label, str) or not ID_RE.match(label):
            self.report.error(
                self.rel(path),
                line_of(item, "label") or line_of(item),
                "DATA-LINK-LABEL",
                "link needs a label message id",
            )
            return None
        return Link(url, label, self.provenance(path, item, prov))

    def say_list(
        self, path: Path, items: Any, orgs: dict[str, Organisation] | None = None
    ) -> tuple[Say, ...]:
        result = []
        for index, entry in enumerate(items or []):
            line = line_of(entry) or line_of(items, index)
            if isinstance(entry, str):
                result.append(Say(entry, line=line))
            elif isinstance(entry, Node) and isinstance(entry.get("msg"), str):
                args = []
                if "phone" in entry:
                    args.append(("phone", self.phone_ref(path, entry, orgs or {})))
                result.append(Say(entry["msg"], tuple(args), line))
            else:
                self.report.error(
                    self.rel(path),
                    line,
                    "FLOW-SAY",
                    "say: takes message ids or {msg: id, phone: org/index}",
                )
        return tuple(result)

    def phone_ref(self, path: Path, entry: Node, orgs: dict[str, Organisation]) -> str:
        phone = self.referred_phone(path, entry, "phone", orgs)
        return phone.number if phone else ""

    def referred_phone(
        self, path: Path, item: Node, key: str, orgs: dict[str, Organisation]
    ) -> Phone | None:
        """The phone that `key` of `item` names (organisation/index, from 0), or one problem."""
        ref = item.get(key)
        org_id, _, index = str(ref or "").partition("/")
        if org_id in self.bad_phones:
            return None  # a phone of this organisation is reported already
        org = orgs.get(org_id)
        if not (index.isascii() and index.isdigit()):
            problem = "is not organisation/phone-index, e.g. emergency-services/0"
        elif org is None:
            problem = f"names no organisation '{org_id}'"
        elif int(index) >= len(org.phones):
            problem = f"names no phone of '{org_id}' (it has {len(org.phones)}, counted from 0)"
        else:
            return org.phones[int(index)]
        self.report.error(
            self.rel(path),
            key_line(item, key, line_of(item)),
            "DATA-PHONE-REF",
            f"{key} '{ref}' {problem}",
        )
        return None

    def load_categories(self, orgs: dict[str, Organisation]) -> dict[str, Category]:
        path = self.root / "data" / "categories.yaml"
        result: dict[str, Category] = {}
        items = self.read(path, "categories") or []
        for index, item in enumerate(items):
            if not isinstance(item, Node) or not isinstance(item.get("id"), str):
                self.report.error(
                    self.rel(path),
                    line_of(item) or line_of(items, index),
                    "DATA-ID",
                    "category needs an id",
                )
                continue
            self.unknown_keys(path, item, {"id", "say", "more", "urgent", "related", "erase"})
            members = tuple(o.id for o in orgs.values() if item["id"] in o.categories)
            if item["id"] in result:
                self.report.error(
                    self.rel(path),
                    line_of(item),
                    "DATA-DUPLICATE-ID",
                    f"duplicate category id '{item['id']}'",
                )
            say = self.say_list(path, item.get("say"), orgs)
            related = tuple(self.id_list(path, item, "related"))
            result[item["id"]] = Category(
                item["id"],
                say,
                members,
                self.flag(path, item, "urgent"),
                line_of(item),
                related,
                self.flag(path, item, "erase"),
                self.say_list(path, item.get("more"), orgs),
            )
        return result

    def flag(self, path: Path, item: Node, key: str) -> bool:
        raw = item.get(key)
        if raw not in (None, "true", "false"):
            self.report.error(
                self.rel(path), line_of(item, key), "DATA-FLAG", f"'{key}' must be true or false"
            )
        return raw == "true"

    def id_list(self, path: Path, item: Node, key: str) -> list[str]:
        """A list of ids under `key`; a lone string or a mapping there is one clear problem."""
        raw = item.get(key)
        if raw is None:
            return []
        if isinstance(raw, str):
            raw = [raw] if key == "next" else None
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            self.report.error(
                self.rel(path),
                line_of(item, key),
                "DATA-LIST",
                f"'{key}' must be a list of ids, e.g. [legal, health]",
            )
            return []
        return list(raw)

    def load_phases(self) -> dict[str, Phase]:
        path = self.root / "data" / "phases.yaml"
        result: dict[str, Phase] = {}
        items = self.read(path, "phases") or []
        for index, item in enumerate(items):
            if not isinstance(item, Node) or not isinstance(item.get("id"), str):
                self.report.error(
                    self.rel(path),
                    line_of(item) or line_of(items, index),
                    "DATA-ID",
                    "phase needs an id",
                )
                continue
            self.unknown_keys(path, item, PHASE_KEYS)
            self.remember_line(path, item["id"], item, "next")
            self.remember_line(path, item["id"], item, "related")
            if item["id"] in result:
                self.report.error(
                    self.rel(path),
                    line_of(item),
                    "DATA-DUPLICATE-ID",
                    f"duplicate phase id '{item['id']}'",
                )
            checked = self.day(path, item, "checked")
            result[item["id"]] = Phase(
                item["id"],
                self.say_list(path, item.get("say")),
                tuple(self.id_list(path, item, "next")),
                tuple(self.id_list(path, item, "related")),
                checked,
                line_of(item),
                self.say_list(path, item.get("more")),
            )
        return result

    def day(self, path: Path, item: Node, key: str) -> date | None:
        raw = item.get(key)
        if raw is None:
            return None
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            self.report.error(
                self.rel(path),
                line_of(item, key),
                "DATA-BAD-DATE",
                f"{key} must be a date YYYY-MM-DD, not {raw!r}",
            )
            return None

    # --- named facts ------------------------------------------------------------

    def load_facts(self, orgs: dict[str, Organisation]) -> dict[str, NamedFact]:
        path = self.root / "data" / "facts.yaml"
        data = self.read(path, "facts")
        if data is None:
            return {}
        if not isinstance(data, Node):
            self.report.error(
                self.rel(path), line_of(data), "YAML-SHAPE", "facts: must map fact ids to facts"
            )
            return {}
        result: dict[str, NamedFact] = {}
        for fact_id, item in data.items():
            # Every fact id, loaded or not: a text using a broken fact is not reported again.
            self.lines[(self.rel(path), fact_id)] = line_of(data, fact_id) or 1
            fact = self.named_fact(path, fact_id, item, line_of(data, fact_id), orgs)
            if fact is not None:
                result[fact_id] = fact
        return result

    def named_fact(
        self, path: Path, fact_id: str, item: Any, line: int | None, orgs: dict[str, Organisation]
    ) -> NamedFact | None:
        if not isinstance(item, Node) or not ID_RE.match(fact_id):
            self.report.error(
                self.rel(path),
                line,
                "DATA-FACT",
                f"fact '{fact_id}' must be a mapping with a kebab-case id",
            )
            return None
        self.unknown_keys(path, item, FACT_KEYS)
        kind = item.get("type")
        if kind not in FACT_TYPES:
            self.report.error(
                self.rel(path),
                key_line(item, "type", line),
                "DATA-FACT-TYPE",
                f"fact '{fact_id}': type must be one of {', '.join(FACT_TYPES)}",
            )
            return None
        if kind == "phone":
            number, prov = self.phone_fact(path, item, orgs)
            if number is None or prov is None:
                return None
            return NamedFact(fact_id, kind, number, prov)
        value = self.fact_value(path, fact_id, item, str(kind), line)
        if value is None:
            return None
        return NamedFact(
            fact_id,
            str(kind),
            value,
            self.provenance(path, item, None, line),
            self.day(path, item, "valid_from"),
            self.day(path, item, "valid_until"),
            key_line(item, "valid_until", key_line(item, "valid_from", None)),
        )

    def fact_value(
        self, path: Path, fact_id: str, item: Node, kind: str, line: int | None
    ) -> int | float | date | None:
        raw, where = item.get("value"), key_line(item, "value", line)
        if raw is None:
            self.report.error(
                self.rel(path), where, "DATA-FACT", f"fact '{fact_id}' needs a value"
            )
            return None
        if kind in ("number", "money") and isinstance(raw, Quoted):
            self.report.error(
                self.rel(path),
                where,
                "DATA-NUMBER-AS-TEXT",
                f"fact '{fact_id}' is a {kind}: write it without quotes",
            )
            return None
        text = str(raw)
        if kind == "number" and re.fullmatch(r"-?[0-9]{1,9}", text):
            return int(text)
        if kind == "money" and re.fullmatch(r"[0-9]{1,7}(\.[0-9]{1,2})?", text):
            return float(text)
        if kind == "date":
            return self.day(path, item, "value")
        self.report.error(
            self.rel(path), where, "DATA-FACT-VALUE", f"fact '{fact_id}': {text!r} is not a {kind}"
        )
        return None

    def phone_fact(
        self, path: Path, item: Node, orgs: dict[str, Organisation]
    ) -> tuple[str | None, Provenance | None]:
        phone = self.referred_phone(path, item, "ref", orgs)
        return (phone.number, phone.provenance) if phone else (None, None)

    # --- flows ----------------------------------------------------------------

    def load_flows(self) -> dict[str, FlowNode]:
        nodes: dict[str, FlowNode] = {}
        for path in sorted((self.root / "flows").glob("*.yaml")):
            whole = self.read(path)
            if whole is None:
                continue  # already reported
            if not isinstance(whole, Node) or not isinstance(whole.get("nodes"), Node):
                self.report.error(
                    self.rel(path),
                    line_of(whole) or 1,
                    "YAML-SHAPE",
                    "expected a top-level 'nodes:' mapping",
                )
                continue
            self.unknown_keys(path, whole, FLOW_FILE_KEYS)
            if "menu" in whole:
                self.menu = self.menu_rows(path, whole)
            data = whole["nodes"]
            for node_id, raw in data.items():
                node = self.flow_node(path, node_id, raw, line_of(data, node_id))
                if node is None:
                    continue
                if node_id in nodes:
                    self.report.error(
                        self.rel(path),
                        node.line,
                        "FLOW-DUPLICATE-NODE",
                        f"node '{node_id}' is also in {nodes[node_id].path}",
                    )
                nodes[node_id] = node
        return nodes

    def menu_rows(self, path: Path, whole: Node) -> tuple[tuple[Option, ...], ...]:
        """`menu:` rows of {label, to}: what a channel keeps on screen at all times."""
        rows = whole["menu"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            self.report.error(
                self.rel(path),
                line_of(whole, "menu"),
                "FLOW-MENU",
                "menu: must be a list of rows, each a list of {label, to}",
            )
            return ()
        found = []
        for row in rows:
            options = []
            for index, item in enumerate(row):
                line = line_of(item) or line_of(row, index) or line_of(whole, "menu")
                if (
                    not isinstance(item, Node)
                    or not isinstance(item.get("to"), str)
                    or not isinstance(item.get("label"), str)
                ):
                    self.report.error(
                        self.rel(path), line, "FLOW-MENU", "a menu button needs label: and to:"
                    )
                    continue
                options.append(Option(Target.parse(item["to"]), item["label"], line))
            found.append(tuple(options))
        return tuple(found)

    def flow_node(self, path: Path, node_id: str, raw: Any, line: int | None) -> FlowNode | None:
        if not isinstance(raw, Node) or not ID_RE.match(node_id):
            self.report.error(
                self.rel(path),
                line,
                "FLOW-NODE",
                f"node '{node_id}' must be a mapping with a kebab-case id",
            )
            return None
        self.unknown_keys(path, raw, NODE_KEYS)
        self.remember_line(path, node_id, raw, "back")
        options = []
        raw_options = raw.get("options") or []
        for index, opt in enumerate(raw_options):
            where = line_of(opt) or line_of(raw_options, index) or line
            if not isinstance(opt, Node) or not isinstance(opt.get("to"), str):
                self.report.error(
                    self.rel(path),
                    where,
                    "FLOW-OPTION",
                    "an option needs to: (and label: unless it leads to a data target)",
                )
                continue
            self.unknown_keys(path, opt, {"to", "label"})
            options.append(Option(Target.parse(opt["to"]), opt.get("label"), where))
        node_type = str(raw.get("type", "menu"))
        if node_type not in NODE_TYPES:
            self.report.error(
                self.rel(path),
                line_of(raw, "type"),
                "FLOW-NODE-TYPE",
                f"node '{node_id}': type '{node_type}' is not one of {', '.join(NODE_TYPES)}",
            )
        return FlowNode(
            id=node_id,
            type=node_type,
            say=self.say_list(path, raw.get("say")),
            options=tuple(options),
            back=Target.parse(str(raw.get("back", MAIN_MENU))),
            path=self.rel(path),
            line=line,
            erase=self.flag(path, raw, "erase"),
            info=self.flag(path, raw, "info"),
            languages=tuple(self.id_list(path, raw, "languages")),
        )

    # --- locales --------------------------------------------------------------

    def load_locales(self) -> dict[str, LocaleInfo]:
        result: dict[str, LocaleInfo] = {}
        for folder in sorted(p for p in (self.root / "locales").iterdir() if p.is_dir()):
            path = folder / "locale.yaml"
            meta = self.read(path)
            if not isinstance(meta, Node):
                continue
            self.unknown_keys(path, meta, {"name", "direction", "status", "cldr"})
            direction = meta.get("direction")
            if direction not in ("ltr", "rtl"):
                self.report.error(
                    self.rel(path),
                    line_of(meta, "direction"),
                    "LOCALE-DIRECTION",
                    "direction must be ltr or rtl",
                )
            if not meta.get("name"):
                self.report.error(
                    self.rel(path), 1, "LOCALE-NAME", "the language's own name is missing"
                )
            code = folder.name
            cldr = str(meta.get("cldr") or CLDR_CODES.get(code, code))
            result[code] = LocaleInfo(
                code,
                str(meta.get("name") or code),
                str(direction),
                str(meta.get("status") or "unknown"),
                cldr,
            )
        return result

    def load_keywords(self) -> dict[str, dict[Target, tuple[str, ...]]]:
        return self.phrase_lists("keywords.yaml", "KEYWORDS")

    def load_examples(self) -> dict[str, dict[Target, tuple[str, ...]]]:
        return self.phrase_lists("examples.yaml", "EXAMPLES")

    def phrase_lists(self, name: str, code: str) -> dict[str, dict[Target, tuple[str, ...]]]:
        """`target: [phrases]` per locale (keywords, examples, calm words); a line per target
        in `lines`."""
        result: dict[str, dict[Target, tuple[str, ...]]] = {}
        for path in sorted((self.root / "locales").glob(f"*/{name}")):
            data = self.read(path)
            if not isinstance(data, Node):
                if data is not None:
                    self.report.error(
                        self.rel(path),
                        line_of(data) or 1,
                        f"{code}-SHAPE",
                        "expected target: [phrases]",
                    )
                continue
            words: dict[Target, tuple[str, ...]] = {}
            for target, phrases in data.items():
                line = line_of(data, target)
                self.lines[(self.rel(path), target)] = line or 1
                if not is_phrase_list(phrases):
                    self.report.error(
                        self.rel(path),
                        line,
                        f"{code}-EMPTY",
                        f"'{target}' needs a non-empty list of phrases",
                    )
                    continue
                words[Target.parse(target)] = tuple(phrases)
            result[path.parent.name] = words
        return result


def is_phrase_list(value: object) -> bool:
    """A non-empty list of texts, none of them blank (checked for 20,000 phrases a start)."""
    if not isinstance(value, list) or not value:
        return False
    try:
        return all(map(str.strip, value))
    except TypeError:  # not a text: str.strip applies to texts only
        return False


def load_content(root: Path, report: Report) -> Content:
    """Load the content folder at `root`; problems are added to `report`."""
    return ContentLoader(root, report).load()

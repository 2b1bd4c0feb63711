"""A small reader of Statuspage's public v2 API, written against Statuspage's documented schema and the
payloads real pages serve, as a client or widget written for Statuspage reads them. It raises
SchemaError on anything such a client could not rely on."""

from dataclasses import dataclass
from datetime import datetime, timezone

INDICATORS = {"none", "minor", "major", "critical"}
COMPONENT_STATUSES = {"operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"}
INCIDENT_STATUSES = {"investigating", "identified", "monitoring", "resolved", "postmortem"}
MAINTENANCE_STATUSES = {"scheduled", "in_progress", "verifying", "completed"}
IMPACTS = {"none", "minor", "major", "critical", "maintenance"}


class SchemaError(Exception):
    pass


def field(obj, name, kind, nullable=False, values=None):
    """obj[name], checked to be present and of `kind` (or None when nullable), and in `values` if given."""
    if not isinstance(obj, dict) or name not in obj:
        raise SchemaError(f"missing field {name!r} in {obj!r:.120}")
    value = obj[name]
    if value is None and nullable:
        return None
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise SchemaError(f"{name!r} should be {kind.__name__}, is {value!r:.80}")
    if values is not None and value not in values:
        raise SchemaError(f"{name!r} is {value!r}, not one of {sorted(values)}")
    return value


def timestamp(obj, name, nullable=False):
    """An ISO 8601 time with a zone, as datetime."""
    text = field(obj, name, str, nullable)
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise SchemaError(f"{name!r} has no zone: {text}")
    return moment


@dataclass
class Page:
    id: str
    name: str
    url: str
    time_zone: str
    updated_at: datetime


@dataclass
class Component:
    id: str
    name: str
    status: str
    position: int
    description: str | None
    group: bool
    group_id: str | None
    members: list
    created_at: datetime
    updated_at: datetime


@dataclass
class Update:
    id: str
    status: str
    body: str
    created_at: datetime
    affected: list


@dataclass
class Incident:
    id: str
    name: str
    status: str
    impact: str
    shortlink: str
    created_at: datetime
    updated_at: datetime
    started_at: datetime
    resolved_at: datetime | None
    updates: list
    component_ids: list
    scheduled_for: datetime | None = None
    scheduled_until: datetime | None = None


def read_page(document):
    page = field(document, "page", dict)
    return Page(
        field(page, "id", str), field(page, "name", str), field(page, "url", str), field(page, "time_zone", str),
        timestamp(page, "updated_at"),
    )


def read_status(document):
    status = field(document, "status", dict)
    return field(status, "indicator", str, values=INDICATORS), field(status, "description", str)


def read_component(obj):
    group = field(obj, "group", bool)
    field(obj, "only_show_if_degraded", bool)
    field(obj, "showcase", bool)
    field(obj, "page_id", str)
    field(obj, "start_date", str, nullable=True)
    return Component(
        id=field(obj, "id", str), name=field(obj, "name", str),
        status=field(obj, "status", str, values=COMPONENT_STATUSES), position=field(obj, "position", int),
        description=field(obj, "description", str, nullable=True), group=group,
        group_id=field(obj, "group_id", str, nullable=True),
        members=[str(m) for m in field(obj, "components", list)] if group else [],
        created_at=timestamp(obj, "created_at"), updated_at=timestamp(obj, "updated_at"),
    )


def read_components(document):
    return [read_component(obj) for obj in field(document, "components", list)]


def read_incident(obj, maintenance):
    statuses = MAINTENANCE_STATUSES if maintenance else INCIDENT_STATUSES
    updates = []
    for update in field(obj, "incident_updates", list):
        if field(update, "incident_id", str) != obj.get("id"):
            raise SchemaError("an update names another incident")
        timestamp(update, "updated_at")
        timestamp(update, "display_at")
        affected = field(update, "affected_components", list, nullable=True) or []
        for change in affected:
            field(change, "code", str)
            field(change, "name", str)
            field(change, "old_status", str, values=COMPONENT_STATUSES)
            field(change, "new_status", str, values=COMPONENT_STATUSES)
        updates.append(
            Update(
                field(update, "id", str), field(update, "status", str, values=statuses), field(update, "body", str),
                timestamp(update, "created_at"), affected,
            )
        )
    timestamp(obj, "monitoring_at", nullable=True)
    field(obj, "page_id", str)
    incident = Incident(
        id=field(obj, "id", str), name=field(obj, "name", str), status=field(obj, "status", str, values=statuses),
        impact=field(obj, "impact", str, values=IMPACTS), shortlink=field(obj, "shortlink", str),
        created_at=timestamp(obj, "created_at"), updated_at=timestamp(obj, "updated_at"),
        started_at=timestamp(obj, "started_at"), resolved_at=timestamp(obj, "resolved_at", nullable=True),
        updates=updates, component_ids=[read_component(c).id for c in field(obj, "components", list)],
    )
    if maintenance:
        incident.scheduled_for = timestamp(obj, "scheduled_for")
        incident.scheduled_until = timestamp(obj, "scheduled_until")
    return incident


def read_incidents(document):
    return [read_incident(obj, maintenance=False) for obj in field(document, "incidents", list)]


def read_maintenances(document):
    return [read_incident(obj, maintenance=True) for obj in field(document, "scheduled_maintenances", list)]


@dataclass
class Summary:
    page: Page
    indicator: str
    description: str
    components: list
    incidents: list
    maintenances: list


def read_summary(document):
    """summary.json, read as a Statuspage client reads it."""
    indicator, description = read_status(document)
    return Summary(
        read_page(document), indicator, description, read_components(document), read_incidents(document),
        read_maintenances(document),
    )


UTC = timezone.utc

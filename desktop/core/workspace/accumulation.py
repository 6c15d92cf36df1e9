"""The accumulation and mining policies the Planner projects."""

from __future__ import annotations

from .. import domain as d
from ..i18n import translate
from ..io.fields import InputError
from ..table_cache import reads


class PoliciesPart:
    """The policies concern of the workspace service (mixed into Workspace, which holds the store and the cache)."""

    @property
    @reads("policies")
    def policies(self) -> list[d.Policy]:
        return self.store.policies()

    def save_policy(self, p: d.Policy) -> int:
        """Add (``p.id`` None) or change a policy; returns its id."""
        from ..policies import policy_problems
        from ..store.records import policy_row

        problems = policy_problems(p)
        if any(x.name == p.name.strip() and x.id != p.id for x in self.policies):
            problems.append("name: " + translate("accumulation", "a policy named {name} already exists").format(
                name=repr(p.name.strip())))
        if problems:
            raise InputError("policy", problems)
        row = policy_row(p)
        with self.store.transaction() as w:
            if p.id is None or not any(x.id == p.id for x in self.policies):  # an id: redo of an addition
                policy_id = w.insert("policies", {**row, "source": p.source or "entered in Reserve Desk",
                                                  **({"id": p.id} if p.id is not None else {})})
            else:
                w.update("policies", p.id, row)
                policy_id = p.id
        return policy_id

    def delete_policy(self, policy_id: int) -> None:
        with self.store.transaction() as w:
            w.delete("policies", policy_id)

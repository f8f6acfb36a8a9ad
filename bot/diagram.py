"""Flows as Mermaid state diagrams, for editors who change them."""

from __future__ import annotations

from bot.content.model import Content
from bot.content.targets import Target


def _state(screen: str) -> str:
    return screen.replace(":", "__").replace("-", "_")


def mermaid(content: Content, flow: str | None = None) -> str:
    """A `stateDiagram-v2` of every node (of one flow file when `flow` is given)."""
    lines = ["stateDiagram-v2"]
    for node in content.nodes.values():
        if flow and node.path != f"flows/{flow}.yaml":
            continue
        for option in node.options:
            label = option.label or str(option.to)
            lines.append(f"    {_state(node.id)} --> {_state(str(option.to))}: {label}")
        if node.back != Target.node(node.id):
            lines.append(f"    {_state(node.id)} --> {_state(str(node.back))}: back")
    if len(lines) == 1:
        lines.append(f"    %% no flow named {flow!r}")
    return "\n".join(lines)

"""Pure views for the explorer: a Subgraph → self-contained pyvis HTML.

Nothing here imports Streamlit, so every function is tested on hand-built records. The HTML
is self-contained (vis-network inlined, no CDN links), because the app must work offline.
Names and styles come from :mod:`graph.view_style`, Cypher results from
:mod:`graph.query_views` (both re-exported here for the pages).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from pyvis.network import Network

from graph.query_views import query_rows, query_subgraph  # noqa: F401 - re-exported
from graph.records import EdgeRecord, NodeRecord, Subgraph
from graph.view_style import (  # noqa: F401 - re-exported for the pages
    FONT_FACE,
    cap_note,
    details_page_note,
    entity_label,
    format_krw,
    format_property,
    format_value,
    node_caption,
    property_label,
    relation_counts_line,
    relation_label,
    style,
)

log = logging.getLogger(__name__)


# --- the graph drawing ---------------------------------------------------------------------

# barnesHut with strong damping settles quickly; after stabilisation the page switches
# physics off so the drawing stops moving and stays where the user drags nodes.
_OPTIONS: dict[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -6000,
            "centralGravity": 0.3,
            "springLength": 150,
            "springConstant": 0.04,
            "damping": 0.5,
            "avoidOverlap": 0.3,
        },
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
        "minVelocity": 1.0,
    },
    "nodes": {"font": {"face": FONT_FACE, "size": 15}, "borderWidth": 1},
    "edges": {
        "font": {"face": FONT_FACE, "size": 12, "align": "middle", "strokeWidth": 3},
        "smooth": {"enabled": True, "type": "dynamic"},
        "width": 1.5,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
}

_SETTLE_JS = """
<script type="text/javascript">
  (function () {
    function settled() {
      network.setOptions({physics: {enabled: false}});
      window.gwangyeSettled = true;
    }
    if (typeof network === "undefined") { return; }
    // a small graph stabilises within the first batch, inside the constructor, before this
    // script runs: vis then already says it is ready and the event has been missed
    if (network.physics && network.physics.ready) { settled(); return; }
    network.once("stabilizationIterationsDone", settled);
    setTimeout(function () { if (!window.gwangyeSettled) { settled(); } }, 8000);
  })();
</script>
"""

# pyvis cannot call back into Python. A double-click on a node hands its key to the app in
# one of two ways: typed into a hidden text input of the page (``st-key-<input_key>``; the
# iframe is same-origin, so it can reach the parent document), which keeps the session; or,
# when no such input exists, by reloading the page with ``?<param>=<key>``, run from the
# parent's realm because the iframe's sandbox forbids navigating the top page itself.
_RECENTRE_JS = """
<script type="text/javascript">
  (function () {
    if (typeof network === "undefined") { return; }
    var inputKey = %s, param = %s;
    function viaInput(key) {
      var doc = window.parent.document;
      var input = inputKey && doc.querySelector(".st-key-" + inputKey + " input");
      if (!input) { return false; }
      var proto = window.parent.HTMLInputElement.prototype;
      var setter = Object.getOwnPropertyDescriptor(proto, "value").set;
      input.focus();
      setter.call(input, key);
      input.dispatchEvent(new Event("input", {bubbles: true}));
      input.dispatchEvent(new KeyboardEvent("keydown",
        {key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true}));
      input.blur();
      return true;
    }
    function viaUrl(key) {
      var url = new URL(window.parent.location.href);
      url.searchParams.set(param, key);
      window.parent.setTimeout("window.location.href = " + JSON.stringify(url.toString()), 0);
    }
    network.on("doubleClick", function (params) {
      if (!params.nodes || params.nodes.length === 0) { return; }
      if (!viaInput(params.nodes[0])) { viaUrl(params.nodes[0]); }
    });
  })();
</script>
"""

# pyvis' template links Bootstrap from a CDN even with cdn_resources="in_line" (pyvis #229);
# the page needs none of it, and must not reach the network.
_REMOTE_ASSET = re.compile(
    r"<link[^>]*href=\"https?://[^\"]*\"[^>]*/?>\s*|<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>\s*",
    re.IGNORECASE,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*", re.IGNORECASE)
_DEAD_COMMENT = re.compile(r"<!--[^<]*<link[^>]*node_modules.*?-->\s*", re.DOTALL)


def _node_tooltip(node: NodeRecord) -> str:
    lines = [f"{node.name} ({entity_label(node.label)})"]
    if node.aliases:
        lines.append("별칭: " + ", ".join(node.aliases))
    for name, value in sorted(node.props.items()):
        if value not in (None, "", []):
            lines.append(f"{property_label(name)}: {format_property(name, value)}")
    lines.append(f"언급 {node.mentions}회")
    return "\n".join(lines)


def _edge_tooltip(edge: EdgeRecord, names: Mapping[str, str]) -> str:
    start, end = names.get(edge.start, edge.start), names.get(edge.end, edge.end)
    lines = [f"{start} —{relation_label(edge.type)}→ {end}"]
    for name, value in sorted(edge.props.items()):
        if value not in (None, "", []):
            lines.append(f"{property_label(name)}: {format_property(name, value)}")
    for prov in edge.provenance[:3]:
        where = " · ".join(x for x in (prov.title, prov.date, prov.outlet) if x)
        lines.append(f"“{_shorten(prov.evidence, 120)}”" + (f" — {where}" if where else ""))
    if len(edge.provenance) > 3:
        lines.append(f"… 외 {len(edge.provenance) - 3}건")
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


LEGEND_HEIGHT = 50  # px above the drawing; the page's iframe must allow for it


def legend_html() -> str:
    """The legend drawn over the graph: entity shapes and colours, relation colours."""
    st = style()
    items = [
        f'<span style="color:{s.colour}">{s.symbol}</span> {s.label}' for s in st.entities.values()
    ]
    rels = [
        f'<span style="color:{r.colour}">{"┅" if r.dashes else "━"}</span> {r.label}'
        for r in st.relations.values()
    ]
    return (
        # a strip above the drawing, so it never hides a node
        f'<div id="gwangye-legend" style="box-sizing:border-box;height:{LEGEND_HEIGHT}px;'
        "border:1px solid lightgray;border-bottom:none;"
        f'padding:4px 10px;font:13px {FONT_FACE};line-height:1.55">'
        + "&nbsp;&nbsp;".join(items)
        + "<br>"
        + "&nbsp;&nbsp;".join(rels)
        + "</div>"
    )


def subgraph_network(
    subgraph: Subgraph, *, centre: str | None = None, height_px: int = 620
) -> Network:
    """Build the pyvis network of a subgraph (colour/shape by type, Korean edge labels)."""
    net = Network(
        height=f"{height_px}px",
        width="100%",
        directed=True,
        cdn_resources="in_line",
        bgcolor="#ffffff",
    )
    names = {n.key: n.name for n in subgraph.nodes}
    for node in subgraph.nodes:
        s = style().entity(node.label)
        is_centre = node.key == centre
        net.add_node(
            node.key,
            label=node.name,
            title=_node_tooltip(node),
            color={"background": s.colour, "border": "#222222" if is_centre else s.colour},
            shape=s.shape,
            size=min(14 + 3 * max(node.mentions, 0), 40) + (8 if is_centre else 0),
            borderWidth=4 if is_centre else 1,
        )
    for edge in subgraph.edges:
        if edge.start not in names or edge.end not in names:
            continue  # an edge to a node the cap removed
        r = style().relation(edge.type)
        net.add_edge(
            edge.start,
            edge.end,
            label=r.label,
            title=_edge_tooltip(edge, names),
            color=r.colour,
            arrows="to" if r.directed else "",
            dashes=r.dashes,
            width=1.5 + min(len(edge.provenance), 5) * 0.5,
        )
    net.options = json.loads(json.dumps(_OPTIONS))
    return net


def subgraph_html(
    subgraph: Subgraph,
    *,
    centre: str | None = None,
    height_px: int = 620,
    recentre_param: str | None = None,
    recentre_input: str | None = None,
) -> str:
    """The subgraph as one self-contained HTML page (vis-network inline, no remote assets).

    Args:
        subgraph: nodes and edges to draw (already capped by the store).
        centre: key of the node drawn larger with a dark border.
        height_px: height of the drawing area.
        recentre_param: when set, double-clicking a node re-centres the app on it: through
            the text input whose key is ``recentre_input`` when the page has one, else by
            reloading with ``?<recentre_param>=<node key>``.
        recentre_input: key of that (hidden) ``st.text_input``.

    Returns:
        HTML for ``st.components.v1.html``; the page's global ``network`` is the vis Network.
    """
    html = subgraph_network(subgraph, centre=centre, height_px=height_px).generate_html()
    html = _REMOTE_ASSET.sub("", html)
    html = _EMPTY_HEADING.sub("", html)
    html = _DEAD_COMMENT.sub("", html)
    html = html.replace(
        '<div class="card" style="width: 100%">',
        '<div class="card" style="width: 100%; position: relative">' + legend_html(),
        1,
    )
    html = html.replace("<body>", '<body style="margin:0">', 1)
    scripts = _SETTLE_JS
    if recentre_param:
        scripts += _RECENTRE_JS % (json.dumps(recentre_input or ""), json.dumps(recentre_param))
    return html.replace("</body>", scripts + "</body>", 1)

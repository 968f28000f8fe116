/* The cooperation map: draws the graph of /api/network/graph/ with cytoscape (bundled
   from npm into activity/vendor/ by `make vendor`). The table under the map holds the
   same data for screen readers and for browsers without JavaScript. */
(function () {
    "use strict";

    var KIND_COLOURS = {
        university: "#1d3c6e",
        college: "#00695c",
        school: "#b35c00",
        additional: "#7b1fa2"
    };
    var TIE_STYLES = {
        programme: { color: "#1d3c6e", style: "solid" },
        seminar: { color: "#00695c", style: "dashed" },
        resource: { color: "#b35c00", style: "dotted" }
    };

    function elements(graph) {
        var items = [];
        graph.regions.forEach(function (region) {
            items.push({ data: { id: "region:" + region.id, label: region.label, isRegion: true } });
        });
        var maxActivity = Math.max.apply(null, [1].concat(graph.nodes.map(function (n) { return n.activity; })));
        graph.nodes.forEach(function (node) {
            items.push({
                data: {
                    id: node.id,
                    label: node.label,
                    url: node.url,
                    parent: node.region ? "region:" + node.region : undefined,
                    colour: KIND_COLOURS[node.kind] || "#4a4f57",
                    size: 24 + 40 * Math.sqrt(node.activity / maxActivity)
                }
            });
        });
        graph.edges.forEach(function (edge) {
            var look = TIE_STYLES[edge.kind] || TIE_STYLES.programme;
            items.push({
                data: {
                    id: edge.id,
                    source: edge.source,
                    target: edge.target,
                    colour: look.color,
                    lineStyle: look.style,
                    width: 1.5 + Math.min(edge.weight, 6)
                }
            });
        });
        return items;
    }

    // Each region is a column and its institutions stand one under another, in the order
    // of their names: a label never lies on another one, and the picture is the same on
    // every visit. Sizes are in the map's own units, which are screen pixels at zoom 1.
    var COLUMN_WIDTH = 230;
    var ROW_HEIGHT = 110;
    var LABEL_WIDTH = 190;
    var FONT_SIZE = 14;

    function positions(graph) {
        var byRegion = {};
        graph.nodes.forEach(function (node) {
            (byRegion[node.region] = byRegion[node.region] || []).push(node);
        });
        var regionNames = {};
        graph.regions.forEach(function (region) { regionNames[region.id] = region.label; });
        var regions = Object.keys(byRegion).sort(function (a, b) {
            return (regionNames[a] || a).localeCompare(regionNames[b] || b);
        });
        var result = {};
        regions.forEach(function (region, column) {
            byRegion[region]
                .sort(function (a, b) { return a.label.localeCompare(b.label); })
                .forEach(function (node, row) {
                    result[node.id] = { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
                });
        });
        return result;
    }

    // Zooming out never makes a label smaller than it is at zoom 1; the map is as tall as
    // its longest column, and wider maps scroll sideways inside their frame.
    function frame(cy, container) {
        var box = cy.elements().boundingBox();
        container.style.height = Math.max(320, Math.ceil(box.h) + 48) + "px";
        cy.resize();
        if (box.w + 48 <= container.clientWidth) {
            cy.zoom(1);
            cy.center();
        } else {
            cy.zoom(1);
            cy.pan({ x: 24 - box.x1, y: 24 - box.y1 });
        }
    }

    // Pointing at an institution brings its ties forward and dims the rest.
    function highlight(cy, node) {
        var near = node.closedNeighborhood();
        cy.elements().not(near).not(node.ancestors()).addClass("faded");
        near.addClass("near");
    }

    function draw(container, graph) {
        container.textContent = "";
        var cy = window.cytoscape({
            container: container,
            elements: elements(graph),
            style: [
                {
                    selector: "node[size]",
                    style: {
                        "background-color": "data(colour)",
                        width: "data(size)",
                        height: "data(size)"
                    }
                },
                {
                    selector: "node",
                    style: {
                        label: "data(label)",
                        "font-size": FONT_SIZE,
                        color: "#1a1a1a",
                        "text-valign": "bottom",
                        "text-margin-y": 3,
                        "text-wrap": "wrap",
                        "text-max-width": LABEL_WIDTH,
                        "text-background-color": "#ffffff",
                        "text-background-opacity": 0.8
                    }
                },
                {
                    selector: "node[?isRegion]",
                    style: {
                        "background-color": "#f3f5f8",
                        "border-color": "#c9d1dc",
                        "border-width": 1,
                        shape: "round-rectangle",
                        "text-valign": "top",
                        "font-size": 15,
                        "font-weight": "bold",
                        color: "#132a4f",
                        padding: 14
                    }
                },
                {
                    selector: "edge",
                    style: {
                        width: "data(width)",
                        "line-color": "data(colour)",
                        "line-style": "data(lineStyle)",
                        "curve-style": "bezier",
                        opacity: 0.75
                    }
                },
                { selector: "node:selected", style: { "border-width": 3, "border-color": "#b35c00" } },
                { selector: ".faded", style: { opacity: 0.15 } },
                { selector: "edge.near", style: { opacity: 1, "z-index": 10 } }
            ],
            layout: { name: "preset", positions: positions(graph), fit: false },
            minZoom: 1,
            maxZoom: 2.5,
            wheelSensitivity: 0.3
        });
        frame(cy, container);
        cy.on("tap", "node", function (event) {
            var url = event.target.data("url");
            if (url) {
                window.location.href = url;
            }
        });
        cy.on("mouseover", "node[url]", function (event) {
            container.style.cursor = "pointer";
            highlight(cy, event.target);
        });
        cy.on("mouseout", "node", function () {
            container.style.cursor = "";
            cy.elements().removeClass("faded near");
        });
        // Reachable from the browser's console and the browser tests.
        window.portalNetworkMap = cy;
        container.dataset.ready = "true";
    }

    // On a phone the map gives way to the table under it; it is drawn when the screen
    // grows wide enough (a tablet turned, a window widened).
    var WIDE_ENOUGH = "(min-width: 40.01rem)";

    function start() {
        var container = document.getElementById("network-graph");
        if (!container || typeof window.cytoscape !== "function") {
            return;
        }
        var wide = window.matchMedia(WIDE_ENOUGH);
        if (!wide.matches) {
            wide.addEventListener("change", function drawOnceWide() {
                wide.removeEventListener("change", drawOnceWide);
                start();
            });
            return;
        }
        fetch(container.dataset.graphUrl, { headers: { Accept: "application/json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (graph) {
                draw(container, graph);
            })
            .catch(function () {
                container.dataset.ready = "error";
            });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
